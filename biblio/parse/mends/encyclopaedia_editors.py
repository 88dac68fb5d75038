"""The Encyclopaedia Britannica's own citations, as its "Cite" tool prints them and students paste them:
MLA's ``Britannica, The Editors of Encyclopaedia. "Blue-green algae". Encyclopedia Britannica, 29 Dec. 2017,
https://…`` and APA's ``Britannica, T. Editors of Encyclopaedia (2023, May 5). photosynthesis. Encyclopedia
Britannica. https://…``, read with the editors, the entry and the encyclopaedia as one container. The head is
the tool's one author (family ``Britannica``, the editors its given name), then the date APA brackets, the entry's
title, the encyclopaedia and the day MLA dates it after the encyclopaedia."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_HEAD = lazy_pattern(
    r"^(?P<author>Britannica,\s+(?:The|T\.)\s+Editors\s+of\s+Encyclop(?:ae|æ|a|e)dia)\.?\s*"
    r"(?:(?P<date>\([^()]*\d{4}[^()]*\))\.?\s*)?"
    r"[\"“]?(?P<title>[^\"“”]+?)[.,]?[\"”]?[.,]?\s+"
    r"(?P<container>Encyclop(?:ae|æ|a|e)dia\s+Britannica)[.,]?"
    r"(?:\s*(?P<day>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})[.,]?)?"
)
_GROUPS = (
    ("author", "author"),
    ("date", "date"),
    ("title", "title"),
    ("container-title", "container"),
    ("date", "day"),
)


@needs(marks=("Editors of Encyclop",))
def britannica_citation(spans: list[Span], text: str) -> list[Span]:
    """The Britannica's cited entry read with its editors and title run into the container: the head is the
    author, the date, the entry's title and the encyclopaedia; the model's reading of what follows stays."""
    m = _HEAD.match(text)
    if m is None:
        return spans
    conf = min((s.confidence for s in spans), default=1.0)
    new = [Span(label, text[m.start(g) : m.end(g)], m.start(g), m.end(g), conf) for label, g in _GROUPS if m.group(g)]
    end = m.end()
    rest: list[Span] = []
    for s in spans:
        if s.end <= end:
            continue
        if s.start < end:
            # a span the head cuts keeps its tail, unless only marks are left of it
            tail = text[end : s.end]
            if not any(c.isalnum() for c in tail):
                continue
            s = Span(s.label, tail, end, s.end, s.confidence)
        rest.append(s)
    return [*new, *rest]


# a quoted entry, its work of reference after a comma, and the work's editor: "“Ornaments”, Grove Music Online, ed. L.
# Macy" (the editor's role word after the work's name, so the work's editor, not the entry's)
_ENTRY_WORK_EDITOR = lazy_pattern(
    r"(?P<entry>[\"“][^\"“”]{1,200}[\"”]),?\s+(?P<work>[A-Z][^,\"“”()]{1,80}?),\s+eds?\.\s+"
    r"(?P<names>[A-Z][^,()]*?)[.,]?\s*$"
)


@needs(labels=["title", "editor"], marks=("ed.",))
def work_editor_after_entry(spans: list[Span], text: str) -> list[Span]:
    """``“Ornaments”, Grove Music Online, ed. L. Macy (accessed …)`` with the work's name split between the title and
    the editors: the quoted entry is the title, the work its container, the names after ``ed.`` the editor."""
    for k in range(len(spans) - 1):
        title, editor = spans[k], spans[k + 1]
        if title.label != "title" or editor.label != "editor":
            continue
        m = _ENTRY_WORK_EDITOR.fullmatch(text, title.start, editor.end)
        if m is None:
            return spans
        conf = min(title.confidence, editor.confidence)
        found = [
            Span(label, m.group(g), m.start(g), m.end(g), conf)
            for label, g in (("title", "entry"), ("container-title", "work"), ("editor", "names"))
        ]
        return [*spans[:k], *found, *spans[k + 2 :]]
    return spans
