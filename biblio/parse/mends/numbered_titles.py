"""Mend of a numbered document's title: ``ACOG Committee Opinion No. 757: Screening for …``.

Bulletins, opinions and guidelines are titled by their series and number, a colon, then their
subject. The model reads the series as a publisher or journal and ``No. 757:`` as an issue, and
keeps only the subject as the title. A number that ends in the colon opening the title's subject
belongs to the title, and so do the series' words before it.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "No. 757:" "No 8:" "Number 12:" closing a span, the title's subject next
_NUMBER_COLON = lazy_pattern(r"^(?:No|Nr|Number)\.?\s*\d+[A-Za-z]?\s*:$", re.I)
_SERIES = ("publisher", "container-title", "journal")


@needs(labels=("issue", "title", "date"))
def numbered_title(spans: list[Span], text: str) -> list[Span]:
    """``(2018). | ACOG Committee Opinion | No. 757: | Screening for perinatal depression.``: series,
    number and subject are one title."""
    for k in range(1, len(spans) - 2):
        series, number, title = spans[k], spans[k + 1], spans[k + 2]
        if number.label != "issue" or title.label != "title" or series.label not in _SERIES:
            continue
        if spans[k - 1].label != "date" or not _NUMBER_COLON.match(number.text.strip()):
            continue
        whole = Span("title", text[series.start : title.end], series.start, title.end, title.confidence)
        return [*spans[:k], whole, *spans[k + 3 :]]
    return spans


# no list number opens with a quotation mark
_OPENING_QUOTE = ('"', "\u201c", "\u2018", "\u00ab", "\u201e")


@needs(labels=("citation-number", "title"))
def quoted_section_number(spans: list[Span], text: str) -> list[Span]:
    """``"1.1.1 The DESCRIPTION file", …`` with ``"1.1.`` read as the citation number: a section's number
    inside the quotes opens the quoted title."""
    if len(spans) < 2 or spans[0].label != "citation-number" or spans[1].label != "title":
        return spans
    number, title = spans[0], spans[1]
    if not number.text.lstrip().startswith(_OPENING_QUOTE):
        return spans
    whole = Span("title", text[number.start : title.end], number.start, title.end, title.confidence)
    return [whole, *spans[2:]]
