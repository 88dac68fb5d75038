"""Theory of Computing's ``THOMAS M. LIGGETT: *Interacting Particle Systems*.``: names in small
capitals, closed by a colon.

Some journals (Theory of Computing among them) set the authors in small capitals, which text gives
as capitals, and end the list with a colon before the title.  The model, reading capitals as it reads
acronyms, ends the names early or runs the title into them; the colon after a run of capitals says
where the names end.
"""

from __future__ import annotations

import re

from biblio.parse.spans import Span

# "COLIN MCDIARMID:", "RICHARD A. HOLLEY AND THOMAS M. LIGGETT:", "É. TARDOS, J. KLEINBERG, AND D. KEMPE:"
_CAPS_NAMES = re.compile(
    r"^(?P<names>(?:[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019.-]*,?\s+){1,40}"
    r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]*[A-Z\u00c0-\u00de])\s*:\s+(?=\S)"
)
_PERSON_LABELS = frozenset(["author", "editor"])


def capitals_before_colon(spans: list[Span], text: str) -> list[Span]:
    """Names in capitals opening the reference and closed by a colon are the authors; the text after
    the colon keeps the labels the model gave it."""
    if ":" not in text:
        return spans
    m = _CAPS_NAMES.match(text)
    if m is None or len(m.group("names").split()) < 2 or not spans:
        return spans
    a, z = m.span("names")
    first = spans[0]
    if first.start > a or first.label not in _PERSON_LABELS and first.label != "title":
        return spans
    if first.label == "author" and first.end == z:
        return spans
    names = Span("author", text[a:z], a, z, first.confidence)
    rest: list[Span] = []
    for s in spans:
        if s.end <= m.end():
            continue
        if s.start < m.end():
            s = Span(s.label, text[m.end() : s.end], m.end(), s.end, s.confidence)
        rest.append(s)
    if rest and rest[0].label in _PERSON_LABELS and not any(s.label == "title" for s in rest):
        rest[:1] = _title_before_editors(rest[0])
    return [names, *rest]


# "Concentration. In MICHEL HABIB, …, editors,": the chapter's title, then its book's editors
_TITLE_IN = re.compile(r"^(?P<title>.+?[.?!])\s+In\s+(?=\S)")


def _title_before_editors(s: Span) -> list[Span]:
    """A names span left after the colon that opens with a title and ``In``: the title, then the
    editors after ``In``."""
    m = _TITLE_IN.match(s.text)
    if m is None:
        return [s]
    title = Span("title", m.group("title"), s.start, s.start + m.end("title"), s.confidence)
    editors = Span("editor", s.text[m.end() :], s.start + m.end(), s.end, s.confidence)
    return [title, editors]
