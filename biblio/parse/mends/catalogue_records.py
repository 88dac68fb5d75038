"""Mend of a library catalogue's record copied as a reference: ``The art museum from Boullée to Bilbao / by Andrew
McClellan``, ``Museum origins : readings in early museum history / edited by Hugh H. Genoways and Mary Anne Andrei``.

A catalogue (ISBD, MARC's 245) gives the title, its other title after a spaced colon, and after a spaced slash the
statement of responsibility: ``by`` the authors, ``edited by`` the editors, their names in natural order. The model
reads the slash and what follows into the title or a publisher. All before the slash is the title, the names after
the role the authors or the editors.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import natural_name
from biblio.parse.spans import Span

# the statement closing the reference: the slash, the role, the names (natural order, joined by commas or "and")
_RESPONSIBILITY = lazy_pattern(r"\s/\s+(?P<role>(?:edited\s+)?by)\s+(?P<names>[^/]{3,200}?)\s*\.?\s*$")
_NAME_SEPARATOR = lazy_pattern(r",\s+(?:and\s+)?|\s+(?:and|&)\s+")


@needs(any_label=("title", "publisher", "author", "editor"), marks=(" / ", "by "))
def statement_of_responsibility(spans: list[Span], text: str) -> list[Span]:
    """``Title : subtitle / by William T. Stearn`` read as one title (or the names as its publisher): the title
    closes at the slash, the names after ``by`` are the authors, after ``edited by`` the editors."""
    m = _RESPONSIBILITY.search(text)
    if m is None or not spans or spans[0].start > m.start() or any(s.label == "date" for s in spans):
        return spans
    names = [part.strip() for part in _NAME_SEPARATOR.split(m["names"]) if part.strip()]
    if not names or not all(natural_name(name) for name in names):
        return spans
    label = "editor" if m["role"].startswith("edited") else "author"
    a, z = spans[0].start, m.start()
    b, e = m.start("role"), m.end("names")
    new = [Span("title", text[a:z], a, z, spans[0].confidence), Span(label, text[b:e], b, e, spans[0].confidence)]
    if [(s.label, s.text) for s in spans] == [(s.label, s.text) for s in new]:
        return spans
    return replaced(spans, text, a, e, new)
