"""Mends of an online encyclopedia's dated edition read into its title: ``“Sovereignty,” in *The Stanford
Encyclopedia of Philosophy* (Fall 2020), ed. Edward N. Zalta, https://…``, as notes and reference lists
cite the Stanford Encyclopedia of Philosophy's quarterly archived editions (its own form: ``(Fall 2020
Edition)``). The season and year name the edition cited, its date; no part of the encyclopedia's name."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_SEASON_EDITION = lazy_pattern(
    r"\s*(?P<date>\((?:Spring|Summer|Fall|Autumn|Winter)\s+(?:1[5-9]\d\d|20\d\d)(?:\s+[Ee]dition)?\))\s*[,.;]?\s*$"
)


@needs(labels=["container-title"], without=["date"], marks=["("])
def season_edition_apart(spans: list[Span], text: str) -> list[Span]:
    """``in *Encyclopedia* (Fall 2020),`` read as the container: the bracketed season and year are the date."""
    for k, s in enumerate(spans):
        if s.label != "container-title" or not s.text.rstrip(" ,.;").endswith(")"):
            continue
        m = _SEASON_EDITION.search(s.text)
        if m is None or not s.text[: m.start()].strip():
            continue
        a = s.start + m.start()
        head = Span("container-title", text[s.start : a], s.start, a, s.confidence)
        return [*spans[:k], head, Span("date", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans
