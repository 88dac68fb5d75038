"""The word's shape: case pattern, length and the character classes it mixes."""

from __future__ import annotations

NAME = "shape"


def _char_class(c: str) -> str:
    if c.isdigit():
        return "d"
    if c.isalpha():
        return "X" if c.isupper() else "x"
    return c


def shape(norm: str) -> str:
    """``Smith`` -> ``Xx``, ``1997`` -> ``d``, ``O'Neil`` -> ``X'Xx``: runs of one class collapse."""
    out: list[str] = []
    for c in norm:
        k = _char_class(c)
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)[:8]


def features(norm: str) -> list[str]:
    n = len(norm)
    out = ["sh=" + shape(norm), "len=" + (str(n) if n < 5 else "5+" if n < 10 else "10+")]
    if norm.isalpha():
        if norm.isupper():
            out.append("caps" if n > 1 else "initial")
        elif norm[0].isupper():
            out.append("title")
        elif norm.islower():
            out.append("lower")
        if not norm.isascii():
            out.append("nonascii")
    return out
