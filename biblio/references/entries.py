"""A document's entries: every reference section found, split, and each piece told for what it is.

An entry is a full reference (it becomes a record), a short note (linked to
a full reference, never a record), or text that is no reference (prose in a
notes section, a caption, a sentence after the list), which is left out and
reported. Each entry knows its section, its document line and its marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from biblio.documents.layout import Layout, layout
from biblio.references.bibtex_entries import is_entry
from biblio.references.cues import has_doi_or_url, is_reference
from biblio.references.finder import Section, find_sections_in_lines
from biblio.references.notes import (
    ShortNote,
    annotation,
    cited_page,
    is_account,
    is_caption,
    is_cited_work,
    is_introduction,
    is_listed_work,
    is_pointer,
    is_prose,
    note_citations,
    same_authors,
    short_note,
    without_archive_note,
)
from biblio.references.splitter import RawReference, set_apart_remark, split_reference_lines, split_references

EntryKind = Literal["reference", "short-note", "not-a-reference"]


@dataclass(frozen=True, slots=True)  # slots: a long document holds one per reference
class Entry:
    text: str  # what the parser receives: inline Markdown, no block markup or list marker
    line: int  # 1-based document line where the entry starts
    section: Section
    kind: EntryKind
    marker: str | None = None
    group: str | None = None
    note: ShortNote | None = None
    same_authors: bool = False  # "———." stood for the previous entry's authors
    annotation: str | None = None  # a reader's note after the entry ("pp. 91–104")
    locator: str | None = None  # the page a note cites


@dataclass(frozen=True)
class DocumentEntries:
    layout: Layout
    sections: list[Section]
    entries: list[Entry]


def document_entries(text: str, name: str = "", *, keep_lines: bool = True) -> DocumentEntries:
    """The entries of every reference section of a document, in document order.

    Without ``keep_lines`` the layout's lines are let go once the sections are found, and each section's
    text once it is split (``lines`` and ``Section.text`` are then empty), so that a long document is not
    held twice while its sections are split and its entries parsed.
    """
    regular = layout(text, name)
    sections: list[Section] = []
    entries: list[Entry] = []
    lines = regular.lines
    if any("\n" in line for line in lines):
        lines = "\n".join(lines).split("\n")  # the lines the finder reads and numbers
    found = find_sections_in_lines(lines)
    # Each section split from the lines (the splitter's own line breaks are these), which go when all are.
    by_lines = not keep_lines and not any("\r" in line for line in lines)
    if by_lines:
        found = [replace(section, text="") for section in found]
    if not keep_lines:
        regular = replace(regular, lines=[])
    found.reverse()
    while found:
        section = found.pop()
        # The section as the user sees it: document lines (an HTML file's lines are not the layout's).
        shown = replace(
            section,
            start_line=regular.document_line(section.start_line - 1),
            end_line=regular.document_line(section.end_line - 1),
            heading_line=regular.document_line(section.heading_line - 1) if section.heading_line else None,
            text=section.text if keep_lines else "",
        )
        sections.append(shown)
        indented = regular.flavour in _INDENTED_ITEMS
        references = (split_reference_lines(lines[section.start_line - 1: section.end_line], indented_items=indented)
                      if by_lines else split_references(section.text, indented_items=indented))
        trailing = _trailing_prose(references)
        leading = _leading_asides(references)
        # Beside BibTeX entries (a README's "Cite" section), the other paragraphs are what is said
        # about them ("Please cite our paper …:", "Feel free to email us …"), not references.
        entries_only = any(is_entry(ref.text) for ref in references)
        # Where every reference is a list item, a paragraph at the margin between them that is no reference
        # speaks about them ("The subject is also reviewed by Knuth, who describes …").
        items_only = sum(1 for ref in references if ref.marker) >= 2
        # Likewise where the entries carry labels ("[SP 800-30] …"): an unlabelled paragraph that is no reference
        # introduces a group of them ("NIST 800 Series Special Publications are available at: <…>. The following …");
        # a list item with an address among them is one of the list, its label forgotten.
        labels_only = not section.notes and sum(1 for ref in references if _labelled(ref)) >= 2
        annotations = set() if section.notes else _annotations(references)
        named = not section.notes and _named_list(references)
        references.reverse()  # taken from the end as they become entries: never held twice
        addresses: set[str] = set()
        for k in range(len(references)):
            ref = references.pop()
            line = regular.document_line(section.start_line - 1 + ref.line - 1)
            # a sub-item under a reference that is no work itself: the writer's remark on it ("  - Chapter 2: …",
            # a quotation from it), kept with it as k-th annotations are
            remark = (ref.nested and not section.notes and not is_reference(ref.text)
                      and not has_doi_or_url(ref.text))
            if (k in annotations or (remark and entries and is_reference(entries[-1].text))) and entries and (
                    entries[-1].section is shown and entries[-1].kind == "reference"):
                # a reader's annotation of the reference above it: kept with that record, out of its text
                above = entries[-1]
                note = " ".join(ref.text.split())
                entries[-1] = replace(above, annotation=f"{above.annotation}; {note}" if above.annotation else note)
                continue
            # A note may cite several works, after a lead-in ("See …; …").
            texts = note_citations(ref.text) if section.notes else [ref.text]
            for text in texts:
                aside = (k >= trailing or k < leading or (entries_only and not is_entry(text))
                         or (not ref.marker and is_introduction(text))  # words to the reader, anywhere
                         or (items_only and not ref.marker and not _labelled(ref) and not is_reference(text))
                         or (labels_only and not _labelled(ref) and not is_reference(text)
                             and not (ref.marker and has_doi_or_url(text)))
                         or (items_only and is_pointer(text))
                         or (section.notes and _OWN_CITATION.match(text) is not None)
                         or _points_again(text, addresses))
                entry = _entry(replace(ref, text=text), line, shown, trailing_prose=aside)
                entries.append(_named_title(entry) if named and ref.marker else entry)
    if regular.flavour == "text" and regular.source_lines is None:
        entries, merged = _right_column_first(entries, lines)
        sections = [s for s in sections if s is not merged]
    return DocumentEntries(regular, sections, entries)


def _number(entry: Entry) -> int | None:
    digits = (entry.marker or "").strip("[]().: ")
    return int(digits) if digits.isdigit() else None


def _right_column_first(entries: list[Entry], lines: list[str]) -> tuple[list[Entry], Section | None]:
    """A two-column page's list as ``pdftotext`` may print it when the reference heading stands low in the left
    column: the right column first (the rest of entry k at its top, then entries k+1 …), then the heading and
    entries 1 … k. Those entries go after entry k, the rest of it joined to it; each keeps its document line.
    A section the finder made of them (no heading) is returned, to be dropped."""
    for lower in dict.fromkeys(e.section for e in entries):
        after = [e for e in entries if e.section is lower]
        if lower.heading_line is None or [_number(e) for e in after] != list(range(1, len(after) + 1)):
            continue
        end = lower.heading_line - 1  # the block just above the heading, up to a blank line
        while end > 0 and not lines[end - 1].strip():
            end -= 1
        top = end
        while top > 0 and lines[top - 1].strip():
            top -= 1
        pieces = split_reference_lines(lines[top:end])
        numbers = [int(p.number) if p.number and p.number.isdigit() else None for p in pieces]
        if len(pieces) < 2 or numbers[0] is not None or numbers[1:] != list(
                range(len(after) + 1, len(after) + len(pieces))):
            continue
        last = after[-1]
        rest = lines[top: top + pieces[1].line - 1]
        joined = split_reference_lines(lines[last.line - 1: lower.end_line] + rest)
        if len(joined) != 1:
            continue
        completed = _entry(joined[0], last.line, lower, trailing_prose=False)
        moved = [_entry(p, top + p.line, lower, trailing_prose=False) for p in pieces[1:]]
        merged = next((e.section for e in entries if top < e.line <= end and e.section is not lower), None)
        kept = [e for e in entries if not (top < e.line <= end and e.section is not lower)]
        at = kept.index(last)
        return kept[:at] + [completed] + moved + kept[at + 1:], merged
    return entries, None


# A journal page's note telling how to cite the article itself ("Cite this as: *BMJ* 2012;345:e8050"): among
# the page's notes, the document's own citation, no work it cites.
_OWN_CITATION = re.compile(r"^[*_\s]*(?:cite this(?: article| paper)? as|how to cite this (?:article|paper))[*_]*\s*:",
                           re.IGNORECASE)


# Layouts whose lists indent an item's further paragraphs: there, prose at the margin after an item ("The
# subject is also reviewed by Knuth, who …" between a Texinfo manual's one-item lists) is not the item's.
_INDENTED_ITEMS = frozenset({"texinfo"})
_ADDRESS = re.compile(r"(?:https?|ftp)://[^\s<>()\[\]]+")


def _points_again(text: str, seen: set[str]) -> bool:
    """Is the entry a note pointing again to a work the list gave above: its addresses all given before, its
    words no reference ("[6] The concept of iterators is described in PEP 234 <the address of [1]>")? The
    addresses of every entry are added to `seen`."""
    found = [a.rstrip(".,;:>") for a in _ADDRESS.findall(text)]
    again = bool(found) and all(a in seen for a in found)
    seen.update(found)
    words = _ADDRESS.sub("", text).strip(" .,;:<>")
    return again and (not words or not is_reference(words))


def _trailing_prose(references: list[RawReference]) -> int:
    """Index from which the section's last entries are prose (a closing sentence), not references. In a list
    whose entries are numbered or labelled ("[12]", "[BIBA]"), a closing sentence has no number: a last entry
    that has one is one of the list's."""
    end = len(references)
    labelled = sum(1 for ref in references if _labelled(ref)) >= 2
    # items that each name their work before a colon and its address ("* Java Help: https://…"): a last one naming a
    # title so
    # ("* Java Reading: Application Development in Android Studio") is one of them, no closing sentence
    named = _named_list(references)
    # items each a link and nothing more ("- [ArcGIS Portal — Categories](https://…)"): a last one that linked to
    # a page of the same project, its words alone left ("- Content Catalog Implementation"), is one of them
    linked = sum(1 for ref in references if ref.marker and _WHOLE_LINK_ITEM.fullmatch(ref.text.strip())) >= 2
    # a closing remark wholly in italics or bold may carry a date ("*All links checked 3 December 2025.*")
    while (end > 1 and (is_prose(references[end - 1].text) or set_apart_remark(references[end - 1].text))
           and not (labelled and _labelled(references[end - 1]))
           and not (named and references[end - 1].marker and _NAMED_TITLE_ITEM.match(references[end - 1].text))
           and not (linked and references[end - 1].marker and _title_words(references[end - 1].text))):
        end -= 1
    return end


_WHOLE_LINK_ITEM = re.compile(r"\[[^\[\]\n]{2,}\]\([^()\s]+\)\.?")
_TITLE_WORDS = re.compile(r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|[a-z]{1,3}|[\d—–-]+))+")


def _title_words(text: str) -> bool:
    """Words that name a page as titles do (capitals, no sentence): "RIMA Content Catalog Implementation"."""
    text = text.strip()
    return len(text) <= 80 and _TITLE_WORDS.fullmatch(text) is not None


def _named_list(references: list[RawReference]) -> bool:
    return sum(1 for ref in references if ref.marker and _NAMED_ITEM.match(ref.text)) >= 2


def _named_title(entry: Entry) -> Entry:
    """In a list of addresses named before a colon, an item naming a title so and no address: the name is what the
    list calls the work ("Java Reading"), kept as its annotation; the title is the reference."""
    if entry.kind != "reference" or "://" in entry.text or not _NAMED_TITLE_ITEM.match(entry.text):
        return entry
    name, title = entry.text.split(": ", 1)
    return replace(entry, text=title, annotation=f"{name}; {entry.annotation}" if entry.annotation else name)


# an item opening on a name of a few words, a colon and its address: "Color Picker: https://…"
_NAMED_ITEM = re.compile(r"^[A-Z][\w+#.'’-]*(?: [\w+#.'’-]+){0,3}: <?(?:https?://|www\.)")
# …whose rest is a title: capitalised words, no sentence's stop
_NAMED_TITLE_ITEM = re.compile(r"^[A-Z][\w+#.'’-]*(?: [\w+#.'’-]+){0,3}: [A-Z][^.!?:]{2,80}$")


# a bracketed label opening an entry's text: a list item "- [BIBA] K. J. Biba, …", "[SP 800-30] NIST …"
# an author-year label of more words: "[Appelman, et. al., 1995] …", "[Icove, Seger, and VonStorch, 1995] …"
_LABEL = re.compile(
    r"\[(?:[^\]\s]{1,40}(?: [^\]\s]{1,20}){0,2}|[A-Z][^\[\]]{0,60}?,?\s(?:1[5-9]\d\d|20\d\d)[a-z]?)\]\s")


def _annotations(references: list[RawReference]) -> set[int]:
    """Indexes of the paragraphs that annotate the reference above them, in an annotated bibliography: unmarked
    paragraphs where two references or more are each followed by a paragraph of prose ("Kirja esittelee …",
    "A useful survey of …"). Where such a list goes strictly reference, note, reference, note, …, every second
    paragraph is a note even where its words look like a reference's ("Ohjelmiston GitHub-sivu. Tarkistettu
    3.12.2025.")."""
    if len(references) < 4 or any(ref.marker for ref in references):
        return set()
    works = [is_reference(ref.text) for ref in references]
    notes = {k for k in range(1, len(references))
             if is_prose(references[k].text) and works[k - 1]}
    # prose after a note goes on annotating the same reference (a note of two paragraphs)
    for k in range(1, len(references)):
        if k not in notes and k - 1 in notes and is_prose(references[k].text) and not works[k]:
            notes.add(k)
    followed = sum(1 for k in range(len(references) - 1) if works[k] and k + 1 in notes)
    if followed < 2 or 2 * followed < sum(works):
        return set()
    pairs = len(references) // 2
    if len(references) % 2 == 0 and all(works[2 * i] for i in range(pairs)) and 3 * sum(
            1 for i in range(pairs) if 2 * i + 1 in notes) >= 2 * pairs:
        notes |= {2 * i + 1 for i in range(pairs)}
    return notes


def _labelled(ref: RawReference) -> bool:
    return ref.number is not None or _LABEL.match(ref.text) is not None


# An editor's placeholder before the list, words alone in brackets: "< In development >", "[To be completed]"
_PLACEHOLDER = re.compile(r"^(?:<[^<>\d]{1,60}>|\[[^\[\]\d]{1,60}\]|\([^()\d]{1,60}\))$")


def _leading_asides(references: list[RawReference]) -> int:
    """How many unmarked paragraphs that are not references open a numbered or bulleted list
    ("(*) Séance du 21 octobre 1963." before "1. N. Chomsky …"), or open a list of paragraphs by speaking
    to the reader about it ("This page contains a full list of references …"): asides, not references."""
    if sum(1 for ref in references if ref.marker) < 2:
        start = 0
        while start < len(references) - 1 and (is_introduction(references[start].text)
                                                or _PLACEHOLDER.match(references[start].text.strip())
                                                or (is_account(references[start].text)
                                                    and is_reference(references[start + 1].text))):
            start += 1
        return start
    start = 0
    while start < len(references) and not references[start].marker and not is_reference(references[start].text):
        start += 1
    return start if start < len(references) else 0


_TOPIC = re.compile(r"^\*\*([^*\n]{1,40})\*\*: ")
# a Markdown link broken by a space between its words and its address ("[arXiv] (https://arxiv.org/abs/…)"): the
# writer meant the link (a bracketed address alone, no words around it, is no remark)
_SPACED_LINK = re.compile(r"(\[[^\[\]\n]{1,80}\]) (\((?:https?|ftp)://[^\s()]+\))")


def _entry(ref: RawReference, line: int, section: Section, trailing_prose: bool) -> Entry:
    text = ref.text
    base = Entry(text, line, section, "reference", ref.marker, ref.group)
    note = short_note(text)
    if note is not None:
        return replace(base, kind="short-note", note=note)
    if trailing_prose or is_caption(text) or (
            section.notes and not is_cited_work(text) and not (section.listed and is_listed_work(text))):
        return replace(base, kind="not-a-reference")
    if "] (" in text:
        text = _SPACED_LINK.sub(r"\1\2", text)
    ditto, text = same_authors(without_archive_note(text))
    text, note_text = annotation(text)
    topic = _TOPIC.match(text)
    if topic is not None:  # the list's topic label before the reference (kept bold by the Markdown layer)
        text = text[topic.end():]
        note_text = f"{topic.group(1)}; {note_text}" if note_text else topic.group(1)
    locator = None
    if section.notes:
        text, locator = cited_page(text)
    return replace(base, text=text, same_authors=ditto, annotation=note_text, locator=locator)
