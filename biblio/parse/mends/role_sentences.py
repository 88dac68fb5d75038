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
# "Ed. P. V. Anderson, R. J. Brockman, and C.": given-first names whose last one stops at an initial; or the
# sentence's one name cut after its initials, "edited by K. Iu." (a transliterated "Iu." is one initial)
_CUT_AT_INITIAL = lazy_pattern(
    r"^(?:Eds?\.|[Ee]dited\s+by)\s+(?:[A-Z].*(?:,\s+|\s+(?:and|&)\s+)(?:[A-Z]\.\s?)*[A-Z]\.|(?:[A-Z][a-z]?\.\s?)+)$"
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


# "Annals. Trans. J.": a book's title and its stop, then a role's sentence cut after the name's initials
_TITLE_THEN_ROLE_CUT = lazy_pattern(
    r"^(?P<title>[^\W\d_][^.:;()]{0,80}?[^\W\d_]\.)\s+"
    r"(?P<role>(?P<tr>Trans\.|Transl\.|Translated\s+by)|Eds?\.|Edited\s+by)\s+(?:[A-Z][a-z]?\.\s?)+$"
)
_WORK_LABELS = frozenset(["journal", "container-title", "title"])
_CUT_INTO = frozenset(["publisher", "location"])


@needs(labels=["author"], any_label=_WORK_LABELS)
def role_cut_after_work(spans: list[Span], text: str) -> list[Span]:
    """Classicists' ``TACITUS. | Annals. Trans. J. | Jackson. | Cambridge, MA:`` with the translator's sentence
    read into the work and its family name into the imprint: after the author, the work's title ends at its
    stop, and the role's sentence runs to the family name's stop."""
    for k in range(1, len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if spans[k - 1].label != "author" or s.label not in _WORK_LABELS or nxt.label not in _CUT_INTO:
            continue
        m = _TITLE_THEN_ROLE_CUT.match(s.text)
        if m is None or (f := _FAMILY_STOP.match(nxt.text)) is None:
            return spans
        label = "translator" if m["tr"] else "editor"
        if any(t.label in (label, "title") for t in spans if t is not s):
            return spans
        z, a, e = s.start + m.end("title"), s.start + m.start("role"), nxt.start + f.end("family")
        out = [
            *spans[:k],
            Span("title", text[s.start : z], s.start, z, s.confidence),
            Span(label, text[a:e], a, e, min(s.confidence, nxt.confidence)),
        ]
        rest = nxt.start + f.end()
        if rest < nxt.end:
            out.append(Span(nxt.label, text[rest : nxt.end], rest, nxt.end, nxt.confidence))
        return [*out, *spans[k + 2 :]]
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
