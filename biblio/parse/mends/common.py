"""What several mends share: the labels that name a work, sentence breaks, the last match."""

from __future__ import annotations

import re

WORK_TITLES = frozenset(["title", "journal", "container-title", "collection-title"])
SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{3})[.?!]\s+(?=[A-Z])")
WORD = re.compile(r"[^\W_]+")


def last(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in rx.finditer(text):  # noqa: B007 - the last match is wanted
        pass
    return found
