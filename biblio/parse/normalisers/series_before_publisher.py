"""A report's numbered series read as a journal with its volume, whichever reading won: Chicago's author-date
``“Title.” *Circular Técnica 80*. Embrapa Trigo.``, ``“Title.” *Boletim de Pesquisa e Desenvolvimento 116*.
Embrapa Trigo.``

Fields touched: ``container-title``, ``volume``, ``collection-title``, ``number``, ``type``.

An agency's or a research station's reports are numbered in its series, set as a sentence of their own (italic
in Chicago's form) and followed by the body that issues them. A periodical's volume is followed by its pages or
issue, never by a publisher: a series name and a number with the publisher's name straight after them, and no
pages, name the report's series and its number, where the report's title is quoted as a part's is.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.paper_series import is_year
from biblio.parse.text import after_each
from biblio.records.model import source_text

FIELDS = ("container-title", "volume", "collection-title", "number", "type")

# "Circular Técnica 80": the series' words, then its number
_NAME_NUMBER = lazy_pattern(r"^(?P<series>.*[^\W\d_].*?)\s+(?P<number>\d{1,4})$")
_QUOTED_TITLE = lazy_pattern(r"[“\"][^”\"]{3,}[”\"]")
# what a journal has and a series has not
_JOURNAL_SIGNS = ("page", "issue", "collection-title", "number")


_SERIES_GAP = lazy_pattern(r"[*_]?\s+")
_SENTENCE_GAP = lazy_pattern(r"[*_]?\s*\.\s+[*_]?")


def _closes_before_publisher(source: str, series: str, number: str, publisher: str) -> bool:
    r"""``re.search(rf"{re.escape(series)}[*_]?\s+{number}[*_]?\s*\.\s+[*_]?{re.escape(publisher)}", source)``
    (the number's digits), with no pattern compiled for each series."""
    if publisher[:1] in ("*", "_") or publisher[:1].isspace():  # (where the gap before it could end in two places)
        pattern = rf"{re.escape(series)}[*_]?\s+{number}[*_]?\s*\.\s+[*_]?{re.escape(publisher)}"
        return re.search(pattern, source) is not None
    for gap in after_each(source, series, _SERIES_GAP):
        if source.startswith(number, gap.end()):
            stop = _SENTENCE_GAP.match(source, gap.end() + len(number))
            if stop is not None and source.startswith(publisher, stop.end()):
                return True
    return False


def series_before_publisher(item: dict[str, Any]) -> None:
    """(In place.)"""
    container, publisher = item.get("container-title"), item.get("publisher")
    if not isinstance(container, str) or not isinstance(publisher, str) or any(v in item for v in _JOURNAL_SIGNS):
        return
    volume = item.get("volume")
    if volume is None:
        if (m := _NAME_NUMBER.match(container)) is None:
            return
        series, number = m["series"], m["number"]
    elif str(volume).isdigit():
        series, number = container, str(volume)
    else:
        return
    if is_year(number):
        return
    # the series and its number close a sentence, and the publisher's name opens the next one; the report's
    # title is quoted, as a part is (a book's title in a monograph series is not)
    source = source_text(item)
    if not _QUOTED_TITLE.search(source) or not _closes_before_publisher(source, series, number, publisher):
        return
    item.pop("volume", None)
    del item["container-title"]
    item["collection-title"], item["number"] = series, number
    item["type"] = "report"
