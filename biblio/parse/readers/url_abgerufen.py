"""Web sources in the German form students and seminar papers list them: the author (a person inverted, a body or
a site), the title, then ``URL:``, the address and the day it was read in brackets:
``Shea, Ryan: Centralized vs Decentralized - The Internet of the Past, Present and Future, URL: https://…
(abgerufen am 20.06.2018)``, ``Statista, Market capitalization … as of May 2018 (in billion U.S. dollars), URL: …
(abgerufen am 26.06.2018)``, ``Dat Project, URL: https://datproject.org/ (abgerufen am 29.06.2018)``,
``npm trends, URL: http://www.npmtrends.com/ 2017 (abgerufen am 30.06.2018)`` (a year after the address).

``read(text) -> Reading | None`` is the structured-reader interface (readers/base.py). A person's name closes on a
colon (``Name, Vorname: Titel``); a body's or site's name on the first comma (``Wikipedia, Zensur von Wikipedia``,
``Gartner, Inc., Title``); a lone name before ``URL:`` is the author, the title left out. The sequence model
reads the body as a title, the title's commas as a container's, a year in the title as the date and the access
date's year as the date of issue. The whole reference must have that shape, so the reader is taken before the
sequence model's (``EXCLUSIVE`` in ``biblio.parse.readers``).

Fields touched: ``type`` (``webpage``), ``author``, ``title``, ``issued``, ``accessed``, ``URL``.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import loose_date
from biblio.parse.normalisers.names import parse_names
from biblio.parse.readers.base import Reading, marked_reading
from biblio.records.model import Item

__all__ = ["NAME", "read"]

NAME = "url-abgerufen"
BASE_CONFIDENCE = 0.9

_FORM = lazy_pattern(
    r"^(?P<head>[^\s(].{0,400}?)[,.]\s+URL:\s+(?P<url>https?://\S+?)[.,]?(?:\s+(?P<year>(?:19|20)\d\d))?\s+"
    r"\((?:zuletzt\s+)?(?:abgerufen|aufgerufen|zugegriffen|(?:letzter\s+)?Zugriff)(?:\s+am)?:?\s+"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d)\)\.?$",
    re.I,
)
# a person inverted before the title's colon: "Shea, Ryan: …", "Maymounkov, Petar und Mazières, David: …"
_PERSONS = lazy_pattern(
    r"^(?P<names>[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?,\s+[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,2}"
    r"(?:\s+(?:und|and|&)\s+[A-ZÀ-Ý][\w'’-]+,\s+[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,2})*):\s+(?P<title>\S.*)$"
)
# a body's or site's name: a few words, no digit, no stop but an abbreviation's; a legal form after its comma
# ("Gartner, Inc.") is the name's
_BODY = lazy_pattern(r"^[^\W\d_][\w&'’-]*(?:\s+[\w&'’.-]+){0,3}$")
_LEGAL_FORM = lazy_pattern(r"^(?:Inc\.?|Ltd\.?|LLC|Corp\.|GmbH|AG|e\.\s?V\.)(?=,|$)")
# another style's marks: a year in brackets after the names, a title opening on a quote (quotes inside it are the
# title's: 'Connected "Things"'), "In:" before a host
_OTHER_STYLE = lazy_pattern(r"\((?:19|20)\d\d[a-z]?\)|(?:^|[,:]\s)[\"“”„«»]|\bIn:\s")


def _author_title(head: str) -> Item | None:
    """The author and title of the part before ``URL:``; None when it is not of this form."""
    if (m := _PERSONS.match(head)) is not None:
        names = parse_names(m["names"])
        if not names or any("family" not in n or "given" not in n for n in names):
            return None
        return {"author": names, "title": m["title"].rstrip(" .")}
    name, _, rest = head.partition(", ")
    if not _BODY.match(name):
        return None
    if rest and (form := _LEGAL_FORM.match(rest)) is not None:
        name, rest = f"{name}, {form.group(0)}", rest[form.end() :].lstrip(", ")
    item: Item = {"author": [{"literal": name}]}
    if rest.strip(" ."):
        item["title"] = rest.strip().rstrip(".")
    return item


def read(text: str) -> Reading | None:
    """The reading of ``Author, Title, URL: address (abgerufen am DD.MM.YYYY)``, or None for "not my style"."""
    if "URL:" not in text or "(" not in text:
        return None
    m = _FORM.match(" ".join(text.split()))
    if m is None or _OTHER_STYLE.search(m["head"]):
        return None
    fields = _author_title(m["head"].strip())
    if fields is None:
        return None
    item: Item = {"type": "webpage", **fields}
    if m["year"]:
        item["issued"] = {"date-parts": [[int(m["year"])]]}
    accessed = loose_date(m["date"].replace(" ", ""))
    if accessed is not None:
        item["accessed"] = accessed
    item["URL"] = m["url"]
    return marked_reading(item, NAME, BASE_CONFIDENCE)
