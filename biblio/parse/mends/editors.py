"""Mends of roles: editors named inside a title or container."""

from __future__ import annotations

import re

from biblio.parse.mends.common import WORK_TITLES
from biblio.parse.spans import Span

# "…, ed. X", "…. Edited by X": the role words and the names after them, to the span's end
_EDITED_BY = re.compile(r"(?<=[^\W\d_])[.,]\s+(?P<role>[Ee]dited\s+by|[Ee]ds?\.(?:\s+by)?)\s+(?=[A-Z])")


def editors_apart(spans: list[Span], text: str) -> list[Span]:
    """``Title, ed. Jean-Claude Guy.`` or ``In Book. Edited by Pat Easterling and Edith Hall,`` read as
    one title or container: the names after the role words, to the span's end, are the editors."""
    if any(s.label == "editor" for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label not in WORK_TITLES:
            continue
        m = _EDITED_BY.search(s.text)
        if m is None:
            continue
        names = s.text[m.end() :]
        words = names.strip(" .,;:").split()
        if not 1 <= len(words) <= 12 or not all(w[:1].isupper() or w in ("and", "&") for w in words):
            continue
        a = s.start + m.start("role")
        return (
            spans[:k]
            + [
                Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence),
                Span("editor", text[a : s.end], a, s.end, s.confidence),
            ]
            + spans[k + 1 :]
        )
    return spans
