"""Mends of a Chicago note for a book: ``Name, *Title* (Place: Publisher, Year), page[, Database].``

The model reads the note's opening names into the italic title (``Henry Carroll, *Read This If You``) or the
names and the title's first words as a journal with a volume (``Institute of Contemporary Arts, *Nought to`` |
``60``), and a database named after the cited page (``166, EBSCOhost Ebooks, PDF.``) as a second publisher.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import emphasis_runs, group_spans, replaced, span_parts, span_past_italics
from biblio.parse.mends.gated import needs
from biblio.parse.mends.media import EBOOK_FORMAT
from biblio.parse.mends.script_names import SCRIPT_NAME
from biblio.parse.normalisers.names import known_given
from biblio.parse.normalisers.places import is_place
from biblio.parse.review.lexicon import mostly_a_name, row_of
from biblio.parse.spans import Span

# the names (a person in natural order, or a body), a comma, the italic title, the publication facts' bracket
_NOTE_BOOK = lazy_pattern(r"^(?P<names>[A-Z][^*,;:()\d]{2,80}?),\s+\*(?P<title>[^*]{2,300}?)\*\s*(?=\()")


@needs(marks=["*"])
def note_book_opening(spans: list[Span], text: str) -> list[Span]:
    """``Henry Carroll, *Read This If You Want …* (London: …`` with the title's first words read among the
    names, or the names and title read as a journal and volume: the names end at the comma before the italic
    title, and the title is the italic run."""
    m = _NOTE_BOOK.match(text)
    if m is None or len(m.group("names").split()) > 6:
        return spans
    a, z = m.start("title") - 1, m.end("title") + 1  # the title with its marks
    covered = [s for s in spans if s.start < z]
    if not covered or any(s.label not in ("author", "title", "journal", "container-title", "volume") for s in covered):
        return spans
    if covered[-1].end > z and text[z : covered[-1].end].strip(" ,.;:("):
        return spans  # the span runs on into the bracket's words ("(1979; reprint,"), which later mends read
    names_end = m.end("names") + 1
    head = [
        Span("author", text[:names_end], 0, names_end, covered[0].confidence),
        Span("title", text[a:z], a, z, min(s.confidence for s in covered)),
    ]
    if [(s.label, s.text.strip(" ,")) for s in covered] == [(h.label, h.text.strip(" ,")) for h in head]:
        return spans
    return [*head, *(s for s in spans if s.start >= z)]


_FACTS_CLOSE = lazy_pattern(r"\)[\s,.]*$")


@needs(labels=["publisher"], any_label=["pages", "volume", "date"])
def database_after_note_page(spans: list[Span], text: str) -> list[Span]:
    """``(London: Reaktion, 1999), 166, EBSCOhost Ebooks, PDF.`` with the database read as a second publisher
    (and the page cited, before it, as a volume): after the publication facts' closing bracket and the cited
    page, a name is where the note was read."""
    spans = _page_out_of_date(spans)
    for k in range(2, len(spans)):
        s, page, before = spans[k], spans[k - 1], spans[k - 2]
        if s.label != "publisher" or page.label not in ("pages", "volume") or not _FACTS_CLOSE.search(before.text):
            continue
        if not any(o.label == "publisher" for o in spans[: k - 1]):
            return spans
        if page.label == "volume":
            if not _CITED_PAGE.fullmatch(page.text) or any(o.label in _PERIODICAL for o in spans):
                return spans
            page = Span("pages", page.text, page.start, page.end, page.confidence)
        return [*spans[: k - 1], page, Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the facts' year, their bracket and the page cited in one span: "2019), 15,"
_DATE_THEN_PAGE = lazy_pattern(r"(?P<date>[^()]*\b\d{4}\))\s*,\s*(?P<page>\d{1,4}(?:[-\u2013]\d{1,4})?),?\s*")


def _page_out_of_date(spans: list[Span]) -> list[Span]:
    """``2019), 15,`` read as one date before a second publisher: the year closes the facts, the number is the
    page cited."""
    for k in range(1, len(spans) - 1):
        d = spans[k]
        if d.label != "date" or spans[k + 1].label != "publisher" or not (m := _DATE_THEN_PAGE.fullmatch(d.text)):
            continue
        a, b = d.start + m.start("page"), d.start + m.end("page")
        date = Span("date", d.text[: m.end("date")], d.start, d.start + m.end("date"), d.confidence)
        return [*spans[:k], date, Span("pages", d.text[m.start("page") : m.end("page")], a, b, d.confidence),
                *spans[k + 1 :]]
    return spans


# the page a note cites: a number or a range, its comma after it
_CITED_PAGE = lazy_pattern(r"\d{1,4}(?:[-\u2013]\d{1,4})?,?")
_PERIODICAL = frozenset(("journal", "container-title", "issue"))


_YEAR = lazy_pattern(r"\b1[5-9]\d\d|\b20\d\d")
# a title's comma part read as a second name: capitalised words, no initial, no "and"
_TITLE_HEAD = lazy_pattern(r"[A-Z][\w'’-]+(?:\s+[A-Za-z][\w'’-]+){0,5}")
_WORD_OR_INITIAL = r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)"
# one person in natural order: given names or initials, then one family word, its particle before it ("Simone de
# Beauvoir", "Ludwig van Beethoven")
_NOTE_PERSON = lazy_pattern(
    rf"{_WORD_OR_INITIAL}(?:\s+{_WORD_OR_INITIAL}){{0,2}}(?:\s+(?:de|da|di|du|van|von|der|den|del|dos|das|le|la))?"
    r"\s+[A-Z][a-zà-ÿ'’-]+"
)


def _facts_after_title(rest: list[Span], text: str) -> bool:
    """The publication facts close the title: bracketed with a year (``(Cambridge, 1987)``), or unbracketed
    ``Place: Publisher, Year``."""
    first = rest[0]
    if first.text.startswith("("):
        close = text.find(")", first.start)
        return close > 0 and _YEAR.search(text, first.start, close) is not None
    labels = [s.label for s in rest[:3]]
    return (
        labels[:2] == ["location", "publisher"]
        and first.text.rstrip().endswith(":")
        and any(s.label == "date" and _YEAR.search(s.text) for s in rest[2:3])
    )


def _a_person(part: str) -> bool:
    """Whether a comma part may be a second person (``Félix Guattari``), not a title's head (``Politics``,
    ``Popular Culture``): a known given name, a word the labelled references hold mostly in names, or two
    words of which the first they hold no more in titles than in names."""
    first = part.split()[0]
    if known_given(first) or mostly_a_name(first):
        return True
    row = row_of(first.lower())
    return " " in part and (row is None or row[1] <= row[0])


# a full note in plain text, its title unmarked: "William Shakespeare, Hamlet, ed. Barbara A. Mowat and Paul
# Werstine (New York: …, 2012), 45." or "Mary Shelley, Frankenstein; or, The Modern Prometheus (London: …, 1831)"
# (older notes abbreviate the translator's role "tr.": "Luce Irigaray, Sexes and Genealogies, tr. Gillian C. Gill")
_PERSONS = (
    rf"{_NOTE_PERSON.pattern}(?:,\s+{_NOTE_PERSON.pattern})*,?\s+and\s+{_NOTE_PERSON.pattern}|{_NOTE_PERSON.pattern}"
)
# the facts' bracket: "(New York: …, 2012)", or British notes' place and year with no publisher, "(Canberra 1982)"
_NOTE_BRACKET = r"\s+\((?=[^()]*[:,][^()]*\b(?:1[5-9]|20)\d\d\)|[A-Z][^():;,\d]{1,60}\s(?:1[5-9]|20)\d\d\))"
_NOTE_ROLE = r",\s+(?P<role>eds?\.|trans\.|tr\.|edited\s+by|translated\s+by)\s+(?P<rnames>[A-Z][^()*\d]{2,150}?)"
_NOTE_TITLE = r"(?P<title>[^\s“\"‘'*(\d][^()“”*]{1,300}?)"
_PLAIN_NOTE_HEAD = lazy_pattern(
    rf"^(?:\[?\d{{1,4}}[.\])]?\s+)?(?P<names>{_PERSONS}),\s+{_NOTE_TITLE}(?:{_NOTE_ROLE})?{_NOTE_BRACKET}"
)
# an ancient author known by one name, his translator after the title: "Zosimos, New History, tr. Ronald T. Ridley
# (Canberra 1982)" (only the role after the title tells the one word for a name, not a title's head)
_ONE_NAME_NOTE_HEAD = lazy_pattern(rf"^(?P<names>[A-Z][a-zà-ÿ]{{3,}}),\s+{_NOTE_TITLE}{_NOTE_ROLE}{_NOTE_BRACKET}")
# what a note's title cannot be: more persons of the list ("Lennart Beringer, …"), a year's sentence ("… 2018.")
# or a role word or an initial ("eds., The Chaos …", "D. \"El sistema …"), or a book's volume or edition ("…, Vol.
# 1-3", "…, 2nd ed., Course of … Vol. 5": what other mends read), a chapter's ", in Book" or a link
_NOT_NOTE_TITLE = lazy_pattern(
    rf"^{_NOTE_PERSON.pattern}(?:,|\s+and\s)|[.,]\s+(?:1[5-9]|20)\d\d[a-z]?[.,]|^[a-z]|^[A-Z]\.(?:\s|$)"
    r"|\b(?:[Vv]ols?|[Nn]o|[Pp]p?)\.\s*\d|\b\d+(?:st|nd|rd|th)\s+ed\.|,\s+in\s+[A-Z*“\"]"
    r"|://"  # a link: the bracket after it is an access date ("… https://… (Accessed: 3 May 2023)."), no facts
)


_REPRINT_FACTS = lazy_pattern(
    r"\((?P<year>(?:1[5-9]|20)\d\d);\s*(?P<note>(?:[Rr]eprint(?:ed)?|repr\.)[^()]*?)\)"
    r"(?:,\s+(?P<pages>[\dxivlc][\w.–-]{0,20}))?\.?\s*$"
)
_PLAIN_NOTE_FACTS = lazy_pattern(
    r"(?P<place>[A-Z][^():;,\d]{1,40}(?:,\s+[A-Z][A-Za-z.]{1,15})?):\s+(?P<pub>[A-Z][^():;\d]{1,80}?),\s+"
    r"(?P<year>(?:1[5-9]|20)\d\d)\)(?:,\s+(?P<pages>[\dxivlc][\w.–-]{0,20}))?\.?\s*$"
)
# British notes' facts: the place and the year, no publisher, the pages cited after: "(Canberra 1982), pp. 37–8."
_PLACE_YEAR_FACTS = lazy_pattern(
    r"(?P<place>[A-Z][^():;,\d]{1,60})\s+(?P<year>(?:1[5-9]|20)\d\d)\)"
    r"(?:,\s+(?P<pages>(?:pp?\.\s*)?[\dxivlc][\w.–-]{0,20}))?\.?\s*$"
)

# MHRA's and Chicago's facts with no place: the publisher (or a town alone, "(Cambridge, 1987)") and the year:
# "(Granta, 2006)", "(Alfred A. Knopf, 1987), p. 45."
_NAME_YEAR_FACTS = lazy_pattern(
    r"(?P<name>[A-Z][^():;,\d]{1,60}(?:,\s+(?:Inc|Ltd)\.?)?),\s+(?P<year>(?:1[5-9]|20)\d\d)\)"
    r"(?:,\s+(?P<pages>(?:pp?\.\s*)?[\dxivlc][\w.–-]{0,20}))?\.?\s*$"
)


@needs(marks=(", ", " ("))
def plain_note_head(spans: list[Span], text: str) -> list[Span]:
    """A Chicago full note in plain text, ``William Shakespeare, Hamlet, ed. Barbara A. Mowat and Paul Werstine
    (New York: Simon & Schuster, 2012), 45.``, with a short title read among the names or the editors: before the
    bracket of publication facts, the persons in natural order, the title, and the role's names."""
    m = _PLAIN_NOTE_HEAD.match(text) or _ONE_NAME_NOTE_HEAD.match(text)
    if m is None or _TITLE_ROLE.search(m.group("title")) or _NOT_NOTE_TITLE.search(m.group("title")):
        return spans
    if known_given(m.group("title").split(",")[0]):
        return spans  # MHRA's inverted "Won Lee, Jerry, Locating …": the names' given name, not a title
    head = [Span("author", m.group("names"), m.start("names"), m.end("names"))]
    head.append(Span("title", m.group("title"), m.start("title"), m.end("title")))
    if m.group("role"):
        r, z = m.start("role"), m.end("rnames")
        role = m.group("role").split()[0]
        head.append(Span("translator" if role.startswith("tr") else "editor", text[r:z], r, z))
    end = head[-1].end
    if (reprint := _REPRINT_FACTS.match(text, m.end() - 1)) is not None:
        # "(1977; repr., New York: Picador, 2001), 3.": the first year the date, the later printing a note
        head += group_spans(reprint, (("date", "year"), ("note", "note"), ("pages", "pages")))
        end = len(text)
    elif (f := _PLAIN_NOTE_FACTS.match(text, m.end())) is not None:
        # the whole note read: "(Place: Publisher, Year), page."
        head += group_spans(f, (("location", "place"), ("publisher", "pub"), ("date", "year"), ("pages", "pages")))
        end = len(text)
    elif (f := _PLACE_YEAR_FACTS.match(text, m.end())) is not None:
        head += group_spans(f, (("location", "place"), ("date", "year"), ("pages", "pages")))
        end = len(text)
    elif (f := _NAME_YEAR_FACTS.match(text, m.end())) is not None:
        name = "location" if is_place(f.group("name")) else "publisher"
        head += group_spans(f, ((name, "name"), ("date", "year"), ("pages", "pages")))
        end = len(text)
    elif any(x.start < end < x.end and text[end : x.end].strip(" (") for x in spans):
        return spans  # a span runs on into the bracket ("Practice (CUP,"): later steps read the facts from it
    covered = [x for x in spans if x.start < end and x.end > head[0].start]
    if [(x.label, x.text.strip(" ,.():")) for x in covered] == [(h.label, h.text.strip(" ,.():")) for h in head]:
        return spans
    c = min((x.confidence for x in covered), default=1.0)
    return replaced(spans, text, m.start("names"), end, [Span(h.label, h.text, h.start, h.end, c) for h in head])


_NAME_LIST_WORD = lazy_pattern(r"\b(?:and|&|et|al)\b")


@needs(labels=("author",), marks=(",", "("))
def title_head_in_note_names(spans: list[Span], text: str) -> list[Span]:
    """A Chicago note's ``Peter Burke, Popular Culture, Religion, and Society (Cambridge, 1987).`` with the
    title's first comma parts read as more names. A note writes its names in natural order and joins the
    last with ``and``; one person, then comma parts with no ``and`` and no given name, before a title the
    publication facts close (bracketed, or ``Place: Publisher, Year``), are the title's head."""
    if len(spans) < 3 or spans[0].label != "author" or spans[1].label not in ("title", "container-title"):
        return spans
    names, title = spans[0], spans[1]
    if not _facts_after_title(spans[2:], text):
        return spans
    parts = [p.strip() for p in names.text.rstrip(" ,").split(",")]
    if len(parts) < 2 or not _NOTE_PERSON.fullmatch(parts[0]) or text[names.end : title.start].strip():
        return spans
    head = parts[1:]
    if any(not _TITLE_HEAD.fullmatch(p) or _NAME_LIST_WORD.search(p) for p in head):
        return spans
    if any(_a_person(p) for p in head):
        return spans
    cut = text.index(",", names.start) + 1
    start = cut + len(text[cut:]) - len(text[cut:].lstrip())
    return [
        Span("author", text[names.start : cut], names.start, cut, names.confidence),
        Span("title", text[start : title.end], start, title.end, min(names.confidence, title.confidence)),
        *spans[2:],
    ]


# the 18th edition's note facts with no place, after the title or after the book's edition or translator:
# "*Love in the Time of Cholera*, trans. Edith Grossman (Knopf, 1988), 242–55.", "…, 8th ed. (Clarkson Potter,
# 2010), 25."
_FACTS_NO_PLACE = lazy_pattern(
    r",\s+(?:(?P<ed>\d+(?:st|nd|rd|th)\s+ed\.|[Rr]ev\.\s+ed\.)|(?P<role>trans\.|ed\.|eds\.)\s+(?P<names>[A-Z][^()*\d]{2,120}?))"
    r"\s*\((?P<pub>[A-Z][^():;\d]{1,80}?),\s+(?P<year>(?:1[5-9]|20)\d\d)\)"
)
_ROLE_LABEL = {"trans.": "translator", "ed.": "editor", "eds.": "editor"}
# a role inside what was read as the title: the role group did not take it, so the head is not this note's
_TITLE_ROLE = lazy_pattern(r",\s+(?:eds?|trans|tr)\.\s")


@needs(marks=("(",), words=["ed", "trans"])
def facts_without_place(spans: list[Span], text: str) -> list[Span]:
    """``trans. Edith Grossman (Knopf, 1988)`` or ``8th ed. (Clarkson Potter, 2010)`` with the translator run into
    the publisher or the publisher read as an author or a place: the bracket gives the publisher and the year
    (CMOS 18 names no place), and what precedes it the edition or the translator."""
    m = _FACTS_NO_PLACE.search(text)
    if m is None or is_place(m.group("pub")):
        return spans
    a, z = m.start("pub"), m.end("pub")
    if any(s.label == "publisher" and a - 1 <= s.start <= a and z <= s.end <= z + 1 for s in spans):
        return spans  # the publisher read right already (and with it what precedes the bracket)
    new: list[Span] = []
    if m.group("ed"):
        new.append(Span("edition", m.group("ed"), m.start("ed"), m.end("ed")))
    else:
        r, n = m.start("role"), m.end("names")
        new.append(Span(_ROLE_LABEL[m.group("role")], text[r:n], r, n))
    new += group_spans(m, (("publisher", "pub"), ("date", "year")))
    return replaced(spans, text, m.start() + 1, m.end(), new)


# a note for an edited book, its editors first (CMOS 14.76): "Jane Doe, ed., *Essays on Water*, 2nd ed. (…)"
_EDITED_BOOK_NOTE = lazy_pattern(
    r"^[A-Z][^*,;:()\d]{2,80}?(?:,\s+[A-Z][^*,;:()\d]{2,80}?)*,?\s+eds?\.,\s+\*[^*]{2,300}\*"
)


@needs(labels=["editor", "container-title"], without=["title"], marks=("*",))
def edited_book_note_title(spans: list[Span], text: str) -> list[Span]:
    """``Jane Doe, ed., *Essays on Water*, 2nd ed. (Beacon Press, 2015), 12.`` with the book read as a container:
    the editors' own book is the work cited, its title the italic run after their role."""
    m = _EDITED_BOOK_NOTE.match(text)
    if m is None or any(s.label == "title" for s in spans):
        return spans
    z = m.end()
    for s in spans:
        if s.label == "container-title" and s.start < z and s.end > z - 3:
            title = Span("title", text[s.start : z], s.start, z, s.confidence)
            return replaced(spans, text, s.start, z, [title])
    return spans


# a note's locator after the publication facts (CMOS 14.21, 14.160): "(…, 1987), chap. 10, doc. 19,",
# "(…, 2007), Kindle edition, chap. 1.": a chapter or document cited is where the note points, not pages
LOCATOR_PART = r"(?:chap|chapter|doc|sec|para|paras|pt|loc|fig|app|bk|art)\.?\s+[\dIVXLivxl]+[a-z]?"
_EBOOK = EBOOK_FORMAT
_LINK_AFTER = lazy_pattern(r"[,.]?\s*(?P<url>https?://\S+)")
_NOTE_LOCATOR = lazy_pattern(
    rf"(?<=\d\)),\s+(?:(?P<fmt>{_EBOOK}),\s+)?(?P<loc>{LOCATOR_PART}(?:,\s+{LOCATOR_PART})*)"
    rf"(?:,\s+(?P<fmt2>{_EBOOK}))?(?=[,.]?\s*(?:https?://|$))"
)


@needs(marks=("(",), words=["chap", "chapter", "doc", "sec", "para", "paras", "pt", "loc", "fig", "app", "bk", "art"])
def note_locator_apart(spans: list[Span], text: str) -> list[Span]:
    """``(Chicago: University of Chicago Press, 1987), chap. 10, doc. 19, http://…`` with the chapter read as
    pages and ``doc. 19`` as a journal and volume: a locator after the facts' bracket is a note, and an e-book
    format before it (``Kindle edition, chap. 1.``) the medium."""
    m = _NOTE_LOCATOR.search(text)
    if m is None or not _YEAR.search(text, max(0, m.start() - 6), m.start()):
        return spans
    a, z = m.start("loc"), m.end("loc")
    new = [Span("note", text[a:z], a, z)]
    if m.group("fmt"):
        new.insert(0, Span("medium", m.group("fmt"), m.start("fmt"), m.end("fmt")))
        a = m.start("fmt")
    if m.group("fmt2"):
        new.append(Span("medium", m.group("fmt2"), m.start("fmt2"), m.end("fmt2")))
        z = m.end("fmt2")
    if (link := _LINK_AFTER.match(text, z)) is not None:  # the link closing the note, where a span ran on into it
        new.append(Span("url", link.group("url"), link.start("url"), link.end("url")))
        z = link.end("url")
    out = replaced(spans, text, a, z, new)
    return spans if [(s.label, s.text) for s in out] == [(s.label, s.text) for s in spans] else out


# the bracket's year read into the publisher: "(New York: Farrar, Straus and Giroux, 2011), chap. 3"
_PUBLISHER_YEAR = lazy_pattern(r"(?P<pub>[^()]+?),\s+(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\)")


@needs(labels=["publisher"], without=["date"], marks=("(",))
def year_in_note_publisher(spans: list[Span], text: str) -> list[Span]:
    """``(New York: Farrar, Straus and Giroux, 2011), chap. 3, Kindle.`` read as one publisher: the year that
    closes the facts' bracket is the date, the publisher ends before it."""
    for s in spans:
        if s.label == "publisher" and (m := _PUBLISHER_YEAR.match(s.text)) is not None and s.start > 0:
            if text[: s.start].count("(") != text[: s.start].count(")") + 1:
                return spans  # not inside the facts' bracket
            pub_end, year_end = s.start + m.end("pub"), s.start + m.end()
            new = [Span("publisher", text[s.start : pub_end], s.start, pub_end, s.confidence)]
            new.append(Span("date", text[s.start + m.start("year") : year_end], s.start + m.start("year"), year_end))
            return replaced(spans, text, s.start, year_end, new)
    return spans


# a note for a book with no author, the title first and the bracketed facts after it: "The Chicago Manual of Style
# (Chicago: University of Chicago Press, 2017), 14.232."
# (a work published over years closes the bracket on the range: "(New York: …, 2005-2007).")
_TITLE_FACTS = lazy_pattern(
    r"^(?P<title>[A-Z][^()\d,;:]{2,150}?)\s+\([A-Z][^():]{1,40}:\s[^()]{2,80}?,\s+\d{4}(?:[-–]\d{4})?\)"
)


@needs(labels=("publisher",), any_label=("container-title", "note"), without=("author", "title", "editor"))
def note_title_alone(spans: list[Span], text: str) -> list[Span]:
    """The title of an authorless book's note read as the container of a part with no title, or as a note: with
    nothing before it and the bracketed facts after it, the name is the book's own title."""
    m = _TITLE_FACTS.match(text)
    if m is None or spans[0].label not in ("container-title", "note"):
        return spans
    first, z = spans[0], m.end("title")
    if first.start != 0 or first.text.rstrip(" ,(") != m.group("title").rstrip():
        return spans
    return [Span("title", text[:z], 0, z, first.confidence), *spans[1:]]


_ROLES_AFTER_BOOK = frozenset(("translator", "editor", "volume"))


@needs(labels=["author", "container-title"], without=["title"], marks=(", ",))
def note_book_read_as_container(spans: list[Span], text: str) -> list[Span]:
    """``T. G. Masaryk, | The Spirit of Russia: Studies …, | trans. Eden and Cedar Paul, | vol. 2 (London: …`` with the
    book read as a chapter's container: right after the author's comma, with no title and no ``In`` before it, its
    translators, editors or written volume after it and the publication facts later, the book is the work cited."""
    for k in range(1, len(spans) - 1):
        s, prev, nxt = spans[k], spans[k - 1], spans[k + 1]
        if s.label != "container-title" or prev.label != "author" or nxt.label not in _ROLES_AFTER_BOOK:
            continue
        if not prev.text.rstrip().endswith(",") or text[prev.end : s.start].strip() or s.text[:1] in "“\"«‘'":
            return spans
        if s.text[:3].lower() in ("in ", "in:") or ", in " in s.text:
            return spans  # (a chapter's title and its book read as one: "Title, in Book")
        if nxt.label == "volume" and not nxt.text.lower().startswith("vol") and "vols" not in nxt.text:
            return spans  # (a volume written with its word: "vol. 2", "2 vols.")
        if not any(t.label in ("publisher", "location") for t in spans[k + 2 :]):
            return spans  # (the note's publication facts after the book)
        return [*spans[:k], Span("title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans



# a museum catalogue's entry number after the page cited: "(J. Paul Getty Museum, 1973), 50, no. 108." or a
# chapter's "In *Book*, 90–91, no. 37. Paris: …"
_PAGE_BEFORE_ENTRY = lazy_pattern(r"[\s,]*\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?\s*,\s*")
_ENTRY_NUMBER = lazy_pattern(r"no\.\s*\d{1,4}[a-z]?[.,]?\s*")
_FACTS_CLOSED = lazy_pattern(r"\)[\s,]*$")


@needs(labels=["volume", "issue"], without=["journal"])
def catalogue_entry_after_page(spans: list[Span], text: str) -> list[Span]:
    """A catalogue cited at a page and an entry, ``(J. Paul Getty Museum, 1973), 50, no. 108.`` or a chapter's
    ``In *Book*, 90–91, no. 37. Paris:``, read as a volume and an issue: after a book's closing bracket (or a
    book's title, the number a range) the number is the page and ``no.`` the entry, which no field holds."""
    if any(s.label == "journal" for s in spans):
        return spans  # (a journal's volume and number)
    for k in range(1, len(spans) - 1):
        before, v, n = spans[k - 1], spans[k], spans[k + 1]
        if v.label != "volume" or n.label != "issue" or not _ENTRY_NUMBER.fullmatch(n.text):
            continue
        if not _PAGE_BEFORE_ENTRY.fullmatch(v.text):
            continue
        ranged = "-" in v.text or "\u2013" in v.text
        if not (before.label == "date" and _FACTS_CLOSED.search(before.text)) and not (
            ranged and before.label == "container-title"
        ):
            continue
        page = Span("pages", v.text, v.start, v.end, v.confidence)
        return [*spans[:k], page, Span("note", n.text, n.start, n.end, n.confidence), *spans[k + 2 :]]
    return spans


# the words a note's publication facts open with, the bracket after the italic title: " (Nova Scotia College"
# (the title's characters between them, its name in its own script: "*Lishi yizong* 歷史遺踪 (Wenwu")
_FACTS_OPENING = lazy_pattern(rf"\s*(?P<script>{SCRIPT_NAME})?\s*\((?=[^()]*$)")
# the facts up to their year: "J. Paul Getty Museum, " / "Pasadena, CA: Armory Center, "
_FACTS_BEFORE_YEAR = lazy_pattern(r"(?:(?P<place>[A-Z][^():;\d]{1,40}):\s*)?(?P<pub>[^\W\d_][^():;\d]{1,100}?)\s*,\s*")
_YEAR_CLOSING_FACTS = lazy_pattern(r"(?:1[5-9]|20)\d\d[a-z]?\)")
_FACTS_READ_AS = frozenset(["publisher", "location"])


# (the book's title read as a journal's name, the facts' first words with it: "*Greek Portraits …* (J.")
_BOOK_TITLE = frozenset(["title", "journal"])


@needs(any_label=_BOOK_TITLE, labels=["date"], marks=["*"])
def facts_read_into_italic_title(spans: list[Span], text: str) -> list[Span]:
    """A note's ``Simone Forti, *Handbook in Motion* (Nova Scotia College of Art and Design, 1974), 65.`` with the
    publisher's words read on into the italic title (``… Museum* (J.`` | ``Paul Getty Museum,``): the title ends
    with its italics, and the bracket up to the year holds the publisher (after ``Place:`` its place)."""
    for run in emphasis_runs(text):
        k = span_past_italics(spans, run, _BOOK_TITLE)
        if k < 0:
            continue
        if (m := _FACTS_OPENING.match(text, run.end, spans[k].end)) is None:
            continue
        j = next((i for i in range(k + 1, len(spans)) if spans[i].label not in _FACTS_READ_AS), len(spans))
        if j == len(spans) or spans[j].label != "date" or not _YEAR_CLOSING_FACTS.match(spans[j].text):
            continue
        facts = _FACTS_BEFORE_YEAR.fullmatch(text, m.end(), spans[j].start)
        if facts is None:
            continue
        t = spans[k]
        if t.label == "journal" and any(s.label in ("title", "container-title") for s in spans):
            return spans
        head = [Span("title", text[t.start : run.end], t.start, run.end, t.confidence)]
        head += group_spans(m, (("note", "script"),))
        if facts["place"] is None and is_place(facts["pub"]):
            head += group_spans(facts, (("location", "pub"),))
        else:
            head += group_spans(facts, (("location", "place"), ("publisher", "pub")))
        return [*spans[:k], *head, *spans[j:]]
    return spans


# the part of the book a note cites, before the book's italic title: "preface to *Pompeian Decorations*"
_PARTS = ("preface", "introduction", "foreword", "afterword", "epilogue", "prologue")
# (the note's names read into the title with it: "William Gell, preface to *Pompeiana*")
_PART_OF_BOOK = lazy_pattern(
    rf"(?:(?P<names>[A-Z][^*,;:()\d]{{2,80}}?),\s+)?(?P<part>(?:{'|'.join(_PARTS)})\s+to)\s+(?=\*)", re.I
)


@needs(labels=["title"], marks=["*"], words=_PARTS)
def part_word_before_book_title(spans: list[Span], text: str) -> list[Span]:
    """Chicago's note for a book's preface, ``Robert Alexander Briggs, preface to *Pompeian Decorations* (…), n.p.``,
    with the part's words read into the title: the title is the italic book, the part's words a note."""
    for k, s in enumerate(spans):
        if s.label == "title" and (m := _PART_OF_BOOK.match(s.text)) is not None:
            if m["names"] and (k or len(m["names"].split()) > 6):
                return spans
            # the note's shape: the names and their comma before the part's words (in the title or before it),
            # no journal after the book (an article's title: "Smith J. Introduction to *Hamlet*. Shakesp Q.")
            if not m["names"] and not text[: s.start].rstrip().endswith(","):
                return spans
            if any(t.label in ("journal", "container-title") for t in spans[k + 1 :]):
                return spans
            a = s.start + m.end()
            head = span_parts(s, m, (("author", "names"), ("note", "part")))
            return [*spans[:k], *head, Span("title", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# an edition named after the facts' bracket, before the page cited: "(Leipzig, 1884), 4th ed., 322–23."
_EDITION_THEN_PAGE = lazy_pattern(
    r"(?P<ed>\d{1,2}(?:st|nd|rd|th|d)\.?\s+ed(?:n|ition)?\.?)\s*,\s*(?P<page>\d[\d\s,\u2013-]*\.?)"
)


@needs(labels=["pages"], words=("ed",))
def edition_read_as_page(spans: list[Span], text: str) -> list[Span]:
    """A note's ``(Leipzig, 1884), 4th ed., 322–23.`` with the edition read into the pages: the ordinal and its
    ``ed.`` are the edition, the number after them the page."""
    for k, s in enumerate(spans):
        if s.label == "pages" and (m := _EDITION_THEN_PAGE.fullmatch(s.text)) is not None:
            if any(o.label == "edition" for o in spans):
                return spans
            return [*spans[:k], *span_parts(s, m, (("edition", "ed"), ("pages", "page"))), *spans[k + 1 :]]
    return spans
