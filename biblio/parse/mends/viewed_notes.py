"""Mend of the Australian Harvard (AGPS) access note: ``Storey, KB 2004, *Title*, John Wiley & Sons, Hoboken,
NJ, viewed 4 April 2009, NetLibrary database.`` or ``…, 31 March, viewed 2 April 2009, <http://…>.`` The
style's ``viewed`` and its day-month-year date is the access date; read into the place, a container or a
page (``viewed27``), it spoils them, and the date falls to the issued date or a note. A database named after
the note is where the work was read, as ``Retrieved from`` a database is: no field of the work."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_VIEWED = lazy_pattern(
    rf"(?:(?<=[\s,;(])|^)viewed\s+(?:on\s+)?(?P<date>\d{{1,2}}\s+{ENGLISH_MONTH}\s+(?:1[5-9]\d\d|20\d\d))(?!\d)"
)
_DATABASE = lazy_pattern(r"\bdatabases?\b", re.I)
_NAMING = frozenset(["title", "container-title", "journal", "publisher", "location", "note"])


@needs(marks=["viewed "])
def viewed_date_is_accessed(spans: list[Span], text: str) -> list[Span]:
    """``…, Hoboken, NJ, viewed 4 April 2009, NetLibrary database.`` with ``viewed`` read into the place and
    the date into a note: the note's date is the access date, the database after it no field."""
    m = _VIEWED.search(text)
    if m is None:
        return spans
    a, z = m.start("date"), m.end("date")
    if all(s.label == "accessed" or s.end <= m.start() or s.start >= z for s in spans) and any(
        s.label == "accessed" and s.start <= a and s.end >= z for s in spans
    ):
        return spans  # read so already
    inside = [s.confidence for s in spans if s.start < z and s.end > m.start()]
    accessed = Span("accessed", text[a:z], a, z, min(inside, default=1.0))
    out = replaced(spans, text, m.start(), z, [accessed])
    return [
        Span("note", s.text, s.start, s.end, s.confidence)
        if s.start >= z and s.label in _NAMING and _DATABASE.search(s.text)
        else s
        for s in out
    ]
