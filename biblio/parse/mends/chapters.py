"""Mends of the book a chapter is in, where its "In" and its editors mark it.

``In Giles, C. L., and Cowan, J. D., editors, Advances in …`` read with ``editors,`` opening the
container; ``in Joy Parr, ed., Childhood and Family …`` read as one container; ``In M. Arbib
(Ed.) From Action to Language`` read as a second title. The role words belong to the editors,
and a work named after "In" and its editors is the container, not the title.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import SENTENCE_BREAK, WORD, divided, last, replaced, written_out
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import known_given
from biblio.parse.spans import Span

# AMA writes "eds." and the book's title after it with no comma
# PeerJ's "In: Ku L-W, Martins A, eds. Book." leaves the comma before the role with the book
_ROLE_OPENING = lazy_pattern(r"^\s*,?\s*(?:(?:editors?|eds?\.?|\(eds?\.?\))\s*[,:]|eds?\.(?=\s))\s*", re.I)
# "in Joy Parr, ed., Childhood …": a few capitalised names, then an unbracketed role word
_NAME = r"[A-Z][\w'’.-]*"
_NAMES_THEN_ED = lazy_pattern(
    rf"^\s*(?:[Ii]n|[Ee]n|[Dd]ans|[Ii]m)\s*:?\s+{_NAME}(?:\s+{_NAME}){{0,3}}"
    rf"(?:(?:\s*,\s*|\s+(?:and|&|et|und)\s+){_NAME}(?:\s+{_NAME}){{0,3}}){{0,4}}"
    r",\s+(?:(?:eds?\.?|editors?)\s*,|eds?\.)\s+"
)
_IN_LEAD = lazy_pattern(r"^\W*(?:in|en|dans|im)\b\s*:?", re.I)
_WORKS = ("container-title", "journal")
_MIN_TITLE_WORDS = 3


@needs(labels=["editor"], any_label=_WORKS)
def role_opens_container(spans: list[Span], text: str) -> list[Span]:
    """``In Giles, C. L., …, | editors, Advances in …`` (PeerJ's ``In: Ku L-W, Martins A | , eds. Book.``): the role
    words go to the editors before them."""
    if "editor" not in [s.label for s in spans]:
        return spans
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label not in _WORKS or before.label != "editor" or s.start - before.end > 1:
            continue
        m = _ROLE_OPENING.match(s.text)
        if m is None or not WORD.search(s.text[m.end() :]):
            continue
        z = s.start + m.end()
        role_end = s.start + len(s.text[: m.end()].rstrip(" ,:"))
        editors = Span("editor", text[before.start : role_end], before.start, role_end, before.confidence)
        work = Span(s.label, text[z : s.end], z, s.end, s.confidence)
        return [*spans[: k - 1], editors, work, *spans[k + 1 :]]
    return spans


@needs(labels=["container-title"], without=["editor"])
def editors_open_container(spans: list[Span], text: str) -> list[Span]:
    """``in Joy Parr, ed., Childhood and Family in Canadian History.`` read as one container: the
    names before the role word are the editors, the rest the container."""
    labels = [s.label for s in spans]
    if "editor" in labels or "container-title" not in labels:
        return spans
    k = labels.index("container-title")
    m = _NAMES_THEN_ED.match(spans[k].text)
    if m is None or not WORD.search(spans[k].text[m.end() :]):
        return spans
    return divided(spans, k, m.end(), m.end(), "editor", "container-title")


@needs(labels=("editor", "title"), without=("journal", "container-title"))
def title_after_in_editors(spans: list[Span], text: str) -> list[Span]:
    """``Title. In M. Arbib (Ed.) | From Action to Language`` read as a second title: a title after
    editors introduced by "In", with a title before them and no container read, is the container."""
    labels = [s.label for s in spans]
    if "editor" not in labels or labels.count("title") < 2 or "journal" in labels or "container-title" in labels:
        return spans
    for k in range(2, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label != "title" or before.label != "editor" or not _IN_LEAD.match(before.text):
            continue
        if not any(x.label == "title" for x in spans[: k - 1]):
            return spans
        return [*spans[:k], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=["editor"], without=("title", "author", "journal", "issue"))
def edited_book_title(spans: list[Span], text: str) -> list[Span]:
    """``Feigenbaum, E. A. and J. Feldman, (eds.). Computers and Thought. New York: …`` with the book
    read as a container: where editors open the reference and no title, no "In", no author and no
    part of a journal (pages, issue) was read, the one work named is the edited book itself."""
    labels = [s.label for s in spans]
    lead = [label for label in labels if label != "citation-number"]
    if not lead or lead[0] != "editor" or set(labels) & {"title", "author", "journal", "issue"}:
        return spans
    works = [k for k, label in enumerate(labels) if label == "container-title"]
    editors = next(s for s in spans if s.label == "editor")
    if len(works) != 1 or _IN_LEAD.match(spans[works[0]].text) or _IN_LEAD.match(editors.text):
        return spans
    # pages are a part's, unless they are a note's page cited after its imprint's bracket ("…, 2016), 78.")
    if any(p.label == "pages" and ")" not in text[spans[works[0]].end : p.start] for p in spans):
        return spans
    s = spans[works[0]]
    return [*spans[: works[0]], Span("title", s.text, s.start, s.end, s.confidence), *spans[works[0] + 1 :]]


# "… Bioassays. In Aquatic Invertebrate Bioassays,", "… Ost-Berlin. In: Pädagogik": a sentence of the
# title span that opens on "In" (a capital, after a full stop) and names a work (Polish "W:" too, its colon
# telling it from an initial)
_IN_SENTENCE = lazy_pattern(r"(?<=[^\W\d_]{2}[.?!])\s+(?:(?:In|Dans|Im)\s*:?|W:)\s+(?=[«\"“„*]?\s*[A-Z\d])")


@needs(labels=["title"], without=("journal", "container-title"), marks=("In", "Dans", "Im", "W:"))
def container_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Magnetometry. In Remote Sensing in Archaeology,`` read as one title, no container read: the
    sentence opened by "In" is the container the title is in."""
    labels = [s.label for s in spans]
    if "title" not in labels or "journal" in labels or "container-title" in labels:
        return spans
    for k, s in enumerate(spans):
        if s.label != "title" or not ("In" in s.text or "Dans" in s.text or "Im" in s.text or "W:" in s.text):
            continue
        m = _IN_SENTENCE.search(s.text)
        if m is None or not WORD.search(s.text[m.end() :]) or len(WORD.findall(s.text[: m.start()])) < 1:
            continue
        return divided(spans, k, m.start(), m.end(), "title", "container-title")
    return spans


# a quoted title closed by its quote and a comma, words after it: "‘Geodesign in Practice: …’, Geodesign by …,"
_QUOTED_THEN_WORK = lazy_pattern(r"^\s*(?:‘[^’]{2,}’|“[^”]{2,}”)\s*,\s+(?=[^\W\d_])")
# the editors' role word opening their span: "ed. Danbi Lee", "ed. In E. Buhmann", "eds. …", "edited by …"
_ROLE_OPENS_EDITORS = lazy_pattern(r"^\s*(?:eds?\.|edited\s+by)\s", re.I)


@needs(labels=("title", "editor"), without=("journal", "container-title"))
def book_after_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """Harvard's ``‘Chapter’, Book title, ed. Danbi Lee, …`` (or ``ed. In E. Buhmann, …``) read as one title
    before the editors: the quoted title ends at its closing quote, and the words between it and the editors'
    role word are the book it is in."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label != "editor" or not _ROLE_OPENS_EDITORS.match(nxt.text):
            continue
        m = _QUOTED_THEN_WORK.match(s.text)
        if m is None or len(WORD.findall(s.text[m.end() :])) < _MIN_TITLE_WORDS:
            return spans
        cut = s.text.rindex(",", 0, m.end())
        return divided(spans, k, cut + 1, m.end(), "title", "container-title")
    return spans


# a quoted title, then "from" and the italic book it was taken from: "“Preservation,” from *A Companion to …*,"
_FROM_BOOK = lazy_pattern(r"(?P<title>[“\"][^”\"]{2,}[”\"])\s+(?P<lead>from\s+)(?=\*[^*\s])")


@needs(labels=["title"], without=("journal", "container-title"), marks=(" from *",))
def book_from_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Smith, Abby. “Preservation,” from *A Companion to Digital Humanities*, ed. …`` read as one title: the
    italic book after ``from`` is the container the quoted title was taken from."""
    for k, s in enumerate(spans):
        if s.label != "title" or (m := _FROM_BOOK.match(s.text)) is None:
            continue
        return divided(spans, k, m.end("title"), m.end(), "title", "container-title")
    return spans


# NLM's date before the volume: "2020;", "2016 Apr 09;"
_NLM_DATE = lazy_pattern(r"\s*(?:1[6-9]|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;")


@needs(any_label=["journal", "container-title"], without=["title"])
def title_before_journal(spans: list[Span], text: str) -> list[Span]:
    """``Allicin: Chemistry and Biological Properties. Molecules.`` read as one journal, no title read:
    a journal span whose first sentences are written out in full words (no abbreviation, which
    journal names are made of) holds the title, and its last sentence is the journal. A container read
    before NLM's date (``Machine Learning For Medical Imaging. Radiology 2020;295``) is such a journal."""
    labels = [s.label for s in spans]
    if "title" in labels:
        return spans
    k = next((i for i, s in enumerate(spans) if s.label == "journal" or _before_nlm_date(spans, i)), None)
    if k is None:
        return spans
    cut = last(SENTENCE_BREAK, spans[k].text)
    if cut is None:
        return spans
    if not written_out(spans[k].text[: cut.start()], _MIN_TITLE_WORDS):
        return spans
    return divided(spans, k, cut.start() + 1, cut.end(), "title", "journal")


def _before_nlm_date(spans: list[Span], k: int) -> bool:
    s = spans[k]
    return s.label == "container-title" and k + 1 < len(spans) and _NLM_DATE.match(spans[k + 1].text) is not None


# ", Chap. 1." / ", ch. 12" / ", chapter 3" closing the book's title: the chapter's number in the book
_CHAPTER_NUMBER = lazy_pattern(r",\s*(?:chap\.|ch\.|chapter)\s*(?:\d{1,3}|[IVXLC]{1,6})[\s.,;]*$", re.I)


@needs(labels=["container-title"])
def chapter_number_closes_container(spans: list[Span], text: str) -> list[Span]:
    """``In: Geertz, C (ed.), The Interpretation of Cultures, Chap. 1. Basic Books.`` with the chapter's
    number read into the book's title: the number is the chapter's place in the book, not its title."""
    for k, s in enumerate(spans):
        if s.label == "container-title" and (m := _CHAPTER_NUMBER.search(s.text)) and m.start() > 0:
            return divided(spans, k, m.start(), m.start() + 1, "container-title", "note")
    return spans


# Chicago's chapter of a book by one author, named by its number before the book (CMOS 14.110): "“Decoding de
# Gaulle,” chap. 7 in *A Diplomatic Revolution*", the entry's "Chap. 7 in *A Diplomatic Revolution*."
_CHAPTER_NUMBER_OPENING = lazy_pattern(r"(?:chap\.|ch\.|chapter)\s*(?:\d{1,3}|[IVXLC]{1,6})(?=\s+in\s+\S)", re.I)
_IN_AFTER_NUMBER = lazy_pattern(r"\s+in\s+", re.I)


@needs(labels=["container-title"], words=("chap", "ch.", "chapter"))
def chapter_number_opens_container(spans: list[Span], text: str) -> list[Span]:
    """``“Decoding de Gaulle,” chap. 7 in A Diplomatic Revolution (Oxford: …)`` with the chapter's number read
    into the book's title: the number is the chapter's place in the book, the words after ``in`` the book."""
    for k, s in enumerate(spans):
        if s.label == "container-title" and (m := _CHAPTER_NUMBER_OPENING.match(s.text)):
            cut = _IN_AFTER_NUMBER.match(s.text, m.end())
            if cut is not None:
                return divided(spans, k, m.end(), cut.end(), "note", "container-title")
    return spans


# Chicago's chapter first printed earlier, its year bracketed after the quoted title (CMOS 14.114): "“Fair Copy,
# Authorial Intention, and Versioning” [1994], in *Making the Archives Talk* (Philadelphia: …)"
_FIRST_YEAR_THEN_IN = lazy_pattern(r"(?<=[”\"])\s*(?P<year>\[(?:1[5-9]|20)\d\d\]),?\s+in\s+(?=\S)")


@needs(labels=["title"], marks=("] in", "], in"))
def first_year_before_in(spans: list[Span], text: str) -> list[Span]:
    """``“Chapter” [1994], in *Book* (Place: …)`` with the bracketed first year and the book read into the
    quoted title: the year is the chapter's first printing, the words after ``in`` the book."""
    for k, s in enumerate(spans):
        if s.label == "title" and (m := _FIRST_YEAR_THEN_IN.search(s.text)) and m.start() > 0:
            a, z = s.start + m.start("year"), s.start + m.end("year")
            year = Span("note", text[a:z], a, z, s.confidence)
            title, book = divided(spans, k, m.start(), m.end(), "title", "container-title")[k : k + 2]
            return [*spans[:k], title, year, book, *spans[k + 1 :]]
    return spans


# ACM's chapter: "In Book, Elias Steinmeyer and Eduard Sievers (eds.)." - the book, then the editors in natural
# order closed by their bracketed role and a full stop
_IN_BOOK_NAMES_ROLE = lazy_pattern(r"(?:^|(?<=[.?!]\s))In\s+(?P<body>[^()]+?)\s+\((?:eds?|editors?)\.?\)(?=\.)")
_NATURAL_NAME = lazy_pattern(r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:van|von|de|der|den|du|da|di|le|la)\s+)*[A-Z][\w'’-]+")
_NAMES_JOINED = lazy_pattern(r"\s+(?:and|&)\s+")
_ARTICLES = frozenset("the a an die der das le la les el los il".split())


def _names_part(part: str) -> bool:
    """Whether ``part`` is names in natural order joined by "and" (``Elias Steinmeyer and Eduard Sievers``)."""
    return all(_NATURAL_NAME.fullmatch(n) for n in _NAMES_JOINED.split(part.strip()))


def _person_part(part: str, *, two_words: bool = True) -> bool:
    """Whether ``part`` is one person whose words show it: an initial or a given name first (``Thomas Wozniak``,
    ``A. Carmiggelt``), a name in capitals, or two words with no article (``Ole-Johan Dahl``); a book's title of
    capitalised words (``Die Althochdeutschen Glossen``) is not."""
    words = part.split()
    return bool(_NATURAL_NAME.fullmatch(part.strip())) and (
        words[0].endswith(".")
        and len(words[0]) <= 3
        or known_given(words[0].rstrip("."))
        or part.isupper()
        or two_words
        and len(words) == 2
        and words[0].lower() not in _ARTICLES  # "Ole-Johan Dahl"; not "Die Glossen"
    )


@needs(marks=("(eds.)", "(ed.)", "(Eds.)", "(Ed.)"))
def book_before_natural_editors(spans: list[Span], text: str) -> list[Span]:
    """ACM's ``In Die Althochdeutschen Glossen, Elias Steinmeyer and Eduard Sievers (eds.).`` read as one editor span
    (or the book's last words among the editors, the publisher among them): the names after the book's last comma
    (and the persons before them in a list of three or more) are the editors, the words before them the book."""
    m = _IN_BOOK_NAMES_ROLE.search(text)
    if m is None:
        return spans
    parts = m.group("body").split(", ")
    if len(parts) < 2 or not _names_part(parts[-1]) or _person_part(parts[0], two_words=False):
        return spans  # ("In Paul A. Kolers, Merald E. Wrolstad, Herman Bouma (eds.), Book": the names open it)
    k = len(parts) - 1
    while k > 1 and _NAMES_JOINED.search(parts[-1]) and _person_part(parts[k - 1]):
        k -= 1
    book = ", ".join(parts[:k])
    a = m.start("body")
    e = a + len(book) + 2
    if len(WORD.findall(book)) < 2:
        return spans
    new = [
        Span("container-title", text[m.start() : a + len(book)], m.start(), a + len(book)),
        Span("editor", text[e : m.end()], e, m.end()),
    ]
    mended = replaced(spans, text, m.start(), m.end(), new)
    if [(s.label, s.start, s.end) for s in mended] == [(s.label, s.start, s.end) for s in spans]:
        return spans
    # an editor span read on past the role holds the imprint after it: "… (eds.). CvAK, 111–114."
    mended = [
        Span("publisher", s.text, s.start, s.end, s.confidence) if s.label == "editor" and s.start >= m.end() else s
        for s in mended
    ]
    k = next(i for i, s in enumerate(mended) if s.start == m.start())
    if k and mended[k - 1].label == "container-title" and not any(s.label == "title" for s in mended):
        s = mended[k - 1]  # the work before "In" is the chapter's title, the book after it the container
        mended[k - 1] = Span("title", s.text, s.start, s.end, s.confidence)
    return mended
