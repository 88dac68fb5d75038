"""Mend of a Chicago note's cross-reference to the short form later notes use (CMOS 14.31): ``…, Dalhousie
University Archives, Halifax, Nova Scotia (hereafter cited as Typescript, Wilson fonds).``  It names no part of
the source, so it is a note of its own, not the end of the place or title it follows."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "(hereafter cited as …)", "(hereafter NA)", "(henceforth cited as …)": the whole parenthesis
_HEREAFTER = lazy_pattern(r"\((?:hereafter|henceforth)\b[^()]*\)")


@needs(marks=("(",), words=("hereafter", "henceforth"))
def hereafter_as_note(spans: list[Span], text: str) -> list[Span]:
    """``Halifax, Nova Scotia, Canada (hereafter cited as Typescript, Wilson fonds).`` with the parenthesis read
    into the place: the parenthesis goes to the note."""
    m = _HEREAFTER.search(text)
    if m is None:
        return spans
    inside = [s for s in spans if s.start < m.end() and m.start() < s.end]
    if not inside or len(inside) == 1 and inside[0].label == "note":
        return spans
    note = Span("note", m.group(), m.start(), m.end(), inside[0].confidence)
    return replaced(spans, text, m.start(), m.end(), [note])
