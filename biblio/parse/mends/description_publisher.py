"""Mend of APA's bracketed description and the publisher after it read as one span: ``*Hidden brain* [Audio
podcast]. NPR.`` or ``*Rattle & hum* [Album]. Island; Point Depot.`` with the label, network or studio read into
the medium, or the description into the publisher. APA 7 names the work's kind in square brackets right after its
title, then the source: the publisher."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_DESCRIPTION_THEN_NAME = lazy_pattern(r"^\s*(?P<desc>\[[^\]\[]{2,60}\]\.?)\s+(?P<pub>[A-Z0-9][^\[\]]*?)\s*$")
_HOLDERS = frozenset(["medium", "genre", "publisher"])
# the IPCC's "[Masson-Delmotte, V., P. Zhai, A. Pirani (eds.)]": the book's editors in brackets, no description
_EDITORS_INSIDE = lazy_pattern(r"\[(?P<names>[^\]\[]*?[A-Z][^\]\[]*?,?\s*\(?\s*eds?\.?\s*\)?)\s*\]", flags=0)


@needs(any_label=_HOLDERS, marks=["["])
def publisher_after_description(spans: list[Span], text: str) -> list[Span]:
    """``[Audio podcast]. NPR.`` read as one medium, genre or publisher span: the bracket is the medium (or, with
    a role closing it, the editors: ``[V. Masson-Delmotte (eds.)]. Cambridge University Press``), the name after it
    the publisher."""
    for k, s in enumerate(spans):
        if s.label not in _HOLDERS or "[" not in s.text:
            continue
        m = _DESCRIPTION_THEN_NAME.match(s.text)
        if m is None or "http" in m["pub"] or any(o.label == "publisher" for o in spans if o is not s):
            continue
        a, z = s.start + m.start("desc"), s.start + m.end("desc")
        b, c = s.start + m.start("pub"), s.start + m.end("pub")
        kind = "medium" if s.label == "publisher" else s.label
        if ed := _EDITORS_INSIDE.fullmatch(m["desc"].rstrip(".")):
            kind, a, z = "editor", a + ed.start("names"), a + ed.end("names")
        return [*spans[:k], Span(kind, text[a:z], a, z, s.confidence), Span("publisher", text[b:c], b, c, s.confidence),
                *spans[k + 1 :]]
    return spans
