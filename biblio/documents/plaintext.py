"""Plain text and text extracted from PDFs (``pdftotext``), read line by line.

Lines stay where they are (line numbers are the document's). What PDF
extraction adds to a reference list is removed: ligature characters become
letters, page numbers and running headers or footers (short lines repeated on
many pages, or repeated beside the page numbers between pages) become blank
lines. Hyphenation at line ends and URLs broken across lines are rejoined by
the splitter, which joins a reference's lines.
"""

from __future__ import annotations

import re
from collections import Counter

# pdftotext gives a ligature of a font with no Unicode map (pdfLaTeX's T1 fonts) as its slot in the font's
# encoding, a control character: ff, fi, fl, ffi, ffl at 0x1B-0x1F ("Bibliogra\x1ca" for "Bibliografia").
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
                            "\x1c": "fi", "\x1d": "fl", "\x1e": "ffi", "\x1f": "ffl"})
_HAS_LIGATURE = re.compile("[\ufb00-\ufb06\x1c-\x1f]|\x1b(?!\\[)")
_ESCAPE_FF = re.compile("\x1b(?!\\[)")  # 0x1B is ff unless it opens a terminal's colour code ("\x1b[0m")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:page|p\.|seite|página)\s*)?\d{1,4}(?:\s*(?:/|of|von|de)\s*\d{1,4})?(?:\s*[-–—])?\s*$",
    re.IGNORECASE,
)
# A page number printed at the end of a running foot, past a wide gap (``pdftotext -layout``).
_PAGE_NUMBER_AT_END = re.compile(r"\S\s{3,}(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# A list's entry begins so; a repeated entry is a reference written twice, never page furniture.
_ENTRY_START = re.compile(r"^\s*(?:\[\d+\]|\d{1,4}[.)]\s)")
# A footnote's mark as pdftotext prints a superscript: a small number alone on its line.
_FOOTNOTE_MARK = re.compile(r"^\s*\d{1,2}\s*$")
_FOOTNOTE_LINES = 10  # a page's footnotes stand at most this many lines above its running foot
_NEAR_PAGE_NUMBER = 3  # lines between a running head or foot and the page number it stands by
# A numbered note ("#. Ibid.") or a short note repeats by nature; it is no running header.
_NOTE_LIKE = re.compile(r"^(?:\W{0,2}#[.)\]:]|.*\b(?:ibid|idem|op\. cit)\b)", re.IGNORECASE)
_MAX_RUNNING_HEADER = 90
# An e-mail's quoted lines ("> ", "> > " in a reply): read as the text they quote.
_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_QUOTED_LINE = re.compile(r"^[ \t]*>", re.MULTILINE)
# "On Mon, 13 Mar 2023 at 17:55, Sasha wrote:" (and as other mail programs and languages write it)
_ATTRIBUTION = re.compile(
    r"^\s*(?:on\b.{4,120}\bwrote|am\b.{4,120}\bschrieb|le\b.{4,120}\ba écrit|el\b.{4,120}\bescribió"
    r"|.{2,80}\b(?:wrote|writes|schrieb|a écrit|escribió))\s*:\s*$", re.IGNORECASE)
_MIN_REPEATS = 3


def plain_lines(text: str) -> list[str]:
    """The lines of a plain-text document, cleaned of PDF extraction artefacts."""
    if _HAS_LIGATURE.search(text):
        text = _ESCAPE_FF.sub("ff", text).translate(_LIGATURES)
    lines = _unquoted(text.split("\n")) if _QUOTED_LINE.search(text) else text.split("\n")
    running = _running_headers(lines) | _heads_of_headings(lines)
    out: list[str] = []
    furniture: list[int] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        isolated = (i == 0 or not lines[i - 1].strip()) or (i + 1 >= len(lines) or not lines[i + 1].strip())
        if stripped and (
            (_PAGE_NUMBER.match(stripped) and isolated)
            or _key(stripped) in running
        ):
            out.append("")
            furniture.append(i)
        else:
            out.append(line)
    _blank_footnotes(out, [i for i in furniture if not _FOOTNOTE_MARK.match(lines[i])], lines)
    _unglue_page_numbers(out, furniture, lines)
    _join_bibtex_entries(out)
    return out


# A page's last line whose word was hyphenated: pdftotext joins the word and the page number printed under
# it ("binary floating-" over "3" gives "binary floating3"), then the next page's running head follows.
_GLUED_PAGE_NUMBER = re.compile(r"(?<=[^\W\d_]{2})(\d{1,4})$")


def _unglue_page_numbers(out: list[str], furniture: list[int], lines: list[str]) -> None:
    """Such a line's word given back its hyphen, the page number taken off: the next page's text goes on."""
    numbers = {int(line.strip()) for i, line in enumerate(lines) if i in set(furniture) and line.strip().isdigit()}
    for i in furniture:
        k = i - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        if k < 0 or k in furniture:
            continue
        glued = _GLUED_PAGE_NUMBER.search(out[k].rstrip())
        if glued is not None and {int(glued.group(1)) - 1, int(glued.group(1)) + 1} & numbers:
            out[k] = out[k].rstrip()[: glued.start()] + "-"


# A BibTeX entry pasted into text ("A BibTeX entry for LaTeX users is" in R's citation() output and the
# CITATION files that copy it): from "@ARTICLE{key," to its closing brace.
_MAX_ENTRY_LINES = 80


def _join_bibtex_entries(out: list[str]) -> None:
    """Each whole BibTeX entry in the text as one line where it starts (the rest of it blank), as a
    fenced block's entries are read in Markdown: a reference of the section it stands in."""
    from biblio.references.bibtex_entries import is_entry, opens_entry

    i = 0
    while i < len(out):
        if "@" not in out[i] or not opens_entry(out[i]):
            i += 1
            continue
        depth, end = 0, None
        for k in range(i, min(len(out), i + _MAX_ENTRY_LINES)):
            depth += out[k].count("{") - out[k].count("}")
            if depth <= 0:
                end = k
                break
        if end is None:
            i += 1
            continue
        text = " ".join(line.strip() for line in out[i:end + 1] if line.strip())
        if is_entry(text):
            out[i:end + 1] = [text] + [""] * (end - i)
        i = end + 1


def _unquoted(lines: list[str]) -> list[str]:
    """An e-mail's quoted lines as the text they quote; the line that attributes the quote is no text."""
    out = [_QUOTED.sub("", line) for line in lines]
    for i, line in enumerate(lines[:-1]):
        if _ATTRIBUTION.match(line) and _QUOTED.match(lines[i + 1]):
            out[i] = ""
    return out


def _blank_footnotes(out: list[str], furniture: list[int], lines: list[str]) -> None:
    """A page's footnotes, between the page's text and its running foot: pdftotext prints each
    superscript mark as a number on a line of its own ("2", then "3"), before or beside the notes'
    text. From such a mark to the page furniture a few lines below, no line begins an entry."""
    ends = iter(furniture)
    end = next(ends, None)
    i = 0
    while i < len(lines) and end is not None:
        if end <= i:
            end = next(ends, None)
            continue
        if _FOOTNOTE_MARK.match(lines[i]) and end - i <= _FOOTNOTE_LINES and not any(
            _ENTRY_START.match(lines[k]) for k in range(i + 1, end)
        ):
            for k in range(i, end):
                out[k] = ""
            i = end
        i += 1


def _running_headers(lines: list[str]) -> set[str]:
    """Short lines (digits ignored) standing alone that recur on several pages: headers and footers."""
    counts: Counter[str] = Counter()
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or len(stripped) > _MAX_RUNNING_HEADER:
            continue
        before = i == 0 or not lines[i - 1].strip()
        after = i + 1 >= len(lines) or not lines[i + 1].strip()
        if before and after:
            counts[_key(stripped)] += 1
    # A running header carries no year or URL of its own, unlike a repeated short reference.
    return {
        key for key, n in counts.items()
        if n >= _MIN_REPEATS and "://" not in key and "#" * 4 not in key and not _NOTE_LIKE.match(key)
    } | _beside_page_numbers(lines)


def _beside_page_numbers(lines: list[str]) -> set[str]:
    """Short lines (digits ignored) that recur and stand, each time, beside a page number or at the
    document's top or foot: the running head and foot between pages, even in a document of two or
    three pages and with a date in them. Text that recurs elsewhere too (a repeated sentence, two
    references with the same pages) is no page furniture."""
    marks = [i for i, line in enumerate(lines)
             if _PAGE_NUMBER.match(line.strip()) or _PAGE_NUMBER_AT_END.search(line)]
    if not marks:
        return set()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edges = set(filled[:_NEAR_PAGE_NUMBER] + filled[-_NEAR_PAGE_NUMBER:])
    # nearness counts lines of text: plain pdftotext puts a blank line between the pieces of a head or foot
    rank = {i: r for r, i in enumerate(filled)}
    mark_ranks = [rank[m] for m in marks if m in rank]
    places: dict[str, list[bool]] = {}
    for i in filled:
        stripped = lines[i].strip()
        if len(stripped) > _MAX_RUNNING_HEADER * 2 or _ENTRY_START.match(stripped) or _NOTE_LIKE.match(stripped):
            continue
        beside = i in edges or any(abs(rank[i] - m) <= _NEAR_PAGE_NUMBER for m in mark_ranks)
        places.setdefault(_key(stripped), []).append(beside)
    return {key for key, beside in places.items()
            if len(beside) >= 2 and all(beside) and not _PAGE_NUMBER.match(key.replace("#", "1"))}


# A book's or thesis's running head: a page number and the title of the chapter the page is in ("4 BIBLIOGRAPHY",
# "Bibliography 117"), printed once per page, even when the chapter has only two pages.
_NUMBERED_HEAD = re.compile(
    r"^(?:\d{1,4}\s+(?P<t1>[^\W\d][^\d.:;,]{2,60})|(?P<t2>[^\W\d][^\d.:;,]{2,60}?)\s+\d{1,4})$"
)
_MAX_HEADING_WORDS = 6


def _heads_of_headings(lines: list[str]) -> set[str]:
    """Lines that are an earlier heading's words beside a page number: running heads (keys as _key gives)."""
    seen: set[str] = set()
    heads: set[str] = set()
    for line in lines:
        if len(line) > _MAX_RUNNING_HEADER:
            continue  # too long for a heading or a running head
        stripped = " ".join(line.split())
        if not stripped:
            continue
        m = _NUMBERED_HEAD.match(stripped)
        if m is not None and (m.group("t1") or m.group("t2") or "").casefold() in seen:
            heads.add(_key(stripped))
        elif len(stripped.split()) <= _MAX_HEADING_WORDS and not stripped.endswith((".", ",", ";", ":")):
            seen.add(stripped.casefold())
    return heads


def _key(line: str) -> str:
    """A line as it recurs from page to page: digits (page numbers, dates) and spacing ignored."""
    return _DIGITS.sub("#", " ".join(line.split()))
