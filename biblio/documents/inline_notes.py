"""Notes written where they are called, moved out as Markdown footnote definitions.

LaTeX (``\\footnote{…}``), AsciiDoc (``footnote:[…]``) and Texinfo (``@footnote{…}``) write a note's text in
the sentence that calls it; the printed page puts it at the foot. A humanities paper cites its works there,
so the note is read as Markdown's ``[^n]: …`` definition would be: its call becomes ``[^n]`` and its text a
definition after the document, where the finder reads notes (a full reference, a short note, or prose kept
aside). The lines of the text are kept: a note over several lines leaves them blank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAIRS = {"{": "}", "[": "]"}


@dataclass(frozen=True)
class Note:
    """A note lifted out of the text: its number, the line (1-based) of its call, and its text."""

    number: int
    line: int
    text: str


def lift_notes(text: str, opener: re.Pattern[str]) -> tuple[str, list[Note]]:
    """The text with each note (``opener`` matched up to its opening bracket, then the balanced body) replaced
    by its call ``[^n]``, and the notes in order. An unclosed note is left as written."""
    out: list[str] = []
    notes: list[Note] = []
    at = 0
    closes: dict[str, dict[int, int]] = {}
    line, counted = 1, 0  # the line at ``counted``, carried forward: counting from the start each time is quadratic
    for m in opener.finditer(text):
        if m.start() < at:
            continue  # inside a note already lifted (a note's own note is part of its text)
        bracket = text[m.end() - 1]
        if bracket not in closes:
            closes[bracket] = _closings(text, bracket)
        close = closes[bracket].get(m.end() - 1)
        if close is None:
            continue
        body = text[m.end() : close]
        number = len(notes) + 1
        line += text.count("\n", counted, m.start())
        counted = m.start()
        notes.append(Note(number, line, " ".join(body.split())))
        out.append(text[at : m.start()])
        out.append(f"[^{number}]" + "\n" * body.count("\n"))
        at = close + 1
    out.append(text[at:])
    return "".join(out), notes


def _closings(text: str, opening: str) -> dict[int, int]:
    """Where each ``opening`` bracket of the text closes, in one pass (escaped brackets ``\\{``, ``@{`` do not
    count); an unclosed one is absent. One pass for all: scanning to the end from each of thousands of unclosed
    openings took minutes."""
    found: dict[int, int] = {}
    stack: list[int] = []
    for m in _BRACKETS[opening].finditer(text):
        if len(m.group()) == 2:
            continue  # escaped
        if m.group() == opening:
            stack.append(m.start())
        elif stack:
            found[stack.pop()] = m.start()
    return found


# an escaped bracket (two characters), or the pair's opening or closing one
_BRACKETS = {o: re.compile(r"[\\@][{}\[\]]|" + re.escape(o) + "|" + re.escape(c)) for o, c in _PAIRS.items()}


def definitions(notes: list[Note]) -> list[str]:
    """The notes as Markdown footnote definitions, a blank line before each."""
    lines: list[str] = []
    for note in notes:
        lines += ["", f"[^{note.number}]: {note.text}"]
    return lines
