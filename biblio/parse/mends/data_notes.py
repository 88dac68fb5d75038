"""Mends of a data set's citation closed by a sentence on where its figures come from (``Data extracted from
Table 15.``, ``Based on data from European Network of …``), as data portals write them: the sentence is a note, no
container and no part of the title."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the sentence's opening words
_PROVENANCE = lazy_pattern(r"(?:Data\s+(?:extracted|compiled|taken)\s+from|Based\s+on\s+data\s+from)\s", re.I)
# the fields such a sentence is read into
_READ_AS = frozenset(["title", "source", "container-title", "journal"])


_STOP = lazy_pattern(r"\.\s+")


@needs(words=["from"])
def provenance_sentence_is_note(spans: list[Span], text: str) -> list[Span]:
    """``"The State of Food and Agriculture 1949". Data extracted from Table 15.`` read as a container, or
    ``Title. Based on data from …`` read into the title: a sentence opened so after the title is a note."""
    for k, s in enumerate(spans):
        if s.label not in _READ_AS:
            continue
        if k > 0 and _PROVENANCE.match(s.text) and text[: s.start].rstrip().endswith((".", '"', "”")):
            return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        for m in _STOP.finditer(s.text):
            if s.label == "title" and _PROVENANCE.match(s.text, m.end()) and s.text[: m.start()].strip():
                a = m.start() + 1
                title = Span("title", s.text[:a], s.start, s.start + a, s.confidence)
                note = Span("note", s.text[m.end() :], s.start + m.end(), s.end, s.confidence)
                return [*spans[:k], title, note, *spans[k + 1 :]]
    return spans
