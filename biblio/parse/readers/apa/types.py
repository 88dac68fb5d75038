"""CSL type from the evidence the other units left.

Fields touched: ``type``, ``genre``/``medium`` (from ``[Description]`` brackets).

Order matters: an explicit description (``[Doctoral dissertation, X]``,
``[Video]``) beats structure; structure (container + volume) beats guesses.
Returns ``(type, certain)``; an uncertain type is flagged by the parser.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.genre import (
    _BRACKET_TYPES,
    CONFERENCE,
    MAGAZINE,
    NEWSPAPER,
    REPORT_PUBLISHER,
    REPORT_TITLE,
    periodical_type,
)
from biblio.parse.normalisers.types import PREPRINT
from biblio.parse.text import unmark

# a press or publishing house named after an italic title and before its address ("… Publishing Group. URL")
# a book publisher's name: a trade word, or a house that publishes books (and no web site one cites pages of)
# book publishers whose names carry no word for one: an ebook's imprint before its link, not a site
_BOOK_FIRM = lazy_pattern(
    r"^(?:Taylor\s*&\s*Francis|Routledge|Springer(?:\s+Nature)?|(?:John\s+)?Wiley(?:\s*&\s*Sons)?|Elsevier|SAGE(?:\s+Publications)?"
    r"|Palgrave(?:\s+Macmillan)?|Bloomsbury(?:\s+Academic)?|Polity|Greenwood|Guilford|Routledge\s*/\s*Taylor\s*&\s*Francis)$",
    re.I,
)
_PRESS = lazy_pattern(
    r"\b(?:press|publish(?:ing|ers?)|books)\b|"
    r"^(?:Addison[- ]Wesley|O['’]Reilly|McGraw[- ]Hill|Prentice[- ]Hall|Cengage|Apress|Packt|No Starch)\b",
    re.I,
)


_HEAD_COMMA_REST = lazy_pattern(r"^([^,]+),\s*(.+)$")


def bracket_type(brackets: list[str], item: dict[str, Any]) -> str | None:
    """Interpret ``[Description]`` texts; stores them as genre/medium."""
    found: str | None = None
    for text in map(unmark, brackets):  # the italics of a reviewed work's title are no part of the value
        for rx, csl_type, var in _BRACKET_TYPES:
            if rx.search(text):
                # "[Doctoral dissertation, University of X]": the university is the publisher
                if csl_type == "thesis":
                    m = _HEAD_COMMA_REST.match(text)
                    if m:
                        item["genre"] = m.group(1).strip()
                        item.setdefault("publisher", m.group(2).strip())
                    else:
                        item["genre"] = text
                elif csl_type == "paper-conference":
                    m = _HEAD_COMMA_REST.match(text)
                    item["genre"] = m.group(1).strip() if m else text
                    if m:
                        item.setdefault("event-title", m.group(2).strip())
                else:
                    item.setdefault(var, text)
                found = found or csl_type or None
                break
        else:
            item.setdefault("genre", text)
    return found


_REFERENCE_WORK = lazy_pattern(r"\b(?:dictionary|encyclop(?:a|ae|e)dia|wikipedia)\b", re.I)


# a document's own file (a report, a brief) rather than a page of a site
_DOCUMENT_FILE = lazy_pattern(r"\.(?:pdf|docx?|pptx?|xlsx?)(?:[?#]\S*)?$", re.I)
# a file of running text (no slides nor sheet)
_TEXT_FILE = lazy_pattern(r"\.(?:pdf|docx?)(?:[?#]\S*)?$", re.I)


# the access note after the address, as a hand-written list of pages writes it ("https://… (Accessed 11 Oct. 2022)",
# "https://… [accessed Jun 2022]"), where APA's "Retrieved …, from https://…" puts it before
_ACCESS_AFTER_ADDRESS = lazy_pattern(r"\s*[(\[]?\s*accessed\b[^()\[\]]*\d{4}[^()\[\]]*[)\]]?\W*$", re.I)


def access_after_address(text: str, url: str) -> bool:
    """Whether ``text`` notes the day it read the page after its address, closing the reference."""
    at = text.find(url) if url else -1
    return at >= 0 and bool(_ACCESS_AFTER_ADDRESS.match(text, at + len(url)))


def undated_page(item: dict[str, Any], evidence: set[str]) -> bool:
    """Whether the record reads as a web page that changes: no date of its own, the day it was read noted after its
    address (``evidence`` holds ``access-after-address``) or not at all, and that address no document's file
    (``UNEP. (n.d.). *Title*. United Nations. https://… (Accessed 11 Oct. 2022).``, ``Office of …. (n.d.). Title.
    Department of Energy. https://…``); APA's ``Retrieved …, from`` before the address keeps the publisher."""
    url = str(item.get("URL", ""))
    noted_after = "accessed" not in item or "access-after-address" in evidence
    return "issued" not in item and noted_after and not _DOCUMENT_FILE.search(url)


def _date_precision(item: dict[str, Any]) -> int:
    """How many parts the record's one date of issue has (3: to the day, 2: to the month), 0 without one."""
    issued = item.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    ok = isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], list)
    return len(parts[0]) if ok and parts is not None else 0


def dated_to_the_day(item: dict[str, Any]) -> bool:
    return _date_precision(item) == 3


# what a book, a report or a periodical's numbered issue holds, no month-dated magazine piece
_BOOK_OR_NUMBERED = frozenset(["edition", "editor", "publisher-place", "ISBN", "note", "accessed", "number", "volume"])


_REPORT_GENRE = lazy_pattern(r"report|working paper|brief|white paper", re.I)


_MANUSCRIPT_GENRE = lazy_pattern(r"manuscript|mimeo", re.I)
_DIGIT = lazy_pattern(r"\d")
_PUBLISHING_WORD = lazy_pattern(r"press|verlag|publish", re.I)


def infer_type(
    item: dict[str, Any], evidence: set[str], title_italic: bool, group_author: bool, from_bracket: str | None
) -> tuple[str, bool]:
    if from_bracket:
        return from_bracket, True
    genre = str(item.get("genre", ""))
    if "thesis" in evidence:
        return "thesis", True
    if "conference" in evidence:
        return "paper-conference", True
    cont = str(item.get("container-title", ""))
    if "bare-number" in evidence and group_author and not cont:
        return "report", False  # "Bureau. (2013). Title (No. 6321.0). URL": a body's numbered publication
    if "chapter" in evidence:
        if CONFERENCE.search(cont) and "editor" not in item:
            return "paper-conference", True
        if entry := _REFERENCE_WORK.search(cont):  # "In *Merriam-Webster.com dictionary*", "In *Encyclopedia …*"
            return ("entry-dictionary" if entry.group(0).lower().startswith("dict") else "entry-encyclopedia"), True
        return "chapter", True
    if "periodical" in evidence:
        return periodical_type(item), True
    if "gazette" in evidence:
        return "legislation", True
    if "patent-number" in evidence:
        return "patent", True
    if "standard-number" in evidence:
        return "standard", True
    if (
        "report-number" in evidence
        or "report-series" in evidence
        or _REPORT_GENRE.search(genre)
    ):
        return "report", True
    if cont:
        if CONFERENCE.search(cont):
            return "paper-conference", "guessed-container" not in evidence
        if MAGAZINE.search(cont):
            return "article-magazine", "guessed-container" not in evidence
        if NEWSPAPER.search(cont):
            return "article-newspaper", "guessed-container" not in evidence
        if item.get("URL") and "container-italic" not in evidence:
            return "webpage", False
        if "retrieved-from-site" in evidence and not ({"volume", "issue", "page"} & set(item)):
            return "webpage", True  # "Title. Retrieved from Kaggle": a page read on the site it names
        return "article-journal", "guessed-container" not in evidence and "container-italic" in evidence
    if "genre-unit" in evidence and _MANUSCRIPT_GENRE.search(genre):
        return "manuscript", True
    title = str(item.get("title", ""))
    if group_author and (item.get("URL") or item.get("publisher")) and REPORT_TITLE.search(title):
        return "report", False
    if item.get("publisher"):
        pub = str(item["publisher"])
        if (
            PREPRINT.search(pub)
            and not _DIGIT.search(pub)
            and not ({"edition", "editor", "publisher-place"} & set(item))
        ):
            return "article", True  # "*Title*. PsyArXiv. https://doi.org/…": a preprint on its server
        # (a work in a numbered series is a book or a report, no page of a site)
        in_series = "collection-title" in item
        if item.get("URL") and not item.get("DOI") and not ({"edition", "editor", "publisher-place"} & set(item)):
            # "*Title*. Site Name. URL": a page on a site (a report if an institution publishes it, unless the
            # work has no date and was read on a given day, as a page that changes is cited)
            if group_author and REPORT_PUBLISHER.search(pub) and not undated_page(item, evidence):
                return "report", False
            own_file = group_author and genre.lower() != "online"  # (Harvard's "[online] Site." names the site)
            if (own_file or REPORT_PUBLISHER.search(pub)) and _DOCUMENT_FILE.search(str(item["URL"])):
                # a person's paper a body publishes, or a body's own, as a file of its own: no page of a site
                return "report", False
            by_person = item.get("author") and not group_author and not title_italic
            if by_person and _TEXT_FILE.search(str(item["URL"])):
                # a person's guide or paper as a file a body publishes ("Title. Ako Aotearoa. https://….pdf"): the
                # body is its publisher, no site the file is a page of
                return "book", False
            if title_italic and _PRESS.search(pub) or in_series or "volume" in item:
                return "book", False  # "*Coffee*. Coffee House Publishing Group. URL": an ebook at its publisher's
            if _BOOK_FIRM.search(pub) and not dated_to_the_day(item):
                # "Title. Taylor & Francis. URL": a book publisher's name, the year alone, is an ebook's imprint
                return "book", False
            return "webpage", False
        if group_author and item.get("URL") and REPORT_PUBLISHER.search(pub):
            return "report", False
        if (
            dated_to_the_day(item)
            and not genre
            and not title_italic
            and not _PRESS.search(pub)
            and not ({"edition", "editor", "publisher-place", "ISBN", "note", "accessed"} & set(item))
        ):
            # "Title. (2020, May 1). RainNews.": a book or report is dated by its year, a page of a site to the day
            # (an italic title stays a book's or a show's, and a name before "Retrieved …" stays the publisher,
            # as Wikipedia's citations write it)
            return "webpage", False
        if (
            _date_precision(item) == 2
            and not group_author
            and not genre
            and not title_italic
            and not _PRESS.search(pub)
            and not _PUBLISHING_WORD.search(pub)
            and not REPORT_PUBLISHER.search(pub)
            and not _DIGIT.search(pub)
            and not (_BOOK_OR_NUMBERED & set(item))
        ):
            # "Maze, J. (2020, May/June). Title. Restaurant Business.": a book is dated by its year alone; a
            # person's piece dated to its month, a bare name after it, is a magazine's
            return "article-magazine", False
        if "edition" in item or "editor" in item or title_italic or "publisher-place" in item:
            return "book", True
        if REPORT_PUBLISHER.search(pub) and not _PUBLISHING_WORD.search(pub):
            return "report", False
        return "book", False
    if "edition" in item or "editor" in item:
        return "book", True  # APA's "*Publication manual* (7th ed.). https://doi.org/…": its author publishes it
    if item.get("URL") or item.get("DOI") and not title_italic:
        # a stand-alone page on the web: organisation pages, news sites
        return "webpage", bool(item.get("URL"))
    if title_italic:
        return "book", False
    return "document", False
