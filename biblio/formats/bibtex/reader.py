"""Read .bib files (either dialect) into CSL items, through the same table as the writer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pybtex.database import Entry, parse_string

from biblio.errors import MalformedInput
from biblio.formats import zotero
from biblio.formats.bibtex import dates, latex, names
from biblio.formats.bibtex.eprints import FIELDS as EPRINT_FIELDS
from biblio.formats.bibtex.eprints import eprint_number
from biblio.formats.bibtex.mapping import (
    EXTRA_BREAK,
    GENRE_KEYS,
    Dialect,
    FieldRule,
    csl_type_of,
    guess_dialect,
    misc_source,
    read_rule,
)
from biblio.formats.problems import NOTICE, Report, raise_first
from biblio.formats.variables import DATE_VARIABLES, KNOWN_KEYS, NAME_VARIABLES
from biblio.records.model import Item, biblio_data

_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)


def _verbatim(value: str, field: str) -> str:
    value = re.sub(r"^\\url\{(.*)\}$", r"\1", value.strip())
    value = re.sub(r"\\([_%#&$~])", r"\1", value).strip("{} ")
    return _DOI_PREFIX.sub("", value) if field == "doi" else value


def _value(rule: FieldRule, field: str, value: str) -> Any:
    if rule.kind == "verbatim":
        return _verbatim(value, field)
    text = latex.decode(value)
    if rule.kind == "pages":
        return re.sub(r"\s*(?:-+|–|—)\s*", "-", text)
    return text


def _names(entry: Entry, field: str, value: str | None) -> list[dict[str, Any]]:
    people = entry.persons.get(field) or (names.split_names(value) if value else [])
    return [n for n in (names.decode_person(p) for p in people) if n]


def _issued(fields: dict[str, str]) -> dict[str, Any] | None:
    if fields.get("date"):
        return dates.parse_edtf(fields["date"]) or {"literal": latex.decode(fields["date"])}
    if "year" in fields:
        return dates.from_classic(latex.decode(fields["year"]), fields.get("month"), fields.get("day"))
    return None


# The line break of the Extra lines in ``howpublished`` (writer.EXTRA_BREAK), made visible to pybtex,
# which reads any white space as one space.
_BREAK = "\ue000"
_BREAK_STRING = re.compile(r"(@string\s*[{(]\s*" + re.escape(EXTRA_BREAK) + r"\s*=\s*[{\"])\s*(?=[}\"])", re.I)


def _zotero_extra(fields: dict[str, str]) -> tuple[Item, list[str]]:
    """The variables a ``--for zotero`` file keeps in Zotero's Extra (``howpublished``), and its other lines."""
    if _BREAK not in fields.get("howpublished", ""):
        return {}, []
    lines = [latex.decode(line) for line in fields.pop("howpublished").split(_BREAK)]
    return zotero.read_extra([line for line in lines if line.strip()], _EXTRA_VARIABLES)


# Fields read the same whatever the entry type (``--for zotero`` writes them so): the container, the genre.
_ANY_TYPE = {field: FieldRule("container-title", "journal", "journaltitle") for field in ("journal", "journaltitle")}
_ANY_TYPE["type"] = FieldRule("genre", "type", "type")


# biblatex's subtitles, printed after their title: one CSL title ("Title: Subtitle").
_SUBTITLES = {"subtitle": "title", "booksubtitle": "booktitle", "journalsubtitle": "journaltitle",
              "mainsubtitle": "maintitle", "issuesubtitle": "issuetitle"}


def _with_subtitles(fields: dict[str, str]) -> dict[str, str]:
    for subtitle, title in _SUBTITLES.items():
        if fields.get(subtitle, "").strip() and fields.get(title, "").strip():
            main = fields[title].rstrip()
            fields[title] = main + (" " if main.rstrip("}").endswith(("?", "!", ":")) else ": ") + fields.pop(subtitle)
    return fields


def _item(key: str, entry: Entry) -> Item:
    fields = _with_subtitles({k.lower(): str(v) for k, v in entry.fields.items()})
    subtype = fields.get("entrysubtype", "").strip() or None
    from_extra, extras = _zotero_extra(fields)
    csl_type = csl_type_of(entry.type, subtype)
    if "type" in from_extra and not subtype:
        csl_type = str(from_extra["type"])
    dialect: Dialect = guess_dialect(entry.type, set(fields))
    item: Item = {"id": key, "type": csl_type}
    if (number := eprint_number(fields)) and csl_type in ("article", "document"):
        item.update(type="article", number=number)  # a preprint (arXiv's own BibTeX is a @misc)
        fields = {k: v for k, v in fields.items() if k not in EPRINT_FIELDS}
    for role in entry.persons:
        rule = read_rule(role.lower(), csl_type, dialect)
        people = _names(entry, role, None)
        if rule and rule.kind == "names" and people:
            item.setdefault(rule.csl, people)
    for field, value in fields.items():
        if field in ("year", "month", "day", "date", "entrysubtype"):
            continue
        if field == "key" and latex.decode(fields.get("title", "")).startswith(latex.decode(value)):
            continue  # the sort key the writer derives from the title
        url = _HOWPUBLISHED_URL.fullmatch(value.strip()) if field == "howpublished" else None
        if url and "url" not in fields:  # the classic styles' way to print an address: the work's URL
            item["URL"] = url.group(1)
            continue
        if field == "urldate":
            accessed = dates.parse_edtf(value)
            if accessed:
                item["accessed"] = accessed
                continue
        rule = read_rule(field, csl_type, dialect) or _ANY_TYPE.get(field)
        source = misc_source(dialect, field) if subtype and entry.type.lower() == "misc" else None
        if rule is None and source:  # a typed @misc holds some fields where the writer moved them
            rule = read_rule(source, csl_type, dialect) or _ANY_TYPE.get(source)
        if rule is None or rule.csl in item:
            extras.append(f"{field}: {latex.decode(value)}")  # kept, never dropped
            continue
        decoded = _names(entry, field, value) if rule.kind == "names" else _value(rule, field, value)
        if rule.csl == "genre" and decoded in GENRE_KEYS:
            decoded = GENRE_KEYS[decoded]
        if decoded:
            item[rule.csl] = decoded
    if entry.type.lower() == "mastersthesis" and "genre" not in item:
        item["genre"] = "Master's thesis"
    for variable, value in from_extra.items():
        if variable != "type":
            item.setdefault(variable, value)
    issued = _issued(fields)
    if issued:
        item["issued"] = issued
    if extras:
        item["note"] = ". ".join(([item["note"]] if item.get("note") else []) + extras)
    _restore_note(item)
    return item


_HOWPUBLISHED_URL = re.compile(r"\\url\{([^{}\s]+)\}")
_EXTRA_VARIABLES = KNOWN_KEYS - {"id", "type", "custom", "categories"}
_NOTE_VARIABLES = sorted(KNOWN_KEYS - {"id", "type", "custom", "categories", "note"}, key=len, reverse=True)
_NOTE_PART = re.compile(r"(?:^|\. )(?=(?:" + "|".join(map(re.escape, _NOTE_VARIABLES)) + r"): )")
_NOTE_LINE = re.compile(r"^(" + "|".join(map(re.escape, _NOTE_VARIABLES)) + r"): (.*)$", re.S)


def _note_value(variable: str, text: str) -> Any:
    if variable in NAME_VARIABLES:
        return [zotero.name_from_text(p.strip()) for p in text.split("; ") if p.strip()]
    if variable in DATE_VARIABLES:
        return dates.parse_edtf(text) or {"literal": text}
    return text


def _restore_note(item: Item) -> None:
    """Variables the writer kept in ``note`` as ``variable: value`` (no field for them there) come back."""
    parts = [p for p in _NOTE_PART.split(str(item.get("note") or "")) if p]
    rest: list[str] = []
    for part in parts:
        match = _NOTE_LINE.match(part.strip())
        if match and match.group(1) not in item:
            item[match.group(1)] = _note_value(match.group(1), match.group(2).strip())
        else:
            rest.append(part)
    if len(rest) != len(parts):
        if rest:
            item["note"] = ". ".join(rest)
        else:
            del item["note"]


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__


_ENTRY_START = re.compile(r"^([ \t]*@[ \t]*([A-Za-z]+)[ \t]*[{(][ \t]*)([^,\s{}()]+)", re.M)
_NOT_ENTRIES = {"comment", "string", "preamble"}
_DUPLICATE = "--biblio-duplicate-"


def _rename_duplicates(text: str, name: str, report: Report | None) -> str:
    """Give a repeated key a temporary unique name: pybtex refuses a file with one (or, lenient,
    drops the entry), and a user's second entry is no less theirs than the first. It is reported."""
    seen: dict[str, int] = {}

    def rename(match: re.Match[str]) -> str:
        key = match.group(3)
        if match.group(2).lower() in _NOT_ENTRIES:
            return match.group(0)
        count = seen[key.lower()] = seen.get(key.lower(), 0) + 1
        if count == 1:
            return match.group(0)
        if report is not None:
            line = text.count("\n", 0, match.start()) + 1
            report(f"{NOTICE}{name}:{line}: repeated key '{key}': the entry is kept under a new key")
        return f"{match.group(1)}{key}{_DUPLICATE}{count}"

    return _ENTRY_START.sub(rename, text)


def _chunks(text: str) -> list[tuple[int, str, str, str]]:
    """(line, entry type, key, text) of each ``@`` block, in file order."""
    starts = list(_ENTRY_START.finditer(text))
    chunks = []
    line, counted = 1, 0
    for i, m in enumerate(starts):
        line += text.count("\n", counted, m.start())  # from the previous entry on: linear in the file
        counted = m.start()
        chunks.append((line, m.group(2).lower(), m.group(3),
                       text[m.start():starts[i + 1].start() if i + 1 < len(starts) else len(text)]))
    return chunks


_IN_ENTRIES = frozenset({"inproceedings", "incollection", "inbook", "inreference", "suppbook", "suppcollection"})
_NOT_INHERITED = frozenset({"crossref", "xdata", "ids", "key", "shorttitle", "entrysubtype", "label"})


def _inherit(entry: Entry, by_key: dict[str, Entry]) -> Entry:
    """The entry with the fields of its ``xdata`` and ``crossref`` parents it lacks (biblatex's rules,
    simplified: a parent's title is a contained work's booktitle)."""
    fields = {k.lower(): v for k, v in entry.fields.items()}
    persons = {k.lower(): list(v) for k, v in entry.persons.items()}
    parents = [p.strip().lower() for p in fields.get("xdata", "").split(",") if p.strip()]
    parents += [fields["crossref"].strip().lower()] if fields.get("crossref") else []
    found = [by_key[p] for p in parents if p in by_key]
    if not found:
        return entry
    for parent in found:
        for field, value in parent.fields.items():
            field = field.lower()
            if field == "title" and entry.type.lower() in _IN_ENTRIES:
                field = "booktitle"
            if field not in _NOT_INHERITED and field not in fields:
                fields[field] = value
        for role, people in parent.persons.items():
            persons.setdefault(role.lower(), list(people))
    for field in ("crossref", "xdata"):
        if fields.get(field, "").strip().lower() in by_key or all(
                p.strip().lower() in by_key for p in fields.get(field, "").split(",")):
            fields.pop(field, None)  # resolved: its fields are in the entry now
    return Entry(entry.type, fields=fields, persons=persons)


def _parse(text: str) -> Any:
    return parse_string(_BREAK_STRING.sub(r"\g<1>" + _BREAK, text), "bibtex")


# Entries parsed at a time: pybtex's objects for a whole 40,000-entry file take about 180 MB, five
# times the records made of them, so a big file is read in batches and its records stream out.
_BATCH = 500
_PARENT_FIELD = re.compile(r"\b(?:crossref|xdata)\s*=\s*[{\"]([^{}\"]*)[}\"]", re.I)


Chunk = tuple[int, str, str, str]  # line, entry type, key, text


def _parsed(text: str, chunks: list[Chunk], name: str, report: Report) -> Iterator[tuple[str, Entry]]:
    """The entries of ``text`` (a batch of chunks behind the file's @string macros); when it does not
    parse, each chunk on its own, the broken ones reported with their line."""
    try:
        yield from _parse(text).entries.items()
        return
    except Exception:  # pybtex raises many unrelated types for bad input
        pass
    macros = text[: len(text) - sum(len(chunk) for *_, chunk in chunks)]
    for line, kind, key, chunk in chunks:
        if kind in _NOT_ENTRIES:
            continue
        try:
            entries = list(_parse(macros + chunk).entries.items())
        except Exception as error:
            report(f"{name}:{line}: entry '{key.partition(_DUPLICATE)[0]}' skipped: {_one_line(error)}")
            continue
        yield from entries


def _entries(text: str, name: str, report: Report) -> Iterator[tuple[str, Entry]]:
    """The file's entries in file order, parsed ``_BATCH`` at a time with the file's @string macros."""
    chunks = _chunks(text)
    if not chunks:
        try:
            yield from _parse(text).entries.items()
        except Exception as error:
            report(f"{name}: cannot read .bib input: {_one_line(error)}")
        return
    macros = "".join(chunk for _, kind, _, chunk in chunks if kind == "string")
    works = [chunk for chunk in chunks if chunk[1] != "string"]
    # What comes before the first entry (an entry pybtex reads that does not start a line) goes first.
    head = text[: _ENTRY_START.search(text).start()]  # type: ignore[union-attr]  # chunks holds a match
    if head.strip():
        works.insert(0, (1, "", "", head))
    for start in range(0, len(works), _BATCH):
        batch = works[start:start + _BATCH]
        yield from _parsed(macros + "".join(chunk for *_, chunk in batch), batch, name, report)


def _parents(text: str, name: str) -> dict[str, Entry]:
    """The entries that others name in ``crossref`` or ``xdata``, by lower-case key, read beforehand:
    a parent may come anywhere in the file (BibTeX wants it after its children)."""
    wanted = {key.strip().lower() for m in _PARENT_FIELD.finditer(text) for key in m.group(1).split(",")}
    if not wanted:
        return {}
    chunks = [chunk for chunk in _chunks(text) if chunk[2].lower() in wanted or chunk[1] == "string"]
    return {str(key).lower(): entry for key, entry in _entries("".join(c[3] for c in chunks), name, lambda _: None)}


def iter_items(text: str, name: str = "input", report: Report = raise_first) -> Iterator[Item]:
    """The entries of a .bib file as CSL items, one at a time, in file order (the key becomes ``id``).

    A broken entry is reported with its line and skipped; a repeated key keeps its entry: the
    later one gets a fresh id, its key kept in custom.biblio."""
    text = _rename_duplicates(text, name, report)
    by_key = _parents(text, name)
    for key, entry in _entries(text, name, report):
        if entry.type.lower() == "xdata":
            continue  # a field container for other entries, not a work
        entry = _inherit(entry, by_key)
        original, duplicate, _ = str(key).partition(_DUPLICATE)
        item = _item(original, entry)
        if duplicate:
            del item["id"]  # with_ids() gives it a fresh key
            biblio_data(item)["original-id"] = original
        yield item


def loads(text: str, name: str = "input", report: Report | None = None) -> list[Item]:
    """The entries of a .bib file as CSL items (see ``iter_items``); without ``report`` any broken
    entry is an error. A file with no entry at all is malformed."""
    items = list(iter_items(text, name, report or raise_first))
    if not items and report is None and text.strip() and "@" in text:
        raise MalformedInput(f"{name}: no .bib entry could be read")
    return items
