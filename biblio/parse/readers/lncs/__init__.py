"""Springer LNCS reference parsing (``Family, I., Family, I.: Title. Source (Year)``): the names
(authors.py), the source after the title (source.py), orchestrated by parser.py.

``read(text)`` is the structured-reader interface (readers/base.py): the record with a confidence,
or None when the text is not in LNCS's shape (style.py's precheck, cheap for every reference).
"""

from __future__ import annotations

from biblio.parse.readers.base import Reading, Style
from biblio.parse.readers.lncs.parser import parse_lncs
from biblio.parse.readers.lncs.style import lncs_shaped, reading_doubts

__all__ = ["NAME", "lncs_shaped", "parse_lncs", "read"]

NAME = "lncs"
# LNCS's forms are exact where they apply: a reading without flags is trusted this much; a record
# that still holds what LNCS separates was not read as LNCS, and the chooser does not take it.
STYLE = Style(NAME, lncs_shaped, parse_lncs, reading_doubts, base=0.97)


def read(text: str) -> Reading | None:
    """The LNCS reading of ``text``, or None for "not my style"."""
    return STYLE.read(text)
