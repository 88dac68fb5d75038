"""Publishers' link bars: the row of service links a journal page puts after each reference.

Frontiers, BMC, Springer, PLOS and PubMed Central print under (or after) every reference links such
as ``PubMed Abstract | CrossRef Full Text | Google Scholar`` or ``Article  CAS  Google Scholar``.
They are the page's navigation, no part of the reference: a line made of nothing but such links (as
Markdown links or as their bare labels, separated by ``|``, ``·`` or spaces) is dropped, and such a
row at the end of a reference's line is cut off.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

# Labels of indexing and full-text services as journal pages print them (compared case-folded).
_SERVICES = frozenset(
    label.casefold()
    for label in (
        "Google Scholar",
        "Scholar",
        "CrossRef",
        "Crossref",
        "Cross Ref",
        "CrossRef Full Text",
        "Crossref Full Text",
        "Full Text",
        "Free Full Text",
        "Publisher Full Text",
        "Publisher Site",
        "Full Text (PDF)",
        "PDF",
        "PubMed",
        "PubMed Abstract",
        "PubMed Central",
        "PMC",
        "PMC free article",
        "Europe PMC",
        "Medline",
        "Abstract",
        "Article",
        "View Article",
        "CAS",
        "Scopus",
        "Web of Science",
        "ISI",
        "MathSciNet",
        "zbMATH",
        "Zentralblatt MATH",
        "ADS",
        "NASA ADS",
        "Semantic Scholar",
        "OpenURL",
        "PubMed/NCBI",
        "PubMed Full Text",
        "View at Publisher",
        "View at Google Scholar",
        "View at Scopus",
        "HighWire",
        "MATH",
        "Show in Context",
    )
)
# the services' labels by their number of words, for a row of bare labels set apart by spaces alone
_LABEL_WORDS = sorted({len(label.split()) for label in _SERVICES}, reverse=True)
# Labels of a link to the work itself: alone after a reference (``… 2020. [PDF](…)``) such a link is the
# user's link to the work, kept; only in a row of services is it the page's navigation.
_WORK_LINKS = frozenset(
    label.casefold()
    for label in (
        "PDF",
        "Full Text",
        "Full Text (PDF)",
        "Free Full Text",
        "Publisher Full Text",
        "Publisher Site",
        "Article",
        "View Article",
        "Abstract",
        "PMC free article",
    )
)
# One piece of a bar: a Markdown link or a bare label, then a separator.
_LINK = r"\[(?P<text>[^\[\]\n]{1,40})\]\([^)\s]*(?:\([^)\s]*\)[^)\s]*)*\)"
_PIECE = re.compile(rf"\s*(?:{_LINK}|(?P<label>[^|·\[\]\n]{{1,40}}?))\s*(?:[|·•]|(?=\[)|$)")
# each link may stand in brackets of its own (Europe PMC's "[[PubMed](…)]", "[[PMC free article](…)]")
_BAR_TAIL = re.compile(rf"(?:\s*(?:[|·•]\s*)?\[?{_LINK}(?<=\))\]?)+\s*$")


def _labels(text: str) -> list[str] | None:
    """The labels of `text` if it is wholly pieces of a bar, else None."""
    labels: list[str] = []
    pos = 0
    while pos < len(text):
        match = _PIECE.match(text, pos)
        if match is None or match.end() == pos:
            return None
        label = match.group("text") or match.group("label") or ""
        if label.strip():
            labels.append(" ".join(label.replace("*", "").split()))
        pos = match.end()
    return labels


def is_service_label(label: str) -> bool:
    """Whether `label` names an indexing or full-text service ("Google Scholar", "PubMed/NCBI"), or two of them
    in one link (HighWire's "Abstract/FREE Full Text")."""
    label = " ".join(label.replace("*", "").split()).casefold()
    return label in _SERVICES or ("/" in label and all(part.strip() in _SERVICES for part in label.split("/")))


def _spaced_labels(text: str) -> list[str] | None:
    """The labels of `text` if its words are wholly service labels set apart by spaces (Springer Nature's
    ``Article  CAS  PubMed  PubMed Central  Google Scholar`` copied as text), the longest label first."""
    words = text.casefold().split()
    labels: list[str] = []
    k = 0
    while k < len(words):
        for size in _LABEL_WORDS:
            label = " ".join(words[k : k + size])
            if k + size <= len(words) and label in _SERVICES:
                labels.append(label)
                k += size
                break
        else:
            return None
    return labels


def is_link_bar(line: str) -> bool:
    """Whether `line` is nothing but service links (``[CrossRef Full Text](…) | [Google Scholar](…)``)."""
    text = line.strip()
    if not text or len(text) > 4000:
        return False
    labels = _labels(text)
    if (labels is None or len(labels) == 1) and " " in text and not any(c in text for c in "[|·•"):
        labels = _spaced_labels(text)
    if not labels:
        return False
    linked = "](" in text
    # bare labels count only as a row of two or more (one word alone may be a heading or a note)
    return all(label.casefold() in _SERVICES for label in labels) and (linked or len(labels) >= 2)


# A row of bare service labels opening a line, then the next entry's number (IEEE Xplore's page copied as text:
# "Show in Context View Article  Google Scholar 10. Y. Qian, …", the row closing the entry above).
_LEADING_ROW = re.compile(r"^\s*(?P<row>[A-Z][A-Za-z ]{4,80}?)\s+(?=\d{1,4}\.\s+\S)")


# A page's tabs before the list's first entry on the same line, a tab naming the references (IEEE Xplore's
# "Download PDFs Export Authors Figures References References & Cited By Select All 1. Y. N. Harari, …").
_TABS_THEN_FIRST = re.compile(
    r"^\s*(?P<tabs>(?:[A-Z][A-Za-z]{1,20}|&)(?: (?:[A-Z][A-Za-z]{1,20}|&)){2,15}) (?=1\.\s+\S)"
)


def without_leading_bar(line: str) -> str:
    """`line` without a row of service labels (or a page's tabs) before the entry number it opens with."""
    tabs = _TABS_THEN_FIRST.match(line)
    if tabs is not None and "References" in tabs.group("tabs"):
        return line[tabs.end():]
    match = _LEADING_ROW.match(line)
    if match is None:
        return line
    labels = _spaced_labels(match.group("row"))
    return line[match.end():] if labels and len(labels) >= 2 else line


def without_link_bar(line: str) -> str:
    """`line` with a trailing row of service links cut off (a reference and its bar on one line)."""
    match = _BAR_TAIL.search(line)
    if match is None or match.start() == 0:
        return line
    links = [" ".join(text.split()).casefold() for text in re.findall(_LINK, match.group(0))]
    if links == [] or not all(label in _SERVICES for label in links):
        return line
    if len(links) == 1 and links[0] in _WORK_LINKS:
        return line
    kept = line[: match.start()].rstrip()
    # the bar's link to the work's DOI (Hindawi's "View at Publisher") stays, as the reference would write it
    dois = [doi for doi in _RESOLVED_DOI.findall(match.group(0)) if doi.casefold() not in kept.casefold()]
    return f"{kept} doi:{unquote(dois[0])}" if dois else kept


_RESOLVED_DOI = re.compile(r"\]\(https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/(?:[^()\s]|\([^()\s]*\))+)\)", re.IGNORECASE)


# A link printing its own address after an arrow, on a line of its own under the reference (SciELO's
# ``<br><a href="URL">» URL</a>``): the address again, as a link to follow.
_ARROW_LINK = re.compile(r"^\[[»→↗➜⇒]\s*(?P<text>[^\]\s]+)\s*\]\((?P<url>[^)\s]*(?:\([^)\s]*\)[^)\s]*)*)\)$")


def _arrow_link(line: str, before: str) -> str:
    """An arrow link's line: blank when the line before already gives that address (or its DOI), else the
    bare address (the arrow is no part of it)."""
    match = _ARROW_LINK.match(line.strip())
    if match is None:
        return line
    url = match.group("url")
    doi = re.search(r"10\.\d{4,9}/\S+", url)
    if url in before or (doi is not None and doi.group(0).rstrip(".") in before):
        return ""
    return url


# the last words of services' labels, to find a row of bare labels cheaply
_LAST_WORDS = frozenset(label.rsplit(None, 1)[-1] for label in _SERVICES)


def _ends_in_service(line: str) -> bool:
    text = line.rstrip()
    return text[-1:].isalpha() and text[text.rfind(" ") + 1 :].casefold() in _LAST_WORDS


def drop_link_bars(lines: list[str]) -> list[str]:
    """`lines` with every link bar blanked and trailing bars cut (the line count is kept); an arrow link
    repeating the address above it blanked."""
    if not any("|" in line or "](" in line or "Scholar" in line or _ends_in_service(line) for line in lines):
        return lines
    kept = ["" if is_link_bar(line) else without_link_bar(without_leading_bar(line)) for line in lines]
    return [_arrow_link(line, kept[k - 1] if k else "") if "](" in line else line for k, line in enumerate(kept)]
