"""Mend of the Italian journal's run year, ``anno II``, read into the journal: it numbers
the journal's volumes (``in “Democrazia & Sicurezza”, anno II, n. 2, 2013``)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_VENUES = frozenset(["journal", "container-title"])
# ", anno II," closing the journal's span
_ANNO = lazy_pattern(r",\s*(?P<mark>anno)\s+(?P<num>[IVXLC]{1,7}|\d{1,4})\s*,?\s*$")


@needs(any_label=_VENUES, marks=["anno "])
def anno_is_volume(spans: list[Span], text: str) -> list[Span]:
    """``in “Democrazia & Sicurezza”, anno II,`` read as the journal: the run year closing it is the
    volume."""
    if "anno " not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label not in _VENUES:
            continue
        m = _ANNO.search(s.text)
        if m is None or not s.text[: m.start()].strip(" ,.;:"):
            continue
        return divided(spans, k, m.start(), m.start("mark"), s.label, "volume")
    return spans
