"""Mend of an author-date book's closing publisher read as its place: ``Gullan-Whur, Margaret, 1998. *Title*.
Jonathan Cape.`` A bibliography that gives a book's imprint as one name of several words after the title (no
colon, no year after it) names the publisher: a place alone there is a town the gazetteer knows (``Oxford``),
and that stays the place. One word alone may be a town the gazetteer lacks (AnyStyle's ``1787. Title.
Worcester.``): it stays the place unless it is a firm's word (``Hackett Publishing``)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH, INITIAL_CLOSES, divided
from biblio.parse.mends.gated import needs
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.normalisers.genre import description_type
from biblio.parse.normalisers.names import has_org_name_word
from biblio.parse.normalisers.places import is_place
from biblio.parse.review.lexicon import row_of
from biblio.parse.spans import Span

# one to five capitalised words (a firm's "&", "and", "of" between them), nothing else
_NAME = lazy_pattern(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|&|and|of|the))*$")


@needs(labels=("location", "title", "date"), without=("publisher",))
def closing_name_is_publisher(spans: list[Span], text: str) -> list[Span]:
    """The last span, a name read as the place right after the title, with the year before the title."""
    last = _closing_after_dated_title(spans, text, "location")
    if last is None:
        return spans
    name = last.text.strip(" .,;")
    if len(name.split()) > 5 or not _NAME.match(name) or is_place(name):
        return spans
    if len(name.split()) == 1 and not PUBLISHER_WORD.search(name):
        return spans
    return [*spans[:-1], Span("publisher", last.text, last.start, last.end, last.confidence)]


def _closing_after_dated_title(spans: list[Span], text: str, label: str) -> Span | None:
    """The last span when it is labelled ``label``, closes the text and follows the title with no more than a mark
    between them, in an author-date reference (only names and the date before the title); else None."""
    if len(spans) < 3 or text[spans[-1].end :].strip(" .,;"):
        return None
    *head, title, last = spans
    if last.label != label or title.label != "title" or text[title.end : last.start].strip(" .,*"):
        return None
    if not any(s.label == "date" for s in head) or any(s.label not in ("author", "editor", "date") for s in head):
        return None
    return last


# a body's acronym alone: "IDRC.", "OECD", "UNDP."
_ACRONYM = lazy_pattern(r"^[A-Z]{2,6}$")


@needs(labels=("journal", "title", "date"), without=("publisher", "volume", "pages", "issue"))
def closing_acronym_is_publisher(spans: list[Span], text: str) -> list[Span]:
    """Harvard's ``Crucible Group, 1994. People, Plants and Patents. IDRC.`` with the body's acronym after the title
    read as a journal: a journal with no volume, issue or pages closing an author-date reference, an acronym
    alone, is the book's publisher."""
    last = _closing_after_dated_title(spans, text, "journal")
    if last is None or not _ACRONYM.match(last.text.strip(" .,;")):
        return spans
    return [*spans[:-1], Span("publisher", last.text, last.start, last.end, last.confidence)]


# after an author-date head, an unquoted title's stop and a firm's one word closing the reference: "2019. Theory of
# Heat. Appleton."
_TITLE_THEN_FIRM = lazy_pattern(r"\s*(?P<title>[^\W\d_*\"“‘'].*?[\w)?!])\.\s+(?P<name>[A-Z][a-z][a-z'’-]+)\.?\s*")
_YEAR_ALONE = lazy_pattern(r"\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,]?")
# what the labeller makes of the title and the firm's word (a place it reads as one is left to the mend above)
_TITLE_OR_FIRM = frozenset(["title", "journal", "container-title", "publisher"])
# one-word sites cited by name alone, media, kinds of document the genre words do not know, seasons and a
# date's words, and the words closing a longer firm's name
_NOT_FIRMS = frozenset(
    "Wikipedia Wikisource Wiktionary Scholarpedia Online Print Web Internet Unpublished Forthcoming Spring Summer"
    " Autumn Fall Winter Released Published Updated Accessed Retrieved Modified Revised Archived Posted Viewed Cited"
    " Press Publishers Publishing Verlag Books Editions Company Inc Ltd Typescript Handout Pamphlet Brochure Leaflet"
    " Poster Transcript".split()
)
_MONTH = lazy_pattern(ENGLISH_MONTH)


@needs(labels=("date",), any_label=("journal", "container-title", "publisher", "title"), without=("location",))
def firm_word_closing_dated_title(spans: list[Span], text: str) -> list[Span]:
    """The 18th Chicago author-date book in plain text, ``Maxwell, J. C. 1871. Theory of Heat. Appleton.`` (no
    place), with the firm's one word read as a journal or into the title: after the names and a year alone, an
    unquoted title's stop and one capitalised word closing the reference that the labelled references know
    mostly as a publisher's, or not at all, is the book's publisher."""
    k = next((i for i, s in enumerate(spans) if s.label == "date"), None)
    if k is None or k == 0 or k + 1 >= len(spans) or not _YEAR_ALONE.fullmatch(spans[k].text.strip()):
        return spans
    if any(s.label not in ("author", "editor") for s in spans[:k]):
        return spans
    rest = spans[k + 1 :]
    if len(rest) > 2 or any(s.label not in _TITLE_OR_FIRM for s in rest) or not text.rstrip(" .")[-1:].isalpha():
        return spans
    a = spans[k].end
    m = _TITLE_THEN_FIRM.fullmatch(text, a)
    if m is None or not _firm_word(m["name"]) or rest[-1].label == "publisher" and rest[-1].start == m.start("name"):
        return spans
    if INITIAL_CLOSES.search(m["title"]):
        return spans  # "1911. Title. B. T. Batsford.": the word closes the firm's name, not the reference's sentence
    conf = min(s.confidence for s in rest)
    title = Span("title", text[m.start("title") : m.end("title") + 1], m.start("title"), m.end("title") + 1, conf)
    # (a known town alone there is an older book's place, its printer unnamed: "1811. Title. Leeds.")
    imprint = "location" if is_place(m["name"]) else "publisher"
    firm = Span(imprint, text[m.start("name") :].rstrip(), m.start("name"), len(text.rstrip()), conf)
    return [*spans[: k + 1], title, firm]


def _firm_word(name: str) -> bool:
    """Whether the labelled references hold ``name`` mostly in publishers, or not at all (a site's name aside)."""
    if name in _NOT_FIRMS or _MONTH.fullmatch(name) or description_type(name) is not None:
        return False  # (a date's word, a medium's or a kind's: "Released.", "Online.", "April.", "Mimeo.", "Blog.";
        # "Univ. Press.": a name's end)
    row = row_of(name.lower())
    return row is None or row[3] == max(row)


# the learned societies' and university presses' short names that print a book's imprint alone after its title
_SCHOLARLY_IMPRINT = lazy_pattern(r",\s+(?P<part>SIAM|IEEE(?: Press)?|ACM(?: Press)?|MIT Press|OUP|CUP|AMS|SPIE),?\s*$")


@needs(labels=("title", "date"), without=("publisher", "container-title"))
def scholarly_imprint_closing_title(spans: list[Span], text: str) -> list[Span]:
    """SIAM's and the plain styles' book ``Trust Region Methods, SIAM, 2000.`` read as one title: a society's or
    press's short name after the title's last comma and right before the year is the publisher (no title closes on
    ``, SIAM``)."""
    for k in range(len(spans) - 1):
        s, date = spans[k], spans[k + 1]
        if s.label != "title" or date.label != "date" or text[s.end : date.start].strip(" ,"):
            continue
        m = _SCHOLARLY_IMPRINT.search(s.text)
        if m is None or not s.text[: m.start()].strip():
            return spans
        return divided(spans, k, m.start(), m.start("part"), "title", "publisher")
    return spans


# the site's name, its full stop, and a body's name closing the reference: "Think Global Health. Council on Foreign
# Relations."
_SITE_THEN_BODY = lazy_pattern(
    r"(?P<site>[A-Z][^\W\d_]+(?:\s+[A-Za-z][^\W\d_]*){0,6})\.\s+(?P<body>[A-Z][^\W\d_]+(?:\s+[A-Za-z&][^\W\d_]*){1,7})"
    r"\s*\.?\s*"
)


@needs(labels=("container-title", "title"), without=("publisher", "journal", "volume", "issue", "pages"))
def body_closing_site(spans: list[Span], text: str) -> list[Span]:
    """Harvard's web article ``‘Title’, Think Global Health. Council on Foreign Relations.`` with the body that runs the
    site read into the site's name: the sentence after the site's, a body's name closing the reference, is the
    publisher."""
    if len(spans) < 2:
        return spans
    s = spans[-1]
    if s.label != "container-title" or text[s.end :].strip() or spans[-2].label != "title":
        return spans
    m = _SITE_THEN_BODY.fullmatch(s.text)
    if m is None or not has_org_name_word(m["body"]):
        return spans
    return divided(spans, len(spans) - 1, m.end("site") + 1, m.start("body"), "container-title", "publisher")
