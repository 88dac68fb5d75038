"""Mend of a title's closing words read as fields of their own before a Vancouver imprint.

Vancouver (NLM) titles often end on a place and a period (``…, São Luís, Maranhão, Brazil, 2006.``,
``…, United States, December 2020-September 2022.``, ``…, U.S., National Immunization Survey-Child
2017.``), and the model reads those words as a place, a date or a journal. The imprint after the
journal's name, ``Cad Saude Publica. 2013 mar;29(3):522-34``, shows where the record's date is: a
date that runs into the volume (``2013 mar;``). Where the reading has that imprint, every place, date
or journal read between the title and the journal before it is the title's end.
"""

from __future__ import annotations

from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_BETWEEN = frozenset({"location", "date", "journal", "note"})


def _imprint_date(spans: list[Span], k: int) -> bool:
    """Whether spans[k] is Vancouver's imprint date: a date closed by ``;`` or followed by the volume."""
    s = spans[k]
    if s.label != "date":
        return False
    return s.text.rstrip().endswith(";") or k + 1 < len(spans) and spans[k + 1].label == "volume"


@needs(labels=("title", "journal", "date", "volume"), marks=[";"])
def title_tail_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Title, São Luís, | Maranhão, Brazil, | 2006. | Cad Saude Publica. | 2013 mar; | 29``: the place
    and year before the journal of a Vancouver imprint close the title."""
    for j in range(1, len(spans) - 1):
        if spans[j].label != "journal" or not _imprint_date(spans, j + 1):
            continue
        t = j - 1
        while t >= 0 and spans[t].label in _BETWEEN:
            t -= 1
        if t < 0 or spans[t].label != "title" or t == j - 1:
            return spans
        between = spans[t + 1 : j]
        if not any(s.label in ("date", "location") for s in between):
            return spans
        last = between[-1]
        end = last.start + len(last.text.rstrip(" .,;:"))
        title = spans[t]
        return [*spans[:t], Span("title", text[title.start : end], title.start, end, title.confidence), *spans[j:]]
    return spans


_NAMES = frozenset(["author", "editor", "citation-number"])
_IMPRINT = frozenset(["edition", "location", "publisher"])


@needs(labels=("publisher",), without=("title", "journal", "container-title"), marks=(";",))
def title_read_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """NLM's ``Murray PR, …, Pfaller MA. | Medical microbiology. | 4th ed. | St. Louis: | Mosby; 2002.`` with the
    book's title read as a first publisher and no title read: the first name after the authors, before the
    edition or the ``Place: Publisher;`` imprint, is the title."""
    k = next((i for i, s in enumerate(spans) if s.label not in _NAMES), None)
    if k is None or k == 0 or spans[k].label != "publisher" or k + 1 >= len(spans):
        return spans
    if spans[k + 1].label not in _IMPRINT or not any(s.label == "publisher" for s in spans[k + 1 :]):
        return spans
    s = spans[k]
    return [*spans[:k], Span("title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]


@needs(labels=("title", "editor", "publisher", "location"), without=("container-title", "journal"))
def book_read_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """NLM's chapter ``Title. In: Manstead ASR, …, editors. | Book. | Warszawa: | Publisher; 1996.`` with the book's
    name read as a first publisher: the name after the ``In:`` editors, before the ``Place: Publisher`` imprint, is
    the book."""
    for k, s in enumerate(spans[:-3]):
        if s.label != "editor" or not s.text.startswith("In"):
            continue
        book, place, house = spans[k + 1 : k + 4]
        if book.label == "publisher" and place.label == "location" and house.label == "publisher":
            return [*spans[: k + 1], Span("container-title", book.text, book.start, book.end, book.confidence),
                    *spans[k + 2 :]]
        return spans
    return spans
