"""The library database a reference closes on, as the Australian Government Style Manual (RMIT Harvard, the AGPS
guides) writes it: ``…, 24(2):218-234, Taylor & Francis Online database.``, ``… [PhD dissertation], University of
Stirling, accessed 13 December 2021, ProQuest Dissertations & Theses Global database.``

The database a copy was read in is where the reader found it, neither its publisher nor its container; read into
the publisher or the container (with the access date before it), it is taken out to the note (the date to
``accessed``), and what stays before it keeps its field. A report's number left before it (``report no.
J5911``) is the report's ``number``.

Fields touched: ``publisher``, ``container-title``, ``number``, ``accessed``, ``note``.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import loose_date
from biblio.parse.normalisers.hosts import add_note
from biblio.records.model import source_text

FIELDS = ("publisher", "container-title", "number", "accessed", "note")

# ", accessed 13 December 2021, ProQuest … database" closing a value (or the whole value)
_DATABASE_TAIL = lazy_pattern(
    r"(?:^|,\s*)(?:accessed\s+(?P<accessed>[^,]{4,30}),\s*)?(?P<database>[^,]{2,80}?\s+database)\.?$", re.I
)
_DATABASE_CLOSING = lazy_pattern(r"\sdatabase\.?$", re.I)
_REPORT_NUMBER = lazy_pattern(r"^report\s+no\.?\s*(?P<number>\S+)$", re.I)


def database_closing_apart(item: dict[str, Any]) -> None:
    """(In place.) ``…, IBISWorld database.`` read into the publisher or the container: out of it."""
    source = source_text(item).rstrip()
    # (the closing word's letters first: a case-blind search of the whole text costs more than the rest)
    if "atab" not in source[-10:].lower() or not _DATABASE_CLOSING.search(source):
        return
    for var in ("publisher", "container-title"):
        value = item.get(var)
        if not isinstance(value, str) or not (m := _DATABASE_TAIL.search(value)):
            continue
        rest = value[: m.start()].strip(" ,")
        # nothing the text gives is lost: the day it was read and the database go to their own places
        if m.group("accessed") and "accessed" not in item and (day := loose_date(m.group("accessed"))):
            item["accessed"] = day
        add_note(item, m.group("database"))
        if not rest:
            del item[var]
        elif (n := _REPORT_NUMBER.match(rest)) is not None:
            del item[var]
            item.setdefault("number", n.group("number"))
        else:
            item[var] = rest
        return
