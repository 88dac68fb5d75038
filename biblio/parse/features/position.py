"""Where the token stands in the reference, what came before it (a year, italics, a quote,
"In", how many parts ended by a full stop) and what comes after it (``parts``: the stops
still to come, the part it sits in), which a window of neighbours cannot see; and words
farther away than the window of near neighbours."""

from __future__ import annotations

from biblio.parse.features import parts
from biblio.parse.tokens import ITALIC, QUOTED, Token

NAME = "position"

_RP = [f"rp={i}" for i in range(8)]
_CASES = ("d", "C", "I", "X", "x", "punct", "open", "url", "doi", "ent")
_ST = [f"st={k}" for k in range(5)]
_ST_CASE_BY_STOPS = [{c: f"st={k}|{c}" for c in _CASES} for k in range(5)]
_NEW_PART = {c: f"newpart|{c}" for c in _CASES}
# The groups of features beyond the near window that the shipped model was trained with:
# "end" (stops still to come, what follows later), "part" (the part a token sits in), "wide"
# (words three away).  benchmarks/labeller_ab.py measures each by short trainings.
GROUPS: tuple[str, ...] = ()


def case_class(norm: str, kind: str) -> str:
    """d(igits), C(APS), I(nitial), X (capitalised), x (lower), or the token's kind."""
    if kind != "word":
        return kind
    if norm[:1].isdigit():
        return "d"
    if norm.isupper():
        return "C" if len(norm) > 1 else "I"
    return "X" if norm[:1].isupper() else "x"


def features(tokens: list[Token], cases: list[str], years: list[bool]) -> list[list[str]]:
    """One feature list per token; ``cases`` and ``years`` are per token (from the word cache)."""
    n = len(tokens)
    last = n - 1
    out: list[list[str]] = []
    append = out.append
    seen_year = seen_italic = seen_quote = seen_in = new_part = False
    stops = 0
    # (the stop count's features, looked up again only when a full stop ends a part)
    st, st_case = _ST[0], _ST_CASE_BY_STOPS[0]
    for i, tok in enumerate(tokens):
        case = cases[i]
        feats = [_RP[i * 8 // n], st, st_case[case]]
        if i == 0:
            feats.append("first")
        elif i == last:
            feats.append("last")
        if new_part:
            feats.append(_NEW_PART[case])
        if seen_year:
            feats.append("afteryear")
        attrs = tok.attrs
        if seen_italic and not attrs & ITALIC:
            feats.append("afteritalic")
        if seen_quote and not attrs & QUOTED:
            feats.append("afterquote")
        if seen_in:
            feats.append("afterin")
        append(feats)
        if years[i]:
            seen_year = True
        if attrs & ITALIC:
            seen_italic = True
        if attrs & QUOTED:
            seen_quote = True
        # a full stop after a word (not after an initial) ends a part of the reference
        kind = tok.kind
        new_part = kind == "punct" and "." in tok.norm and i > 0 and len(tokens[i - 1].norm) > 1
        if new_part:
            stops += 1
            k = stops if stops < 4 else 4
            st, st_case = _ST[k], _ST_CASE_BY_STOPS[k]
        elif kind == "word" and (tok.norm == "In" or tok.norm == "in") and i and tokens[i - 1].kind == "punct":
            seen_in = True
    if "end" in GROUPS:
        parts.add_from_end(out, tokens, cases, years)
    if "part" in GROUPS:
        parts.add_blocks(out, tokens, cases, years)
    if "wide" in GROUPS:
        add_wide(out, tokens, cases)
    return out


def add_wide(out: list[list[str]], tokens: list[Token], cases: list[str]) -> None:
    """The words three tokens away, and the previous word joined with this token's case class."""
    n = len(tokens)
    low = [t.norm.lower() if t.kind in ("word", "punct") else "<" + t.kind + ">" for t in tokens]
    for i in range(n):
        feats = out[i]
        if i > 2:
            feats.append("-3w=" + low[i - 3])
        if i + 3 < n:
            feats.append("+3w=" + low[i + 3])
        feats.append(("-1w=" + low[i - 1] if i else "bos") + "|" + cases[i])
