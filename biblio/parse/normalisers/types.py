"""The CSL type of a record assembled from labelled spans.

Fields touched: ``type``.

Evidence, strongest first: a description (genre/medium: thesis, report,
dataset, software, film...), then the labels the model found (a journal span
and volume make an article; an editor with a container a chapter), then the
values (a proceedings container, a newspaper, a web address alone).
Returns ``(type, certain)``; an uncertain type is flagged by ``assemble``.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.genre import (
    CONFERENCE,
    MAGAZINE,
    NEWSPAPER,
    REPORT_PUBLISHER,
    description_type,
    periodical_type,
)

FIELDS = ("type",)

_SOCIAL = lazy_pattern(r"\b(?:twitter|x\.com|facebook|instagram|reddit|mastodon|tiktok|youtube|linkedin)\b", re.I)
# a list whose posts are mailed to its members: CMOS's "John Powell to Grapevine mailing list, April 23, 1998"
_MAIL_LIST = lazy_pattern(r"\b(?:mailing|discussion|e-?mail)\s+list\b|\blistserv\b", re.I)
_DATA_HOST = lazy_pattern(r"\b(?:zenodo|dryad|figshare|dataverse|osf\.io|kaggle|pangaea|icpsr)\b", re.I)
_CODE_HOST = lazy_pattern(r"\b(?:github|gitlab|bitbucket|cran\.r-project|pypi\.org|sourceforge)\b", re.I)
# a preprint server or the word: what makes a record a CSL "article" (Zotero's preprint)
PREPRINT = lazy_pattern(
    r"\b(?:arxiv|biorxiv|medrxiv|chemrxiv|techrxiv|psyarxiv|socarxiv|edarxiv|eartharxiv|ssrn|preprints?|e-prints?"
    r"|pubmed central)\b",
    re.I,
)
_REPORT_WORDS = lazy_pattern(
    r"\b(?:report|working paper|white paper|policy brief|technical note|memo|tech(?:nical)?\.?\s*rep(?:t|\.)?)"
    r"(?:\b|(?<=\.))",
    re.I,
)
_RFC_NOTE = lazy_pattern(r"(?:^|; )(?:(?:BCP|STD|FYI)\s+\d{1,4},\s*)?RFC\s+\d{1,5}\b")
_EPISODE = lazy_pattern(r"\b(?:season|series)\s+\d+,\s+episode\s+\d+\b", re.I)
_THESIS_WORDS = lazy_pattern(
    r"\b(?:thesis|dissertation|ph\.?\s?d|[dm]\.?\s?phil|master'?s|doctoral|diss\.|th[eè]se)\b", re.I
)


def infer_type(labels: set[str], item: dict[str, Any]) -> tuple[str, bool]:
    """The CSL type from the labels present and the assembled values."""
    desc = " ".join(str(item.get(k, "")) for k in ("genre", "medium")).strip()
    if desc:
        if _THESIS_WORDS.search(desc):
            return "thesis", True
        if _REPORT_WORDS.search(desc):
            return "report", True
        if PREPRINT.search(desc) and "container-title" not in item:
            return "article", True  # "arXiv preprint", Nature's "Preprint at https://…"
        named = description_type(desc)
        if named and named[0]:
            return named[0], True
    if _EPISODE.search(str(item.get("note", ""))):
        return "broadcast", True  # MLA's "season 4, episode 6" (mends.mla_episodes)
    if "container-title" not in item and _RFC_NOTE.search(str(item.get("note", ""))):
        return "report", True  # an RFC's numbers, kept as the note (mends.rfc_numbers)
    if "event" in labels:
        return "paper-conference", True  # "Presented at: Meeting; Days; Place" (mends.presentations)
    if "event-place" in labels and "container-title" in item:
        return "paper-conference", True  # a meeting's proceedings and where it met (INSPIRE's "in the proceedings of")
    cont = str(item.get("container-title", ""))
    url = str(item.get("URL", ""))
    if _DATA_HOST.search(url) or _DATA_HOST.search(str(item.get("publisher", ""))):
        return "dataset", False
    if _CODE_HOST.search(url) and "container-title" not in item:
        return "software", False
    if _SOCIAL.search(url) or _SOCIAL.search(cont) or ("list" in cont and _MAIL_LIST.search(cont)):
        return "post", False
    if "journal" in labels:
        if PREPRINT.search(cont):
            return "article", True
        return periodical_type(item), True
    if cont:
        if PREPRINT.search(cont):
            return "article", True  # "Preprint at bioRxiv", "medRxiv", "SSRN" read as the container
        if CONFERENCE.search(cont):
            return "paper-conference", True
        if _web_source(item):
            return periodical_site(cont) or "webpage", False
        if "accessed" in item and not {"editor", "edition", "volume", "issue", "page", "publisher-place"} & set(item):
            # a part of a site read on a day (Wikipedia's "Title". Site. Publisher. Retrieved …), no book's part
            return periodical_site(cont) or "webpage", False
        if "editor" in item or "publisher" in item or "edition" in item:
            return "chapter", True
        if "publisher-place" in item and "issue" not in item and not url:
            return "chapter", True  # "… in Studi in onore di …, 2 vols., Milano 1957, pp.": a book's town, no issue
        if "volume" in item or "issue" in item:
            return "article-journal", False
        if periodical := periodical_site(cont):
            return periodical, False
        if url:
            return "webpage", False
        return "chapter", False
    if "director" in item:
        return "motion_picture", False  # a work with its director and no container: the film itself
    if _REPORT_WORDS.search(str(item.get("title", ""))) and REPORT_PUBLISHER.search(str(item.get("publisher", ""))):
        return "report", False
    if {"publisher", "publisher-place", "edition", "ISBN"} & set(item) or "editor" in item:
        if "publisher" in item and REPORT_PUBLISHER.search(str(item["publisher"])) and url:
            return "report", False
        return "book", True
    if url:
        return "webpage", True
    return "document", False


def periodical_site(cont: str) -> str | None:
    """The periodical type of a container the newspaper and magazine rules name, if any."""
    if NEWSPAPER.search(cont):
        return "article-newspaper"
    if MAGAZINE.search(cont):
        return "article-magazine"
    return None


def _web_source(item: dict[str, Any]) -> bool:
    """MLA's web source, ``Site, Publisher, 5 Mar. 2021, URL``: a site's publisher, a dated address, no
    editor, edition or locator of a book's part."""
    if "URL" not in item or "publisher" not in item or {"editor", "edition", "volume", "issue", "page"} & set(item):
        return False
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    return len(parts[0]) >= 2
