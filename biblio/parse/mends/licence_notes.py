"""Mend of a licence statement closing a reference: the World Bank's and the IMF's ``… doi:10.1596/….
License: Creative Commons Attribution CC BY 3.0 IGO.`` read as a second place and publisher.

The statement says under which terms the work may be reused; it names no place, publisher or title of the
work, so it is a note, whole, to the end of its sentence.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

LICENCE = lazy_pattern(r"\s*Licen[cs]e[ds]?\s*(?::|under\b)")
_KEPT = frozenset(["url", "doi"])
# the statement closing the reference, nothing but its terms after it
_CLOSING_LICENCE = lazy_pattern(r"[\s,.;]+(?P<statement>Licen[cs]e[ds]?\s*(?::|under\b)\s*[^\s:][^:]*?)[\s.]*$")


def licence_apart(text: str) -> tuple[str, str | None]:
    """(the text before, the statement) of a reference closing on its licence (the IEA's ``…, IEA, Paris
    https://…, License: CC BY 4.0``): the terms are read apart, as a note, so that they take no part in the
    reading of the reference (``4.0`` read as a volume and page); else (text, None)."""
    m = _CLOSING_LICENCE.search(text) if "icen" in text else None
    if m is None or m.start() == 0:
        return text, None
    return text[: m.start()].rstrip(" ,;") + ("" if text[: m.start()].rstrip().endswith(".") else "."), m.group(
        "statement"
    )


@needs(words=("licen",))
def licence_statement(spans: list[Span], text: str) -> list[Span]:
    """``License: Creative Commons Attribution CC BY 3.0 IGO.`` read as fields: one note to the reference's end (an
    address after it stays its own)."""
    for k, s in enumerate(spans):
        if k == 0 or s.label == "note" or not LICENCE.match(s.text):
            continue
        z = k
        while z + 1 < len(spans) and spans[z + 1].label not in _KEPT:
            z += 1
        a, e = s.start, spans[z].end
        note = Span("note", text[a:e], a, e, min(x.confidence for x in spans[k : z + 1]))
        return [*spans[:k], note, *spans[z + 1 :]]
    return spans


# a Creative Commons licence named by its short mark alone, as a list marks each item's reuse terms:
# "(CC BY-SA 3.0)", "CC0", "CC BY 4.0 IGO"
_CC_MARK = lazy_pattern(r"^[\s(\[*]*CC(?:0|[\s-]+BY(?:-(?:SA|NC|ND))*)(?:\s+\d\.\d)?(?:\s+IGO)?[\s)\]*]*\.?\s*$")


@needs(marks=("CC",))
def licence_mark(spans: list[Span], text: str) -> list[Span]:
    """``… https://…/fi-1-13.pdf (**CC BY-SA 3.0**)`` with the licence's mark read as an edition, a publisher or a
    place: a note."""
    for k, s in enumerate(spans):
        if k and s.label != "note" and _CC_MARK.match(s.text):
            return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
