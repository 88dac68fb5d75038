"""The word's shape: case pattern, length and the character classes it mixes."""

from __future__ import annotations

import string

NAME = "shape"


def _char_class(c: str) -> str:
    if c.isdigit():
        return "d"
    if c.isalpha():
        return "X" if c.isupper() else "x"
    return c


# ASCII characters by class (others stand for themselves): the classes of a word in one call
_ASCII_CLASS = str.maketrans(
    {
        **{c: "d" for c in string.digits},
        **{c: "X" for c in string.ascii_uppercase},
        **{c: "x" for c in string.ascii_lowercase},
    }
)


def shape(norm: str) -> str:
    """``Smith`` -> ``Xx``, ``1997`` -> ``d``, ``O'Neil`` -> ``X'Xx``: runs of one class collapse."""
    out: list[str] = []
    prev = ""
    for k in norm.translate(_ASCII_CLASS) if norm.isascii() else map(_char_class, norm):
        if k != prev:
            out.append(k)
            prev = k
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
