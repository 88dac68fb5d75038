"""Where the token stands in the reference, and what came before it (a year, italics, a quote,
a URL), which a window of neighbours cannot see."""

from __future__ import annotations

from biblio.parse.tokens import ITALIC, QUOTED, Token

NAME = "position"


def features(tokens: list[Token], word_flags: list[frozenset[str]]) -> list[list[str]]:
    """One feature list per token."""
    n = len(tokens)
    out: list[list[str]] = []
    seen_year = seen_italic = seen_quote = seen_in = False
    stops = 0
    words = 0
    for i, tok in enumerate(tokens):
        feats = ["rp=" + str(i * 8 // n)]
        if i == 0:
            feats.append("first")
        elif i == n - 1:
            feats.append("last")
        if tok.kind == "word":
            words += 1
            if words <= 3:
                feats.append("wi=" + str(words))
        if seen_year:
            feats.append("afteryear")
        if seen_italic and not tok.attrs & ITALIC:
            feats.append("afteritalic")
        if seen_quote and not tok.attrs & QUOTED:
            feats.append("afterquote")
        feats.append("st=" + str(min(stops, 4)))
        if seen_in:
            feats.append("afterin")
        out.append(feats)
        if "year" in word_flags[i]:
            seen_year = True
        if tok.attrs & ITALIC:
            seen_italic = True
        if tok.attrs & QUOTED:
            seen_quote = True
        if tok.kind == "punct" and "." in tok.norm and i > 0 and len(tokens[i - 1].norm) > 1:
            stops += 1  # a full stop after a word (not after an initial) ends a part of the reference
        elif tok.kind == "word" and tok.norm in ("In", "in") and i > 0 and tokens[i - 1].kind == "punct":
            seen_in = True
    return out
