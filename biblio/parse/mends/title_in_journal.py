"""Mends of a title run into the abbreviated journal after it: ACM's ``2019. Building certified concurrent
OS kernels. Commun. ACM 62, 10`` read as one journal and no title. The journal is the words after the
title's closing full stop, abbreviated as journals are (``Commun. ACM``, ``J. Chem. Phys.``)."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a sentence's end: a word in lower case (no journal's abbreviation is) or a question, then a space
_SENTENCE_END = lazy_pattern(r"(?:\b[a-z][a-z]+[.?!]|[?!]|\)\.)\s+")
# "Commun. ACM", "J. Chem. Phys.", "IEEE Trans. Softw. Eng.": capitalised abbreviations, capitals, joining words
_ABBREVIATED_JOURNAL = lazy_pattern(r"(?:(?:[A-Z][a-z]{0,8}\.|[A-Z]{2,}|[A-Z][a-z]+|&|of|and|on|in)\s*){1,7}")
_ABBREVIATION = lazy_pattern(r"\b[A-Z][a-z]{0,8}\.")


@needs(labels=["journal"], without=["title"])
def title_before_abbreviated_journal(spans: list[Span], text: str) -> list[Span]:
    """A journal span that holds a sentence of three words or more, then an abbreviated journal, where no
    title was read: the sentence is the title."""
    if any(s.label == "title" for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "journal":
            continue
        for m in _SENTENCE_END.finditer(s.text):
            tail = s.text[m.end() :]
            if len(s.text[: m.end()].split()) < 3:
                continue
            if _ABBREVIATED_JOURNAL.fullmatch(tail.rstrip(" ,")) and _ABBREVIATION.search(tail):
                return _divided_at(spans, k, m, text)
        return spans
    return spans


# "*Neuron*": an italic run opening after the sentence's end (its closing mark at or after the span's end)
_ITALIC_OPEN = lazy_pattern(r"(?P<mark>\*{1,2}|_)(?=[^\W\d_])")


@needs(labels=["journal"], without=["title"], marks=("*", "_"))
def title_before_italic_journal(spans: list[Span], text: str) -> list[Span]:
    """PNAS's ``Names, Title. *Neuron* **104**, 11–24 (2019).`` with the title read into the italic
    journal's span and no title read: the sentence before the italic run is the title."""
    for k, s in enumerate(spans):
        if s.label != "journal":
            continue
        for m in _SENTENCE_END.finditer(s.text):
            tail = s.text[m.end() :]
            run = _ITALIC_OPEN.match(tail)
            if run is None or len(s.text[: m.end()].split()) < 3 or run.group("mark") in tail[run.end() :]:
                continue
            if not text[s.end :].lstrip().startswith(run.group("mark")):
                continue
            return _divided_at(spans, k, m, text)
        return spans
    return spans


def _divided_at(spans: list[Span], k: int, m: re.Match[str], text: str) -> list[Span]:
    """The journal span ``spans[k]`` divided at the sentence end ``m`` found in its text: the title before it."""
    s = spans[k]
    a, z = s.start + m.start() + len(m.group().rstrip()), s.start + m.end()
    title = Span("title", text[s.start : a], s.start, a, s.confidence)
    return [*spans[:k], title, Span("journal", text[z : s.end], z, s.end, s.confidence), *spans[k + 1 :]]
