"""A book's imprint in brackets after its title, ``Title (CUP, 1977)`` or ``Title (Hart, 2012)`` (OSCOLA and
other notes styles): a publisher's short name, unknown to the model, read as the end of the title."""

from __future__ import annotations

import re

from biblio.parse.mends.common import WORD
from biblio.parse.mends.gated import labels_of
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_WORKS = frozenset(["title", "journal", "container-title"])
# "… of Practice (CUP," : the bracket opens on a name with no digit and its comma (a venue's "(SciPy 2009)"
# has none), the year follows in the next span
_NAME_OPENS_BRACKET = re.compile(r"^(?P<head>.*[^\s(])\s*\((?P<name>[^()\d]*[^()\d\s,]),\s*$")
_YEAR_CLOSES = re.compile(r"^\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)")
_ROLE = re.compile(r"(?i)^(?:eds?|trans|transl|tr|hrsg|dir|comp|coord)\b")


def publisher_in_bracket(spans: list[Span], text: str) -> list[Span]:
    """``Outline of A Theory of Practice (CUP, | 1977).`` read as one title and the year, with no publisher
    read: the name the bracket opens on, before the year that closes it, is the publisher (or the place)."""
    if "(" not in text or "publisher" in labels_of(spans):
        return spans
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label not in _WORKS or spans[k + 1].label != "date" or not _YEAR_CLOSES.match(spans[k + 1].text):
            continue
        m = _NAME_OPENS_BRACKET.match(s.text)
        if m is None:
            return spans
        name = m.group("name")
        if not name[:1].isupper() or len(WORD.findall(name)) > 5 or len(WORD.findall(m.group("head"))) < 2:
            return spans
        if _ROLE.match(name):
            return spans
        a, z = s.start + m.start("name"), s.start + m.end("name")
        head = Span(s.label, m.group("head"), s.start, s.start + m.end("head"), s.confidence)
        imprint = Span("location" if is_place(name) else "publisher", name, a, z, s.confidence)
        return [*spans[:k], head, imprint, *spans[k + 1 :]]
    return spans
