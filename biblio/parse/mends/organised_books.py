"""Mend of a Brazilian chapter's editors run on into the book and its imprint.

``In: Albuquerque, J.; Cândido-Jr., J.F. & Roos, A.L. (Org.). Ornitologia e Conservação. Tubarão, Ed.
Unisul. p. 199-206.``: the editors' role in brackets (``(Org.)``, ``(Orgs.)``, ``(Coord.)``, ``(Ed.)``,
``(Eds.)``) closes their names; the book follows, then the town and the publisher (``Ed. Unisul``,
``Editora …``, or a name a publisher's word marks). The labeller reads all of it as the editors.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_ROLE_MARK = lazy_pattern(r"\((?:Orgs?|Coords?|Eds?|Dirs?)\.\)\.?\s+")
# the book, then "Town, Publisher." closing the span
_IMPRINT = lazy_pattern(
    r"^(?P<book>.+?\.)\s+(?P<town>[^.,:;]{2,40}?)\s*[,:]\s*(?P<pub>(?:Ed\.|Editora)\s.+|[^,:;]+?)\s*\.?\s*$"
)
_PUBLISHER_MARK = lazy_pattern(r"^(?:Ed\.|Editora)\s")


@needs(labels=["editor"], marks=["("])
def book_after_organisers(spans: list[Span], text: str) -> list[Span]:
    """``In: names (Org.). Book. Tubarão, Ed. Unisul.`` as one editor span: the names end at the role."""
    for k, s in enumerate(spans):
        if s.label != "editor":
            continue
        m = _ROLE_MARK.search(s.text)
        if m is None or len(s.text[m.end() :].split()) < 2:
            continue
        a = s.start + m.end()
        names = text[s.start : a].rstrip()
        editors = Span("editor", names, s.start, s.start + len(names), s.confidence)
        rest = text[a : s.end]
        parts = [Span("container-title", rest, a, s.end, s.confidence)]
        im = _IMPRINT.match(rest)
        pub = im.group("pub") if im is not None else ""
        if im is not None and (_PUBLISHER_MARK.match(pub) or PUBLISHER_WORD.search(pub) or is_place(im.group("town"))):
            b, t, p = a + im.start("book"), a + im.start("town"), a + im.start("pub")
            parts = [
                Span("container-title", text[b : a + im.end("book")], b, a + im.end("book"), s.confidence),
                Span("location", text[t:p].rstrip(), t, t + len(text[t:p].rstrip()), s.confidence),
                Span("publisher", text[p : s.end], p, s.end, s.confidence),
            ]
        return [*spans[:k], editors, *parts, *spans[k + 1 :]]
    return spans
