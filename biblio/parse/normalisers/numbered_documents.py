"""A patent's or a standard's number read as a journal with its volume and pages, or left as a note or in the
title, whichever reading won.

Fields touched: ``title``, ``container-title``, ``publisher``, ``volume``, ``issue``, ``page``, ``note``,
``number``, ``genre``, ``type``, ``issued`` (a patent's day of issue).

A report's number in brackets closing its title (``State of the Global Climate 2020 (WMO-No. 1264)``) leaves the
title too, as does an EU institution's document number (``COM(2020) 98 final``); a UK parliamentary paper's number
(``(Cm 8072)``, ``(HC 180)``) read as the container or into the publisher is the number.

IEEE prints ``“Title,” U.S. Patent 3 624 125, Jul. 16, 1990.`` and ``Title, IEEE Std 802.11-2020, Feb. 2021.``;
Harvard ``US Patent 3,624,125, 16 July 1990.``. Read as a journal ``U.S. Patent`` with volume ``3``, or ``IEEE
Std`` with volume ``802`` and pages ``11-2020``, the record names a periodical that does not exist. The patent's
office is its genre and the digits its number, as the APA reader sets ``(U.S. Patent No. 9,876,543)``; a
standard's designation is its number whole (``IEEE Std 754-2019``, ``ISO 21542:2021``).
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import parse_date
from biblio.parse.text import drop_pieces
from biblio.records.model import UNPARSED_REMAINDER, drop_flag, source_text

FIELDS = (
    "title",
    "container-title",
    "publisher",
    "volume",
    "issue",
    "page",
    "note",
    "number",
    "genre",
    "type",
    "issued",
)

_PATENT = lazy_pattern(
    r"(?P<kind>(?:(?:U\.\s?S\.|USA|US|UK|EP|United\s+States|European|British|German|French|Japanese|Canadian|Chinese|"
    r"Korean)\s+)?[Pp]atent(?:\s+[Aa]pplication)?)(?:\s+(?:No\.?|Number))?\s*:?\s+"
    r"(?P<number>(?:[A-Z]{1,2}\s?)?(?:\d{1,3}(?:[ ,.]\d{3})+|\d{4,}(?:[./]\d+)?)(?:\s?[A-Z]\d?)?)"
    r"(?=[\s.,;]|$)"
)
# "IEEE Std 754-2019", "ANSI Standard Y10.5-1968", "ASTM Standard D1234-05": a body's standard and its designation
_STANDARD = lazy_pattern(
    r"\b(?P<number>(?P<kind>(?:IEEE|ANSI|ASTM|ASME|NFPA|ISO|IEC|BS|DIN|EN)(?:/(?:ISO|IEC|IEEE|ANSI|EN))*\s+"
    r"(?:Std\.?|Standard))\s+[A-Z]{0,3}\d[\w.]*(?:[-:–]\d{2,4})?)(?=[\s.,;]|$)"
)

# the ISO family's designation with its year after a colon and no "Std": "ISO 21542:2021", "ISO/IEC 27001:2013",
# "AS/NZS ISO 31000:2009"
_DATED_STANDARD = lazy_pattern(
    r"\b(?P<number>(?P<kind>ISO|IEC|BS|EN|AS|DIN)(?:/(?:ISO|IEC|NZS|EN))*(?:\s+(?:ISO|IEC|EN))?\s+"
    r"\d{2,6}(?:[.-]\d{1,3})*:(?:1[89]|20)\d\d)(?=[\s.,;]|$)"
)


def _standard_designation(source: str) -> re.Match[str] | None:
    """``IEEE Std 754-2019`` or ``ISO 21542:2021`` in the text, if any."""
    if ("Std" in source or "Standard" in source) and (m := _STANDARD.search(source)):
        return m
    return _DATED_STANDARD.search(source) if ":" in source else None


def _read_apart(item: dict[str, Any], m: re.Match[str]) -> bool:
    """Take the values the reading made of the match's text out of the record; whether there were any."""
    whole, kind = m.group(0), m["kind"]
    held = False
    # (or the publisher: IEEE's "IEEE Standard for …, IEEE Std 754-2019, Jul. 2019." read as "IEEE Std" and pages;
    # a body named alone, "IEC: Geneva", is the publisher indeed)
    named_standard = kind.split()[-1].rstrip(".") in ("Std", "Standard")
    holder = "publisher" if "container-title" not in item and named_standard else "container-title"
    journal = str(item.get(holder, "")).strip(" .,")
    if journal and (journal == kind or journal in whole):
        del item[holder]
        held = True
        for var in ("volume", "issue", "page", "note"):  # "3" and "624 125", "802" and "11-2020" or "11"
            value = str(item.get(var, "")).strip(" .,")
            if value and (value in whole or value.replace("-", "–") in whole):
                del item[var]
    # the note may hold other pieces beside the number ("Ancel Surgical R&D Inc.; United States patent US …")
    if drop_pieces(item, "note", lambda piece: piece.strip(" .,") in whole):
        held = True
    title = item.get("title")
    if isinstance(title, str) and (cut := title.rfind(", " + whole[: max(len(kind), 8)])) > 0:
        item["title"] = title[:cut]  # "Letter Symbols for Quantities, ANSI Standard Y10" read into the title
        for var in ("volume", "page"):
            value = str(item.get(var, "")).strip(" .,")
            if value and value in whole:
                del item[var]
        held = True
    if held:
        data = item.get("custom", {}).get("biblio", {})
        left = data.get("remainder")
        if isinstance(left, str) and left.strip(" .,;") in whole:
            del data["remainder"]  # the text no field held was the number's
            drop_flag(item, UNPARSED_REMAINDER)
    return held


def numbered_document(item: dict[str, Any]) -> None:
    """(In place.)"""
    if "number" in item:
        return
    source = source_text(item)
    # (NLM writes "United States patent US 20020103498")
    if "atent" in source and (m := _PATENT.search(source)) is not None and _read_apart(item, m):
        item["number"], item["genre"], item["type"] = m["number"], m["kind"], "patent"
    elif (m := _standard_designation(source)) is not None and _read_apart(item, m):
        item["number"], item["type"] = m["number"], "standard"
    elif (
        isinstance(title := item.get("title"), str)
        and title.endswith(")")
        and "container-title" not in item  # (a paper's report series in a journal's volume stays its title's)
        and (m := _CLOSING_NUMBER.search(title))
    ):
        # "State of the Global Climate 2020 (WMO-No. 1264)": the body's number for the report closes its title
        item["title"] = title[: m.start()].rstrip(" ,")
        item["number"] = m["number"]
        if kind := m["kind"].strip(" -"):
            item.setdefault("genre", kind)
        if item.get("type") in ("book", "document", None):
            item["type"] = "report"
    elif _parliamentary_paper(item) or _catalogue_number(item) or _catalogue_misread(item, source):
        pass
    elif isinstance(title := item.get("title"), str) and "(" in title and (m := _EU_DOCUMENT.search(title)):
        # "A new Circular Economy Action Plan. COM(2020) 98 final": the Commission's number closes the title
        item["title"] = title[: m.start()].rstrip(" ,.")
        item["number"] = m["number"]
        if item.get("type") in ("book", "document", "webpage", None):
            item["type"] = "report"
    elif (code := _closing_code(item)) is not None:
        # "*Shepperton Studios Transport Assessment*. ITL14056-008D R.": a report's reference code closes it, read
        # as the publisher or left in the note
        del item[code[0]]
        item["number"] = code[1]
        if item.get("type") in ("book", "document", "webpage", None):
            item["type"] = "report"
    elif isinstance(publisher := item.get("publisher"), str) and (m := _EU_NUMBER.fullmatch(publisher.strip(" .,"))):
        # "… Lifelong Learning. COM(2018) 24 final. Brussels.": the number read as the publisher before the seat
        del item["publisher"]
        item["number"] = m["number"]
        if item.get("type") in ("book", "document", "webpage", None):
            item["type"] = "report"


# a report's kind and number in brackets closing its title: "(WMO-No. 1264)", "(Report No. 123)", "(Technical
# Note No. 4)"; a title's own words in brackets hold no "No."
_CLOSING_NUMBER = lazy_pattern(
    r"\s*\((?P<kind>(?:[A-Z][\w./]*[\s-]){0,4})(?:No\.|Nos\.|Number)\s*(?P<number>[\w./:-]*\d[\w./:-]*)\)$"
)


# the EU institutions' document numbers closing a title: "COM(2020) 98 final", "SWD(2021) 140 final"
_EU_NUMBER_FORM = r"(?P<number>(?:COM|SWD|SEC|JOIN|C)\s?\((?:19|20)\d\d\)\s?\d{1,5}(?:\s+final)?)"
_EU_DOCUMENT = lazy_pattern(rf"[.,]\s+{_EU_NUMBER_FORM}\.?$")
_EU_NUMBER = lazy_pattern(_EU_NUMBER_FORM)

# a UK parliamentary paper's number in brackets: a command paper "(Cm 8072)", "(Cmnd. 6404)", a House paper
# "(HC 180)", "(HL Paper 42)"
_PARLIAMENTARY = r"\((?P<number>(?:Cm|Cmnd|Cmd|HC|HL(?:\s+Paper)?)\.?\s+\d{1,5}(?:[-–]\d{1,5})?(?:[-–][IVX]+)?)\)"
_PAPER_ALONE = lazy_pattern(rf"^{_PARLIAMENTARY}\.?$")
_PAPER_CLOSING = lazy_pattern(rf"\s*{_PARLIAMENTARY}\.?$")


# a statistics office's catalogue number, kept as a note by the reading: "cat. no. 8147.0", "Catalogue No. 3101.0"
_CATALOGUE_NOTE = lazy_pattern(r"^(?:cat\.?|catalogue)\s+no\.?\s*(?P<number>\d{3,4}\.\d{1,3})$", re.I)


def _catalogue_number(item: dict[str, Any]) -> bool:
    """``cat. no. 8147.0`` (Australian Harvard's note of a statistics office's publication): the report's
    number. Whether one was found."""
    found: list[str] = []

    def catalogue(piece: str) -> bool:
        if (m := _CATALOGUE_NOTE.match(piece.strip(" .,;"))) is not None:
            found.append(m["number"])
        return m is not None

    if not drop_pieces(item, "note", catalogue):
        return False
    item["number"] = found[0]
    if item.get("type") in ("book", "document", "webpage", None):
        item["type"] = "report"
    return True


# a consultant's or an office's reference code, capitals and digits with no word of a name: "PINR3003",
# "ITL14056-008D R", "SPS-HYD-XX-XX-RP-D-5001"
_REFERENCE_CODE = lazy_pattern(r"(?=[A-Z0-9/-]*\d{3})[A-Z][A-Z0-9/-]*[A-Z0-9](?: [A-Z0-9]{1,2})?")


def _closing_code(item: dict[str, Any]) -> tuple[str, str] | None:
    """The field holding nothing but a reference code (the publisher, or the note of a record with no container),
    and the code."""
    for var in ("publisher", "note"):
        value = item.get(var)
        if isinstance(value, str) and _REFERENCE_CODE.fullmatch(code := value.strip(" .")):
            return None if var == "note" and "container-title" in item else (var, code)
    return None


# the same number without its "no.": "Catalogue 1292.0", "cat. 1220.0"
_CATALOGUE_BARE = lazy_pattern(r"(?<![\w.])(?:cat\.?|catalogue)\s+(?P<number>\d{3,4}\.\d{1,3})(?!\.?\d)", re.I)


def _catalogue_misread(item: dict[str, Any], source: str) -> bool:
    """``Catalogue 1292.0`` or ``cat. 1220.0`` read as a journal with its volume and pages, or ``cat`` as the
    publisher before a note: the report's number. Whether one was found."""
    if "at" not in source or (m := _CATALOGUE_BARE.search(source)) is None:
        return False
    whole, number = m.group(0), m["number"]
    misread = [var for var in ("container-title", "publisher") if _piece_of(item.get(var), whole)]
    if not misread:
        return False
    for var in misread:
        del item[var]
    for var in ("volume", "issue", "page"):
        if _piece_of(item.get(var), number):
            del item[var]
    note = item.get("note")
    if isinstance(note, str) and note.startswith(number):  # "1292.0, divisional structure; Used by …"
        if rest := note[len(number) :].lstrip(" ,;."):
            item["note"] = rest
        else:
            del item["note"]
    item["number"] = number
    if item.get("type") in ("book", "document", "webpage", "article-journal", None):
        item["type"] = "report"
    return True


def _piece_of(value: Any, whole: str) -> bool:
    """Whether ``value`` is a non-empty piece of ``whole``."""
    return isinstance(value, str) and bool(piece := value.strip(" .,")) and piece in whole


def _parliamentary_paper(item: dict[str, Any]) -> bool:
    """A UK parliamentary paper's number read as the container (``*Title*. (Cm 8072). London: …``) or into the
    publisher (``London: The Stationery Office (HC 180).``): it is the report's number. Whether one was found."""
    container, publisher, note = item.get("container-title"), item.get("publisher"), item.get("note")
    found: list[str] = []
    if isinstance(container, str) and (m := _PAPER_ALONE.match(container.strip())):
        del item["container-title"]
        found.append(m["number"])
    elif isinstance(publisher, str) and publisher.endswith(")") and (m := _PAPER_CLOSING.search(publisher)):
        item["publisher"] = publisher[: m.start()]
        found.append(m["number"])
    elif isinstance(note, str) and "(" in note:

        def paper(piece: str) -> bool:
            if (number := _PAPER_ALONE.match(piece.strip())) is not None:
                found.append(number["number"])
            return number is not None

        drop_pieces(item, "note", paper)
    if not found:
        return False
    item["number"] = found[0]
    data = item.get("custom", {}).get("biblio", {})
    left = data.get("remainder")
    if isinstance(left, str) and _PAPER_ALONE.match(left.strip()):
        del data["remainder"]  # the text no field held was the paper's number
        drop_flag(item, UNPARSED_REMAINDER)
    if item.get("type") in ("book", "document", "article-journal", None):
        item["type"] = "report"
    return True


# a standard's designation opening the reference, its year after a colon (spaced or not) and an amendment's after
# "+": "ISO/IEC 10181-3:1996 Information technology …", "BS 4142: 2014 + A1: 2019: 'Method for …'.", "ISO 9613-2:
# 1996, 'Acoustics …'", "BS 8233: 2014, "Guidance …", BSI." (a list's number or a bracketed label before it)
_OPENING_DESIGNATION = lazy_pattern(
    r"(?:\[[^\[\]]{1,30}\]\s*|\d{1,3}\.\s+)?"
    r"(?P<number>(?P<body>(?:ISO|IEC|BS|EN|AS|DIN)(?:/(?:ISO|IEC|NZS|EN))*(?:\s+(?:ISO|IEC|EN))?)\s+"
    r"(?P<digits>\d{2,6}(?:[.-]\d{1,3})*):\s?(?P<year>(?:1[89]|20)\d\d)"
    r"(?:\s?\+\s?(?P<amendment>A\d{1,2}):\s?(?P<amended>(?:1[89]|20)\d\d))?)[,:]?\s"
)
# the edition named after the standard's title: "…, Edition 4"
_EDITION_CLOSING = lazy_pattern(r",\s+Edition\s+(?P<edition>\d{1,2})$")


def opening_designation(item: dict[str, Any]) -> None:
    """(In place.) A standard cited by its designation first, then its title: the body's letters are no authors
    and no journal, the digits no volume and no part of the title, the year (the amendment's, when one is named)
    the date; the standards body named alone after the title publishes it."""
    if "number" in item:
        return
    source = source_text(item)
    if ":" not in source or (m := _OPENING_DESIGNATION.match(source)) is None:
        return
    body = m["body"].replace("/", " ").split()
    authors = item.get("author")
    if isinstance(authors, list) and [a.get("family") or a.get("literal") for a in authors] == body:
        del item["author"]
    container = item.get("container-title")
    if container == m["body"] and str(item.get("volume", "")) == m["digits"]:
        del item["container-title"], item["volume"]
    elif container in _STANDARDS_BODIES and "volume" not in item and "publisher" not in item:
        item["publisher"] = item.pop("container-title")
    title = item.get("title")
    if isinstance(title, str):
        for lead in (m["digits"], m["amendment"]):
            if lead and title.startswith(lead):
                title = title[len(lead) :]
                if title.startswith(":"):  # the designation's year after its digits: "10181-3:1996 Title"
                    title = title[1:].lstrip()
                    title = title[4:] if title[:4].isdigit() else title
                title = title.lstrip(" ,:")
        title = title.strip(" '\"")
        if (e := _EDITION_CLOSING.search(title)) is not None and "edition" not in item:
            item["edition"] = e["edition"]
            title = title[: e.start()]
        item["title"] = title
    item["number"] = m["number"]
    item["type"] = "standard"
    year = int(m["amended"] or m["year"])
    issued = item.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    if not parts or m["amended"] and parts[0][0] != year:
        item["issued"] = {"date-parts": [[year]]}
    note = item.get("note")
    if isinstance(note, str) and all(p.strip() in m["number"] for p in note.split(";")):
        del item["note"]


# standards bodies named alone after a standard's title: its publisher
_STANDARDS_BODIES = frozenset(("BSI", "ISO", "IEC", "CEN", "DIN", "ANSI", "ASTM International", "Standards Australia"))


# an RFC's number opening the reference before its authors: "RFC 2396, Berners-Lee T, Fielding R, …, Title, URL"
_RFC_NUMBER = lazy_pattern(r"RFC\s?\d{1,5}")


def rfc_read_as_author(item: dict[str, Any]) -> None:
    """(In place.) The RFC's number read as the first author: it is the document's number."""
    authors = item.get("author")
    if not isinstance(authors, list) or len(authors) < 2 or not isinstance(first := authors[0], dict):
        return
    name = first.get("literal") or (first.get("family") if "given" not in first else None)
    if isinstance(name, str) and name.startswith("RFC") and _RFC_NUMBER.fullmatch(name):
        item["author"] = authors[1:]
        item.setdefault("number", name)
        if item.get("type") in ("webpage", "document", "book", None):
            item["type"] = "report"


# a patent's grant after its filing, the year alone read first (CMOS 14.157 author-date: "1876. … U.S. Patent 174465A,
# filed February 14, 1876, and issued March 7, 1876."): the day it was issued dates the patent
_ISSUED_ON = lazy_pattern(
    r"\b(?:issued|granted)\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})"
)


def patent_issue_day(item: dict[str, Any]) -> None:
    """A patent dated by the year alone whose note gives the day it was issued in that year: that day."""
    note = item.get("note")
    if item.get("type") != "patent" or not isinstance(note, str) or "ssued" not in note and "ranted" not in note:
        return
    issued = item.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    if not parts or len(parts) != 1 or len(parts[0]) != 1 or (m := _ISSUED_ON.search(note)) is None:
        return
    day = parse_date(m.group("date"))
    if day is not None and day.issued and day.issued["date-parts"][0][0] == parts[0][0]:
        item["issued"] = day.issued
