"""Mend of the ACS's chapter ``Title. In Book Title; Brown, C. D., Ed.; ACS Symposium Series 123; Publisher:
Place, 2012; pp 45–67.``: the semicolons set the book, its editors and its series apart, and the model reads
the book into the editors and the series as the book."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import group_spans
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.normalisers.names import PARTICLE_WORD
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# "In Green Chemistry; Brown, C. D., Ed.;": the book before the first semicolon, then names closed by the role
_BOOK_THEN_EDITORS = lazy_pattern(r"\s*In\s+(?P<book>[^;]{3,}?);\s+(?P<eds>[A-Z][^;]*\bEds?\.[;,]?\s*)")
_SERIES = lazy_pattern(r"\bSeries\b")
_BOOKS = frozenset(["container-title", "journal"])


@needs(labels=("editor",), marks=(";",))
def book_before_acs_editors(spans: list[Span], text: str) -> list[Span]:
    """``In Green Chemistry; Brown, C. D., Ed.;`` read as one editor span: the words before the semicolon are
    the book; a series read as the book after the editors is the series."""
    for k, s in enumerate(spans):
        if s.label != "editor":
            continue
        if (m := _BOOK_THEN_EDITORS.fullmatch(s.text)) is None:
            return spans
        a = s.start + m.start("book")
        e = s.start + m.start("eds")
        out = [
            *spans[:k],
            Span("container-title", m.group("book"), a, s.start + m.end("book"), s.confidence),
            Span("editor", text[e : s.end], e, s.end, s.confidence),
        ]
        rest = spans[k + 1 :]
        if rest and rest[0].label in _BOOKS and _SERIES.search(rest[0].text):
            series = rest[0]
            rest = [Span("collection-title", series.text, series.start, series.end, series.confidence), *rest[1:]]
        return out + rest
    return spans


# the whole "In Book; Names, Ed.; Publisher: Place," read as the book
_BOOK_EDITORS_IMPRINT = lazy_pattern(
    r"\s*In\s+(?P<book>[^;]{3,}?);\s+(?P<eds>[A-Z][^;]*\bEds?\.);\s*(?P<publisher>[^:;]{2,80}?):\s*"
    r"(?P<place>[^:;,]{2,40}(?:,\s*[A-Z]{2})?)[,;]?\s*"
)


@needs(any_label=_BOOKS, marks=("Ed.",))
def acs_book_read_whole(spans: list[Span], text: str) -> list[Span]:
    """``In Nobel Lectures, Chemistry 1996–2000; Grenthe, I., Ed.; World Scientific: Singapore,`` read as one
    book: the book, its editors, the publisher and its place, each between the semicolons."""
    for k, s in enumerate(spans):
        if s.label not in _BOOKS or (m := _BOOK_EDITORS_IMPRINT.fullmatch(s.text)) is None:
            continue
        parts = [("container-title", "book"), ("editor", "eds"), ("publisher", "publisher"), ("location", "place")]
        new = [
            Span(label, m.group(group), s.start + m.start(group), s.start + m.end(group), s.confidence)
            for label, group in parts
        ]
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans


# a name as the ACS sets it, the family name first, then the initials: "Roth, F. W. E.", "de Beer, G. R.",
# "Martínez Carro, E.", "Chang, M.-W."
_NAME = rf"(?:{PARTICLE_WORD}\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s(?:[A-Z][a-z]?\.(?:\s?-?[A-Z][a-z]?\.)*)"
# the chapter's closing imprint, year, volume and pages: "Wiedmann: Zürich, 1895; Vol. III, pp 390–404" (the
# range's dash a hyphen, an en dash or the minus sign the ACS's typesetting gives: "pp 436−480")
_ACS_CHAPTER_TAIL = (
    r"(?P<imprint>[^;]+?),\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?;\s+"
    r"(?:(?P<volume>Vol\.\s+[\dIVXLC]+),\s+)?(?P<pages>pp?\s+[A-Za-z]?\d+(?:\s*[-\u2013\u2212]\s*[A-Za-z]?\d+)?)\.?"
)
_ACS_CHAPTER_NAMES = rf"^(?P<names>{_NAME}(?:;\s{_NAME})*)\s(?P<title>[^;]+?[^\W_][.?!]?)\.?\s+In\s+"
_ACS_CHAPTER = lazy_pattern(
    _ACS_CHAPTER_NAMES + r"(?P<book>[^\W\d_].+?);\s+(?P<editors>[^;]+?,\s+Eds?\.);\s+" + _ACS_CHAPTER_TAIL
)
# the chapter of a book named with no editors: "Title. In Polymorphism in Pharmaceutical Solids; Taylor and
# Francis: Abingdon, U.K., 2009; pp 436−480." (the imprint no names' list: no "Ed." nor a second semicolon)
_ACS_CHAPTER_NO_EDITORS = lazy_pattern(
    _ACS_CHAPTER_NAMES + r"(?P<book>[^\W\d_][^;]*?);\s+(?![^;]*\bEds?\.)" + _ACS_CHAPTER_TAIL
)


@needs(labels=["pages"], marks=("Ed.;", "Eds.;"))
def acs_chapter(spans: list[Span], text: str) -> list[Span]:
    """The ACS's chapter ``Roth, F. W. E. Glossae Hildigardis. In Die Althochdeutschen Glossen; Steinmeyer, E.,
    Sievers, E., Eds.; Wiedmann: Zürich, 1895; Vol. III, pp 390–404.`` with the authors, the title and the book
    read among the editors: the names before the title, the title to ``In``, then between the semicolons the
    book, its editors with their role, the imprint (``Publisher: Place``) and its year, and the pages."""
    m = _ACS_CHAPTER.match(text)
    if m is None:
        return spans
    return _chapter_read(spans, text, m)


# a paper cited by its title after "In", then its meeting: "Names. In Title, 22nd International Electronic
# Conference on Synthetic Organic Chemistry; MDPI, 2018; p 48." (the meeting opened by its ordinal)
_ACS_MEETING_PAPER = lazy_pattern(
    rf"^(?P<names>{_NAME}(?:;\s{_NAME})*)\s+In\s+(?!(?:Proceedings|Abstracts|Book|Papers|Program|Digest)\b)"
    r"(?P<title>[^\W\d_][^;]*?),\s+(?P<book>(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth)\s[^;]*?"
    r"\b(?:Conference|Congress|Symposium|Meeting|Workshop|Colloquium|Forum|Convention)\b[^;]*?);\s+" + _ACS_CHAPTER_TAIL
)


@needs(labels=["pages"], marks=("; pp ", "; p "))
def acs_chapter_without_editors(spans: list[Span], text: str) -> list[Span]:
    """The ACS's chapter in a book named without its editors, ``Brittain, H. G.; Grant, D. J. R. Effects of
    polymorphism … In Polymorphism in Pharmaceutical Solids; Taylor and Francis: Abingdon, U.K., 2009; pp
    436−480.``, with the publisher read into the book (a name with "and" no publisher to the model): the book
    to the first semicolon, then the imprint, its year and the pages, as ``acs_chapter`` reads them. A paper
    cited with its title after "In", ``In Title, 22nd International … Conference; MDPI, 2018; p 48.``, has the
    title to the comma before the meeting's ordinal and the meeting as the book."""
    m = _ACS_CHAPTER_NO_EDITORS.match(text) or _ACS_MEETING_PAPER.match(text)
    if m is None:
        return spans
    return _chapter_read(spans, text, m)


def _chapter_read(spans: list[Span], text: str, m: re.Match[str]) -> list[Span]:
    """The spans of an ACS chapter matched whole: names, title, book, editors if named, imprint, year, pages."""
    new = [
        Span("author", m.group("names"), m.start("names"), m.end("names")),
        Span("title", m.group("title"), m.start("title"), m.end("title")),
        Span("container-title", m.group("book"), m.start("book"), m.end("book")),
    ]
    if "editors" in m.re.groupindex and m.group("editors"):
        new.append(Span("editor", m.group("editors"), m.start("editors"), m.end("editors")))
    new += _imprint(m)
    for group, label in (("year", "date"), ("volume", "volume"), ("pages", "pages")):
        if m.group(group):
            new.append(Span(label, m.group(group), m.start(group), m.end(group)))
    return read_anew(spans, text, 0, m.end(), new)


_ACS_BOOK = lazy_pattern(
    rf"^(?:(?P<names>{_NAME}(?:;\s{_NAME})*)\s)?(?P<title>[^\W\d_][^;]+?);\s+(?P<contributors>[^;]+?),\s+"
    r"(?P<role>Eds?\.|Translators?|Trans\.);\s+(?P<imprint>[^;]+?),\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?(?=[.;]|$)"
)


_IN_BOOK = lazy_pattern(r"In\s+(?=\S)")


def _imprint(m: re.Match[str]) -> list[Span]:
    """The spans of ``m``'s imprint: ``Publisher: Place``, or one name (a town alone is the place)."""
    publisher, colon, place = m.group("imprint").partition(": ")
    a = m.start("imprint")
    if colon:
        return [
            Span("publisher", publisher, a, a + len(publisher)),
            Span("location", place, a + len(publisher) + 2, m.end("imprint")),
        ]
    return [Span("location" if is_place(publisher) else "publisher", publisher, a, m.end("imprint"))]


@needs(labels=["date"], marks=("Translator;", "Ed.;", "Eds.;"))
def acs_book_contributors(spans: list[Span], text: str) -> list[Span]:
    """The ACS's book ``Kant, I. Groundwork of the Metaphysics of Morals; Gregor, M., Translator; Cambridge
    University Press: Cambridge, UK, 1997.`` (or an edited book, ``Title; de Beer, G. R., Junod, L., Eds.;
    Publisher: Place, 1952.``) with the title read among the names or the role into the publisher: between the
    semicolons the title, the translators or editors with their role, and the imprint with its year."""
    m = _ACS_BOOK.match(text)
    if m is None:
        return spans
    new = [Span("author", m.group("names"), m.start("names"), m.end("names"))] if m.group("names") else []
    if (book := _IN_BOOK.match(m.group("title"))) is not None:
        # "Lee, K. In Comprehensive Organic Synthesis II; Knochel, P., Ed.;": a chapter cited by its book alone
        a = m.start("title") + book.end()
        new.append(Span("container-title", text[a : m.end("title")], a, m.end("title")))
    else:
        new.append(Span("title", m.group("title"), m.start("title"), m.end("title")))
    label = "translator" if m.group("role").startswith("Trans") else "editor"
    new.append(Span(label, text[m.start("contributors") : m.end("role")], m.start("contributors"), m.end("role")))
    new += _imprint(m)
    new.append(Span("date", m.group("year"), m.start("year"), m.end("year")))
    return read_anew(spans, text, 0, m.end(), new)


# the ACS's book with no contributors: "Brown, T. Organic Chemistry, 8th ed.; Cengage: Boston, 2016."
_ACS_PLAIN_BOOK = lazy_pattern(
    rf"^(?P<names>{_NAME}(?:;\s{_NAME})*)\s(?![A-Z][a-z]?\.(?:[\s;,]|$))(?P<title>[^\W\d_][^;()]+?)"
    r"(?:,\s+(?P<edition>\d+(?:st|nd|rd|th)\s+ed\.))?;\s+"
    r"(?P<imprint>[^;:]+?:\s+[^;:]+?),\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?"
    r"(?:;\s+(?P<pages>pp?\s+[A-Za-z]?\d+(?:\s*[-\u2013]\s*[A-Za-z]?\d+)?))?\.?\s*$"
)


@needs(marks=(";", ":"))
def acs_plain_book(spans: list[Span], text: str) -> list[Span]:
    """The ACS's ``Brown, T. Organic Chemistry, 8th ed.; Cengage: Boston, 2016.`` with the edition read into the
    publisher or the title among the names: the names, the title (and its edition) before the semicolon, then
    ``Publisher: Place`` and the year."""
    m = _ACS_PLAIN_BOOK.match(text)
    if m is None or _paper_in_book(spans, m):
        return spans
    new = [*group_spans(m, (("author", "names"), ("title", "title"), ("edition", "edition"))), *_imprint(m)]
    new += group_spans(m, (("date", "year"), ("pages", "pages")))
    return read_anew(spans, text, 0, m.end(), new)


def _paper_in_book(spans: list[Span], m: re.Match[str]) -> bool:
    """Whether ``m``'s title opens "In " and the reading holds a book inside it: a chapter or paper cited as ``In
    Title, 22nd International Conference;``, not a book named ``In …``."""
    if not m.group("title").startswith("In "):
        return False
    a, z = m.span("title")
    return any(s.label == "container-title" and a <= s.start and s.end <= z + 1 for s in spans)


# "In *Handbook of …*; IntechOpen," : the book, then after its semicolon one name before the year's comma
# (a paper's proceedings named with no "In": "Title; Proceedings of the 2009 SIAM …; SIAM: 2009; pp 259−270.")
_BOOK_THEN_HOUSE = lazy_pattern(
    r"(?P<book>\s*(?:In\s+|(?=Proc(?:eedings|\.)\s))[^;]{3,}?);\s+(?P<house>[^\W\d_][^;:,()]*?)[,:]?\s*"
)
# the house's short name in brackets before the colon of its place: "(LBNL): Berkeley, CA,"
_SHORT_NAME_THEN_PLACE = lazy_pattern(r"\s*(?P<short>\([A-Z][A-Za-z]{1,9}\))\s*:\s*(?P<place>\S.*)")


@needs(labels=("container-title",), any_label=("date", "location"), without=("publisher", "editor"), marks=(";",))
def acs_house_closing_book(spans: list[Span], text: str) -> list[Span]:
    """The ACS's ``Title. In *Handbook of …*; IntechOpen, 2017.`` (or ``Title; Proceedings of …; SIAM: 2009;``)
    with the publisher read into the book: the name after the book's semicolon, right before the year, is the
    publisher (a known town alone, the place); before
    ``(LBNL): Berkeley, CA,`` read as the place, the name and its short name in brackets are the publisher."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "container-title" or nxt.label not in ("date", "location") or ";" not in s.text:
            continue
        m = _BOOK_THEN_HOUSE.fullmatch(s.text)
        if m is None:
            return spans
        a, z = m.span("book")
        ha = s.start + m.start("house")
        book = Span("container-title", s.text[a:z], s.start + a, s.start + z, s.confidence)
        if nxt.label == "location":
            if (p := _SHORT_NAME_THEN_PLACE.fullmatch(nxt.text)) is None or is_place(m["house"]):
                return spans
            hz, pa = nxt.start + p.end("short"), nxt.start + p.start("place")
            house = Span("publisher", text[ha:hz], ha, hz, s.confidence)
            place = Span("location", text[pa : nxt.end], pa, nxt.end, nxt.confidence)
            return [*spans[:k], book, house, place, *spans[k + 2 :]]
        label = "location" if is_place(m["house"]) else "publisher"
        return [*spans[:k], book, Span(label, text[ha : s.end], ha, s.end, s.confidence), *spans[k + 1 :]]
    return spans
