"""Web pages listed by the title their browser tab shows, then the day they were read and their address, as research
assistants' reports list their sources under "Works cited": ``Best Practices for Peer Code Review - SmartBear,
accessed June 27, 2025, https://smartbear.com/…``, ``Artificial Intelligence Code Tools Research Report 2025:,
accessed June 27, 2025, https://…``.

``read(text) -> Reading | None`` is the structured-reader interface (readers/base.py). The page's title runs to the
comma before ``accessed`` (no comma before its first `` - ``: names or a body would stand there, as in Chicago's
notes); its last `` - `` part (else its last `` | `` or `` -- `` part), a short name with no digit, is the site.
No author, no date of issue: the sequence model reads a leading number as a label, the site into the title, a
title's last word as the site. The whole reference must have that shape, so the reader is taken before the sequence
model's (``EXCLUSIVE`` in ``biblio.parse.readers``).

Fields touched: ``type`` (``webpage``), ``title``, ``container-title``, ``accessed``, ``URL``.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import month_number
from biblio.parse.readers.base import Reading, marked_reading
from biblio.records.model import Item

__all__ = ["NAME", "read"]

NAME = "page-title-accessed"
BASE_CONFIDENCE = 0.9

_FORM = lazy_pattern(
    r"^(?P<head>[^\s].{1,300}?),\s+accessed\s+(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2}),\s+(?P<year>(?:19|20)\d\d),"
    r"\s+(?P<url>https?://\S+)$"
)
# the site after the title's " - ": a few words, no digit, no sentence's stop (a stop inside a word, "GOV.UK", or
# closing an abbreviation, "Wier & Associates, Inc.", is no sentence's)
_SITE = lazy_pattern(r"^(?P<title>.+?\S) [-–—] (?P<site>[^\d\s|-](?:[^\d.:;!?|]|\.(?!\s)){0,40}?)$")
# else the site after the title's last " | " or " -- " (a dash typed as two hyphens): "Failure in aid | GiveWell"
_LAST_SITE = lazy_pattern(r"^(?P<title>.+\S) (?:\||--) (?P<site>[^\d\s|-](?:[^\d.:;!?|]|\.(?!\s)){0,40}?)$")
_MAX_SITE_WORDS = 4
# another style's author before the title ("Smith, J. …", "Smith, John. …"), its year (or "n.d.") in brackets, a
# quoted title (Chicago's "Names, “Title,” Site, Month D, YYYY, accessed …") or a date before "accessed": not this form
_OTHER_STYLE = lazy_pattern(
    r"^[A-Z][\w'’-]+,\s+[A-Z](?:\.|[a-z]+\.)|\((?:1[5-9]|20)\d\d|\(n\.\s?d\.\)|[\"“”«»]"
    r"|[A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d\d"
)


# a title opening on a series of words with its "and" after a comma ("Poverty, Prosperity, and Planet Report 2024 -
# World Bank"), before any " - ": no names' or body's comma
_SERIES = lazy_pattern(r"^[A-Z][\w'’-]*(?:, [A-Z][\w'’-]*)*,? (?:and|&) [A-Z][^-]*?(?: - |$)")


def read(text: str) -> Reading | None:
    """The reading of ``Title - Site, accessed Month D, YYYY, address``, or None for "not my style"."""
    if ", accessed " not in text:
        return None
    m = _FORM.match(" ".join(text.split()))
    if m is None:
        return None
    month = month_number(m["month"])
    if month is None or not 1 <= int(m["day"]) <= 31:
        return None
    head = m["head"].rstrip(" :")
    comma = head.find(",")
    if _OTHER_STYLE.search(head) or (comma >= 0 and " - " not in head[:comma] and not _SERIES.match(head)):
        return None  # (a comma before any " - ": names or a body before the title, "Yale University, History …")
    item: Item = {"type": "webpage"}
    site = _SITE.match(head)
    if (site is None or len(site["site"].split()) > _MAX_SITE_WORDS) and ("|" in head or "--" in head):
        site = _LAST_SITE.match(head)
    if site is not None and len(site["site"].split()) <= _MAX_SITE_WORDS:
        item["title"] = site["title"]
        item["container-title"] = site["site"].strip()
    else:
        item["title"] = head
    item["accessed"] = {"date-parts": [[int(m["year"]), month, int(m["day"])]]}
    item["URL"] = m["url"].rstrip(".")  # (the entry's closing stop, no part of the address)
    return marked_reading(item, NAME, BASE_CONFIDENCE)
