"""Mend of the chapter as Springer's pages cite it ("Cite this paper"): ``Felleisen, M. (1990). Title. In: Jones,
N. (eds) ESOP '90. ESOP 1990. Lecture Notes in Computer Science, vol 432. Springer, Berlin, Heidelberg.
https://doi.org/…``. After the editors and their bare role word come the book, the meeting's short name and
year, and the series before its ``vol``: the labeller cuts them at the meeting's year (read as a date), reads the
role word and the book's first words as a date, or the series as a second book."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the editors' bare role word, Springer's own: "(eds) " / "(ed) "
_ROLE = lazy_pattern(r"\((?:eds?|Eds?)\)\s+(?=[^\W\d_])")
# after it: the book, the meeting's name and year (Springer's own line, when it has one), the series and the comma
# before "vol": "Advanced Communication and Networking. ACN 2011. Communications in … Science, "
_BOOK_MEETING_SERIES = lazy_pattern(
    r"(?P<book>[^\W\d_].*?[\w')’?!])\.\s+"
    r"(?:(?P<meeting>[A-Z][^.]{0,60}?\b(?:19|20)\d\d[a-z]?)\.\s+)?"
    r"(?P<series>[A-Z][^.]{2,120}?),\s*"
)
_VOL = lazy_pattern(r"vol \d")


@needs(labels=("editor", "volume"), marks=("(eds) ", "(ed) ", "(Eds) ", "(Ed) "), words=("vol ",))
def springer_book_meeting_series(spans: list[Span], text: str) -> list[Span]:
    """Springer's ``In: Jones, N. (eds) | ESOP '90. ESOP | 1990. | Lecture Notes …, | vol 432.`` (``In: Kim, Th., …
    (eds) Book. ACN 2011. | Communications in …, | vol 199``) with the meeting's year read as the date or the series
    as a second book: between the role word and ``vol`` are the book, the meeting (a note) and the series."""
    role = _ROLE.search(text)
    if role is None:
        return spans
    at = role.start()
    e = next(
        (
            k
            for k, s in enumerate(spans)
            if s.label == "editor" and s.start < at and (at < s.end or not text[s.end : at].strip())
        ),
        None,
    )
    v = next((k for k, s in enumerate(spans) if s.label == "volume" and _VOL.match(s.text)), None)
    if e is None or v is None or v <= e:
        return spans
    m = _BOOK_MEETING_SERIES.fullmatch(text, role.end(), spans[v].start)
    if m is None:
        return spans
    editor = spans[e]
    close = len(text[: role.end()].rstrip())
    made = [Span("editor", text[editor.start : close], editor.start, close, editor.confidence)]
    a, z = m.span("book")
    made.append(Span("container-title", text[a : z + 1], a, z + 1, editor.confidence))
    if m["meeting"] is not None:
        a, z = m.span("meeting")
        made.append(Span("note", text[a:z], a, z, editor.confidence))
    a, z = m.span("series")
    made.append(Span("collection-title", text[a : z + 1], a, z + 1, editor.confidence))
    if [(s.label, s.start, s.end) for s in spans[e:v]] == [(s.label, s.start, s.end) for s in made]:
        return spans
    return [*spans[:e], *made, *spans[v:]]
