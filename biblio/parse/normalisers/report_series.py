"""A report's series and number read as a journal with its numbers, a note or the publisher's tail, whichever
reading won: ``US Geological Survey Open-File Report 83-623.``, ``Ancient Monuments Laboratory Report Series
17/94.``, ``Geodetic Information Paper No 1.``, ``Stanford University Technical Report, 2004.``, and MDPI's and
ACS's ``Title; NREL/TP-500-38060; National Renewable Energy Laboratory: Golden, CO, USA, 2009.``, and a
numbered special publication with its revision after an imprint (``… Technology; 2014. NIST Special Publication
800-88 Rev. 1.``)

Fields touched: ``container-title``, ``volume``, ``issue``, ``page``, ``note``, ``title``, ``publisher``,
``collection-title``, ``number``, ``genre``, ``type``.

Agencies, laboratories and universities number their reports in series named by the kind of report; the series
is no periodical and its number no volume or pages. A series named ``… Series`` is the collection; a body's own
kind of report (``US Geological Survey Open-File Report``) names its publisher.
"""

from __future__ import annotations

from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.hosts import add_note
from biblio.records.model import source_text

FIELDS = (
    "container-title", "volume", "issue", "page", "note", "title", "publisher", "collection-title", "number",
    "genre", "type",
)

# a revision after a document's number: "(NIST Special Publication 800-88 Rev. 1)", "(SP 800-53, Revision 5)"
REVISION_WORD = r"Rev(?:ision|\.)\s*\d+"
REVISION = rf"(?:,?\s+{REVISION_WORD})?"
_KIND = (
    r"(?:(?:Open-File|Technical|Research|Internal|Information|Investigations|Professional|Data)\s+"
    r"(?:Report|Paper|Note)(?:\s+Series)?|(?:Report|Paper)\s+Series|Special\s+Publication"
    # a body's report with its number named as such: "Lawrence Berkeley National Laboratory Report Number LBNL-5268E"
    r"|Report(?=\s+(?:Number|No\.?)\s)"
    # a body's acronym and its numbered report: "ALRC Report 123", "NBER Report 45"
    r"|(?<=[A-Z][A-Z]\s)Report(?=\s+\d))\b"
)
_SERIES = lazy_pattern(
    rf"(?P<series>(?:[A-Z][\w-]*\s+){{0,6}}?(?P<kind>{_KIND}))(?:\s*(?:No\.?|Nr\.?|Number)?\s*"
    rf"(?P<number>(?:[A-Z]{{1,4}}[-/]?)?\d(?:[\w/.-]*\w)?{REVISION}))?(?=[\s.,;]|$)"
)
# the body that issues its own kind of report: "US Geological Survey", "Stanford University"
_BODY = lazy_pattern(
    r"\b(?:Survey|University|Institute|Laboratory|Agency|Office|Department|Cent(?:er|re)|Council|Commission|"
    r"Service|Administration|Bureau|Corporation|Foundation)\b"
)
# a report's code before its publisher: "NREL/TP-500-38060; National Renewable Energy Laboratory"
_CODE_FIRST = lazy_pattern(r"^(?P<code>[A-Z]{2,}[A-Za-z]*(?:[/-][\w.]+)*[/-][\w.]*\d[\w.]*)\s*;\s*(?P<rest>\S.*)$")


def report_series(item: dict[str, Any]) -> None:
    """(In place.)"""
    publisher = item.get("publisher")
    if isinstance(publisher, str) and "number" not in item and (c := _CODE_FIRST.match(publisher)):
        item["publisher"], item["number"] = c["rest"], c["code"]
        item["type"] = "report"
        return
    source = source_text(item)
    if "Report" not in source and "Paper" not in source and "Note" not in source and "Special Pub" not in source:
        return
    m = _SERIES.search(source)
    if m is None or "collection-title" in item or "number" in item:
        return
    series, number = m["series"], m["number"] or ""
    # a journal's name or a note inside the numbered series; a publisher holding the kind of report too
    held = [
        v for v in ("container-title", "publisher", "note")
        if isinstance(item.get(v), str)
        and item[v] in m.group(0)  # the series, its number with it ("NIST Special Publication 800-88 Rev")
        and (number if v != "publisher" else m["kind"] in item[v])
    ]
    tail = item.get("note")
    kept = ""  # what the note held before the series, when it is not the title's end
    if not held and number and isinstance(tail, str) and tail.endswith(m.group(0).rstrip(".")):
        held = ["note"]  # "Essex, Ancient Monuments … Report Series 9/97": the title's last words, then the series
        lead = tail[: len(tail) - len(m.group(0).rstrip("."))].strip(" ,")
        title = item.get("title")
        if lead and isinstance(title, str) and f"{title}, {lead}" in source:
            item["title"] = f"{title}, {lead}"
        elif lead and title is None:
            # "Kissel R, … Guidelines for media sanitization. NIST Special Publication 800-88, 2014.": the title
            item["title"] = lead.rstrip(" .")
        else:
            kept = lead
    if not held or item.get("container-title") and "container-title" not in held:
        return
    for var in ("volume", "issue", "page"):
        value = str(item.get(var, "")).strip("/ ")
        if value and (_numbers_hold(number.replace("–", "-"), value) or _numbers_hold(series, value)):
            del item[var]
    for var in held:
        del item[var]
    if kept:
        item["note"] = kept
    body = series[: m.start("kind") - m.start("series")].strip()
    if m["kind"].endswith("Series") or not body:
        item["collection-title"] = series
    elif _BODY.search(body) and "publisher" not in item:
        item["publisher"] = body
        item["genre"] = m["kind"]
    else:
        item["collection-title"] = series
    if number:
        item["number"] = number
    item["type"] = "report"


def _numbers_hold(text: str, value: str) -> bool:
    """Whether ``value`` stands in ``text`` whole, no digit run on either side: "5268" of "LBNL-5268E", not "68"
    (a report's count of pages, ``…, 68p``, is no part of its number)."""
    at = text.find(value)
    while at >= 0:
        end = at + len(value)
        if not (at and text[at - 1].isdigit() and value[0].isdigit()) and not (
            end < len(text) and text[end].isdigit() and value[-1].isdigit()
        ):
            return True
        at = text.find(value, at + 1)
    return False


# an issuing body's own publication number after its name, as extension services and agencies number their
# bulletins: "Texas A&M AgriLife Extension, E-273", "… Cooperative Extension Service, ID-146", "… Extension Service
# Publication SP 437-A", "American Farm Bureau Federation Publication 1-01, Park Ridge, IL", "…, Circular 641"; a
# bare number after the comma needs its letters ("…, E-273"), so a year after a publisher is never one
_BODY_WORD = (
    r"(?:Extension|Service|Federation|University|Department|Agency|Institute|Association|Council|Cent(?:er|re)|"
    r"Office|Survey|Bureau|Laboratory|Commission|Ministry|Authority)"
)
_BODY_NUMBER = lazy_pattern(
    rf"(?P<body>[A-Z].*?\b{_BODY_WORD})"
    r"(?:,?\s+(?:Publication|Guide|Circular|Bulletin|Leaflet|Fact\s+Sheet)\s+(?P<number>(?:[A-Z]{1,4}[-\s]?)?\d[\w-]*)"
    r"|,\s+(?P<code>[A-Z]{1,4}[-\s]?\d[\w-]*))"
    r"(?:,\s+(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+[A-Z]{2}))?(?P<via>,\s+via\s+[A-Z].*)?"
)
# the body that only handed the document on: "University of California, Davis, via National Forage Testing
# Association" (the distributor is no part of the publisher's name)
_VIA = lazy_pattern(r"(?P<body>[A-Z].*?),\s+(?P<via>via\s+[A-Z].*)")


def body_number_apart(item: dict[str, Any]) -> None:
    """(In place.) A bulletin's number, its place and its distributor read into its publisher's name."""
    publisher = item.get("publisher")
    if not isinstance(publisher, str) or "number" in item or ("," not in publisher and " " not in publisher):
        return
    m = _BODY_NUMBER.fullmatch(publisher)
    if m is not None:
        item["publisher"] = m["body"]
        item["number"] = m["number"] or m["code"]
        if m["place"] and "publisher-place" not in item:
            item["publisher-place"] = m["place"]
        if m["via"]:
            add_note(item, m["via"].lstrip(", "))
        return
    if " via " in publisher and (v := _VIA.fullmatch(publisher)) is not None:
        item["publisher"] = v["body"]
        add_note(item, v["via"])
