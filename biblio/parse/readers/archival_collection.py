"""Bibliography entries for a manuscript collection as a whole, in Chicago's and Turabian's form: the collection's
name (a family's or person's ``Papers``, ``fonds``, ``Collection``, ``Records``), perhaps after the title of the
one item cited and before the repository's call number, then the repository that holds it::

    Clara H. Abey fonds. William Ready Division of Archives and Research Collections, McMaster University Library.
    Pillsbury Family Papers. RHMS 802. Kenneth Spencer Research Library, University of Kansas, Lawrence, KS.
    Androscoggin River Studies. Walter A. Lawrance Papers. Edmund S. Muskie Archives and Special Collections …

``read(text)`` is the structured-reader interface (readers/base.py). The entry names no author and no date; the
sequence model reads the collection's first words as a person and the rest as a title and a publisher, so the
reader is taken before it (``EXCLUSIVE`` in ``biblio.parse.readers``). The whole text must have that shape: one
or two sentences with no comma and no digit before the collection's word, an optional code, and a repository
named by its archive's or library's word with no date in it.

Fields touched: ``type``, ``title``, ``collection-title``, ``number``, ``archive``.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.base import Reading, marked_reading
from biblio.records.model import Item

__all__ = ["NAME", "read"]

NAME = "archival-collection"
BASE_CONFIDENCE = 0.85

_COLLECTION_WORD = r"(?:fonds|Papers|Collection|Records|Diaries|Letters)"
_ENTRY = lazy_pattern(
    r"(?:(?P<title>[A-Z][^.,;:\d]{2,120})(?<!\s[A-Z])\.\s+)?"  # (not a name's initial: "Clara H. Abey fonds")
    # (a body's records may hold a short linking word: "Head of School Records", "Buildings and Grounds Records")
    rf"(?P<coll>(?:[A-Z][\w'\u2019&-]*\.?\s+(?:(?:of|and|for|the)\s+){{0,2}}){{1,8}}{_COLLECTION_WORD})\.\s+"
    r"(?:(?P<code>[A-Z]{2,8}(?:[\s-][A-Z]{1,8})?[\s-]?\d[\w./-]*)\.\s+)?"
    r"(?P<repo>[A-Z][^\d]*?\b(?:Archives?|Library|Special Collections|Research Collections|Historical Society"
    r"|Record Office)\b[^\d]*?)\.?"
)


def read(text: str) -> Reading | None:
    """The reading of ``[Item.] Collection Papers. [Code.] Repository, Institution.``, or None."""
    if not any(word in text for word in ("fonds", "Papers", "Collection", "Records", "Diaries", "Letters")):
        return None
    m = _ENTRY.fullmatch(text.strip())
    if m is None:
        return None
    item: Item = {"type": "manuscript"}
    collection = m.group("coll").strip()
    if m.group("title"):
        item["title"] = m.group("title").strip()
        item["collection-title"] = collection
    else:
        item["title"] = collection  # the collection cited whole is the work
    if m.group("code"):
        item["number"] = m.group("code")
    item["archive"] = m.group("repo").strip(" .")
    return marked_reading(item, NAME, BASE_CONFIDENCE)
