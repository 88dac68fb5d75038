"""Mend of a statistics office's catalogue number, as Australian Harvard prints the Australian Bureau of
Statistics' publications: ``Australian Bureau of Statistics 2000, *Use of the internet by householders*, cat.
no. 8147.0, November, …``.

The labeller reads ``cat`` as a journal and ``no. 8147.0`` as its issue. The catalogue number is the
publication's number (a note), and no journal is named.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH, replaced, span_within
from biblio.parse.mends.gated import needs
from biblio.parse.mends.publishers import FIRM_NAME
from biblio.parse.spans import Span

# "cat. no. 8147.0", "cat no. 4102.0", "Catalogue No. 3101.0", "cat. no. 2068.0 – 2006 Census Tables"
_MISREAD = frozenset(["journal", "container-title", "issue", "volume", "pages"])
_MONTH = lazy_pattern(rf"^[\s,]*{ENGLISH_MONTH}\b[\s,]*")
_CATALOGUE = lazy_pattern(r"\b(?:cat\.?|catalogue)\s+no\.?\s*\d{3,4}\.\d{1,3}\b", re.I)


@needs(words=["cat"])
def catalogue_number(spans: list[Span], text: str) -> list[Span]:
    """``cat. no. 8147.0`` read as a journal and its issue (or pages): it is the publication's number."""
    m = _CATALOGUE.search(text)
    if m is None:
        return spans
    inside = [s for s in spans if s.start < m.end() and s.end > m.start()]
    untitled = not any(s.label == "title" for s in spans)
    # (or the title run on into "cat.", or, with no title read, a note holding title and number alike)
    if not any(
        s.label in _MISREAD or s.start < m.start() and (s.label == "title" or s.label == "note" and untitled)
        for s in inside
    ):
        return spans
    out = replaced(spans, text, m.start(), m.end(), [Span("note", m.group(0), m.start(), m.end())])
    k = next(i for i, s in enumerate(out) if s.start == m.start())
    if untitled and k and out[k - 1].label == "note" and out[k - 1].end <= m.start():
        head = out[k - 1]  # "2018, Causes of death, Australia, 2017, cat. no. 3303.0": the words before are the title
        out[k - 1] = Span("title", head.text, head.start, head.end, head.confidence)
    # (the title's words after the number are no longer the title's)
    after = _MISREAD | {"note"} | ({"title"} if k + 1 < len(out) and out[k + 1].start < m.end() + 3 else set())
    return _imprint_after(out, k + 1, text, after)


def _imprint_after(spans: list[Span], k: int, text: str, after: frozenset[str]) -> list[Span]:
    """After the number, the month of the issue (``, November,``) and the office's short name before its town
    (``ABS, Canberra``): a date and the publisher."""
    if k < len(spans) and spans[k].label in after and (mm := _MONTH.match(spans[k].text)):
        s = spans[k]
        month = Span("date", s.text[: mm.end()], s.start, s.start + mm.end(), s.confidence)
        rest = span_within(s, text, s.start + mm.end(), s.end)
        left = [Span("note", rest.text, rest.start, rest.end, s.confidence)] if rest else []
        spans = [*spans[:k], month, *left, *spans[k + 1 :]]
        k += 1
    if k + 1 < len(spans) and spans[k].label in after and spans[k + 1].label == "location":
        name = spans[k]
        if FIRM_NAME.fullmatch(name.text.strip(" ,.")):
            spans[k] = Span("publisher", name.text, name.start, name.end, name.confidence)
    return spans


# Statistics Canada's catalogue number, the office named before it or not: "Statistics Canada Catalogue no.
# 82-003-X", "(Statistics Canada Catalogue number: 82-620-MWE2005001)", "(Statistics Canada, Catalogue no 82-…)"
_OFFICE_CATALOGUE = lazy_pattern(
    r"(?:(?P<office>\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}),?\s+)?[Cc]atalogue\s+(?:no\b\.?|number\b\s*:?)\s*"
    r"\d{2}-\d{3}-\s?[A-Z]{1,4}\d*\b"
)
# a periodical's details set as sentences after its name: a month, "Supplement to" before the volume
_MONTH_ALONE = lazy_pattern(rf"^[\s.,]*{ENGLISH_MONTH}[\s.,]*$")
_SUPPLEMENT_TO = lazy_pattern(r"[.,]\s*(?:[Ss]upplement|[Ss]uppl\.)\s+to\s*$")
_JOURNALS = frozenset(["journal", "container-title"])
_MARKED_PAGES = lazy_pattern(r"[\s.,]*pp?\.\s*\d+(?:\s*(?:-|–|to)\s*\d+)?[\s.]*$")


@needs(words=["catalogue"])
def office_catalogue_number(spans: list[Span], text: str) -> list[Span]:
    """Statistics Canada's ``Health Reports. Supplement to Vol. 18. December. Statistics Canada Catalogue no.
    82-003-SPE. pp. 53 to 70.`` with the catalogue number read as the issue and the office, the month and the
    supplement's words read into the journal: the number is a note, the month the date, the journal its name. With
    no journal (a report's ``Title(Statistics Canada Catalogue number: 82-620-MWE2005001).``) the office named
    before the number is the publisher."""
    m = _OFFICE_CATALOGUE.search(text)
    if m is None:
        return spans
    inside = [s for s in spans if s.start < m.end() and s.end > m.start()]
    # (a note holding the number alone is read right; one running on into the marked pages is not)
    if not inside or all(s.label == "note" and not _MARKED_PAGES.match(text, m.end(), s.end) for s in inside):
        return spans
    journal = any(s.label in _JOURNALS and s.end <= m.start() for s in spans)
    new: list[Span] = []
    a = m.start()
    if m["office"] and not journal and not any(s.label == "publisher" for s in spans):
        new.append(Span("publisher", m["office"], *m.span("office"), inside[0].confidence))
        a = m.end("office")
    new.append(Span("note", text[a : m.end()].strip(" ,"), a, m.end(), inside[0].confidence))
    out = replaced(spans, text, m.start(), m.end(), new)
    out = [
        Span("pages", s.text, s.start, s.end, s.confidence) if s.label == "note" and _MARKED_PAGES.match(s.text) else s
        for s in out
    ]
    return _journal_details_apart(out, text) if journal else out


def _journal_details_apart(spans: list[Span], text: str) -> list[Span]:
    """The journal's month and ``Supplement to`` set as sentences after its name: the date and a note."""
    out: list[Span] = []
    named = False
    for k, s in enumerate(spans):
        if s.label not in _JOURNALS:
            out.append(s)
            continue
        if named and _MONTH_ALONE.match(s.text):
            out.append(Span("date", s.text.strip(" .,"), s.start, s.end, s.confidence))
            continue
        named = True
        sup = _SUPPLEMENT_TO.search(s.text)
        if sup and k + 1 < len(spans) and spans[k + 1].label == "volume":
            cut = s.start + sup.start()
            out.append(Span(s.label, text[s.start : cut], s.start, cut, s.confidence))
            a = s.start + sup.start() + 1
            out.append(Span("note", text[a : s.end].strip(), a, s.end, s.confidence))
            continue
        out.append(s)
    return out
