"""Mend of a title whose last word PDF text ran together with the next field's first, as physics lists
extracted from PDFs read: ``… gravitational wave detectorClass .Quantum Grav .32 024001`` or ``… with
matrix product statesarXiv :1707.06434``. The model reads the glued word with the title and the rest of the
journal as a journal that opens with a full stop (no journal's name does) or the identifier as a note that
opens with a colon. The capitalised head after the title's lower-case letters belongs to the next field."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "detectorClass", "bladesNucl", "applicationsJ": lower-case letters, then an abbreviation's capitalised head
_GLUED_HEAD = lazy_pattern(r"(?<=[a-z]{3})(?:[A-Z][a-z]{0,9}|arXiv)$")
_NEXT = ("journal", "container-title", "note")


@needs(labels=["title"], any_label=_NEXT)
def glued_head_apart(spans: list[Span], text: str) -> list[Span]:
    """``detectorClass | .Quantum Grav .`` or ``statesarXiv | :1707.06434``: the head glued to the title's last
    word opens the field after it."""
    for k in range(len(spans) - 1):
        t, nxt = spans[k], spans[k + 1]
        if t.label != "title" or nxt.label not in _NEXT or text[t.end : nxt.start].strip():
            continue
        m = _GLUED_HEAD.search(t.text)
        if m is None:
            return spans
        head = m.group()
        opens = nxt.text[:1]
        if not (opens == "." and nxt.label != "note" and head != "arXiv" or opens == ":" and head == "arXiv"):
            return spans
        a = t.start + m.start()
        title = Span("title", text[t.start : a], t.start, a, t.confidence)
        rest = Span(nxt.label, text[a : nxt.end], a, nxt.end, nxt.confidence)
        return [*spans[:k], title, rest, *spans[k + 2 :]]
    return spans
