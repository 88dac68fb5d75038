"""Mend of an author-date book's closing publisher read as its place: ``Gullan-Whur, Margaret, 1998. *Title*.
Jonathan Cape.`` A bibliography that gives a book's imprint as one name of several words after the title (no
colon, no year after it) names the publisher: a place alone there is a town the gazetteer knows (``Oxford``),
and that stays the place. One word alone may be a town the gazetteer lacks (AnyStyle's ``1787. Title.
Worcester.``): it stays the place unless it is a firm's word (``Hackett Publishing``)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided
from biblio.parse.mends.gated import needs
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.normalisers.names import has_org_name_word
from biblio.parse.normalisers.places import is_place
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
