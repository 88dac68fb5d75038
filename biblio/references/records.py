"""A document's entries turned into records: parsed, cleaned of markup, linked to their notes.

Each full reference is parsed, then passes the markup guard
(:mod:`biblio.references.guard`). Its record remembers where it stood
(``custom.biblio.section``, ``line``, ``label``, ``group``), a reader's
annotation and the page a note cites. An entry starting ``———.`` takes the
previous record's authors. Short notes are linked to the record of their full
reference (``custom.biblio.notes``); a short note with no full reference is
reported, never turned into a record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import biblio.parse as parser
from biblio.documents.posts import find_posts, post_record
from biblio.parallel import parse_all
from biblio.records.model import Item, biblio_data
from biblio.references.bibtex_entries import entry_record
from biblio.references.entries import Entry, document_entries
from biblio.references.finder import Section
from biblio.references.fullnotes import cited_entry, link_full_note, work_of
from biblio.references.guard import flatten_links, guard, unwrap_url_marks
from biblio.references.notes import authors_part, note_matches

Parse = Callable[[str], Item]


@dataclass
class DocumentRecords:
    """What a document gave: records, quoted posts (on request), its sections and what to tell the user."""

    items: list[Item]
    posts: list[Item]
    sections: list[Section]
    entries: list[Entry]
    warnings: list[str] = field(default_factory=list)  # always shown
    details: list[str] = field(default_factory=list)  # shown with --report
    cites: dict[int, object] = field(default_factory=dict)  # full note (entry index) -> line of the entry it cites
    unlisted: set[int] = field(default_factory=set)  # full notes of works missing from the reference list

    def left_out(self, name: str) -> list[str]:
        """A note for each text of a reference section read as no reference: nothing is dropped unsaid."""
        return [f'biblio: note: {name}: line {entry.line}: not a reference, left out: "{shown(entry.text)}"'
                for entry in self.entries if entry.kind == "not-a-reference"]

    def messages(self, name: str, report: bool = False) -> list[str]:
        """Lines for standard error: the warnings and what was left out; with `report`, each section and
        where each entry starts (the left-out text among them)."""
        lines = [f"biblio: warning: {name}: {warning}" for warning in self.warnings]
        if not report:
            return lines + self.left_out(name)
        section = None
        for k, entry in enumerate(self.entries):
            if entry.section is not section:
                section = entry.section
                title = f"'{section.heading}'" if section.heading else "(no heading)"
                lines.append(f"biblio: {name}: section {title} at line {section.heading_line or section.start_line}")
            kind = {"reference": "reference", "short-note": "short note", "not-a-reference": "left out"}[entry.kind]
            if k in self.cites:
                kind = f"full note, cites line {self.cites[k]}"
            elif k in self.unlisted:
                kind = "full note, not in the reference list, kept"
            lines.append(f"biblio: {name}:   line {entry.line}: {kind}: {shown(entry.text)}")
        for post in self.posts:
            data = post["custom"]["biblio"]
            who = f"{post['author'][0]['literal']} ({data['handle']})"
            lines.append(f"biblio: {name}: post at line {data['line']}: {who}: {shown(post['title'])}")
        return lines


def document_records(text: str, name: str = "input", posts: bool = False, jobs: int = 1) -> DocumentRecords:
    """The records of every reference section of a document, in document order (parsed over ``jobs``
    processes)."""
    found = document_entries(text, name)
    result = DocumentRecords([], [], found.sections, found.entries, warnings=_format_warnings(text))
    references = [e for e in found.entries if e.kind == "reference"]
    parsed = parse_all(_parser_texts(references), jobs, total=len(references))
    records: dict[int, Item] = {}  # entry index -> its record
    previous: Item | None = None
    for k, entry in enumerate(found.entries):
        if entry.kind == "reference":
            previous = records[k] = _record(entry, previous, _read(entry, next(parsed)))
            result.items.append(previous)
        elif entry.kind == "not-a-reference":
            result.details.append(f"line {entry.line}: not a reference, left out: {shown(entry.text)}")
    _count_full_notes(found.entries, records, result)
    # Short notes point anywhere in the document (a note before its bibliography), "Ibid." to the note before.
    last: Item | None = None
    for k, entry in enumerate(found.entries):
        if k in records:
            last = records[k]
        elif entry.kind == "short-note":
            last = _link_note(entry, result.items, last, result)
    if posts:
        result.posts = [post_record(post) for post in find_posts(found.layout.lines)]
        for item in result.posts:
            data = biblio_data(item)
            data["line"] = found.layout.document_line(data["line"] - 1)
    return result


def streamed_document_records(text: str, name: str = "input",
                              jobs: int = 1) -> tuple[DocumentRecords, Iterator[Item]] | None:
    """``document_records`` with the records made as they are taken, one at a time, where a document
    allows it (no notes section and no short note: no record waits for a later one); otherwise None.

    The DocumentRecords has everything but its records (``items`` is empty) and no layout lines; the
    iterator gives the records in the same order, parsed over ``jobs`` processes. Neither the
    document's text nor its records are held meanwhile, only the entries not yet parsed.
    """
    found = document_entries(text, name, keep_lines=False)
    if any(section.notes for section in found.sections) or any(e.kind == "short-note" for e in found.entries):
        return None
    result = DocumentRecords([], [], found.sections, found.entries, warnings=_format_warnings(text))
    result.details = [f"line {entry.line}: not a reference, left out: {shown(entry.text)}"
                      for entry in found.entries if entry.kind == "not-a-reference"]
    references: list[Entry | None] = [e for e in found.entries if e.kind == "reference"]
    return result, _records_as_parsed(references, jobs)


def _records_as_parsed(references: list[Entry | None], jobs: int) -> Iterator[Item]:
    """The entries' records in order; each entry is let go once its record is made."""
    parsed = parse_all(_parser_texts(e for e in references if e is not None), jobs, total=len(references))
    previous: Item | None = None
    for k, entry in enumerate(references):
        assert entry is not None
        item = _read(entry, next(parsed))  # its text is read before the entry is let go
        references[k] = None
        previous = _record(entry, previous, item)
        yield previous


def _format_warnings(text: str) -> list[str]:
    """Warnings for what a document's own format left unread: a biblatex .bbl cut short inside an entry,
    an R CITATION file's calls that give no reference."""
    from biblio.documents.biblatex_bbl import cut_off
    from biblio.documents.r_citation import is_r_citation, unread_calls

    warning = cut_off(text)
    return ([warning] if warning else []) + (unread_calls(text) if is_r_citation(text) else [])


def _read(entry: Entry, parsed: Item) -> Item:
    """The entry's record: a BibTeX entry written in the document is read as BibTeX, exactly."""
    return entry_record(entry.text) or parsed


def _parser_texts(references: Iterable[Entry]) -> Iterator[str]:
    """What the parser reads of each reference: "———." stands for the previous entry's authors, which
    the parser reads in its place (in a run of them, the authors of the entry that opens the run); a parser
    that reads Markdown links says so (MARKDOWN_LINKS), others get the link text only."""
    previous: str | None = None
    for entry in references:
        text = entry.text
        if entry.same_authors and previous is not None:
            authors = authors_part(previous)
            if authors:
                text = f"{authors}. {text}"
        previous = text
        text = unwrap_url_marks(text)
        yield text if getattr(parser, "MARKDOWN_LINKS", False) else flatten_links(text)


def _count_full_notes(entries: list[Entry], records: dict[int, Item], result: DocumentRecords) -> None:
    """A full note of a listed work cites that entry and is no record; of a work not listed (or with no
    list), the first full note is its record and later ones cite it. `records` then maps each note to the
    record it cites."""
    listed = [(records[k], work_of(records[k])) for k in records if not entries[k].section.notes]
    has_list = bool(listed)
    for k in sorted(records):
        entry = entries[k]
        if not entry.section.notes:
            continue
        note = records[k]
        target = cited_entry(work_of(note), listed)
        if target is None:
            if has_list:
                result.unlisted.add(k)
                result.details.append(f"line {entry.line}: full note of a work not in the reference list, "
                                      f"kept as a record: {shown(entry.text)}")
            work = work_of(note)
            if work.names or not has_list:  # a later note naming its authors may repeat it; a nameless
                listed.append((note, work))  # one beside a list is matched by title alone, too loosely
            continue
        link_full_note(note, target, entry.line, entry.text, entry.locator)
        result.items.remove(note)
        records[k] = target
        result.cites[k] = biblio_data(target).get("line")
        result.details.append(f"line {entry.line}: full note, linked to line {biblio_data(target).get('line')}")


def _record(entry: Entry, previous: Item | None, parsed: Item) -> Item:
    item = guard(parsed, entry.text)
    data = biblio_data(item)
    data["source"] = entry.text
    data["line"] = entry.line
    if entry.section.heading:
        data["section"] = entry.section.heading
    if entry.marker:
        data.setdefault("label", entry.marker)
    if entry.group:
        data["group"] = entry.group
    if entry.annotation:
        data["annotation"] = entry.annotation
    if entry.locator:
        data["locator"] = entry.locator
    if entry.same_authors and previous is not None:
        for role in ("author", "editor"):
            if role in previous and role not in item:
                item[role] = [dict(name) for name in previous[role]]
                data["same-authors-as"] = previous.get("custom", {}).get("biblio", {}).get("line")
                break
    return item


def _link_note(entry: Entry, targets: list[Item], last: Item | None, result: DocumentRecords) -> Item | None:
    note = entry.note
    assert note is not None
    matches = (item for item in targets
               if note_matches(note, _family_names(item), _year(item), str(item.get("title", "")),
                            str(biblio_data(item).get("source", ""))))
    target = last if note.ibid else next(matches, None)
    if target is None:
        result.warnings.append(f"line {entry.line}: short note matches no full reference: {shown(entry.text)}")
        return last
    biblio_data(target).setdefault("notes", []).append({"line": entry.line, "text": entry.text})
    result.details.append(f"line {entry.line}: short note, linked to line {biblio_data(target).get('line')}")
    return target


def _family_names(item: Item) -> list[str]:
    names = item.get("author") or item.get("editor") or []
    return [str(n.get("family") or n.get("literal") or "") for n in names if isinstance(n, dict)]


def _year(item: Item) -> int | None:
    try:
        return int(item["issued"]["date-parts"][0][0])
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def shown(text: str, width: int = 60) -> str:
    """`text` on one line, cut to `width` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."
