"""Wikipedia articles as people copy them into Markdown or text: notes run together, edit links left in.

Some converters write an article's numbered notes as one paragraph, each note after the one before on the
same line (``1. ^ a b "Title". Site. 2. ^ Wu, Zijing (2025). …``); the section's edit link stands on a line
of its own under each heading (``[[edit](…action=edit&section=19)]``). The notes are given a line each and
the edit links are blanked (the line count of the document is kept). French Wikipedia follows every
link with the label of its archived copy (``« Titre » [archive], sur site``): the label is page furniture.
"""

from __future__ import annotations

import re

# "N. ^" (or "N. ↑"): a numbered note with its back-link, the form only a copied reference list has.
_RUN_ITEM = re.compile(r"(?<!\S)(\d{1,3})\.[ \t]+[\^↑](?=[ \t])")
_MIN_RUN = 3  # fewer notes on a line could be a sentence that quotes one
_ARCHIVE_LABEL = re.compile(r"[ \t]\[archive\](?=[\s,.;)]|$)")
# the label of a section's edit link, in the languages biblio meets ("modifier | modifier le code": two links)
EDIT_LABEL = (
    r"(?:edit(?: source)?|modifier(?: \| modifier le code)?|modifier le code"
    r"|bearbeiten(?: \| quelltext bearbeiten)?|quelltext bearbeiten|editar(?: \| editar c[oó]digo(?:-fonte)?)?"
    r"|modifica(?: \| modifica wikitesto)?)"
)
_EDIT_LINK_LINE = re.compile(rf"^\s*\[\[{EDIT_LABEL}\]\([^)\s]*\)\]\s*$", re.IGNORECASE)
# A numbered note's back-links as a text rendering of the page writes them, each letter a link and the last glued
# to the note ("1. ^ a b cNauman, E. Bruce", "5. ^Schwartz, Stephen E."): the letters run a, b, c, … in order.
_GLUED_BACK_LINKS = re.compile(r"^(\s*\d{1,3}\.[ \t]+[\^↑])((?:[ \t][a-z]{1,2})*)[ \t]?([a-z]{1,2})?(?=[A-Z\"“'(])")
# A numbered note that is its back-links alone ("1.  ^ Jump up to: a b"): a reader view that lost the note's text
# (a template it could not render) keeps only the links. Nothing of a work is there.
_BACK_LINKS_ONLY = re.compile(
    r"^\s*\d{1,3}\.[ \t]+[\^↑](?:[ \t]+Jump[ \t]+up(?:[ \t]+to)?:?)?(?:[ \t]+[a-z]{1,2})*[ \t]*$")
_NOTE_START = re.compile(r"^\s*\d{1,3}\.[ \t]")
_LETTERS = [chr(c) for c in range(ord("a"), ord("z") + 1)]
_LETTERS += [a + b for a in _LETTERS for b in _LETTERS]  # after "z" the links go on "aa", "ab", …


def _unglued(line: str) -> str:
    """The line with a space between a note's back-links and its text, where the last link was glued to it."""
    m = _GLUED_BACK_LINKS.match(line) if "^" in line or "↑" in line else None
    if m is None:
        return line
    letters = m.group(2).split() + ([m.group(3)] if m.group(3) else [])
    if letters != _LETTERS[: len(letters)] or len(letters) == 1:
        return line  # no run of back-links: "^ aB…" may be words
    return f"{m.group(1)}{' ' + ' '.join(letters) if letters else ''} {line[m.end():]}"


def _unrun(line: str) -> str:
    """The line with each numbered note on a line of its own, if it holds a run of them from its start."""
    items = list(_RUN_ITEM.finditer(line))
    if len(items) < _MIN_RUN or line[: items[0].start()].strip(" \t-*>"):
        return line
    first = int(items[0].group(1))
    starts = [items[0].start()]
    for match in items[1:]:
        if int(match.group(1)) == first + len(starts):  # the next number, not a number quoted inside a note
            starts.append(match.start())
    if len(starts) < _MIN_RUN:
        return line
    pieces = [line[a:b].rstrip() for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    return "\n".join([line[: starts[0]] + pieces[0].lstrip(), *pieces[1:]])


def wiki_copy_lines(lines: list[str]) -> list[str]:
    """`lines` with run-together numbered notes given a line each (joined by line breaks inside the line, so
    that the count of lines is kept), MediaWiki edit links and notes of back-links alone blanked and archive labels
    dropped."""
    if not any("^" in line or "↑" in line or "[" in line for line in lines):
        return lines
    return ["" if _EDIT_LINK_LINE.match(line) or _empty_note(lines, k)
            else _unglued(_unrun(_ARCHIVE_LABEL.sub("", line))) for k, line in enumerate(lines)]


def _empty_note(lines: list[str], k: int) -> bool:
    """Is line k a numbered note of back-links alone, the next line no continuation of it (a blank line, the next
    note, the end)?"""
    line = lines[k]
    if not ("^" in line or "↑" in line) or _BACK_LINKS_ONLY.match(line) is None:
        return False
    after = lines[k + 1] if k + 1 < len(lines) else ""
    return not after.strip() or _NOTE_START.match(after) is not None
