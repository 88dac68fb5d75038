"""Mend of a quoted title followed by the site and a note of its publication date, as French, Spanish and
Portuguese lists write a web article: ``« Titre », Libération, publié le 23-janvier-2019[en ligne] Disponible
sur : https://…``, ``» HAL, publié en 2014 disponible sur :``, ``”, El País, publicado el 3 de marzo de 2019.``
The model reads the site into a note, the title or a container with the note's words; the site is the
container, the date after the note the date, the online and availability words a note."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_QUOTES_OPENING = ("«", "“", '"')
# the closing quote, the site (a few words, no comma), the note's words and the date, then only the online and
# availability words before the address or the end
_SITE_THEN_DATE_NOTE = lazy_pattern(
    r"(?P<quote>[»”\"])\s*,?\s*"
    r"(?P<site>[^\W\d_][^,«»“”\"\[\]();:]{0,48}?)\s*,\s*"
    r"(?:publi[ée]e?\s+(?:le|en)|paru\s+(?:le|en)|publicad[oa]\s+(?:el|em|en|a))\s+"
    r"(?P<date>(?:\d{1,2}(?:er|º)?(?:\s+de)?[\s-]+[^\W\d_]{3,10}\.?(?:\s+de)?[\s-]+)?(?:1[5-9]\d\d|20\d\d))"
    r"(?P<tail>(?:\s*\[?\s*(?:en\s+ligne|online|en\s+l[íi]nea)\s*\]?)?"
    r"(?:[\s.,]*(?:disponible\s+(?:sur|en)|dispon[íi]vel\s+em)\s*:?)?)"
    r"[\s.,;]*(?=https?://|$)",
    re.I,
)
_KEPT = frozenset(["author", "doi"])
_SITES = frozenset(["container-title", "journal"])


def _other_field(s: Span, a: int, tail: int, z: int) -> bool:
    """Whether ``s`` holds what the stretch ``[a, z)`` cannot: names or an identifier, an address before the
    words announcing it (read from those words on, it keeps the address), a site elsewhere."""
    if s.start >= z or s.end <= a:
        return s.label in _SITES
    return s.label in _KEPT or s.label == "url" and s.start < tail


@needs(labels=["title"], words=["publi", "paru"])
def site_before_publication_note(spans: list[Span], text: str) -> list[Span]:
    """``« Titre », BDM/media, publié le 27-février-2020.`` with the site read into a note, the title or a
    container with the note's words: the site is the container, the date the note gives the date, and what
    announces the address a note."""
    m = _SITE_THEN_DATE_NOTE.search(text)
    if m is None:
        return spans
    q = m.start("quote")
    title = next((s for s in spans if s.label == "title" and s.start <= q < s.end), None)
    if title is None or not title.text.lstrip(" *").startswith(_QUOTES_OPENING):
        return spans
    a, z = m.end("quote"), m.end("tail")
    if any(_other_field(s, a, m.start("tail"), z) for s in spans):
        return spans
    confidence = title.confidence
    new = [
        Span("container-title", m.group("site"), m.start("site"), m.end("site"), confidence),
        Span("date", m.group("date"), m.start("date"), m.end("date"), confidence),
    ]
    tail = m.group("tail").strip(" .,")
    if tail:
        t = m.start("tail") + m.group("tail").find(tail)
        new.append(Span("note", tail, t, t + len(tail), confidence))
    return replaced(spans, text, a, z, new)
