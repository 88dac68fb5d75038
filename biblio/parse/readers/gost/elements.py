"""The elements of GOST's areas after the title: imprint, year, volume, issue, pages, extent, edition.

GOST R 7.0.100 divides areas with `` – `` after a full stop (``. – М. : Наука, 2001. – 456 с.``);
GOST R 7.0.5 lets the dash go (``// Журнал. 2015. Т. 70, № 2. С. 45–52.``).  Each element has one
form: ``М. : Наука, 2001`` (place, publisher, year), ``Т. 70`` (volume), ``№ 2`` or ``Вып. 3`` (issue),
``С. 45–52`` (pages), ``456 с.`` (the number of pages, stored nowhere), ``2-е изд.`` (edition).
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_A_YEAR = lazy_pattern(YEAR)
# ". – " / ". — " between areas (the full stop may be an abbreviation's: "М. : Наука, 2001. – 456 с.")
AREA = lazy_pattern(r"\.?\s+[–—]\s+")
_YEAR_ONLY = lazy_pattern(rf"^(?P<year>{YEAR})(?:\s*[–—-]\s*{YEAR})?$")
# "Санкт-Петербург : БХВ-Петербург, 2010", "New York, NY, USA : ACM, 2010", "ACM, 2012", "М., 2006"
# a note on the year in brackets closes it: "World Health Organization, 2010 (updated 2021)"
_IMPRINT = lazy_pattern(
    rf"^(?:(?P<place>[^:]+?)\s*:\s+)?(?P<publisher>[^:]+?),\s+(?P<year>{YEAR})(?:\s*[–—-]\s*{YEAR})?"
    r"(?:\s+\([^()]*\))?$"
)
# a company's legal form closing the comma-divided names: "Winsen Electronics Technology Co., Ltd." is a maker, no place
_LEGAL_FORM = lazy_pattern(r"\b(?:Ltd|Inc|LLC|GmbH|Co|Corp|plc|AG|AS|S\.A|Pty)\.?$")
_PLACE_ONLY = lazy_pattern(rf"^(?P<place>[^:,\d]+(?:,\s*[^:,\d]+)+),\s+(?P<year>{YEAR})$")
_ABBREVIATED_PLACE = lazy_pattern(r"^(?:[А-ЯЁA-Z][а-яёa-z]{0,3}\.\s?)+(?:[;,]\s*(?:[А-ЯЁA-Z][а-яёa-z]{0,3}\.\s?)+)*$")
_VOLUME = lazy_pattern(r"^(?:Т|Тт|Том|Vol|V|Bd|Kn|Кн)\.?\s*(?P<v>[\w./-]+)$", re.I)
_ISSUE = lazy_pattern(r"^(?:№|No\.?|Nr\.?|Вып\.?|Вип\.?|Iss\.?|Heft|H\.)\s*(?P<v>[\w./()-]+)$", re.I)
_PAGES = lazy_pattern(r"^(?:С|Сс|Стр|P|Pp|pp|S)\.\s*(?P<v>[\w–—-]*\d[\w.–—-]*)$")
# the book's extent, "354 с.", "123, [4] с. : ил.": its count of pages is the page, as the labelled data store it
_EXTENT = lazy_pattern(r"^(?P<v>\d+(?:,\s*\[\d+\])?)\s*(?:с|сс|стр|p|pp|S|л)\.?(?:\s*:\s*ил\.?)?$")
_EDITION = lazy_pattern(
    r"^(?P<n>\d{1,2})-?(?:е|e|th|nd|rd|st)\.?(?:\s*(?:изд|вид|ed)\b\.?.*)?$|^(?P<m>\d{1,2})\s+(?:изд|вид)\b.*$"
)


def year_date(text: str) -> dict[str, Any]:
    return {"date-parts": [[int(_A_YEAR.search(text).group(0))]]}  # type: ignore[union-attr]


def place_element(item: dict[str, Any], element: str) -> bool:
    """Store ``element`` in ``item`` if it has one of the element forms; False when it has none."""
    element = element.strip().rstrip(".").strip() if not element.strip().endswith(". :") else element
    if not element:
        return True
    if m := _YEAR_ONLY.match(element):
        item.setdefault("issued", year_date(m.group(0)))
        return True
    for key, pattern in (("volume", _VOLUME), ("issue", _ISSUE), ("page", _PAGES)):
        if (m := pattern.match(element)) and key not in item:
            item[key] = m.group("v").strip(".")
            return True
    if m := _EXTENT.match(element + "."):
        item.setdefault("page", m.group("v"))
        return True
    if m := _EDITION.match(element):
        item["edition"] = m.group("n") or m.group("m")
        return True
    if (m := _PLACE_ONLY.match(element)) and not _LEGAL_FORM.search(m.group("place")):
        item["publisher-place"] = m.group("place").strip()
        item.setdefault("issued", year_date(m.group("year")))
        return True
    if m := _IMPRINT.match(element):
        place, publisher = m.group("place"), m.group("publisher").strip()
        if place is None and _ABBREVIATED_PLACE.match(publisher):
            place, publisher = publisher, ""
        if place:
            item["publisher-place"] = place.strip()
        if publisher:
            item["publisher"] = publisher
        item.setdefault("issued", year_date(m.group("year")))
        return True
    return False
