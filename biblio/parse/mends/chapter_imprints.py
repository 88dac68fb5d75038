"""Mend of the chapter's imprint in British author-date bibliographies, where the chapter's pages follow
the book's publisher after a full stop: ``(ed) Book, 1st Edition, Oxford: Oxbow Books. 147-76.``. The
labeller reads the publisher after the place's colon as an edition. And the proceedings' publisher before its
place: ``In Eds. (eds.) Proceedings of … (ICAD 2008). IRCAM, Paris.`` with the publisher read into the book, or
before its date (``… Statistics. PMLR, April 2023.``). And the GSA's ``eds., Book: Singapore, World Scientific
Publishing, p. 124–135`` with the place read into the book."""

from __future__ import annotations

import re
from collections.abc import Callable

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import INITIAL_CLOSES, divided
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import REGIONS, is_place
from biblio.parse.review.lexicon import row_of, words_of
from biblio.parse.spans import Span

_EDITION_MARK = lazy_pattern(r"(?i)\d|\b(?:ed|edn|edition|rev|revised|reprint|repr|impression)\b")


@needs(labels=("location", "edition"), without=("publisher",))
def publisher_after_colon(spans: list[Span], text: str) -> list[Span]:
    """``Oxford: Oxbow Books. 147-76.`` with the publisher after the place's colon read as an edition: a
    name with no figure and no edition word there is the publisher."""
    for k in range(1, len(spans)):
        s, place = spans[k], spans[k - 1]
        if s.label != "edition" or place.label != "location" or not place.text.rstrip().endswith(":"):
            continue
        if _EDITION_MARK.search(s.text) or not s.text.strip()[:1].isupper():
            return spans
        return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a publisher's name, not a book's subtitle: an acronym ("IRCAM", "SIAM") or a name with a publisher's word
_PUBLISHER_NAME = lazy_pattern(
    r"[A-Z][A-Z&]{1,9}|(?:[A-Z][\w&'’-]*\s+){0,3}(?:Press|Publishers?|Publishing|Verlag|Books|Éditions|Editions)"
)
# the book's title, its closing stop, then a short publisher's name and the comma before the place
_BOOK_THEN_PUBLISHER = lazy_pattern(r"(?P<book>.*[\w)])\.\s+(?P<publisher>[A-Z][^\d.,;:()\[\]]{1,40}),\s*")


@needs(labels=("container-title", "location"), without=("publisher",))
def publisher_closing_book(spans: list[Span], text: str) -> list[Span]:
    """``Proceedings of … (ICAD 2008). IRCAM, | Paris.`` with the publisher read into the book's title: the
    name after the title's stop and before the place is the publisher."""
    if any(t.label == "publisher" for t in spans):
        return spans
    for k in range(len(spans) - 1):
        s, place = spans[k], spans[k + 1]
        if s.label != "container-title" or place.label != "location":
            continue
        m = _BOOK_THEN_PUBLISHER.fullmatch(s.text)
        if m is None or len(m.group("book").split()) < 3:
            return spans
        if not _PUBLISHER_NAME.fullmatch(m.group("publisher")) and not _firm_before_town(spans[:k], m, place):
            return spans  # a subtitle after the book's stop ("Epea Pteroenta. Beiträge zur Homerforschung,")
        return divided(spans, k, m.end("book"), m.start("publisher"), "container-title", "publisher")
    return spans


# one capitalised word (a firm named for its founder: "Brill", "Harrassowitz")
_ONE_NAME = lazy_pattern(r"[A-Z][a-z][\w'’-]*")


def _firm_before_town(before: list[Span], m: re.Match[str], place: Span) -> bool:
    """Elsevier's Harvard chapter ``in: Eds. (Eds.), Book. Brill, | Leiden, pp.``: after the editors, a firm's one
    word or its partners (``Harwood & Lyle``) before a known town is the publisher, not the book's subtitle."""
    name = m.group("publisher")
    if not (_ONE_NAME.fullmatch(name) or _PARTNERS.fullmatch(name)) or not is_place(place.text.strip(" ,.;:")):
        return False
    if INITIAL_CLOSES.search(m.group("book")):
        return False  # "Afscheidsbundel W. Kegel,": a person's initial and name in the book's title
    return any(t.label == "editor" for t in before)


# Elsevier's "in: Eds. (Eds.), Book, Boydell & Brewer, | Woodbridge, 2005": the book's title, its comma, then a
# firm's name (a publisher's word, an acronym, or partners joined by "&") and the comma before the place (or the
# place too, before the date: "…, Book, Ashgate Publishing, Farnham, | 2010")
_BOOK_COMMA_PUBLISHER = lazy_pattern(r"(?P<book>.*[\w)]),\s+(?P<publisher>[A-Z][^\d.,;:()\[\]]{1,40}),\s*")
_BOOK_COMMA_PUBLISHER_TOWN = lazy_pattern(
    r"(?P<book>.*[\w)]),\s+(?P<publisher>[A-Z][^\d.,;:()\[\]]{1,40}),"
    r"\s+(?P<town>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?),\s*"
)
_PARTNERS = lazy_pattern(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+&\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")


@needs(labels=("container-title",), any_label=("location", "date"), without=("publisher",))
def publisher_after_book_comma(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's ``in: A. Paolella (Ed.), Book, Federico & Ardia, | Napoli, 1993: pp. 423–438.`` with the publisher
    read into the book's title (or the publisher and the town, ``…, Book, Ashgate Publishing, Farnham, | 2010``): a
    firm's name after the book's comma and straight before the place is the publisher, a known town after it the
    place."""
    if any(s.label == "publisher" for s in spans):
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "container-title" or nxt.label not in ("location", "date") or text[s.end : nxt.start].strip():
            continue
        m = (_BOOK_COMMA_PUBLISHER if nxt.label == "location" else _BOOK_COMMA_PUBLISHER_TOWN).fullmatch(s.text)
        if m is None or len(m.group("book").split()) < 3:
            return spans
        name, town = m.group("publisher"), m.groupdict().get("town")
        if not (_PUBLISHER_NAME.fullmatch(name) or _PARTNERS.fullmatch(name)) or name.lower() in REGIONS:
            return spans  # (a state's code is the meeting's place: "Adjunct. Maui, HI, | USA")
        if town is not None and not is_place(town):
            return spans
        book = Span("container-title", m.group("book"), s.start, s.start + m.end("book"), s.confidence)
        firm = Span("publisher", name, s.start + m.start("publisher"), s.start + m.end("publisher"), s.confidence)
        if town is None:
            return [*spans[:k], book, firm, *spans[k + 1 :]]
        place = Span("location", town, s.start + m.start("town"), s.start + m.end("town"), s.confidence)
        return [*spans[:k], book, firm, place, *spans[k + 1 :]]
    return spans


# "In Proceedings of … Statistics. PMLR," / "… (USENIX ATC ’20). USENIX Association,": the book's title and its
# stop, then a publisher's name with no place before the date
_NAMED_BODY = lazy_pattern(r"(?:[A-Z][\w&'’-]*\s+){1,3}(?:Association|Society)")
# a meeting's short name alone after "In": "In OSDI. USENIX,", "In EuroSys. ACM,", "In NDSS. Internet Society,"
_SHORT_VENUE = lazy_pattern(r"In\s+[A-Z][a-z]*[A-Z][A-Za-z&]*")


@needs(labels=("container-title", "date"), without=("publisher",))
def publisher_closing_book_before_date(spans: list[Span], text: str) -> list[Span]:
    """The plain style's ``In Proceedings of … Statistics. PMLR, | April 2023.`` (``… ACM, June 2013.``, ``…
    (USENIX ATC ’20). USENIX Association, July 2020.``, USENIX's short ``In OSDI. USENIX, 2021.``) with the publisher
    read into the book: a publisher's name after the book's stop and before the date is the publisher."""
    return _publisher_closing_book_before(spans, text, "date", _named_publisher, _SHORT_VENUE)


def _named_publisher(name: str) -> bool:
    return bool(_PUBLISHER_NAME.fullmatch(name) or _NAMED_BODY.fullmatch(name))


def _publisher_closing_book_before(
    spans: list[Span], text: str, follow: str, named: Callable[[str], bool], short: re.Pattern[str] | None = None
) -> list[Span]:
    """The container read with the publisher after its stop, straight before a span labelled ``follow``: a name
    ``named`` accepts is the publisher (a book's title of three words at least, or one ``short`` matches)."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "container-title" or nxt.label != follow or text[s.end : nxt.start].strip():
            continue
        m = _BOOK_THEN_PUBLISHER.fullmatch(s.text)
        book = "" if m is None else m.group("book")
        if m is None or len(book.split()) < 3 and not (short is not None and short.fullmatch(book)):
            return spans
        if not named(m.group("publisher")):
            return spans
        return divided(spans, k, m.end("book"), m.start("publisher"), "container-title", "publisher")
    return spans


# Vancouver's and the AMA's chapter with no place: "In: Eds, eds. Book. Publisher; 2015:141-151.": the book's title
# and its stop, then the publisher's name closed by the semicolon before the year
_BOOK_THEN_PUBLISHER_SEMICOLON = lazy_pattern(
    r"(?P<book>.*[\w)?!])\.\s+(?P<publisher>[A-Z][^\d.;:()\[\]]{0,60}?)\s*;\s*"
)
# a word's full stop inside the publisher's name ends a sentence: the colon before it was a subtitle's
_WORD_STOP = lazy_pattern(r"[^\W\d_]{3}\.\s")
# or with its place before a colon: "Book. Częstochowa: Wydawnictwo Akademii im. Jana Długosza;"
_BOOK_PLACE_PUBLISHER = lazy_pattern(
    r"(?P<book>.*?[\w)?!])\.\s+(?P<place>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?):\s+"
    r"(?P<publisher>[A-Z][^\d;:()\[\]]{1,80}?)\s*;\s*"
)


def _part_of_work(name: str) -> bool:
    """Whether every word of ``name`` the labelled references know is mostly a title's or a container's (``Part One``,
    ``Volume Two``): the book's part or subtitle after its stop, no house and no town."""
    rows = [row for w in words_of(name) if (row := row_of(w)) is not None]
    return bool(rows) and all(max(row[1], row[2]) == max(row) for row in rows)


def _book_after_editors(spans: list[Span], text: str, follow: str) -> int | None:
    """Where the container read straight before a span labelled ``follow`` stands, after the editors; else None."""
    for k in range(1, len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "container-title" or nxt.label != follow or text[s.end : nxt.start].strip():
            continue
        return k if any(t.label == "editor" for t in spans[:k]) else None
    return None


def _book_place_firm(spans: list[Span], k: int, text: str, m: re.Match[str]) -> list[Span]:
    """``spans[k]`` read as the book, the place and the publisher of ``m``'s groups (``book``, ``place``,
    ``publisher``); what lies between them goes into no field."""
    s = spans[k]
    found: list[Span] = []
    for label, group in (("container-title", "book"), ("location", "place"), ("publisher", "publisher")):
        a, z = s.start + m.start(group), s.start + m.end(group)
        found.append(Span(label, text[a:z], a, z, s.confidence))
    return [*spans[:k], *sorted(found, key=lambda x: x.start), *spans[k + 1 :]]


@needs(labels=("container-title", "date", "editor"), without=("publisher",), marks=(";",))
def publisher_before_year_semicolon(spans: list[Span], text: str) -> list[Span]:
    """The AMA's ``In: Olsen T, Ruiz P, eds. Coastal Processes. Harwood & Lyle; | 2015:141-151.`` (Vancouver's
    ``…, editors. Book. Publisher; 2015. p. 141-51.``) with the publisher read into the book: after the editors, the
    name between the book's stop and the semicolon before the year is the publisher."""
    k = _book_after_editors(spans, text, "date")
    if k is None:
        return spans
    s = spans[k]
    t = _BOOK_PLACE_PUBLISHER.fullmatch(s.text)
    if (
        t is not None
        and len(t["book"].split()) > 1
        and not _WORD_STOP.search(t["publisher"])
        and not _part_of_work(t["place"])
    ):
        # "Book. Częstochowa: Wydawnictwo Akademii im. Jana Długosza;": Vancouver's place and publisher both
        return _book_place_firm(spans, k, text, t)
    m = _BOOK_THEN_PUBLISHER_SEMICOLON.fullmatch(s.text)
    if m is None or len(m["publisher"].split()) > 6 or len(m["book"].split()) < 2 or _part_of_work(m["publisher"]):
        return spans
    if INITIAL_CLOSES.search(m["book"]):
        return spans  # "Book. B. T. Batsford;": the stop after an initial of the publisher's name
    # (a known town alone there is the place: NLM's "Book. Leiden; 1891.", no publisher named)
    imprint = "location" if is_place(m["publisher"]) else "publisher"
    return divided(spans, k, m.end("book"), m.start("publisher"), "container-title", imprint)


# Elsevier's Harvard chapter "in: Eds. (Eds.), Book. Boydell & Brewer, Woodbridge, | pp. 141–51.": the book's stop,
# then a firm's capitalised name (partners joined by "&") and its town, each closed by a comma, before the pages
_BOOK_THEN_FIRM_TOWN = lazy_pattern(
    r"(?P<book>.*[\w)?!])\.\s+(?P<publisher>[A-Z][\w'’-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*){0,3}),"
    r"\s+(?P<place>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?),\s*"
)


@needs(labels=("container-title", "pages", "editor"), without=("publisher", "location"), marks=(", ",))
def publisher_town_closing_book_before_pages(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's Harvard ``in: Olsen, T. (Eds.), Coastal Processes. Harwood & Lyle, Bergen, | pp. 141–151.`` with the
    publisher and its town read into the book: after the editors, a firm's name and a town after the book's stop,
    straight before the pages, are the publisher and its place."""
    k = _book_after_editors(spans, text, "pages")
    if k is None:
        return spans
    m = _BOOK_THEN_FIRM_TOWN.fullmatch(spans[k].text)
    if m is None or len(m["book"].split()) < 2 or INITIAL_CLOSES.search(m["book"]) or _part_of_work(m["publisher"]):
        return spans
    return _book_place_firm(spans, k, text, m)


# a publishing body's short name: what may close a book's title before its pages
_PUBLISHING_BODY = lazy_pattern(
    r"(?:PMLR|IEEE|ACM|SIAM|AAAI|USENIX|Springer|Elsevier|Morgan Kaufmann|Curran Associates|MIT Press)"
    r"|(?:[A-Z][\w&'’-]*\s+){0,3}(?:Press|Publishers?|Publishing|Association|Society)"
)


@needs(labels=("container-title", "pages"), without=("publisher",))
def publisher_closing_book_before_pages(spans: list[Span], text: str) -> list[Span]:
    """The ACM's ``In International Conference on Machine Learning. PMLR, | 8007–8019.`` with the publisher read into
    the book: a publishing body's name after the book's stop and before its pages is the publisher."""
    return _publisher_closing_book_before(spans, text, "pages", _publishing_body)


def _publishing_body(name: str) -> bool:
    return _PUBLISHING_BODY.fullmatch(name) is not None


# ". PMLR, 23-29" read as pages after the pages: PMLR's publisher and the meeting's days before "Jul 2023."
_PUBLISHER_DAYS = lazy_pattern(
    r"[.,\s]*(?P<publisher>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}),\s*\d{1,2}\s*[-–]+\s*\d{1,2}"
)


@needs(labels=("pages", "date"), without=("publisher",))
def publisher_and_days_read_as_pages(spans: list[Span], text: str) -> list[Span]:
    """PMLR's own ``…, pages 1273-1282. PMLR, 20-22 Apr 2017.`` with the publisher and the meeting's days read as
    second pages: after the pages, a publishing body's name and a range of days before the month and year is the
    publisher."""
    for k in range(1, len(spans) - 1):
        prev, s, date = spans[k - 1], spans[k], spans[k + 1]
        if s.label != "pages" or prev.label != "pages" or date.label != "date":
            continue
        m = _PUBLISHER_DAYS.fullmatch(s.text)
        if m is None or not _PUBLISHING_BODY.fullmatch(m["publisher"]):
            return spans
        a, z = s.start + m.start("publisher"), s.start + m.end("publisher")
        return [*spans[:k], Span("publisher", m["publisher"], a, z, s.confidence), *spans[k + 1 :]]
    return spans


# "…, in Blaster's Handbook, R.B. Hopler, ed., | International Society …, | Cleveland, 1998": a second name after the
# book's editors and their role word, before the town
_ROLE_CLOSING = lazy_pattern(r"(?i),?\s*\beds?\.?\s*,\s*$")


@needs(labels=("container-title", "editor", "location"), without=("publisher",))
def publisher_after_book_editors(spans: list[Span], text: str) -> list[Span]:
    """Taylor & Francis's and AIP's ``in Book, R.B. Hopler, ed., International Society of Explosives Engineers,
    Cleveland, 1998, pp. 591-644.`` with the publisher read as a second book: after the book and its editors'
    ``ed.,`` the name before the town is the publisher."""
    for k in range(2, len(spans) - 1):
        s, editor, book = spans[k], spans[k - 1], spans[k - 2]
        if s.label != "container-title" or editor.label != "editor" or book.label != "container-title":
            continue
        if spans[k + 1].label != "location" or not _ROLE_CLOSING.search(text[editor.start : s.start]):
            return spans
        return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the GSA's book, the colon and its town closing the container: "Pacific Symposium on Biocomputing 2019: Singapore,"
_BOOK_COLON_TOWN = lazy_pattern(r"(?P<book>.*\S):\s+(?P<town>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+){0,2}),?\s*")


@needs(labels=("container-title", "publisher"), without=("location",), marks=(": ",))
def town_closing_book_before_publisher(spans: list[Span], text: str) -> list[Span]:
    """The GSA's ``eds., Pacific Symposium on Biocomputing 2019: Singapore, World Scientific Publishing, p. 124–135``
    with the town read into the book: a known town after the book's last colon, right before the publisher, is
    the imprint's place."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "container-title" or nxt.label != "publisher":
            continue
        m = _BOOK_COLON_TOWN.fullmatch(s.text)
        if m is None or not is_place(m["town"]):
            return spans
        return divided(spans, k, m.end("book"), m.start("town"), "container-title", "location")
    return spans


# the GSA's imprint after a meeting's place: "San Francisco, California, USA: New York, Association for …,"
_TOWN_THEN_PUBLISHER = lazy_pattern(r"(?P<town>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+){0,2}),\s+(?P<house>[A-Z].{2,})")


@needs(labels=("container-title", "location", "publisher"), marks=(": ",))
def town_opens_publisher_after_meeting_place(spans: list[Span], text: str) -> list[Span]:
    """The GSA's ``in Proceedings of …, San Francisco, California, USA: New York, Association for Computing
    Machinery, p. 785–794`` with the meeting's place read as the imprint's and the town as the publisher's first
    words: after the proceedings, the place before the colon is the meeting's (a note), a known town opening the
    publisher after it the imprint's place."""
    for k in range(1, len(spans) - 1):
        s, house = spans[k], spans[k + 1]
        if s.label != "location" or house.label != "publisher" or spans[k - 1].label != "container-title":
            continue
        m = _TOWN_THEN_PUBLISHER.fullmatch(house.text)
        if not s.text.rstrip().endswith(":") or m is None or not is_place(m["town"]) or is_place(m["house"]):
            return spans
        a, z = house.start + m.end("town"), house.start + m.start("house")
        town = Span("location", text[house.start : a], house.start, a, house.confidence)
        name = Span("publisher", text[z : house.end], z, house.end, house.confidence)
        return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), town, name, *spans[k + 2 :]]
    return spans
