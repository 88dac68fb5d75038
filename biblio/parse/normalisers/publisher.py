"""Publisher and place spans -> ``publisher``, ``publisher-place``.

Fields touched: ``publisher``, ``publisher-place``, ``page`` (a book's length read into its imprint), ``volume``,
``edition`` (a Turkish book's read into its place).

``Oxford: Clarendon Press.`` (or ``Springer: Berlin``) labelled as one
publisher span keeps the place apart when a colon separates them and one side
is a known place (places.py); ``Published by``, ``Verlag:`` and similar
lead-ins are dropped, and so is the ``held in`` before a meeting's place.  Several publishers are joined with ``; ``.
A note of the work's language read as the publisher (``(in Korean with English abstract)``) goes to the note.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import ENGLISH_MONTH
from biblio.parse.normalisers.edition import edition_value
from biblio.parse.normalisers.markup import plain
from biblio.parse.normalisers.names import has_org_word, known_given_word, parse_names
from biblio.parse.normalisers.places import CITIES, REGIONS, TOWN, abbreviated_town, is_place
from biblio.parse.review.lexicon import mostly_a_name
from biblio.parse.text import ascii_fold, strip_value, unbalanced_off
from biblio.records.model import keep_remainder, source_text

FIELDS = ("publisher", "publisher-place", "page", "note", "volume", "edition", "collection-title")

# (a self-published work names the platform that printed it after the word: "Self-published, CreateSpace";
# Springer's catalogue names its imprint so: "Berkeley, CA : Imprint: Apress"; a Portuguese list labels the house
# "Ed: O'Reilly Media", short for "Editora")
_LEAD = lazy_pattern(
    r"^(?:published\s+by|publisher\s*:|imprint\s*:|issued\s+by|verlag\s*:|editorial\s*:|ed(?:itora)?\s*:|"
    r"self-published\s*,(?=\s*\S)|"
    r"éd\.(?=\s+[A-ZÀ-Ý]))\s*",  # (French "éd. Le Cerf": the firm's word, abbreviated)
    re.I,
)


def publisher_lead_off(text: str) -> str:
    """The publisher's name without the words that lead it in (``Published by``, ``Self-published,``)."""
    return _LEAD.sub("", text)


# "Available at SSRN" (before the paper's address): where a copy is, not who published it; Portuguese "Disponível
# gratuitamente aqui" (free, here: a link's words)
AVAILABLE_AT = lazy_pattern(
    r"^(?:available\s+(?:at|from|on)\s+\S+|dispon[íi]vel\s+(?:gratuitamente\s+)?(?:em|aqui|online)(?:\s+\S+)?)$", re.I
)


# IOP's and Nature's imprint in brackets read whole: "(Oxford University Press)"
_WRAPPED = lazy_pattern(r"^\(([^()]+)\)$")
# an opening bracket left at the end ("Presses Universitaires de Grenoble (1996)" cut before the year)
_OPEN_TAIL = lazy_pattern(r"\s*[(\[]\s*$")


def publisher_value(text: str) -> str | None:
    # (a full stop left before the name closed the sentence before it: ". World Bank,"; so did the editors'
    # bracket: "(eds.)]. Cambridge University Press")
    s = _LEAD.sub("", unbalanced_off(plain(text).strip(" ,;:").lstrip(".]) ")))
    if wrapped := _WRAPPED.match(s.strip(" .,;:")):
        s = wrapped.group(1)
    if AVAILABLE_AT.match(s.rstrip(" .:")):
        return None
    return strip_value(_OPEN_TAIL.sub("", s)) or None


# (NLM writes the state in brackets: "Mount Pleasant (MI): Central Michigan University")
_PLACE_COLON = lazy_pattern(
    r"^([^:;,()\d]{2,40}?(?:,\s*[A-Z]{2}|,\s*[^:;,()\d]{2,25}|\s*\([^:;,()\d]{2,20}\))?)\s*:\s*(\S.*)$"
)


def split_place(text: str) -> tuple[str | None, str | None]:
    """``Oxford: Clarendon Press`` in one publisher span -> (place, publisher); (None, publisher) otherwise."""
    s = _LEAD.sub("", plain(text).strip(" ,;:"))  # "Publisher: EDP Sciences" names no place
    m = _PLACE_COLON.match(s)
    if m:
        left, right = m.group(1), m.group(2).strip(" .,;")
        if is_place(left):
            return place_value(left), publisher_value(right)
        if is_place(right):  # "Springer: Berlin"
            return place_value(right), publisher_value(left)
        # no known place: the side a publisher's words name is the publisher, a town's name the place (the
        # ACS's "Lookout Publishing: Chattanooga", "Oxford University Press: USA"; Chicago's "Foggia: Edizioni …")
        if named_publisher(left) and _town_like(right):
            return place_value(right), publisher_value(left)
        if named_publisher(right) and _town_like(left):
            return place_value(left), publisher_value(right)
    return None, publisher_value(s)


def named_publisher(text: str) -> bool:
    """Whether a publisher's words name ``text`` (``Lookout Publishing``, ``Pantheon Books``)."""
    return bool(_PUBLISHER_WORDS.search(text)) and not text.isupper()


def _town_like(text: str) -> bool:
    """Whether ``text`` can name a town, a region or both (``Chattanooga``, ``Foggia, Italy``, ``USA``): up to
    three capitalised parts, none with a publisher's words."""
    parts = [p.strip(" .") for p in text.split(",")]
    if not 1 <= len(parts) <= 3 or _PUBLISHER_WORDS.search(text) and not text.isupper():
        return False
    return all(_TOWN.fullmatch(p) or p.lower() in REGIONS for p in parts)


# a meeting's place led by its verb: "… Regional Meeting held in San Jose, California" (a bare "at Vienna" is left
# as written: the labelled data read it both ways)
_PLACE_LEAD = lazy_pattern(r"^held\s+(?:at|in)\s+(?=[A-Z])")


# a German town's abbreviated river or region, or "u.a.", whose period is no closing mark: "Frankfurt a.M."
_ABBREVIATED_QUALIFIER = lazy_pattern(r"\s(?:[ai]\.\s?(?:d\.\s?)?[A-Z][^\W\d_]{0,3}|u\.\s?a)\.$")


def place_value(text: str) -> str | None:
    s = unbalanced_off(plain(text).strip(" ,;:"))
    v = strip_value(_OPEN_TAIL.sub("", _PLACE_LEAD.sub("", s)))
    if v and s.endswith(".") and not v.endswith(".") and _ABBREVIATED_QUALIFIER.search(v + "."):
        v += "."
    return v or None


# a house's or a body's word anywhere in a text, any case (wider than the name's own words below: a reader's
# or a splitter's test that a part reads as a publisher)
PUBLISHER_WORDS = lazy_pattern(
    r"\b(?:press|presses|publish\w*|publications?|books|verlag|editions?|éditions|editora|editorial|"
    r"wiley|springer|elsevier|routledge|sage|pearson|mcgraw|prentice|macmillan|penguin|"
    r"random house|norton|blackwell|erlbaum|academic|guilford|jossey|harper|addison|kluwer|"
    r"taylor|francis|brill|palgrave|cambridge|oxford|mit|inc|ltd|llc|gmbh|co\.|company|"
    r"group|house|media|associates|institute|inst|university|univ|universit\w+|council|association|"
    r"organi[sz]ation|office|department|ministry|bureau|agency|foundation|centre|center|"
    r"bank|fund|commission|board|corporation|society|gallimard|seuil|puf|dunod|hachette|"
    r"armand colin|suhrkamp|beck|teubner|vandenhoeck|mohr|lit|nomos|klett|beltz|hogrefe)\b",
    re.I,
)
# a name that is a publisher's by its words, or a body's initials ("UWS", "CSA")
_PUBLISHER_WORDS = lazy_pattern(
    r"\b(?:Press|Publish\w*|Publications|Books|Verlag|[EÉ]ditions|Edizioni|Editrice|Editora|Ediciones|Editorial|"
    r"Edições|Livros|Livraria|Librairie|Librería|Libreria|Imprensa|Imprenta|Tipografia|Buchhandlung|"
    r"Uitgeverij|Wydawnictwo|University|Institute|Society|Trust|Inc|Ltd|"
    r"Company|Council|Museum)\b|^[A-Z][A-Z&]{1,7}$"
)
# a periodical's word in a name, or "Open" closing it ("BMJ Open", "Bone & Joint Open")
_PERIODICAL_NAME = lazy_pattern(r"\b(?:Journal|Review|Letters|Annals|Acta|Transactions|Quarterly|Bulletin)\b|\sOpen$")


def periodical_name(name: str) -> bool:
    """Whether ``name``, read where a house would stand, names a journal by its words (``Bone & Joint Open``, ``Acta
    Psychiatrica Scandinavica``) and no house's word names a house (``Harvard Business Review Press``)."""
    return _PERIODICAL_NAME.search(name) is not None and _PUBLISHER_WORDS.search(name) is None


# a firm named by its partners: "Holt, Rinehart and Winston"
_PARTNERS = lazy_pattern(r"\s(?:and|&)\s")


def _publisher_then_place(value: str) -> tuple[str, str] | None:
    """``Holt, Rinehart and Winston, New York`` -> (publisher, place): the longest run of closing comma parts
    that is a place, after a head that is none. A known city (no country's or state's name) opens the place, or
    the head is a publisher's name by its words (``UWS, Penrith, NSW``): "Santa Barbara, CA" and "Mexico City,
    Mexico" stay one place."""
    parts = [p.strip() for p in value.split(",")]
    for i in range(1, len(parts)):
        head, place = ", ".join(parts[:i]), ", ".join(parts[i:])
        if not head or is_place(head) or not is_place(place):
            continue
        first = ascii_fold(parts[i].lower())  # the lists spell towns without their accents ("zurich")
        if first in CITIES and first not in REGIONS or _PUBLISHER_WORDS.search(head) or _PARTNERS.search(head):
            return head, place
        return None
    return None


def _publisher_stop_place(value: str) -> tuple[str, str] | None:
    """``Editorial Universitaria. Santiago de Chile`` -> (publisher, place): a known city alone in the sentence
    closing the publisher's name, as Latin American lists write the imprint publisher first, a full stop between
    (a town with its region after a comma, "Ottawa, Ontario", is left where a list has put it)."""
    head, _, place = value.rpartition(". ")
    first = ascii_fold(place.strip(" .").lower())
    if len(head) < 4 or "," in place or first not in CITIES or first in REGIONS or is_place(head):
        return None
    return head, place.strip(" .")


def _town_then_school(value: str) -> tuple[str, str] | None:
    """``Penrith, University of Western Sydney`` -> (school, town): a thesis's school after its town, the town
    one or two short capitalised parts with no body's words, the school named as one. A town's name is not in
    capitals: ``DIKU, University of Copenhagen`` names a department, which stays part of the publisher."""
    parts = [p.strip() for p in value.split(",")]
    if parts[0].isupper():
        return None
    for i in (2, 1):
        town, school = parts[:i], ", ".join(parts[i:])
        if len(parts) > i and _SCHOOL.match(school) and all(_TOWN.fullmatch(p) and not has_org_word(p) for p in town):
            return school, ", ".join(town)
    return None


_TOWN = lazy_pattern(TOWN)
_SCHOOL = lazy_pattern(
    r"(?:The\s)?(?:University|College|Institute)\b|[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,3}\sUniversity$"
)
_THESIS = lazy_pattern(r"\b(?:thesis|dissertation|diss)\b", re.I)


# a body's initials and its town with no comma between, as agencies' lists write their own imprint: "WHO (2016).
# Title, WHO Geneva." (only where the body is the author: Google Scholar's "OUP Oxford" names a publisher so)
_INITIALS_TOWN = lazy_pattern(r"([A-Z][A-Z&]{1,7})\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


def _names_of(authors: Any) -> set[str]:
    """The bodies' names and the family names among ``authors``."""
    if not isinstance(authors, list):
        return set()
    return {str(a.get("literal") or a.get("family") or "") for a in authors if isinstance(a, dict)}


def subtitle_before_imprint(item: dict[str, Any]) -> None:
    """(In place.) NP 405's and UNE's ``Title. Subtitle, parts. Lisboa, Livros Horizonte, 2006.`` with the subtitle
    read into the place: the sentence before a known town, right after the title in the text, is the title's."""
    place, title = item.get("publisher-place"), item.get("title")
    if not isinstance(place, str) or not isinstance(title, str) or ". " not in place or "publisher" in item:
        return
    head, _, imprint = place.rpartition(". ")
    if ascii_fold(imprint.split(",")[0].strip().lower()) not in CITIES or not head[:1].isupper() or is_place(head):
        return
    if f"{title}. {head}. {imprint}" in source_text(item):
        item["title"], item["publisher-place"] = f"{title}. {head}", imprint


def imprint_apart(item: dict[str, Any]) -> None:
    """(In place.) Harvard's and physics' ``Publisher, Place`` imprint (``Frank Cass, London``, ``(Holt, Rinehart
    and Winston, New York, 1976)``) read as one publisher or as one place: the closing place is the
    ``publisher-place``, the name before it the ``publisher``; so too a body's initials before a known town with
    no comma where the body is the author (``WHO (2016). Title, WHO Geneva.``). A thesis's ``Town, School``
    (Australian Harvard's ``thesis, Penrith, University of Western Sydney``) read as one publisher is taken apart
    the same way."""
    publisher, place = item.get("publisher"), item.get("publisher-place")
    value = publisher if place is None else place if publisher is None else None
    if not isinstance(value, str):
        return
    if place is None and ". " in value and (found := _publisher_stop_place(value)) is not None:
        item["publisher"], item["publisher-place"] = found
        return
    if "," not in value:
        m = _INITIALS_TOWN.fullmatch(value.strip(" .;:"))
        if m and place is None and is_place(m.group(2)) and m.group(1) in _names_of(item.get("author")):
            item["publisher"], item["publisher-place"] = m.group(1), m.group(2)
        return
    if value is place and (_towns_after_journal(item, str(value)) or _venue_of_meeting(item, str(value))):
        return
    thesis = value is publisher and bool(_THESIS.search(str(item.get("genre", ""))))
    if thesis and _school_after_genre(value, source_text(item)):
        return  # APA's "[Doctoral dissertation, University of California, Berkeley]" names the school alone
    found = _publisher_then_place(value) or (_town_then_school(value) if thesis else None)
    if found is None:
        found = _town_then_publisher(value, value is place, _older(item))
    if found is not None:
        item["publisher"], item["publisher-place"] = found


# the boundary before a book's imprint run into its name: "Book. Coimbra, Imprensa …", "Book (1900-1950), Coimbra, …"
_BEFORE_IMPRINT = lazy_pattern(r"(?:(?<=[^\W\d_])|(?<=[)\]]))[.,]\s+(?=[A-Z])")


def imprint_closing_book(item: dict[str, Any]) -> None:
    """(In place.) Portuguese and Spanish chapters' ``in: Eds (coord.), Book. Coimbra, Imprensa da Universidade,
    2008, pp. 289-299`` with the town and the publisher read into the book's name: a known town then a
    publisher closing the container of a record with no imprint and no volume are its place and publisher."""
    book = item.get("container-title")
    if not isinstance(book, str) or "," not in book or any(k in item for k in _IMPRINT_OR_VOLUME):
        return
    for m in _BEFORE_IMPRINT.finditer(book):
        head, rest = book[: m.start()], book[m.end() :]
        if len(head.split()) < 2 or (found := _town_then_publisher(rest, False)) is None:
            continue
        if _MEETING_DAYS.match(found[0]):
            return  # DBLP's "Proceedings of …, Shanghai, China, October 28-31, 2017": a meeting's town and days
        if len(found[0].split()) < 2:
            return  # "Abu Dhabi, UAE": a meeting's town and its country's letters, no publisher
        item["container-title"] = head
        item["publisher"], item["publisher-place"] = found
        return


_IMPRINT_OR_VOLUME = ("publisher", "publisher-place", "volume", "issue")
# a month (and days) with a year read as a publisher: "October 28-31, 2017", "December, 2020"
_MEETING_DAYS = lazy_pattern(rf"{ENGLISH_MONTH}(?:\s+\d{{1,2}}(?:\s*[-\u2013]\s*\d{{1,2}})?)?,?\s+(?:1[6-9]|20)\d\d$")


def _towns_after_journal(item: dict[str, Any], place: str) -> bool:
    """``Zeitschrift für Katalanistik (Friburg, Bochum), v. 26``: the towns a journal is published in, bracketed
    after its name, are its place whole; a journal's bracket names no publisher."""
    journal = item.get("container-title")
    return isinstance(journal, str) and f"{journal} ({place})" in source_text(item)


def _venue_of_meeting(item: dict[str, Any], place: str) -> bool:
    """MDPI's ``In Proceedings of the … Meeting; Disney’s Coronado Springs Resorts, Orlando, FL, USA, 12–16 July
    1998.``: the place after the semicolon closing a proceedings' name is the meeting's, its venue no house."""
    meeting = item.get("container-title")
    if not isinstance(meeting, str) or not meeting.startswith("Proceedings") or PUBLISHER_WORDS.search(place):
        return False
    return f"{meeting}; {place}" in source_text(item)


# a state's or country's university and one campus after it: "University of California, Los Angeles"
_STATE_UNIVERSITY = lazy_pattern(r"(?:The\s+)?University of ([A-Z][\w ]+?),\s*([A-Z][\w .'-]+)")


def campus_school(school: str) -> bool:
    """Whether ``school`` is a state's or country's university named with its campus (``University of California,
    Los Angeles``, ``University of Texas, Austin``): one institution, its campus no place. A school named after its
    own town, or followed by a region or a country, keeps its place (``University of Waterloo, Ontario, Canada``)."""
    m = _STATE_UNIVERSITY.fullmatch(school.strip())
    return m is not None and m.group(1).lower() in REGIONS and m.group(2).lower() not in REGIONS


def _school_after_genre(school: str, text: str) -> bool:
    """Whether ``text`` names ``school`` right after the thesis's kind, as APA's bracket does
    (``[Doctoral dissertation, University of California, Berkeley]``), or as Chicago's ``PhD diss., University of
    California, Los Angeles, 2016.`` names a state university and its campus."""
    if f", {school}]" in text:
        return True
    after_kind = any(f"{kind}, {school}" in text for kind in ("diss.", "dissertation", "thesis"))
    return after_kind and campus_school(school)


def _older(item: dict[str, Any]) -> bool:
    """Whether the work is dated before 1900."""
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    year = parts[0][0] if parts and parts[0] else None
    return isinstance(year, int) and year < 1900


# a printer's or bookseller's one name: "Desaint", "Rusand", "Tournachon-Molin", "Néaulme"
_ONE_NAME = lazy_pattern(r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?")


# what an imprint writes before its printer (Italian "appresso", Latin "apud", French "chez", German "bei"), or an
# Italian publisher's name opening on its article in lower case ("il Mulino", "il Saggiatore"): after a town, no
# place
_PRINTER_LEAD = lazy_pattern(r"(?P<lead>(?:appresso|presso|apud|chez|bei)\s+)?(?(lead)|(?:il|lo|la)\s)(?=[A-ZÀ-Ý])")


def _town_then_publisher(value: str, read_as_place: bool, older: bool = False) -> tuple[str, str] | None:
    """``Lisboa, Medialivros`` -> (publisher, place): the Romance languages' ``Town, Publisher`` imprint (``Paris,
    Gallimard``, ``Rio de Janeiro, Paz e Terra``) read as one publisher, a known city (with its region) opening it and
    no place, region or city opening the rest. Read as one place, the rest must be a publisher's by its words: a
    country or a state in another language or abbreviated closes a place (``Grenoble, Frankreich``, ``Albuquerque,
    New Mex``); a book printed before 1900 (``Paris, Desaint, 1771``, ``Lyon, Rusand, 1820``) names its printer or
    bookseller by one word, as no place is named."""
    parts = [p.strip() for p in value.split(",")]
    if ascii_fold(parts[0].lower()) not in CITIES and not abbreviated_town(parts[0]):
        return None
    for i in range(len(parts) - 1, 0, -1):
        head, rest = ", ".join(parts[:i]), ", ".join(parts[i:])
        first = ascii_fold(parts[i].lower()).strip(" .")
        if rest[:1].islower() and (lead := _PRINTER_LEAD.match(rest)) is not None and is_place(head):
            return rest[lead.end("lead") if lead.group("lead") else 0 :].strip(" .;:"), head
        # (an abbreviation after the town is its state's: "Boulder, Colo., UCAR")
        if not rest[:1].isupper() or parts[i].endswith(".") or first in CITIES or first in REGIONS:
            continue
        if not is_place(head) or is_place(rest):
            continue
        if read_as_place and not _PUBLISHER_WORDS.search(rest) and not (older and _ONE_NAME.fullmatch(rest)):
            return None
        return rest.strip(" .;:"), head
    return None


# a company's name and the line that says whose it is, about a colon: "Gale: A Cengage Company"
_OWNED_COMPANY = lazy_pattern(r"An? [A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)* (?:Company|Corporation|Group|Business)")


def company_line_after_colon(item: dict[str, Any]) -> None:
    """(In place.) ``Gale: A Cengage Company, 2019.`` read as the place ``Gale`` and the publisher ``A Cengage
    Company``: no town is named so, and the line after the colon says whose the company is; the whole is the
    publisher."""
    publisher, place = item.get("publisher"), item.get("publisher-place")
    if not isinstance(publisher, str) or not isinstance(place, str) or not _OWNED_COMPANY.fullmatch(publisher):
        return
    name = f"{place}: {publisher}"
    if " " in place or is_place(place) or name not in source_text(item):
        return
    item["publisher"] = name
    del item["publisher-place"]


# a state's or province's code (or a country) and the colon opening the value read as the publisher: "BC: New Star"
_REGION_OPENING = lazy_pattern(r"(?P<region>[A-Z][A-Za-z.]{1,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*:\s+(?P<pub>\S.*)")


def region_opening_publisher(item: dict[str, Any]) -> None:
    """(In place.) ``(Vancouver, BC: New Star Books, 2014)`` read as the place ``Vancouver`` and the publisher
    ``BC: New Star Books``: the region's code after the town's comma is the place's, the rest the publisher."""
    publisher, place = item.get("publisher"), item.get("publisher-place")
    if not isinstance(publisher, str) or not isinstance(place, str) or ":" not in publisher:
        return
    m = _REGION_OPENING.fullmatch(publisher.strip())
    if m is None or m.group("region").lower().rstrip(".") not in REGIONS:
        return
    whole = f"{place}, {m.group('region')}"
    if f"{whole}:" not in source_text(item) or not is_place(whole):
        return
    item["publisher-place"], item["publisher"] = whole, m.group("pub").strip()


def publisher_before_place(item: dict[str, Any]) -> None:
    """(In place.) ``StataCorp LP: College Station, TX`` (the company before its town, as Stata asks to be cited)
    read the Vancouver way round, the company as the place and the town as the publisher: where the value read as
    the publisher is a place and the one read as the place is none, and the text sets them so about a colon,
    they are the other way round."""
    publisher, place = item.get("publisher"), item.get("publisher-place")
    if not isinstance(publisher, str) or not isinstance(place, str) or not is_place(publisher) or is_place(place):
        return
    if f"{place}: {publisher}" in source_text(item):
        item["publisher"], item["publisher-place"] = place, publisher


def body_repeated_as_publisher(item: dict[str, Any]) -> None:
    """(In place.) Vancouver's ``StataCorp. Stata Statistical Software: Release 13. StataCorp LP: College Station, TX;
    2013.`` with no author read and the body's name opening the title: a body that authors a work and publishes it
    is named first as the author, so a title's first sentence that opens the publisher's name is the author."""
    title, publisher = item.get("title"), item.get("publisher")
    if "author" in item or not isinstance(title, str) or not isinstance(publisher, str):
        return
    head, stop, rest = title.partition(". ")
    if not stop or len(rest.split()) < 2 or not head[:1].isupper() or len(head.split()) > 6:
        return
    if publisher == head or publisher.startswith(head + " "):
        item["author"], item["title"] = [{"literal": head}], rest


# a body's name with its short name in brackets, either way round: "Reserve Bank of Australia (RBA)",
# "AIHW (Australian Institute of Health and Welfare)"
_NAME_AND_SHORT = lazy_pattern(r"^(?P<outer>[^()]{2,120}?)\s*\((?P<inner>[^()]{2,120})\)$")
_SHORT_NAME = lazy_pattern(r"[A-Z][A-Za-z&]{1,9}")
# a capital opening a word of the body's name: its initials ("South African Police Service": SAPS)
_NAME_CAPITAL = lazy_pattern(r"\b[A-Z]")


def short_name_repeated_as_publisher(item: dict[str, Any]) -> None:
    """(In place.) Harvard's ``Reserve Bank of Australia (RBA) (2024) *Statement on Monetary Policy*. RBA. Available
    at: …`` with the short name after the title read as the site: the body's short name, which it gave itself in
    the author's place, named again after the title is the body publishing its own work, no site or journal."""
    authors, container = item.get("author"), item.get("container-title")
    if "publisher" in item or not isinstance(container, str) or not isinstance(authors, list) or len(authors) != 1:
        return
    if any(k in item for k in ("volume", "issue", "page", "number")):
        return  # a journal's or a series' numbers: "ISO 21542:2021" after the title is the standard's designation
    literal = authors[0].get("literal") if isinstance(authors[0], dict) else None
    if not isinstance(literal, str):
        return
    short, source = container.strip(" .,"), source_text(item)
    if (m := _NAME_AND_SHORT.match(literal.strip())) is not None:
        if short not in (m["inner"].strip(), m["outer"].strip()) or not _SHORT_NAME.fullmatch(short):
            return
    # (with no bracket, the body's initials in capitals, right before Harvard's lead-in to the address:
    # "South African Police Service. (2024). *Title*. SAPS. Available at: …")
    elif "".join(_NAME_CAPITAL.findall(literal)) != short or f" {short}. Available" not in source:
        return
    # the short name a sentence of its own ("*Title*. RBA. Available at"), no site's ("*Title*, WHO website")
    if f" {short}. " in source:
        item["publisher"] = item.pop("container-title")


def body_read_as_person(item: dict[str, Any]) -> None:
    """(In place.) ``Europeana Newspapers. *D5.3 Final public release …* Europeana Newspapers, 2015.`` with the body
    that wrote the work read as one person (``Newspapers, Europeana``): the source names the body as the author
    and again as the publisher, so the author is the body, in its words. A person who published the work
    (``Raymond Kwok. *Title*. Penang: Raymond Kwok, 2005.``) stays a person: a given name opens the name."""
    authors, publisher = item.get("author"), item.get("publisher")
    if not isinstance(authors, list) or len(authors) != 1 or not isinstance(publisher, str):
        return
    name = authors[0]
    if not isinstance(name, dict) or not name.get("given") or not name.get("family") or set(name) - {"given", "family"}:
        return
    natural = f"{name['given']} {name['family']}"
    first = str(name["given"]).split()[0]
    if known_given_word(first) and mostly_a_name(first) and not has_org_word(natural):
        return
    if publisher.strip(" .,") == natural and source_text(item).lstrip().startswith(natural):
        item["author"] = [{"literal": natural}]


# the format Australian Harvard names after the title, before the publisher: "image, The Sydney Morning
# the trades a French firm names after its name: "Louis Vivès, libraire-éditeur", "V. Sarlit et Cie,
# librairies-éditeurs", "Dubois-Poplimont, imprimeur-éditeur", "Gaume frères, éditeurs-libraires"
_TRADE = r"(?:[ée]diteurs?|libraires?|librairies?|imprimeurs?)"
# (two trades joined by a hyphen only: a bare "éditeurs" after the firm is kept with its name, as the gold sets
# write "A. Lacroix et Ce, éditeurs")
_TRADE_CLOSING = lazy_pattern(rf",\s+{_TRADE}-{_TRADE}\.?\s*$", re.I)


def trade_closing_publisher(item: dict[str, Any]) -> None:
    """(In place.) ``Louis Vivès, libraire-éditeur`` and ``Gaume frères, éditeurs-libraires``: the firm's two trades
    after a comma are no part of its name."""
    publisher = item.get("publisher")
    if not isinstance(publisher, str) or ", " not in publisher or (m := _TRADE_CLOSING.search(publisher)) is None:
        return
    if m.start() > 0:
        item["publisher"] = publisher[: m.start()].rstrip()


# Herald", "television program, New York Broadcasting Company", "microfiche, National Center for …"
_FORMAT_LEAD = lazy_pattern(
    r"^(?P<kind>image|photograph|map|poster|brochure|pamphlet|microfiche|microfilm|television program(?:me)?|"
    r"radio program(?:me)?|(?:video|sound|audio) recording|motion picture|film|videorecording|podcast|CD-ROM|DVD)"
    r"[,;]\s+(?P<rest>\S.*)$",
    re.I,
)


def format_before_publisher(item: dict[str, Any]) -> None:
    """(In place.) Australian Harvard's ``*Title* 2009, image, The Sydney Morning Herald, 19 May`` with the format
    read into the publisher (or as a publisher of its own, joined with ``; ``): it is the work's genre, the name
    after it the publisher."""
    publisher = item.get("publisher")
    if not isinstance(publisher, str) or (m := _FORMAT_LEAD.match(publisher)) is None:
        return
    item["publisher"] = m.group("rest")
    item.setdefault("genre", m.group("kind"))


# the kind of degree work before the school that awarded it, as German and Dutch lists write the imprint of a thesis:
# "Diplomarbeit, Hochschule für Musik und Theater Hamburg", "Proefschrift Universiteit Leiden"
_DEGREE_THEN_SCHOOL = lazy_pattern(
    r"^(?P<kind>(?i:proefschrift|(?:master|bachelor|doctoraal)?scriptie|diplomarbeit|masterarbeit|magisterarbeit|"
    r"bachelorarbeit|doktorarbeit|habilitationsschrift|(?:inaugural-)?dissertation|doctoral (?:thesis|dissertation)|"
    r"ph\.?\s?d\.? thesis))[,.:]?\s+(?P<school>[A-ZÀ-Ý].*)$"
)
# the words a school's name holds in the languages whose theses biblio reads
_SCHOOL_WORD = lazy_pattern(
    r"(?i:universit|hochschule|hogeschool|college|school|institut|academ|akademie|conservato|seminar)"
)


def degree_before_school(item: dict[str, Any]) -> None:
    """(In place.) A thesis's imprint read whole as its publisher (``Proefschrift Universiteit Leiden``,
    ``Diplomarbeit, Hochschule für Musik …``), or as the container after a quoted title: the kind of degree work is
    the genre, the school the publisher."""
    publisher = item.get("publisher")
    if publisher is None and isinstance(container := item.get("container-title"), str):
        # "“Early Trombones in Swiss Collections.” Diplomarbeit, Musik-Akademie der Stadt Basel, 2010.": after a
        # quoted title the imprint read as the work holding it; a thesis is held by none
        if (m := _DEGREE_THEN_SCHOOL.match(container)) is None or item.get("genre") not in (None, m.group("kind")):
            return
        if not _SCHOOL_WORD.search(m.group("school")) or any(item.get(v) for v in ("volume", "issue", "editor")):
            return
        del item["container-title"]
        item["publisher"], item["genre"], item["type"] = m.group("school"), m.group("kind"), "thesis"
        return
    if not isinstance(publisher, str) or item.get("genre") or (m := _DEGREE_THEN_SCHOOL.match(publisher)) is None:
        return
    if not _SCHOOL_WORD.search(m.group("school")):
        return
    item["publisher"] = m.group("school")
    item["genre"] = m.group("kind")
    if item.get("type") in ("book", "document", None):
        item["type"] = "thesis"


# an e-book's format after its publisher, as Kindle's copied notes close: "Zondervan. Kindle Edition."
_EBOOK_TAIL = lazy_pattern(r"^(?P<name>.+?)[.,]\s+(?P<format>(?:Kindle|Nook|Kobo|Apple Books|iBooks)(?: Edition)?)$")


def ebook_format_after_publisher(item: dict[str, Any]) -> None:
    """(In place.) ``… (p. 24). Zondervan. Kindle Edition.`` with the e-book's format read into the publisher: the
    format is the medium."""
    publisher = item.get("publisher")
    if not isinstance(publisher, str) or "dition" not in publisher and "Kindle" not in publisher:
        return
    if (m := _EBOOK_TAIL.match(publisher)) is None:
        return
    item["publisher"] = m.group("name")
    item.setdefault("medium", m.group("format"))


# a subtitle's words: an article opening it, or a common word in lower case ("A Political and Literary Forum",
# "Recursos sobre tecnologías del texto")
_SUBTITLE = lazy_pattern(
    r"^(?:A|An|The)\s|\s(?!(?:of|and|for|the|de|du|des|la|le|et|und|für|y|e|in|on)\s)[a-zà-ÿ]{2,}\b"
)


def site_with_subtitle(item: dict[str, Any]) -> None:
    """(In place.) A web page's site whose name has a subtitle (``Boston Review: A Political and Literary
    Forum, http://…``, ``*Diff: Wikimedia Community Blog*``) read as ``Place: Publisher``: before the colon
    stands no place and after it no publisher's name, so the whole is the site, the ``container-title``."""
    place, publisher = item.get("publisher-place"), item.get("publisher")
    if not (isinstance(place, str) and isinstance(publisher, str)) or "container-title" in item or "URL" not in item:
        return
    source = source_text(item)
    if is_place(place) or _PUBLISHER_WORDS.search(publisher) or not _SUBTITLE.search(publisher):
        return
    if f"{place}: {publisher}" in source:
        item["container-title"] = f"{place}: {publisher}"
        del item["publisher-place"], item["publisher"]


# a site's host name: "Linux.com", "www.msweet.org", "splix.sourceforge.net"
_HOST = lazy_pattern(r"(?:www\.)?[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)*\.(?:com|org|net|edu|gov|io|info|co\.uk|ac\.uk)")


def host_is_no_place(item: dict[str, Any]) -> None:
    """(In place.) A site's host name read as the place (``How to Manage Printers in Linux, Linux.com,
    2015-04-27.``): no town is named so, and a page names there the site it sits on, its ``container-title``
    (or, beside a container, the ``publisher``, as ``ijcai.org`` publishes a proceedings); beside both it is
    left as read, so that no word is lost."""
    place = item.get("publisher-place")
    if not isinstance(place, str) or not _HOST.fullmatch(place.strip()):
        return
    for field in ("container-title", "publisher"):
        if field not in item:
            item[field] = place.strip()
            del item["publisher-place"]
            if field == "container-title" and item.get("type") in ("book", "document"):
                item["type"] = "webpage"  # a page on the site, no book of the place's
            return


# a game's platform before its country in a ludography: "Microsoft Windows, United States: Bethesda Softworks."
_PLATFORM_THEN_PLACE = lazy_pattern(
    r"(?P<platform>(?:Microsoft\s+)?Windows|Mac\s?OS(?:\s+X)?|macOS|Linux|iOS|Android|Xbox(?:\s+(?:360|One))?"
    r"|PlayStation(?:\s+(?:\d|Portable|Vita))?|Nintendo(?:\s+[A-Z][\w-]*){1,2}|Wii(?:\s+U)?|Game\s+Boy(?:\s+\w+)?"
    r"|Arcade|Home\s+console|Commodore\s+64|ZX\s+Spectrum|Atari\s+2600|Sega\s+[A-Z]\w+|Web\s+browser"
    r"|Alternate\s+reality\s+game|Board\s+game|Card\s+game|Tabletop\s+game)"
    r",\s+(?P<place>[A-Z][^,:;]*)"
)


def platform_before_place(item: dict[str, Any]) -> None:
    """(In place.) A ludography's ``Studio. (2012). Game. Xbox 360, United States: Publisher.``: the platform
    (or the game's kind) before the country is the work's medium, no part of the place."""
    place = item.get("publisher-place")
    if not isinstance(place, str) or "," not in place or "medium" in item:
        return
    m = _PLATFORM_THEN_PLACE.fullmatch(place.strip())
    if m is not None:
        item["medium"] = m["platform"]
        item["publisher-place"] = m["place"].strip()


# a note of the work's language closing the reference: "(in Korean with English abstract)", "(in Russian)"
_LANGUAGE_NOTE = lazy_pattern(
    r"\(?\s*in\s+[A-Z][a-z]+(?:\s+with\s+(?:an\s+)?[A-Z][a-z]+\s+(?:abstract|summary|summaries))?\s*\)?\.?"
)


def language_note_apart(item: dict[str, object]) -> None:
    """A language note read as the publisher (``Korean Journal of Ichthyology 20: 36-44. (in Korean with English
    abstract).``) names no publisher: it goes to the note (in place)."""
    value = item.get("publisher")
    if isinstance(value, str) and value[:4].lstrip("(").startswith("in ") and _LANGUAGE_NOTE.fullmatch(value):
        del item["publisher"]
        keep_remainder(item, value.strip(" ()."))


# the book's editors read as a publisher: "In Book, A. L. Buikema, Jr. and J. Cairns, Jr., eds. Philadelphia: …",
# "Title, eds. L. Coly & J. Krippner."
_EDITORS_PART = lazy_pattern(r"(?P<names>[^;]+?),?\s+\(?eds\.?\)?|\(?eds\.\)?\s+(?P<after>[^;]+)")


def editors_read_as_publisher(item: dict[str, Any]) -> None:
    """A publisher's part that is persons' names with the plural role ``eds`` names the editors, no publisher
    (in place)."""
    value = item.get("publisher")
    if not isinstance(value, str) or "eds" not in value or "editor" in item:
        return
    parts = value.split("; ")
    for i, part in enumerate(parts):
        if (m := _EDITORS_PART.fullmatch(part.strip())) is None:
            continue
        names = parse_names(m["names"] or m["after"])
        if not names or not all(n.get("family") and n.get("given") for n in names):
            return  # a body ("Eds. Gallimard") or a bare word: left as read
        item["editor"] = names
        if rest := parts[:i] + parts[i + 1 :]:
            item["publisher"] = "; ".join(rest)
        else:
            del item["publisher"]
        return


# the work's length closing the imprint: "Prentice Hall, 720p", "Waterbury, CT, 693p", "…, 466 pp.", "Suhrkamp. 241 S.",
# "Gyldendal, 241 s.", "Harper & Row, xiv, 266 pp." (a front matter's roman count before it), Spanish and Portuguese
# "Madrid. 820 págs." (a second publisher's part run on after a semicolon: "H. Blume Edic; 820 págs")
_EXTENT = lazy_pattern(
    r"[,.;]\s*(?P<count>(?:[ivxlc]{1,8},\s*)?\d{1,5})\s?(?:pp?\.?|pages|Seiten|sider|sidor|S\.|s\.|с\.|сс\.|págs?\.?)$"
)

_COUNT_NOTE = lazy_pattern(r"(?P<count>(?:[ivxlc]{1,8},\s*)?\d{1,5})\s?(?:pp?|pages|Seiten|S|s|с|сс|págs?)\.?")


def extent_apart(item: dict[str, Any]) -> None:
    """A page count after the publisher or its place (``Upper Saddle River, NJ: Prentice Hall, 720p.``) is the
    work's length, no part of either: the record's ``page``, its number without the word (as the labelled data
    store a book's or report's count), or the remainder where a page is read already; so is a count read as the
    whole note."""
    for var in ("publisher", "publisher-place"):
        value = item.get(var)
        if isinstance(value, str) and value[-1:] in "psn." and (m := _EXTENT.search(value)) and m.start() > 0:
            item[var] = value[: m.start()].rstrip(" ,.")
            if item.get("page"):
                keep_remainder(item, m.group(0).strip(" ,."))
            else:
                item["page"] = m["count"]
    # "…, Thèse, 83p." with the count read as a note of its own
    note = item.get("note")
    if isinstance(note, str) and not item.get("page") and (m := _COUNT_NOTE.fullmatch(note)):
        item["page"] = m["count"]
        del item["note"]


# a publishing body's short name alone: "PMLR", "IEEE"
PUBLISHER_ALONE = lazy_pattern(
    r"(?:PMLR|IEEE|ACM|SIAM|AAAI|Springer|Elsevier|Wiley|MDPI|IOP|AIP|ACS|Curran Associates|MIT Press)\.?"
)


def publisher_alone_in_note(item: dict[str, Any]) -> None:
    """BMC's ``In: Uncertainty in Artificial Intelligence, 2022, pp. 874-884: PMLR.`` with the publishing body's short
    name read as the whole note: where the record names no publisher, that name is the publisher."""
    note = item.get("note")
    if isinstance(note, str) and "publisher" not in item and PUBLISHER_ALONE.fullmatch(note.strip()):
        item["publisher"] = note.strip().rstrip(".")
        del item["note"]


# a repository that keeps deposited data, code and reports (Zotero's "repository", CSL's publisher)
_REPOSITORY = lazy_pattern(r"(?:zenodo|figshare|dryad(?: digital repository)?|dataverse|osf|pangaea|icpsr)", re.I)
_DEPOSITED = frozenset(["dataset", "software", "report", "motion_picture", "speech"])


def repository_is_publisher(item: dict[str, Any]) -> None:
    """IEEE's ``"Dataset of traffic flows," Zenodo, 2021.`` read with Zenodo as the container: the repository
    that holds a deposited dataset, program or report is its publisher (a help page on the site keeps it as
    the site it sits on)."""
    # (a deposit has its DOI or says what it is; "Zenodo" after a help page's title is the site)
    if item.get("type") not in _DEPOSITED or "publisher" in item or not (item.get("DOI") or item.get("medium")):
        return
    site = item.get("container-title")
    if isinstance(site, str) and _REPOSITORY.fullmatch(site.strip(" .")):
        item["publisher"] = item.pop("container-title")


# a body that issues reports: "USAF School of Aviation Medicine", "Institute for Fiscal Studies"
_ISSUING_BODY = lazy_pattern(
    r"\b(?:School|University|Institute|Institut|Laboratory|Laboratories|Department|Centre|Center|Agency|Office|"
    r"Bureau|Ministry|Council|Commission|Foundation)\b"
)


def report_body_is_publisher(item: dict[str, Any]) -> None:
    """``Title. Technical Report 4, USAF School of Aviation Medicine, Randolph Field, USA.`` with the body that
    issued the numbered report read as its container: a report is held by no periodical; the school, institute or
    office after its number, with no volume or pages, issued it."""
    if item.get("type") != "report" or "publisher" in item or {"volume", "issue", "page"} & set(item):
        return
    body = item.get("container-title")
    if isinstance(body, str) and item.get("genre") and _ISSUING_BODY.search(body):
        item["publisher"] = item.pop("container-title")


def school_read_as_place(item: dict[str, Any]) -> None:
    """``Title. D. Phil. thesis, Oxford.`` or ``Diss., Princeton University.``: a thesis that names its degree and
    then one name with no publisher names the school that granted the degree, its publisher, even where the name
    is a town's (a town with no degree named stays the place)."""
    if item.get("type") != "thesis" or not item.get("genre") or "publisher" in item:
        return
    place, genre = item.get("publisher-place"), item.get("genre")
    if not isinstance(place, str) or not isinstance(genre, str) or not place.strip() or "," in place:
        return
    # the name right after the degree ("D. Phil. thesis, Oxford"), not after a school ("Thèse, INPL, Nancy")
    source = plain(source_text(item))
    at = source.find(genre)
    if at >= 0 and _MARKS_ONLY.fullmatch(source[at + len(genre) : source.find(place, at + len(genre))]):
        item["publisher"] = item.pop("publisher-place")


_MARKS_ONLY = lazy_pattern(r"[\s.,;:()\[\]]*")


# the marks of an unknown imprint, whichever reading kept them as a value: "N.p." / "n.p." (no place, no publisher),
# "s.l." (sine loco), "s.n." (sine nomine), in brackets or not
_UNKNOWN_MARK = lazy_pattern(r"(?:n\.\s?p|s\.\s?[ln])\.?", re.I)


def unknown_imprint_marks(item: dict[str, Any]) -> None:
    """(In place.) Chicago's ``N.p.: n.p., 1901.`` read as the place ``N.p`` and the publisher ``n.p.``: the marks say
    the work names neither, so neither field holds them (nor the series a French ``s.l.,`` was read as)."""
    for var in FIELDS:
        value = item.get(var)
        if isinstance(value, str) and _UNKNOWN_MARK.fullmatch(value.strip(" ,;:[]")):
            del item[var]


# a Turkish book's volume or edition read as the place's first words: "C. I. Ankara", "2.Baskı. Trabzon"; an English
# book's volume in Roman numerals before its town ("Volume II, London")
_PART_OPENING = lazy_pattern(
    r"(?:(?:C\.|Vol\.|Volume|vol\.)\s(?P<volume>[IVXLC]{1,6}(?:\s?-\s?[IVXLC]{1,6})?|\d{1,2})"
    r"|(?P<edition>\d{1,2})\.\s?(?:Baskı|[Bb]s\.))"
    r"[.,]?\s+(?P<place>\S.*)"
)


def part_opening_place(item: dict[str, Any]) -> None:
    """(In place.) ``Title. C. I. Ankara: Publisher.`` read with ``C. I.`` (``cilt``, the volume) or ``2.Baskı.``
    (the edition) as the place's first words, or ``Title. Volume II, London: Methuen`` with the volume: the volume
    or the edition, and the town after it the place."""
    place = item.get("publisher-place")
    if not isinstance(place, str) or "." not in place[:8] and not place.startswith(("Vol", "vol")):
        return
    if (m := _PART_OPENING.fullmatch(place)) is None:
        return
    var = "volume" if m["volume"] else "edition"
    if var in item:
        return
    item[var] = m[var]
    item["publisher-place"] = m["place"]


def publisher_pieces_apart(item: dict[str, Any]) -> None:
    """(In place.) ``*Title*, second edition, Oxford: Clarendon Press`` or ``*Title*, (History of Analytic
    Philosophy), Houndmills: Palgrave Macmillan`` read as two publishers joined (``second edition; Clarendon
    Press``): an edition's words are the ``edition``, a bracketed name before the place the series."""
    publisher = item.get("publisher")
    if not isinstance(publisher, str) or "; " not in publisher:
        return
    first, rest = publisher.split("; ", 1)
    if not rest.strip():
        return
    if "edition" not in item and (edition := edition_value(first)) is not None and " " in first.strip():
        item["edition"] = edition
    elif "collection-title" not in item and f"({first})," in source_text(item) and first[:1].isupper():
        item["collection-title"] = first
    else:
        return
    item["publisher"] = rest


# a press's own words read as the whole publisher after its town's name: "Cambridge, Cambridge | University Press"
_PRESS_TAIL = lazy_pattern(r"(?:University\s+Press|UP|Press)\b.*")


def press_name_cut_into_place(item: dict[str, Any]) -> None:
    """(In place.) A French list's ``Cambridge, Cambridge University Press, 1996`` read as the place ``Cambridge,
    Cambridge`` and the publisher ``University Press``: the place's last name opens the press's name."""
    place, publisher = item.get("publisher-place"), item.get("publisher")
    if not isinstance(place, str) or not isinstance(publisher, str) or ", " not in place:
        return
    if not _PRESS_TAIL.fullmatch(publisher):
        return
    town, word = place.rsplit(", ", 1)
    if " " in word or not word[:1].isupper() or f"{place} {publisher}" not in source_text(item):
        return
    item["publisher-place"] = town
    item["publisher"] = f"{word} {publisher}"
