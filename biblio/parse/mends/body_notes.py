"""Mend of a body and a title read as one note opening the reference: AMA's web page ``Centers for Disease Control
and Prevention. Influenza (flu). Updated March 1, 2021. Accessed …`` with no author and no title read. The first
sentence names a body (its words say so), the second is the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import has_org_word
from biblio.parse.spans import Span

# the body's sentence, then the title's, the span closing after it
_BODY_THEN_TITLE = lazy_pattern(r"(?P<body>[A-Z][^.?!:;]{2,100}?)\.\s+(?P<title>[A-Z0-9][^.]{1,200}?[.?!]?)\s*")
_DATES = frozenset(["date", "accessed"])


@needs(labels=("note",), without=("author", "editor", "title"))
def body_and_title_in_note(spans: list[Span], text: str) -> list[Span]:
    """``Centers for Disease Control and Prevention. Influenza (flu).`` read as one note before the dates: the
    body is the author, the sentence after it the title."""
    if len(spans) < 2 or spans[0].label != "note" or spans[1].label not in _DATES:
        return spans
    s = spans[0]
    m = _BODY_THEN_TITLE.fullmatch(s.text)
    if m is None or not has_org_word(m.group("body")):
        return spans
    t = s.start + m.start("title")
    return [
        Span("author", m.group("body") + ".", s.start, s.start + m.end("body") + 1, s.confidence),
        Span("title", text[t : s.end], t, s.end, s.confidence),
        *spans[1:],
    ]
