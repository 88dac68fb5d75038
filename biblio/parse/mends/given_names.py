"""Mends of names: the given name of ``Family, Given:`` read into the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_FAMILY_ONLY = lazy_pattern(r"^[^\W\d_][\w'\u2019-]*,\s*$")
_GIVEN_THEN_COLON = lazy_pattern(r"^[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?(?:\s[A-ZÀ-Þ]\.)?:\s+(?=\S)")


@needs(labels=("author", "title"))
def given_name_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Föhr, Pascal: Historische Quellenkritik …`` read with ``Pascal:`` opening the title: after a
    lone family name and its comma, the name before the colon is the author's given name."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "title":
        return spans
    s, t = spans[0], spans[1]
    if _FAMILY_ONLY.match(s.text) is None or (m := _GIVEN_THEN_COLON.match(t.text)) is None:
        return spans
    z = t.start + m.end()
    return [
        Span("author", text[s.start : z], s.start, z, s.confidence),
        Span("title", t.text[m.end() :], z, t.end, t.confidence),
        *spans[2:],
    ]
