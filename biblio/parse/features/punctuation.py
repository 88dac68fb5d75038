"""Punctuation tokens: what they are (a full stop, a closing bracket and stop, a colon...)."""

from __future__ import annotations

NAME = "punctuation"

# the dash family and the quote family read as one class each
_FOLD = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
    }
)


def features(norm: str) -> list[str]:
    folded = norm.translate(_FOLD)
    out = ["pn=" + folded[:4]]
    if "." in folded:
        out.append("pn.")
    if "," in folded:
        out.append("pn,")
    if ":" in folded or ";" in folded:
        out.append("pn:")
    if ")" in folded or "]" in folded:
        out.append("pnclose")
    if '"' in folded or "'" in folded:
        out.append("pnquote")
    return out
