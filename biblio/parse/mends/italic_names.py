"""Mends of German legal notes, which set the author's surname in italics: ``*Hartmann* (2017), Title.``"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "*Hartmann* (2017), " / "*Löwisch*, " / "*N. Schmidt*, ": the italic name, an optional year, a comma
_ITALIC_NAME = lazy_pattern(
    r"^\s*\*(?P<name>(?:[A-Z]\.\s*)?[A-ZÄÖÜ][^\W\d_]+(?:[-\s][A-ZÄÖÜ][^\W\d_]+){0,2})\*"
    r"(?:\s*(?P<date>\(\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\s*\)))?\s*,\s+(?=\S)"
)
# the role words that make names after "In:" editors
_ROLE_WORD = lazy_pattern(r"\b(?:hg|hrsg|hgg|eds?|dir|coord|herausgeber\w*|editors?)\b|\(\s*ed", re.I)
_IN_MARK = lazy_pattern(r"^\s*In\s*:\s+", re.I)
# "(Ed.)," / "(eds.)" opening the span after the names: the role of the names before it
ROLE_OPENS = lazy_pattern(r"^\s*\(\s*(?:eds?|hrsg|hgg?|dir|coord)\.?\s*\)\s*[,:.]?\s*", re.I)


@needs(marks=["*"])
def italic_name_opens(spans: list[Span], text: str) -> list[Span]:
    """``*Hartmann* (2017), Open Access …`` read as a title: an italic name (one to three words) that
    opens a note and a comma follow is the author, the bracketed year after it the date."""
    if not text.startswith("*") or not spans or spans[0].label == "author" or (m := _ITALIC_NAME.match(text)) is None:
        return spans
    z = m.end()
    conf = spans[0].confidence
    head = [Span("author", text[: m.end("name") + 1], 0, m.end("name") + 1, conf)]
    if m["date"]:
        head.append(Span("date", m["date"], m.start("date"), m.end("date"), conf))
    rest = []
    for s in spans:
        if s.end <= z:
            continue
        if s.start < z:
            label = "title" if s.label in ("title", "author", "date") else s.label
            s = Span(label, text[z : s.end], z, s.end, s.confidence)
        rest.append(s)
    if not rest or rest[0].label != "title":
        return spans
    return [*head, *rest]


@needs(labels=["editor"])
def in_names_without_role(spans: list[Span], text: str) -> list[Span]:
    """``Title. In: Ordnung der Wissenschaft, Nr. 1/2017`` with the journal after ``In:`` read as
    editors: names after ``In:`` with no role word (``(Hrsg.)``, ``(Hg.)``, ``eds.``) are the container."""
    for k, s in enumerate(spans):
        if s.label != "editor" or not _IN_MARK.match(s.text) or _ROLE_WORD.search(s.text):
            continue
        if k + 1 < len(spans) and ROLE_OPENS.match(spans[k + 1].text):
            return spans  # "in: R.K. Gupta | (Ed.), Book": the role closes the names in the next span
        if any(o.label == "container-title" for o in spans[k + 1 :]):
            return spans
        return [*spans[:k], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
