"""Mend of a Chicago note's chapter whose book names its editor, then its series, before the imprint's bracket:
``in Identities: The Impact of Ethnicity on Canadian Society, ed. Wsevolod Isajiw, Canadian Ethnic Studies
Association series, Vol. 5 (Toronto: …)``, read as one container. The editor's ``ed. Name,`` between the book's title
and the series sets the three apart: book, editor, series."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# ", ed. Wsevolod Isajiw, Canadian Ethnic Studies Association series": a person's two to four words (initials
# allowed), a comma, then a capitalised name that is no volume
_EDITOR_THEN_SERIES = lazy_pattern(
    r",\s+(?P<editor>eds?\.\s+(?:[A-Z][\w'\u2019-]*\.?\s+){1,3}[A-Z][\w'\u2019-]+),\s+"
    r"(?P<series>(?![Vv]ols?\b)[A-Z][^,()]*?)[,.]?\s*$"
)


@needs(labels=("container-title",), marks=(", ed. ", ", eds. "))
def editor_and_series_in_note_book(spans: list[Span], text: str) -> list[Span]:
    """``in Book, ed. Name, Series Name,`` read as the container: the book, its editor and its series."""
    for s in spans:
        if s.label != "container-title":
            continue
        m = _EDITOR_THEN_SERIES.search(text, s.start, s.end)
        if m is None or ", ed" in text[m.end("editor") : m.end()]:
            continue
        a, z = m.span("editor")
        sa, sz = m.span("series")
        return replaced(
            spans,
            text,
            m.start(),
            sz,
            [
                Span("editor", text[m.start() : z], m.start(), z, s.confidence),
                Span("collection-title", text[sa:sz], sa, sz, s.confidence),
            ],
        )
    return spans


# a Chicago note's "Elliott Roosevelt, editor, Title (New York: …" : one to three names given first (a second
# person after "and"), the role word between commas, then the title up to the imprint's bracket with its year
_NAME = r"(?:[A-Z][\w'\u2019-]*\.?\s+){1,3}(?:[a-z]{1,3}\s+)?[A-Z][\w'\u2019-]+"
_EDITOR_BEFORE_TITLE = lazy_pattern(
    rf"(?P<names>{_NAME}(?:,?\s+and\s+{_NAME})?),\s+(?:editors?|eds?\.),\s+"
    r"(?P<title>[A-Z\u201c\"\u2018'][^()]*?)\s+\((?=[^()]*\b\d{4}\))"
)
_OPENING_READINGS = frozenset({"author", "editor", "title"})


@needs(any_label=("author", "editor"), marks=(", editor, ", ", editors, ", ", ed., ", ", eds., "))
def editor_named_before_note_title(spans: list[Span], text: str) -> list[Span]:
    """``Name, editor, Title (Place: Publisher, 1948), 233.`` with the role word read into the title or the title
    into the names: the names before the role are the book's editor, the words after it up to the imprint's
    bracket its title."""
    if not spans or spans[0].label not in ("author", "editor"):
        return spans
    m = _EDITOR_BEFORE_TITLE.match(text, spans[0].start)
    if m is None:
        return spans
    a, z = m.span("title")
    if any(s.label not in _OPENING_READINGS for s in spans if s.start < z):
        return spans
    conf = spans[0].confidence
    return replaced(
        spans,
        text,
        m.start(),
        z,
        [Span("editor", m["names"], m.start(), m.end("names"), conf), Span("title", text[a:z], a, z, conf)],
    )


# "…, Vol. I. Charles Seymour, editor (Cambridge, Mass.: …": a book's volume closing its title, then its editor
# named before the role word and the imprint's bracket
_VOLUME_THEN_EDITOR = lazy_pattern(
    rf",\s+(?P<volume>[Vv]ol\.\s+(?:[IVXLC]+|\d+))\.\s+(?P<names>{_NAME}(?:,?\s+and\s+{_NAME})?),\s+"
    r"(?:editors?|eds?\.)\s+(?=\()"
)


_BEFORE_IMPRINT = frozenset({"title", "journal", "container-title", "volume", "editor", "location"})
_WORKS = frozenset({"title", "journal", "container-title"})


@needs(any_label=_WORKS, marks=(", editor (", ", editors (", ", ed. (", ", eds. ("))
def volume_and_editor_after_note_title(spans: list[Span], text: str) -> list[Span]:
    """``Title, Vol. I. Name, editor (Place: …)`` with the volume's number read into the editor's names, its word
    into the title, the title as a journal or the role word into the place: the title, the volume and the
    editor."""
    if not spans or spans[0].label not in _WORKS:
        return spans
    first = spans[0]
    m = _VOLUME_THEN_EDITOR.search(text, first.start)
    if m is None or m.start() <= first.start or any(s.label not in _BEFORE_IMPRINT for s in spans if s.start < m.end()):
        return spans
    va, vz = m.span("volume")
    na, nz = m.span("names")
    conf = first.confidence
    return replaced(
        spans,
        text,
        first.start,
        m.end(),
        [
            Span("title", text[first.start : m.start()], first.start, m.start(), conf),
            Span("volume", text[va:vz], va, vz, conf),
            Span("editor", text[na:nz], na, nz, conf),
        ],
    )
