"""Mends of a Latin imprint, as classical editions print theirs: ``Lipsiae: in aedibus B. G. Teubneri, 1864.``,
``Oxonii: e Typographeo Clarendoniano, 1909.``, ``Parisiis: apud Firmin Didot, 1855.`` The labeller reads the
printer's initials as a name and the phrase as a translator or the title's end; the town, its colon and the phrase
up to the closing year are the place and the publisher."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_LATIN_IMPRINT = lazy_pattern(
    r"(?<![\w-])(?P<place>[A-Z][a-z]+):\s+(?P<publisher>(?i:in\s+aedibus|apud|typis|sumptibus|impensis|e\s+typographeo)"
    r"\s+[^,;:]{2,60}?),?\s+(?=(?:1[5-9]\d\d|20\d\d)\b)"
)
_PHRASES = ("aedibus", "apud ", "typis ", "sumptibus", "impensis", "typographeo")


@needs(labels=["date"], words=_PHRASES)
def latin_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Lipsiae: | in aedibus B | . G. Teubneri, | 1871.`` with the printer's phrase read as names or run into the
    title: a known town, its colon and the Latin phrase before the year are the place and the publisher."""
    m = _LATIN_IMPRINT.search(text)
    if m is None or not is_place(m["place"]):
        return spans
    a, z = m.span("place")
    b, e = m.span("publisher")
    inside = [s for s in spans if s.start < e and s.end > a]
    if not inside:
        return spans
    confidence = min(s.confidence for s in inside)
    return replaced(
        spans,
        text,
        a,
        e,
        [Span("location", text[a:z], a, z, confidence), Span("publisher", text[b:e], b, e, confidence)],
    )
