"""Mends of a publisher whose name holds a place: ``Berlin, Heidelberg: Springer Berlin Heidelberg.``
read as publisher ``Springer`` and a second place. Once the imprint has named its place before the
colon, a place run onto the publisher's name with no comma between is part of that name."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import last, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.normalisers.publisher import named_publisher
from biblio.parse.spans import Span

_PLACE_BREAK = lazy_pattern(r"[,:]\s+(?=\S)")


@needs(labels=["location", "publisher"])
def place_in_publisher_name(spans: list[Span], text: str) -> list[Span]:
    """``Place: Springer | Berlin Heidelberg.`` with the end of the publisher's name read as a second
    place: the publisher runs on to the end of it."""
    for k in range(1, len(spans) - 1):
        pub, s = spans[k], spans[k + 1]
        if pub.label != "publisher" or s.label != "location" or text[pub.end : s.start].strip():
            continue
        if not pub.text.rstrip()[-1:].isalpha() or not any(p.label == "location" for p in spans[:k]):
            continue
        if not text[spans[k - 1].start : pub.start].rstrip().endswith(":"):
            continue
        return [
            *spans[:k],
            Span("publisher", text[pub.start : s.end], pub.start, s.end, pub.confidence),
            *spans[k + 2 :],
        ]
    return spans


@needs(labels=["location", "publisher"])
def place_opens_publisher_name(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``*Rushmore*. Buena Vista International, 1998.`` with the publisher's first words read as its
    place: a place parts from its publisher by a colon or a comma, so words run on to the publisher's name
    with only a space between are part of it (and where the place span holds that comma, ``New York, New |
    York University Press``, the place ends there)."""
    for k in range(len(spans) - 1):
        place, pub = spans[k], spans[k + 1]
        if place.label != "location" or pub.label != "publisher" or text[place.end : pub.start].strip():
            continue
        if not place.text.rstrip()[-1:].isalpha() or place.end == pub.start or pub.text[:1] in "([":
            continue  # ("Weinheim, Basel (Beltz Verlag)": the bracket parts them)
        cut = last(_PLACE_BREAK, place.text)
        if cut is not None and is_place(place.text[cut.end() :].strip()):
            continue  # "Weinheim, Basel": two places
        if cut is not None:  # "New York, New | York University Press": the place ends at its comma
            head, a = place.text[: cut.start() + 1], place.start + cut.end()
            return [
                *spans[:k],
                Span("location", head, place.start, place.start + len(head), place.confidence),
                Span("publisher", text[a : pub.end], a, pub.end, pub.confidence),
                *spans[k + 2 :],
            ]
        return [
            *spans[:k],
            Span("publisher", text[place.start : pub.end], place.start, pub.end, pub.confidence),
            *spans[k + 2 :],
        ]
    return spans


# a state's or province's code in capitals ("CO", "OR"), its stop: "Co." is a company's word, "CO" a state's
_REGION_CODE = lazy_pattern(r"^\s*(?P<code>[A-Z]{2})\s*\.?\s*$")


@needs(labels=["location", "publisher"])
def region_code_read_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """``… 101-112. Denver, CO.`` with the state's code read as a publisher (``CO`` as a company's ``Co.``): a
    code in capitals right after a town and its comma, closing the reference, is the place's region."""
    if len(spans) < 2:
        return spans
    town, code = spans[-2], spans[-1]
    m = _REGION_CODE.match(code.text)
    if town.label != "location" or code.label != "publisher" or m is None or not town.text.rstrip().endswith(","):
        return spans
    place = f"{town.text.rstrip()} {m.group('code')}"
    if not is_place(place) or text[town.end : code.start].strip():
        return spans
    return [*spans[:-2], Span("location", text[town.start : code.end], town.start, code.end, town.confidence)]


# French's and Italian's imprint "Berlin, Gebr. Mann, 1982.": a town, a comma, then the firm's capitalised name (a
# word of three letters in it: initials alone are a state's)
_WORD = lazy_pattern(r"[^\W\d_]{3}")
_TOWN_THEN_FIRM = lazy_pattern(r"(?P<town>[^,]{2,30}),\s+(?P<firm>[A-Z\u00c0-\u00de][^,]{1,60}?)[\s,.]*")


@needs(labels=["location", "date"], without=["publisher"])
def firm_after_town_in_place(spans: list[Span], text: str) -> list[Span]:
    """``Berlin, Gebr. Mann, 1982.`` (``Ville, Éditeur, Année``) read as one place before the year: the town is the
    place and the name after its comma, no town, region or country, the publisher."""
    if any(s.label == "publisher" for s in spans):
        return spans  # (as its gate says: a publisher read elsewhere leaves the place whole)
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "location" or nxt.label != "date":
            continue
        if k and spans[k - 1].label == "container-title":
            return spans  # "Proceedings of …, Zurich, Swizerland, 1995.": a meeting's town and its country
        m = _TOWN_THEN_FIRM.fullmatch(s.text)
        if m is None or not is_place(m["town"]) or is_place(m["firm"]) or is_place(s.text):
            return spans
        if not _WORD.search(m["firm"]):
            return spans  # "Rome, N. Y.": a state's initials, no firm
        a, z = s.start + m.start("firm"), s.start + m.end("firm")
        town = Span("location", m["town"], s.start, s.start + m.end("town"), s.confidence)
        return [*spans[:k], town, Span("publisher", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans


# "Palerme, Aesthetica edizioni": one town-shaped word, its comma, then a firm whose name says it is one
_TOWN_WORD_THEN_FIRM = lazy_pattern(
    r"[\s,]*(?P<town>[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:-[A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff]+)*),\s+"
    r"(?P<firm>[A-Z\u00c0-\u00de][^,]{1,60}?)[\s,.]*"
)


# a publishing house's own word ("Aesthetica edizioni", "Gebr. Mann Verlag"), not a firm's general one ("Company")
_HOUSE_WORD = lazy_pattern(
    r"(?i)\b(?:edizioni|editore|editori|editrice|verlag|éditions|editions|editorial|editora|press|presses|publishers|"
    r"publishing|forlag|förlag|uitgeverij|wydawnictwo)\b"
)
# partners' names joined in one firm's name: "Little, Brown and Company"
_PARTNERS = lazy_pattern(r"\s(?:and|&|und|et|e|y)\s")


@needs(labels=["publisher", "date"], without=["location"])
def town_opens_publisher_before_year(spans: list[Span], text: str) -> list[Span]:
    """``Palerme, Aesthetica edizioni, 1992.`` (a town's name in the list's language, no town the lexicon knows) read
    as one publisher before the year: where the firm after the comma names itself one (``edizioni``, ``Verlag``,
    ``Press``), the word before it is the town."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "publisher" or nxt.label != "date":
            continue
        m = _TOWN_WORD_THEN_FIRM.fullmatch(s.text)
        if m is None or not _HOUSE_WORD.search(m["firm"]) or _HOUSE_WORD.search(m["town"]):
            return spans
        if _PARTNERS.search(m["firm"]):
            return spans  # "Little, Brown and Company Press": the partners' names, one firm
        a, z = s.start + m.start("firm"), s.start + m.end("firm")
        t, u = s.start + m.start("town"), s.start + m.end("town")
        town = Span("location", text[t:u], t, u, s.confidence)
        return [*spans[:k], town, Span("publisher", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans


_IN_WORD = lazy_pattern(r"(?:^|[\s.,;])(?:[Ii]n|[Ii]n:)\s*$")


@needs(labels=["location", "container-title", "title", "date"])
def publisher_after_place_read_as_container(spans: list[Span], text: str) -> list[Span]:
    """Vancouver's book ``Title. Brussels, Belgium: European Observatory on Health Systems and Policies, 2004.``
    with the body after the place's colon read as a container (and the country read as the publisher): what
    follows ``Place:`` and closes on the year is the publisher (a container is named after ``In``, never after its
    publisher's town)."""
    if any(s.label == "journal" for s in spans):
        return spans
    for k in range(1, len(spans) - 1):
        place, c = spans[k], spans[k + 1]
        if c.label != "container-title" or not place.text.rstrip().endswith(":"):
            continue
        a = k
        town = spans[k - 1]
        if place.label == "publisher" and town.label == "location" and is_place(text[town.start : place.end]):
            a = k - 1  # "Copenhagen | Denmark:": the country read as the publisher
        elif place.label != "location" or any(s.label == "publisher" for s in spans):
            return spans
        rest = spans[k + 2 :]
        if not rest or rest[0].label != "date" or any(s.label not in ("date", "other") for s in rest):
            return spans
        if spans[a - 1].label != "title" or _IN_WORD.search(text, 0, spans[a].start):
            return spans
        where = Span("location", text[spans[a].start : place.end], spans[a].start, place.end, place.confidence)
        return [*spans[:a], where, Span("publisher", c.text, c.start, c.end, c.confidence), *rest]
    return spans


# a place span of two words joined by a full stop ("Amsterdam.Leiden:", read as "Amsterdam. Leiden:")
_STOP_JOINED = lazy_pattern(r"^(?P<first>[A-Z][^\W\d_]+)\.\s?(?P<town>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)\s*[:,]?\s*$")


@needs(labels=["title", "location", "publisher"])
def title_word_joined_to_town(spans: list[Span], text: str) -> list[Span]:
    """``… tentoonstelling te Amsterdam.Leiden: E.J. Brill, 1883.`` with the title's last word read into the place:
    a word joined to the town by a full stop with no space, after a title that has not closed on its own full
    stop, is the title's (the stop closes the title); after a title's full stop the two are the towns the book
    was published in, as written."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "location" or "." not in s.text:
            continue
        prev = spans[k - 1]
        m = _STOP_JOINED.match(s.text)
        if (
            m is None
            or prev.label != "title"
            or spans[k + 1].label != "publisher"
            or prev.text.rstrip().endswith((".", "!", "?", ":", ";"))
            or text[prev.end : s.start].strip()
            or not is_place(m["town"])
        ):
            return spans
        z = s.start + m.end("first")
        b = s.start + m.start("town")
        title = Span("title", text[prev.start : z], prev.start, z, prev.confidence)
        return [*spans[: k - 1], title, Span("location", text[b : s.end], b, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the publisher's span's last clause, a town's one to three capitalised words: "…, Albuquerque"
_TOWN_CLOSING = lazy_pattern(r",\s(?P<town>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2})\s*$")


@needs(labels=["publisher", "location"], marks=(", ",))
def town_closing_publisher_before_state(spans: list[Span], text: str) -> list[Span]:
    """``Association for Computational Linguistics, Albuquerque, New Mexico, 163–172.`` cut inside the town's
    name and its state (``…, Albuquerque | , New Mexico,``): a known town closing the publisher's span is the
    place's first part."""
    for k in range(len(spans) - 1):
        pub, s = spans[k], spans[k + 1]
        if pub.label != "publisher" or s.label != "location" or not s.text.startswith(","):
            continue
        m = _TOWN_CLOSING.search(pub.text)
        if m is None or text[pub.end : s.start].strip() or not is_place(m["town"]):
            return spans
        cut, a = pub.start + m.start(), pub.start + m.start("town")
        if len(pub.text[: m.start()].split()) < 2:
            return spans
        return [
            *spans[:k],
            Span("publisher", text[pub.start : cut], pub.start, cut, pub.confidence),
            Span("location", text[a : s.end], a, s.end, min(pub.confidence, s.confidence)),
            *spans[k + 2 :],
        ]
    return spans


# a book's imprint closing the reference after commas, its year bracketed after the town (the Springer-like house
# form of Digital Humanities Quarterly and the humanities journals: ``Title, Continuum, London – New York (2010).``,
# ``In Eds (eds) Book – synchron, diachron, kontrastiv, Niemeyer, Tübingen (2005): 207-217.``)
_IMPRINT_TAIL = lazy_pattern(
    r"(?P<publisher>[A-Z][^,;:()\[\]\d]{1,60}),\s(?P<place>[A-Z][^,;:()\[\]\d]{1,40})\s"
    r"\((?:1[5-9]\d\d|20\d\d)\)(?:[:,]\s*(?:pp?\.\s?)?\d+[-–]\d+)?\.?$"
)
# where the publisher may open: after a comma, or after a title's full stop
_IMPRINT_OPENING = lazy_pattern(r"(?:,|(?<=[^\W\d_]{2})\.)\s(?=[A-Z])")
_BOOK_LABELS = frozenset(["title", "container-title", "journal"])
_IMPRINT_LABELS = frozenset(["publisher", "location", "note"])


@needs(labels=["date"], any_label=["publisher", "location"], marks=(", ",))
def comma_imprint_before_bracketed_year(spans: list[Span], text: str) -> list[Span]:
    """``Book – synchron, diachron, kontrastiv, | Niemeyer, Tübingen (2005)`` with the book's last comma parts read
    into the imprint, or ``Title. Drama and Identity, Continuum,`` with the title's last sentence read as the
    publisher: in a closing ``, Publisher, Town (Year)``, the one part before the town is the publisher, the
    words before it the book's (or the title's). After the title's full stop (``Film/Genre. British Film
    Institute, London (1999).``) only a name a house's words name is the publisher."""
    m = _comma_imprint(text)
    if m is None:
        return spans
    a, z = m.start("publisher"), m.end("place")
    held = [s for s in spans if s.start < z and s.end > a - 2]
    if any(s.label == "publisher" and s.start == a for s in held) and any(
        s.label == "location" and s.start == m.start("place") for s in held
    ):
        return spans
    book = next(
        (k for k in range(len(spans) - 1, -1, -1) if spans[k].start < a and spans[k].label in _BOOK_LABELS), None
    )
    if book is None or any(s.label not in _IMPRINT_LABELS for s in spans[book + 1 :] if s.start < z):
        return spans
    if is_place(m["publisher"]) or not is_place(m["place"].split(" – ")[0].split(" - ")[0]):
        return spans
    b = spans[book]
    conf = min(s.confidence for s in spans[book:] if s.start < z)
    new = [
        Span(b.label, text[b.start : a - 2], b.start, a - 2, b.confidence),
        Span("publisher", m["publisher"], a, m.end("publisher"), conf),
        Span("location", m["place"], m.start("place"), z, conf),
    ]
    return replaced(spans, text, b.start, z, new)


# an edited book opening on its editors in natural order, initials first, and their bracketed role, then the title and
# the comma imprint: "L. Jaeckle (ed), Film Dialogue, Wallflower Press, London – New York (2013)."
_INITIALLED = r"(?:[A-Z]\.\s?){1,3}[A-Z][^\W\d_'\u2019-]+(?:-[A-Z][^\W\d_]+)?"
_NATURAL_EDITORS_ROLE = lazy_pattern(
    rf"(?P<names>{_INITIALLED}(?:(?:,\s|,?\s(?:and|&)\s){_INITIALLED}){{0,4}})\s\(eds?\.?\),\s(?=[^\W\d_])"
)


@needs(labels=["date"], marks=("(ed",))
def natural_editors_open_comma_imprint(spans: list[Span], text: str) -> list[Span]:
    """``L. Jaeckle (ed), Film Dialogue, | Wallflower Press, London – New York (2013).`` with the editors, their role
    and the title read as one run of names: the names before the bracketed role are the editors, the words up to
    the closing ``Publisher, Town (Year)`` the title."""
    m = _NATURAL_EDITORS_ROLE.match(text)
    if m is None or (imprint := _comma_imprint(text)) is None or imprint.start("publisher") - 2 <= m.end():
        return spans
    a, z = m.end(), imprint.start("publisher") - 2
    conf = min((s.confidence for s in spans if s.start < imprint.end("place")), default=1.0)
    new = [
        Span("editor", m["names"], 0, m.end("names"), conf),
        Span("title", text[a:z], a, z, conf),
        Span("publisher", imprint["publisher"], imprint.start("publisher"), imprint.end("publisher"), conf),
        Span("location", imprint["place"], imprint.start("place"), imprint.end("place"), conf),
    ]
    if all(any(s.label == n.label and s.start == n.start and s.end == n.end for s in spans) for n in new):
        return spans
    return replaced(spans, text, 0, imprint.end("place"), new)


def _comma_imprint(text: str) -> re.Match[str] | None:
    """The closing ``Publisher, Town (Year)`` its shortest publisher gives: after the nearest comma, or after a
    full stop where a house's words name it (``Film/Genre. British Film Institute,``; not ``Friedr. | Andr.
    Perthes``)."""
    if not text.rstrip(" .").endswith(")") and ")" not in text[-20:]:
        return None
    for opening in reversed(list(_IMPRINT_OPENING.finditer(text))):
        m = _IMPRINT_TAIL.match(text, opening.end())
        if m is None:
            continue
        if text[opening.start()] == "," or named_publisher(m["publisher"]):
            return m
    return None
