"""Numbers: years, ranges, ordinals, roman numerals and the size of a number."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern

NAME = "numbers"

_YEAR = lazy_pattern(r"(1[5-9]\d\d|20[0-4]\d)[a-z]?$")
_RANGE = lazy_pattern(r"[a-zA-Z]?\d+[-\u2010\u2011\u2012\u2013\u2014][a-zA-Z]?\d+$")
_ORDINAL = lazy_pattern(r"\d+(st|nd|rd|th|e|er|eme|ème|te|ten)$", re.I)
_ROMAN = lazy_pattern(r"(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.I)
_ARTICLE_NO = lazy_pattern(r"[a-zA-Z]\d{3,}$")


_ROMAN_LETTERS = "ivxlcdmIVXLCDM"


def _may_be_roman(norm: str) -> bool:
    """False where ``_ROMAN`` cannot match: ASCII text with a letter no numeral has (``$`` also
    matches before a closing line break); a plain test, cheaper than the pattern, for most words."""
    if not norm.isascii():
        return True
    return not (norm[:-1] if norm.endswith("\n") else norm).strip(_ROMAN_LETTERS)


_NOT_ALNUM = lazy_pattern(r"[^\da-zA-Z]")


def features(norm: str) -> list[str]:
    out: list[str] = []
    if norm.isalpha():
        pass  # (no digit: only the roman numeral test below applies)
    elif norm.isdigit():
        n = len(norm)
        out.append("num" + (str(n) if n < 5 else "5+"))
        if _YEAR.match(norm):
            out.append("year")
    elif _YEAR.match(norm):
        out.append("year")
        out.append("yearletter")
    elif _RANGE.match(norm):
        out.append("range")
        a, b = _NOT_ALNUM.split(norm, maxsplit=1)
        if _YEAR.match(a) and _YEAR.match(b):
            out.append("yearrange")
    elif _ORDINAL.match(norm):
        out.append("ordinal")
    elif _ARTICLE_NO.match(norm):
        out.append("articleno")
    elif any(c.isdigit() for c in norm):
        out.append("hasdigit")
    if (
        _may_be_roman(norm)
        and _ROMAN.match(norm)
        and norm.lower() not in ("i", "d", "c", "m", "l", "di", "mi", "cd", "dc")
    ):
        out.append("roman")
    return out
