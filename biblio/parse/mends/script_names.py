"""A work's name in its own script after its romanised name, as Chicago writes Chinese, Japanese and Korean titles:
``Tang Kaijian 湯開建, “Qinggong huajia …,” *Aomen ligong xuebao* 澳門理工學報 4 (2011): 190–201.``.

The characters name the same work again: no part of the romanised name that the italics bound.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import emphasis_runs, span_past_italics
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span
from biblio.parse.text import CJK, CJK_LETTERS

# the work's name in its own script after its romanised italic name: "*Aomen ligong xuebao* 澳門理工學報"
SCRIPT_NAME = rf"[{CJK_LETTERS}][\s{CJK_LETTERS}:：,，、《》]*(?<!\s)"
_SCRIPT_AFTER = lazy_pattern(rf"\s*{SCRIPT_NAME}")
_ITALIC_NAMES = frozenset(["title", "journal", "container-title"])


@needs(any_label=_ITALIC_NAMES, marks=["*"])
def script_after_italic_name(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``*Aomen ligong xuebao* 澳門理工學報 4 (2011)`` with the name's characters read into the romanised
    italic name: the name ends with its italics, and the characters (the same name in its own script) are a
    note."""
    if not CJK.search(text):
        return spans
    for run in emphasis_runs(text):
        k = span_past_italics(spans, run, _ITALIC_NAMES)
        if k < 0:
            continue
        s = spans[k]
        m = _SCRIPT_AFTER.match(text, run.end, s.end)
        if m is None or text[m.end() : s.end].strip(" ,.;:"):
            continue
        rest = text[run.end : s.end].strip()
        at = text.index(rest, run.end)
        name = Span(s.label, text[s.start : run.end], s.start, run.end, s.confidence)
        return [*spans[:k], name, Span("note", rest, at, at + len(rest), s.confidence), *spans[k + 1 :]]
    return spans
