"""A linked title followed by a dash, who published the work and when: ``[Building effective agents](…) —
Anthropic, 12/2024`` (a blog's reference list). The name after the dash is read into the title; it is the work's
author (a body or a person), the title ends before the dash."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the title, a spaced dash, and a name of one to four capitalised words closed by the comma before the date
_TITLE_DASH_NAME = lazy_pattern(
    r"^(?P<title>\S.*?\S)\s+[—–]\s+(?P<by>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}),$"
)


@needs(labels=["date"], any_label=("title", "note"), marks=[","])
def name_after_dash_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Building effective agents — Anthropic, | 12/2024``: the name after the dash is the author."""
    if len(spans) < 2 or spans[0].label not in ("title", "note") or spans[1].label != "date":
        return spans
    s = spans[0]
    if "—" not in s.text and "–" not in s.text:
        return spans
    m = _TITLE_DASH_NAME.match(s.text)
    if m is None or any(x.label in ("author", "editor") for x in spans):
        return spans
    title = Span("title", m["title"], s.start + m.start("title"), s.start + m.end("title"), s.confidence)
    by = Span("author", m["by"], s.start + m.start("by"), s.start + m.end("by"), s.confidence)
    return [title, by, *spans[1:]]
