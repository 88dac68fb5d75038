"""Mends of the container: where a part's title ends and the work holding it begins, and where it ends."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import SITE_DOMAIN, WORD, emphasis_runs
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.dates import years_covered
from biblio.parse.spans import Span

# ", in: Book" and ". In: Book": the colon after "in" marks the container in German and LNCS styles; a capital
# "In" after a comma ("…, In Digital History. …") marks it with no colon
_IN_MARK = lazy_pattern(r"[,.]\s+(?:in|In|im|Im):\s+(?=\S)|,\s+In\s+(?=[A-ZÀ-Þ])")
_HOLDS_CONTAINER = frozenset(["journal", "container-title", "source"])
# "in: Royal Society Open Science 4 (10), Royal Society," : journal, volume (issue), publisher
_JOURNAL_NUMBERS = lazy_pattern(
    r"^(?:(?:in|In):\s+)?(?P<journal>[^\W\d][^\d,()]*?)\s+(?P<volume>\d+)\s*\((?P<issue>[^()]+)\)\s*,?"
    r"(?:\s*(?P<publisher>[^\W\d][^\d,()]*?)\s*,?)?\s*$"
)


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
        return [
            *spans[:k],
            Span("title", text[s.start : a + 1], s.start, a + 1, s.confidence),
            Span("container-title", text[z : s.end], z, s.end, s.confidence),
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
        a, z = s.start + m.start(), s.start + m.end()
        return [
            *spans[:k],
            Span("title", text[s.start : a], s.start, a, s.confidence),
            Span("container-title", text[z : s.end], z, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# the words that open a container in the languages biblio reads ("In", "in:", "dans", "en", "im", "aus")
_CONTAINER_LEAD = lazy_pattern(r"^\s*[*_]?(?:[Ii]n|[Dd]ans|[Ee]n|[Ii]m|[Aa]us)\b")
_NUMBERED = frozenset(["volume", "issue", "pages", "editor", "journal"])


@needs(labels=["title", "container-title", "publisher"], without=_NUMBERED)
def subtitle_read_as_book(spans: list[Span], text: str) -> list[Span]:
    """``La figure de l’« habitant ». | Sociologie politique de la demande sociale, | Rennes : PUR`` with a book's
    second sentence read as the book holding it: with no word that opens a container, no editors, no numbers or
    pages, the sentence between the title and the imprint is the title's own."""
    if any(s.label in _NUMBERED for s in spans):
        return spans
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


@needs(labels=["source"], marks="*_<")
def italic_source_is_container(spans: list[Span], text: str) -> list[Span]:
    """``« Title », *DHNord2021 - Publier …*, Lille`` with the italic work read as a source: after
    the part's title, a work set in italics is the container that holds it."""
    if "source" not in labels_of(spans):
        return spans
    for run in emphasis_runs(text):
        for k in range(1, len(spans)):
            s = spans[k]
            if (
                s.label == "source"
                and spans[k - 1].label == "title"
                and abs(s.start - run.text_start) <= 1
                and not any(o.label in ("journal", "container-title") for o in spans)
            ):
                return [*spans[:k], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
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


@needs(any_label=("source", "container-title"), marks="(")
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


@needs(labels=["container-title"], without=["pages"])
def pages_close_container(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``In Proceedings of …, 306–316. FAT* ’20. New York:`` read as one container, where no
    pages were read: the range after the comma is the pages; a short name after it is a note."""
    if "pages" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "container-title" or (m := _PAGES_IN_CONTAINER.search(s.text)) is None:
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


# "Dans *Livre*. .", "In *Book*.", "In: *Book*," alone in a span: the mark of the work that holds the part
_IN_ITALICS = lazy_pattern(r"^\s*(?:Dans|In|in|dans)\s*:?\s+\*(?P<work>[^*]+)\*[\s.,;:]*$")
_NOT_CONTAINERS = frozenset(["source", "publisher", "location", "note", "collection-title"])


@needs(without=("journal", "container-title"), marks="*")
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
_BOOK_BY_AUTHOR = lazy_pattern(
    r",\s+by\s+(?P<names>[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){1,3})(?P<end>[\s,.]*)$"
)


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
