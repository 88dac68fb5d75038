"""Mends of the container: where a part's title ends and the work holding it begins, and where it ends."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import SITE_DOMAIN, WORD, divided, emphasis_runs, joined_pair, replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.dates import years_covered
from biblio.parse.normalisers.names import has_org_name_word
from biblio.parse.spans import Span


def title_then_container(
    spans: list[Span], k: int, text: str, a: int, z: int, right: str = "container-title"
) -> list[Span]:
    """``spans`` with ``spans[k]`` parted: its text up to ``a`` the title, from ``z`` on the container (``right``)."""
    s = spans[k]
    return [
        *spans[:k],
        Span("title", text[s.start : a], s.start, a, s.confidence),
        Span(right, text[z : s.end], z, s.end, s.confidence),
        *spans[k + 1 :],
    ]


# ", in: Book" and ". In: Book": the colon after "in" marks the container in German and LNCS styles; a capital
# "In" after a comma ("…, In Digital History. …") marks it with no colon
_IN_MARK = lazy_pattern(r"[,.]\s+(?:in|In|im|Im):\s+(?=\S)|,\s+In\s+(?=[A-ZÀ-Þ])")
_HOLDS_CONTAINER = frozenset(["journal", "container-title", "source"])
# "in: Royal Society Open Science 4 (10), Royal Society," : journal, volume (issue), publisher
_JOURNAL_NUMBERS = lazy_pattern(
    r"^(?:(?:in|In):\s+)?(?P<journal>[^\W\d][^\d,()]*?)\s+(?P<volume>\d+)\s*\((?P<issue>[^()]+)\)\s*,?"
    r"(?:\s*(?P<publisher>[^\W\d][^\d,()]*?)\s*,?)?\s*$"
)

_CLOSING_VOLUME_ISSUE = lazy_pattern(r"\s(?P<volume>\d{1,3})/(?P<issue>\d{1,2})$")


@needs(labels=["title"], without=_HOLDS_CONTAINER, marks=["n:", ", In "])
def container_after_in_mark(spans: list[Span], text: str) -> list[Span]:
    """``Hilfswissenschaften in Zeiten der Digitalisierung, in: Historische Grundwissenschaften …,``
    read as one title: where no container was read, the words after ``in:`` (or a comma's ``, In``) are the
    container."""
    if ("n:" not in text and ", In " not in text) or not labels_of(spans).isdisjoint(_HOLDS_CONTAINER):
        return spans
    for k, s in enumerate(spans):
        if s.label != "title" or (m := _IN_MARK.search(s.text)) is None:
            continue
        if len(WORD.findall(s.text[: m.start()])) < 2 or len(WORD.findall(s.text[m.end() :])) < 2:
            return spans
        a, z = s.start + m.start(), s.start + m.end()
        container = [Span("container-title", text[z : s.end], z, s.end, s.confidence)]
        if "/" in s.text and (n := _CLOSING_VOLUME_ISSUE.search(s.text)) is not None and n.start() > m.end():
            # "in: Der Deutschunterricht 14/1 (1962)": the volume over its issue closes the journal's name
            v, i = s.start + n.start("volume"), s.start + n.start("issue")
            container = [
                Span("container-title", text[z : s.start + n.start()], z, s.start + n.start(), s.confidence),
                Span("volume", text[v : i - 1], v, i - 1, s.confidence),
                Span("issue", text[i : s.end], i, s.end, s.confidence),
            ]
        return [
            *spans[:k],
            Span("title", text[s.start : a + 1], s.start, a + 1, s.confidence),
            *container,
            *spans[k + 1 :],
        ]
    return spans


# ", in Book" with no colon (Italian, English and German "in", French and Spanish "en", French "dans"): the
# lower-case word after a comma, then a capital
_COMMA_IN = lazy_pattern(r",\s+(?:in|en|dans)\s+(?=[^\W\d_])(?=\S*[A-ZÀ-Þ])")


@needs(labels=["container-title"], without=("title",), marks=[", "])
def title_before_comma_in(spans: list[Span], text: str) -> list[Span]:
    """``Augenti, A., Ravenna e Classe: archeologia …, in Le città italiane …, Atti del convegno, 2004,`` read
    whole as the container, with no title: the words before ``, in`` are the part's title and the words
    after it the work that holds it."""
    if any(s.label == "title" for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "container-title" or (m := _COMMA_IN.search(s.text)) is None:
            continue
        head, tail = s.text[: m.start()], s.text[m.end() :]
        if len(WORD.findall(head)) < 3 or len(WORD.findall(tail)) < 2:
            return spans
        return title_then_container(spans, k, text, s.start + m.start(), s.start + m.end())
    return spans


# "… secolo in Studi in onore di Armando Sapori": "in", then the opening words of a volume in someone's honour or
# memory, a tribute's own name in Italian, English, French, German and Spanish
_IN_TRIBUTE = lazy_pattern(
    r"\s+in\s+(?=(?:Studi|Scritti|Saggi|Miscellanea|Essays|Studies|Papers|Mélanges|Melanges)\s+(?:in\s+(?:onore|"
    r"memoria|hono(?:u)?r|memory)|offerts|en\s+l[’']honneur|dédiés)|Festschrift\s+(?:für|zum)|Hommages?\s+à|"
    r"Homenaje\s+a|Estudios\s+en\s+homenaje)"
)


@needs(labels=["title"], without=("container-title", "journal"), marks=[" in "])
def title_before_tribute_volume(spans: list[Span], text: str) -> list[Span]:
    """``Berengo, Marino: La crisi … alla fine del XVIII secolo in Studi in onore di Armando Sapori, 2 vols., Milano
    1957, pp. 1321-1338.`` with the chapter's title (in no quotes) run on into the volume holding it: the words from
    ``in`` and a tribute volume's opening (``Studi in onore di``, ``Essays in Honour of``, ``Mélanges offerts à``,
    ``Festschrift für``) are the container."""
    for k, s in enumerate(spans):
        if s.label != "title" or (m := _IN_TRIBUTE.search(s.text)) is None:
            continue
        if len(WORD.findall(s.text[: m.start()])) < 2:
            return spans
        return title_then_container(spans, k, text, s.start + m.start(), s.start + m.end())
    return spans


# the words that open a container in the languages biblio reads ("In", "in:", "dans", "en", "im", "aus")
_CONTAINER_LEAD = lazy_pattern(r"^\s*[*_]?(?:[Ii]n|[Dd]ans|[Ee]n|[Ii]m|[Aa]us)\b")
_NUMBERED = frozenset(["volume", "issue", "pages", "editor", "journal"])


@needs(labels=["title", "container-title", "publisher"], without=_NUMBERED)
def subtitle_read_as_book(spans: list[Span], text: str) -> list[Span]:
    """``La figure de l’« habitant ». | Sociologie politique de la demande sociale, | Rennes : PUR`` with a book's
    second sentence read as the book holding it: with no word that opens a container, no editors, no numbers or
    pages, the sentence between the title and the imprint is the title's own."""
    if any(s.label in _NUMBERED for s in spans) or "publisher" not in labels_of(spans):
        return spans  # (a body and its town after an italic title, no publisher read, are no book's sentence)
    for k in range(len(spans) - 2):
        s, c, after = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "title" or c.label != "container-title":
            continue
        if after.label not in ("location", "publisher") or text[s.end : c.start].strip():
            return spans
        if not s.text.rstrip().endswith((".", "!", "?")) or _CONTAINER_LEAD.match(c.text) or "*" in c.text:
            return spans
        joined = Span("title", text[s.start : c.end], s.start, c.end, min(s.confidence, c.confidence))
        return [*spans[:k], joined, *spans[k + 2 :]]
    return spans


# the word for "in" before a container in Spanish, Portuguese, French and Italian lists, and its italic mark
_IN_WORD = lazy_pattern(r"(?:[EeIi]n|[Ee]m|[Dd]ans|[Nn]el)\s*:?\s*[*_]?")


@needs(labels=["source"], marks=["*", "_", "<"])
def italic_source_is_container(spans: list[Span], text: str) -> list[Span]:
    """``« Title », *DHNord2021 - Publier …*, Lille`` with the italic work read as a source: after
    the part's title, a work set in italics is the container that holds it."""
    if "source" not in labels_of(spans):
        return spans
    for run in emphasis_runs(text):
        for k in range(1, len(spans)):
            s = spans[k]
            if (
                s.label != "source"
                or spans[k - 1].label != "title"
                or any(o.label in ("journal", "container-title") for o in spans)
            ):
                continue
            if abs(s.start - run.text_start) <= 1:
                return [*spans[:k], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
            if s.start < run.text_start < s.end and _IN_WORD.fullmatch(text[s.start : run.text_start]):
                # (``"Title". En *Obras …*``: the Spanish, French or Portuguese "in" before the italic work)
                a = run.text_start
                return [*spans[:k], Span("container-title", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=["title"], any_label=("source", "genre"), marks=("”", "."))
def domain_source_is_site(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``“Title,” news.com.au, January 20, 2021, URL`` (IEEE's ``"Title," Python.org. [Online].``) with
    the site, named by its domain, read as a source (or as the kind of work: ``"Microservices." martinfowler.com,
    25 March 2014.``): after a quoted title, a domain standing alone before the date is the site that holds the
    page."""
    if any(s.label in ("journal", "container-title") for s in spans):
        return spans
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label not in ("source", "genre") or spans[k - 1].label != "title":
            continue
        name = s.text.strip().rstrip(",.;")
        if SITE_DOMAIN.match(name) and text[: s.start].rstrip().endswith(("”", "”,", '"', '",')):
            return [*spans[:k], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        return spans
    return spans


@needs(any_label=("source", "container-title"), marks=["("])
def journal_in_source(spans: list[Span], text: str) -> list[Span]:
    """``in: Royal Society Open Science 4 (10), Royal Society,`` read as one source or container: where
    no journal or volume was read, it holds the journal, its volume and issue, and the publisher."""
    for k, s in enumerate(spans):
        if s.label not in ("source", "container-title") or "(" not in s.text:
            continue
        if (m := _JOURNAL_NUMBERS.match(s.text)) is None:
            continue
        if any(o.label in ("journal", "volume") or o.label == "container-title" and o is not s for o in spans):
            return spans
        # a container with editors is a book, whose "4 (II/2)" is a volume and its part
        if s.label == "container-title" and (any(o.label == "editor" for o in spans) or not m.group("issue").isdigit()):
            return spans
        parts = [
            Span(label, m.group(label), s.start + m.start(label), s.start + m.end(label), s.confidence)
            for label in ("journal", "volume", "issue", "publisher")
            if m.group(label)
        ]
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# "Proceedings of …, 306–316. FAT* ’20.": the book's name, a comma, its page range and a full stop
_PAGES_IN_CONTAINER = lazy_pattern(r",\s*(?P<pages>\d{1,5}\s*[-\u2013]\s*\d{1,5})\.(?=\s|$)")
_RANGE_ENDS = lazy_pattern(r"\s*[-\u2013]\s*")
# the ACM's "In Proceedings of the 2020 ACM SIGSAC Conference on … Security. 1971–1985.": a meeting's proceedings,
# its full stop, then the pages closing the span
_PAGES_CLOSE_MEETING = lazy_pattern(r"(?<=[^\W\d_]|\))\.\s+(?P<pages>\d{1,5}\s*[-\u2013]\s*\d{1,5})\.?\s*$")
_MEETING_WORD = lazy_pattern(r"\b(?:proceedings|conference|symposium|workshop)\b", re.I)


@needs(labels=["container-title"], without=["pages"])
def pages_close_container(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``In Proceedings of …, 306–316. FAT* ’20. New York:`` read as one container, where no
    pages were read: the range after the comma is the pages; a short name after it is a note.  The ACM's ``In
    Proceedings of … Security. 1971–1985.``: the range after the meeting's full stop, closing the span."""
    if "pages" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "container-title":
            continue
        m = _PAGES_IN_CONTAINER.search(s.text)
        if m is None and (m := _PAGES_CLOSE_MEETING.search(s.text)) is not None:
            m = m if _MEETING_WORD.search(s.text[: m.start()]) else None
        if m is None:
            continue
        if len(WORD.findall(s.text[: m.start()])) < 3:
            return spans
        if "title" not in labels_of(spans) and years_covered(*_RANGE_ENDS.split(m.group("pages"))):
            return spans  # "2008. The Birth of Biopolitics: …, 1978-79. Basingstoke:": a book's title, its years
        a, z = m.span("pages")
        parts = [
            Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence),
            Span("pages", s.text[a:z], s.start + a, s.start + z, s.confidence),
        ]
        if s.text[z:].strip(" ."):
            parts.append(Span("note", s.text[z + 1 :], s.start + z + 1, s.end, s.confidence))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# a site's name, then the lower-case word that says what kind of site it is: "Historyonics blog", or after
# the name's italics, a Chicago note's "*I Hate What You Just Said* blog,"
_KIND_OF_SITE = lazy_pattern(r"(?<=[^\W\d_]|\*)(?P<kind>\s+blog)[\s,.;:]*$")


@needs(marks=[" blog"])
def blog_word_apart(spans: list[Span], text: str) -> list[Span]:
    """``'Title', Early Modern Notes blog (18 May 2013)``: the lower-case word ``blog`` after the
    blog's name says what kind of work it is, as Chicago's ``*Name* (blog)`` does, and is no part of
    the name."""
    if " blog" not in text:
        return spans
    for k, s in enumerate(spans):
        m = _KIND_OF_SITE.search(s.text) if s.label in _HOLDS_CONTAINER else None
        if m is not None and any(t.label in ("volume", "issue") for t in spans[k + 1 :]):
            return spans  # "OpenAI blog, 1(8):9": cited as a periodical with its numbers, the word is its name's
        if m is not None and len(WORD.findall(s.text[: m.start()])) >= 1:
            a = m.start("kind")
            return [
                *spans[:k],
                Span(s.label, s.text[:a], s.start, s.start + a, s.confidence),
                Span("genre", s.text[a:], s.start + a, s.end, s.confidence),
                *spans[k + 1 :],
            ]
    return spans


# Chicago's "(blog)" right after a span: the span names the blog
_BLOG_MARK = lazy_pattern(r"\s*\((?:blog|weblog)\)")
# what the model reads a blog's name as, after the title ("Matthew Lincoln, PhD" as an editor)
_BLOG_NAME_AS = frozenset(["editor", "publisher", "note", "source"])


@needs(without=("journal", "container-title"), marks=["(blog)"])
def name_before_blog_mark(spans: list[Span], text: str) -> list[Span]:
    """``“Title.” Matthew Lincoln, PhD (blog), 06 Jan 2016`` with the blog's name read as an editor or a publisher:
    Chicago's ``(blog)`` after it says the name is the blog's, the work's container."""
    for k, s in enumerate(spans):
        if k == 0 or s.label not in _BLOG_NAME_AS or (mark := _BLOG_MARK.match(text, s.end)) is None:
            continue
        if not any(t.label == "title" for t in spans[:k]):
            return spans
        z = mark.end()
        return replaced(spans, text, s.start, z, [Span("container-title", text[s.start : z], s.start, z, s.confidence)])
    return spans


# "Dans *Livre*. .", "In *Book*.", "In: *Book*," alone in a span: the mark of the work that holds the part
_IN_ITALICS = lazy_pattern(r"^\s*(?:Dans|In|in|dans)\s*:?\s+\*(?P<work>[^*]+)\*[\s.,;:]*$")
_NOT_CONTAINERS = frozenset(["source", "publisher", "location", "note", "collection-title"])


@needs(without=("journal", "container-title"), marks=["*"])
def in_italics_is_container(spans: list[Span], text: str) -> list[Span]:
    """``« Monotonie ». Dans *Wikipédia*. San Francisco …`` with ``Dans *Wikipédia*.`` read as a source, a
    publisher or a note: the italic work after ``Dans``/``In`` is the container, where none was read."""
    if "*" not in text or not labels_of(spans).isdisjoint(("journal", "container-title")):
        return spans
    for k, s in enumerate(spans):
        if s.label in _NOT_CONTAINERS and _IN_ITALICS.match(s.text):
            return [*spans[:k], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# Chicago's chapter in a book by its own author: "In *Book*, by Tim Gooding, 25–36." — the book's author after
# ", by" closes the container (two to four capitalised words)
_BOOK_BY_AUTHOR = lazy_pattern(r",\s+by\s+(?P<names>[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){1,3})(?P<end>[\s,.]*)$")


@needs(labels=["container-title"], words=("by",))
def book_author_closing_container(spans: list[Span], text: str) -> list[Span]:
    """``“Title.” In Economics for a Fairer Society, by Tim Gooding, 25–36.`` with the book's author read into
    the book's title: the names after ``, by`` are the book's author, kept as a note, and the container ends
    before them."""
    for k, s in enumerate(spans):
        if s.label != "container-title" or (m := _BOOK_BY_AUTHOR.search(s.text)) is None:
            continue
        if len(WORD.findall(s.text[: m.start()])) < 2:
            return spans
        a, z = s.start + m.start(), s.start + m.end("names")
        return [
            *spans[:k],
            Span("container-title", text[s.start : a], s.start, a, s.confidence),
            Span("note", text[a + 1 : z].strip(), z - len(text[a + 1 : z].strip()), z, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# the book's author named between "in" and its italic title: "in National Academy of Sciences, *Scientific …*"
_IN_AUTHOR_THEN_BOOK = lazy_pattern(r"[Ii]n\s+(?P<who>[A-Z][^*,;:()\d]{2,80}?),\s+(?=\*[^*]{2,}\*?)")


@needs(any_label=["container-title", "journal"], marks=["*"])
def book_author_before_italic_container(spans: list[Span], text: str) -> list[Span]:
    """Chicago's chapter note ``“Title,” in National Academy of Sciences, *Scientific Examination of Art* (…), 87–88.``
    with the book's author (a body or a person, CMOS 14.107) read into the container: the container is the italic
    book, its author a note."""
    for k, s in enumerate(spans):
        if s.label not in ("container-title", "journal") or (m := _IN_AUTHOR_THEN_BOOK.match(s.text)) is None:
            continue
        if len(m["who"].split()) < 2:
            return spans
        a = s.start + m.end()
        who = Span("note", m["who"], s.start + m.start("who"), s.start + m.end("who"), s.confidence)
        return [*spans[:k], who, Span("container-title", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the book's own authors after the container, ", by Marc Bascou, Michèle Bimbenet-Privat, and Martin Chapman,"
# (by alone: "edited by" names editors)
_BY_BOOK_AUTHORS = lazy_pattern(r"[\s,]*by\s+[A-Z][^\d()]*")


@needs(labels=["container-title", "editor"], words=("by",))
def book_authors_read_as_editors(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``“Title.” In *Royal Treasures*, by Marc Bascou, …, and Martin Chapman, 82–89.`` with the book's
    own authors read as its editors: names after a bare ``by`` are the book's authors, kept as a note."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "editor" or spans[k - 1].label != "container-title" or not _BY_BOOK_AUTHORS.fullmatch(s.text):
            continue
        return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "22)." / "14)": a meeting's year closing the bracket its short name opened ("(USENIX Security 22)")
_NUMBER_CLOSING_BRACKET = lazy_pattern(r"\d{1,4}\s*\)[.,]?")
# the short name the bracket opened, left open at the span's end: "(USENIX Security", not a bare "("
_OPEN_SHORT_NAME = lazy_pattern(r"\([^()]*[^\W\d_][^()]*$")


@needs(any_label=["volume", "issue"], marks=[")"])
def bracket_number_closes_venue(spans: list[Span], text: str) -> list[Span]:
    """``In 31st USENIX Security Symposium (USENIX Security | 22). 753–770.`` with the short name's year read as
    the volume: a number closing the bracket the proceedings' name left open is part of the name."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in _VENUES or nxt.label not in ("volume", "issue") or s.text.count("(") <= s.text.count(")"):
            continue
        if text[s.end : nxt.start].strip() or not _NUMBER_CLOSING_BRACKET.fullmatch(nxt.text):
            continue
        if not _OPEN_SHORT_NAME.search(s.text):
            continue
        return joined_pair(spans, k, "container-title", text)
    return spans


# "(ICCV)" / "(CVPR 2019)" / "(ATC ’08)": the meeting's short name in brackets straight after the proceedings' name;
# in lower case only with its year, as IEEE Xplore names old meetings ("(sfcs 1978)")
_SHORT_NAME_BRACKET = lazy_pattern(
    r"\s*\(\s*(?:[A-Z][A-Za-z]*[A-Z][A-Za-z0-9/&-]{0,12}(?:\s+['\u2019]?\d{2,4})?|[a-z]{2,6}\s+(?:1[6-9]|20)\d\d)\s*\)"
)
_SHORT_NAME_AFTER = frozenset(["pages", "date", "publisher"])
_SHORT_NAME_READ_AS = frozenset(["date", "collection-title", "note", "journal"])
# Chicago's close after the short name, read on into the same note: ", 57-70. USENIX." (the pages, the publisher)
_PAGES_PUBLISHER_CLOSE = lazy_pattern(
    r",\s*(?P<pages>\d{1,5}\s*[-\u2013]\s*\d{1,5})\.\s+(?P<publisher>[A-Z][^\W\d_][^.,;:()\d]{0,40}?)\.?\s*$"
)


def _short_name_note_close(spans: list[Span], k: int, end: int, text: str) -> list[Span] | None:
    """The spans with the container ``spans[k]`` run to ``end`` (its short name's bracket) where one note after it
    holds the bracket and Chicago's ``, 57-70. USENIX.`` after it, those the pages and the publisher; else None."""
    if k + 2 != len(spans) or (note := spans[k + 1]).label != "note" or not note.start <= end < note.end:
        return None
    m = _PAGES_PUBLISHER_CLOSE.fullmatch(text, end, note.end)
    if m is None:
        return None
    s, conf = spans[k], note.confidence
    return [
        *spans[:k],
        Span("container-title", text[s.start : end], s.start, end, s.confidence),
        Span("pages", m["pages"], m.start("pages"), m.end("pages"), conf),
        Span("publisher", m["publisher"], m.start("publisher"), m.end("publisher"), conf),
    ]


@needs(labels=["container-title"], marks=["("])
def short_name_bracket_closes_venue(spans: list[Span], text: str) -> list[Span]:
    """LNCS's ``2021 IEEE/CVF International Conference on Computer Vision (ICCV) pp. 5835–5844 (2021)`` with the
    meeting's short name read as a series or a date's bracket: the capitals in brackets right after the
    proceedings' name, before its pages, date or publisher, close the name (Chicago's ``USENIX 2008 Annual
    Technical Conference (ATC ’08), 57-70. USENIX.`` with the bracket, pages and publisher read as one note)."""
    for k, s in enumerate(spans):
        if s.label != "container-title" or s.text.rstrip().endswith((",", ".", ")", "*")):
            continue  # (a closed italic name is whole: OSCOLA's "*Book* (OUP 1996)" brackets the imprint)
        m = _SHORT_NAME_BRACKET.match(text, s.end)
        if m is None:
            return spans
        after = [o for o in spans[k + 1 :] if o.start >= m.end()]
        if not after and (closed := _short_name_note_close(spans, k, m.end(), text)) is not None:
            return closed
        if not after or after[0].label not in _SHORT_NAME_AFTER:
            return spans
        inside = [o for o in spans[k + 1 :] if o.start < m.end()]
        # (a span read to the mark after the bracket, "(sfcs 1978),", holds nothing more)
        if any(text[m.end() : o.end].strip(" ,.;") or o.label not in _SHORT_NAME_READ_AS for o in inside):
            return spans
        venue = Span("container-title", text[s.start : m.end()], s.start, m.end(), s.confidence)
        return [*spans[:k], venue, *after]
    return spans


# "2023 60th" / "2022 27th": the proceedings' year and ordinal opening its name, read as a date
_YEAR_ORDINAL = lazy_pattern(r"(?:1[6-9]|20)\d\d\s+\d{1,3}(?:st|nd|rd|th)")
_VENUES = frozenset(["container-title", "journal", "collection-title"])
_IN_CLOSES = lazy_pattern(r"(?:^|\s)In\s+$")


@needs(labels=["date"], any_label=_VENUES, marks=("In ",))
def year_ordinal_opens_venue(spans: list[Span], text: str) -> list[Span]:
    """The ACM's ``… Randomization. In 2023 60th ACM/IEEE Design Automation Conference (DAC). IEEE, 1–6.`` with the
    year and ordinal read as a date and ``In`` left on the title: after ``In``, the year and the ordinal open the
    proceedings' name."""
    for k in range(1, len(spans) - 1):
        d, v = spans[k], spans[k + 1]
        if d.label != "date" or v.label not in _VENUES or not _YEAR_ORDINAL.fullmatch(d.text.strip()):
            continue
        before = spans[k - 1]
        if text[d.end : v.start].strip() or (m := _IN_CLOSES.search(text[before.start : d.start])) is None:
            continue
        venue = Span("container-title", text[d.start : v.end], d.start, v.end, min(d.confidence, v.confidence))
        cut = before.start + m.start()
        if not text[before.start : cut].strip():
            return [*spans[: k - 1], venue, *spans[k + 2 :]]  # "In" read alone as the journal
        head = Span(before.label, text[before.start : cut], before.start, cut, before.confidence)
        return [*spans[: k - 1], head, venue, *spans[k + 2 :]]
    return spans


# the ACM's "Title. In Venue." read as one title: a sentence opening on "In" and a capital closes it
_IN_VENUE = lazy_pattern(r"(?<=\.)\s+In\s+(?=[A-Z0-9])")


@needs(labels=["title"], without=("container-title", "journal"), marks=(". In ",))
def in_venue_closes_title(spans: list[Span], text: str) -> list[Span]:
    """``Loophole: Timing Attacks on Shared Event Loops in Chrome.. In USENIX Security Symposium. 849–864.`` read
    as one title: where no container was read, the sentence after the title's full stop that opens on ``In`` and
    ends the span is the proceedings."""
    if not labels_of(spans).isdisjoint(("container-title", "journal")):
        return spans
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        found = list(_IN_VENUE.finditer(s.text))
        if len(found) != 1 or len(WORD.findall(s.text[: found[0].start()])) < 2:
            return spans
        m = found[0]
        venue = s.text[m.end() :]
        if venue.rstrip(" .").count(". ") or len(WORD.findall(venue)) < 2:
            return spans
        return title_then_container(spans, k, text, s.start + m.start(), s.start + m.end())
    return spans


# "In Proc. 32nd Sympos. Comp. Geom.": a proceedings' name the model cuts at one of its abbreviations' full stops
_PAGES_WORD_CLOSES = lazy_pattern(r",\s*(?:pages|pp\.)\s*$")
_IN_PROCEEDINGS = lazy_pattern(r"(?<=\.)\s+In\s+(?=(?:Proc\b|Proceedings\b|Symp|Conf\b|Conference\b|Workshop\b))")


@needs(labels=["title", "journal"], marks=(". In ",))
def proceedings_cut_at_abbreviation(spans: list[Span], text: str) -> list[Span]:
    """amsalpha's ``Title. In Proc. 32nd Sympos. Comp. Geom., vol. 51 of LIPIcs, …`` read as a title running to
    ``Sympos.`` and a journal ``Comp. Geom.``: the title ends at its full stop before ``In``, and the proceedings'
    name runs on through the journal read after it."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label not in ("journal", "container-title") or text[s.end : nxt.start].strip():
            continue
        found = list(_IN_PROCEEDINGS.finditer(s.text))
        if len(found) != 1 or len(WORD.findall(s.text[: found[0].start()])) < 2:
            return spans
        a, z = s.start + found[0].start(), s.start + found[0].end()
        # (the pages' word read into the journal stays out of the proceedings' name)
        end = z + len(_PAGES_WORD_CLOSES.sub("", text[z : nxt.end]))
        title = Span("title", text[s.start : a], s.start, a, s.confidence)
        venue = Span("container-title", text[z:end], z, end, min(s.confidence, nxt.confidence))
        return [*spans[:k], title, venue, *spans[k + 2 :]]
    return spans


# ACL's "…, pages 6193–6202, Online, November 2020.": a meeting held online, in the place's stead
_ONLINE_PLACE = lazy_pattern(r"Online\s*,")


_PAGES_THEN_ONLINE = lazy_pattern(r"(?P<pages>.*?\d)\s*,\s*(?P<place>Online)\s*,?\s*$")


@needs(labels=["date"], marks=("Online,", "Online ,"))
def online_meeting_place(spans: list[Span], text: str) -> list[Span]:
    """ACL's ``(EMNLP), pages 6193–6202, Online, November 2020. Association for …`` with ``Online`` read as a note,
    into the date or into the pages: between the proceedings' pages (or name) and the meeting's date, it stands
    where the place would."""
    if "date" not in labels_of(spans) or "Online," not in text and "Online ," not in text:
        return spans
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label == "pages" and (m := _PAGES_THEN_ONLINE.fullmatch(s.text)) is not None:
            a, b = s.start + m.start("place"), s.start + m.end("place")
            pages = Span("pages", m["pages"], s.start, s.start + m.end("pages"), s.confidence)
            return [*spans[:k], pages, Span("location", text[a:b], a, b, s.confidence), *spans[k + 1 :]]
        if before.label not in ("pages", "container-title"):
            continue
        if s.label == "date" and (m := _ONLINE_PLACE.match(s.text)) is not None and s.text[m.end() :].strip():
            z = s.start + m.end()
            a = z + len(s.text[m.end() :]) - len(s.text[m.end() :].lstrip())
            place = Span("location", text[s.start : z], s.start, z, s.confidence)
            return [*spans[:k], place, Span("date", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
        if s.label not in ("note", "medium", "genre") or not _ONLINE_PLACE.fullmatch(s.text.strip()):
            continue
        if k + 1 < len(spans) and spans[k + 1].label == "date":
            return [*spans[:k], Span("location", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the pages with the place run into them: "pages 7556–7566, Online."
_PAGES_THEN_ONLINE_STOP = lazy_pattern(r"(?P<pages>.*?\d)\s*,\s*(?P<place>Online)\s*\.?\s*$")


@needs(labels=["publisher"], marks=(", Online.",), without=("location",))
def online_place_before_publisher(spans: list[Span], text: str) -> list[Span]:
    """The ACL Anthology's year-first form ``…, pages 7556–7566, Online. Association for Computational
    Linguistics.`` (``…, pages 94–102, Dubrovnik, Croatia. Association …`` for a meeting held in a town) with
    ``Online`` read into the pages or as a note: right before the publisher, it is the meeting's place."""
    for k in range(1, len(spans) - 1):
        s, after = spans[k], spans[k + 1]
        if after.label != "publisher" or text[s.end : after.start].strip():
            continue
        if s.label == "pages" and (m := _PAGES_THEN_ONLINE_STOP.fullmatch(s.text)) is not None:
            a, b = s.start + m.start("place"), s.start + m.end("place")
            pages = Span("pages", m["pages"], s.start, s.start + m.end("pages"), s.confidence)
            place = Span("location", text[a:b], a, b, s.confidence)
            return [*spans[:k], pages, place, *spans[k + 1 :]]
        before = spans[k - 1]
        if s.label != "note" or s.text.strip(" .") != "Online" or before.label not in ("pages", "container-title"):
            continue
        if text[before.end : s.start].strip() == ",":
            return [*spans[:k], Span("location", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# natbib's proceedings: "…, pages 2–14, Tokyo, Japan, December 14-15 2017. International Workshop on …": after the
# meeting's place and date, a sentence of words alone before the links is the publisher
_WORDS_SENTENCE = lazy_pattern(r"[A-Z][^\d.;:()]*[^\W\d_)]\)?\.?\s*")
_LINKS = frozenset(["url", "doi", "isbn"])


@needs(labels=["container-title", "location", "date", "note"], without=["publisher"])
def publisher_after_meeting_date(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``In Proceedings of …, pages 2–14, Tokyo, Japan, December 14-15 2017. International Workshop on Spoken
    Language Translation. URL …`` with the publisher read as a note: after the place and the date of a proceedings,
    the sentence of words before the links (or the end) is its publisher."""
    if "publisher" in labels_of(spans):
        return spans
    for k in range(2, len(spans)):
        s, d, place = spans[k], spans[k - 1], spans[k - 2]
        if s.label != "note" or d.label != "date" or place.label != "location":
            continue
        if not any(x.label == "container-title" for x in spans[: k - 2]) or not _WORDS_SENTENCE.fullmatch(s.text):
            return spans
        if any(x.label not in _LINKS for x in spans[k + 1 :]) or len(WORD.findall(s.text)) < 2:
            return spans
        return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a work's title and its journal read as one venue: "Visual instruction tuning. Advances in neural information …"
_SENTENCE_BREAK = lazy_pattern(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")


@needs(any_label=("container-title", "journal"), without=("title",))
def title_opens_venue(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``Visual instruction tuning. Advances in neural information processing systems, 36, 2024.`` read as
    one venue where no title was read: the sentence before the venue's one full stop is the title."""
    if "title" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label not in ("container-title", "journal"):
            continue
        found = list(_SENTENCE_BREAK.finditer(s.text))
        if len(found) != 1 or k and spans[k - 1].label not in ("author", "editor", "date"):
            return spans
        m = found[0]
        if len(WORD.findall(s.text[: m.start()])) < 2 or len(WORD.findall(s.text[m.end() :])) < 2:
            return spans
        if "." in s.text[: m.start()] or "." in s.text[m.end() :].rstrip(" .,"):
            return spans  # an abbreviated journal ("Eur. Phys. J. C71"), not a title and a venue
        if has_org_name_word(s.text[: m.start()]):
            return spans  # a body's name before its work ("World Health Organization. Training course …")
        return title_then_container(spans, k, text, s.start + m.start() + 1, s.start + m.end(), s.label)
    return spans


# Google Scholar's Springer proceedings: "In Computer Vision–ECCV 2016: 14th European Conference, Amsterdam, The
# Netherlands, October 11–14, 2016, Proceedings, Part IV 14, pages …" (the volume's number in the series closes it)
_SCHOLAR_PROCEEDINGS = lazy_pattern(
    r"(?:(?<=[.,]\s)|^)In\s+(?P<venue>[A-Z][^()]*?[,.]\s*Proceedings(?:,\s*Part\s+[IVXL]+)?\s+\d{1,3})(?=[,.]\s)"
)


@needs(marks=("Proceedings",))
def scholar_proceedings_whole(spans: list[Span], text: str) -> list[Span]:
    """Google Scholar's ``In Computer Security–ESORICS 2016: 21st European Symposium on …, Heraklion, Greece,
    September 26-30, 2016, Proceedings, Part I 21. Springer, 27–46.`` read as a venue, a place, a date and a volume:
    the whole run, to ``Proceedings``, its part and the number Scholar adds, is the proceedings' title."""
    m = _SCHOLAR_PROCEEDINGS.search(text)
    if m is None:
        return spans
    a, z = m.span("venue")
    inside = [s for s in spans if s.start < z and s.end > a]
    if not inside or inside[0].label in ("author", "title") and inside[0].start < a:
        return spans
    sure = min(s.confidence for s in inside)
    return replaced(spans, text, m.start(), z, [Span("container-title", text[a:z], a, z, sure)])


# "2022 IEEE/CVF Conference …": the proceedings' year opening its name, as Semantic Scholar's records give it
_YEAR_WORD = lazy_pattern(r"\b(?:1[6-9]|20)\d\d\b")
_BRACKETED_YEAR = lazy_pattern(r"\(\s*(?P<year>(?:1[6-9]|20)\d\d)\s*\)[.,]?")


@needs(labels=["date", "title"], any_label=_VENUES, marks=("IEEE", "ACM"))
def year_opens_venue_after_title(spans: list[Span], text: str) -> list[Span]:
    """LNCS's ``Title. 2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR) pp. 5481–5490
    (2022)`` with the proceedings' year read as the date: a bare year between the title and a society's
    proceedings, the same year in brackets closing the reference, opens the proceedings' name."""
    for k in range(1, len(spans) - 1):
        t, d, v = spans[k - 1], spans[k], spans[k + 1]
        if t.label != "title" or d.label != "date" or v.label not in _VENUES or not v.text.startswith(("IEEE", "ACM")):
            continue
        if not _YEAR_WORD.fullmatch(d.text.strip()) or text[d.end : v.start] != " ":
            continue
        closing = [s for s in spans[k + 2 :] if s.label == "date"]
        m = _BRACKETED_YEAR.fullmatch(closing[-1].text.strip()) if closing else None
        if m is None or m["year"] != d.text.strip():
            continue
        venue = Span("container-title", text[d.start : v.end], d.start, v.end, min(d.confidence, v.confidence))
        return [*spans[:k], venue, *spans[k + 2 :]]
    return spans


# DBLP's proceedings as the ACM's style prints them: "In Proceedings of …, COLING 2020, Barcelona, Spain (Online),
# December 8-13, 2020, Donia Scott, Núria Bel, and Chengqing Zong (Eds.). Publisher, 6609–6625."
_EDS_CLOSE = lazy_pattern(r"\s*\(Eds?\.\)\s*[.,]?\s*$")
# one editor, names given first: two to five words, capitalised but for a particle ("Diego de Las Casas")
_GIVEN_FIRST_NAME = lazy_pattern(
    r"[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:[A-ZÀ-Þ][\w’'.-]*|de|van|der|von|da|di|del|la|le|dos|du)){1,4}"
)
_NAME_LINK = lazy_pattern(r"^(?:and\s+)?(.+?)$")
_AND = lazy_pattern(r"\s+and\s+")
# what the model makes of the meeting's place and dates between the proceedings and the editors
_MEETING_PARTS = frozenset(["container-title", "location", "date", "accessed", "note", "volume"])


def _editor_list_start(run: str) -> int | None:
    """Where the given-first names that close ``run`` (comma-parted, the last after ``and``) begin, or None
    when the last part is no name or every part is one."""
    start = None
    end = len(run)
    while end > 0:
        comma = run.rfind(",", 0, end)
        part = run[comma + 1 : end].strip()
        linked = _NAME_LINK.match(part)
        names = _AND.split(linked[1]) if linked else []
        if not names or not all(_GIVEN_FIRST_NAME.fullmatch(n) for n in names):
            break
        start = comma + 1 + (len(run[comma + 1 : end]) - len(run[comma + 1 : end].lstrip()))
        end = comma if comma >= 0 else 0
        if comma < 0:
            return None  # names all along: no proceedings before them
    return start


@needs(labels=["container-title", "editor"], marks=("(Eds.)", "(Ed.)"))
def dblp_meeting_before_editors(spans: list[Span], text: str) -> list[Span]:
    """DBLP's ``In Proceedings of …, COLING 2020, Barcelona, Spain (Online), December 8-13, 2020, Donia Scott, …,
    and Chengqing Zong (Eds.).`` read with the meeting's place and dates as a place, a date or a note, or with an
    editor's given name in the proceedings: the meeting's place and dates belong to the proceedings' title, which
    ends at the comma before the given-first names that close on ``(Eds.)``."""
    for k, s in enumerate(spans):
        if s.label != "editor" or (m := _EDS_CLOSE.search(s.text)) is None:
            continue
        j = k - 1
        while j >= 0 and spans[j].label in _MEETING_PARTS and spans[j].label != "container-title":
            j -= 1
        if j < 0 or spans[j].label != "container-title" or not spans[j].text.startswith("In "):
            return spans
        a = spans[j].start
        eds = s.start + m.start()
        run = text[a:eds]
        if "Lecture Notes" in run or ", Vol." in run:
            return spans  # a series' bracket inside the run: the proceedings end before it
        first = _editor_list_start(run)
        if first is None:
            return spans
        venue = run[:first].rstrip(" ,")
        if not _YEAR_WORD.search(venue) or (a + len(venue), a + first) == (spans[j].end, s.start):
            return spans
        sure = min(o.confidence for o in spans[j : k + 1])
        venue_span = Span("container-title", venue, a, a + len(venue), sure)
        new = [venue_span, Span("editor", text[a + first : s.end], a + first, s.end, sure)]
        return [*spans[:j], *new, *spans[k + 1 :]]
    return spans


# the systems venues' short form: a meeting's short name alone after "In" ("In S&P.", "In EUROCRYPT.", "In
# EuroSys."; two capitals or more), then its publisher
_IN_SHORT_NAME = lazy_pattern(r"In\s+[A-Z][A-Za-z&]*[A-Z&][A-Za-z&]*\.?\s*")
# a publisher's place closing on the year: "Berlin, Heidelberg, 2012."
_PLACE_THEN_YEAR = lazy_pattern(r"(?P<place>.*[^\W\d_])\s*,\s+(?P<year>(?:1[6-9]|20)\d\d)\.?\s*")


@needs(labels=["title", "publisher"], any_label=("editor", "journal"), marks=("In ",))
def short_venue_after_in(spans: list[Span], text: str) -> list[Span]:
    """``Title. In S&P. IEEE, 2019.`` with the meeting's short name read as an editor, or ``In EUROCRYPT.
    Springer, Berlin, Heidelberg, 2012.`` read as a journal with the year in the place: the short name after
    ``In``, before the publisher, is the proceedings, and the year closing the place its date."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label not in ("editor", "journal") or spans[k - 1].label != "title":
            continue
        if spans[k + 1].label != "publisher" or _IN_SHORT_NAME.fullmatch(s.text) is None:
            return spans
        out = [*spans[:k], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        last = out[-1]
        m = _PLACE_THEN_YEAR.fullmatch(last.text) if last.label == "location" else None
        if m is not None and "date" not in labels_of(out):
            end = len(out) - 1
            out = divided(out, end, m.end("place"), m.start("year"), "location", "date")
        return out
    return spans
