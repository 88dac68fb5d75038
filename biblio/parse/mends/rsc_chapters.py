"""Mend of the RSC's chapter, which prints no chapter title: ``F. W. E. Roth, in Die Althochdeutschen Glossen, eds
E. Steinmeyer and E. Sievers, Wiedmann, Zürich, 1895, vol. III, pp. 390–404.``

Commas alone part the authors, the book, its editors and the imprint, so the labeller reads the authors as editors,
the editors into the book or the imprint among the names. The names before ``, in`` open on their initials and are
the authors; the book runs to its editors' role word (``ed.``, ``eds``) or, with no editors, to the imprint's one or
two parts (the publisher, then a place) before the year and the pages.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.normalisers.names import PARTICLE_WORD
from biblio.parse.normalisers.places import REGIONS, is_place
from biblio.parse.spans import Span

# a name as the RSC sets it, its initials first: "F. W. E. Roth", "J.-C. Jaboulay", "G. R. de Beer", "W. Hou Je Bek"
_NAME = rf"(?:[A-Z][a-z]?\.\s?-?)+\s?(?:{PARTICLE_WORD}\s)*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{0,2}}"
_NAMES = rf"{_NAME}(?:,\s{_NAME})*(?:,?\s(?:and|&)\s{_NAME})?"
_RSC_CHAPTER = lazy_pattern(
    rf"^(?P<names>{_NAMES}),\s+in\s+(?P<body>[A-Z\d].*?)"
    r"(?:,\s+(?P<edition>\d{1,2}(?:st|nd|rd|th)\s+edn\.?))?"
    r",\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?"
    r"(?:,\s+(?P<volume>vol\.\s+[\dIVXLC]+))?"
    r",\s+(?P<pages>pp?\.\s+[A-Za-z]?\d+(?:\s*[-\u2013]\s*[A-Za-z]?\d+)?)\.?\s*$"
)
# the editors after the book: the role word, then names that open on their initials
_EDITORS = lazy_pattern(rf",\s+(?P<editors>eds?\.?\s+{_NAMES})(?=,|$)")
_PART = lazy_pattern(r",\s+")
# more parts than this after the editors are no imprint
_MOST_IMPRINT = 2


def _place(part: str) -> bool:
    """A town (``Zürich``, ``Cambridge, MA``) or a country alone (``USA``)."""
    return is_place(part) or part.strip(" .").lower() in REGIONS


@needs(labels=["pages", "date"], marks=(", in ",))
def rsc_chapter(spans: list[Span], text: str) -> list[Span]:
    """``Names, in Book, eds Names, Publisher, Place, 2002, pp. 111–114.`` with the authors read as editors, the
    editors into the book or among the names: the names before ``, in`` are the authors, the book runs to its
    editors (or to the imprint), and the imprint's parts are the publisher and its place."""
    m = _RSC_CHAPTER.match(text)
    if m is None:
        return spans
    body_start, body = m.start("body"), m.group("body")
    new: list[Span] = []
    e = _EDITORS.search(body)
    if e is not None:
        book_end = e.start()
        imprint_at = e.end() + 2 if e.end() < len(body) else None
        new_editor = Span("editor", e.group("editors"), body_start + e.start("editors"), body_start + e.end("editors"))
    else:
        parts = [p.end() for p in _PART.finditer(body)]
        # the imprint's last part a place: the publisher before it ("Association for …, USA"), else one part;
        # no comma: the book alone ("in Proceedings of …, 2002, pp. 311–318.")
        imprint_at = (parts[-2] if len(parts) >= 2 and _place(body[parts[-1] :]) else parts[-1]) if parts else None
        book_end = imprint_at - 2 if imprint_at is not None else len(body)
        new_editor = None
    new.append(Span("author", m.group("names"), m.start("names"), m.end("names")))
    new.append(Span("container-title", body[:book_end], body_start, body_start + book_end))
    if new_editor is not None:
        new.append(new_editor)
    if imprint_at is not None:
        imprint = body[imprint_at:]
        pieces = imprint.split(", ")
        if len(pieces) > _MOST_IMPRINT:
            return spans
        a = body_start + imprint_at
        if len(pieces) == 2 or not _place(imprint):
            first = pieces[0]
            new.append(Span("publisher", first, a, a + len(first)))
            a += len(first) + 2
            pieces = pieces[1:]
        if pieces:
            new.append(Span("location", pieces[0], a, a + len(pieces[0])))
    for group, label in (("edition", "edition"), ("year", "date"), ("volume", "volume"), ("pages", "pages")):
        if m.group(group):
            new.append(Span(label, m.group(group), m.start(group), m.end(group)))
    return read_anew(spans, text, 0, len(text), new)
