"""Mends of a software or file name written with an inner full stop, ``KeywordCalls.jl``, ``Python 2.7.16``,
``mschauer/ZigZagBoomerang.jl: v0.10.0``: the model reads the stop inside the name as the one closing the
names, so the author list runs into the title and the title opens on the name's extension (``jl``,
``.16 reference manual``). A field never ends inside such a word: the names end at the last full stop before
the sentence that holds it, and that sentence is the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a name and its extension or a version joined by stops with no space: "Calls.jl", "2.7.16", "v0.10.0"
# (initials "J.P." and abbreviations "e.g." are not: the part after a stop is lower case or a number; nor a
# locator written close, "Vol.3", "No.12", "pp.45")
_DOTTED = lazy_pattern(
    r"(?<![\w.])(?!(?i:vols?|nos?|pp?|bd|nr|ch|pt|sec|art|suppl|ed|fig|s)\.\d)"
    r"(?:[A-Za-z][\w/+-]+|\d+)(?:\.(?:[a-z][a-z0-9]*|\d+))+(?!\w)"
)
# the end of a sentence inside the names: a stop, then a space
_SENTENCE_END = lazy_pattern(r"\.\s+")
# where the title stops inside the next span: an address, a DOI, or the year after a comma
_TITLE_STOP = lazy_pattern(r"(?:https?://|www\.|doi:|10\.\d{4,9}/)|,\s*(?:1[5-9]|20)\d\d\b")
_CLAUSE_END = lazy_pattern(r"[,;]")
_NAMES = ("author", "editor")


def _cut_inside(word_start: int, word_end: int, at: int) -> bool:
    return word_start < at < word_end


def _inside_word(text: str, at: int) -> bool:
    """Whether ``at`` falls between two characters that are not spaces: a dotted name (no space in it) can only be
    cut there, a cheap look before the pattern."""
    return 0 < at < len(text) and not text[at - 1].isspace() and not text[at].isspace()


@needs(any_label=_NAMES)
def dotted_name_after_names(spans: list[Span], text: str) -> list[Span]:
    """``…, and Simeon Schaub. KeywordCalls.jl. https://…`` read as names through ``KeywordCalls``."""
    for i, names in enumerate(spans[:-1]):
        if names.label not in _NAMES:
            continue
        nxt = spans[i + 1]
        if nxt.label != "title" and any(s.label == "title" for s in spans):
            continue
        if not (_inside_word(text, names.end) or _inside_word(text, nxt.start)):
            continue
        for m in _DOTTED.finditer(text, names.start, nxt.end):
            if not (_cut_inside(m.start(), m.end(), names.end) or _cut_inside(m.start(), m.end(), nxt.start)):
                continue
            ends = list(_SENTENCE_END.finditer(text, names.start, m.start()))
            if not ends or not text[names.start : ends[-1].start()].strip():
                return spans
            title_start = ends[-1].end()
            stop = _TITLE_STOP.search(text, m.end(), nxt.end)
            title_end = len(text[:stop.start()].rstrip()) if stop else nxt.end
            title = text[title_start:title_end]
            new = [
                Span(names.label, text[names.start : ends[-1].start() + 1], names.start, ends[-1].start() + 1),
                Span("title", title, title_start, title_end),
            ]
            return replaced(spans, text, names.start, title_end, new)
    return spans


@needs(labels=("title",))
def dotted_name_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``mschauer/CausalInference.jl: v0.6.0, 2021.`` with the title closed at ``v0.`` and ``6.0`` read as a
    number: the title runs through the version."""
    for i, title in enumerate(spans[:-1]):
        if title.label != "title":
            continue
        nxt = spans[i + 1]
        if not (_inside_word(text, title.end) or _inside_word(text, nxt.start)):
            continue
        for m in _DOTTED.finditer(text, title.start, nxt.end):
            if _cut_inside(m.start(), m.end(), title.end) or _cut_inside(m.start(), m.end(), nxt.start):
                # the title runs on to the next comma or semicolon (``Archaeology 2.0: New approaches …,``)
                stop = _CLAUSE_END.search(text, m.end(), nxt.end)
                end = stop.start() if stop else nxt.end
                joined = Span("title", text[title.start : end], title.start, end)
                return replaced(spans, text, title.start, end, [joined])
    return spans
