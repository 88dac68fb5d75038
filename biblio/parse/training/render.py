"""Render a CSL item through biblio's engine and report which variable produced each span.

The style is compiled with ``Style.report_spans``: the engine then wraps each variable's
output (inside its affixes) in a span carrying ``SPAN_ATTR``.  The output formats print
nothing for that attribute; the formatter here prints private-use markers around it, which
``strip_markers`` removes while recording each variable's character offsets.  Text from
terms, affixes and delimiters is outside every marker.  Apart from display blocks, which are
kept one space apart, the text is exactly what the engine prints in that output format.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from biblio.csl.elements import SPAN_ATTR, Disamb, Item
from biblio.csl.engine import Style
from biblio.csl.formatters import Formatter
from biblio.csl.output import flatten

OPEN, NAME_END, CLOSE, BREAK = "\uf8f0", "\uf8f1", "\uf8f2", "\uf8f3"
MARKERS = OPEN + NAME_END + CLOSE + BREAK
# Display blocks (a line of their own on a page) read as separated by one space, as text taken from a page
_DISPLAYS = {"left-margin": ("", BREAK), "block": (BREAK, BREAK), "indent": (BREAK, BREAK), "right-inline": ("", "")}


@dataclass(frozen=True)
class _MarkingFormatter(Formatter):
    def wrap(self, attr: str, value: str) -> tuple[str, str]:
        if attr == SPAN_ATTR:
            # a variable nested in itself flip-flops to "normal": the outer marker already covers it
            return ("", "") if value == "normal" else (OPEN + value + NAME_END, CLOSE)
        return super().wrap(attr, value)


def _plain_escape(s: str) -> str:
    return s


# Markdown as people write it in documents: italics as *…*, nothing escaped
_FORMATTERS = {
    "text": _MarkingFormatter("text", {}, _plain_escape, _DISPLAYS),
    "markdown": _MarkingFormatter(
        "markdown",
        {
            ("font-style", "italic"): ("*", "*"),
            ("font-style", "oblique"): ("*", "*"),
            ("font-weight", "bold"): ("**", "**"),
        },
        _plain_escape,
        _DISPLAYS,
    ),
}


def strip_markers(marked: str) -> tuple[str, list[str | None]]:
    """The text without markers, and for each character the innermost variable that produced it."""
    out: list[str] = []
    labels: list[str | None] = []
    stack: list[str] = []
    i, n = 0, len(marked)
    while i < n:
        c = marked[i]
        if c == OPEN:
            j = marked.index(NAME_END, i)
            stack.append(marked[i + 1 : j])
            i = j + 1
            continue
        if c == CLOSE:
            if stack:
                stack.pop()
            i += 1
            continue
        if c == BREAK:
            c = "" if not out or out[-1].isspace() or marked[i + 1 : i + 2].isspace() else " "
            if not c:
                i += 1
                continue
        out.append(c)
        labels.append(stack[-1] if stack else None)
        i += 1
    return "".join(out), labels


class SpanRenderer:
    """One compiled style that renders single bibliography entries with variable spans."""

    def __init__(self, style_xml: str) -> None:
        self.style = Style(style_xml)
        self.style.report_spans = True
        self.author_date = 'citation-format="author-date"' in style_xml
        if self.style.sd.bibliography is None:
            raise ValueError("the style has no bibliography")

    def render(
        self, data: dict[str, Any], output_format: str = "text", number: int = 1, year_suffix: str = ""
    ) -> tuple[str, list[str | None]]:
        """``(text, per-character variable)`` of ``data``'s entry; ``("", [])`` when the style prints none.
        ``number`` is its citation number; ``year_suffix`` what disambiguation would add (``2011a``)."""
        clean = {k: _clean(v) for k, v in data.items()}
        disamb = Disamb(year_suffix=year_suffix)
        node, _ctx = self.style.render_item(Item(clean), "bibliography", None, disamb, number)
        if node is None:
            return "", []
        marked = flatten(node, _FORMATTERS[output_format], self.style.quotes, self.style.piq)
        return strip_markers(marked)


def _clean(v: Any) -> Any:
    """Values never carry the marker characters."""
    if isinstance(v, str):
        return v.translate({ord(c): None for c in MARKERS}) if any(c in v for c in MARKERS) else v
    if isinstance(v, list):
        return [_clean(x) for x in v]
    if isinstance(v, dict):
        return {k: _clean(x) for k, x in v.items()}
    return v
