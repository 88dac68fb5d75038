"""Mends of titles cut short: a title runs on into a field that opens with a lowercase function word,
and to the bracket it opened."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_CONTAINERS = frozenset(["container-title", "journal"])
# "to Cite Software …": no journal or book opens with such a word in lowercase
_CONTINUING = lazy_pattern(r"^(?:to|of|and|for|with|the|a|an|or|on|at|by|from|into|is|are)\s")
_NEVER_TITLE = frozenset(
    ["url", "doi", "date", "volume", "issue", "pages", "author", "editor", "translator", "edition", "genre"]
)


@needs(labels=["title"])
def title_runs_on(spans: list[Span], text: str) -> list[Span]:
    """``How Not`` | ``to Cite Software (and how to be`` | ``cited), https://…``: a container that
    opens with a lowercase function word continues the title before it, and a title whose
    parenthesis is not closed runs on to the closing one in the next field."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title":
            continue
        if nxt.label in _CONTAINERS and _CONTINUING.match(nxt.text):
            s = Span("title", text[s.start : nxt.end], s.start, nxt.end, s.confidence)
            spans = [*spans[:k], s, *spans[k + 2 :]]
        if s.text.count("(") <= s.text.count(")") or k + 1 >= len(spans):
            return spans
        nxt = spans[k + 1]
        close = nxt.text.find(")")
        if nxt.label in _NEVER_TITLE or close < 0 or "(" in nxt.text[:close]:
            return spans
        z = nxt.start + close + 1
        merged = Span("title", text[s.start : z], s.start, z, s.confidence)
        rest = Span(nxt.label, nxt.text[close + 1 :], z, nxt.end, nxt.confidence)
        return [*spans[:k], merged, *([rest] if rest.text.strip(" ,.;:") else []), *spans[k + 2 :]]
    return spans


# a title's translation, in brackets between the title and the journal: "[Where has our doctor gone?]"
_TRANSLATION = lazy_pattern(r"^\s*\[(?P<words>[^\[\]\d]{3,}?)\]\s*(?=\*)")


@needs(labels=["title"], any_label=_CONTAINERS, marks=["["])
def translation_before_container(spans: list[Span], text: str) -> list[Span]:
    """``Vart har … vägen? | [Where has our doctor gone?] *Läkartidningen* 72,`` with the bracketed
    translation of the title read into the journal: it goes into a note."""
    if "[" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label not in _CONTAINERS or k == 0 or spans[k - 1].label != "title":
            continue
        if (m := _TRANSLATION.match(s.text)) is None:
            continue
        z = s.start + m.end()
        note = Span(
            "note", text[s.start : z].rstrip(), s.start, s.start + len(text[s.start : z].rstrip()), s.confidence
        )
        rest = Span(s.label, text[z : s.end], z, s.end, s.confidence)
        return [*spans[:k], note, rest, *spans[k + 1 :]]
    return spans


# the open-review platforms' status after a title: "[version 1; peer review: 2 approved]",
# "[version 2; referees: 1 approved, 1 not approved]"
_REVIEW_STATUS = lazy_pattern(r"\s*\[version\s+\d+\s*;\s*(?:peer\s+review|referees)\s*:[^\[\]]*\]\.?\s*", re.I)


@needs(labels=["title"], marks=("[version", "[Version"))
def review_status_apart(spans: list[Span], text: str) -> list[Span]:
    """``Title [version 1; peer review: 2 approved]. F1000Research`` read as one title: the title ends
    at the bracketed status (a note), and the words after it name the journal."""
    if "[version" not in text and "[Version" not in text:
        return spans
    for k, s in enumerate(spans):
        m = _REVIEW_STATUS.search(s.text) if s.label == "title" else None
        if m is None or not s.text[: m.start()].strip():
            continue
        a, z = s.start + m.start(), s.start + m.end()
        parts = [
            Span("title", text[s.start : a], s.start, a, s.confidence),
            Span("note", text[a:z].strip(), a + len(text[a:z]) - len(text[a:z].lstrip()), z, s.confidence),
        ]
        if text[z : s.end].strip(" .,;:") and not any(x.label in _CONTAINERS for x in spans):
            parts.append(Span("journal", text[z : s.end], z, s.end, s.confidence))
        elif text[z : s.end].strip(" .,;:"):
            return spans
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans
