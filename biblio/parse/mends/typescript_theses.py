"""Mend of German's typescript mark on a thesis: ``…, Diss. (masch.) Université de Lorraine 2012.`` The bracketed
``masch.`` (maschinenschriftlich, a typescript never printed) after the degree hides the school and the year behind
it, and the model reads all three as a note. The bracket stays the note; the words after it, to the year, are the
school, then the year."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_TYPESCRIPT_SCHOOL_YEAR = lazy_pattern(
    r"^\s*(?P<mark>\((?:[Mm]asch|[Mm]aschinenschr)(?:\.|iftlich)?\))\s+"
    r"(?P<school>[A-Z\u00c0-\u00de][^\d()\[\]]{2,80}?)(?:\s+(?P<year>1[5-9]\d\d|20\d\d))?[.,]?\s*$"
)


def _part(m: re.Match[str], name: str, label: str, s: Span, text: str) -> Span:
    """The group ``name`` of ``m`` (matched in ``s.text``) as a ``label`` span."""
    a, z = s.start + m.start(name), s.start + m.end(name)
    return Span(label, text[a:z], a, z, s.confidence)


# what the model reads the mark and the school as
_MISREAD = frozenset(["note", "location", "publisher"])


@needs(labels=["genre"], marks=["masch"])
def typescript_thesis_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Diss. | (masch.) Université de Lorraine 2012.`` with the school and year read into the note (or the mark
    into the place) after the degree: the typescript mark is the note, the school the publisher, the year the
    date."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label not in _MISREAD or spans[k - 1].label != "genre":
            continue
        m = _TYPESCRIPT_SCHOOL_YEAR.match(s.text)
        if m is not None:
            parts = [_part(m, "mark", "note", s, text), _part(m, "school", "publisher", s, text)]
            if m.group("year"):
                parts.append(_part(m, "year", "date", s, text))
            return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans
