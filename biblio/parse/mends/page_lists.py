"""Mend of a book note's list of pages read as a volume and a page: Chicago's ``New York: McGraw-Hill, 2006.
289, 317.`` or ``Oxford University Press, pp. 4, 583, 677, 917.`` A book cited after its imprint has no volume
there: numbers parted by commas closing the note are the pages cited."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_PAGE_LIST = lazy_pattern(r"^(?:pp?\.\s*)?\d{1,4}(?:\s*,\s*\d{1,4})+\s*\.?$")
_IMPRINT = frozenset(["publisher", "location"])


@needs(labels=("volume", "pages", "date"), any_label=_IMPRINT, without=("journal", "container-title", "issue"))
def page_list_after_imprint(spans: list[Span], text: str) -> list[Span]:
    """The closing ``volume``/``pages`` run after the imprint and year, one list of pages, is the pages."""
    k = len(spans)
    while k > 0 and spans[k - 1].label in ("volume", "pages"):
        k -= 1
    if k == len(spans) or k == 0 or spans[k - 1].label not in ("date", *_IMPRINT) or text[spans[-1].end :].strip(" ."):
        return spans
    if not any(s.label in _IMPRINT for s in spans[:k]) or not any(s.label == "volume" for s in spans[k:]):
        return spans
    a, z = spans[k].start, spans[-1].end
    if not _PAGE_LIST.match(text[a:z]):
        return spans
    return [*spans[:k], Span("pages", text[a:z], a, z, min(s.confidence for s in spans[k:]))]
