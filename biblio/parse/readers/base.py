"""The common interface of structured readers.

A structured reader knows one citation style exactly.  ``read(text)`` returns
a ``Reading`` (the record and how sure the reader is that the text is in its
style and was read whole) or None for "not my style", so that the chooser in
``biblio.parse`` can take the sequence model's reading instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from biblio.parse.text import MARKERS, strip_value, unmark
from biblio.records.model import (
    NO_AUTHOR,
    NO_TITLE,
    UNCERTAIN_TYPE,
    UNPARSED_REMAINDER,
    Item,
    add_flag,
    biblio_data,
    flags,
    keep_remainder,
)

# What each flag a reader leaves costs its confidence: text left over is the
# strongest sign that the style was not read whole.
FLAG_COST = {UNPARSED_REMAINDER: 0.35, NO_TITLE: 0.3, UNCERTAIN_TYPE: 0.15, NO_AUTHOR: 0.05}


@dataclass
class Reading:
    """A reader's record, its confidence (0-1) and why it is less than certain."""

    item: Item
    confidence: float
    reader: str
    doubts: list[str] = field(default_factory=list)
    # signs in the record itself that the text is not in the reader's style: the chooser never takes it
    misread: list[str] = field(default_factory=list)


class Reader(Protocol):
    name: str

    def read(self, text: str) -> Reading | None: ...


@dataclass(frozen=True)
class Style:
    """What a reader of one style is made of: its cheap precheck, its parser (None: not the style),
    the signs in a record that the style was misread, and the confidence of an exact reading."""

    name: str
    shaped: Callable[[str], bool]
    parse: Callable[[str], Item | None]
    misread: Callable[[Item], list[str]]
    base: float
    # what each sign of a misreading costs: enough that the chooser never takes such a reading
    cost: float = 0.6

    def read(self, text: str) -> Reading | None:
        """The reading of ``text`` in this style, or None for "not my style"."""
        if not self.shaped(text):
            return None
        item = self.parse(text)
        return None if item is None else style_reading(item, self.name, self.base, self.misread(item), self.cost)


def style_reading(item: Item, reader: str, base: float, misread: list[str], cost: float) -> Reading:
    """A reader's reading of ``item``: ``base`` confidence lowered by its flags and by ``cost`` for each
    sign that the text is not in the reader's style (``misread``)."""
    conf, doubts = confidence_from_flags(item, base)
    conf = max(0.0, round(conf - cost * len(misread), 4))
    return Reading(item=item, confidence=conf, reader=reader, doubts=doubts + misread, misread=misread)


def marked_reading(item: Item, reader: str, base: float) -> Reading:
    """The reading of a reader whose style's marks place every field alike (readers.EXCLUSIVE): ``base``
    lowered by the record's flags, and each field given the reading's confidence."""
    conf, doubts = confidence_from_flags(item, base)
    data = biblio_data(item)
    data["reader"] = reader
    data["confidence"] = conf
    data["field_confidence"] = {var: conf for var in sorted(item) if var not in ("id", "type", "custom")}
    return Reading(item=item, confidence=conf, reader=reader, doubts=doubts)


def confidence_from_flags(item: Item, base: float) -> tuple[float, list[str]]:
    """``base`` lowered by the flags the record carries."""
    doubts = [f for f in flags(item) if f in FLAG_COST]
    conf = base
    for f in doubts:
        conf -= FLAG_COST[f]
    return max(0.0, round(conf, 4)), doubts


def finish_record(out: Item, leftover: list[str]) -> Item:
    """The reader's record with what was left unread (as ``note``) and the flags for what it lacks."""
    keep_remainder(out, "; ".join(v for v in (strip_value(unmark(x)) for x in leftover) if v))
    for key, value in out.items():
        if isinstance(value, str) and any(m in value for m in MARKERS):
            out[key] = unmark(value)  # an italic run's private marks never reach a field (a lecture's *Course*)
    if not out.get("title"):
        add_flag(out, NO_TITLE)
    if not any(out.get(k) for k in ("author", "editor", "translator")):
        add_flag(out, NO_AUTHOR)
    return out
