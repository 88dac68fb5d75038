"""What the computer-science styles (the LNCS and IEEE readers) share: names written with initials
(LNCS's ``Family, I.``, IEEE's ``I. Family``) or one organisation, the access date, a page range.

``initialled_names`` returns None where a name has a full given name or the segment is no list
of names at all: the text is then in neither style.  ``access_date`` reads the access date both
styles write after a URL (``last accessed 2019/05/01``, ``Accessed: Mar. 8, 2013``).
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.names import has_org_name_word, is_initials, parse_names
from biblio.parse.readers.apa.identifiers import _accessed
from biblio.parse.text import unmark

_ETAL = lazy_pattern(r",?\s*(?:et\s+al\.?|and\s+others)\s*$", re.I)
_ROLE = lazy_pattern(r"\s*(?:\(\s*eds?\.?\s*\)|,\s*eds?\.)\s*$", re.I)
# an organisation: no initial ("J. Smith e Silva" is a person's name misread), no digits or brackets
_ORGANISATION = lazy_pattern(r"^(?![A-Z]\.)[^\W\d_][^,;:\d()\[\]\"\u201c\u201d]{1,80}$")
# a page or page range as both styles write it: "45–67", "A635–A646", "e1234"
PAGE_RANGE = r"[A-Za-z]?\d+[A-Za-z]?(?:\s*[-\u2013\u2014]+\s*[A-Za-z]?\d+[A-Za-z]?)?"
# (a family name may open on its Gaelic or Norman prefix: "MacCulloch", "McDonald", "O'Brien", "FitzGerald")
_FULL_NAME = lazy_pattern(r"^[A-Z][a-z]+(?:\s[A-Z]\.)?\s(?:Mc|Mac|O['\u2019]|Fitz)?[A-Z][a-z'-]+$")
# "Ralf van Bühren", "Anna de la Cruz": one person, a given name and a family name with its lower-case particle
# (no body's name holds "van" or "de la" between two capitalised words)
_PARTICLE_NAME = lazy_pattern(
    r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:(?:van|von|de|der|den|del|della|di|da|du|la|le|ten|ter|dos|das)\s)+"
    r"[A-Z][^\W\d_]*[a-z][^\W\d_]*(?:-[A-Z][^\W\d_]+)?$"
)
_INVERTED = lazy_pattern(r"^[^\W\d_][^,]*,\s*[A-Z]")
_INITIALS_FIRST = lazy_pattern(r"^(?:[A-Z][a-z]?\.[\s-]*)+[^\W\d_]")
_SENTENCE_END = lazy_pattern(r"[a-z]{4,}\.\s+[^\W\d_]")
# names that end in an abbreviated word ("Phys.", "Lett."): they ran into a journal's name
_ABBREVIATED = lazy_pattern(r"\b[A-Z][^\W\d_]*[a-z][^\W\d_]*\.$")
_NUMERIC_DATE = lazy_pattern(r"^(\d{4})[/.-](\d{1,2})(?:[/.-](\d{1,2}))?$")


def initialled_names(segment: str, inverted: bool) -> tuple[str, list[dict[str, Any]]] | None:
    """(``author`` or ``editor``, names) for a list of initialled names, written ``Family, I.``
    (``inverted``) or ``I. Family``, or one organisation; else None."""
    s = unmark(segment).strip(" ,")
    var = "author"
    role = _ROLE.search(s)
    if role:
        var, s = "editor", s[: role.start()]
    s = _ETAL.sub("", s)
    if not s:
        return None
    names = parse_names(s)
    if names and all("family" in n and is_initials(str(n.get("given", ""))) for n in names):
        if _ABBREVIATED.search(s):
            return None  # "…, Z K Liu, J. Phys.: Condens. Matter": initialled names end in no "Phys."
        return (var, names) if (_INVERTED if inverted else _INITIALS_FIRST).match(s) else None
    if _PARTICLE_NAME.match(s) and len(names) == 1 and "family" in names[0]:
        return var, names
    # "Wendy Wang and Kim Parker", "Allen Downey": people with full names, no organisation
    personal = " and " in s or " & " in s or _FULL_NAME.match(s)
    # a sentence ending inside ("Highsoft. Highcharts", "Lincoln Mullen. textreuse") is a name and the start of the
    # title, not one body
    if (
        _ORGANISATION.match(s)
        and len(s.split()) <= 6
        and (not personal or has_org_name_word(s))
        and not _SENTENCE_END.search(s)
    ):
        return var, [{"literal": s}]
    return None


def access_date(text: str) -> dict[str, Any] | None:
    """``2019/05/01``, ``14 May 2018``, ``Mar. 8, 2013`` as a CSL date."""
    s = text.strip(" .,")
    m = _NUMERIC_DATE.match(s)
    if m:
        parts = [int(p) for p in m.groups() if p]
        return {"date-parts": [parts]} if 1 <= parts[1] <= 12 else None
    return _accessed(s)
