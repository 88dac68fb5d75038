"""Web sources listed by their address first, the date and the author after it, as students' and engineers' notes
list them: ``https://www.jrebel.com/blog/static-code-analysis-in-java-guide, 17 avril 2014, JRebel.``,
``https://…/2015-SANER-Panichella-et-al-preprint.pdf, février 2015, Sebastiano Panichella.``,
``https://www.datarespons.com/code-quality-assurance-with-pmd/, Andreas Dangel.``; or the page's title in italics and
the day it was read after the address, as a school's project template asks (``URL, *Title*, GG-MM-AAAA``):
``https://docs.oracle.com/…/Polygon.html, *Polygon (JAVA SE 10 & JDK 10)*, 11-22-2019.``

``read(text) -> Reading | None`` is the structured-reader interface (readers/base.py). After the address come a
date (a day, a month's name and a year, a month and a year, or a year) and a name (a person in natural order, two
or three capitalised words, or after a date one word: a body's), each at most once, in that order. The sequence model
reads the name as the title, or a person's name as a place. The whole reference must have that shape, so the reader
is taken before the sequence model's (``EXCLUSIVE`` in ``biblio.parse.readers``).

Fields touched: ``type`` (``webpage``), ``URL``, ``issued``, ``author``, ``title``, ``accessed``.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import month_number
from biblio.parse.normalisers.names import known_given_word, make_person
from biblio.parse.readers.base import Reading, marked_reading
from biblio.records.model import Item

__all__ = ["NAME", "read"]

NAME = "address-first"
BASE_CONFIDENCE = 0.85

_FORM = lazy_pattern(r"^(?P<url>https?://[^\s,]+),\s+(?P<rest>[^,]+(?:,\s+[^,]+)?)\.?$")
_DATE = lazy_pattern(r"^(?:(?P<day>\d{1,2})(?:er|\.)?\s+)?(?:(?P<month>[^\W\d_]{3,12})\.?\s+)?(?P<year>(?:19|20)\d\d)$")
_PERSON = lazy_pattern(r"^(?P<given>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?)\s+(?P<family>[A-Z][a-zà-ÿ'’-]+)$")
_ONE_NAME = lazy_pattern(r"^[A-Z][\w'’-]{1,30}$")
# the address, the page's title in italics, the day it was read in numbers
_TITLED = lazy_pattern(
    r"^(?P<url>https?://[^\s,]+),\s+\*(?P<title>[^*]{1,200})\*"
    r"(?:,\s+(?P<a>\d{1,2})[-./](?P<b>\d{1,2})[-./](?P<year>(?:19|20)\d\d))?\.?$"
)
_MONTHS = 12


def _numeric_day(a: int, b: int, year: int) -> Item | None:
    """The day of ``a-b-year``: day first as the template writes it, month first where the day's number shows it."""
    day, month = (b, a) if a <= _MONTHS < b else (a, b)
    if not (1 <= month <= _MONTHS and 1 <= day <= 31):
        return None
    return {"date-parts": [[year, month, day]]}


def _titled(text: str) -> Reading | None:
    """The reading of ``address, *Title*, day.``, or None."""
    m = _TITLED.match(text)
    if m is None:
        return None
    item: Item = {"type": "webpage", "URL": m["url"], "title": m["title"].strip()}
    if m["year"]:
        read_on = _numeric_day(int(m["a"]), int(m["b"]), int(m["year"]))
        if read_on is None:
            return None
        item["accessed"] = read_on
    return marked_reading(item, NAME, BASE_CONFIDENCE)


def _date(piece: str) -> Item | None:
    m = _DATE.match(piece)
    if m is None:
        return None
    parts = [int(m["year"])]
    if m["month"]:
        month = month_number(m["month"])
        if month is None:
            return None
        parts.append(month)
        if m["day"] and 1 <= int(m["day"]) <= 31:
            parts.append(int(m["day"]))
    elif m["day"]:
        return None
    return {"date-parts": [parts]}


def read(text: str) -> Reading | None:
    """The reading of ``address, date, Name.``, or None for "not my style"."""
    if not text.startswith("http") or ", " not in text:
        return None
    plain = " ".join(text.split())
    if ", *" in plain:
        return _titled(plain)
    m = _FORM.match(plain)
    if m is None:
        return None
    item: Item = {"type": "webpage", "URL": m["url"]}
    pieces = [p.strip() for p in m["rest"].rstrip(". ").split(",")]
    if (date := _date(pieces[0])) is not None:
        item["issued"] = date
        pieces = pieces[1:]
    if len(pieces) > 1:
        return None
    if pieces:
        name = pieces[0]
        person = _PERSON.match(name)
        if person is not None and known_given_word(person["given"].split()[0]):  # (not a site's "Open Source")
            item["author"] = [make_person(person["family"], person["given"])]
        elif _ONE_NAME.match(name) and "issued" in item:
            # (one word after a date is who dated the page; alone after the address it may be the site's name,
            # "https://github.com/…, GitHub.", which this form does not tell apart)
            item["author"] = [{"literal": name}]
        else:
            return None
    return marked_reading(item, NAME, BASE_CONFIDENCE)
