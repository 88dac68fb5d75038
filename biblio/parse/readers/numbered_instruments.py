"""A government's administrative instruments cited by their kind and number, their date and their subject, as
Spanish-speaking ministries list them: ``Resolución N°1162 del 24 de agosto de 2022, Aprueba protocolo de
vigilancia …``, ``Decreto N°64, Decreta Alerta Sanitaria …``, ``Ord. B51/N°4160 del 31 de agosto 2022,
Implementación Red de diagnóstico …`` (an official letter's office code before its number), the address after
(a Markdown link on the designation, written after the reference by ``input_text``).

``read(text) -> Reading | None`` is the structured-reader interface (readers/base.py). The designation is the
``number``, the words after its comma the ``title`` (as an executive order's ``Executive Order 13681, *Title*``),
the date after ``del`` the ``issued``. The sequence model reads the kind as a name and the designation, its date
and the subject as one title, so the reader is taken before it (``EXCLUSIVE`` in ``biblio.parse.readers``).

Fields touched: ``type`` (``legislation``), ``number``, ``title``, ``issued``.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import month_number
from biblio.parse.readers.base import Reading, marked_reading
from biblio.records.model import Item

__all__ = ["NAME", "read"]

NAME = "numbered-instrument"
BASE_CONFIDENCE = 0.85

# the kind, its number's mark ("N°", "Nº", "N.º", "No."), an office's code before the mark ("B51/N°4160"), the number;
# then the date after "del"/"de" ("del 24 de agosto de 2022", "del 31 de agosto 2022"); then the subject after a comma
_FORM = lazy_pattern(
    r"^(?P<number>(?:Resoluci[óo]n(?:\s+Exenta)?|Decreto(?:\s+(?:Supremo|Exento))?|Ord\.|Ordinario|Oficio|Circular"
    r"|Dictamen)\s+(?:[A-Z]{1,3}\d{0,3}\s?/\s?)?N(?:[°º]|\.\s?[°º]|o\.)\s?\d[\d.-]*(?<![.-]))"
    r"(?:\s+del?\s+(?P<day>\d{1,2})\s+de\s+(?P<month>[a-zá-ú]+)(?:\s+de)?\s+(?P<year>(?:19|20)\d\d))?"
    r",\s+(?P<title>[A-ZÁÉÍÓÚÑ][^\[\]]{3,300}?)\.?$"
)


def read(text: str) -> Reading | None:
    """The reading of ``Kind N°123 del D de Month de YYYY, Subject.``, or None for "not my style"."""
    if "N" not in text or ", " not in text:
        return None
    m = _FORM.match(" ".join(text.split()))
    if m is None or "://" in m["title"] or "www." in m["title"]:
        return None  # (an address closing the reference: read without it, ``read_before_links``)
    item: Item = {"type": "legislation", "number": m["number"], "title": m["title"]}
    if m["year"] is not None:
        month = month_number(m["month"])
        if month is None or not 1 <= int(m["day"]) <= 31:
            return None
        item["issued"] = {"date-parts": [[int(m["year"]), month, int(m["day"])]]}
    return marked_reading(item, NAME, BASE_CONFIDENCE)
