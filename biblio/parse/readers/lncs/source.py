"""LNCS's source element (everything between the title and the year in brackets).

The forms, each closing before ``(Year)``:
  proceedings  ``In: X, Y (eds.) Container. LNCS, vol. 3142, pp. 1–12. Springer, Heidelberg``
  journal      ``J. Abbrev. 12(3), 45–67`` (or ``12, 45–67``, ``12(3):45–67``)
  book         ``Publisher, Place``, perhaps after ``2nd edn.`` (or the title sentence ends ``, vol. 1, 3rd edn.``)
  series book  ``LNCS, vol. 3142. Springer, Heidelberg``
  thesis       ``Ph.D. thesis, University, Place`` / report ``Tech. Rep. 12, Institution``
  web          nothing, the URL having been cut out
``parse_source`` returns None where no form fits: the text is not in LNCS's shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.normalisers.container import container_value
from biblio.parse.normalisers.edition import edition_value
from biblio.parse.normalisers.genre import NEWSPAPER
from biblio.parse.normalisers.pages import clean_pages
from biblio.parse.normalisers.places import is_place, place_at_end
from biblio.parse.readers.cs_common import PAGE_RANGE, initialled_names

_IN = lazy_pattern(r"^In:\s*")
_EDITORS = lazy_pattern(r"^(?P<eds>[^():]{2,300}?\(\s*eds?\.?\s*\))\s*")
# ``, pp. 1–12``, ``, 1–12`` or, as splncs's older form prints it, a sentence of its own ``. pp. 1–12``
_PAGES = lazy_pattern(rf"(?:,\s*(?:pp?\.\s*)?|\.\s+pp?\.\s*)(?P<pages>{PAGE_RANGE})(?=\.\s|\.?$)")
# (Springer names a subseries in brackets after its series: ``MIDAS 2019. LNCS (LNAI), vol. 11985``)
_SERIES = lazy_pattern(
    r"(?:[.,]\s+(?P<series>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}(?:\s\([A-Z][\w-]*\))?))?,\s*vol(?:ume)?\.?\s*"
    r"(?P<vol>[\w-]+)$"
)
_JOURNAL = lazy_pattern(
    r"^(?P<cont>[^\d,]*[^\W\d_][.)]?)\s+(?P<vol>\d+[A-Za-z]?)(?:\s*\((?P<iss>[^()]{1,15})\))?"
    rf"(?:\s*[,:]\s*(?P<pages>{PAGE_RANGE}))?\.?$"
)
_PREPRINT = lazy_pattern(r"^(?P<cont>arXiv preprint|CoRR|Preprint)?\s*(?P<num>(?:arXiv:|abs/)\S+)\.?$", re.I)
# names of arXiv (DBLP's CoRR) rather than of a journal: no container, as the number is no volume
_ARXIV_NAMES = lazy_pattern(r"arXiv preprint|CoRR", re.I)
# a proceedings' publisher named alone after its title: ``ICFP 2013. ACM``
_BARE_PUBLISHER = lazy_pattern(r"ACM|IEEE|AAAI|USENIX|SIAM|PMLR")
# a site named by its address's host: "GenderIt.org", "Medium.com"
_SITE_NAME = lazy_pattern(r"[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:org|com|net|info|io)")
# a word naming a body, never a place
_INSTITUTION = lazy_pattern(r"\b(?:Universit\w*|Institut\w*|College|School|Laborator\w*)\b")
# a book series named by its abbreviation before the publisher: ``LNCS, Springer``
_SERIES_ABBREVIATION = lazy_pattern(
    r"^(?P<series>LNCS|LNAI|LNBIP|LNICST|LIPIcs|OASIcs|ENTCS|EPTCS|CCIS|AISC),\s+(?P<rest>.+)$"
)
# a book series named in words before the publisher's sentence: "Adaptive computation and machine learning. MIT Press,
# ???" (three words and more, none abbreviated)
_SERIES_SENTENCE = lazy_pattern(
    r"^(?P<series>[A-Z][a-z]+(?:\s+(?:[a-z]+|[A-Z][a-z]+)){2,})\.\s+(?P<rest>(?P<house>[^,]+)(?:,.*)?)$"
)
_SERIES_BOOK = lazy_pattern(r"^(?P<series>[A-Z][\w-]*(?:\s[\w-]+){0,3}),\s*vol\.\s*(?P<vol>[\w-]+)\.\s+(?P<facts>.+)$")
_GENRE = lazy_pattern(
    r"^(?P<genre>(?:Ph\.?\s?D\.?|Master'?s|Doctoral|Bachelor'?s|Diploma)\s+(?:thesis|dissertation)|"
    r"Tech(?:nical|\.)?\s*[Rr]ep(?:ort|\.)?(?:\s+(?P<num>[\w/.-]*\d[\w/.-]*))?)\s*,\s*(?P<facts>.+)$"
)
_EDITION = lazy_pattern(r"^(?P<ed>\d+(?:st|nd|rd|th)\s+edn?|[A-Z]\w+\s+edn?)\.\s+")
_FACTS = lazy_pattern(r"^[^\W\d_][^\d.;:()]*(?:\.[^\d.;:()]+)*$")
_NO_PAGES = lazy_pattern(r"\.\s+(?P<facts>[^\W\d_][^\d.;:()]*)$")


@dataclass
class Source:
    type: str
    fields: dict[str, Any] = field(default_factory=dict)
    leftover: list[str] = field(default_factory=list)


def _facts(text: str, src: Source) -> None:
    """``Publisher, Place`` (the place may have commas of its own: ``Springer, Berlin, Heidelberg``), or a known
    town and its region or country alone (``Edinburgh, UK``)."""
    s = text.strip(" .,")
    if not s:
        return
    if not _FACTS.match(s):
        src.leftover.append(s)
        return
    if (m := _SERIES_ABBREVIATION.match(s)) is not None:
        src.fields["collection-title"] = m.group("series")
        s = m.group("rest")
    elif ". " in s and (m := _SERIES_SENTENCE.match(s)) is not None and _bare_publisher(m["house"]):
        src.fields["collection-title"] = m.group("series")  # "Adaptive computation and machine learning. MIT Press"
        s = m.group("rest")
    parts = s.split(", ")
    if len(parts) > 1 and is_place(s) and is_place(parts[0]):
        src.fields["publisher-place"] = s  # "pp. 1-7. Edinburgh, UK (2003)": a meeting's town and country, no house
        return
    if (k := place_at_end(parts)) > 0:  # "Farrar, Straus and Giroux, New York": the known place closes the facts
        publisher, place = ", ".join(parts[:-k]), ", ".join(parts[-k:])
    else:
        publisher, _, place = s.partition(", ")
    if _INSTITUTION.search(place):  # ``School of Informatics, University of Edinburgh``: one body
        publisher, place = s, ""
    if not place.strip("?"):  # BibTeX's "???" for an address it lacks
        place = ""
    src.fields["publisher"] = publisher
    if place:
        src.fields["publisher-place"] = place


def _bare_publisher(text: str) -> bool:
    """A publisher's name alone (``ACM``, ``Springer``, ``MIT Press``), as closes a proceedings title."""
    return bool(_BARE_PUBLISHER.fullmatch(text) or len(text.split()) <= 5 and PUBLISHER_WORD.search(text))


def _in_proceedings(body: str, src: Source) -> None:
    m = _EDITORS.match(body)
    if m and (eds := initialled_names(m.group("eds"), inverted=True)) is not None:
        src.fields["editor"] = eds[1]
        body = body[m.end() :]
    pages = _PAGES.search(body)
    if pages:
        src.fields["page"] = clean_pages(pages.group("pages"))
        head, facts = body[: pages.start()], body[pages.end() :]
    elif (tail := _NO_PAGES.search(body)) is not None and (
        "," in tail.group("facts") or _bare_publisher(tail.group("facts"))
    ):
        head, facts = body[: tail.start()], tail.group("facts")
    else:
        head, facts = body, ""
    series = _SERIES.search(head)
    if series:
        src.fields["volume"] = series.group("vol")
        if series.group("series"):
            src.fields["collection-title"] = series.group("series")
            src.type = "chapter"
        head = head[: series.start()]
    container = container_value(head)
    if container:
        src.fields["container-title"] = container
    _facts(facts, src)


def parse_source(text: str, online: bool) -> Source | None:
    """The fields of LNCS's source element, or None where no form fits."""
    s = text.strip(" .,")
    if not s:
        return Source("webpage" if online else "document")
    if _IN.match(s):
        src = Source("paper-conference")
        _in_proceedings(_IN.sub("", s), src)
        return src
    if m := _JOURNAL.match(s):
        # the journal's name as written: its abbreviations keep their periods
        src = Source("article-journal", {"container-title": m.group("cont").strip()})
        src.fields["volume"] = m.group("vol")
        if m.group("iss"):
            src.fields["issue"] = m.group("iss")
        if m.group("pages"):
            src.fields["page"] = clean_pages(m.group("pages"))
        return src
    if m := _PREPRINT.match(s):
        src = Source("article", {"number": m.group("num")})
        if m.group("cont") and not _ARXIV_NAMES.fullmatch(m.group("cont")):
            src.fields["container-title"] = m.group("cont")
        return src
    if m := _SERIES_BOOK.match(s):
        src = Source("book", {"collection-title": m.group("series"), "volume": m.group("vol")})
        _facts(m.group("facts"), src)
        return src
    if m := _GENRE.match(s):
        genre = m.group("genre")
        thesis = "thesis" in genre or "dissertation" in genre
        src = Source("thesis" if thesis else "report", {"genre": genre} if thesis else {})
        if m.group("num"):
            src.fields["number"] = m.group("num")
        _facts(m.group("facts"), src)
        return src
    book: dict[str, Any] = {}
    ed = _EDITION.match(s)
    if ed and (edition := edition_value(ed.group("ed"))) is not None:
        book["edition"], s = edition, s[ed.end() :]
    if _FACTS.match(s):
        if not book and (outlet := _outlet_type(s)) is not None:
            return Source(outlet, {"container-title": s})
        src = Source("book", book)
        _facts(s, src)
        return src
    return None


def _outlet_type(text: str) -> str | None:
    """The type of a work whose title is followed by its outlet alone, as LNCS lists cite the press and the web
    (``Title. The Guardian (2018)``, ``Title. GenderIt.org (2019)``): a newspaper's name or a site's; else None."""
    if _SITE_NAME.fullmatch(text):
        return "webpage"
    if text.startswith("The ") and len(text.split()) <= 4 and NEWSPAPER.search(text):
        return None if PUBLISHER_WORD.search(text) else "article-newspaper"
    return None
