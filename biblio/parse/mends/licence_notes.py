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
