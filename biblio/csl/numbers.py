"""Numbers: numeric tests, label plurals, ordinals, roman numerals, page ranges."""

from __future__ import annotations

import re

from .locale import Locale

_NUM_TOKEN = r"[A-Za-z]*\d+[A-Za-z]*"
_NUMERIC = re.compile(rf"^\s*{_NUM_TOKEN}(?:\s*(?:[-\u2013,&]|and)\s*{_NUM_TOKEN})*\s*$")
_SPLIT = re.compile(r"(\s*(?:[-\u2013,&])\s*|\s+and\s+)")


def is_numeric(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return bool(_NUMERIC.match(str(value)))


def is_plural(value: object, variable: str = "", and_term: str = "and") -> bool:
    if variable in ("number-of-pages", "number-of-volumes"):
        m = re.match(r"\s*(\d+)", str(value))
        return m is not None and int(m.group(1)) > 1
    return is_plural_value(str(value), and_term)


def roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
            (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def ordinal_suffix(n: int, loc: Locale, gender: str = "") -> str:
    def get(name: str) -> tuple[str, str] | None:
        # an ordinal of another gender does not apply (the neuter form does)
        for t in loc.terms.get((name, "long"), []):
            if t.gender_form == gender:
                return (t.single, t.match)
        for t in loc.terms.get((name, "long"), []):
            if not t.gender_form:
                return (t.single, t.match)
        return None

    two = n % 100
    one = n % 10
    # two-digit terms: match last-two-digits (default) or whole-number
    t = get(f"ordinal-{two:02d}") if two >= 10 else None
    if t is not None:
        text, match = t
        if match == "whole-number":
            if n == two:
                return text
        elif match == "last-digit":
            pass
        else:
            return text
    t = get(f"ordinal-{one:02d}")
    if t is not None:
        text, match = t
        if match == "whole-number":
            if n == one:
                return text
        elif match == "last-two-digits":
            if n % 100 == one:
                return text
        else:
            return text
    t = get("ordinal")
    return t[0] if t else ""


def ordinal(n: int, loc: Locale, gender: str = "") -> str:
    return f"{n}{ordinal_suffix(n, loc, gender)}"


def long_ordinal(n: int, loc: Locale, gender: str = "") -> str:
    if 1 <= n <= 10:
        t = loc.term_obj(f"long-ordinal-{n:02d}", "long", gender)
        if t is not None:
            return t.single
    return ordinal(n, loc, gender)


def format_number(value: str, form: str, loc: Locale, gender: str = "", range_delim: str = "\u2013") -> str:
    """Format every number in ``value`` (which may be a list or a range)."""
    parts = _SPLIT.split(value.strip())
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 1:
            d = p.strip()
            if d in ("-", "\u2013"):
                out.append(range_delim)
            elif d == ",":
                out.append(", ")
            elif d == "&":
                out.append(" & ")
            else:
                out.append(" " + d + " ")
            continue
        m = re.fullmatch(r"([A-Za-z]*)(\d+)([A-Za-z]*)", p)
        if not m or form == "numeric":
            out.append(p)
            continue
        pre, num, post = m.groups()
        n = int(num)
        if form == "ordinal":
            s = ordinal(n, loc, gender)
        elif form == "long-ordinal":
            s = long_ordinal(n, loc, gender)
        elif form == "roman":
            s = roman(n)
        else:
            s = num
        out.append(pre + s + post)
    return "".join(out)


# ------------------------------------------------------------------ page ranges
_TOK = r"((?:[^\s,&\-\u2013\\]*[^\d\s,&\-\u2013\\])?)(\d+)"
_RANGE = re.compile(_TOK + r"\s*[-\u2013\u2014]+\s*" + _TOK + r"(?![\w])")
_ROMAN_RANGE = re.compile(r"\b([ivxlcdm]+)\s*-\s*([ivxlcdm]+)\b", re.I)


def _minimal(a: str, b: str, keep: int = 1) -> str:
    if len(a) != len(b):
        return b
    i = 0
    while i < len(a) - 1 and a[i] == b[i]:
        i += 1
    out = b[i:]
    if keep > 1 and len(out) < keep:
        out = b[-keep:] if len(b) >= keep else b
    return out


def _expand(a: str, b: str) -> str:
    if len(b) < len(a):
        return a[: len(a) - len(b)] + b
    return b


def _chicago(a: str, b: str, v16: bool) -> str:
    ai = int(a)
    if ai < 100 or ai % 100 == 0:
        return b
    if ai % 100 < 10:
        return _minimal(a, b)
    if not v16 and len(a) == 4 and len(_minimal(a, b)) >= 3:
        return b  # chicago-15: four digits of which three change are given in full
    return _minimal(a, b, 2)


def format_page_range(value: str, fmt: str, delim: str = "\u2013") -> str:
    """Apply page-range-format to every range in ``value``; ``\\-`` is a literal hyphen."""

    def repl(m: re.Match[str]) -> str:
        p1, a, p2, b = m.groups()
        plain_range = f"{p1}{a}-{p2}{b}"
        if (p1 != p2 and p2) or (p1 and not p2):
            return plain_range  # different prefixes: the range is left alone
        b_exp = _expand(a, b)
        if int(b_exp) < int(a):
            return plain_range
        if p2 and fmt and fmt != "expanded":
            p2 = ""  # S12-S19 -> S12-19
        if not fmt:
            out = b
        elif fmt == "expanded":
            out = b_exp
        elif fmt == "minimal":
            out = _minimal(a, b_exp)
        elif fmt == "minimal-two":
            out = _minimal(a, b_exp, 2)
        elif fmt in ("chicago", "chicago-15"):
            out = _chicago(a, b_exp, False)
        elif fmt == "chicago-16":
            out = _chicago(a, b_exp, True)
        else:
            out = b
        return f"{p1}{a}{delim}{p2}{out}"

    out = _RANGE.sub(repl, value)
    out = _ROMAN_RANGE.sub(lambda m: f"{m.group(1)}{delim}{m.group(2)}", out)
    return out.replace("\\-", "-")


def is_plural_value(value: str, and_term: str = "and") -> bool:
    """Two or more numbers (or roman numerals) joined by a list or range delimiter."""
    s = value.strip()
    if "\\-" in s:
        s = s.split("\\-")[0]
    parts = re.split(r"\s*(?:,|&|[-\u2013]|\b" + re.escape(and_term) + r"\b|\band\b)\s*", s)
    nums = 0
    for p in (x for x in parts if x):
        if re.fullmatch(r"[A-Za-z]*\d+[A-Za-z]*|[ivxlcdm]+|[IVXLCDM]+", p):
            nums += 1
        else:
            break
    return nums >= 2
