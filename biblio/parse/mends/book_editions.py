"""Mend of a book's edition after its title inside a chapter's reference: IEEE's ``in Iterative Methods for
Sparse Linear Systems, 2nd ed. SIAM, 2003, ch. 9`` (the reference guide's ``in Title of Book, xth ed. City:
Publisher, year``), and the Elsevier-like ``in: A. Mukherjee (Eds.), Mobile Edge Computing, 1 ed., Springer …``, with
the edition read into the book's title, or its number there and ``ed.`` into the publisher."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.colon_imprints import INITIALS_FIRM
from biblio.parse.mends.common import group_spans, replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.mends.publishers import FIRM_NAME
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# ", 2nd ed." / ", Second ed." / ", Rev. ed." closing the book's title, or the bare number of the Elsevier-like
# numbered styles (elsarticle's and CEUR-WS's ", 1 ed., Springer International Publishing,")
_EDITION_AFTER_BOOK = lazy_pattern(
    r",\s+(?P<ed>(?:\d{1,3}(?:st|nd|rd|th)?|First|Second|Third|Fourth|Fifth|Sixth|Revised|Rev\.)\s+(?:ed|edn)\.)",
    re.I,
)


@needs(any_label=["container-title", "location"], marks=["ed.", "Ed.", "ED.", "edn", "Edn"])
def edition_closing_book(spans: list[Span], text: str) -> list[Span]:
    """The edition statement after the book's title (``, 2nd ed.``) read into the title, or its number there and
    ``ed.`` into the next field: it is the edition, apart from both (so after the place, LNCS's ``Association for
    Computing Machinery, New York, NY, USA, 1 edn. (2023)``)."""
    for s in spans:
        if s.label not in ("container-title", "location"):
            continue
        m = _EDITION_AFTER_BOOK.search(text, s.start, min(len(text), s.end + 8))
        if m is None or not s.start < m.start() < s.end:
            continue  # the statement must open inside the book's title
        a, z = m.start("ed"), m.end("ed")
        return replaced(spans, text, a, z, [Span("edition", text[a:z], a, z, s.confidence)])
    return spans


# BibTeX's plain and natbib books: "Title. MIT Press, second edition, 2018." with the publisher and the edition
# read as one note
_PUBLISHER_THEN_EDITION = lazy_pattern(
    r"(?P<pub>[A-Z][^\d,;:()]{1,60}?),\s+(?P<ed>(?i:(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|"
    r"Seventh|Eighth|Ninth|Tenth|Revised)\s+(?:edition|edn\.?|ed\.)))\s*[,.]?\s*"
)


@needs(labels=("title", "date"), any_label=("note", "edition"), words=("edition", "edn", "ed."))
def publisher_and_edition_in_note(spans: list[Span], text: str) -> list[Span]:
    """``MIT Press, second edition,`` after a book's title and before its year, read as a note or as the
    edition: the name is the publisher, the rest the edition."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label not in ("note", "edition") or spans[k - 1].label != "title" or spans[k + 1].label != "date":
            continue
        m = _PUBLISHER_THEN_EDITION.fullmatch(text, s.start, s.end)
        if m is None or len(m["pub"].split()) > 6:
            return spans
        pub, ed = m.span("pub"), m.span("ed")
        return [
            *spans[:k],
            Span("publisher", text[pub[0] : pub[1]], *pub, s.confidence),
            Span("edition", text[ed[0] : ed[1]], *ed, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# "3rd edn (", "2nd edn": an edition alone, with the bracket of the imprint after it
# (perhaps after the work's count of volumes, older lists' "2 vols. 2d ed.", and their ordinals "2d", "3d")
_EDITION_ALONE = lazy_pattern(
    r"(?P<count>\d{1,3}\s+vols?\.\s+)?"
    r"(?P<ed>(?i:(?:\d{1,3}(?:st|nd|rd|th)|[23]d|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Revised)"
    r"\s+(?:edition|edn\.?|ed\.)))\s*[,(]?\s*"
)


@needs(labels=("title",), any_label=("note", "pages"), words=("edition", "edn", "ed."))
def edition_note_after_title(spans: list[Span], text: str) -> list[Span]:
    """IOP's book ``Jackson J D 1999 Classical Electrodynamics 3rd edn (Wiley)`` with the edition read as a note
    between the title and the bracketed imprint, or a Chicago note's ``Title, vol. 2, 2nd ed. (New York: …)`` with it
    read as pages after the volume: a note or pages that are an edition alone, after the title or its volume, are
    the edition (and a name after its comma, before the year, the publisher)."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label not in ("note", "pages") or spans[k - 1].label not in ("title", "volume"):
            continue
        m = _EDITION_ALONE.fullmatch(text, s.start, s.end)
        if m is None:
            if s.label == "note" and k + 1 < len(spans) and spans[k + 1].label == "date":
                return _edition_then_publisher(spans, k, text)
            continue
        a, z = m.span("ed")
        edition = Span("edition", text[a:z], a, z, s.confidence)
        if m["count"]:  # the count of volumes stays the note it was read as
            c = m.start("count")
            d = c + len(m["count"].rstrip())
            return [*spans[:k], Span("note", text[c:d], c, d, s.confidence), edition, *spans[k + 1 :]]
        return [*spans[:k], edition, *spans[k + 1 :]]
    return spans


def _edition_then_publisher(spans: list[Span], k: int, text: str) -> list[Span]:
    """INSPIRE's book ``“Title,” vol 1. 2nd ed., Cambridge University Press (2012).`` with the edition and the
    publisher before the year read as one note: the edition, its comma, then a name of a few words, the publisher
    (``publisher_in_edition``'s reading of the same words)."""
    s = spans[k]
    m = _EDITION_THEN_NAME.fullmatch(s.text)
    if m is None or not _EDITION_ALONE.fullmatch(m["edition"].strip()) or len(m["name"].split()) > 6:
        return spans
    a, z = m.span("name")
    edition = Span("edition", s.text[: m.end("edition")], s.start, s.start + m.end("edition"), s.confidence)
    publisher = Span("publisher", s.text[a:z], s.start + a, s.start + z, s.confidence)
    return [*spans[:k], edition, publisher, *spans[k + 1 :]]


# "3rd ed., Wiley-VCH,": the edition, its comma, then a name that is no part of it (MLA's "revised edition, Applause,"
# writes the word out)
_EDITION_THEN_NAME = lazy_pattern(
    r"^(?P<edition>\s*\S+\s+(?:ed|edn|Ed|Edn|edition|Edition)\.?),\s+(?P<name>[A-Z][^\d,]*?)[,.]?\s*$"
)


@needs(labels=["edition", "title"], without=["publisher"])
def publisher_in_edition(spans: list[Span], text: str) -> list[Span]:
    """Wiley-VCH's ``Title, 3rd ed., Wiley-VCH, Weinheim 2012.`` with the publisher read into the edition: after
    ``ed.,`` a name in the edition's span is the publisher."""
    if "publisher" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "edition" or (m := _EDITION_THEN_NAME.match(s.text)) is None:
            continue
        a, z = m.span("name")
        edition = Span("edition", s.text[: m.end("edition")], s.start, s.start + m.end("edition"), s.confidence)
        publisher = Span("publisher", s.text[a:z], s.start + a, s.start + z, s.confidence)
        return [*spans[:k], edition, publisher, *spans[k + 1 :]]
    return spans


# the name MLA 9 sets between the edition and the year: capitalised words, no digits, no colon of a town's imprint
# what the model reads the publisher there as: the town, or a source (with the comma before it)
_HOUSE_READS = frozenset(["location", "container-title"])
_MLA_HOUSE = lazy_pattern(r"[A-Z][^\W\d_]*(?:[\s-][A-Z&][^\W\d_]*){0,4}")


@needs(labels=["edition", "date"], any_label=_HOUSE_READS, without=["publisher"])
def mla_publisher_after_edition(spans: list[Span], text: str) -> list[Span]:
    """MLA 9's ``Title. 7th ed., Harper Collins, 2011.`` (no town: the publisher alone between the edition and the
    year) with the publisher read as the town: a name no list of places knows, between ``ed.,`` and the year, is the
    publisher (read as a source, too, its comma with it)."""
    for k in range(1, len(spans) - 1):
        edition, place, date = spans[k - 1], spans[k], spans[k + 1]
        if place.label not in _HOUSE_READS or edition.label != "edition" or date.label != "date":
            continue
        if text[edition.end : place.start].strip() not in (",", "") or not edition.text.rstrip(" ,").endswith("ed."):
            return spans
        between = text[place.end : date.start].strip()
        closed = between == "," or not between and place.text.rstrip().endswith(",")
        if not closed or not _MLA_HOUSE.fullmatch(name := place.text.strip(" ,")):
            return spans
        if is_place(name) or len(date.text.strip(" .")) != 4:
            return spans
        a = place.start + place.text.index(name)
        return [*spans[:k], Span("publisher", name, a, a + len(name), place.confidence), *spans[k + 1 :]]
    return spans


# "third ed.," / "2nd edn," : an edition alone, as SIAM sets it after the place
_EDITION_AFTER_PLACE = lazy_pattern(
    r"^\s*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:ed|edn|edition)\.?,?\s*$",
    re.I,
)
_PUBLISHER_READS = frozenset(["journal", "container-title"])
# the title's last clause after a comma, a firm's or society's name
_CLOSING_FIRM = lazy_pattern(rf"(?<=\S),\s+(?P<firm>{FIRM_NAME.pattern}),?\s*$")


@needs(labels=["location"], any_label=["journal", "container-title", "title"], without=["volume", "issue", "pages"])
def siam_book_imprint(spans: list[Span], text: str) -> list[Span]:
    """SIAM's book ``Title, Society for Industrial and Applied Mathematics, Philadelphia, PA, third ed., 2000.`` with
    the publisher read as a journal or into the title, and the edition as the publisher or a note: a name, the
    place, then an edition alone are the publisher, its place and the edition."""
    if not labels_of(spans).isdisjoint(("volume", "issue", "pages")):
        return spans
    for k in range(len(spans) - 2):
        name, place, edition = spans[k], spans[k + 1], spans[k + 2]
        if place.label != "location" or not _EDITION_AFTER_PLACE.match(edition.text):
            continue
        if name.label in _PUBLISHER_READS:
            head, a = [], name.start
        elif name.label == "title" and (m := _CLOSING_FIRM.search(name.text)) is not None:
            # the title ran on into the publisher: "Matrix splitting methods, Society for … Mathematics,"
            a = name.start + m.start("firm")
            cut = name.start + m.start()
            head = [Span("title", text[name.start : cut], name.start, cut, name.confidence)]
        else:
            continue
        mended = [
            *head,
            Span("publisher", text[a : name.end], a, name.end, name.confidence),
            place,
            Span("edition", edition.text, edition.start, edition.end, edition.confidence),
        ]
        return [*spans[:k], *mended, *spans[k + 3 :]]
    return spans


# natbib's "Title. McGraw-Hill Education, 5th edition, 2015.": the publisher closing the title, before the edition
_PUBLISHER_CLOSES = lazy_pattern(r"(?<=[a-z)?!]\.)\s+(?P<publisher>[A-Z][^.,:;?!()]{1,60}?)\s*,\s*$")
# a firm's name closes on its kind or is a house's own ("… Press", "… Education", "Wiley", "McGraw-Hill")
_FIRM_CLOSES = lazy_pattern(
    r"(?i)\b(?:press|publish\w*|publications|education|books|verlag|inc|ltd|co|corp|company|sons|llc|gmbh|wiley|"
    r"springer|elsevier|routledge|pearson|mcgraw-hill|macmillan|penguin|norton|sage|birkhäuser|siam)$"
)


@needs(labels=("title", "edition"), without=["publisher"])
def firm_closing_title_before_edition(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``Simulation Modeling and Analysis. McGraw-Hill Education, 5th edition, 2015.`` with the publisher read
    into the title: the sentence after the title's full stop, right before the edition, that names a firm is the
    publisher."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "title" or spans[k + 1].label != "edition" or text[s.end : spans[k + 1].start].strip():
            continue
        m = _PUBLISHER_CLOSES.search(s.text)
        # (a subtitle's sentence is no publisher: the firm names itself with a publisher's word)
        if m is None or not _FIRM_CLOSES.search(m["publisher"]):
            return spans
        a, b = s.start + m.start("publisher"), s.start + m.end("publisher")
        title = Span("title", text[s.start : s.start + m.start()], s.start, s.start + m.start(), s.confidence)
        return [*spans[:k], title, Span("publisher", text[a:b], a, b, s.confidence), *spans[k + 1 :]]
    return spans


# an inverted name with initials, a title with no comma, and the edition, all read as names: "Altaner, B., Patrologie,
# 2d ed. J. C. Herder," (the older American "2d", "3d" the model does not know for an ordinal)
_NAME_TITLE_EDITION = lazy_pattern(
    r"(?P<author>[A-Z][^\W\d_]+(?:[- ][A-Z][^\W\d_]+)?,\s+(?:[A-Z]\.\s?){1,3}),\s+(?P<title>[A-Z][^,;:()]*?),\s+"
    r"(?P<ed>\d{1,2}(?:st|nd|rd|th|d)\s+edn?\.)\s+(?=\S)"
)
_OPENING_PARTS = (("author", "author"), ("title", "title"), ("edition", "ed"))
_OPENING_BARS = ("title", "edition", "container-title")


@needs(any_label=["editor", "author"], without=_OPENING_BARS, marks=("ed.", "edn."))
def edition_inside_opening_names(spans: list[Span], text: str) -> list[Span]:
    """``Altaner, B., Patrologie, 2d ed. J. C. Herder, Freiburg, 1950.`` read as one run of names: no list of names
    holds an edition, so the inverted name before it is the author, the words between them the title."""
    if not spans or not labels_of(spans).isdisjoint(_OPENING_BARS):
        return spans
    s = spans[0]
    if s.label not in ("editor", "author") or (m := _NAME_TITLE_EDITION.match(text, s.start, s.end)) is None:
        return spans
    rest = Span(s.label, text[m.end() : s.end], m.end(), s.end, s.confidence)
    return [*group_spans(m, _OPENING_PARTS), rest, *spans[1:]]


# the count of volumes or the edition a house named by its founder's initials follows: "2nd ed." / "5 vols."
_BEFORE_HOUSE = lazy_pattern(r"\b(?:ed|edn|vols)$")
# the house, then perhaps its town, in one name span: "J. C. Herder, Freiburg,"
_HOUSE_AND_TOWN = lazy_pattern(r"^(?P<house>(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+),\s+(?P<town>[A-Z][^\W\d_]+)[,.]?\s*$")


@needs(any_label=["edition", "volume"], without=["publisher"], marks=["."])
def initials_house_after_edition(spans: list[Span], text: str) -> list[Span]:
    """``Title, 2nd ed. J. C. Herder, Freiburg, 1950.`` (or ``…, 5 vols. J. C. Herder, Freiburg, 1913–1932.``) with the
    house, named by its founder's initials and name, read as an editor: ``ed.`` there closes the edition, so no editor's
    word comes before the name; a name, then a known town (after it or in the same span) and the date, is the house."""
    if "publisher" in labels_of(spans):
        return spans
    for k in range(1, len(spans) - 1):
        before, s = spans[k - 1], spans[k]
        if s.label not in ("editor", "author") or before.label not in ("edition", "volume"):
            continue
        if not _BEFORE_HOUSE.search(text[before.start : s.start].rstrip(" .")):
            return spans
        lead = len(s.text) - len(s.text.lstrip(" ."))
        a = s.start + lead
        body = text[a : s.end]
        after = spans[k + 1]
        if INITIALS_FIRM.match(body) and after.label == "location" and is_place(after.text.strip(" ,.")):
            z = a + len(body.rstrip(" ,.;"))
            return [*spans[:k], Span("publisher", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
        m = _HOUSE_AND_TOWN.match(body)
        if m is None or not is_place(m["town"]) or after.label not in ("date", "pages"):
            return spans
        house = Span("publisher", m["house"], a + m.start("house"), a + m.end("house"), s.confidence)
        town = Span("location", m["town"], a + m.start("town"), a + m.end("town"), s.confidence)
        return [*spans[:k], house, town, *spans[k + 1 :]]
    return spans
