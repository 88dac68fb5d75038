"""The one table between CSL-JSON and the two .bib dialects.

Both the writer and the reader walk these rows, so they cannot drift apart:
the writer takes the first row that applies to (CSL variable, CSL type), the
reader the first row that applies to (.bib field, CSL type). A dialect column
of ``None`` means "no home in that dialect": the writer moves the value into
``note`` so that nothing is lost (Zotero keeps ``note`` as a child note).

Entry types are written ``entrytype`` or ``entrytype/subtype``; the subtype
goes into ``entrysubtype`` (biblatex's own field, ignored by classic BibTeX
styles) so that CSL types sharing one entry type survive a round trip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from biblio.records.model import Item

Dialect = Literal["bibtex", "biblatex"]
DIALECTS: tuple[Dialect, ...] = ("bibtex", "biblatex")
# How a value is encoded: "title" text is case-protected, "verbatim" is written raw.
Kind = Literal["text", "title", "verbatim", "pages", "names", "number"]

ARTICLES = frozenset({"article-journal", "article-magazine", "article-newspaper"})
WEB = frozenset({"webpage", "post-weblog", "post"})
IN_BOOK = frozenset({"chapter", "paper-conference", "entry-encyclopedia", "entry-dictionary"})
BOOKISH = frozenset({"book"}) | IN_BOOK
# Types whose genre is a "type" field; for others plainnat misreads `type` (e.g. as the word "chapter").
GENRE_TYPES = (
    frozenset({"report", "thesis", "dataset", "software", "document", "manuscript", "patent", "speech", "article"})
    | WEB
)


@dataclass(frozen=True)
class TypeRule:
    csl: str
    bibtex: str
    biblatex: str
    when: str | None = None  # a key of CONDITIONS; the first rule that holds wins

    def entry(self, dialect: Dialect) -> tuple[str, str | None]:
        spec = self.bibtex if dialect == "bibtex" else self.biblatex
        entrytype, _, subtype = spec.partition("/")
        return entrytype, subtype or None


def _has_editor(item: Item) -> bool:
    return bool(item.get("editor"))


def _masters(item: Item) -> bool:
    genre = str(item.get("genre") or "").lower()
    return "master" in genre or genre.replace(".", "").startswith(("ma ", "msc", "ms "))


def _has_publisher(item: Item) -> bool:
    return bool(item.get("publisher"))


CONDITIONS: dict[str, Callable[[Item], bool]] = {
    "has_editor": _has_editor,
    "masters": _masters,
    "has_publisher": _has_publisher,
}

TYPES: tuple[TypeRule, ...] = (
    TypeRule("article-journal", "article", "article"),
    # Zotero reads every BibTeX article as a journal article; entrysubtype keeps the type for biblio.
    TypeRule("article-newspaper", "article/newspaper", "article/newspaper"),
    TypeRule("article-magazine", "article/magazine", "article/magazine"),
    TypeRule("book", "book", "book"),
    TypeRule("chapter", "incollection", "incollection", when="has_editor"),
    # biblatex's @incollection requires an editor; @inbook does not.
    TypeRule("chapter", "incollection", "inbook"),
    TypeRule("paper-conference", "inproceedings", "inproceedings"),
    # @techreport and @report require an institution: without one, a report is a @misc.
    TypeRule("report", "techreport", "report", when="has_publisher"),
    TypeRule("report", "misc/report", "misc/report"),
    TypeRule("thesis", "mastersthesis", "thesis", when="masters"),
    TypeRule("thesis", "phdthesis", "thesis"),
    # Classic BibTeX warns on @online; Zotero reads @online as a web page and @misc as a document.
    TypeRule("webpage", "misc/webpage", "online"),
    TypeRule("post-weblog", "misc/post-weblog", "online/post-weblog"),
    TypeRule("post", "misc/post", "online/post"),
    # Zotero's BibTeX import drops a @dataset (no item at all); biblatex's own fallback for a type a style
    # lacks is @misc, which prints a dataset's fields alike (its publisher as organization, MISC_REMAP).
    TypeRule("dataset", "misc/dataset", "misc/dataset"),
    TypeRule("software", "misc/software", "software"),
    TypeRule("manuscript", "unpublished", "unpublished"),
    TypeRule("patent", "misc/patent", "patent"),
    TypeRule("entry-encyclopedia", "incollection/entry-encyclopedia", "inreference"),
    TypeRule("entry-dictionary", "incollection/entry-dictionary", "inreference/entry-dictionary"),
    TypeRule("document", "misc", "misc"),
)
# --for zotero: the entry type Zotero's BibTeX translator reads as each Zotero item type (both dialects).
# Zotero has no .bib type for datasets, magazines, newspapers or posts: the nearest one it reads.
ZOTERO_ENTRY: dict[str, str] = {
    "journalArticle": "article", "magazineArticle": "article/magazine", "newspaperArticle": "article/newspaper",
    "book": "book", "bookSection": "incollection", "conferencePaper": "inproceedings", "report": "report",
    "thesis": "thesis", "webpage": "online", "blogPost": "online/post-weblog", "forumPost": "online/post",
    "computerProgram": "software", "manuscript": "unpublished", "patent": "patent",
    "encyclopediaArticle": "inreference", "dictionaryEntry": "inreference/entry-dictionary",
    "film": "movie", "videoRecording": "video", "audioRecording": "audio", "letter": "letter",
    "artwork": "artwork", "case": "jurisdiction", "preprint": "misc/article", "dataset": "misc/dataset",
}
# The Zotero item type Zotero's BibTeX translator creates for each entry type (its bibtex2zoteroTypeMap).
# An entry whose Zotero type differs gets a ``type:`` line in Zotero's Extra (see writer.zotero_entry_text).
ZOTERO_READS: dict[str, str] = {
    "article": "journalArticle", "book": "book", "incollection": "bookSection", "inproceedings": "conferencePaper",
    "report": "report", "thesis": "thesis", "online": "webpage", "software": "computerProgram",
    "unpublished": "manuscript", "patent": "patent", "inreference": "encyclopediaArticle", "movie": "film",
    "video": "videoRecording", "audio": "audioRecording", "letter": "letter", "artwork": "artwork",
    "jurisdiction": "case", "legislation": "bill", "misc": "document",
}
# --for zotero: variables written as Extra lines (a conference's place: Zotero makes the line
# "event-place: ..." of a conference paper's `location`, which biblio would read as the publisher's place).
ZOTERO_EXTRA = frozenset({"event-place"})
# --for zotero: the CSL variable Zotero's BibTeX translator reads from `number`, by the Zotero type it reads.
ZOTERO_NUMBER: dict[str, str] = {
    "report": "number", "patent": "number", "book": "collection-number", "bookSection": "collection-number",
}
# --for zotero: the @string macro that breaks the lines of Zotero's Extra in ``howpublished`` (writer).
EXTRA_BREAK = "biblio-extra-break"
# --for zotero: the @string macro of the no-break space that ends an Extra line's label (zotero.LABEL_END).
EXTRA_SPACE = "biblio-extra-space"
# --for zotero: CSL variable -> the field Zotero's BibTeX translator reads into the matching Zotero field.
ZOTERO_FIELDS: dict[str, str] = {
    "container-title": "journaltitle", "event-title": "eventtitle",
    "publisher-place": "address", "collection-title": "series", "genre": "type", "version": "version",
    "number-of-pages": "pagetotal", "chapter-number": "chapter", "container-title-short": "shortjournal",
    "collection-number": "number", "issue": "number", "number": "number",
}

# Entry types other programs write, read only.
READ_ALIASES: dict[str, str] = {
    "conference": "paper-conference",
    "proceedings": "book",
    "mvproceedings": "book",
    "collection": "book",
    "mvbook": "book",
    "mvcollection": "book",
    "bookinbook": "chapter",
    "suppbook": "chapter",
    "suppcollection": "chapter",
    "booklet": "pamphlet",
    "manual": "book",
    "electronic": "webpage",
    "www": "webpage",
    "webpage": "webpage",
    "reference": "book",
    "periodical": "periodical",
    "artwork": "graphic",
    "audio": "song",
    "video": "motion_picture",
    "movie": "motion_picture",
    "music": "song",
    "letter": "personal_communication",
    "standard": "standard",
    "legislation": "legislation",
    "jurisdiction": "legal_case",
}


@dataclass(frozen=True)
class FieldRule:
    csl: str
    bibtex: str | None
    biblatex: str | None
    kind: Kind = "text"
    types: frozenset[str] | None = None  # CSL types the row applies to; None: every type

    def applies(self, csl_type: str) -> bool:
        return self.types is None or csl_type in self.types

    def field(self, dialect: Dialect) -> str | None:
        return self.bibtex if dialect == "bibtex" else self.biblatex


FIELDS: tuple[FieldRule, ...] = (
    FieldRule("author", "author", "author", "names"),
    FieldRule("editor", "editor", "editor", "names"),
    FieldRule("translator", "translator", "translator", "names"),
    FieldRule("container-author", None, "bookauthor", "names", IN_BOOK),
    FieldRule("title", "title", "title", "title"),
    FieldRule("title-short", "shorttitle", "shorttitle", "title"),
    FieldRule("container-title", "journal", "journaltitle", "text", ARTICLES),
    FieldRule("container-title", "booktitle", "booktitle", "title", IN_BOOK),
    # Web site name: printed by plainnat from howpublished; biblatex's @online only allows organization.
    FieldRule("container-title", "howpublished", "organization", "text", WEB),
    FieldRule("container-title-short", None, "shortjournal", "text", ARTICLES),
    FieldRule("collection-title", "series", "series", "title"),
    FieldRule("collection-number", "number", "number", "number", BOOKISH),
    FieldRule("volume", "volume", "volume", "number"),
    FieldRule("issue", "number", "number", "number", ARTICLES),
    FieldRule("number", "number", "number", "number", frozenset(GENRE_TYPES)),
    FieldRule("page", "pages", "pages", "pages"),
    FieldRule("number-of-pages", None, "pagetotal", "number"),
    FieldRule("chapter-number", "chapter", "chapter", "number"),
    FieldRule("edition", "edition", "edition", "number"),
    FieldRule("publisher", "institution", "institution", "text", frozenset({"report"})),
    FieldRule("publisher", "school", "institution", "text", frozenset({"thesis"})),
    FieldRule("publisher", "organization", None, "text", WEB),  # Zotero: organization -> publisher
    FieldRule("publisher", "publisher", "publisher"),
    # biber reads `address` as `location` (its default source map) and prints it alike; Zotero reads
    # `address` as the place, but a conference paper's `location` as the event's place.
    FieldRule("publisher-place", "address", "address"),
    FieldRule("publisher-place", None, "location"),  # read only: other programs' biblatex
    FieldRule("event-title", None, "eventtitle", "title"),
    FieldRule("event-place", None, "venue"),
    FieldRule("genre", "type", "type", "text", GENRE_TYPES),
    FieldRule("version", None, "version"),
    FieldRule("URL", "url", "url", "verbatim"),
    FieldRule("DOI", "doi", "doi", "verbatim"),
    FieldRule("ISBN", "isbn", "isbn", "verbatim"),
    FieldRule("ISSN", "issn", "issn", "verbatim"),
    FieldRule("abstract", "abstract", "abstract"),
    FieldRule("keyword", "keywords", "keywords"),
    FieldRule("language", "language", "language"),
    FieldRule("note", "note", "note"),
)
# Dates are not in FIELDS: `issued` becomes year/month/day (classic) or date (biblatex),
# `accessed` becomes urldate (ISO) in both.
DATE_FIELDS = frozenset({"year", "month", "day", "date", "urldate", "entrysubtype"})

# Fields classic BibTeX styles and Zotero know; anything else goes to note in the classic dialect.
BIBTEX_FIELDS = frozenset(
    [
        "author",
        "editor",
        "translator",
        "title",
        "shorttitle",
        "journal",
        "booktitle",
        "howpublished",
        "series",
        "number",
        "volume",
        "pages",
        "chapter",
        "edition",
        "institution",
        "school",
        "organization",
        "publisher",
        "address",
        "type",
        "url",
        "doi",
        "isbn",
        "issn",
        "abstract",
        "keywords",
        "language",
        "note",
    ]
)
# biblatex's datamodel (blx-dm.def): fields valid for every entry type, then per type
# (only the fields this table writes; `address` is biber's alias of `location`). biber --validate-datamodel
# warns on any other.
_BIBLATEX_ALL = frozenset(["abstract", "doi", "url", "keywords", "shorttitle", "shortjournal"])
_IN = "author editor translator bookauthor title booktitle series number volume pages chapter edition "
_IN += "publisher address isbn language note"
_BIBLATEX_BY_TYPE: dict[str, str] = {
    "article": "author editor translator title journaltitle series number volume pages issn language note",
    "book": "author editor translator title series number volume pages pagetotal chapter edition "
    "publisher address isbn language note",
    "inbook": _IN,
    "incollection": _IN,
    "inreference": _IN,
    "inproceedings": "author editor title booktitle series number volume pages chapter publisher "
    "address isbn language note eventtitle venue organization",
    "report": "author title number pages pagetotal chapter institution address type language note version",
    "thesis": "author title pages pagetotal chapter institution address type language note",
    "online": "author editor title organization language note version",
    "misc": "author editor title howpublished organization address type language note version",
    "dataset": "author editor title edition series number organization publisher address type "
    "language note version",
    "software": "author editor title howpublished organization address type language note version",
    "unpublished": "author title howpublished address type language note eventtitle venue",
    "patent": "author title number address type note version",
}
BIBLATEX_FIELDS: dict[str, frozenset[str]] = {
    entrytype: _BIBLATEX_ALL | frozenset(fields.split()) for entrytype, fields in _BIBLATEX_BY_TYPE.items()
}


# Fields plainnat requires (it warns without them; "a|b": either): an entry lacking one is written
# as @misc, which requires none, so that the bibliography compiles without a warning.
BIBTEX_REQUIRED: dict[str, tuple[str, ...]] = {
    "article": ("author", "journal"),
    "book": ("author|editor", "publisher"),
    "incollection": ("author", "booktitle", "publisher"),
    "inproceedings": ("author", "booktitle"),
    "techreport": ("author", "institution"),
    "phdthesis": ("author", "school"),
    "mastersthesis": ("author", "school"),
    "unpublished": ("author", "note"),
}
# What plainnat prints of a @misc; a container title goes into howpublished there.
BIBTEX_MISC_FIELDS = frozenset(
    "author title howpublished note url doi isbn issn keywords abstract language shorttitle key".split()
)
# A typed @misc's home for a field the entry type it stands for would hold, by dialect: plainnat prints
# a container in howpublished; biblatex's @misc prints organization where other types print the
# publisher, and Zotero reads organization as the publisher. The reader maps them back.
MISC_REMAP: dict[Dialect, dict[str, str]] = {
    "bibtex": {"journal": "howpublished", "booktitle": "howpublished"},
    "biblatex": {"publisher": "organization", "institution": "organization"},
}


def misc_source(dialect: Dialect, field: str) -> str | None:
    """The field a typed @misc's ``field`` stands for (MISC_REMAP read backwards, the entry's dialect first)."""
    other: Dialect = "biblatex" if dialect == "bibtex" else "bibtex"
    return next((s for side in (dialect, other) for s, home in MISC_REMAP[side].items() if home == field), None)


# Fields biber --validate-datamodel requires (biblatex's and biblatex-apa's constraints, after apa's
# type remapping: @incollection and @inreference become @inbook). An entry lacking one is a @misc.
BIBLATEX_REQUIRED: dict[str, tuple[str, ...]] = {
    "article": ("author", "journaltitle"),
    "book": ("author",),
    "inbook": ("author", "booktitle"),
    "incollection": ("author", "booktitle"),
    "inreference": ("author", "booktitle"),
    "inproceedings": ("author", "booktitle"),
    "report": ("author", "institution"),
    "thesis": ("author", "institution"),
    "online": ("url|doi",),
}


def missing_required(entrytype: str, fields: frozenset[str], dialect: Dialect = "bibtex") -> bool:
    table = BIBTEX_REQUIRED if dialect == "bibtex" else BIBLATEX_REQUIRED
    return any(not set(need.split("|")) & fields for need in table.get(entrytype, ()))


# Classic styles warn "can't use both author and editor fields" for these entry types.
BIBTEX_EXCLUSIVE: dict[tuple[str, str], str] = {("book", "editor"): "author", ("inbook", "editor"): "author"}


def allowed(dialect: Dialect, entrytype: str, field: str, present: frozenset[str] = frozenset()) -> bool:
    """Whether ``field`` may be written in this entry, given the fields already in it."""
    if dialect == "bibtex" and entrytype == "misc":
        return field in BIBTEX_MISC_FIELDS
    if dialect == "bibtex":
        rival = BIBTEX_EXCLUSIVE.get((entrytype, field))
        return field in BIBTEX_FIELDS and (rival is None or rival not in present)
    if entrytype == "inproceedings":
        # biblatex-apa reads a conference paper as @inbook when it has an editor, else as @article.
        remapped = "inbook" if "editor" in present else "article"
        return field == "booktitle" or field in BIBLATEX_FIELDS[remapped]
    return field in BIBLATEX_FIELDS.get(entrytype, BIBLATEX_FIELDS["misc"])


def type_rule(item: Item) -> TypeRule:
    csl_type = str(item.get("type") or "document")
    for rule in TYPES:
        if rule.csl == csl_type and (rule.when is None or CONDITIONS[rule.when](item)):
            return rule
    # A CSL type with no row: @misc, and entrysubtype carries the type.
    return TypeRule(csl_type, f"misc/{csl_type}", f"misc/{csl_type}")


def write_rule(csl_var: str, csl_type: str) -> FieldRule | None:
    return next((r for r in FIELDS if r.csl == csl_var and r.applies(csl_type)), None)


def read_rule(field: str, csl_type: str, dialect: Dialect) -> FieldRule | None:
    """The row a .bib field is read through: the entry's dialect first, then the other's names."""
    other: Dialect = "biblatex" if dialect == "bibtex" else "bibtex"
    for side in (dialect, other):
        for rule in FIELDS:
            if rule.applies(csl_type) and rule.field(side) == field:
                return rule
    return None


BIBLATEX_ONLY_TYPES = frozenset(
    ["online", "report", "thesis", "dataset", "software", "inreference", "patent", "mvbook", "collection"]
)


def guess_dialect(entrytype: str, fields: set[str]) -> Dialect:
    if entrytype.lower() in BIBLATEX_ONLY_TYPES or fields & {"date", "journaltitle", "location"}:
        return "biblatex"
    if not fields & {"year", "date"} and "entrysubtype" in fields:
        return "biblatex"  # biblio's undated biblatex entry (its classic one has `year = {n.d.}`)
    return "bibtex"


def csl_type_of(entrytype: str, subtype: str | None) -> str:
    entrytype = entrytype.lower()
    if subtype and subtype not in CSL_TYPES and subtype.replace("-", "_") in CSL_TYPES:
        subtype = subtype.replace("-", "_")
    for dialect in DIALECTS:
        for rule in TYPES:
            if rule.entry(dialect) == (entrytype, subtype):
                return rule.csl
    if subtype and subtype in CSL_TYPES:
        return subtype
    for dialect in DIALECTS:
        for rule in TYPES:
            if rule.entry(dialect)[0] == entrytype and rule.entry(dialect)[1] is None:
                return rule.csl
    return READ_ALIASES.get(entrytype, "document")


# CSL 1.0.2 item types.
CSL_TYPES = frozenset(
    [
        "article",
        "article-journal",
        "article-magazine",
        "article-newspaper",
        "bill",
        "book",
        "broadcast",
        "chapter",
        "classic",
        "collection",
        "dataset",
        "document",
        "entry",
        "entry-dictionary",
        "entry-encyclopedia",
        "event",
        "figure",
        "graphic",
        "hearing",
        "interview",
        "legal_case",
        "legislation",
        "manuscript",
        "map",
        "motion_picture",
        "musical_score",
        "pamphlet",
        "paper-conference",
        "patent",
        "performance",
        "periodical",
        "personal_communication",
        "post",
        "post-weblog",
        "regulation",
        "report",
        "review",
        "review-book",
        "software",
        "song",
        "speech",
        "standard",
        "thesis",
        "treaty",
        "webpage",
    ]
)

# biblatex requires `type` in @thesis and @report: these localisation keys stand in for a missing genre.
DEFAULT_GENRE: dict[tuple[Dialect, str], str] = {
    ("biblatex", "thesis"): "phdthesis",
    ("biblatex", "report"): "techreport",
}
# Reading: biblatex's localisation keys and classic entry types that imply a genre.
GENRE_KEYS: dict[str, str | None] = {
    "phdthesis": None,
    "techreport": None,
    "mathesis": "Master's thesis",
    "mastersthesis": "Master's thesis",
    "candthesis": "Candidate thesis",
    "resreport": "Research report",
    "software": None,
    "datacd": "CD-ROM",
}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
