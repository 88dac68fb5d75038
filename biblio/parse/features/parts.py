"""The parts of a reference (blocks ended by a full stop, or where italics or quotes begin or
end) and what lies after a token: a container usually is the second-last part and its
title the part before, which a count of stops from the start cannot see.  Called from
``position.features``."""

from __future__ import annotations

from biblio.parse.tokens import ITALIC, QUOTED, Token

_MARK = ITALIC | QUOTED
_PI = [f"pi={k}" for k in range(4)]
_PE = [f"pe={k}" for k in range(4)]


def ends_part(tokens: list[Token], i: int) -> bool:
    """A full stop after a word (not after an initial) ends a part of the reference."""
    tok = tokens[i]
    return tok.kind == "punct" and "." in tok.norm and i > 0 and len(tokens[i - 1].norm) > 1


def add_from_end(out: list[list[str]], tokens: list[Token], cases: list[str], years: list[bool]) -> None:
    """Part-ending stops still to come (0-3+, the reference's own final stop not counted), and
    whether a year, italics, a quote or a number follows later; added to each token's ``out``."""
    n = len(tokens)
    left = 0
    later_year = later_italic = later_quote = later_num = False
    for i in range(n - 1, -1, -1):
        tok = tokens[i]
        k = left if left < 3 else 3
        feats = out[i]
        feats += (f"se={k}", f"se={k}|{cases[i]}")
        attrs = tok.attrs
        if later_year:
            feats.append("beforeyear")
        if later_italic and not attrs & ITALIC:
            feats.append("beforeitalic")
        if later_quote and not attrs & QUOTED:
            feats.append("beforequote")
        if later_num:
            feats.append("beforenum")
        if i < n - 1 and ends_part(tokens, i):
            left += 1
        if years[i]:
            later_year = True
        if attrs & ITALIC:
            later_italic = True
        if attrs & QUOTED:
            later_quote = True
        if cases[i] == "d":
            later_num = True


def bounds(tokens: list[Token]) -> list[tuple[int, int]]:
    """The parts as (start, end) token indices."""
    parts: list[tuple[int, int]] = []
    start = 0
    prev = -1  # the italic/quote marks of the last word seen
    for i, tok in enumerate(tokens):
        if tok.kind == "word":
            now = tok.attrs & _MARK
            if i > start and prev >= 0 and now != prev:
                parts.append((start, i))
                start = i
            prev = now
        if ends_part(tokens, i):
            parts.append((start, i + 1))
            start = i + 1
    if start < len(tokens):
        parts.append((start, len(tokens)))
    return parts


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n < 6 else "6-10" if n < 11 else "11+"


def add_blocks(out: list[list[str]], tokens: list[Token], cases: list[str], years: list[bool]) -> None:
    """The part a token sits in: its length in words, whether it holds digits, a year, italics,
    quotes, a colon, opens with "In", is the first or last part, how many parts follow it; and
    the token's index inside it; added to each token's ``out``."""
    parts = bounds(tokens)
    last = len(parts) - 1
    for p, (a, b) in enumerate(parts):
        span = range(a, b)
        common = ["pl=" + _bucket(sum(tokens[j].kind == "word" for j in span))]
        if any(cases[j] == "d" for j in span):
            common.append("p:digit")
        if any(years[j] for j in span):
            common.append("p:year")
        if any(tokens[j].attrs & ITALIC for j in span):
            common.append("p:it")
        if any(tokens[j].attrs & QUOTED for j in span):
            common.append("p:quo")
        if any(tokens[j].norm == ":" for j in span):
            common.append("p:colon")
        if tokens[a].norm in ("In", "in"):
            common.append("p:in")
        if p == 0:
            common.append("p:first")
        if p == last:
            common.append("p:last")
        back = last - p
        common.append(_PE[back if back < 3 else 3])
        for j in span:
            k = j - a
            out[j] += common
            out[j].append(_PI[k if k < 3 else 3])
