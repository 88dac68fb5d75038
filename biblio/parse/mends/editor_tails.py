"""Mends of what follows an editor's names read into them: Chicago's ``Kenyon, Frederic G., ed. Books and Readers
in …`` with the title's first word read as one more name, and SBL's chapter ``…, edited by Bart D. Ehrman and
Michael W. Holmes. NTTSD 42. Leiden: Brill, 2013.`` with the book's numbered series read into the last editor's
name."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "Kenyon, Frederic G., ed. Books": an inverted name, its "ed."/"eds." and the words after it
_ED_THEN_WORDS = lazy_pattern(r"^[^\W\d_][^,]*(?:,[^,]+)?,\s*eds?\.(?=\s+[^\W\d_])")
# "edited by … Michael W. Holmes. NTTSD 42.": a full stop after a written-out word (no initial), then a capitalised
# name of a few words (an acronym, "Teologiske Studier", "T&S III") closed by its number
_EDITED_BY = lazy_pattern(r"(?i)^edited\s+by\s")
_SERIES_AFTER_NAMES = lazy_pattern(
    r"(?<=[^\W\d_]{3})\.\s+(?P<series>[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,5}\s+\d{1,4}[A-Za-z]?)[.,]?\s*$"
)
# the same series with its number read apart, as pages or a volume: "edited by … Jones. JSNTSup | 199. | Sheffield:"
_SERIES_HEAD_AFTER_NAMES = lazy_pattern(r"(?<=[^\W\d_]{3})\.\s+(?P<series>[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,5})\s*$")
_NUMBER_READ_APART = frozenset(["pages", "volume"])
_IMPRINT = frozenset(["location", "publisher"])


@needs(labels=["editor", "title"], words=[", ed", ",ed"])
def title_word_after_ed(spans: list[Span], text: str) -> list[Span]:
    """``Family, Given, ed. Books | and Readers …`` with the title's first word read into the editor's span:
    the inverted name ends at its ``ed.``, and the words after it open the title."""
    for k, s in enumerate(spans[:-1]):
        if s.label != "editor":
            continue
        nxt = spans[k + 1]
        m = _ED_THEN_WORDS.match(s.text)
        if m is None or nxt.label != "title" or nxt.start > s.end + 1:
            return spans
        cut = s.start + m.end()
        head = text[cut : nxt.start].lstrip()
        a = nxt.start - len(head)
        return [
            *spans[:k],
            Span("editor", text[s.start : cut], s.start, cut, s.confidence),
            Span("title", text[a : nxt.end], a, nxt.end, nxt.confidence),
            *spans[k + 2 :],
        ]
    return spans


@needs(labels=["editor"], any_label=_IMPRINT, words=["edited by"])
def series_closing_edited_by(spans: list[Span], text: str) -> list[Span]:
    """SBL's ``edited by Bart D. Ehrman and Michael W. Holmes. NTTSD 42. | Leiden:`` with the book's numbered series
    read as the last editor's surname: after the names' closing full stop, a capitalised name closed by a number
    and then the imprint is the collection's title."""
    for k, s in enumerate(spans[:-1]):
        if s.label != "editor" or not _EDITED_BY.match(s.text):
            continue
        if _series_as_journal(spans, k):
            # "edited by Sigfred Pederson. | Teologiske Studier | 7. | Göttingen:": the series and its number
            j, v = spans[k + 1], spans[k + 2]
            z = v.end - len(v.text) + len(v.text.rstrip(" .,"))
            return [
                *spans[: k + 1],
                Span("collection-title", text[j.start : z], j.start, z, j.confidence),
                *spans[k + 3 :],
            ]
        if _number_apart(spans, k) and (h := _SERIES_HEAD_AFTER_NAMES.search(s.text)) is not None:
            n = spans[k + 1]
            a, z = s.start + h.start("series"), n.start + len(n.text.rstrip(" .,"))
            cut = s.start + h.start() + 1
            return [
                *spans[:k],
                Span("editor", text[s.start : cut], s.start, cut, s.confidence),
                Span("collection-title", text[a:z], a, z, s.confidence),
                *spans[k + 2 :],
            ]
        if spans[k + 1].label not in _IMPRINT:
            continue
        m = _SERIES_AFTER_NAMES.search(s.text)
        if m is None:
            return spans
        a, z = s.start + m.start("series"), s.start + m.end("series")
        cut = s.start + m.start() + 1
        return [
            *spans[:k],
            Span("editor", text[s.start : cut], s.start, cut, s.confidence),
            Span("collection-title", text[a:z], a, z, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


def _series_as_journal(spans: list[Span], k: int) -> bool:
    """Whether the book's editors at ``k`` are followed by a series read as a journal and its number as the volume,
    then the imprint, in a chapter (a book named before its editors)."""
    return (
        k + 3 < len(spans)
        and spans[k + 1].label == "journal"
        and spans[k + 2].label == "volume"
        and spans[k + 3].label in _IMPRINT
        and spans[k + 2].text.strip(" .,").isdigit()
        and any(s.label == "container-title" for s in spans[:k])
    )


def _number_apart(spans: list[Span], k: int) -> bool:
    """Whether the editors' span at ``k`` is followed by a bare number read as pages or a volume, then the imprint."""
    return (
        k + 2 < len(spans)
        and spans[k + 1].label in _NUMBER_READ_APART
        and spans[k + 1].text.strip(" .,").isdigit()
        and spans[k + 2].label in _IMPRINT
    )


# initials-first editors cut after the last one's initials: "eds C. D. Hansen, … and H." then "Hagen (Berlin, NY:"
_CUT_AFTER_INITIAL = lazy_pattern(r"(?:^|\s)[A-Z]\.$")
# the family name opening the imprint's bracket: "Hagen (Berlin, NY: Springer)"
_FAMILY_BEFORE_BRACKET = lazy_pattern(r"^(?P<family>[A-Z][\w'’-]+)\s+(?=\()")


@needs(labels=["editor"], any_label=_IMPRINT, marks=("(",))
def family_read_into_imprint(spans: list[Span], text: str) -> list[Span]:
    """Frontiers' chapter ``in *Book,* eds C. D. Hansen, M. Chen, and H. Hagen (Berlin, NY: Springer), 3–27.`` with
    the last editor's family name read as the opening of the place: it closes the editors' names."""
    for k, s in enumerate(spans[:-1]):
        nxt = spans[k + 1]
        if s.label != "editor" or nxt.label not in _IMPRINT or text[s.end : nxt.start].strip():
            continue
        if _CUT_AFTER_INITIAL.search(s.text.rstrip()) is None:
            continue
        if (m := _FAMILY_BEFORE_BRACKET.match(nxt.text)) is None:
            continue
        cut = nxt.start + m.end("family")
        rest = nxt.start + m.end()
        names = Span("editor", text[s.start : cut], s.start, cut, s.confidence)
        place = Span(nxt.label, text[rest : nxt.end], rest, nxt.end, nxt.confidence)
        return [*spans[:k], names, place, *spans[k + 2 :]]
    return spans


# the role word closing the book's title after its comma, the editors' names after it: "in *Scientific
# Visualization,* eds" (never an edition's "2nd ed")
_ROLE_CLOSING_BOOK = lazy_pattern(r"(?<=[,*_])\s*\beds?\.?$")


@needs(labels=["editor", "container-title"], words=["ed"])
def role_closing_book_title(spans: list[Span], text: str) -> list[Span]:
    """Frontiers' chapter ``in *Scientific Visualization,* eds C. D. Hansen, …`` with ``eds`` read into the book's
    title: the role word opens the editors' names."""
    for k, s in enumerate(spans[:-1]):
        nxt = spans[k + 1]
        if s.label != "container-title" or nxt.label != "editor" or text[s.end : nxt.start].strip():
            continue
        if (m := _ROLE_CLOSING_BOOK.search(s.text.rstrip())) is None:
            continue
        cut = s.start + m.start()
        book = Span(s.label, text[s.start : cut], s.start, cut, s.confidence)
        names = Span("editor", text[cut : nxt.end], cut, nxt.end, nxt.confidence)
        return [*spans[:k], book, names, *spans[k + 2 :]]
    return spans
