"""Technical specifications cited with their standards body's document status, as specifications' own reference
annexes print them (OASIS, W3C and the IETF's drafts citing the W3C's and OASIS's documents):

- ``XSL Transformations (XSLT) Version 1.0, W3C Recommendation 16 November 1999, https://www.w3.org/TR/xslt/``;
- ``Bray, Tim, et.al. eds, Extensible Markup Language (XML) 1.0 (Fifth Edition), W3C Recommendation 26 November
  2008, https://…`` and ``Martin J. Dürst et al, eds., Character Model …: Fundamentals, W3C Recommendation …``;
- ``Title Version 1.0. Edited by Steven Legg and Cyril Dangerville. 17 February 2026. OASIS Committee Specification
  Draft 01.`` and ``Title. 11 March 2010. Committee Specification Draft 03. https://…``;
- the status first: ``OASIS Standard, Extensible access control markup language (XACML) Version 1.0. 18 February
  2003, https://…``.

``read(text)`` is the structured-reader interface (readers/base.py). The status (``W3C Recommendation``, ``W3C
Working Group Note``, ``OASIS Committee Specification Draft 01``) is the document's kind, no title, publisher or
author: the sequence model reads it into the title, as a publisher or as an author (``OASIS, Standard``), and a
title opening the reference as an author. Only a reference holding such a status, whose title has no sentence of
its own, is read here (``EXCLUSIVE`` in ``biblio.parse.readers``).

Fields touched: ``type`` (``standard``), ``editor``, ``title``, ``edition``, ``genre`` (the status), ``issued``,
``URL``, ``publisher`` (a closing ``World Wide Web Consortium``).
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH
from biblio.parse.normalisers.dates import month_number
from biblio.parse.normalisers.names import names_from_span
from biblio.parse.readers.base import Reading, marked_reading
from biblio.records.model import Item

__all__ = ["NAME", "read"]

NAME = "specifications"
BASE_CONFIDENCE = 0.9

# the W3C's statuses, and OASIS's with the body's name or with a draft's number
_STATUS = (
    r"(?P<status>W3C\s+(?:(?:Candidate\s+|Proposed\s+)?Recommendation|Working\s+(?:Group\s+)?(?:Note|Draft)|Note"
    r"|(?:Team|Member)\s+Submission)"
    r"|OASIS\s+(?:Standard|Committee\s+(?:Specification|Note|Draft)(?:\s+Draft)?(?:\s+\d{1,2})?)"
    r"|Committee\s+Specification\s+Draft\s+\d{1,2})"
)
# OASIS's status opening the reference: "OASIS Standard, …", "OASIS Committee Draft 03, …"
_LEAD = r"(?P<lead>OASIS\s+(?:Standard|Committee\s+(?:Specification|Note|Draft)(?:\s+Draft)?(?:\s+\d{1,2})?)),\s+"
# the editors before the title: "Martin J. Dürst et al, eds., ", "Bray, Tim, et.al. eds, ", "J. Boyer, ed., "
_EDITORS = r"(?:(?P<names>[A-Z][^,]{1,40}?(?:,\s*[A-Z][^,]{1,30}?)?),?\s+(?:et\.?\s?al\.?,?\s+)?eds?\.?,\s+)?"
# a title of one sentence: inner full stops only inside numbers and names ("v3.0", "1.0", "xml:id"), a comma only
# before the version ("Exclusive XML Canonicalization, Version 1.0")
_TITLE = r"(?P<title>(?!W3C\b|OASIS\b)[A-Za-z](?:[^.,\s]|\s(?!W3C\b)|\.(?=\S)|,(?=\s+Version\b))*?)"
_EDITION = (
    r"(?:,?\s*\((?P<edition>First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|\d{1,2}(?:st|nd|rd|th))"
    r"\s+Edition\))?"
)
_EDITED_BY = r"(?:\.\s+Edited\s+by\s+(?P<edited>[A-Z][^.]{2,120}?))?"


def _date(name: str) -> str:
    return rf"(?P<{name}_day>\d{{1,2}})\s+(?P<{name}_month>{ENGLISH_MONTH})\s+(?P<{name}_year>1[89]\d\d|20\d\d)"


_URL = r"(?:[.,]?\s+(?P<url>https?://\S+?))?"
_PUBLISHER = r"(?:,\s+(?P<publisher>World\s+Wide\s+Web\s+Consortium))?"
_STATUS_AFTER = lazy_pattern(
    rf"{_EDITORS}{_TITLE}{_EDITION}{_EDITED_BY}(?:[.,]\s+{_date('first')})?[.,]?\s+{_STATUS}"
    rf"(?:,?\s+{_date('second')})?{_URL}{_PUBLISHER}[.\s]*"
)
_STATUS_FIRST = lazy_pattern(rf"{_LEAD}{_TITLE}{_EDITION}[.,]\s+{_date('first')}{_URL}[.\s]*")

_EDITION_WORDS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
    "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9",
}


_NOT_DIGIT = lazy_pattern(r"\D")


def read(text: str) -> Reading | None:
    """The specification ``text`` cites, when it holds a standards body's status and the shape above."""
    if "W3C" not in text and "OASIS" not in text and "Committee Specification" not in text:
        return None
    flat = " ".join(text.split())
    m = _STATUS_FIRST.fullmatch(flat) or _STATUS_AFTER.fullmatch(flat)
    if m is None:
        return None
    groups = m.groupdict()
    item: Item = {"type": "standard", "title": m["title"].strip()}
    if groups.get("names"):
        item["editor"] = names_from_span(m["names"])
    elif groups.get("edited"):
        item["editor"] = names_from_span(m["edited"])
    if groups.get("edition"):
        word = m["edition"].lower()
        item["edition"] = _EDITION_WORDS.get(word) or _NOT_DIGIT.sub("", word)
    item["genre"] = " ".join((groups.get("status") or groups.get("lead") or "").split())
    for which in ("first", "second"):
        if groups.get(f"{which}_year"):
            month = month_number(m[f"{which}_month"])
            parts = [int(m[f"{which}_year"])] + ([month, int(m[f"{which}_day"])] if month else [])
            item["issued"] = {"date-parts": [parts]}
            break
    if groups.get("url"):
        item["URL"] = m["url"]
    if groups.get("publisher"):
        item["publisher"] = m["publisher"]
    return marked_reading(item, NAME, BASE_CONFIDENCE)
