"""Mends of a title's opening read into the span before it: a month's name that is the title's first word
(``Laughon, Helen, and Nel Laughon. August Edouart: A Quaker Album …``) read as a date, and a double-quoted title
that opens on a single quote (``Shaw, Gwendolyn DuBois. "'Moses Williams, Cutter of Profiles': …,"``) read into the
author's names, and the words standing for the names a list hides (``Cueva Lovelle, J. M., & otros. Title``) read
as the title's opening."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_MONTH_WORD = lazy_pattern(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)$"
)
_YEAR = lazy_pattern(r"\b(?:1[5-9]|20)\d\d\b")


@needs(labels=("date", "title"))
def month_word_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``… Nel Laughon. | August | Edouart: A Quaker Album …, 1987).`` with a person's name the title opens on read
    as a month: a month's name alone, a space before the title's next word and a year read elsewhere, is the
    title's first word."""
    for k in range(len(spans) - 1):
        d, t = spans[k], spans[k + 1]
        if d.label != "date" or t.label != "title" or text[d.end : t.start] != " " or not _MONTH_WORD.match(d.text):
            continue
        if not any(s.label == "date" and _YEAR.search(s.text) for s in spans[k + 2 :]):
            return spans
        return [*spans[:k], Span("title", text[d.start : t.end], d.start, t.end, t.confidence), *spans[k + 2 :]]
    return spans


# the author's names closed by their stop, then the title's opening double quote
_QUOTE_OPENS = lazy_pattern(r"(?<=[^\W\d_]\.)\s+(?=[\"“]['‘])")


@needs(labels=("author", "title"), marks=("'",))
def quoted_title_opens_in_names(spans: list[Span], text: str) -> list[Span]:
    """``Shaw, Gwendolyn DuBois. "'Moses Williams, | Cutter of Profiles': …,"`` with the title's opening words,
    a single quote inside its double quotes, read into the names: the names end at their stop, the title opens at
    its quote."""
    for k in range(len(spans) - 1):
        a, t = spans[k], spans[k + 1]
        if a.label != "author" or t.label != "title" or (m := _QUOTE_OPENS.search(a.text)) is None:
            continue
        z, b = a.start + m.start(), a.start + m.end()
        return [
            *spans[:k],
            Span("author", text[a.start : z], a.start, z, a.confidence),
            Span("title", text[b : t.end], b, t.end, t.confidence),
            *spans[k + 2 :],
        ]
    return spans


# "& otros.", "y otros.", "e outros.", "e altri.", "und andere.", "et autres.": the names a list hides, in the
# languages whose lists close so, then the title
_HIDDEN_NAMES = lazy_pattern(
    r"^(?:(?:&|y)\s+otros|(?:&|e)\s+outros|(?:&|e)\s+altri|(?:&|und)\s+andere|(?:&|et)\s+autres)\.?(?:\s+|$)",
    re.IGNORECASE,
)


@needs(labels=("author", "title"), words=("otros", "outros", "altri", "andere", "autres"))
def hidden_names_open_title(spans: list[Span], text: str) -> list[Span]:
    """``Cueva Lovelle, J. M., | & otros. Compiladores e Intérpretes …`` with the words for the names the list
    hides read as the title's opening: they close the names (and are not stored), the title opens after them."""
    for k in range(len(spans) - 1):
        a, t = spans[k], spans[k + 1]
        if a.label != "author" or t.label != "title" or (m := _HIDDEN_NAMES.match(t.text)) is None:
            continue
        if text[a.end : t.start].strip(" ,;") or m.end() >= len(t.text):
            return spans
        z = t.start + len(t.text[: m.end()].rstrip())
        b = t.start + m.end()
        return [
            *spans[:k],
            Span("author", text[a.start : z], a.start, z, a.confidence),
            Span("title", text[b : t.end], b, t.end, t.confidence),
            *spans[k + 2 :],
        ]
    return spans
