"""Mend of names set off from the title by a dash, as hand-written lists (Wikipedia's further reading
among them) write a book: ``Shun'ichi Amari - *Differential-geometrical methods in statistics*, Lecture notes
in statistics, Springer-Verlag, Berlin, 1985.``, ``R. E. Kass and P. W. Vos - *Geometrical Foundations …*,``.
The names end at the dash, and the italic run after it is the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import emphasis_runs
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the dash between the names and the italic title: a spaced hyphen or dash
_DASH = lazy_pattern(r"\s+[-\u2013\u2014]\s+$")
# what the model reads the names, the dash and the title into
_OPENING = frozenset(["author", "editor", "title", "journal", "container-title"])
_WORKS = frozenset(["journal", "container-title"])


@needs(labels=["author"], marks=(" - ", " \u2013 ", " \u2014 "))
def names_before_dash(spans: list[Span], text: str) -> list[Span]:
    """``Amari - | *Title*`` with the dash read into the names, or ``Kass and P. W. | Vos - *Title*, Series``
    with the last name and the title read as a container: the names run to the dash, the italic run after
    it is the title (a container the model read from it keeps what follows the run)."""
    runs = emphasis_runs(text)
    if not spans or spans[0].label != "author" or not runs:
        return spans
    run = runs[0]
    dash = _DASH.search(text, 0, run.start)
    if dash is None or run.text_start - run.start != 1 or "," in text[spans[0].end : dash.start()]:
        return spans
    head = [s for s in spans if s.start < run.start]
    if any(s.label not in _OPENING for s in head):
        return spans
    a = spans[0].start
    conf = min(s.confidence for s in head)
    names = Span("author", text[a : dash.start()], a, dash.start(), conf)
    if names.text == spans[0].text and spans[0].end <= dash.start():
        return spans  # read apart already
    out = [names]
    straddling = head[-1]
    if straddling.end > run.start:
        has_title = any(s.label == "title" for s in spans if s is not straddling)
        label = "title" if straddling.label in _WORKS and not has_title else straddling.label
        out.append(Span(label, text[run.start : run.end], run.start, run.end, straddling.confidence))
        if straddling.end > run.end:
            out.append(Span(straddling.label, text[run.end : straddling.end], run.end, straddling.end, conf))
    return [*out, *(s for s in spans if s.start >= run.start)]
