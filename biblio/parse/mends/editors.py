"""Mends of roles: editors named inside a title or container."""

from __future__ import annotations

import re

from biblio.parse.mends.common import WORD, WORK_TITLES, divided
from biblio.parse.spans import Span

# "…, ed. X", "…. Edited by X": the role words and the names after them, to the span's end
# "dans Pierre Nora (dir.),", "In: J. Doe (Hrsg.):" opening a container
_NAMES_THEN_ROLE = re.compile(
    r"^\s*(?:in|en|dans|im)\s*:?\s+[^\W\d][^()\[\]\d]{1,80}?\s*\((?:dir|eds?|hrsg|hg|coord)\.?\)\s*[,:]?", re.I
)
# German: "Hg. v. X", "Hrsg. von X", "Herausgegeben von X", "Ediert von X"
_EDITED_BY = re.compile(
    r"(?<=[^\W_])[.,]\s+(?P<role>[Ee]dited\s+by|[Ee]ds?\.(?:\s+by)?|H(?:g|rsg)\.\s+v(?:on|\.)|"
    r"[Hh]erausgegeben\s+von|[Ee]diert\s+von)\s+(?=[A-Z])"
)
# one of these is in every role _EDITED_BY finds (a cheap test before it)
_ROLE_WORDS = ("dited", "d.", "ds.", "g.", "von")


def editors_apart(spans: list[Span], text: str) -> list[Span]:
    """``Title, ed. Jean-Claude Guy.`` or ``In Book. Edited by Pat Easterling and Edith Hall,`` read as
    one title or container: the names after the role words, to the span's end, are the editors."""
    if not any(w in text for w in _ROLE_WORDS) or any(s.label == "editor" for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label not in WORK_TITLES:
            continue
        m = _EDITED_BY.search(s.text)
        if m is None:
            continue
        names = s.text[m.end() :]
        words = names.strip(" .,;:").split()
        if not 1 <= len(words) <= 12 or not all(w[:1].isupper() or w in ("and", "&", "und") for w in words):
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


def editors_before_container(spans: list[Span], text: str) -> list[Span]:
    """``dans Pierre Nora (dir.), *Les Lieux de mémoire*`` read as one container: the names before a
    bracketed role word (dir., ed., eds., Hrsg., Hg.) are the editors, the rest the container."""
    if any(s.label == "editor" for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "container-title":
            continue
        m = _NAMES_THEN_ROLE.match(s.text)
        if m is None or not WORD.search(s.text[m.end() :]):
            return spans
        return divided(spans, k, m.end(), m.end(), "editor", "container-title")
    return spans
