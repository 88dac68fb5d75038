"""The RIS mapping: one table each for types, fields and names, read and written alike.

A row applies to a set of CSL types (``None``: every type). The writer puts a
CSL variable under the first row that applies to the item's type; the reader
takes a tag through the first row that applies to the type the record's
``TY`` gave. The rows follow what Zotero's RIS translator reads for each of
its item types (``T2`` is a conference paper's conference name and ``C3`` its
proceedings title; ``SN`` a report's number; ``T2`` a book's or report's
series), so one table serves Zotero, other reference managers and biblio.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.entities import html5

# CSL type -> RIS type written; the first CSL type listed for a RIS type is what reading gives.
TYPES: tuple[tuple[str, str], ...] = (
    ("article-journal", "JOUR"),
    ("article-magazine", "MGZN"),
    ("article-newspaper", "NEWS"),
    ("book", "BOOK"),
    ("chapter", "CHAP"),
    ("paper-conference", "CONF"),
    ("report", "RPRT"),
    ("thesis", "THES"),
    ("webpage", "ELEC"),
    ("post-weblog", "BLOG"),
    ("dataset", "DATA"),
    ("software", "COMP"),
    ("motion_picture", "MPCT"),
    ("map", "MAP"),
    ("patent", "PAT"),
    ("legal_case", "CASE"),
    ("legislation", "STAT"),
    ("bill", "BILL"),
    ("hearing", "HEAR"),
    ("manuscript", "MANSCPT"),
    ("personal_communication", "PCOMM"),
    ("entry-encyclopedia", "ENCYC"),
    ("entry-dictionary", "DICT"),
    ("graphic", "ART"),
    ("song", "SOUND"),
    ("speech", "SLIDE"),
    ("standard", "STAND"),
    ("pamphlet", "PAMP"),
    ("document", "GEN"),
)
# What Zotero's RIS importer makes of each RIS type (Zotero item types); GEN is a journal article there.
ZOTERO_READS: dict[str, str] = {
    "JOUR": "journalArticle", "MGZN": "magazineArticle", "NEWS": "newspaperArticle", "BOOK": "book",
    "CHAP": "bookSection", "CONF": "conferencePaper", "RPRT": "report", "THES": "thesis", "ELEC": "webpage",
    "BLOG": "blogPost", "DATA": "dataset", "COMP": "computerProgram", "MPCT": "film", "VIDEO": "videoRecording",
    "MAP": "map", "PAT": "patent", "CASE": "case", "STAT": "statute", "BILL": "bill", "HEAR": "hearing",
    "MANSCPT": "manuscript", "PCOMM": "letter", "ENCYC": "encyclopediaArticle", "DICT": "dictionaryEntry",
    "ART": "artwork", "SOUND": "audioRecording", "SLIDE": "presentation",
}
# RIS types other programs write, read only.
READ_TYPES: dict[str, str] = {
    "CPAPER": "paper-conference",
    "VIDEO": "motion_picture",
    "ADVS": "motion_picture",
    "WEB": "webpage",
    "EJOUR": "article-journal",
    "ABST": "article-journal",
    "JFULL": "article-journal",
    "INPR": "article-journal",
    "EBOOK": "book",
    "EDBOOK": "book",
    "CLSWK": "book",
    "ECHAP": "chapter",
    "GOVDOC": "report",
    "STAND": "standard",
    "PAMP": "pamphlet",
    "UNPB": "manuscript",
    "UNPD": "manuscript",
    "MUSIC": "song",
    "DBASE": "dataset",
    "AGGR": "dataset",
    "ICOMM": "personal_communication",
    "FIGURE": "graphic",
    "CHART": "graphic",
}
DEFAULT_RIS_TYPE = "GEN"
# Zotero types whose RIS type makes AU another creator (the director) although the type has
# authors: ``--for zotero`` writes such an item with authors as GEN with a ``type:`` line instead.
ZOTERO_AU_ELSEWHERE = frozenset({"videoRecording", "radioBroadcast"})
DEFAULT_CSL_TYPE = "document"
# A CSL type written as a RIS type that reads back as another gets a ``type:`` line in M2.
EXTRA_TAG = "M2"

_ARTICLES = frozenset({"article-journal", "article-magazine", "article-newspaper"})
_SERIES_IN_T2 = frozenset({"book", "report", "software", "map"})  # T2 is their series


@dataclass(frozen=True)
class Row:
    csl: str
    tag: str
    types: frozenset[str] | None = None

    def applies(self, csl_type: str) -> bool:
        return self.types is None or csl_type in self.types


def _only(*types: str) -> frozenset[str]:
    return frozenset(types)


_ALL_TYPES = frozenset(t for t, _ in TYPES) | frozenset(READ_TYPES.values()) | frozenset(
    {"article", "broadcast", "interview", "post", "review", "review-book", "classic", "collection", "event",
     "figure", "musical_score", "performance", "periodical", "regulation", "treaty", "entry"})


def _except(*types: str) -> frozenset[str]:
    return _ALL_TYPES - frozenset(types)


FIELDS: tuple[Row, ...] = (
    Row("title", "TI"),
    Row("title", "T1"),
    Row("container-title", "C3", _only("paper-conference")),
    Row("container-title", "A2", _only("legal_case")),  # a case's reporter (Zotero and the RIS spec)
    Row("container-title", "T2", _except("paper-conference", "speech", *_SERIES_IN_T2)),
    Row("container-title", "JF", _ARTICLES),
    Row("container-title", "BT", _only("chapter")),
    Row("event-title", "T2", _only("paper-conference", "speech")),
    Row("collection-title", "T2", _SERIES_IN_T2),
    Row("collection-title", "T3"),
    Row("volume", "VL"),
    Row("issue", "IS"),
    Row("number", "SN", _only("report", "patent")),
    Row("number", "M1", _except("book", "chapter")),
    Row("collection-number", "SV", _only("chapter")),
    Row("collection-number", "M1", _only("book")),
    Row("version", "ET", _only("software", "dataset")),
    Row("edition", "ET", _except("software", "dataset")),
    Row("publisher", "PB"),
    Row("publisher-place", "C1", _only("paper-conference")),
    Row("publisher-place", "CY"),
    Row("DOI", "DO"),
    Row("URL", "UR"),
    Row("ISSN", "SN", _ARTICLES),
    Row("ISBN", "SN", _except("report", "patent", *_ARTICLES)),
    Row("abstract", "AB"),
    Row("abstract", "N2"),
    Row("note", "N1"),
    Row("genre", "M3", _except("software", "dataset", "motion_picture", "broadcast")),
    Row("genre", "C4", _only("motion_picture")),
    Row("language", "LA"),
    Row("archive", "DB"),
    Row("archive_location", "AN"),
    Row("call-number", "CN"),
    Row("source", "DP"),
    Row("container-title-short", "J2"),
    Row("container-title-short", "JA"),
    Row("title-short", "ST"),
    Row("number-of-volumes", "NV"),
    Row("section", "SE"),
    Row("scale", "C1", _only("map")),
)

NAMES: tuple[Row, ...] = (
    Row("author", "AU"),
    Row("author", "A1"),
    Row("editor", "A3", _only("book")),
    Row("editor", "ED", _only("report", "thesis", "manuscript", "map", "dataset")),
    Row("editor", "A2", _except("legal_case")),
    Row("editor", "ED"),
    Row("collection-editor", "A2", _only("book", "report")),
    Row("collection-editor", "A3"),
    Row("interviewer", "A2", _only("interview")),
    Row("producer", "A3", _only("motion_picture", "broadcast")),
    Row("translator", "A4"),
    Row("container-author", "C2", _only("chapter")),
)

ISSUED_TAGS = ("DA", "PY", "Y1")
ACCESSED_TAGS = ("Y2",)
KEYWORD_TAG = "KW"
ID_TAG = "ID"

CSL_TO_RIS_TYPE = dict(TYPES)
RIS_TO_CSL_TYPE: dict[str, str] = {**READ_TYPES}
for _csl, _ris in TYPES:
    RIS_TO_CSL_TYPE.setdefault(_ris, _csl)


def ris_type(csl_type: str) -> str:
    return CSL_TO_RIS_TYPE.get(csl_type, DEFAULT_RIS_TYPE)


def csl_type(ris: str) -> str:
    return RIS_TO_CSL_TYPE.get(ris.strip().upper(), DEFAULT_CSL_TYPE)


def write_row(rows: tuple[Row, ...], variable: str, item_type: str) -> Row | None:
    return next((r for r in rows if r.csl == variable and r.applies(item_type)), None)


def read_row(rows: tuple[Row, ...], tag: str, item_type: str) -> Row | None:
    return next((r for r in rows if r.tag == tag and r.applies(item_type)), None)

# Zotero's RIS import reads every tag but these as HTML (its unescapeHTML): ``--for zotero`` writes
# &, < and > there as entities, so that a title's markup (<i>…</i>) arrives as markup, not as text.
# biblio's reader decodes an entity in those tags (as Zotero does); for other programs the writer
# escapes only an & that would read as an entity.
HTML_FREE_TAGS = frozenset({"N1", "RN", "AB"})
ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]+\d*);")
# HTML also reads the oldest entities without their semicolon, and so does Zotero: a URL's
# ``&note=`` or ``&section=`` arrived as ``¬e=`` and ``§ion=``. The writer escapes such an & too.
_LEGACY = sorted((name for name in html5 if not name.endswith(";")), key=len, reverse=True)
READ_AS_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]+\d*;|" + "|".join(_LEGACY) + ")")
