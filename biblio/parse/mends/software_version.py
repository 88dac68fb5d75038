"""Mend of a program's version read as a journal's numbers: ``MATLAB, version 7.10.0 (R2010a).``
read as journal ``MATLAB, version``, volume ``7`` and issue ``.10.0``."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

_VERSION_END = re.compile(r"(?P<name>.*?),?\s*\b(?:version|ver\.|v\.)\s*$", re.I)


def version_apart(spans: list[Span], text: str) -> list[Span]:
    """A name that ends in ``version`` and the numbers after it: the name is the title, the numbers
    the program's version (a note), no volume or issue."""
    if "ersion" not in text and "ver." not in text:
        return spans
    for k in range(len(spans) - 1):
        s = spans[k]
        m = _VERSION_END.fullmatch(s.text) if s.label in ("journal", "container-title", "title") else None
        if m is None:
            continue
        j = k + 1
        while j < len(spans) and spans[j].label in ("volume", "issue"):
            j += 1
        if j == k + 1 or not m.group("name").strip():
            return spans
        cut = s.start + len(m.group("name"))
        name = Span("title", text[s.start : cut], s.start, cut, s.confidence)
        a, z = cut, spans[j - 1].end
        version = Span("note", text[a:z].lstrip(" ,"), z - len(text[a:z].lstrip(" ,")), z, s.confidence)
        return [*spans[:k], name, version, *spans[j:]]
    return spans
