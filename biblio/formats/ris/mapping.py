"""The RIS mapping: one table each for types, text fields, names and dates.

Both the reader and the writer are driven by these tables, so the two
directions cannot drift apart. Where a CSL value has several RIS homes,
the first listed is written and all are read.
"""

from __future__ import annotations

# CSL type ↔ RIS type; the first CSL type listed for a RIS type is what reading gives.
TYPES: tuple[tuple[str, str], ...] = (
    ("article-journal", "JOUR"),
    ("article-magazine", "MGZN"),
    ("article-newspaper", "NEWS"),
    ("book", "BOOK"),
    ("chapter", "CHAP"),
    ("paper-conference", "CPAPER"),
    ("report", "RPRT"),
    ("thesis", "THES"),
    ("webpage", "ELEC"),
    ("post-weblog", "BLOG"),
    ("post", "ELEC"),
    ("dataset", "DATA"),
    ("software", "COMP"),
    ("motion_picture", "VIDEO"),
    ("broadcast", "MPCT"),
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
    ("standard", "STAND"),
    ("pamphlet", "PAMP"),
    ("speech", "SLIDE"),
    ("interview", "GEN"),
    ("document", "GEN"),
    ("article", "GEN"),
)
DEFAULT_RIS_TYPE = "GEN"
DEFAULT_CSL_TYPE = "document"

# CSL text variable ↔ RIS tags (written with the first; all are read).
FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("TI", "T1")),
    ("container-title", ("T2", "JF", "BT", "JO")),
    ("collection-title", ("T3",)),
    ("event-title", ("C3",)),
    ("volume", ("VL",)),
    ("issue", ("IS",)),
    ("number", ("M1",)),
    ("edition", ("ET",)),
    ("publisher", ("PB",)),
    ("publisher-place", ("CY",)),
    ("DOI", ("DO",)),
    ("URL", ("UR",)),
    ("ISBN", ("SN",)),
    ("ISSN", ("SN",)),
    ("abstract", ("AB",)),
    ("note", ("N1",)),
    ("genre", ("M3",)),
    ("language", ("LA",)),
    ("medium", ("M3",)),
    ("archive", ("DB",)),
    ("call-number", ("CN",)),
    ("container-title-short", ("J2",)),
    ("title-short", ("ST",)),
)

# CSL name variable ↔ RIS tags.
NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("author", ("AU", "A1")),
    ("editor", ("ED", "A2")),
    ("collection-editor", ("A3",)),
    ("translator", ("A4",)),
)

# Dates: issued as DA (full) plus PY (year), accessed as Y2.
ISSUED_TAGS = ("DA", "PY", "Y1")
ACCESSED_TAGS = ("Y2",)
PAGE_TAGS = ("SP", "EP")
KEYWORD_TAG = "KW"
ID_TAG = "ID"

CSL_TO_RIS_TYPE = dict(TYPES)
RIS_TO_CSL_TYPE: dict[str, str] = {}
for _csl, _ris in TYPES:
    RIS_TO_CSL_TYPE.setdefault(_ris, _csl)
