"""The APA reader's record brought to biblio's record conventions.

APA writes some things the reader keeps in APA's own terms; the record
conventions (what Zotero and the scorers expect) place them elsewhere:

- ``Article e0193972`` after a journal's volume is the article number: it goes in ``page``;
- ``(Original work published 1966)`` is the original date, not an issue; the "periodical"
  read before it was then a book's publisher;
- a site or platform named after the title of a web page, post, video or slides
  (``*Title*. HuffPost. https://…``, ``[PowerPoint slides]. SlideShare. https://…``), or a blog named after
  a post's title, is the ``container-title``;
- a French report's page count closing its title (``Titre, mai 2012, 118 p.``) is the ``page`` field, and the
  month and year before it, the year the date's, a ``note``;
- a chapter's ``(pp. 150-155)`` after a title of two sentences with no ``In`` (``Entry. Encyclopedia name. (pp.
  150-155).``) names the entry, then the book it stands in: the second sentence is the ``container-title``; read
  as a journal's bracketed issue (``Encyclopedia name (pp. 88-90).``) it is the ``page``;
- a handle after the author's name (``Gates, B. [@BillGates]``) belongs to that author:
  it is no second author and is kept beside the names in ``custom.biblio.handles``.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.closing_bodies import issuing_body
from biblio.parse.normalisers.handles import handles_apart
from biblio.parse.readers.apa.types import dated_to_the_day
from biblio.records.model import Item

_ORIGINAL = lazy_pattern(r"^\(?\s*original(?:ly)? (?:work )?published\s+(?:in\s+)?(?P<y>1[0-9]\d\d|20\d\d)", re.I)
_ARTICLE_NUMBER = lazy_pattern(r"^[A-Za-z]{0,3}\d[\w.-]*$")
_JOURNAL_TYPES = {"article-journal", "article-magazine", "article-newspaper", "article"}
# types whose outlet is a site or platform, not a publisher
_ON_A_SITE = {"webpage", "post", "post-weblog", "motion_picture", "broadcast", "song", "graphic", "speech"}


def article_number(item: Item) -> None:
    number = str(item.get("number", ""))
    if item.get("type") in _JOURNAL_TYPES and "page" not in item and _ARTICLE_NUMBER.match(number):
        item["page"] = item.pop("number")


def original_date(item: Item) -> None:
    for var in ("issue", "note"):
        m = _ORIGINAL.match(str(item.get(var, "")))
        if not m:
            continue
        del item[var]
        item["original-date"] = {"date-parts": [[int(m.group("y"))]]}
        if item.get("container-title") and not ({"volume", "page", "issue"} & set(item)) and "publisher" not in item:
            item["publisher"] = item.pop("container-title")  # "*Title*. Basic Books. (Original …)": a book
            item["type"] = "book"
        return


# a whole podcast or series ("*Hidden brain* [Audio podcast]. NPR. URL"): its maker is the publisher (APA 10.12)
_WHOLE_SERIES = lazy_pattern(r"(?:audio\s+|video\s+)?podcast$|(?:TV|television|web)\s+series$", re.I)
# a film's studio after "[Film]." is its publisher, with or without the film's address (APA 10.12); a platform
# that carries it ("[Film]. Netflix.") is its site all the same (``parser._site_not_publisher``)
_FILM = lazy_pattern(r"film\b", re.I)
# a book publisher's name, never a site's: "Deep learning. MIT Press. http://www.deeplearningbook.org" (narrower
# than source's trade words: "Associated Press" and "Google Books" are sites a page sits on); a family firm's
# "Charles Scribner's Sons", or partners' names in a row ("Little, Brown and Company", "Farrar, Straus and Giroux")
_BOOK_PUBLISHER = lazy_pattern(
    r"\b(?:University|College|MIT)\s+Press\b|\bPresses\b|\bVerlag\b|\bPublishers\b|\bSons\b"
    r"|^[A-Z][\w'\u2019]+, [A-Z][\w'\u2019]+,? (?:and|&) [A-Z][\w'\u2019]+$"
    # a firm's "and Company": "Henry Holt and Co."
    r"|\s(?:and|&)\s+Co\.?$"
)


# a university's name, no press's: "University of Nevada, Las Vegas", "Oregon State University"
_UNIVERSITY = lazy_pattern(r"^(?:The )?University of [A-Z]|^(?:[A-Z][\w'’-]+ ){1,3}University(?:,|$)")


def _university_publishes(item: Item) -> bool:
    """``*Title*. University of Nevada, Las Vegas. URL``: a university after an ITALIC title (a work of its own, as
    APA italicises a report) publishes it; a plain-titled page names the site it sits on."""
    title = item.get("title")
    if not isinstance(title, str) or not _UNIVERSITY.search(str(item["publisher"])):
        return False
    source = str(item.get("custom", {}).get("biblio", {}).get("source", ""))
    return f"*{title}*" in source or f"_{title}_" in source


def site_as_container(item: Item) -> None:
    # a blog post's outlet is its blog, with or without the post's address
    # (and a page dated to the day names its site with no address: "Title. (2021, April 21). CNN.")
    on_line = item.get("URL") or item.get("type") == "post-weblog" or (
        item.get("type") == "webpage" and dated_to_the_day(item)
    )
    if (
        item.get("type") in _ON_A_SITE
        and on_line
        and item.get("publisher")
        and not item.get("container-title")
        and not item.get("publisher-place")
        and not _WHOLE_SERIES.match(str(item.get("medium") or item.get("genre") or ""))
        and not _FILM.match(str(item.get("medium") or ""))
    ):
        if item.get("type") == "webpage" and _BOOK_PUBLISHER.search(str(item["publisher"])):
            item["type"] = "book"  # a book with its address: the publisher stays
            return
        if not dated_to_the_day(item) and "accessed" not in item and issuing_body(str(item["publisher"])):
            # "Title. (2018). Elia Group. URL": a firm or an agency issues a report (a page retrieved on a day,
            # "(n.d.). Free Software Foundation. Retrieved …", names the site it sits on)
            return
        if not dated_to_the_day(item) and "accessed" not in item and _university_publishes(item):
            return
        item["container-title"] = item.pop("publisher")


# ", mai 2012, 118 p" closing a title: the report's month and year (kept apart), then its count of pages
_PAGE_COUNT_CLOSING = lazy_pattern(
    r",\s*(?:(?P<when>[^\W\d_]{3,12}\.?\s+(?P<year>1[5-9]\d\d|20\d\d)),\s*)?(?P<n>\d{1,5})\s?pp?\.?\s*$"
)


def page_count_apart(item: Item) -> None:
    title = item.get("title")
    if not isinstance(title, str) or "page" in item or (m := _PAGE_COUNT_CLOSING.search(title)) is None:
        return
    if not title[: m.start()].strip():
        return
    issued = item.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    year = parts[0][0] if isinstance(parts, list) and parts and parts[0] else None
    if m.group("when") and str(year) != m.group("year"):
        return
    item["title"] = title[: m.start()].rstrip()
    item["page"] = m.group("n")
    if m.group("when"):
        item["note"] = "; ".join(x for x in (str(item.get("note", "")), m.group("when")) if x)


_PAGES_MARK = lazy_pattern(r"^pp?\.\s*(?P<pages>\S.*)$")
# the title's last sentence: a stop after a word of two letters or more (not an initial), then the book's name
_BOOK_SENTENCE = lazy_pattern(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Z])")
_BRACKETED_PAGES = lazy_pattern(r"\(pp?\.\s*\d")


def bracketed_pages_of_a_part(item: Item) -> None:
    issue = _PAGES_MARK.match(str(item.get("issue", "")))
    if issue is not None and "page" not in item:
        del item["issue"]
        item["page"] = issue.group("pages")
        if item.get("publisher") and item.get("type") == "article-journal":
            item["type"] = "chapter"  # a publisher's book, not a journal
        return
    title = item.get("title")
    source = str(item.get("custom", {}).get("biblio", {}).get("source", ""))
    if item.get("type") != "book" or "page" not in item or "container-title" in item or not isinstance(title, str):
        return
    cuts = list(_BOOK_SENTENCE.finditer(title))
    if len(cuts) != 1 or not _BRACKETED_PAGES.search(source) or len(title[cuts[0].end() :].split()) < 2:
        return
    item["title"], item["container-title"] = title[: cuts[0].start()], title[cuts[0].end() :]
    item["type"] = "chapter"


def conventions(item: Item | None) -> Item | None:
    """``item`` (the APA reader's record, or None) with the conventions applied in place."""
    if item is None:
        return None
    article_number(item)
    original_date(item)
    page_count_apart(item)
    bracketed_pages_of_a_part(item)
    site_as_container(item)
    handles_apart(item)
    return item
