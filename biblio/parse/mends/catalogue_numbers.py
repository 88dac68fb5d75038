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
