"""A name field's spacing around its marks as the reference wrote it.

The parser reads the text with PDF spacing closed up (``input_text``: ``Rev . Mod. Phys.24 ,258``
-> ``Rev. Mod. Phys. 24, 258``), which the labeller needs; but a title, a journal's or a publisher's
name is stored as written, its marks spaced as they were (``Rev . Mod. Phys``, ``Parish , Church and
People``), as the labelled data keep them.  A value is given back its written spacing only where the
written text holds it once, differing in nothing but the spaces beside its marks."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.records.model import Item

_FIELDS = ("title", "container-title", "collection-title", "publisher", "publisher-place")
# the marks around which PDF text moves its spaces (a hyphen or dash is left: "cog- nition" is another matter)
_MARKS = frozenset(",.;:()[]")
# a value's pieces: a run of letters or digits, one mark, or a run of spaces
_PIECES = lazy_pattern(r"\w+|\s+|[^\w\s]")
_SPACE = lazy_pattern(r"\s+")


def written_spacing(item: Item, text: str, tidied: str) -> None:
    """Give ``item``'s name fields back the spacing around marks that ``text`` (as given; ``tidied`` is what
    the readers read) wrote them with."""
    if tidied == text:
        return
    for field in _FIELDS:
        value = item.get(field)
        if not isinstance(value, str) or not any(mark in value for mark in _MARKS):
            continue
        written = _as_written(value, text)
        if written is not None and written != value:
            item[field] = written


def _as_written(value: str, text: str) -> str | None:
    """The one stretch of ``text`` that is ``value`` but for the spaces beside its marks, spaces collapsed."""
    # (matched piece by piece with ``str`` methods, as a pattern built from the value would match it, and not
    # compiled for each reference)
    steps = _steps(value)
    lead, tail = value[:1].isalnum(), value[-1:].isalnum()
    first = steps[0][1]  # (a value here holds a mark: one piece at least)
    found = set()
    at = text.find(first)
    while at >= 0:
        end = _match_at(text, at, steps, lead, tail)
        if end is None:
            at = text.find(first, at + 1)
        else:
            found.add(_SPACE.sub(" ", text[at:end]))
            at = text.find(first, end)  # (the next match starts where this one ends, or after)
    return found.pop() if len(found) == 1 else None


def _steps(value: str) -> list[tuple[str, str]]:
    """The value's pieces (a run of letters or digits, one mark), each with the spaces the text may hold before it:
    ``*`` any beside a mark, ``+`` one or more where the value has a space between two words, ``""`` none."""
    steps: list[tuple[str, str]] = []
    prev = ""
    spaced = False
    for piece in _PIECES.findall(value):
        if piece.isspace():
            spaced = True
            continue
        gap = ("*" if prev in _MARKS or piece in _MARKS else "+" if spaced else "") if prev else ""
        steps.append((gap, piece))
        prev, spaced = piece, False
    return steps


def _word_character(c: str) -> bool:
    return c.isalnum() or c == "_"


def _match_at(text: str, at: int, steps: list[tuple[str, str]], lead: bool, tail: bool) -> int | None:
    """Where the value's written stretch that starts at ``at`` ends, or None: a value that opens (closes) on a letter
    or digit does not open (close) inside a word. Spaces are taken whole before a piece, which never opens on one."""
    if lead and at and _word_character(text[at - 1]):
        return None
    n = len(text)
    pos = at
    for gap, piece in steps:
        if gap:
            start = pos
            while pos < n and text[pos].isspace():
                pos += 1
            if gap == "+" and pos == start:
                return None
        if not text.startswith(piece, pos):
            return None
        pos += len(piece)
    if tail and pos < n and _word_character(text[pos]):
        return None
    return pos
