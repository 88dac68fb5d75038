"""LNCS orchestrator: label -> names (up to the colon) -> access date and identifiers -> the year in
brackets at the end -> title (the first sentence, less a trailing volume and edition) -> source.

``parse_lncs`` returns None where the names or the source fit none of LNCS's forms.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import YEAR, month_number
from biblio.parse.normalisers.edition import edition_value
from biblio.parse.normalisers.title import title_value
from biblio.parse.readers.apa.identifiers import extract_identifiers
from biblio.parse.readers.base import finish_record
from biblio.parse.readers.cs_common import access_date, initialled_names
from biblio.parse.readers.lncs.source import parse_source
from biblio.parse.text import clean_space, sentence_end
from biblio.records.model import Item, biblio_data

_LABEL = lazy_pattern(r"^(?:\[\d{1,4}\]\s*|\d{1,4}\.\s+)")
_ACCESSED = lazy_pattern(r"[,.]?\s*(?:last\s+)?accessed:?\s+(?:on\s+)?(?P<date>[^,;()]{4,30}?)\.?$", re.I)
_IN_OPENS = lazy_pattern(r"In:?\s")
_WEB = lazy_pattern(r"^[^:,]{1,150},\s*(?:https?://|www\.)")
# the year in brackets, perhaps after its month (a report's ``(April 2018)``)
_YEAR_END = lazy_pattern(rf"\(\s*(?:(?P<month>[^\W\d_]{{3,9}}\.?)\s+)?(?P<year>{YEAR})[a-z]?\s*\)[\s.,]*$")
# a book's title sentence ends with its volume and edition: "Title, vol. 1, 3rd edn."
# splncs04's book in a series: "Title, Graduate Texts in Mathematics, vol. 52." — the series before the volume,
# in title case and named as series are
_SERIES_TAIL = lazy_pattern(
    r"(?<=\S),\s+(?P<series>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|in|of|on|and|for|the|&)){1,7})$"
)
_SERIES_WORD = lazy_pattern(
    r"\b(?:Lecture Notes|Texts|Studies|Series|Monographs|Tracts|Library|Surveys|Structures|Foundations|Progress in|"
    r"Advances in|Handbooks)\b"
)
_TITLE_TAIL = lazy_pattern(r",\s*vol\.\s*(?P<vol>\w+)\.?$|,\s*(?P<ed>\d+(?:st|nd|rd|th)\s+edn?|[A-Z]\w+\s+edn?)\.?$")


def _title(sentence: str) -> tuple[str | None, dict[str, str]]:
    fields: dict[str, str] = {}
    s = sentence.rstrip()
    while (m := _TITLE_TAIL.search(s)) is not None:
        if m.group("vol"):
            fields["volume"] = m.group("vol")
        elif (ed := edition_value(m.group("ed"))) is not None:
            fields["edition"] = ed
        s = s[: m.start()]
    series = _SERIES_TAIL.search(s) if "volume" in fields else None
    if series is not None and _SERIES_WORD.search(series.group("series")):
        fields["collection-title"] = series.group("series")
        s = s[: series.start()]
    return title_value(s), fields


def parse_lncs(text: str) -> Item | None:
    """Parse one LNCS reference; None when it is not one."""
    s = _LABEL.sub("", clean_space(text), count=1)
    colon = s.find(": ")
    names = initialled_names(s[:colon], inverted=True) if colon > 0 else None
    if names is None and _WEB.match(s) is None:
        return None
    rest = s if names is None else s[colon + 2 :]
    if _IN_OPENS.match(rest):  # "Salam, A.: In: Svartholm, N. (ed.) Book": no title, which LNCS always gives
        return None
    accessed = None
    m = _ACCESSED.search(rest)
    if m:
        accessed = access_date(m.group("date"))
        rest = rest[: m.start()]
    rest, ident = extract_identifiers(rest)
    year = _YEAR_END.search(rest)
    if year and year.group("month") and month_number(year.group("month")) is None:
        return None
    if year:
        rest = rest[: year.start()].rstrip(" ,")
    elif not (accessed and ident.get("URL")):
        return None
    end = sentence_end(rest)
    head, tail = (rest, "") if end < 0 else (rest[:end], rest[end:].strip())
    title, title_fields = _title(head)
    src = parse_source(tail, bool(ident.get("URL")))
    # text left over means the reference is in another style (and a reading of it, never taken,
    # would only count as a disagreement for needs-review)
    if src is None or src.leftover:
        return None
    out: Item = {"type": src.type}
    if names:
        out[names[0]] = names[1]
    if title:
        out["title"] = title
    for key, value in (*title_fields.items(), *src.fields.items()):
        out.setdefault(key, value)
    if year:
        month = month_number(year.group("month") or "")
        out["issued"] = {"date-parts": [[int(year.group("year")), *([month] if month else [])]]}
    if accessed:
        out["accessed"] = accessed
    out.update({k: v for k, v in ident.items() if k not in out})
    biblio_data(out)["source"] = text
    return finish_record(out, [])
