"""Labelled spans -> a CSL-JSON record.

``assemble(spans, text)`` is where the sequence model's reading becomes a
record: each label goes to the normaliser of its kind (normalisers/), several
spans of one label join as the training data's gold records do, and nothing
the user gave is lost:

    custom.biblio.source            the reference as given
    custom.biblio.field_confidence  per CSL variable, the lowest confidence of the spans it came from
    custom.biblio.remainder         text that went into no field (also flagged, and kept in ``note``)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from biblio.parse.connectors import loss as _loss
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends import mend
from biblio.parse.mends.presentations import event_value
from biblio.parse.mends.versions import version_value
from biblio.parse.normalisers.container import container_value
from biblio.parse.normalisers.dates import month_day, read_date, words_beside_date
from biblio.parse.normalisers.edition import edition_from_span
from biblio.parse.normalisers.genre import description_type, description_value
from biblio.parse.normalisers.identifiers import (
    bare_host,
    doi_value,
    is_doi_link,
    isbn_value,
    url_value,
    web_addresses,
)
from biblio.parse.normalisers.markup import links, plain
from biblio.parse.normalisers.names import names_from_span
from biblio.parse.normalisers.pages import count_alone, page_and_words, page_value
from biblio.parse.normalisers.paper_series import SERIES_KIND
from biblio.parse.normalisers.publisher import place_value, publisher_value, split_place
from biblio.parse.normalisers.title import series_value, title_value
from biblio.parse.normalisers.types import infer_type
from biblio.parse.normalisers.volume import issue_and_rest, leading_year, volume_issue
from biblio.parse.spans import Span
from biblio.parse.text import strip_value
from biblio.records.model import (
    NO_AUTHOR,
    NO_TITLE,
    UNCERTAIN_TYPE,
    Item,
    Name,
    add_flag,
    biblio_data,
    keep_remainder,
)

NAME_LABELS = ("author", "editor", "translator", "director", "producer", "interviewer")

_SECTION_VOLUME = lazy_pattern(r"^(.*[\s.][A-Z])\s?(\d{1,4})$")
_COMMA_LETTER = lazy_pattern(r"^(.*\S),\s+([A-Z])$")
_RUN_ON_FIELDS = frozenset(["pages", "volume", "issue", "date", "edition"])
_VOLUME_PAGE = lazy_pattern(r"(\d{1,5})\s*,\s*([A-Za-z]?\d{1,6}|e[a-z]{3}\d{4})")
# "Vol. 4.3 of *The Excavations at Dura-Europos*": a part of a set's volume, numbered within it (no journal's issue)
_PART_OF_SET = lazy_pattern(r"(?:[Vv]ol\.\s?)?(\d{1,3}\.\d{1,3})")
_IDENTIFIER_IN = lazy_pattern(r"https?://|www\.|\bdoi\s*:|\b10\.\d{4,9}/", re.I)
_LIST_LABEL = lazy_pattern(r"^\s*(?:\[\s*\d{1,4}\s*\]|\(\d{1,4}\)|\d{1,4}[.)])\s*$")
_ACCESS_NOTE = lazy_pattern(
    r"^\W*(?:online\W+)?(?:accessed|retrieved|viewed|consulted|last accessed|(?:page\s+)?consult[ée]e?\s+le|"
    r"consultat[oa]\s+il|ultim[oa]\s+(?:accesso|consultazione)|geraadpleegd|bezocht\s+op)(?!\w)",
    re.I,
)
_ISSN_WORD = lazy_pattern(r"\bissn\b", re.I)
# NLM's and PNAS's ``*bioRxiv* [Preprint]``: a preprint server, then what the work is
_SERVER_PREPRINT = lazy_pattern(
    r"^(?P<server>arXiv|bioRxiv|medRxiv|ChemRxiv|PsyArXiv|SocArXiv|SSRN|Research Square|Preprints(?:\.org)?)"
    r"\s*\[(?P<kind>Preprint)\]$",
    re.I,
)
_ISSN = lazy_pattern(r"\d{4}[-\s]?\d{3}[\dXx]")
_WEB_LINK = lazy_pattern(r"https?://")
_PAGES_ONLY = lazy_pattern(r"^[\s:,]*(?:pp?\.\s*)?[A-Za-z]?\d+(?:\s*[-\u2010-\u2015]{1,3}\s*[A-Za-z]?\d+)?[\s.,;]*$")


def _joined(spans: list[Span], sep: str = " ") -> str:
    parts = [s.text for s in spans]
    for i in range(1, len(parts)):
        # "Book," | ", Yearbook 4": the comma between two parts of one field once, not twice
        if parts[i][:1] == "," and parts[i - 1].rstrip()[-1:] == ",":
            parts[i] = parts[i][1:].lstrip()
    return sep.join(parts)


class _Builder:
    def __init__(self, text: str) -> None:
        self.item: Item = {}
        self.conf: dict[str, float] = {}
        self.remainder: list[str] = []
        self.text = text

    def put(self, var: str, value: Any, spans: list[Span], *, overwrite: bool = False) -> None:
        if value in (None, "", [], {}):
            return
        if var in self.item and not overwrite:
            if self.item[var] != value:
                self.remainder.append(value if isinstance(value, str) else plain(_joined(spans)))
            return
        c = spans[0].confidence if len(spans) == 1 else min((s.confidence for s in spans), default=1.0)
        self.item[var] = value
        self.conf[var] = round(min(c, self.conf.get(var, 1.0)) if overwrite else c, 4)

    def lost(self, spans: list[Span]) -> None:
        for s in spans:
            v = _loss(s.text)
            if v:
                self.remainder.append(v)


# one phrase naming the same people in two roles: "Edited and translated by G. P. Goold", or a note's "ed. and
# trans. Lewis Thorpe", French "Texte établi et traduit par Charles Mugler"
_BOTH_ROLES = lazy_pattern(
    r"^\W*(?:(?:edited\s+and\s+translated|translated\s+and\s+edited)\s+by|eds?\.\s+and\s+trans\.|trans\.\s+and\s+eds?\.|"
    r"(?:texte\s+)?établi\s+et\s+traduit\s+par)\s",
    re.I,
)


def _issues_itself(name: Name, by: dict[str, list[Span]]) -> bool:
    """``Cadw 2017a. Title. Cardiff: Cadw.``: one bare word as the author that publishes the work too (alone or
    in brackets after its government: ``Historic Environment Service (Cadw)``), or whose own site holds it
    (``Freesound 2021b. … https://freesound.org/…``), is a body, not a person's family name."""
    if set(name) != {"family"}:
        return False
    family = str(name["family"])
    if " " in family:
        return False
    for p in by.get("publisher", []):
        value = plain(p.text).strip(" .,;:")
        if value == family or value.endswith(f"({family})"):
            return True
    site = f"//{family.lower()}."
    return any(site in u.text or f"//www.{family.lower()}." in u.text for u in by.get("url", []))


def _names(b: _Builder, by: dict[str, list[Span]]) -> None:
    for label in NAME_LABELS:
        spans = by.get(label, [])
        names = [n for s in spans for n in names_from_span(s.text)]
        if label == "author" and len(names) == 1 and _issues_itself(names[0], by):
            names = [{"literal": str(names[0]["family"])}]
        if names:
            b.put(label, names, spans)
            if label in ("editor", "translator") and _BOTH_ROLES.match(spans[0].text):
                b.put("translator" if label == "editor" else "editor", names, spans)
        elif spans:
            b.lost(spans)


def _dates(b: _Builder, by: dict[str, list[Span]]) -> None:
    """The first dated span is ``issued``; a span with only a month or day (``4 October``
    split from ``2010``) completes it; access dates go to ``accessed``."""
    partial: list[tuple[Span, list[int]]] = []
    for s in by.get("date", []) + by.get("accessed", []):
        d = read_date(s.text)
        if s.label == "accessed" and d.issued and not d.accessed:
            d.accessed, d.issued = d.issued, None
        placed = bool(d.accessed or d.status or d.no_date)
        if (d.accessed or d.status or d.issued) and (left := words_beside_date(plain(s.text))):
            b.remainder.append(left)  # words read into the date that are no part of it
        if d.accessed:
            b.put("accessed", d.accessed, [s])
            if d.month_day:
                partial.append((s, d.month_day))
        if d.status:
            b.put("status", d.status, [s])
        if d.issued:
            placed = True
            if "issued" not in b.item:
                b.put("issued", d.issued, [s])
                if d.year_suffix:
                    biblio_data(b.item)["year-suffix"] = d.year_suffix
            elif d.issued["date-parts"][0][:1] != b.item["issued"]["date-parts"][0][:1]:
                b.remainder.append(strip_value(plain(s.text)))  # a second date: reprint, event, original
            elif _fuller(d.issued, b.item["issued"]):
                # Chicago author-date's "2016. … Instagram photo, April 1, 2016.": the year, then the full date
                b.put("issued", d.issued, [s], overwrite=True)
        if not placed:
            md = month_day(s.text)
            if md:
                partial.append((s, md))
            else:
                b.lost([s])
    for s, md in partial:
        issued = b.item.get("issued", {})
        parts = issued.get("date-parts", [[]])
        one = len(parts) == 1 and bool(parts[0])
        if one and md[0] > 0 and (len(parts[0]) == 1 or parts[0][1:] == md[: len(parts[0]) - 1]):
            # "2010" + "4 October"; "Dec. 2011" + "Dec 10"
            b.put("issued", {**issued, "date-parts": [[parts[0][0], *md]]}, [s], overwrite=True)
        elif one and md[0] < 0 and len(parts[0]) == 1 and "season" not in issued:
            b.put("issued", {**issued, "season": -md[0]}, [s], overwrite=True)
        else:
            b.lost([s])


# "Proceedings of the 8th Python in Science conference (SciPy 2009)": the year closing the venue's name
_VENUE_YEAR = lazy_pattern(r"\(\s*[^()]*?\b((?:19|20)\d\d)\s*\)\W*$")


def _venue_year(b: _Builder, by: dict[str, list[Span]]) -> None:
    """With no date read, the year that closes a bracket of the container's name is also its date."""
    if "issued" in b.item or not (m := _VENUE_YEAR.search(str(b.item.get("container-title", "")))):
        return
    spans = by.get("container-title", []) + by.get("journal", [])
    b.put("issued", {"date-parts": [[int(m.group(1))]]}, spans)


def _fuller(new: dict[str, Any], old: dict[str, Any]) -> bool:
    """Whether date ``new`` is ``old`` (one date of the same year, no more than a year) given in full."""
    a, b = new.get("date-parts", [[]]), old.get("date-parts", [[]])
    return len(a) == len(b) == 1 and len(b[0]) == 1 and len(a[0]) > 1 and set(old) == {"date-parts"}


def _first(b: _Builder, spans: list[Span], var: str, fn: Callable[[str], str | None], *, join: bool = False) -> None:
    if not spans:
        return
    if join:
        v = fn(_joined(spans))
        if v:
            b.put(var, v, spans)
        else:
            b.lost(spans)
        return
    for s in spans:
        v = fn(s.text)
        if v:
            b.put(var, v, [s])
        else:
            b.lost([s])


def _numbers(b: _Builder, by: dict[str, list[Span]]) -> None:
    for s in by.get("volume", []):
        year = leading_year(s.text)
        if year and "issued" not in b.item:
            b.put("issued", {"date-parts": [[year]]}, [s])
        paged = None if by.get("pages") or by.get("issue") else _VOLUME_PAGE.fullmatch(plain(s.text).strip(" .,;:"))
        if paged:
            # "ApJ, 822, 22", "Phys. Rev. 88, 1029", Science's "356, eaam6851": with no page read, the number after
            # the volume is the page
            b.put("volume", paged.group(1), [s])
            b.put("page", paged.group(2), [s])
            continue
        vol, iss, rest = volume_issue(s.text)
        if iss and b.text[s.end : s.end + 4] == " of " and (part := _PART_OF_SET.fullmatch(s.text.strip())):
            vol, iss = part.group(1), None
        if vol:
            b.put("volume", vol, [s])
        if iss:
            b.put("issue", iss, [s])
        if rest or not vol and not iss:
            b.lost([Span(s.label, rest or s.text, s.start, s.end)])
    rests: list[Span] = []
    for s in by.get("issue", []):
        iss, rest = issue_and_rest(s.text)
        if iss:
            b.put("issue", iss, [s], overwrite=True)  # an issue span beats an issue read off the volume
        if rest or not iss:
            rests.append(Span(s.label, rest or s.text, s.start, s.end, s.confidence))
    for s in by.get("pages", []):
        page, words = page_and_words(s.text)
        if page and "page" in b.item and (count := count_alone(s.text)):
            # the ACM's "Article 55 (Nov. 2024), 36 pages": the article's number is its page, the count a note
            b.lost([Span(s.label, count, s.start, s.end, s.confidence)])
        elif page:
            b.put("page", page, [s])
            if words:  # "57, EBSCOhost.", "461-464. MR0468014": a note read into the pages
                by.setdefault("note", []).append(Span("note", words, s.start, s.end, s.confidence))
        else:
            b.lost([Span(s.label, words, s.start, s.end, s.confidence) if words else s])
    for s in rests:
        # "(1):183-269" labelled as the issue: the pages ran on
        page = page_value(s.text) if "page" not in b.item and _PAGES_ONLY.match(s.text) else None
        if page:
            b.put("page", page, [s])
        else:
            b.lost([s])


def _comma_kept(spans: list[Span], text: str) -> list[Span]:
    """Title spans with the comma the reading left between two of them (``… by DR UV/VIS | , | Raman …``) set back
    in its place: that comma is the title's own."""
    out = spans[:1]
    for s in spans[1:]:
        last = out[-1]
        if 0 < s.start - last.end <= 3 and text[last.end : s.start].strip() == ",":
            out[-1] = Span(last.label, text[last.start : s.end], last.start, s.end, min(last.confidence, s.confidence))
        else:
            out.append(s)
    return out


def _titles(b: _Builder, by: dict[str, list[Span]]) -> None:
    titles = by.get("title", [])
    if len(titles) > 1 and "," in b.text:
        titles = _comma_kept(titles, b.text)
    _first(b, titles, "title", title_value, join=True)
    journal = by.get("journal", [])
    if journal:
        _first(b, journal, "container-title", lambda t: container_value(t, journal=True), join=True)
        glued = _SECTION_VOLUME.match(str(b.item.get("container-title", "")))
        if glued and not by.get("volume"):
            # "Phys. Rev. D70": the section letter and the volume run together in one token
            apart = _COMMA_LETTER.match(glued.group(1))
            if apart:  # "Phys. Lett., B129": set off from the title, the letter is the volume's, as written
                b.item["container-title"] = apart.group(1)
                b.put("volume", apart.group(2) + glued.group(2), journal)
            else:
                b.item["container-title"] = glued.group(1)
                b.put("volume", glued.group(2), journal)
        if by.get("container-title"):
            # a book's title beside a journal: keep it, it is the user's text
            b.lost(by["container-title"])
    else:
        _first(b, by.get("container-title", []), "container-title", container_value, join=True)
    _first(b, by.get("collection-title", []), "collection-title", series_value, join=True)
    series = b.item.get("collection-title")
    if isinstance(series, str) and ", v." in series and (numbered := _SERIES_V_NUMBER.fullmatch(series)):
        b.item["collection-title"], b.item["collection-number"] = numbered.group(1), numbered.group(2)
    elif (
        isinstance(series, str)
        and "number" not in b.item
        and (numbered := _REPORT_SERIES_NUMBER.fullmatch(series))
        and not _PAPER_SERIES_KIND.search(series)  # (a working paper's series: the paper_series normaliser's)
    ):
        # a body's numbered report: "East Anglian Archaeology Report 47" (the report's number, as in "… Paper 267")
        b.item["collection-title"], b.item["number"] = numbered.group(1), numbered.group(2)


# a library catalogue's series statement, as UK Harvard copies it: "Center for environmental structure series, v. 8"
_SERIES_V_NUMBER = lazy_pattern(r"(.+?),\s*v\.\s*(\d{1,4})")
_PAPER_SERIES_KIND = lazy_pattern(SERIES_KIND)
_REPORT_SERIES_NUMBER = lazy_pattern(r"(.+?\b(?:Reports?|Papers?|Monographs?|Bulletin))\s+(?:No\.\s*)?(\d{1,4}[a-z]?)")


def _publication(b: _Builder, by: dict[str, list[Span]]) -> None:
    located = bool(by.get("location"))
    pubs: list[str] = []
    places: list[str] = []
    for s in by.get("publisher", []):
        place, pub = split_place(s.text) if not located else (None, publisher_value(s.text))
        if place:
            places.append(place)  # "Oxford: Clarendon Press" read as one publisher span
        if pub:
            pubs.append(pub)
    if pubs:
        b.put("publisher", "; ".join(dict.fromkeys(pubs)), by["publisher"])
    for s in by.get("location", []):
        place, pub = split_place(s.text) if not by.get("publisher") else (None, None)
        if place and pub and not pubs:
            b.put("publisher", pub, [s])  # "São Paulo: Senac" read as one place
            pubs.append(pub)
        elif v := place_value(s.text):
            place = v
        if place:
            places.append(place)
    if places:
        b.put("publisher-place", "; ".join(dict.fromkeys(places)), by.get("location") or by["publisher"])
    _first(b, by.get("edition", []), "edition", edition_from_span)
    for label in ("genre", "medium"):
        for s in by.get(label, []):
            v = description_value(s.text)
            if not v:
                continue
            m = _SERVER_PREPRINT.match(v) if label == "genre" else None
            if m and "container-title" not in b.item:  # the server names where the preprint is
                b.put("container-title", m.group("server"), [s])
                v = m.group("kind")
            kind = description_type(v)
            var = kind[1] if kind and label == "genre" and kind[1] == "medium" else label
            b.put(var, v, [s])


def _identifiers(b: _Builder, by: dict[str, list[Span]], spans: list[Span]) -> None:
    for s in by.get("doi", []):
        v = doi_value(s.text)
        if v:
            b.put("DOI", v, [s])
        else:
            b.lost([s])
    for s in by.get("url", []):
        v = url_value(s.text)
        # MLA's database then the DOI's link ("www.qualitative-research.net, https://doi.org/10.…"): the
        # DOI is the work's; a host with no path only names the site it was read on
        doi_link = next((u for u in web_addresses(s.text) if is_doi_link(u)), None)
        if doi_link and v and not is_doi_link(v):
            b.put("DOI", doi_value(doi_link), [s])
            if bare_host(v):
                continue
        if v and is_doi_link(v):
            b.put("DOI", doi_value(v), [s])
        elif v:
            b.put("URL", v, [s])
        else:
            b.lost([s])
    for s in by.get("isbn", []):
        t = plain(s.text)
        if _ISSN_WORD.search(t):
            m = _ISSN.search(t)
            if m:
                b.put("ISSN", m.group(0), [s])
                continue
        v = isbn_value(t)
        if v:
            b.put("ISBN", v, [s])
        else:
            b.lost([s])
    # a DOI or URL the model left inside another field ("pp. 45-67, https://doi.org/...")
    for s in spans:
        # only from numeric fields the identifier ran into; a URL in a note may name something else
        if s.label not in _RUN_ON_FIELDS or not _IDENTIFIER_IN.search(s.text):
            continue
        v = url_value(s.text)
        if v and is_doi_link(v) or (v is None and doi_value(s.text)):
            if "DOI" not in b.item:
                b.put("DOI", doi_value(v or s.text), [s])
        elif v and "URL" not in b.item:
            b.put("URL", v, [s])
    # links inside other fields: a doi.org target is the DOI; a link on the title is the work's address
    for s in spans:
        for _text, target in links(s.text):
            if is_doi_link(target):
                if "DOI" not in b.item:
                    b.put("DOI", doi_value(target), [s])
            elif s.label == "title" and _WEB_LINK.match(target) and "URL" not in b.item:
                b.put("URL", target, [s])


def _event(b: _Builder, by: dict[str, list[Span]]) -> None:
    """The meeting a paper was presented at and its place (set apart by mends.presentations)."""
    for s in by.get("event", [])[:1]:
        if v := event_value(s.text):
            b.put("event-title", v, [s])
    for s in by.get("event-place", [])[:1]:
        if v := place_value(s.text):
            b.put("event-place", v, [s])


def assemble(spans: list[Span], text: str) -> Item:
    """A CSL-JSON record (without ``id``) from the labelled spans of ``text``."""
    return assemble_mended(mend(spans, text), text)


def assemble_mended(spans: list[Span], text: str) -> Item:
    """``assemble`` of spans the mends have already seen (``chooser.model_reading`` keeps them)."""
    by: dict[str, list[Span]] = {}
    for s in spans:
        by.setdefault(s.label, []).append(s)
    b = _Builder(text)
    _names(b, by)
    _titles(b, by)
    _dates(b, by)
    _numbers(b, by)
    _publication(b, by)
    _identifiers(b, by, spans)
    _venue_year(b, by)
    for s in by.get("version", []):  # set apart by mends.versions
        if v := version_value(s.text):
            b.put("version", v, [s])
    _event(b, by)
    notes: list[str] = []
    for s in by.get("note", []):
        note = plain(s.text)
        d = read_date(s.text) if _ACCESS_NOTE.match(note) else None
        if d and d.accessed and not d.issued:
            b.put("accessed", d.accessed, [s])  # "Accessed August 9, 2013." read as a note
        elif v := strip_value(note.lstrip(" .,;:")):  # a note cut after a link keeps its stop
            notes.append(v)
    if notes:
        b.put("note", "; ".join(notes), by["note"])
    for s in by.get("source", []):
        if _loss(s.text):
            b.put("source", strip_value(plain(s.text)), [s])
    others = by.get("other", [])
    label = None
    if others and spans and others[0] is spans[0] and _LIST_LABEL.match(others[0].text):
        label, others = others[0], others[1:]  # "[4]", "12." before the reference: its list number
    b.lost(others)
    b.lost(_gaps(spans, text))
    csl_type, certain = infer_type(set(by), b.item)
    if csl_type == "post" and "issue" in b.item and "volume" not in b.item:
        # a post's "no. 83" numbers it in its list's archive: no issue of a periodical
        b.item["number"] = b.item.pop("issue")
        if "issue" in b.conf:
            b.conf["number"] = b.conf.pop("issue")
    item: Item = {"type": csl_type}
    item.update(b.item)
    data = biblio_data(item)
    data["source"] = text
    for s in by.get("citation-number", []) + ([label] if label else []):
        data["label"] = strip_value(s.text).strip("[]()")
    if b.conf:
        data["field_confidence"] = dict(sorted(b.conf.items()))
    keep_remainder(item, "; ".join(dict.fromkeys(r for r in b.remainder if r)))
    if not item.get("title"):
        add_flag(item, NO_TITLE)
    if not any(item.get(k) for k in NAME_LABELS):
        add_flag(item, NO_AUTHOR)
    if not certain:
        add_flag(item, UNCERTAIN_TYPE)
    return item


_START = attrgetter("start")


def _gaps(spans: list[Span], text: str) -> list[Span]:
    """Text between the spans (the model labels every token, so these are rare)."""
    out: list[Span] = []
    pos = 0
    for s in sorted(spans, key=_START):
        if s.start > pos and text[pos : s.start].strip():
            out.append(Span("other", text[pos : s.start], pos, s.start))
        pos = max(pos, s.end)
    if text[pos:].strip():
        out.append(Span("other", text[pos:], pos, len(text)))
    return out
