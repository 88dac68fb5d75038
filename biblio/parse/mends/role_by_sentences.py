"""Mends of Chicago's role sentences after a book's plain title, read into the neighbouring spans:
``Musical Poetics. Translation by Benito Rivera.`` and ``Ragionamento di musica. Compiled by Suzanne Clercx.``
closing the title; ``Translated by Guy Marco and Claude Palisca, edited by Claude Palisca.`` with the editor
read as the translators' or the publisher's; ``In Book Title. Compiled by Albert Seay. n.p.:`` read as one list of
editors."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# names in natural order: capitalised words (initials with their stops), particles and "and" between them, the
# last one a family name spelled out
_NAMES = (
    r"[A-Z][^\W\d_'’-]*\.?(?:['’-][^\W\d_]+)*"
    r"(?:,?\s+(?:[A-Z][^\W\d_'’-]*\.?(?:['’-][^\W\d_]+)*|and|&|de|da|di|du|van|von|der|la|le)){1,8}"
    r"(?<=[^\W\d_]{2})"
)
_ROLE = r"(?P<role>Compiled|Translation|Translated|Edited)\s+by"
# "Musical Poetics. Translation by Benito Rivera.": the title, its stop, the role's sentence closing the span
_ROLE_CLOSING_TITLE = lazy_pattern(rf"^(?P<head>.*?[^\W\d_)][.?!])\s+(?P<names>{_ROLE}\s+{_NAMES})\.?\s*$")
# "In Johannes Tinctoris Opera Theoretica. Compiled by Albert Seay. n.p.:": the book, the role's sentence, an
# unknown place
_IN_BOOK_ROLE = lazy_pattern(
    rf"^(?P<book>In\s+[A-Z][^.]{{2,200}}?[^\W\d_]\.)\s+(?P<names>{_ROLE}\s+{_NAMES}\.)"
    r"(?:\s+(?P<place>[Nn]\.\s?[Pp]\.\s*[:.,]?))?\s*$"
)
# "Translated by Maria Rika Maniates and edited by Claude Palisca.": the editor's phrase after the translators'
_EDITED_AFTER = lazy_pattern(rf"(?:,\s*|\s+and\s+)(?=(?P<names>edited\s+by\s+{_NAMES}\.?\s*$))")
# "edited by Claude Palisca. New Haven and London:": the editor's sentence opening the imprint
_EDITED_OPENS = lazy_pattern(rf"^(?P<names>edited\s+by\s+{_NAMES}\.)\s+(?=[A-Z])")
_LABELS = {"Compiled": "editor", "Edited": "editor", "Translation": "translator", "Translated": "translator"}


@needs(labels=("title",), marks=(" by ",))
def role_sentence_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Pontio, Pietro. | Ragionamento di musica. Compiled by Suzanne Clercx. | Kassel:``: a role's sentence
    read into the plain title's end names the editors (or the translators), and the title ends at its stop."""
    for k, s in enumerate(spans):
        if s.label != "title" or " by " not in s.text or (m := _ROLE_CLOSING_TITLE.match(s.text)) is None:
            continue
        label = _LABELS[m.group("role")]
        if any(t.label == label for t in spans):
            return spans
        z, a = s.start + m.end("head"), s.start + m.start("names")
        return [
            *spans[:k],
            Span("title", text[s.start : z], s.start, z, s.confidence),
            Span(label, text[a : s.end], a, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


@needs(labels=("editor",), marks=(" by ",))
def in_book_then_role_sentence(spans: list[Span], text: str) -> list[Span]:
    """``Liber de arte contrapuncti. | In Johannes Tinctoris Opera Theoretica. Compiled by Albert Seay. n.p.: |
    American Institute of Musicology`` read as one list of editors: the book after ``In``, the role's sentence
    its editors, and ``n.p.`` the unknown place."""
    for k, s in enumerate(spans):
        if s.label != "editor" or not s.text.startswith("In ") or (m := _IN_BOOK_ROLE.match(s.text)) is None:
            continue
        if "container-title" in {t.label for t in spans}:
            return spans
        new = [
            Span("container-title", m.group("book"), s.start, s.start + m.end("book"), s.confidence),
            Span(_LABELS[m.group("role")], m.group("names"), s.start + m.start("names"), s.start + m.end("names"),
                 s.confidence),
        ]
        if m.group("place"):
            new.append(Span("location", m.group("place"), s.start + m.start("place"), s.start + m.end("place"),
                            s.confidence))
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans


@needs(labels=("translator",), marks=("edited by",))
def editor_after_translators(spans: list[Span], text: str) -> list[Span]:
    """``Translated by Maria Rika Maniates and edited by Claude Palisca.`` read as the translators, or ``Translated
    by Guy Marco and Claude Palisca, | edited by Claude Palisca. New Haven and London:`` with the editor's sentence
    read into the imprint: the names after ``edited by`` are the editors."""
    for k, s in enumerate(spans):
        if s.label != "translator":
            continue
        if (m := _EDITED_AFTER.search(s.text)) is not None:
            z, a = s.start + m.start(), s.start + m.start("names")
            return [
                *spans[:k],
                Span("translator", text[s.start : z], s.start, z, s.confidence),
                Span("editor", text[a : s.end], a, s.end, s.confidence),
                *spans[k + 1 :],
            ]
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if nxt is None or nxt.label not in ("publisher", "location") or (m := _EDITED_OPENS.match(nxt.text)) is None:
            continue
        z, b = nxt.start + m.end("names"), nxt.start + m.end()
        rest = nxt.text[m.end() :]
        label = "location" if rest.rstrip().endswith(":") else nxt.label
        return [
            *spans[: k + 1],
            Span("editor", text[nxt.start : z], nxt.start, z, nxt.confidence),
            Span(label, text[b : nxt.end], b, nxt.end, nxt.confidence),
            *spans[k + 2 :],
        ]
    return spans
