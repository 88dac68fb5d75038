"""A name field's spacing around its marks as the reference wrote it.

The parser reads the text with PDF spacing closed up (``input_text``: ``Rev . Mod. Phys.24 ,258``
-> ``Rev. Mod. Phys. 24, 258``), which the labeller needs; but a title, a journal's or a publisher's
name is stored as written, its marks spaced as they were (``Rev . Mod. Phys``, ``Parish , Church and
People``), as the labelled data keep them.  A value is given back its written spacing only where the
written text holds it once, differing in nothing but the spaces beside its marks."""

from __future__ import annotations

import re

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
    found = {_SPACE.sub(" ", m.group()) for m in re.finditer(_pattern(value), text)}
    return found.pop() if len(found) == 1 else None


def _pattern(value: str) -> str:
    pieces = _PIECES.findall(value)
    out: list[str] = [r"(?<!\w)" if value[:1].isalnum() else ""]
    prev = ""
    spaced = False
    for piece in pieces:
        if piece.isspace():
            spaced = True
            continue
        if prev:
            beside_mark = prev in _MARKS or piece in _MARKS
            out.append(r"\s*" if beside_mark else r"\s+" if spaced else "")
        out.append(re.escape(piece))
        prev, spaced = piece, False
    if value[-1:].isalnum():
        out.append(r"(?!\w)")
    return "".join(out)
