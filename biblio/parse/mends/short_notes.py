"""Mend of a Chicago short note citing a book: ``Kura, *Teaching and Learning*, 43.``, ``Otto and Brown,
*Sustainability in Practice*, 43.``, ``Larsen et al., *Decline and Fall*, 43.``, ``Spratt, Horner and Porgie,
*Who Stole the Pies?* 43.`` The note is the authors' surnames, the book's title shortened in italics and the page
cited, nothing else; read as a reference it looks like a journal and its volume. With nothing but surnames
before the italic run and a page after it, the run is the title and the number the page."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.mends.note_books import LOCATOR_PART
from biblio.parse.normalisers.names import known_given
from biblio.parse.review.lexicon import mostly_a_name, row_of
from biblio.parse.spans import Span

# (a family name may open on its particle: "De Madariaga", "van der Veen", "Le Goff")
_SURNAME = (
    r"(?:(?:[Dd](?:e|i|u|a|el|ella|es)|[Vv]an(?:\s+(?:der|den|de))?|[Vv]on(?:\s+der)?|L[ae]|Du|ten|ter)\s+)?"
    r"[A-Z][^\W\d_]*(?:['\u2019-][A-Z]?[^\W\d_]+)*"
)
_SHORT_NOTE = lazy_pattern(
    rf"(?P<names>{_SURNAME}(?:(?:,\s+|,?\s+and\s+){_SURNAME})*(?:,?\s+et\s+al\.)?),\s+"
    r"(?P<title>\*[^*]{2,120}\*|_[^_]{2,120}_|\u201c[^\u201d]{2,120}\u201d|\"[^\"]{2,120}\"),?\s+"
    # the page cited, or the chapter and document of a book without fixed pages ("chap. 4, doc. 29")
    rf"(?:(?P<page>(?:\d+|[ivxlc]+)(?:[-\u2013]\d+)?)|(?P<loc>{LOCATOR_PART}(?:,\s+{LOCATOR_PART})*))\.?"
)
# ", and" before ",": the serial comma belongs to the word that joins the last name
_NAME_BREAK = lazy_pattern(r",?\s+and\s+|,\s+")
_YEAR = lazy_pattern(r"1[5-9]\d\d|20\d\d")
# a quoted title whose comma stands inside its closing quote, as a Chicago note sets it
_NOTE_COMMA = lazy_pattern(r",[\u201d\"]$")
# a number a recent work's year may be: after a quoted title it stays the year (``[118] Miguel, "Title," 2014.``)
_RECENT_YEAR = lazy_pattern(r"19\d\d|20\d\d")
_LIST_LABEL = lazy_pattern(r"\s*\[\d{1,4}\]")


@needs(marks=("*", "_", '"', "\u201c"))
def short_note_of_book(spans: list[Span], text: str) -> list[Span]:
    """``Larsen et al., *Decline and Fall*, 43.`` read as a journal and its volume: the italic run (or an
    article's quoted title, ``Kolbert, "Lost World," 50.``) is the shortened title and the number the page cited."""
    m = _SHORT_NOTE.fullmatch(text.strip())
    page = m.group("page") if m is not None else None
    if m is None or page and _YEAR.fullmatch(page) and not _page_after_note_title(m.group("title"), page, text):
        # "Smith, *Book*, 1999.": a year, no page
        return spans
    off = len(text) - len(text.lstrip())
    conf = min((s.confidence for s in spans), default=1.0)
    names = m.group("names")
    parts: list[Span] = []
    at = off
    for piece in _NAME_BREAK.split(names):
        a = text.index(piece, at)
        parts.append(Span("author", piece, a, a + len(piece), conf))
        at = a + len(piece)
    t, p = m.span("title"), m.span("page" if m.group("page") else "loc")
    parts.append(Span("title", m.group("title"), t[0] + off, t[1] + off, conf))
    cited = "pages" if m.group("page") else "note"
    parts.append(Span(cited, text[p[0] + off : p[1] + off], p[0] + off, p[1] + off, conf))
    if [(s.label, s.start, s.end) for s in spans] == [(s.label, s.start, s.end) for s in parts]:
        return spans
    return parts


# the shortest note, the authors' surnames and the page: "Jarausch and Hardy, 122.", "Nisbet et. al., 74."
_NAMES_PAGE = lazy_pattern(
    rf"(?:{_SURNAME}(?:(?:,\s+|,?\s+and\s+){_SURNAME})*(?:,?\s+et\.?\s+al\.)?),\s+"
    r"(?P<page>(?:\d+|[ivxlc]+)(?:[-\u2013]\d+)?)\.?"
)


@needs(labels=["author"], any_label=("volume", "date"), without=["title", "container-title", "journal"])
def short_note_of_names(spans: list[Span], text: str) -> list[Span]:
    """``Nisbet et. al., 74.`` read as names and a volume (or ``Ryan, 56.`` as a name and a date): a note that
    names the authors alone cites a page of the work the note before gave in full."""
    if {"title", "container-title", "journal"} & {s.label for s in spans}:
        return spans
    m = _NAMES_PAGE.fullmatch(text.strip())
    if m is None or _YEAR.fullmatch(m.group("page")):
        return spans
    return [Span("pages", s.text, s.start, s.end, s.confidence) if s.label in ("volume", "date") else s for s in spans]


# a short note's plain title after the surnames: "Teller, Tim's Vermeer.", "Bricker, Visual Acoustics."
_PLAIN_SHORT_NOTE = lazy_pattern(
    rf"(?P<names>{_SURNAME}(?:(?:,\s+|,?\s+and\s+){_SURNAME})*(?:,?\s+et\s+al\.)?),\s+"
    r"(?P<title>[A-Z][^.,;:()\d]{1,80}?[?!]?)\.?"
)
# a word the labelled references hold in names this rarely (log-odds in the lexicon) is no given name
_RARE_IN_NAMES = -25


def _no_given_names(words: list[str], *, cited: bool = False) -> bool:
    """Whether ``words`` read as a title rather than given names: none mostly a name's, and one a possessive
    (``Tim's``) or a word rare in names (``Visual``); with a page ``cited`` after them, two words or more of which
    none is a given name the lexicon knows (``Paul, Unlikely Allies, 264.``: no reference names a person alone
    and then a page)."""
    if len(words) > 8 or any(mostly_a_name(w) for w in words):
        return False
    if cited and len(words) > 1 and not any(known_given(w) for w in words):
        return True
    if cited and len(words) == 1 and len(w := words[0]) >= 4 and not known_given(w) and row_of(w.lower()) is None:
        return True  # "Ferrer, Cuba, 440–41.": one word no name list holds, then a page
    return any(
        w.endswith(("'s", "\u2019s")) or (row := row_of(w.lower())) is not None and row[0] <= _RARE_IN_NAMES
        for w in words
    )


@needs(labels=["author"], without=["title", "container-title", "journal", "date", "publisher"])
def short_note_plain_title(spans: list[Span], text: str) -> list[Span]:
    """``Bricker, Visual Acoustics.`` read as one name (family and given): a Chicago short note names the
    authors' surnames and the title shortened; words that are no given names are that title."""
    if any(s.label != "author" for s in spans):
        return spans
    m = _PLAIN_SHORT_NOTE.fullmatch(text.strip())
    if m is None or not _no_given_names(m.group("title").split()):
        return spans
    off = len(text) - len(text.lstrip())
    conf = min((s.confidence for s in spans), default=1.0)
    a, z = m.span("names")
    t, u = m.span("title")
    return [
        Span("author", m.group("names"), a + off, z + off, conf),
        Span("title", m.group("title"), t + off, u + off, conf),
    ]


# the same note with the page cited after the title: "Pollan, Omnivore's Dilemma, 3.", "Piketty, Capital, 12."
_PLAIN_SHORT_NOTE_PAGE = lazy_pattern(
    rf"(?P<names>{_SURNAME}(?:(?:,\s+|,?\s+and\s+){_SURNAME})*(?:,?\s+et\s+al\.)?),\s+"
    r"(?P<title>[A-Z][^.,;:()\d]{1,80}?[?!]?),\s+(?P<page>(?:\d+|[ivxlc]+)(?:[-\u2013]\d+)?)\.?"
)
# (a "date" read there is the page: the text holds no year)
_NOT_IN_SHORT_NOTES = frozenset(["publisher", "url", "doi", "location", "editor"])
_PAGE_ENDS = frozenset("0123456789ivxlc")


# the same note whose title holds commas: "Kahneman, Thinking, Fast and Slow, 20.", "Diamond, Guns, Germs, and
# Steel, 112." (one surname, two joined by "and" or one and "et al.": a list of surnames ends on "and")
_COMMA_TITLE_NOTE = lazy_pattern(
    rf"(?P<names>{_SURNAME}(?:\s+and\s+{_SURNAME}|,?\s+et\s+al\.)?),\s+"
    r"(?P<title>[A-Z][^.,;:()\d]{0,60}(?:,\s+(?:(?:and|or)\s+)?[A-Z][^.,;:()\d]{0,60}){1,4}?[?!]?),\s+"
    r"(?P<page>(?:\d+|[ivxlc]+)(?:[-\u2013]\d+)?)\.?"
)


# an abstract noun's ending no surname has ("Equality", "Fraternity", "Liberalism", "Revolution", "Sociology")
_ABSTRACT_NOUN = lazy_pattern(r"[A-Z][a-z]{3,}(?:ity|ism|tion|sion|ology)")


def _comma_title(title: str) -> bool:
    """Whether ``title``, pieces a comma parts, reads as a title rather than given names and surnames: no word a
    name's, and a capitalised word the lexicon holds rarely in names (``Thinking``, ``Steel``; ``Tobias, and
    Tuckerman`` are names the lexicon does not know) or an abstract noun (``Liberty, Equality and Fraternity``); a
    piece opening on ``and`` closes a title's list, never runs on before another piece."""
    pieces = title.split(",")
    if any(p.strip().startswith(("and ", "or ")) for p in pieces[:-1]):
        return False  # "Hoffman, and Ratsoy, Whose Culture": the list's "and" joins its last name, then the title
    words = title.replace(",", " ").split()
    if len(words) > 10 or any(mostly_a_name(w) or known_given(w) for w in words):
        return False
    return any(
        w[:1].isupper()
        and ((row := row_of(w.lower())) is not None and row[0] <= _RARE_IN_NAMES or _ABSTRACT_NOUN.fullmatch(w))
        for w in words
    )


@needs(without=_NOT_IN_SHORT_NOTES)
def short_note_plain_title_page(spans: list[Span], text: str) -> list[Span]:
    """``Pollan, Omnivore's Dilemma, 3.`` read as a journal and its volume (or ``Piketty, Capital,`` as one
    name): the surnames, a title whose words are no given names, and the page cited make a Chicago short note
    whose title lost its italics."""
    stripped = text.strip()
    # (the note closes on its page, a number or a roman numeral, perhaps with its stop: the pattern runs on few)
    if len(stripped) > 140 or stripped.rstrip(".")[-1:] not in _PAGE_ENDS:
        return spans
    if _NOT_IN_SHORT_NOTES & labels_of(spans):
        return spans
    m = _PLAIN_SHORT_NOTE_PAGE.fullmatch(stripped)
    if m is None or "," in m.group("names") or not _no_given_names(m.group("title").split(), cited=True):
        # (surnames in a list without "and" may be a title's pieces: "Kahneman, Thinking, Fast and Slow, 20.")
        c = _COMMA_TITLE_NOTE.fullmatch(stripped) if stripped.count(",") > 2 else None
        if c is not None and _comma_title(c.group("title")):
            m = c
        elif m is None or not _no_given_names(m.group("title").split(), cited=True):
            return spans
    if _YEAR.fullmatch(m.group("page")):
        return spans
    off = len(text) - len(text.lstrip())
    conf = min((s.confidence for s in spans), default=1.0)
    parts = [Span("author", m.group("names"), m.start("names") + off, m.end("names") + off, conf)]
    parts.append(Span("title", m.group("title"), m.start("title") + off, m.end("title") + off, conf))
    parts.append(Span("pages", m.group("page"), m.start("page") + off, m.end("page") + off, conf))
    if [(s.label, s.start, s.end) for s in spans] == [(s.label, s.start, s.end) for s in parts]:
        return spans
    return parts


# an author-date note's short form, the surnames and the year or the page alone: "Croke 1987.", "Jaillant
# (2013)", "Cf. Börm (2015).", "Murray, pp. 266–267."
_SHORT_NAMES = rf"(?P<names>{_SURNAME}(?:(?:,\s+|,?\s+(?:and|&)\s+){_SURNAME})*(?:,?\s+et\s+al\.)?)"
_SHORT_AUTHOR_DATE = lazy_pattern(
    rf"(?:(?:Cf|cf|See)\.?\s+)?{_SHORT_NAMES},?\s+"
    # the year, bare or in brackets, or a work undated: "Lockwood (n.d.)", "Walker and Alm (n.d.)"
    r"(?P<date>\((?:1[5-9]\d\d|20\d\d)[a-z]?\)|(?:1[5-9]\d\d|20\d\d)[a-z]?|\(n\.\s?d\.\))"
    r"(?:[,:]\s*(?P<page>(?:pp?\.\s*)?(?:\d+|[ivxlc]+)(?:[-\u2013]\d+)?))?\.?"
)
_ROLE_WORD = lazy_pattern(r"\b(?:eds?|edited|editors?|Hg|Hrsg)\b", re.I)
_SHORT_AUTHOR_PAGES = lazy_pattern(
    rf"(?:(?:Cf|cf|See)\.?\s+)?{_SHORT_NAMES},\s+(?P<page>pp?\.\s*(?:\d+|[ivxlc]+)(?:[-\u2013]\d+)?)\.?"
)


_CLOSING_ET_AL = lazy_pattern(r",?\s+et\s+al\.$")


@needs(without=["author"])
def short_author_date_note(spans: list[Span], text: str) -> list[Span]:
    """``Croke 1987.`` or ``Murray, pp. 266–267.`` with the surname read as a title or a journal: a note of
    nothing but surnames and a year or a page cites the work by its author, as author-date notes do (names read
    as editors with no word of the role among them are its authors too: ``Walker and Alm (n.d.)``)."""
    if "author" in labels_of(spans) or "editor" in labels_of(spans) and _ROLE_WORD.search(text):
        return spans
    stripped = text.strip()
    m = _SHORT_AUTHOR_DATE.fullmatch(stripped) or _SHORT_AUTHOR_PAGES.fullmatch(stripped)
    if m is None:
        return spans
    off = len(text) - len(text.lstrip())
    conf = min((s.confidence for s in spans), default=1.0)
    parts: list[Span] = []
    at = m.start("names")
    for piece in _NAME_BREAK.split(_CLOSING_ET_AL.sub("", m.group("names"))):
        a = stripped.index(piece, at)
        parts.append(Span("author", piece, a + off, a + len(piece) + off, conf))
        at = a + len(piece)
    for label, group in (("date", "date"), ("pages", "page")):
        if m.groupdict().get(group):
            s, e = m.span(group)
            parts.append(Span(label, m.group(group), s + off, e + off, conf))
    return parts


# a page cited with its word: "p. 26", "pp. 147–148"
_PAGE_WORD = lazy_pattern(r"^\s*pp?\.\s*(?:\d+|[ivxlc]+)(?:\s*[-\u2013]\s*\d+)?\s*[.,]?\s*$")


@needs(labels=("author", "date", "pages"), any_label=("journal", "container-title"), marks=["*", "_"])
def italic_book_before_year_and_page(spans: list[Span], text: str) -> list[Span]:
    """A note's ``T. James Luce, *The Greek Historians*, 2002, p. 26.`` with the italic title read as a journal:
    a work cited by its year and a page with its word, and no volume or issue, is a book, the italic run its
    title."""
    labels = [s.label for s in spans]
    works = (["journal", "date", "pages"], ["container-title", "date", "pages"])
    if not labels or labels[0] != "author" or labels[1:] not in works:
        return spans
    work = spans[1]
    if not _PAGE_WORD.match(spans[3].text) or text[work.start - 1 : work.start] not in ("*", "_"):
        return spans
    return [spans[0], Span("title", work.text, work.start, work.end, work.confidence), *spans[2:]]


# a note's book whose italics were lost in copying, the author in natural order and the year in brackets:
# "Akhil Reed Amar, The Law of the Land: A Grand Tour (2015), p. 51", "Henry Louis Gates, Jr., Stony the Road (2019),
# p. 186"
_NATURAL_NAMES = r"[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&|de|van|von|da|del|du|le|la))+"
_BOOK_NOTE = lazy_pattern(
    rf"(?P<names>{_NATURAL_NAMES}(?:,\s+(?:Jr|Sr)\.?)?),\s+(?P<title>[A-Z\d][^()\[\]\u201c\u201d\"*]{{2,200}}?)\s+"
    r"(?P<date>\((?:1[5-9]|20)\d\d\)),\s+(?P<page>pp?\.\s*\d+(?:\s*[-\u2013]\s*\d+)?(?:,\s*\d+(?:\s*[-\u2013]\s*\d+)?)*)\.?"
)


@needs(labels=["date", "pages"], without=["volume", "publisher", "url", "doi"], marks=("p.",))
def book_note_plain_title(spans: list[Span], text: str) -> list[Span]:
    """``Frederick Douglass, Life and Times of Frederick Douglass (1892), p. 280-282`` with the title read into the
    names (or as a container): a person in natural order, a title in plain type, the year in brackets and the page
    cited make a note of a book whose italics were lost in copying."""
    stripped = text.strip()
    if len(stripped) > 300 or (m := _BOOK_NOTE.fullmatch(stripped)) is None:
        return spans
    if ". " in m.group("title") or "," in m.group("names").replace(", Jr", "").replace(", Sr", ""):
        return spans  # a sentence's stop in the title: "Mood, A. M., Introduction … . McGraw-Hill (1950), pp. 394"
    off = len(text) - len(text.lstrip())
    conf = min((s.confidence for s in spans), default=1.0)
    parts = [
        Span(label, m.group(g), m.start(g) + off, m.end(g) + off, conf)
        for label, g in (("author", "names"), ("title", "title"), ("date", "date"), ("pages", "page"))
    ]
    if [(s.label, s.start, s.end) for s in spans] == [(s.label, s.start, s.end) for s in parts]:
        return spans
    return parts


def _page_after_note_title(title: str, page: str, text: str) -> bool:
    """Whether a year-like number after an article's title closing on its comma inside the quotes is the page a
    note cites (``Kwon, “Inclusion Work,” 1851.``): not in a bracket-numbered list, and not a recent year, which
    a work known by its title and year alone is dated with (``Ember, “Yearly Electricity Data,” 2025.``)."""
    return bool(_NOTE_COMMA.search(title)) and not _RECENT_YEAR.fullmatch(page) and not _LIST_LABEL.match(text)
