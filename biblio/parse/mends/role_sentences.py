"""Mends of MLA's editors' sentence after the book, ``Book Title. Ed. P. V. Anderson and C. Miller.``, read
across its stops: the book's last words read as the start of the editors' sentence (``Revisited. Ed. Ann
Lee.``), or the sentence cut after a given name's initial with the family name left to the next span
(``and C. | Miller. Farmingdale:``)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_BOOKS = frozenset(["container-title", "journal"])
# "Revisited. Ed. Ann Lee.": words closed by a stop, then the role word that opens the editors' sentence
_BOOK_TAIL = lazy_pattern(r"^(?P<tail>[^\W\d_][^.:;()]{0,60}?[^\W\d_]\.)\s+(?=(?:Eds?\.|Edited\s+by)\s+[A-Z])")
# "Ed. P. V. Anderson, R. J. Brockman, and C.": given-first names whose last one stops at an initial
_CUT_AT_INITIAL = lazy_pattern(
    r"^(?:Eds?\.|Edited\s+by)\s+[A-Z].*(?:,\s+|\s+(?:and|&)\s+)(?:[A-Z]\.\s?)*[A-Z]\.$"
)
# "Miller. Farmingdale:": the family name, its stop, then the rest of the span
_FAMILY_STOP = lazy_pattern(r"^(?P<family>[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*\.)(?:\s+(?=\S)|$)")


@needs(labels=["editor"], any_label=_BOOKS)
def book_tail_opens_editors(spans: list[Span], text: str) -> list[Span]:
    """``Children in Culture | Revisited. Ed. Ann Lee.``: the words before the role word's sentence, read as
    the editors' span right after the book's (or a journal's), end the book's title."""
    for k in range(1, len(spans)):
        book, s = spans[k - 1], spans[k]
        if s.label != "editor" or book.label not in _BOOKS or text[book.end : s.start].strip():
            continue
        m = _BOOK_TAIL.match(s.text)
        if m is None:
            continue
        z = s.start + m.end("tail")
        a = s.start + m.end()
        return [
            *spans[: k - 1],
            # (a book: a journal is not named before its editors)
            Span("container-title", text[book.start : z], book.start, z, min(book.confidence, s.confidence)),
            Span("editor", text[a : s.end], a, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


@needs(labels=["editor"])
def family_after_initial(spans: list[Span], text: str) -> list[Span]:
    """``Ed. P. V. Anderson, R. J. Brockman, and C. | Miller. Farmingdale:``: an editors' sentence that stops
    at a given name's initial has its last family name, and the stop that ends the sentence, in the span
    after it."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "editor" or not _CUT_AT_INITIAL.match(s.text) or text[s.end : nxt.start].strip():
            continue
        m = _FAMILY_STOP.match(nxt.text)
        if m is None:
            continue
        z = nxt.start + m.end("family")
        a = nxt.start + m.end()
        names = Span("editor", text[s.start : z], s.start, z, min(s.confidence, nxt.confidence))
        if a >= nxt.end:
            return [*spans[:k], names, *spans[k + 2 :]]
        return [*spans[:k], names, Span(nxt.label, text[a : nxt.end], a, nxt.end, nxt.confidence), *spans[k + 2 :]]
    return spans


# "Translated by S.G.C. Middlemore. Swan Sonnenschein": the role sentence (given-first names, the last family
# name spelled out and closed by its stop), then the publisher's words before the bracketed year
_SENTENCE_THEN_PUBLISHER = lazy_pattern(
    r"^(?P<names>(?:Translated|Edited|Trans\.|Ed\.)\s+(?:by\s+)?(?:[A-Z][^\W\d_]*\.?\s*){1,4}"
    r"[A-Z][^\W\d_]{2,}(?:['’-][^\W\d_]+)*)\.\s+"
    r"(?P<publisher>[A-Z][^\W\d_]+(?:\s+(?:&|and|[A-Z][^\W\d_]*\.?)){0,4})\s*[,.]?\s*$"
)
_ROLE_LABELS = frozenset(["editor", "translator"])


@needs(any_label=_ROLE_LABELS, without=["publisher"])
def publisher_after_role_sentence(spans: list[Span], text: str) -> list[Span]:
    """``(1860). Translated by S.G.C. Middlemore. Swan Sonnenschein (1904), pp. 301–302.`` with the translation's
    publisher read into the translator's sentence: the sentence ends with the family name's stop, and the
    capitalised words after it, before the translation's year, are the publisher."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in _ROLE_LABELS or nxt.label != "date" or (m := _SENTENCE_THEN_PUBLISHER.match(s.text)) is None:
            continue
        z, a = s.start + m.end("names"), s.start + m.start("publisher")
        return [
            *spans[:k],
            Span(s.label, text[s.start : z + 1], s.start, z + 1, s.confidence),
            Span("publisher", text[a : s.end], a, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans
