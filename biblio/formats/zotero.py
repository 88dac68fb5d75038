"""What Zotero keeps: its item types and fields, in CSL terms, for ``--for zotero``.

Zotero stores an item in one of its own item types, each with a fixed set of
fields. These tables say, for each CSL type, which Zotero type an import
should create and which CSL variables and name roles that Zotero type can
hold (Zotero's schema v41, as its importers and its CSL export map them).
A variable the Zotero type lacks is not dropped: the format writers put it in
a ``variable: value`` line of Zotero's Extra field (CSL-JSON ``note``, RIS
``M2``), which Zotero moves into a field when the type has one and its
citation processor reads otherwise. A ``type: zoteroType`` line there makes
Zotero create the exact type when the format has no code for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from biblio.formats.variables import DATE_VARIABLES, NAME_VARIABLES
from biblio.records.model import Item

NAME_ROLES = NAME_VARIABLES

# CSL type -> Zotero item type; the first row whose condition holds wins.
_HAS_AUTHOR: Callable[[Item], bool] = lambda item: bool(item.get("author"))  # noqa: E731
_PODCAST: Callable[[Item], bool] = lambda item: any(  # noqa: E731
    "podcast" in str(item.get(k) or "").lower() for k in ("genre", "medium"))
TYPE_RULES: tuple[tuple[str, str, Callable[[Item], bool] | None], ...] = (
    ("article", "preprint", None),
    ("article-journal", "journalArticle", None),
    ("article-magazine", "magazineArticle", None),
    ("article-newspaper", "newspaperArticle", None),
    ("bill", "bill", None),
    ("book", "book", None),
    # A podcast's or a film's own author: only Zotero's radio/video types have a creator CSL calls author.
    ("broadcast", "radioBroadcast", lambda item: _PODCAST(item) or _HAS_AUTHOR(item)),
    ("broadcast", "tvBroadcast", None),
    ("chapter", "bookSection", None),
    ("dataset", "dataset", None),
    ("document", "document", None),
    ("entry-dictionary", "dictionaryEntry", None),
    ("entry-encyclopedia", "encyclopediaArticle", None),
    ("graphic", "artwork", None),
    ("hearing", "hearing", None),
    ("interview", "interview", None),
    ("legal_case", "case", None),
    ("legislation", "statute", None),
    ("manuscript", "manuscript", None),
    ("map", "map", None),
    ("motion_picture", "videoRecording", _HAS_AUTHOR),
    ("motion_picture", "film", None),
    ("paper-conference", "conferencePaper", None),
    ("patent", "patent", None),
    ("personal_communication", "letter", None),
    ("post", "forumPost", None),
    ("post-weblog", "blogPost", None),
    ("report", "report", None),
    ("software", "computerProgram", None),
    ("song", "audioRecording", None),
    ("speech", "presentation", None),
    ("standard", "standard", None),
    ("thesis", "thesis", None),
    ("webpage", "webpage", None),
    # CSL types with no Zotero type: the nearest one (the exact type stays in Extra for biblio).
    ("classic", "book", None),
    ("collection", "book", None),
    ("pamphlet", "book", None),
    ("musical_score", "book", None),
    ("periodical", "book", None),
    ("review", "journalArticle", None),
    ("review-book", "journalArticle", None),
    ("event", "presentation", None),
    ("performance", "presentation", None),
    ("figure", "artwork", None),
    ("regulation", "statute", None),
    ("treaty", "statute", None),
    ("entry", "encyclopediaArticle", None),
)

_COMMON = "title title-short abstract URL accessed issued DOI language note archive archive_location source call-number"
# CSL variables each Zotero type holds (besides the common ones), from Zotero's schema and CSL mapping.
_VARIABLES: dict[str, str] = {
    "journalArticle": "container-title publisher publisher-place volume issue section page collection-title "
    "container-title-short ISSN PMID PMCID",
    "magazineArticle": "container-title publisher publisher-place volume issue page ISSN",
    "newspaperArticle": "container-title publisher publisher-place volume issue edition section page ISSN",
    "preprint": "genre publisher number publisher-place collection-title collection-number",
    "book": "collection-title collection-number volume number-of-volumes edition publisher publisher-place "
    "original-date original-publisher original-publisher-place medium number-of-pages ISBN ISSN",
    "bookSection": "container-title collection-title collection-number volume number-of-volumes edition "
    "publisher publisher-place original-date original-publisher original-publisher-place medium page ISBN ISSN",
    "conferencePaper": "container-title event-title publisher publisher-place event-place volume issue "
    "number-of-volumes page collection-title collection-number ISBN ISSN",
    "report": "number genre publisher publisher-place collection-title collection-number page ISBN ISSN",
    "thesis": "genre publisher publisher-place collection-title collection-number number-of-pages ISBN ISSN",
    "webpage": "container-title genre publisher publisher-place",
    "blogPost": "container-title genre ISSN",
    "forumPost": "container-title genre",
    "dataset": "number genre version publisher publisher-place medium",
    "computerProgram": "collection-title version medium publisher publisher-place genre ISBN",
    "document": "genre publisher publisher-place",
    "manuscript": "genre publisher publisher-place number-of-pages number",
    "encyclopediaArticle": "container-title collection-title collection-number volume number-of-volumes "
    "edition publisher publisher-place page ISBN",
    "dictionaryEntry": "container-title collection-title collection-number volume number-of-volumes "
    "edition publisher publisher-place page ISBN",
    "interview": "medium publisher publisher-place",
    "film": "publisher publisher-place genre medium dimensions",
    "videoRecording": "medium collection-title volume number-of-volumes publisher publisher-place dimensions ISBN",
    "radioBroadcast": "container-title number medium publisher publisher-place dimensions",
    "tvBroadcast": "container-title number medium publisher publisher-place dimensions",
    "audioRecording": "medium collection-title volume number-of-volumes publisher publisher-place dimensions ISBN",
    "presentation": "genre event-title publisher-place collection-title container-title",
    "map": "genre scale collection-title edition publisher publisher-place ISBN",
    "patent": "publisher-place authority number page issue submitted original-date references status",
    "standard": "authority section genre number version edition status publisher publisher-place "
    "number-of-pages ISBN",
    "artwork": "medium dimensions",
    "letter": "genre",
    "statute": "container-title volume number page section chapter-number",
    "case": "authority container-title volume page number",
    "bill": "number container-title volume page section chapter-number references",
    "hearing": "section publisher publisher-place number-of-volumes page number chapter-number references",
}
# Zotero's web, legal and presentation types keep no archive, archive location, library catalogue (CSL
# source) or call number; a patent keeps only the call number.
_CATALOGUE = "archive archive_location source call-number"
_NOT_HELD: dict[str, str] = {
    **dict.fromkeys(("webpage", "blogPost", "forumPost", "presentation", "bill", "case", "hearing", "statute"),
                    _CATALOGUE),
    "patent": "archive archive_location source",
}
VARIABLES: dict[str, frozenset[str]] = {
    z: frozenset((_COMMON + " " + v).split()) - frozenset(_NOT_HELD.get(z, "").split()) for z, v in _VARIABLES.items()
}

# CSL name roles each Zotero type holds (Zotero creator types, as its CSL export names them).
_ROLES: dict[str, str] = {
    "journalArticle": "author editor translator reviewed-author",
    "magazineArticle": "author translator reviewed-author",
    "newspaperArticle": "author translator reviewed-author",
    "preprint": "author editor translator reviewed-author",
    "book": "author editor translator collection-editor",
    "bookSection": "author editor translator collection-editor container-author",
    "conferencePaper": "author editor translator collection-editor",
    "report": "author editor translator collection-editor",
    "thesis": "author",
    "webpage": "author translator",
    "blogPost": "author translator",
    "forumPost": "author",
    "dataset": "author",
    "computerProgram": "author",
    "document": "author editor translator reviewed-author",
    "manuscript": "author translator",
    "encyclopediaArticle": "author editor translator collection-editor",
    "dictionaryEntry": "author editor translator collection-editor",
    "interview": "author interviewer translator",
    "film": "director producer script-writer performer host guest narrator translator",
    "videoRecording": "author director producer script-writer performer executive-producer host guest narrator "
    "translator",
    "radioBroadcast": "author host guest producer executive-producer series-creator director script-writer "
    "performer translator",
    "tvBroadcast": "director producer executive-producer series-creator script-writer performer host guest "
    "narrator translator",
    "audioRecording": "performer composer original-author translator",
    "presentation": "author chair organizer translator",
    "map": "author collection-editor",
    "patent": "author",
    "standard": "author editor",
    "artwork": "author",
    "letter": "author recipient",
    "statute": "author",
    "case": "author",
    "bill": "author",
    "hearing": "author",
}
ROLES: dict[str, frozenset[str]] = {z: frozenset((r + " contributor").split()) for z, r in _ROLES.items()}
# Keys that are not bibliographic variables.
_NOT_VARIABLES = frozenset({"id", "type", "custom", "citation-key"})


def zotero_type(item: Item) -> str:
    csl_type = str(item.get("type") or "document")
    for csl, zotero, condition in TYPE_RULES:
        if csl == csl_type and (condition is None or condition(item)):
            return zotero
    return "document"


def carries(zotero: str, variable: str) -> bool:
    """Whether Zotero's item type ``zotero`` has a home for CSL ``variable`` (a field or a creator role)."""
    return variable in VARIABLES.get(zotero, frozenset()) or variable in ROLES.get(zotero, frozenset())


def lacking(item: Item) -> list[str]:
    """The item's variables its Zotero type cannot hold, in item order."""
    zotero = zotero_type(item)
    return [k for k, v in item.items() if k not in _NOT_VARIABLES and v not in (None, "", [], {})
            and not carries(zotero, k)]


def name_text(name: Any) -> str:
    """A name for an Extra line, as citeproc reads it there (``Family || Given``)."""
    if not isinstance(name, dict):
        return str(name)
    if name.get("literal"):
        return str(name["literal"])
    parts = zotero_name(name)
    return f"{parts['family']} || {parts['given']}" if parts.get("given") else str(parts.get("family", ""))


def zotero_name(name: dict[str, Any]) -> dict[str, Any]:
    """A CSL name in the two parts Zotero stores, so that its CSL export gives the same name back.

    Zotero keeps only a last and a first name: a non-dropping particle is kept at the head of the
    last name, a dropping particle at the end of the first name and a suffix after a comma there;
    Zotero's CSL export splits them out again.
    """
    if name.get("literal") or not name.get("family"):
        return dict(name)
    family = " ".join(str(name[k]) for k in ("non-dropping-particle", "family") if name.get(k))
    given = " ".join(str(name[k]) for k in ("given", "dropping-particle") if name.get(k))
    if name.get("suffix"):
        given = f"{given}, {name['suffix']}" if given else str(name["suffix"])
    out: dict[str, Any] = {"family": family}
    if given:
        out["given"] = given
    return out


def _date_text(date: dict[str, Any]) -> str:
    parts = date.get("date-parts") or []
    if parts and parts[0]:
        return "/".join("-".join(f"{int(p):02d}" if i else str(p) for i, p in enumerate(part)) for part in parts[:2])
    return str(date.get("literal") or date.get("raw") or "")


# Extra labels Zotero moves into a type's own field where the CSL name is ambiguous there.
EXTRA_LABELS: dict[tuple[str, str], str] = {
    ("computerProgram", "genre"): "Programming Language",
    ("forumPost", "genre"): "Post Type",
}
_LABEL_VARIABLES = {label: variable for (_, variable), label in EXTRA_LABELS.items()}


def extra_lines(variable: str, value: Any, zotero: str | None = None) -> list[str]:
    """``variable: value`` lines for Zotero's Extra (one line per name, as citeproc reads them).

    ``zotero`` (the item's Zotero type) picks the label Zotero moves into that type's field."""
    variable = EXTRA_LABELS.get((zotero or "", variable), variable)
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        return [extra_line(variable, name_text(v)) for v in value]
    if isinstance(value, dict):
        text = _date_text(value)
    elif isinstance(value, list):
        text = "; ".join(str(v) for v in value)
    else:
        text = str(value)
    text = " ".join(text.split())
    return [extra_line(variable, text)] if text else []


# Zotero takes an Extra line's label up to its LAST colon reached through ASCII characters (its pattern
# ``^([a-z][a-z -_]+):(.+)``, whose range `` -_`` holds ":" and the digits), so ``number: arXiv:1906.01604``
# has the label "number: arXiv". A no-break space after the label's colon stops the label there, and
# Zotero trims it from the value: the value reaches its field whole.
LABEL_END = ":\u00a0"


def extra_line(label: str, text: str) -> str:
    """One ``label: text`` line of Zotero's Extra, read by Zotero with this label whatever the text holds."""
    return f"{label}{LABEL_END if ':' in text else ': '}{text}"


def type_line(item: Item) -> str:
    """The Extra line that makes Zotero create the item's Zotero type; a CSL type Zotero lacks is
    named as itself (Zotero leaves the line in Extra, biblio reads the exact type back)."""
    csl_type = str(item.get("type") or "document")
    zotero = zotero_type(item)
    return f"type: {zotero if CSL_OF.get(zotero) == csl_type else csl_type}"


# The Zotero type Zotero's CSL-JSON importer makes of a CSL type shared by several Zotero types.
CSL_IMPORT_DEFAULT = {"broadcast": "podcast", "motion_picture": "film"}


def needs_type_line(item: Item) -> bool:
    """Whether Zotero's CSL-JSON importer alone would not create the item's Zotero type."""
    csl_type = str(item.get("type") or "document")
    zotero = zotero_type(item)
    return CSL_OF.get(zotero) != csl_type or CSL_IMPORT_DEFAULT.get(csl_type, zotero) != zotero


# Zotero type -> CSL type, for reading a ``type:`` line back.
CSL_OF: dict[str, str] = {}
for _csl, _zotero, _ in TYPE_RULES:
    CSL_OF.setdefault(_zotero, _csl)
_LINE = re.compile(r"^([A-Za-z][A-Za-z_ -]*):\s*(.+)$")


def read_extra(lines: list[str], known: frozenset[str]) -> tuple[Item, list[str]]:
    """CSL variables from ``variable: value`` lines (those in ``known``, plus ``type``); the other lines."""
    found: Item = {}
    rest: list[str] = []
    for line in lines:
        match = _LINE.match(line.strip())
        key, value = (match.group(1), match.group(2).strip()) if match else ("", "")
        key = _LABEL_VARIABLES.get(key, key)
        if key == "type" and (value in CSL_OF or value in CSL_OF.values()):
            found["type"] = CSL_OF.get(value, value)
        elif key in known and key not in found:
            found[key] = value
        elif key in known and isinstance(found[key], list):
            found[key].append(value)
        else:
            rest.append(line)
            continue
        if key in NAME_ROLES and isinstance(found[key], str):
            found[key] = [found[key]]
    for key in set(found) & NAME_ROLES:
        found[key] = [name_from_text(text) for text in found[key]]
    for key in set(found) & DATE_VARIABLES:
        found[key] = _date_from_text(found[key])
    return found, rest


def _date_from_text(text: str) -> dict[str, Any]:
    parts = [[int(p) for p in piece.split("-") if p.isdigit()] for piece in text.split("/")[:2]]
    if all(parts) and re.fullmatch(r"\d{1,4}(?:-\d\d){0,2}(?:/\d{1,4}(?:-\d\d){0,2})?", text):
        return {"date-parts": parts}
    return {"literal": text}


def name_from_text(text: str) -> dict[str, str]:
    family, sep, given = (p.strip() for p in text.partition(" || "))
    if not sep:
        return {"literal": text.strip()}
    words = family.split()
    lead = next((i for i, w in enumerate(words) if not w[:1].islower()), 0)
    given, _, suffix = given.partition(", ")
    name = {"family": " ".join(words[lead:]), "given": given, "non-dropping-particle": " ".join(words[:lead]),
            "suffix": suffix}
    return {k: v for k, v in name.items() if v}
