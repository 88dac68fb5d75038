"""Non-APA references: keep only what is safe.

Fields touched: ``DOI``, ``URL``, ``accessed``, ``issued``, ``note``.

Without the APA date anchor we cannot tell authors from title reliably, so
the parser takes identifiers and a year standing in a clear position (in
parentheses, or between separators near the end) and leaves the rest, flagged,
in ``note``/``custom.biblio.remainder``.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.apa.identifiers import extract_identifiers
from biblio.parse.text import clean_space, strip_value
from biblio.records.model import UNCERTAIN_TYPE, UNPARSED, UNPARSED_REMAINDER, Item, add_flag, biblio_data

# "(2011)", ", 2011.", "2011;" / "2011." at the end: a year set off by punctuation
_CLEAR_YEAR = lazy_pattern(
    r"\((1[5-9]\d\d|20\d\d)[a-z]?\)|(?:^|[,.;:]\s)(1[5-9]\d\d|20\d\d)[a-z]?(?=[.;,:]?\s*(?:$|[;:]))"
)


def unparsed(text: str) -> Item:
    item: Item = {"type": "document", "note": text}
    data = biblio_data(item)
    data["source"] = text
    add_flag(item, UNPARSED)
    return item


def parse_fallback(text: str) -> Item:
    rest, fields = extract_identifiers(clean_space(text))
    years = {m.group(1) or m.group(2) for m in _CLEAR_YEAR.finditer(rest)}
    if len(years) == 1:
        fields["issued"] = {"date-parts": [[int(years.pop())]]}
    if not fields:
        return unparsed(text)
    item: Item = {"type": "webpage" if "URL" in fields and "DOI" not in fields else "document"}
    item.update(fields)
    data = biblio_data(item)
    data["source"] = text
    remainder = strip_value(rest)
    if remainder:
        item["note"] = remainder
        data["remainder"] = remainder
        add_flag(item, UNPARSED_REMAINDER)
    add_flag(item, UNCERTAIN_TYPE)
    return item
