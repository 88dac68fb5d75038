"""A labelled span of a reference string: what the sequence model hands the normalisers.

The labels follow the labelled training data (AnyStyle's vocabulary, with
GROBID's ``issue`` kept apart from ``volume``); ``other`` is punctuation and
connecting text that belongs to no field.
"""

from __future__ import annotations

from dataclasses import dataclass

LABELS = (
    "author",
    "editor",
    "translator",
    "director",
    "producer",
    "interviewer",
    "title",
    "journal",
    "container-title",
    "collection-title",
    "date",
    "accessed",
    "volume",
    "issue",
    "pages",
    "publisher",
    "location",
    "edition",
    "genre",
    "medium",
    "doi",
    "url",
    "isbn",
    "note",
    "source",
    "citation-number",
    "other",
)


@dataclass(frozen=True)
class Span:
    """``text`` is exactly ``reference[start:end]``; ``confidence`` is the mean marginal of its tokens."""

    label: str
    text: str
    start: int
    end: int
    confidence: float = 1.0
