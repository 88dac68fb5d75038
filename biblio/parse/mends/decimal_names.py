"""Mend of a name that holds a decimal figure, ``Archaeology 2.0: New approaches …`` or ``Web 2.0``: the
labeller breaks the span at the figure's point, as at a sentence's end, and reads the rest as a note."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import links_start
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import has_org_word
from biblio.parse.spans import Span

# MDPI's "…, Version 2. | 0; Basic Books: New York": the figure's end, then the imprint after a semicolon
_FIGURE_THEN_IMPRINT = lazy_pattern(r"\d+(?=;\s+\S)")
_IMPRINTS = frozenset(["publisher", "location"])
# Icarus's "The Tiny Tim User's Guide, Version 6. | 3. Space Telescope Science Institute, | Baltimore.": the
# figure's end, then a body's name before the place that closes the reference
_FIGURE_THEN_BODY = lazy_pattern(r"\d+\.\s+(?P<body>[A-Z][^.,;:]{2,80}?),?\s*$")

_WORKS = frozenset(["title", "container-title", "journal", "collection-title"])
_NUMBERS = frozenset(["volume", "issue", "pages", "date", "edition"])


@needs(any_label=_WORKS)
def decimal_point_splits_name(spans: list[Span], text: str) -> list[Span]:
    """``Archaeology 2. | 0: New approaches to communication …`` with a work's name cut at the point of
    ``2.0``: a figure, a point and a figure with no space between are one figure (and where an imprint was
    read on after it, ``Version 2. | 0; Basic Books``, the figure alone joins the name)."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in _WORKS or nxt.label in _NUMBERS or nxt.start != s.end:
            continue
        if len(s.text) < 2 or s.text[-1] != "." or not s.text[-2].isdigit() or not nxt.text[:1].isdigit():
            continue
        # (a link or an access date may close the reference)
        if nxt.label == "note" and k + 3 == links_start(spans, k + 3) and spans[k + 2].label == "location":
            b = _FIGURE_THEN_BODY.match(nxt.text)
            if b is not None and has_org_word(b["body"]):
                z, a = nxt.start + b.start("body") - 1, nxt.start + b.start("body")
                while text[z - 1].isspace():
                    z -= 1
                named = Span(s.label, text[s.start : z], s.start, z, s.confidence)
                body = Span("publisher", text[a : nxt.end], a, nxt.end, nxt.confidence)
                return [*spans[:k], named, body, *spans[k + 2 :]]
        m = _FIGURE_THEN_IMPRINT.match(nxt.text) if nxt.label in _IMPRINTS else None
        if m is not None:  # only the figure is the name's; the imprint stays
            z = nxt.start + m.end()
            rest = nxt.start + len(nxt.text) - len(nxt.text[m.end() + 1 :].lstrip())
            named = Span(s.label, text[s.start : z], s.start, z, s.confidence)
            imprint = Span(nxt.label, text[rest : nxt.end], rest, nxt.end, nxt.confidence)
            return [*spans[:k], named, imprint, *spans[k + 2 :]]
        return [*spans[:k], Span(s.label, text[s.start : nxt.end], s.start, nxt.end, s.confidence), *spans[k + 2 :]]
    return spans
