"""From per-character CSL variables to the parser's labelled segments.

Convention (GROBID's): a field's segment holds the field's own characters only;
punctuation, spaces and connecting words between fields (affixes, terms such as
``vol.``/``Retrieved from``, delimiters) are ``other`` segments.  The segments,
concatenated as they are, reproduce the text exactly.  AnyStyle's sets attach
neighbouring punctuation to the fields instead; a tokeniser that splits
punctuation from words reads both the same way.
"""

from __future__ import annotations

import re
from typing import Any

PERIODICALS = frozenset(["article-journal", "article-magazine", "article-newspaper", "periodical"])

_NAME_LABELS = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "director": "director",
    "producer": "producer",
    "executive-producer": "producer",
    "editortranslator": "editor",
    "collection-editor": "editor",
    "container-author": "author",
    "editorial-director": "editor",
    "composer": "author",
    "contributor": "author",
    "curator": "author",
    "guest": "author",
    "host": "author",
    "illustrator": "author",
    "interviewer": "author",
    "narrator": "author",
    "organizer": "author",
    "performer": "author",
    "script-writer": "author",
    "series-creator": "author",
    "chair": "editor",
    "compiler": "editor",
    "original-author": "author",
}
_LABELS = {
    "title": "title",
    "collection-title": "collection-title",
    "issued": "date",
    "year-suffix": "date",
    "accessed": "accessed",
    "volume": "volume",
    "issue": "issue",
    "page": "pages",
    "page-first": "pages",
    "publisher": "publisher",
    "publisher-place": "location",
    "edition": "edition",
    "genre": "genre",
    "medium": "medium",
    "DOI": "doi",
    "URL": "url",
    "ISBN": "isbn",
    "note": "note",
    "citation-number": "citation-number",
    # as in the labelled sets: identifiers (report and preprint numbers) and "(Original work
    # published 1927)" are notes; a series number goes with the series
    "number": "note",
    "original-date": "note",
    "PMID": "note",
    "PMCID": "note",
    "collection-number": "collection-title",
    # AnyStyle's sets label an event as the container and its place as the location
    "event-title": "container-title",
    "event": "container-title",
    "event-place": "location",
}

# characters that belong to the text between fields when they end (or open) a field's span
_TRAIL = " \t\n,;:"
_LEAD = " \t\n"
_MARKUP = "*_"  # Markdown emphasis at a field's edge (a date part set in bold) is not the field
_NUMERIC_LABELS = frozenset(["date", "accessed", "volume", "issue", "pages", "citation-number", "edition"])
_CLOSING_QUOTES = "\u201d\u2019\"'\u00bb"


def label_for(variable: str | None, item_type: str) -> str:
    """The parser label of a CSL variable in an item of ``item_type``."""
    if variable is None:
        return "other"
    if variable == "container-title":
        return "journal" if item_type in PERIODICALS else "container-title"
    return _NAME_LABELS.get(variable) or _LABELS.get(variable, "other")


def segments(text: str, variables: list[str | None], item: dict[str, Any]) -> list[list[str]]:
    """``[[label, text], ...]`` covering ``text`` exactly, from the variable of each character."""
    item_type = str(item.get("type", ""))
    labels = [label_for(v, item_type) for v in variables]
    flat: list[tuple[str, int, int]] = []
    for lab, s, e in _runs(labels):
        ts, te = _trimmed(text, lab, s, e)
        if lab == "other" or ts >= te:
            flat.append(("other", s, e))
            continue
        if ts > s:
            flat.append(("other", s, ts))
        flat.append((lab, ts, te))
        if te < e:
            flat.append(("other", te, e))
    return _merge(text, flat)


def _runs(labels: list[str]) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    start = 0
    for i in range(1, len(labels) + 1):
        if i == len(labels) or labels[i] != labels[start]:
            out.append((labels[start], start, i))
            start = i
    return out


def _trimmed(text: str, lab: str, s: int, e: int) -> tuple[int, int]:
    """A field's span without what the text between fields owns: surrounding spaces, trailing
    ``,;:``, brackets left unbalanced by affixes inside a date, a period that punctuation-in-quote
    moved inside the field."""
    if lab == "other":
        return s, e
    ts, te = s, e
    while ts < te and text[ts] in _LEAD + _MARKUP:
        ts += 1
    while te > ts and text[te - 1] in _TRAIL + _MARKUP:
        te -= 1
    span = text[ts:te]
    if lab in _NUMERIC_LABELS:
        while len(span) > 1 and span[0] + span[-1] in ("()", "[]"):  # (2001) from date-part affixes
            ts, te, span = ts + 1, te - 1, span[1:-1]
        while span and (span[0] in "([" and not any(c in span for c in ")]")):
            ts, span = ts + 1, span[1:]
        while span and (span[-1] in ")]" and not any(c in span for c in "([")):
            te, span = te - 1, span[:-1]
        while span and span[-1] in ".,;:*" and lab != "edition":
            te, span = te - 1, span[:-1]
    elif span.endswith((".", ",")) and te < len(text) and text[te] in _CLOSING_QUOTES:
        te -= 1  # "Title." with the period moved inside the quotes
    return ts, te


_JOINABLE_GAP = re.compile(r"[\s,]{0,3}")


def _merge(text: str, spans: list[tuple[str, int, int]]) -> list[list[str]]:
    """Adjacent spans of one label become one; a field split by a short gap of spaces or commas
    (``2024, July 31`` from two date elements) becomes one field."""
    out: list[tuple[str, int, int]] = []
    for lab, s, e in spans:
        if s >= e:
            continue
        if out and out[-1][0] == lab:
            out[-1] = (lab, out[-1][1], e)
            continue
        if (
            lab != "other"
            and len(out) >= 2
            and out[-1][0] == "other"
            and out[-2][0] == lab
            and _JOINABLE_GAP.fullmatch(text[out[-1][1] : out[-1][2]])
        ):
            out.pop()
            out[-1] = (lab, out[-1][1], e)
            continue
        out.append((lab, s, e))
    return [[lab, text[s:e]] for lab, s, e in out]
