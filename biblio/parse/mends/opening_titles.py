"""Mends of a work known by its title, which opens the reference in italics: ``*Oxford English
dictionary*, 1989.`` (Harvard), ``*A Guide to Boston*. Beantown Publishing, 2000.`` (MLA).

The model reads such an opening as the names (``Macbeth*,``, ``A``) or a note. What lies inside the
italics that open the reference is the title.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.bold_names import bold_name_then_italics
from biblio.parse.mends.common import emphasis_runs
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_OPENERS = frozenset(["author", "editor", "note", "journal", "container-title", "publisher", "title"])
# an editor's word and a name after the opening italics: ", ed. Ted Genoways", ", edited by Ann Lee"
_EDITOR_AFTER = lazy_pattern(r"^[,.]\s+((?:eds?\.|edited by)\s+[A-Z])")


@needs(marks=["*"])
def opening_italics_title(spans: list[Span], text: str) -> list[Span]:
    """The spans inside the italics that open the reference, read as names or a note, are one title."""
    if not text.lstrip().startswith("*") or not spans or bold_name_then_italics(text) is not None:
        return spans
    runs = [r for r in emphasis_runs(text) if not text[: r.start].strip()]
    if not runs:
        return spans
    run = runs[0]
    inside = 0
    while inside < len(spans) and spans[inside].start < run.end and spans[inside].label in _OPENERS:
        inside += 1
    if inside == 0 or all(s.label == "title" for s in spans[:inside]):
        return spans
    first, last = spans[0], spans[inside - 1]
    rest: list[Span] = []
    if last.end > run.end + 2:
        # ``*Walt Whitman: The Correspondence*, ed. Name`` with the title's tail and the editor after it in one span:
        # the editor's word after the italics opens the editors
        tail = text[run.end : last.end]
        if (role := _EDITOR_AFTER.match(tail)) is None:
            return spans  # the span runs on past the italics: not the title alone
        a = run.end + role.start(1)
        rest = [Span("editor", text[a : last.end], a, last.end, last.confidence)]
        last = Span(last.label, text[last.start : run.end], last.start, run.end, last.confidence)
    title = Span(
        "title", text[first.start : last.end], first.start, last.end, min(s.confidence for s in spans[:inside])
    )
    return [title, *rest, *spans[inside:]]


# a title closed by its own exclamation or question mark and the entry's full stop after it: "… Rocks!. Auckland,"
_MARK_THEN_STOP = lazy_pattern(r"[!?]\.\s+(?=[A-Z])")


@needs(labels=["author", "location"], marks=("!.", "?."))
def exclaimed_title_read_as_names(spans: list[Span], text: str) -> list[Span]:
    """Chicago's no-author entry ``Architecture at Unitec Rocks!. Auckland, | New Zealand: …`` read as one name run
    into the place's town: no name closes on its own ``!`` or ``?``, so the words up to it are the title and the words
    after it open the place."""
    if len(spans) < 2 or spans[0].label != "author" or spans[0].start > 0:
        return spans
    head = spans[0]
    if (
        len(spans) > 2
        and spans[1].label == "title"
        and spans[2].label == "location"
        and head.text.rstrip().endswith(("!.", "?."))
        and is_place(spans[1].text.strip(" ,"))
    ):
        # "Hooray for Harbours!. | Wellington, | New Zealand:": the town read as the title
        z = head.start + len(head.text.rstrip()) - 1
        town, country = spans[1], spans[2]
        return [
            Span("title", text[head.start : z], head.start, z, head.confidence),
            Span("location", text[town.start : country.end], town.start, country.end, country.confidence),
            *spans[3:],
        ]
    place = spans[1]
    if place.label != "location":
        return spans
    m = _MARK_THEN_STOP.search(head.text)
    if m is None or text[head.end : place.start].strip():
        return spans
    z = head.start + m.start() + 1  # the title keeps its own mark
    a = head.start + m.end()
    return [
        Span("title", text[head.start : z], head.start, z, head.confidence),
        Span("location", text[a : place.end], a, place.end, place.confidence),
        *spans[2:],
    ]
