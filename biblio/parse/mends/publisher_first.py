"""Mends of the British author-date imprint that names the publisher before the place, with a comma:
``Towers in the North, Tempus, Stroud.``, ``Scotland In Pagan Times, David Douglas, Edinburgh.``, ``in A.
Gwilt (eds) Book, Oxbow, Oxford, 266-69.``. The labeller reads the pair as one place, or the publisher
as an edition."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided
from biblio.parse.mends.gated import needs
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.normalisers.places import CITIES, REGIONS, is_place
from biblio.parse.spans import Span

# a publisher's name: capitalised words (``&``, ``of`` and ``and`` between), no figure, no edition word
_NAME = lazy_pattern(r"[A-Z][\w'’.-]*(?:\s+(?:&|and|of|the|[A-Z][\w'’.-]*))*")
_EDITION_WORD = lazy_pattern(r"(?i)\b(?:ed|edn|edition|rev|revised|reprint|repr)\b")
# words only a trade publisher's name holds, narrower than ``publishers.PUBLISHER_WORD``: a university or
# a society named before a town no list holds is as often a body and its seat (``Dalhousie University.
# Halifax, NS``)
_TRADE_WORD = lazy_pattern(r"\b(?:Press|Books|Publish\w*|Publications|Verlag|Ltd|Inc|Co)\b")


def _publisher_name(text: str) -> bool:
    t = text.strip(" ,.;")
    if not _NAME.fullmatch(t) or _EDITION_WORD.search(t) or is_place(t):
        return False
    # "Mexico City": a name holding a place's name is a place
    return not any(w.lower() in CITIES or w.lower() in REGIONS for w in t.split())


# the last sentence of a title, when it is a firm's name of several names ("Farrar, Straus and Giroux")
_FIRM_SENTENCE = lazy_pattern(
    r"(?<=[a-z\u00df-\u00ff\d?!)][.?!])\s+(?P<firm>[A-Z][\w'\u2019&-]*(?:(?:,\s+|\s+(?:and|&)\s+|\s+)[A-Z][\w'\u2019&-]*){1,4})$"
)


def firm_sentence_start(text: str) -> int | None:
    """Where the last sentence of ``text`` begins when it names a firm of several names joined by commas and
    ``and`` (``Title. Farrar, Straus and Giroux``): MLA's and Springer's publisher, read into the title."""
    m = _FIRM_SENTENCE.search(text.rstrip(" ,"))
    if m is None or ("," not in m["firm"] and " and " not in m["firm"] and "&" not in m["firm"]):
        return None
    return m.start("firm")


def _city(text: str) -> bool:
    """A town, not a region or country: ``Mexico City, Mexico`` ends on a country."""
    t = text.strip(" ,.;").lower()
    return t in CITIES and t not in REGIONS


@needs(labels=("location",), without=("publisher",))
def publisher_comma_place(spans: list[Span], text: str) -> list[Span]:
    """``Tempus, Stroud.`` or ``Academic Press, London.`` read as one place, or ``Oxbow,`` read as an
    edition before the place: a name that is no place, before a comma and a place, is the publisher."""
    if any(s.label == "publisher" for s in spans):
        return spans  # (as declared: a record with its publisher read is left alone)
    for k, s in enumerate(spans):
        if s.label != "location":
            continue
        before = spans[k - 1] if k else None
        if before is not None and before.label == "edition" and text[before.end : s.start].strip() == "":
            if before.text.rstrip().endswith(",") and _publisher_name(before.text) and _city(s.text):
                named = Span("publisher", before.text, before.start, before.end, before.confidence)
                return [*spans[: k - 1], named, *spans[k:]]
            return spans
        if before is not None and before.label == "journal" and text[before.end : s.start].strip() == "(":
            return spans  # "Zeitschrift für Katalanistik (Friburg, Bochum)": the towns a journal is published in
        head, comma, tail = s.text.rstrip(" .;").rpartition(", ")
        if comma and not _publisher_name(head):
            return _archive_before_town(spans, k)
        if not comma:
            return spans
        if not _city(tail) and not _TRADE_WORD.search(head):
            return spans
        return divided(spans, k, len(head), len(head) + len(comma), "publisher", "location")
    return spans


# a body's name as an acronym ("ORNL DAAC", "NSIDC"), or with a publisher's word
_ACRONYM_WORD = lazy_pattern(r"\b[A-Z]{2,}\b")


def _archive_before_town(spans: list[Span], k: int) -> list[Span]:
    """A data set's ``ORNL DAAC, Oak Ridge, Tennessee, USA`` (Copernicus's data citations) read as one place: the
    name before the first comma, an acronym or a publisher's, before a town and its region, is the publisher."""
    s = spans[k]
    head, comma, tail = s.text.rstrip(" .;").partition(", ")
    if "," not in tail or not _publisher_name(head) or not is_place(tail):
        return spans
    if not (_ACRONYM_WORD.search(head) or PUBLISHER_WORD.search(head)):
        return spans
    return divided(spans, k, len(head), len(head) + len(comma), "publisher", "location")


_WORK = frozenset(["title", "container-title"])
# a meeting's proceedings name the meeting's town after it, not a publisher's
_MEETING = lazy_pattern(
    r"\d|\b(?:Workshop|Conference|Congress|Symposium|Meeting|Proceedings|Colloquium|presented\s+at)\b"
    r"|\b(?:Conf|Symp|Proc)\.",
    re.I,
)


@needs(labels=("location",), without=("publisher",), marks=(",",))
def publisher_closing_work(spans: list[Span], text: str) -> list[Span]:
    """``Encyclopedia of Human Evolution and Prehistory, Garland, | New York, 419-420.`` with the publisher,
    named before the place with a comma, read as the book's title's last clause: a short name (one or two
    words, or a trade publisher's) after the title's last comma, right before a town, is the publisher."""
    if any(s.label == "publisher" for s in spans):
        return spans  # as its declaration says: a publisher read elsewhere leaves the title whole
    for k in range(1, len(spans)):
        w, s = spans[k - 1], spans[k]
        if s.label != "location" or w.label not in _WORK or text[w.end : s.start].strip() or not is_place(s.text):
            continue
        if (firm := firm_sentence_start(w.text)) is not None and not _MEETING.search(w.text):
            # Springer's "Title. Farrar, Straus and Giroux, New York": the title's last sentence, the firm whole
            return divided(spans, k - 1, firm, firm, w.label, "publisher")
        head, comma, tail = w.text.rstrip(" ,").rpartition(", ")
        if not comma or len(head.split()) < 2 or not _publisher_name(tail) or _MEETING.search(w.text):
            return spans
        if len(tail.split()) > 2 and not _TRADE_WORD.search(tail):
            return spans
        return divided(spans, k - 1, len(head), len(head) + len(comma), w.label, "publisher")
    return spans


@needs(labels=("publisher", "location"), marks=(",",))
def town_closing_publisher(spans: list[Span], text: str) -> list[Span]:
    """A data set's ``NSIDC DAAC, Boulder, | Colorado, USA`` with the town read into the publisher: a body's name
    (an acronym, or a publisher's word) before a town whose region and country the place then gives."""
    for k in range(len(spans) - 1):
        who, where = spans[k], spans[k + 1]
        if who.label != "publisher" or where.label != "location" or text[who.end : where.start].strip():
            continue
        head, comma, town = who.text.rstrip(" ,").rpartition(", ")
        region = where.text.strip(" .,;")
        if not comma or "," not in region or not _publisher_name(head) or not is_place(f"{town}, {region}"):
            return spans
        if PUBLISHER_WORD.search(town) or _ACRONYM_WORD.search(town):
            return spans
        if not (_ACRONYM_WORD.search(head) or PUBLISHER_WORD.search(head)):
            return spans
        z = who.start + len(head)
        a = who.start + len(head) + len(comma)
        name = Span("publisher", text[who.start : z], who.start, z, who.confidence)
        place = Span("location", text[a : where.end], a, where.end, where.confidence)
        return [*spans[:k], name, place, *spans[k + 2 :]]
    return spans
