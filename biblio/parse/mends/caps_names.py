"""Mend of ABNT's names run into a short title: ``SOUZA, R. Leitura em rede. São Paulo: Ática, 2010.``

ABNT NBR 6023 (as French styles) sets the family name in capitals and abbreviates the given names to
initials: ``SOUZA, R.``, ``MORAES, J. C.; PINTO, A.``.  The initials close the name; a word after them
is no more of it.  On a short title whose words read like names ("Leitura e cidade") the labeller runs
the names on into the title; a lowercase word among those words (not a particle) shows where the title
begins."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

_CAPS = r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]+"
_INITIALS = r"[A-Z\u00c0-\u00de]\.(?:\s?-?[A-Z\u00c0-\u00de]\.)*"
# "SOUZA, R.", "MORAES, J. C.; PINTO, A." — then the title's first word, capitalised
_NAMES_THEN_WORDS = re.compile(
    rf"^\s*(?P<names>{_CAPS}(?:\s{_CAPS})*,\s{_INITIALS}(?:;\s{_CAPS}(?:\s{_CAPS})*,\s{_INITIALS})*)"
    rf"\s+(?P<title>[A-Z\u00c0-\u00de][a-z\u00df-\u00ff].*)$"
)
_PARTICLES = frozenset(["de", "da", "do", "dos", "das", "del", "e", "y", "van", "von", "der", "la", "le"])
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z\u00df-\u00ff]+(?![\w-])")


def caps_names_end(spans: list[Span], text: str) -> list[Span]:
    """``SOUZA, R. Leitura em rede.`` read as the names, no title read: the names end at the initials,
    and the words after them, holding a lowercase word, are the title."""
    if not spans or spans[0].label != "author" or not spans[0].text.lstrip()[:2].isupper():
        return spans
    if any(s.label == "title" for s in spans):
        return spans
    s = spans[0]
    m = _NAMES_THEN_WORDS.match(s.text)
    if m is None or not any(w not in _PARTICLES for w in _LOWER_WORD.findall(m.group("title"))):
        return spans
    z, a = s.start + m.end("names"), s.start + m.start("title")
    names = Span("author", text[s.start : z], s.start, z, s.confidence)
    title = Span("title", text[a : s.end], a, s.end, s.confidence)
    return [names, title, *spans[1:]]
