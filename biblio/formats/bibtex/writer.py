"""biblio's own .bib writer (pybtex's writer quotes month macros and escapes URLs)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from biblio.errors import UsageError
from biblio.formats import zotero
from biblio.formats.bibtex import dates, latex, names
from biblio.formats.bibtex.eprints import eprint_fields
from biblio.formats.bibtex.mapping import (
    DEFAULT_GENRE,
    DIALECTS,
    EXTRA_BREAK,
    EXTRA_SPACE,
    FIELDS,
    IN_BOOK,
    MISC_REMAP,
    ZOTERO_ENTRY,
    ZOTERO_EXTRA,
    ZOTERO_FIELDS,
    ZOTERO_NUMBER,
    ZOTERO_READS,
    Dialect,
    FieldRule,
    allowed,
    csl_type_of,
    missing_required,
    read_rule,
    type_rule,
    write_rule,
)
from biblio.records.keys import is_valid_key, with_ids
from biblio.records.model import Item

# Not bibliographic fields (custom holds biblio's own data); dates are handled apart.
_SKIP = frozenset({"id", "type", "custom", "citation-key", "issued", "accessed"})
_ORDER = {rule.csl: index for index, rule in enumerate(FIELDS)}
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)
_DASHES = re.compile(r"\s*[-\u2010-\u2015]+\s*")


def _verbatim(value: str, field: str) -> str:
    value = "".join(str(value).split())
    if field == "doi":
        value = _DOI_PREFIX.sub("", value)
    # Raw, as Zotero and biblatex need, but a brace or backslash would break the entry.
    return value.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def _plain(value: Any) -> str:
    """A value with no .bib home, as text for the note."""
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        return "; ".join(zotero.name_text(n) for n in value)  # "Family || Given, Jr.", as in Extra
    if isinstance(value, dict):
        return dates.to_iso(value) or str(value.get("literal") or value.get("raw") or value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _encode(rule: FieldRule, field: str, value: Any, dialect: Dialect) -> str | None:
    encoded = _encode_value(rule, field, value, dialect)
    # Classic BibTeX files go to pdflatex: letters its T1 fonts lack become LaTeX accents.
    if not encoded or rule.kind in ("verbatim", "names"):  # names are made safe in names.py
        return encoded
    return latex.pdflatex_safe(encoded, biber=dialect == "biblatex")


def _encode_value(rule: FieldRule, field: str, value: Any, dialect: Dialect, for_zotero: bool = False) -> str | None:
    if rule.kind == "names":
        return names.encode_names(value, dialect)
    if isinstance(value, (list, dict)):
        return None
    text = latex.clean(str(value))
    if not text:
        return None
    if rule.kind == "verbatim":
        return _verbatim(text, field)
    if rule.kind == "title":
        return latex.protect_case(text, for_zotero)
    if rule.kind == "pages":
        return latex.escape(_DASHES.sub("\ue010", text)).replace("\ue010", "--")
    return latex.escape(text, for_zotero=for_zotero)


def _dates(item: Item, dialect: Dialect, notes: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    issued = item.get("issued")
    if dialect == "bibtex":
        classic = dates.to_classic(issued) if isinstance(issued, dict) else {}
        # Zotero reads n.d. as an empty date; plainnat prints it as the year.
        out.update(classic or {"year": "n.d."})
        if "year" in out and not out["year"].isdigit():
            out["year"] = latex.escape(latex.clean(out["year"]))
    elif isinstance(issued, dict):
        edtf = dates.to_edtf(issued)
        year = re.search(r"\b\d{4}\b", str(issued.get("literal") or issued.get("raw") or ""))
        if edtf:
            out["date"] = edtf
        elif issued.get("literal") or issued.get("raw"):
            notes.append("issued: " + _plain(issued))  # biblatex dates must be EDTF
            if year:
                out["date"] = year.group(0)
    accessed = dates.to_iso(item.get("accessed"))
    if accessed:
        out["urldate"] = accessed
    return out


def _fields(item: Item, dialect: Dialect, entrytype: str, csl_type: str) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    notes: list[str] = []
    eprint = eprint_fields(item) if dialect == "biblatex" else {}
    skip = _SKIP | {"number"} if eprint else _SKIP  # a preprint's arXiv number: biblatex prints and Zotero reads
    variables = sorted((k for k in item if k not in skip), key=lambda k: (_ORDER.get(k, len(_ORDER)), k))
    for var in variables:
        value = item[var]
        if value in (None, "", [], {}):
            continue
        rule = write_rule(var, csl_type)
        field = rule.field(dialect) if rule else None
        if entrytype == "misc" and csl_type != "document" and field in MISC_REMAP[dialect]:  # typed, as read
            field = MISC_REMAP[dialect][field]
        encoded = None
        free = field is not None and field not in out and var != "note"
        if rule and field and free and allowed(dialect, entrytype, field, frozenset(out)):
            encoded = _encode(rule, field, value, dialect)
            if dialect == "biblatex" and field == "volume" and encoded and not encoded.isdigit():
                encoded = None  # biblatex-apa's volume is an integer
        if encoded:
            out[field] = encoded  # type: ignore[index]  # field is set whenever encoded is
        elif var != "note":
            notes.append(f"{var}: {_plain(value)}")  # no home here: keep it readable in the note
    if dialect == "bibtex" and entrytype == "article" and "number" in out and "volume" not in out:
        del out["number"]  # plainnat warns of a number without a volume (a magazine's or newspaper's issue)
        notes.append(f"issue: {_plain(item['issue'])}")
    out.update(eprint)
    default_genre = DEFAULT_GENRE.get((dialect, entrytype))
    if default_genre and "type" not in out:
        out["type"] = default_genre
    out.update(_dates(item, dialect, notes))
    note = [latex.clean(str(item["note"]))] if item.get("note") else []
    if note or notes:
        out["note"] = latex.escape(latex.clean(". ".join(note + notes)))
        out["note"] = latex.pdflatex_safe(out["note"], biber=dialect == "biblatex")
    return list(out.items())


# What names a work that has no author or editor, in the order a reader would look for it.
_KEY_SOURCES = ("title", "container-title", "publisher", "medium", "URL")
_SCHEME = re.compile(r"^\w+://(www\.)?")


def _sort_key(item: Item) -> str | None:
    """plainnat sorts and labels by ``key`` when an entry has no author or editor: the first three words
    of its title, or of what else names it (a parsed web page may have no more than its address)."""
    text = next((str(item[k]) for k in _KEY_SOURCES if isinstance(item.get(k), str) and item[k].strip()), "")
    words = latex.clean(_SCHEME.sub("", text)).split()[:3]
    return latex.pdflatex_safe(latex.escape(" ".join(words))) if words else None


def entry_text(item: Item, key: str, dialect: Dialect = "bibtex") -> str:
    rule = type_rule(item)
    entrytype, subtype = rule.entry(dialect)
    fields = _fields(item, dialect, entrytype, rule.csl)
    if missing_required(entrytype, frozenset(f for f, _ in fields), dialect):
        entrytype, subtype = "misc", None if rule.csl == "document" else rule.csl
        fields = _fields(item, dialect, entrytype, rule.csl)
    names_given = {f for f, _ in fields} & {"author", "editor"}
    if dialect == "bibtex" and not names_given and (sort_key := _sort_key(item)):
        fields.append(("key", sort_key))
    lines = [f"@{entrytype}{{{key},"]
    if subtype:  # styles may print it: motion_picture as motion-picture (an underscore is math in LaTeX)
        lines.append(f"  entrysubtype = {{{subtype.replace('_', '-')}}},")
    for field, value in fields:
        # month is a bare macro: Zotero and biblatex read `jul`, not "July" or {jul}.
        lines.append(f"  {field} = {value}," if field == "month" else f"  {field} = {{{value}}},")
    lines.append("}")
    return "\n".join(lines)


def _zotero_entry(item: Item, csl_type: str) -> tuple[str, str | None]:
    entrytype, _, subtype = ZOTERO_ENTRY.get(zotero.zotero_type(item), f"misc/{csl_type}").partition("/")
    # The subtype names the CSL type whenever the entry type alone would read back as another.
    exact = csl_type_of(entrytype, subtype or None) == csl_type
    return entrytype, (subtype or None) if exact else csl_type


def _zotero_field(variable: str, csl_type: str) -> tuple[FieldRule, str] | None:
    rule = write_rule(variable, csl_type) or FieldRule(variable, None, None)
    field = ZOTERO_FIELDS.get(variable) or rule.biblatex or rule.bibtex
    if variable == "publisher":
        field = "publisher"  # Zotero reads institution and organization only when no publisher is given
    elif variable == "container-title" and csl_type in IN_BOOK:
        field = "booktitle"  # Zotero reads booktitle, journal and journaltitle alike; booktitle is the one LaTeX knows
    return (rule, field) if field else None


# Zotero reads these fields by the item type its translator starts from; when Extra's ``type:`` line
# changes that type, their variables go to Extra lines, which Zotero moves into the new type's fields.
_READ_BY_TYPE = frozenset({"number", "pages"})
# Zotero's BibTeX import puts the text of one field in Extra (``howpublished``, as "Published: ...") and
# collapses white space in every value longer than one character; it joins ``#`` pieces only after a
# macro. So Extra's lines are @string macros, and line breaks the one-character macro EXTRA_BREAK:
# ``howpublished = biblio-extra-break # biblio-extra-1-1 # biblio-extra-break # {last line}``.
# A line's no-break space after its label (zotero.LABEL_END) is the one-character macro EXTRA_SPACE.
EXTRA_BREAK_STRING = f"@string{{{EXTRA_BREAK} = {{\n}}}}\n\n"
EXTRA_SPACE_STRING = f"@string{{{EXTRA_SPACE} = {{\u00a0}}}}\n\n"


def _zotero_extra(lines: list[str], index: int) -> tuple[list[str], str]:
    """The @string lines and the ``howpublished`` value that give Zotero's Extra ``lines``."""
    pieces: list[str] = []  # macro names, and the texts that become macros (all but the last, braced)
    for line in lines:
        label, space, text = line.partition(zotero.LABEL_END[-1])
        pieces += [EXTRA_BREAK, label] + ([EXTRA_SPACE, text] if space else [])
    texts = [n for n, piece in enumerate(pieces) if piece not in (EXTRA_BREAK, EXTRA_SPACE)]
    strings = []
    for count, n in enumerate(texts[:-1], 1):
        name = f"biblio-extra-{index}-{count}"
        strings.append(f"@string{{{name} = {{{latex.escape(latex.clean(pieces[n]), for_zotero=True)}}}}}")
        pieces[n] = name
    last = latex.escape(latex.clean(pieces[texts[-1]]), for_zotero=True)
    return strings, " # ".join(pieces[: texts[-1]]) + f" # {{{last}}}"


def _number_reads(variable: str, csl_type: str, read: str, dialect: Dialect) -> bool:
    """Whether Zotero (starting from item type ``read``) and biblio both read ``number`` as ``variable``."""
    rule = read_rule("number", csl_type, dialect)
    return ZOTERO_NUMBER.get(read, "issue") == variable and rule is not None and rule.csl == variable


def zotero_entry_text(item: Item, key: str, dialect: Dialect, index: int = 1) -> str:
    """One entry as Zotero's BibTeX translator reads it: each variable in the field Zotero takes into
    the right Zotero field; what the Zotero item type lacks, and the type itself when no entry type
    gives it, as ``variable: value`` lines in Zotero's Extra; the item's note in ``note``."""
    csl_type = str(item.get("type") or "document")
    entrytype, subtype = _zotero_entry(item, csl_type)
    target, read = zotero.zotero_type(item), ZOTERO_READS.get(entrytype, "document")
    retyped = read != target
    lacking = set(zotero.lacking(item))
    out: dict[str, str] = {}
    extra: list[str] = [f"type: {target}"] if retyped else []
    for variable in sorted((k for k in item if k not in _SKIP), key=lambda k: (_ORDER.get(k, len(_ORDER)), k)):
        value = item[variable]
        if value in (None, "", [], {}) or variable == "note":
            continue
        found = None if variable in lacking | ZOTERO_EXTRA else _zotero_field(variable, csl_type)
        if found and (retyped and found[1] in _READ_BY_TYPE or (target, variable) in zotero.EXTRA_LABELS
                      or found[1] == "number" and not _number_reads(variable, csl_type, read, dialect)):
            found = None  # Extra's line reaches the Zotero field this field would miss
        encoded = None
        if found and found[1] not in out and (found[0].kind != "names" or variable in _ZOTERO_ROLES):
            rule, field = found
            encoded = (names.encode_names(value, dialect, for_zotero=True) if rule.kind == "names"
                       else _encode_value(rule, field, value, dialect, for_zotero=True))
        if encoded and found:
            out[found[1]] = encoded
        else:
            extra += zotero.extra_lines(variable, value, target)
    edtf = dates.to_edtf(item["issued"]) if isinstance(item.get("issued"), dict) else None
    if edtf:
        out["date"] = edtf  # Zotero reads the full date from `date` in either dialect
    elif isinstance(item.get("issued"), dict):
        extra += zotero.extra_lines("issued", item["issued"])
    accessed = dates.to_iso(item.get("accessed"))
    if accessed:
        out["urldate"] = accessed
    if item.get("note"):
        out["note"] = latex.escape(latex.clean(str(item["note"])), for_zotero=True)
    strings, howpublished = _zotero_extra(extra, index) if extra else ([], "")
    lines = strings + [f"@{entrytype}{{{key},"]
    lines += [f"  entrysubtype = {{{subtype.replace('_', '-')}}},"] if subtype else []
    lines += [f"  {field} = {{{value}}}," for field, value in out.items()]
    lines += [f"  howpublished = {howpublished},"] if howpublished else []
    return "\n".join(lines + ["}"])


_ZOTERO_ROLES = frozenset({"author", "editor", "translator"})


def _keys(items: Sequence[Item]) -> list[str]:
    """The item's citation-key or id when it is a valid, unused key; a generated key otherwise."""
    return [str(item["id"]) for item in with_ids([dict(item) for item in items])]


def dumps(items: Sequence[Item], dialect: str = "bibtex", keys: Sequence[str] | None = None,
          for_zotero: bool = False) -> str:
    """The items as a .bib file in ``dialect`` ("bibtex" or "biblatex"); for LaTeX, or for Zotero's
    importer with ``for_zotero``."""
    if dialect not in DIALECTS:
        raise UsageError(f"unknown .bib dialect {dialect!r} (choose bibtex or biblatex)")
    if keys is None:
        keys = _keys(items)
    elif len(keys) != len(items) or len(set(keys)) != len(keys) or not all(map(is_valid_key, keys)):
        raise ValueError("keys must be unique valid citation keys, one per item")
    chosen: Dialect = "bibtex" if dialect == "bibtex" else "biblatex"
    if not for_zotero:
        return "".join(entry_text(item, key, chosen) + "\n\n" for item, key in zip(items, keys, strict=True))
    text = "".join(zotero_entry_text(item, key, chosen, index) + "\n\n"
                   for index, (item, key) in enumerate(zip(items, keys, strict=True), 1))
    macros = [(EXTRA_BREAK, EXTRA_BREAK_STRING), (EXTRA_SPACE, EXTRA_SPACE_STRING)]
    return "".join(string for name, string in macros if name in text) + text
