"""Split a reference section into reference strings.

Handles blank-line separated paragraphs, one-per-line lists, numbered lists
(``1.``, ``1)``, ``[1]``, ``(1)``, ``[Smi20]``, Wikipedia's ``1. ^``) and bullets
(the marker is removed from the text and kept on the result), hanging-indent
and hard-wrapped lines (joined with one space; a line ending in a hyphen, or in
a URL broken after ``/`` and going on in lower case, is joined without one), and
paragraphs holding only a URL or DOI, which belong to the reference before them.

Nothing is lost: every non-blank line ends up in exactly one reference, except
structure that is not a reference: Markdown sub-headings and one-line labels
followed by references (``**Books**``, ``Primary sources:``, ``Online Sources``;
kept as `RawReference.group`), horizontal rules, and ``>`` quote markers.
Markdown emphasis is kept as written: the parser takes ``*Title*`` as evidence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from biblio.parse.normalisers.publisher import PUBLISHER_WORDS
from biblio.references.cues import (
    classify_block,
    continues,
    has_doi_or_url,
    has_year,
    is_reference,
    is_url_only,
    links_one_a_line,
    starts_reference,
    strip_marker,
)


@dataclass(frozen=True, slots=True)  # slots: a long section makes one per reference
class RawReference:
    """One reference string as found in the section."""

    text: str  # the reference as the parser should see it: lines joined, marker removed
    number: str | None = None  # the number or label of its list marker ("12", "Smi20"), if any
    line: int = 1  # 1-based line of the section text where the reference starts
    marker: str | None = None  # the list marker as written ("[12]", "12.", "-"), if any
    group: str | None = None  # the sub-heading it stands under ("Primary sources"), if any
    nested: bool = False  # a list item indented under the item above (a sub-item), not at the list's margin


@dataclass(slots=True)
class _Draft:
    line: int
    parts: list[str]
    number: str | None
    marker: str | None
    group: str | None
    url_only: bool = False
    nested: bool = False

    def add(self, part: str) -> None:
        self.parts.append(part)
        self.url_only = False

    def build(self) -> RawReference:
        parts, group = self.parts, self.group
        if group is None and (caption := _caption_over(parts)) is not None:
            parts, group = parts[1:], caption  # the entry's own caption, as a group of one
        text = _BACK_LINKS.sub("", _join(parts))  # "1. ^" / "Title…": the back-link alone on the marker's line
        text = _SUPERSCRIPT_BACK_LETTERS.sub("", text)  # pandoc's plain text writes the letters "^(a) ^(b)"
        if self.marker is not None and self.marker.rstrip().endswith(("^", "↑")):
            text = _BACK_LETTERS.sub("", text)  # "1. ^ a" / "b Title…": the back-links wrapped to the next line
        return RawReference(text, self.number, self.line, self.marker, group, self.nested)


def _caption_over(parts: list[str]) -> str | None:
    """A first line naming the work that the reference under it names again ("Compiladores e Intérpretes" over
    "Cueva Lovelle, J. M., & otros. _Compiladores e Intérpretes: Fundamentos …_. Ra-Ma Editorial, España."): a
    caption over the entry, as a course's list writes one, no part of the reference."""
    if len(parts) < 2:
        return None
    first = parts[0].strip()
    if len(first) < _MIN_CAPTION or first[-1] in ".,;:" or any(c.isdigit() for c in first) or has_doi_or_url(first):
        return None
    if not _CAPTION_WORD.search(first):
        return None  # a caption names a work: it has words
    rest = _EMPHASIS_MARKS.sub("", " ".join(parts[1:]))
    return first if first.casefold() in rest.casefold() else None


_MIN_CAPTION = 12
_CAPTION_WORD = re.compile(r"[^\W\d_]{2}")
_EMPHASIS_MARKS = re.compile(r"[*_]")


# Wikipedia's back-links "a b c" (one per citing place) opening an entry whose "^" the marker took.
_BACK_LETTERS = re.compile(r"^([*_]{0,2})a\1(?:\s+\1[b-z]\1)+\s+(?=\S)")  # "a b", "_a_ _b_" (AsciiDoc's)
_SUPERSCRIPT_BACK_LETTERS = re.compile(r"^(?:\^\([a-z]\)\s+)+(?=\S)")
# a back-link mark opening an entry, with its letters if any: no reference starts with "^"
_BACK_LINKS = re.compile(r"^[\^↑](?:\s+([*_]{0,2})[a-z]\1(?=\s))*\s+(?=\S)")


@dataclass(slots=True)
class _Paragraph:
    lines: list[tuple[int, str]] = field(default_factory=list)  # (1-based line, line as written)


@dataclass(frozen=True)
class _Heading:
    title: str


@dataclass(frozen=True)
class _Rule:
    pass


_Item = _Paragraph | _Heading | _Rule

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_QUOTE = re.compile(r"^ {0,3}(?:> ?)+")
_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_EMPHASIS_LABEL = re.compile(r"^(\*{1,3}|_{1,3})(?=\S)([^\d*_]{1,60}?)(?<=\S)\1:?$")
_COLON_LABEL = re.compile(r"^([^\d:/<>()\[\]]{1,60}):$")
# "Primary Sources": capitalised words and nothing else; every reference has punctuation or digits.
_PLAIN_LABEL = re.compile(r"^[^\W\d_a-z](?:[^\W\d_]|[ &'’-])*$")
_HYPHEN_BREAK = re.compile(r"\S[-‐–]$")  # "…/pakistan-" + "respect-rights": no space between
# A word hyphenated at the line end ("infor-" + "mation", as pdftotext leaves it): the hyphen goes.
_WORD_HYPHENATED = re.compile(r"(?:^|\s)[^\s/:.@]*[^\W\d_][a-zà-ÿ]-$")  # "infor-", "Na-" (National)
_WORD_GOES_ON = re.compile(r"^[a-zà-ÿ]{2,}(?=[\s.,;:)]|$)")
# A URL cut after a slash with a space before the rest ("https://arxiv.org/ abs/2101.01234").
_URL_SPACE_BREAK = re.compile(
    r"((?:https?://|www\.)[^\s<>]*/) ([a-z0-9][\w\-.~%/?=&#+]*(?:/|\d\.\d)[\w\-.~%/?=&#+]*)"
)
# A URL or DOI broken after a path character ("https://doi.org/10.1000/" + "abc-def"); only when
# the next line goes on in lower case or digits, since "… https://x.org/" + "Accessed" is two words.
# (an address a Markdown link closed, "…(https://github.com/cisco/openh264).", ends before its sentence's period)
_URL_BREAK = re.compile(r"(?:https?://|www\.|doi:|\b10\.\d{4,9}/)[^\s)]*[/_=?&#%~.]$|\bhttps?:$", re.IGNORECASE)
_ADDRESS_TAIL_BREAK = re.compile(r"[/_=?&#%~.]$")  # a line that is the middle of an address, broken again
_URL_GOES_ON = re.compile(r"^(?!https?://|www\.|doi:)(?:[a-z0-9]|//)[^\s]*")  # a new address is no continuation
_COMPLETE_END = re.compile(r"(?:[.)\]>!?\"”’'*_]|\d|\S*(?:https?://|doi:|10\.\d{4,9}/)\S*)$")
_SPACES = re.compile(r"[ \t]+")
# a whole line in bold or italics ("**Nijenhuis, A., & Wilf, H. S.**", "*Introduction to Algorithms*")
_EMPHASISED_LINE = re.compile(r"^(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1$")
_ENDS = (".", ",", ";", ":", "!", "?")
_ADDRESS = re.compile(r"(?:https?://|www\.|doi:|\b10\.\d{4,9}/)\S*", re.IGNORECASE)
_MAX_WRAP_WIDTH = 100
_UNFINISHED = re.compile(r"(?:[^\W\d_]|[,;:&–—-])$")  # ends mid-sentence: a word or a joining mark
_WRAP_BAND = 0.6
_OPEN_RANGE = re.compile(r"\b(?:pp?\.|pages?|S\.)\s*\d{1,5}[–-]$")
_YEAR_LABEL = re.compile(r"^(?:1[5-9]|20)\d\d$")  # a bracketed label that is a year: "(1996)"
_LABEL_ONLY = re.compile(r"^(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,3}[.)])$")
# a bracketed label alone, escaped as Markdown converters write it: "\[12\]", "\[CVG19\]" (a plain "[Smith2019]"
# over its entry's lines is a layout of its own, an RFC's)
_LONE_LABEL = re.compile(r"^\\\[(?:\d{1,4}|[A-Za-z][\w+.:\-]{0,20}\d[a-z]?)\\\]$")


def split_references(section_text: str, *, indented_items: bool = False) -> list[RawReference]:
    """The references of a section (the text under its heading) in order. With ``indented_items`` (a layout
    that indents a list item's further paragraphs, as Texinfo's is), a paragraph at the margin after a list
    item is not the item's."""
    return split_reference_lines(_LINE_BREAK.split(section_text), indented_items=indented_items)


def split_reference_lines(lines: Iterable[str], *, indented_items: bool = False) -> list[RawReference]:
    """``split_references`` of the section text these lines (none holding a line break) make."""
    items = _detached_labels(_label_groups(_labels_over_text(_items(lines))))
    list_style = sum(
        1 for item in items if isinstance(item, _Paragraph) and strip_marker(item.lines[0][1].strip())[1]
    ) >= 2
    bracketed = sum(1 for item in items if isinstance(item, _Paragraph) and _BRACKET_LABEL.match(item.lines[0][1])) >= 2

    drafts: list[_Draft] = []
    group: str | None = None
    attachable = False  # may the next paragraph continue the last reference? (not across headings or rules)
    cut_by_heading = False  # did a stray heading just cut the last reference?
    for item in items:
        if isinstance(item, _Heading):
            if attachable and drafts and drafts[-1].marker is not None and _UNFINISHED.search(
                    drafts[-1].parts[-1].rstrip()):
                cut_by_heading = True  # a converter's heading inside an entry a page break cut ("… agents for" /
                continue  # "## Abstract" / "American Chapter of …"): the entry goes on after it
            group, attachable = item.title, False
            continue
        if isinstance(item, _Rule):
            attachable = False
            continue
        first = item.lines[0][1]
        joined = " ".join(line.strip() for _, line in item.lines)
        last = drafts[-1] if drafts and attachable else None
        resumed, cut_by_heading = cut_by_heading, False
        if last is not None and is_url_only(joined) and not last.url_only:
            # A paragraph holding only the URL/DOI of the reference above it.
            for _, line in item.lines:
                last.add(line.strip())
            continue
        if last is not None and (_goes_on(last, first) or (resumed and strip_marker(first.strip())[1] is None)):
            # The rest of a reference cut by a page or column break ("…Title of the" / "paper. In …"), up to
            # the next marked entry, which the break's paragraph may hold too
            drafts.extend(_rest_of(last, item.lines, group))
            continue
        if (
            last is not None
            and list_style
            and strip_marker(first.strip())[1] is None
            and (_indent(first) > 0 or not (indented_items or starts_reference(first)))
            and not (bracketed and _BRACKET_LABEL.match(first))
            and not (_indent(first) == 0 and set_apart_remark(joined))
            and not (bracketed and _indent(first) == 0 and _after_bracketed_entry(last, item.lines))
        ):
            # A further paragraph of a list item (a "loose" Markdown list), or its rest after a column break, up
            # to the next marked entry that paragraph holds
            drafts.extend(_rest_of(last, item.lines, group))
            continue
        drafts.extend(_split_paragraph(item.lines, group))
        attachable = True
    return [draft.build() for draft in drafts]


def _after_bracketed_entry(last: _Draft, lines: list[tuple[int, str]]) -> bool:
    """Is a paragraph at the margin, after a finished "[7] …" entry, words of the page after the list ("Disclaimer:
    All data and information provided …")? "[n]" marks no Markdown list item, so nothing at the margin goes on with
    one but the rest of an entry a break cut."""
    return _COMPLETE_END.search(last.parts[-1].rstrip()) is not None and classify_block(
        [line for _, line in lines]) == "prose"


def _rest_of(last: _Draft, lines: list[tuple[int, str]], group: str | None) -> list[_Draft]:
    """`lines` up to the next marked entry added to `last`; the entries from there on."""
    cut = next((k for k, (_, line) in enumerate(lines) if k and strip_marker(line.strip())[1]), len(lines))
    for _, line in lines[:cut]:
        last.add(line.strip())
    return _split_paragraph(lines[cut:], group) if cut < len(lines) else []


# A paragraph at the margin wholly in italics or bold ("*All links accessed on 3 December 2025.*") that is no
# reference: the writer's remark on the list, set apart by its emphasis, not a further paragraph of the item above.
_EMPHASIZED = re.compile(r"^(\*{1,2}|_{1,2})(?!\s)(.+?)(?<!\s)\1$")


# ...or lines each wholly in italics, a footer after the list ("*Document prepared for: …*" / "*Branch: … | Date: …*")
_EMPHASIZED_LINES = re.compile(r"^(?:\*(?![\s*])[^*]+?(?<!\s)\*(?:\s+|$)){2,}$")


def set_apart_remark(text: str) -> bool:
    text = text.strip()
    whole = _EMPHASIZED.match(text)
    if whole is not None and "*" in whole.group(2) and _EMPHASIZED_LINES.match(text):
        return not is_reference(text.replace("*", ""))
    return whole is not None and "*" not in whole.group(2) and not is_reference(whole.group(2))


# A label of two or three words ("[GPG 44] …", "[NIST RMF] …") in a list labelled in brackets: the marker
# pattern leaves it as text, and a paragraph it opens is an entry of its own, not the last one's continuation.
_BRACKET_LABEL = re.compile(r"^\[[^\]\s]{1,30}(?: [^\]\s]{1,20}){0,2}\][ \t]+\S")


def _items(lines: Iterable[str]) -> list[_Item]:
    """Paragraphs, headings and rules, in order."""
    items: list[_Item] = []
    paragraph = _Paragraph()

    def flush() -> None:
        nonlocal paragraph
        if paragraph.lines:
            items.append(paragraph)
            paragraph = _Paragraph()

    for number, raw in enumerate(lines, start=1):
        line = _QUOTE.sub("", raw).rstrip()  # quote markers and trailing two-space line breaks
        if not line.strip():
            flush()
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            items.append(_Heading(heading.group(1).strip()))
            continue
        if _SETEXT_UNDERLINE.match(line) and len(paragraph.lines) == 1 and _is_label(paragraph.lines[0][1], True):
            items.append(_Heading(paragraph.lines[0][1].strip()))
            paragraph = _Paragraph()
            continue
        if _RULE.match(line):
            flush()
            items.append(_Rule())
            continue
        paragraph.lines.append((number, line))
    flush()
    return items


def _is_label(line: str, underlined: bool = False) -> bool:
    """A short line naming a group of references ("**Books**", "Primary sources:")."""
    text = line.strip()
    if len(text) > 60 or any(c.isdigit() for c in text) or is_reference(text):
        return False
    if underlined:
        return True
    if _EMPHASIS_LABEL.match(text):
        return True
    return bool((_COLON_LABEL.match(text) or _PLAIN_LABEL.match(text)) and len(text.split()) <= 6)


def _label_text(line: str) -> str:
    text = line.strip()
    m = _EMPHASIS_LABEL.match(text)
    if m:
        text = m.group(2)
    return text.rstrip(":").strip()


def _label_groups(items: list[_Item]) -> list[_Item]:
    """One-line label paragraphs become headings, when references follow them."""
    out: list[_Item] = []
    last_paragraph = max((k for k, item in enumerate(items) if isinstance(item, _Paragraph)), default=-1)
    for k, item in enumerate(items):
        followed = k < last_paragraph
        if isinstance(item, _Paragraph) and len(item.lines) == 1 and followed and _is_label(item.lines[0][1]):
            out.append(_Heading(_label_text(item.lines[0][1])))
        else:
            out.append(item)
    return out


def _labels_over_text(items: list[_Item]) -> list[_Item]:
    """An escaped label on the first line of a paragraph whose text starts on the next line (pandoc's
    "**\\[CVG19\\]**" before an anchor span that ran over the line end): the label and that line are one."""
    out: list[_Item] = []
    for item in items:
        if (isinstance(item, _Paragraph) and len(item.lines) > 1 and _lone_label(item.lines[0][1])
                and not _lone_label(item.lines[1][1])):
            (number, label), (_, text) = item.lines[0], item.lines[1]
            item = _Paragraph([(number, f"{label.strip()} {text.strip()}"), *item.lines[2:]])
        out.append(item)
    return out


def _lone_label(line: str) -> bool:
    return _LONE_LABEL.match(line.strip()) is not None


def _label_only(item: _Item) -> bool:
    return (isinstance(item, _Paragraph) and len(item.lines) == 1
            and _LABEL_ONLY.match(item.lines[0][1].strip()) is not None)


def _detached_labels(items: list[_Item]) -> list[_Item]:
    """Labels standing alone on their lines, as pdftotext leaves a list whose labels hang in the margin.

    Two or more in a row mean the labels came out as a column of their own, apart from their entries:
    they are dropped (the entries are split by how they start). A single one joins the entry after it.
    """
    if not any(_label_only(item) for item in items):
        return items
    column = any(_label_only(a) and _label_only(b) for a, b in zip(items, items[1:], strict=False))
    out: list[_Item] = []
    pending: tuple[int, str] | None = None
    for item in items:
        if _label_only(item):
            assert isinstance(item, _Paragraph)
            pending = None if column else item.lines[0]
            continue
        if pending is not None and isinstance(item, _Paragraph):
            (number, label), (_, first) = pending, item.lines[0]
            item = _Paragraph([(number, f"{label.strip()} {first.strip()}"), *item.lines[1:]])
        pending = None
        out.append(item)
    return out


def _goes_on(draft: _Draft, first: str) -> bool:
    """Does a paragraph starting with `first` finish the reference `draft` left unfinished?"""
    text = first.strip()
    previous = draft.parts[-1].rstrip()
    return (
        bool(text) and text[0].islower() and not starts_reference(text) and not _ADDRESS.match(text)
        and _UNFINISHED.search(previous) is not None and "/" not in previous.rsplit(None, 1)[-1]
    )


# A bulleted list as a page's text conversion writes it, its bullets out of place: a bullet alone on a line before
# its item's text, or left at the end of the line before it, after the address that closes the item above
# ("https://doi.org/10.1186/… -" / "M Almquist, …"), or between two items on one line ("…136 - A Antonopoulos, …").
_BULLETS = frozenset("-*•")
_ADDRESS_THEN_BULLET = re.compile(r"(?P<address>(?:https?://|doi:)\S+)[ \t]+(?P<bullet>[-*•])(?:[ \t]+(?=\S)|$)")


def _bullets_in_place(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    bullet = strip_marker(lines[0][1].strip())[1]
    if bullet not in _BULLETS:
        return lines
    placed: list[tuple[int, str]] = []
    pending = False  # a bullet waiting for its item's text
    for number, raw in lines:
        text = raw.strip()
        if text == bullet:
            pending = True
            continue
        cuts = [m for m in _ADDRESS_THEN_BULLET.finditer(text) if m.group("bullet") == bullet]
        pieces, start = [], 0
        for m in cuts:
            pieces.append(text[start:m.end("address")])
            start = m.end()
        pieces.append(text[start:])
        first = pieces[0] if cuts else raw
        if pending:
            first, pending = f"{bullet} {first.strip()}", False
        placed.append((number, first))
        for piece in pieces[1:]:
            if piece.strip():
                placed.append((number, f"{bullet} {piece.strip()}"))
            else:
                pending = True  # the bullet closed the line: the next line is its item
    return placed


def _split_paragraph(lines: list[tuple[int, str]], group: str | None) -> list[_Draft]:
    """A paragraph's references: one, or several when it is a list without blank lines."""
    lines = _bullets_in_place(lines)
    first_indent = _indent(lines[0][1])
    hanging = any(_indent(line) > first_indent for _, line in lines[1:])
    first_marked = strip_marker(lines[0][1].strip())[1] is not None
    if not first_marked and links_one_a_line([line for _, line in lines]):
        return [_Draft(number, [line.strip()], None, None, group) for number, line in lines]  # a link a line
    if not hanging and _hard_wrapped(lines):
        rest, marker, label = strip_marker(lines[0][1].strip())
        draft = _Draft(lines[0][0], [rest], label, marker, group)
        for _, line in lines[1:]:
            draft.add(line.strip())
        return [draft]

    drafts: list[_Draft] = []
    previous = ""
    # every line closed as an entry closes and dated: one entry a line, even where none opens on names
    # (treaties, pages cited by their title: "Paris Agreement, Dec. 12, 2015, T.I.A.S. No. 16-1104.")
    dated_lines = len(lines) >= 3 and all(_ENTRY_END.search(line.strip()) and has_year(line) for _, line in lines)
    for k, (number, raw) in enumerate(lines):
        stripped = raw.strip()
        rest, marker, label = strip_marker(stripped)
        if k == 0 or marker is not None:
            new = k == 0 or not _out_of_turn(drafts[-1].number, label, previous) or _linked_like(rest, drafts[-1])
        elif first_marked:
            # in a marked list, unmarked lines continue the item above; a line left of the items' markers is none
            # of theirs (a text rendering's "    * Davis, M; …" then unmarked entries at the margin)
            new = _indent(raw) < first_indent and _opens_entry(stripped, previous, drafts[-1], dated_lines)
        elif hanging:
            new = _indent(raw) <= first_indent
        elif is_url_only(stripped):
            new = False
        else:
            new = _opens_entry(stripped, previous, drafts[-1], dated_lines)
        if new:
            nested = first_marked and marker is not None and _indent(raw) > first_indent
            drafts.append(_Draft(number, [rest], label, marker, group, url_only=is_url_only(rest), nested=nested))
        else:
            drafts[-1].add(stripped)
        previous = stripped
    return _group_items(_rest_in_sub_items(drafts)) if any(draft.nested for draft in drafts) else drafts


# An item that stops at its year, its title or its edition ("**Elmasri, R.** (2016). *Title* (7ª ed.).") ...
_OPEN_END = re.compile(r"(?:\((?:1[5-9]|20)\d\d[a-z]?\)|\(\s*\d+\S*\s+ed\.?\s*\)|[”\"*_])[.,]?$")
# ... over a first sub-item that is the rest of the reference: an italic venue or title going on (", vol. 1",
# " (5th ed.). House"; a remark's "*Term*: …" is none) ...
_VENUE_GOES_ON = re.compile(r"^[*_][^*_]{3,}[*_](?:,|\s\()")
# ... or a house's name alone ("Pearson Education.", "Addison-Wesley."): a few words that hold a house's word and no
# lower-case word of a sentence (a reader's note "Highly recommended." or "Read chapter two." is none)
_FEW_WORDS = re.compile(r"^(?:[^\W\d_][\w'’&-]*\s){0,3}[^\W\d_][\w'’&-]*\.$")
_SENTENCE_WORD = re.compile(r"\s[^\W\d_A-Z][^\W\d_]{3}")
# the end an item's last line is tested at: the longest open end ("(  12th ed. )") is far shorter, and a search
# over a whole long line is quadratic
_END_WIDTH = 40


def _rest_of_item(line: str) -> bool:
    """Whether a first sub-item goes on with the reference above it: its venue or its house."""
    if _VENUE_GOES_ON.match(line) is not None:
        return True
    return (_FEW_WORDS.match(line) is not None and PUBLISHER_WORDS.search(line) is not None
            and _SENTENCE_WORD.search(line) is None)


def _rest_in_sub_items(drafts: list[_Draft]) -> list[_Draft]:
    """A reference's item whose venue or house stands in the first sub-item under it (a lesson's list: the
    names, year and title on the bullet, "  - Pearson Education." under it): that sub-item is part of it; the
    sub-items after it stay the reader's remarks."""
    out: list[_Draft] = []
    for draft in drafts:
        above = out[-1] if out else None
        if (draft.nested and above is not None and not above.nested and above.marker is not None
                and len(draft.parts) == 1 and ((first := draft.parts[0].strip())[:1].isupper() or first[:1] in "*_")
                and has_year(" ".join(above.parts))
                and _OPEN_END.search(above.parts[-1].rstrip()[-_END_WIDTH:]) is not None
                and _rest_of_item(first) and not has_year(first)):
            above.parts.append(first)
            continue
        out.append(draft)
    return out


def _group_items(drafts: list[_Draft]) -> list[_Draft]:
    """An item over sub-items that is only a short name (no digit, address or reference) while a sub-item is a
    work or its address: the name of the group they make ("* Official documentation" over "  * texdoc …" and
    "  * https://…"), kept as their group, not an entry."""
    out: list[_Draft] = []
    label: str | None = None
    for k, draft in enumerate(drafts):
        if draft.nested:
            draft.group = label or draft.group
            out.append(draft)
            continue
        label = None
        text = " ".join(draft.parts).strip()
        under = list(itertools.takewhile(lambda d: d.nested, drafts[k + 1:]))
        if (under and draft.marker in _BULLETS and len(draft.parts) == 1 and len(text) <= _MAX_GROUP_LABEL
                and not any(c.isdigit() for c in text) and not has_doi_or_url(text) and not is_reference(text)
                and any(is_reference(" ".join(d.parts)) or has_doi_or_url(" ".join(d.parts)) for d in under)):
            label = text.rstrip(":：").strip()
            continue
        out.append(draft)
    return out


_MAX_GROUP_LABEL = 60


def _opens_entry(stripped: str, previous: str, draft: _Draft, dated_lines: bool) -> bool:
    """A line-per-reference list, or a hard-wrapped reference? A line starts a new one only where it starts like
    a reference and the line before seems finished."""
    return dated_lines and stripped[:1].isupper() or (
        starts_reference(stripped)
        and not continues(previous)
        and (_COMPLETE_END.search(previous) is not None or is_reference(stripped))
        and not _title_only(draft)
        and not _names_and_year_only(draft)
        and not (_IMPRINT_ONLY.match(stripped) and not has_year(" ".join(draft.parts)))
    )


# A line of only a publisher (or place) and a year ("MIT Press, 2020."): the imprint of a reference broken over
# lines (Markdown's hard breaks: "**Smith, J.**  " / "*A Study*  " / "MIT Press, 2020."), when that one has no year
_IMPRINT_ONLY = re.compile(r"^[^\W\d_][^*_“\"”,.]{0,50},\s*(?:1[5-9]|20)\d\d[a-z]?\.?$")


def _title_only(draft: _Draft) -> bool:
    """Is the reference so far a title and nothing else: no name at its start, no year, no address
    ("**The crust of the Moon as seen by GRAIL.**" on a line of its own)? Its names and source follow."""
    text = " ".join(draft.parts)
    return not starts_reference(draft.parts[0]) and not has_year(text) and not has_doi_or_url(text)


# an author-date entry broken after its year: "John M. Chambers (1998)" over "*Programming with Data*. Springer, …"
_NAMES_AND_YEAR = re.compile(r"[^()\d\"“*_]{2,120}\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)[.,:]?")


def _names_and_year_only(draft: _Draft) -> bool:
    """Is the reference so far its names and its year in parentheses and nothing else? Its title follows."""
    return len(draft.parts) == 1 and _NAMES_AND_YEAR.fullmatch(draft.parts[0]) is not None


# an item opening on an inline Markdown link: "[Title](https://…) — remark"
_LINK_OPENING = re.compile(r"^\[[^\]\n]+\]\(\S+\)")


def _linked_like(rest: str, draft: _Draft) -> bool:
    """Does an item opening on a link, as the entry above opened, start an entry, whatever its number (a list of
    linked works cut to some of its items: "8. [Title](…) — remark" / "12. [Title](…)")? Wrapped text never opens
    on a whole link."""
    return rest[:1] == "[" and _LINK_OPENING.match(rest) is not None and _LINK_OPENING.match(draft.parts[0]) is not None


def _out_of_turn(before: str | None, label: str | None, previous: str) -> bool:
    """Is a number at a line start no list marker but the wrapped text of the entry above? So in a
    numbered list when it is not the next number and the line above stopped mid-sentence
    ("51. … NATO ASI Series, volume" / "156. pp. 435–450.")."""
    if label and label.isdigit() and _OPEN_RANGE.search(previous):
        return True  # the end of a page range the line above opened ("pp. 31–" / "33. Roma: Bulzoni.")
    if label and _YEAR_LABEL.match(label) and previous.endswith(","):
        return True  # a year in brackets after the title's comma ("Numerical Algorithms in C," / "(1996) Springer")
    if not (before and label and before.isdigit() and label.isdigit()):
        return False
    # The same number again is Markdown's and AsciiDoc's way of numbering ("1." before every item). A line ending
    # in an address is finished (a list cut to some of its items: "… Dostupné z:" / "https://…/MySQL" / "_5. …").
    return (int(label) not in (int(before), int(before) + 1) and _UNFINISHED.search(previous) is not None
            and not _ADDRESS.fullmatch(previous.rsplit(None, 1)[-1]))


# a line closed as an entry closes: a full stop after a word of two letters or more, a number or a bracket (not
# after an initial, where a wrapped name list may break: "Smith, J." / "Title")
_ENTRY_END = re.compile(r"(?:[^\W\d_]{2}|\d|\))\.$")


def _hard_wrapped(lines: list[tuple[int, str]]) -> bool:
    """One reference wrapped at a fixed width (pandoc's 72 columns, an editor's fill)?

    Its lines but the last are of much the same length (or too short only for the next line's first word to
    have fitted), at most one both starts like a
    reference and gives a year (in a one-per-line list, every line does), and no line
    after the first has a list marker. A line break inside such a paragraph is never a split.
    """
    texts = [line.strip() for _, line in lines]
    if len(texts) < 2 or any(strip_marker(text)[1] for text in texts[1:]):
        return False
    if len(texts) >= 3 and all(_ENTRY_END.search(text) for text in texts):
        return False  # every line closed by a word's or a number's full stop: a list, one entry a line
    widths = [len(text) for text in texts[:-1]]
    width = max(widths)
    # A filled line is longer than the width only when it is one word: a last line of words, longer than the
    # rest, shows they were not filled where the next line's first word would have fitted ("Padfield, D. "Masked
    # FFT registration". CVPR, 2010." over "Lewis, J.P. "Fast Normalized Cross-Correlation". Industrial Light &
    # Magic.": an entry a line).
    last = len(texts[-1])
    if last > width and " " in texts[-1] and any(
            size + 1 + len(texts[k + 1].split(None, 1)[0]) <= last for k, size in enumerate(widths)):
        return False
    # a short line is still filled when the next line's first word would not have fitted on it (a long address)
    if width > _MAX_WRAP_WIDTH or any(
        size < _WRAP_BAND * width and size + 1 + len(texts[k + 1].split(None, 1)[0]) <= width
        for k, size in enumerate(widths)
    ):
        return False
    return sum(1 for text in texts if starts_reference(text) and has_year(_ADDRESS.sub("", text))) <= 1


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip(" \t"))


def _set_apart(previous: str, part: str) -> bool:
    """Do two lines of an entry hold two fields with no mark between them, one line being wholly in emphasis
    ("Steve Klabnik & Carol Nichols" / "*The Rust Programming Language*" / "MIT Press, 2009.")?"""
    emphasised = _EMPHASISED_LINE.match(previous)
    if emphasised is not None:  # (not before words that go on with it: "*…, Part B*" / "(Cybernetics) 37 (2)")
        return not emphasised.group(2).endswith(_ENDS) and part[:1].isupper()
    return (_EMPHASISED_LINE.match(part) is not None and not previous.endswith(_ENDS) and not continues(previous)
            and (previous[-1:].isalnum() or previous.endswith(")")))


def _join(parts: list[str]) -> str:
    pieces: list[str] = []
    previous = ""
    in_address = False  # the previous line went on an address broken on the line before it
    for part in parts:
        part = _SPACES.sub(" ", part.strip())
        if not part:
            continue
        # Look at the previous line only (not the text so far): joining stays linear.
        if pieces and _WORD_HYPHENATED.search(previous) and _WORD_GOES_ON.match(part):
            pieces[-1] = pieces[-1][:-1]  # "infor-" + "mation": the hyphen only marked the break
            glued = True
        else:
            # an address over three lines: ".../snapshot/" + "2017-12-31/…/syuzhet-vignette." + "html"
            broken = _URL_BREAK.search(previous) or (in_address and _ADDRESS_TAIL_BREAK.search(previous))
            address_goes_on = bool(broken and _URL_GOES_ON.match(part))
            glued = bool(_HYPHEN_BREAK.search(previous) or address_goes_on)
            in_address = address_goes_on and " " not in part
        if pieces and not glued:
            if _set_apart(previous, part):
                pieces.append(".")  # a line set apart in bold or italics (the authors, the title) is a field
            pieces.append(" ")
        pieces.append(part)
        previous = part
    text = "".join(pieces)
    return _URL_SPACE_BREAK.sub(r"\1\2", text) if "/ " in text else text
