"""Mends of a numbered section of a standards document cited as an article: ``Title. Sec. 10. In Standards of
Medical Care in Diabetes 2017. Diabetes Care 2017;40(Suppl. 1):S88-S98``."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the section's number after the title's full stop, then ``In`` and the document it is part of
_SECTION_IN = lazy_pattern(
    r"\.\s+(?P<tail>(?:Sec(?:tion|t)?\.?|§)\s*\d+[A-Za-z]?(?:\.\d+)*\.?\s+In\s+[A-Z][^()\[\]]*?)[.,]?\s*$"
)


@needs(labels=("title",), any_label=("journal", "container-title"), marks=("Sec", "§"))
def section_in_standards(spans: list[Span], text: str) -> list[Span]:
    """The ADA's ``Glycemic targets. Sec. 6. In Standards of Medical Care in Diabetes 2017. Diabetes Care.`` with the
    section and the document it is a part of read into the title: the title ends at its full stop, the section and
    the document are a note (the journal after them the container)."""
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        m = _SECTION_IN.search(s.text) if "In " in s.text else None
        if m is None or m.start() < 3:
            return spans
        if not any(t.label in ("journal", "container-title") for t in spans[k + 1 :]):
            return spans
        cut, a, b = s.start + m.start(), s.start + m.start("tail"), s.start + m.end("tail")
        return [
            *spans[:k],
            Span("title", text[s.start : cut], s.start, cut, s.confidence),
            Span("note", text[a:b], a, b, s.confidence),
            *spans[k + 1 :],
        ]
    return spans
