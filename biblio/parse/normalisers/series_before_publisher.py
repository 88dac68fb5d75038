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
from biblio.records.model import source_text

FIELDS = ("container-title", "volume", "collection-title", "number", "type")

# "Circular Técnica 80": the series' words, then its number
_NAME_NUMBER = lazy_pattern(r"^(?P<series>.*[^\W\d_].*?)\s+(?P<number>\d{1,4})$")
_QUOTED_TITLE = lazy_pattern(r"[“\"][^”\"]{3,}[”\"]")
# what a journal has and a series has not
_JOURNAL_SIGNS = ("page", "issue", "collection-title", "number")


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
    closing = rf"{re.escape(series)}[*_]?\s+{number}[*_]?\s*\.\s+[*_]?{re.escape(publisher)}"
    if not _QUOTED_TITLE.search(source) or re.search(closing, source) is None:
        return
    item.pop("volume", None)
    del item["container-title"]
    item["collection-title"], item["number"] = series, number
    item["type"] = "report"
