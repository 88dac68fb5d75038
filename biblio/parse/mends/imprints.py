"""Mends of an imprint read whole as the place or the publisher: ``(Zurich: Scalo, 1995)``,
``London, Routlege,``, ``Lille, MESHS, 2021``.

Where no publisher was read, a place span whose last part, after a colon or comma, is no place
holds the publisher there: the part before it is a place (a known city, or words the labelled
data set in places), the last part a name that is no place and, where its words are known,
weighs most as a publisher. A journal's or a meeting's place is left whole: a publisher is
rare there, a country named in another tongue ("Grenoble, Frankreich") is not.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import WORD, divided
from biblio.parse.mends.degree_notes import DEGREE_KIND
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.normalisers.names import has_org_word
from biblio.parse.normalisers.places import REGIONS, is_place
from biblio.parse.review.lexicon import CLASSES, field_logs
from biblio.parse.spans import Span

_PART_BREAK = lazy_pattern(r"\s*[,:]\s*")
_NAME_START = lazy_pattern(r"^[\"'“«]?[^\W\d_]")
_MEETING = lazy_pattern(r"(?i)\b(?:proc|proceedings|conference|workshop|symposium|congress|meeting|colloque)\b")
_ROMAN = lazy_pattern(r"^[IVXLC]+\.?$")
_PLACE = CLASSES.index("publisher-place")
_PUBLISHER = CLASSES.index("publisher")


def _placed(part: str) -> bool:
    """A known city, or words that the labelled data set in places more than anywhere else."""
    if is_place(part):
        return True
    logs = field_logs(part)
    return logs is not None and max(range(len(logs)), key=logs.__getitem__) == _PLACE


def _publisher_like(part: str) -> bool:
    """No place; where its words are known, a publisher's words more than any other field's."""
    if not _NAME_START.match(part) or _ROMAN.match(part) or is_place(part):
        return False
    logs = field_logs(part)
    return logs is None or max(range(len(logs)), key=logs.__getitem__) == _PUBLISHER


@needs(labels=["location"], without=("publisher", "journal"))
def publisher_after_place(spans: list[Span], text: str) -> list[Span]:
    """``(Zurich: Scalo,`` read as one place, no publisher read: ``Scalo`` is the publisher."""
    labels = {s.label for s in spans}
    if "location" not in labels or labels & {"publisher", "journal"}:
        return spans  # a journal has no imprint
    for k, s in enumerate(spans):
        if s.label != "location":
            continue
        body = s.text.rstrip(" ,.;:)")
        breaks = list(_PART_BREAK.finditer(body))
        if not breaks:
            continue
        cut = breaks[-1]
        before = body[: cut.start()]
        previous = before[breaks[-2].end() :] if len(breaks) > 1 else before
        if not (_publisher_like(body[cut.end() :]) and _placed(previous.lstrip(" (["))):
            continue
        if any(_MEETING.search(x.text) for x in spans):
            return spans  # a meeting's place may name its country in any tongue ("Grenoble, Frankreich")
        return divided(spans, k, cut.start(), cut.end(), "location", "publisher")
    return spans


# "Dover, Mineola, NY": a name, then a town and its two-letter state, as mathematics' book lists give the imprint
_NAME_TOWN_STATE = lazy_pattern(r"^(?P<name>[^,]{2,60}),\s*(?P<place>[^,]{2,40},\s*[A-Z]{2})$")


@needs(labels=["location"], without=("publisher", "journal"))
def publisher_before_town_state(spans: list[Span], text: str) -> list[Span]:
    """``Dover, Mineola, NY, 2015.`` read as one place, no publisher read: a name before a town and its state,
    itself no place, is the publisher (no imprint sets one town before another town's state) where it is short
    or holds a publisher's word."""
    if labels_of(spans) & {"publisher", "journal"}:
        return spans  # (as its declaration says: a publisher or a journal read leaves the place alone)
    for k, s in enumerate(spans):
        if s.label != "location" or s.text.count(",") < 2:
            continue
        m = _NAME_TOWN_STATE.match(s.text.rstrip(" ,.;:"))
        if m is None or not is_place(m["place"]) or not _publisher_like(name := m["name"].strip()):
            continue
        if len(name.split()) > 2 and not PUBLISHER_WORD.search(name):
            continue  # "Eglin Air Force Base, Pensacola, FL": a longer name with no publisher's word is a site
        if any(_MEETING.search(x.text) for x in spans):
            return spans  # a meeting's organiser and place are no imprint
        return divided(spans, k, m.end("name"), m.start("place"), "publisher", "location")
    return spans


_BRACKETED_IMPRINT = lazy_pattern(r"\s\((?=[^\W\d_])")


# "(India)", "(Russia) 2008": a country or region in brackets after a city, as meetings give their place
_BRACKETED_REGION = lazy_pattern(r"\s*(?P<region>[^()]{2,30}?)\s*\)[\s,.;:]*(?:(?:1[5-9]|20)\d\d\W*)?$")


def _country_in_brackets(rest: str) -> bool:
    m = _BRACKETED_REGION.match(rest)
    return m is not None and m.group("region").strip(" .").lower() in REGIONS


@needs(labels=["title"], any_label=("publisher", "location"), marks=[" ("])
def title_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Staging Mozart, Verdi, | Wagner, and Zemlinsky (University of Chicago Press, 2007)`` with the
    title's last words read into the publisher: notes set the imprint in brackets, so what comes
    before the bracket that opens a publisher span right after the title is the title's."""
    if " (" not in text:
        return spans
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label not in ("publisher", "location") or before.label != "title" or s.start - before.end > 1:
            continue
        m = _BRACKETED_IMPRINT.search(s.text)
        if m is None or "(" in s.text[: m.start()] or not WORD.search(s.text[: m.start()]):
            continue
        if _placed(s.text[: m.start()].strip(" ,.;:")) or _country_in_brackets(s.text[m.end() :]):
            continue  # "Cambridge (Mass.)", "Pune (India)": a place, not the title's end
        z = s.start + m.start()
        title = Span("title", text[before.start : z], before.start, z, before.confidence)
        rest = Span(s.label, text[z + 1 : s.end], z + 1, s.end, s.confidence)
        return [*spans[: k - 1], title, rest, *spans[k + 1 :]]
    return spans


_FIRST_COMMA = lazy_pattern(r"\s*,\s+")
# publishers' words of the Romance languages beside the shared list: "Presses Universitaires de …"
_PRESS_WORD = lazy_pattern(r"(?i)\b(?:presses|universitaires?|editora|edi[çc][õo]es|ediciones|editore|editrice)\b")
_ACRONYM = lazy_pattern(r"[A-Z]{3,}")
# a short capitalised name: "Louvain La Neuve", "Cham", "Reading, Mass."
_SHORT_NAME = lazy_pattern(r"^[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+){0,2}$")
# a company's legal form closes its name: "Curran Associates, Inc." is one publisher
_COMPANY = lazy_pattern(r"(?:Inc|Ltd|LLC|Corp|Co|GmbH|AG|plc|Pty|S\.A|B\.V)\.?")
_STOP = lazy_pattern(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Z])")
# a firm named by its partners goes on after the first comma: "Little, Brown and Company", "Farrar, Straus and Giroux"
_PARTNER_GOES_ON = lazy_pattern(r"^[A-Z][\w'-]+,?\s+(?:and|&)\s+[A-Z]")
# a degree before the school's name is the thesis's kind, no place: "DPhil, University of Oxford", "PhD thesis, …"
_DEGREE_HEAD = lazy_pattern(DEGREE_KIND)


def _address_stop(text: str) -> re.Match[str] | None:
    """natbib's ``Doha, Qatar. Association for Computational Linguistics.``: the address, short
    names divided by commas, ends at a full stop and the publisher follows it (the ACL's form)."""
    if (m := _STOP.search(text)) is None:
        return None
    parts = text[: m.start()].split(", ")
    if not 2 <= len(parts) <= 3 or not all(_SHORT_NAME.match(p) for p in parts):
        return None
    name = text[m.end() :]
    if PUBLISHER_WORD.search(text[: m.start()]) or not (PUBLISHER_WORD.search(name) or _PRESS_WORD.search(name)):
        return None
    return m


def _short_place_name(head: str, tail: str) -> bool:
    """A short name before the comma that is no body's and does not open a firm named by its partners."""
    return bool(_SHORT_NAME.match(head)) and not has_org_word(head) and not _PARTNER_GOES_ON.match(tail)


@needs(any_label=("location", "publisher"))
def place_before_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Lille, MESHS,`` read as the place, or ``Louvain La Neuve, Presses Universitaires de Louvain,``
    read as the publisher, where the other was not read: a known place before the comma and a name
    that is no place after it, or a short name before a publisher's name, are place and publisher."""
    labels = {s.label for s in spans}
    if "location" in labels and "publisher" in labels:
        return spans
    for k, s in enumerate(spans):
        if s.label not in ("location", "publisher") or (m := _FIRST_COMMA.search(s.text)) is None:
            continue
        if s.label == "publisher" and (stop := _address_stop(s.text)) is not None:
            return divided(spans, k, stop.start(), stop.end(), "location", "publisher")
        # (the bracket of a notes style's imprint opens the place: "(Halifax, Nimbus Publishing, 1998)")
        head, tail = s.text[: m.start()].lstrip("("), s.text[m.end() :].strip(" ,.;:")
        if not tail or "," in tail or not tail[:1].isupper() or _COMPANY.fullmatch(tail):
            continue
        if ":" in tail:
            continue
        if s.label == "publisher" and _DEGREE_HEAD.fullmatch(head) and head.lower() not in REGIONS:
            # (a state's code is the place: "Hyannis, MA, Amer. Meteor. Soc.")
            return divided(spans, k, m.start(), m.end(), "genre", "publisher")
        named = PUBLISHER_WORD.search(tail) or _PRESS_WORD.search(tail)
        if s.label == "location" and is_place(head) and (named or _ACRONYM.fullmatch(tail)) and not is_place(s.text):
            return divided(spans, k, m.start(), m.end(), "location", "publisher")
        if (
            s.label == "publisher"
            and (is_place(head) or _short_place_name(head, tail))
            and named
            and not PUBLISHER_WORD.search(head)
        ):
            return divided(spans, k, m.start(), m.end(), "location", "publisher")
    return spans


# "D.C.:", "N. J.", "Mass.:": a state written short, standing for the whole place
_STATE_ALONE = lazy_pattern(r"^\s*(?:(?:[A-Z]\.\s?){2,3}|[A-Z][a-z]{1,4}\.)\s*[:,]?\s*$")
# the city's one or two words before the comma that ends the span ("Washington,", "New York,")
_CITY_ENDS = (
    lazy_pattern(r"(?<![^\s(])(?P<city>[A-Z][\w'-]+)\s*,\s*$"),
    lazy_pattern(r"(?<![^\s(])(?P<city>[A-Z][\w'-]+\s+[A-Z][\w'-]+)\s*,\s*$"),
)


@needs(labels=["location"])
def state_takes_city(spans: list[Span], text: str) -> list[Span]:
    """``… Mental Illness Washington, D.C.: American …`` with the city read into the title and only
    the state as the place: the city before the comma belongs to the place."""
    for k in range(1, len(spans)):
        prev, s = spans[k - 1], spans[k]
        if s.label != "location" or not _STATE_ALONE.match(s.text):
            continue
        found = (m for rx in _CITY_ENDS if (m := rx.search(prev.text)) and is_place(m.group("city")))
        m = next(found, None)
        if m is None or not prev.text[: m.start()].strip():
            return spans
        return [
            *spans[: k - 1],
            Span(prev.label, prev.text[: m.start()], prev.start, prev.start + m.start(), prev.confidence),
            Span("location", text[prev.start + m.start() : s.end], prev.start + m.start(), s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


_REGION_THEN_NAME = lazy_pattern(r"[\s,]*((?:[A-Z][\w'-]+ ?){1,3}(?:, (?:[A-Z][\w'-]+ ?){1,3})?)\.\s+(?=[A-Z])")


@needs(labels=("location", "publisher"))
def region_after_place(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``Lisbon, Portugal. Association for …`` read as place ``Lisbon`` and publisher
    ``, Portugal. Association …`` (or ``Lisbon,`` and ``Portugal. …``): the address runs to the
    full stop, the publisher follows it."""
    for k in range(len(spans) - 1):
        place, name = spans[k], spans[k + 1]
        if place.label != "location" or name.label != "publisher":
            continue
        if not (place.text.endswith(",") or name.text.startswith(",")):
            continue  # the place's region is cut from it at its comma
        m = _REGION_THEN_NAME.match(name.text)
        if m is None or not PUBLISHER_WORD.search(name.text[m.end() :]) or PUBLISHER_WORD.search(m.group(1)):
            continue
        z = name.start + m.end(1)
        where = Span("location", text[place.start : z], place.start, z, place.confidence)
        who = Span("publisher", name.text[m.end() :], name.start + m.end(), name.end, name.confidence)
        return [*spans[:k], where, who, *spans[k + 2 :]]
    return spans


# the words that open a place's own name ("Western Sydney", "New South Wales") or join a body's name to one
_NAME_OPENERS = frozenset(
    [
        "of",
        "for",
        "and",
        "&",
        "Western",
        "Eastern",
        "Northern",
        "Southern",
        "Central",
        "New",
        "North",
        "South",
        "East",
        "West",
    ]
)


@needs(labels=("publisher", "location"))
def place_name_in_publisher(spans: list[Span], text: str) -> list[Span]:
    """The Australian Harvard ``University of Western Sydney, Penrith.`` read as publisher ``University of
    Western`` and place ``Sydney, Penrith``: a name that ends in ``of`` or in the first word of a place's name
    runs on, with no stop or comma, to the next comma; what follows it is the place."""
    for k in range(len(spans) - 1):
        who, where = spans[k], spans[k + 1]
        if who.label != "publisher" or where.label != "location" or text[who.end : where.start].strip():
            continue
        words = who.text.split()
        if not words or words[-1] not in _NAME_OPENERS:
            continue
        comma = where.text.find(",")
        if comma <= 0 or not where.text[comma + 1 :].strip(" ."):
            continue
        z = where.start + comma
        rest = where.start + comma + 1
        while rest < where.end and text[rest].isspace():
            rest += 1
        name = Span("publisher", text[who.start : z], who.start, z, who.confidence)
        place = Span("location", text[rest : where.end], rest, where.end, where.confidence)
        return [*spans[:k], name, place, *spans[k + 2 :]]
    return spans
