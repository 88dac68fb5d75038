"""Labelled references -> token label sequences, and the fixed dev split.

The data are the JSONL files of ``../shared/training`` (AnyStyle's core, good, bad
and ugly sets, BSD-2-Clause; GROBID's citation corpus, Apache-2.0): one object per
line with ``id``, ``source``, ``text`` and ``segments`` ([label, text] in order).
Generated references (``biblio.parse.training.synthetic``) have the same shape.

Labels are mapped onto ``biblio.parse.spans.LABELS`` so that every source follows
one convention, AnyStyle's: punctuation belongs to the field it ends (or, for an
opening bracket or quote, to the field it opens), and an issue is told apart from
its volume.  GROBID's extra labels: ``institution`` becomes a note (its gold
records keep it apart from the publisher), ``report`` the genre, ``idno`` a note,
``biblscope`` a volume, and its ``other`` connecting text goes to the
neighbouring field as above.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from biblio.parse.spans import LABELS
from biblio.parse.tokens import Token, tokenize

SOURCES = ("anystyle-core", "anystyle-good", "anystyle-bad", "anystyle-ugly", "grobid")
_RENAME = {"institution": "note", "report": "genre", "idno": "note", "biblscope": "volume"}
_ISSUE_MARK = re.compile(r"^(?:no|nos|nr|num|number|issue|iss|heft|h|n|fasc)$", re.I)


def is_dev(record_id: str) -> bool:
    """The fixed dev split: one record in ten, by a hash of its id."""
    return int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 10 == 0


def is_calibration(record_id: str) -> bool:
    """The calibration split: another one record in ten, kept out of training so that the
    needs-review score can be fitted on references the model has not seen."""
    return int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 10 == 1


def is_held_out(record_id: str) -> bool:
    """Never trained on, nor generated from: the dev and the calibration splits."""
    return is_dev(record_id) or is_calibration(record_id)


def source_of(record: dict[str, Any]) -> str:
    src = str(record.get("source", ""))
    return "grobid" if src.startswith("grobid") else src


def read_jsonl(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def _char_labels(text: str, segments: list[list[str]]) -> list[str] | None:
    """The label of every character of ``text``, or None when the segments do not spell it."""
    labels = [""] * len(text)
    pos = 0
    n = len(text)
    for label, seg in segments:
        for c in seg:
            if c.isspace():
                continue
            while pos < n and text[pos].isspace():
                pos += 1
            if pos >= n or text[pos] != c:
                return None
            labels[pos] = label
            pos += 1
    return labels


def _resolve_other(tokens: list[Token], labels: list[str]) -> list[str]:
    """``other`` tokens take the label of the field they open (brackets, quotes, words such as
    ``pp``/``vol``/``In``) or end (closing punctuation)."""
    out = list(labels)
    n = len(out)
    for i in range(n):
        if out[i] != "other":
            continue
        before = next((out[j] for j in range(i - 1, -1, -1) if out[j] != "other"), None)
        after = next((labels[j] for j in range(i + 1, n) if labels[j] != "other"), None)
        opens = tokens[i].kind in ("open", "word")
        choice = (after or before) if opens else (before or after)
        out[i] = choice or "note"
    return out


def _split_issue(tokens: list[Token], labels: list[str]) -> list[str]:
    """In a volume run such as ``12(3)`` or ``vol. 36, no. 9`` the part after the volume number is the issue."""
    out = list(labels)
    i = 0
    n = len(tokens)
    while i < n:
        if labels[i] != "volume":
            i += 1
            continue
        j = i
        while j < n and labels[j] == "volume":
            j += 1
        run = range(i, j)
        numbers = [k for k in run if tokens[k].kind == "word" and any(c.isdigit() for c in tokens[k].norm)]
        marks = [k for k in run if tokens[k].kind == "word" and _ISSUE_MARK.match(tokens[k].norm)]
        start = None
        if marks:
            start = marks[0]
        elif len(numbers) >= 2 and any(tokens[k].norm in ("(", ":", ".") for k in range(numbers[0] + 1, numbers[1])):
            start = numbers[0] + 1
        if start is not None:
            for k in range(start, j):
                out[k] = "issue"
        i = j
    return out


def labelled_tokens(record: dict[str, Any]) -> tuple[list[Token], list[str]] | None:
    """The record's tokens and one label per token, or None when its segments do not match its text."""
    text = record["text"]
    chars = _char_labels(text, record["segments"])
    if chars is None:
        return None
    tokens = tokenize(text)
    if not tokens:
        return None
    labels = []
    for tok in tokens:
        label = next((chars[k] for k in range(tok.start, tok.end) if chars[k]), "other")
        labels.append(_RENAME.get(label, label))
    has_issue = "issue" in labels
    labels = _resolve_other(tokens, labels)
    if not has_issue:
        labels = _split_issue(tokens, labels)
    if any(label not in LABELS for label in labels):
        return None
    return tokens, labels
