"""Sorting of bibliography entries and cites by CSL sort keys."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .dates import sort_key as date_sort_key
from .elements import DATE_VARS, NAME_VARS, NUMBER_VARS, Ctx, Item, _render_seq
from .names import make_opts, sort_key_name
from .output import parse_rich, plain
from .style import SortKey

if TYPE_CHECKING:
    from .engine import Style

_DROP = re.compile(r"[\[\]\"\u201c\u201d\u00ab\u00bb()*,.;:!?\u00bf\u00a1]")
_APOS = re.compile(r"['\u2019\u2018]")


def collate(s: str) -> str:
    """Approximation of a locale collator: punctuation mostly ignored, apostrophes sort low,
    accents and case only break ties."""
    s = _DROP.sub("", s).strip()
    s = re.sub(r"^[^\w]+", "", s)
    s = _APOS.sub("\x01", s)
    base = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return base.casefold().strip()


def key_value(style: Style, key: SortKey, item: Item, ctx_factory: Callable[[bool], Ctx]) -> Any:
    """The sort value of one key for one item: str, int or None (empty)."""
    if key.variable:
        var = key.variable
        if var in NAME_VARS:
            names = item.names(var)
            if not names:
                return None
            a = dict(ctx_factory(True).inherit)
            o = make_opts(a)
            if key.names_min is not None and key.names_use_first is not None and len(names) >= key.names_min:
                names = names[: key.names_use_first]
            return collate("  ".join(sort_key_name(n, o) for n in names))
        if var in DATE_VARS:
            return date_sort_key(item.date(var)) or None
        if var == "citation-number":
            return ctx_factory(True).citation_number
        v = item.data.get(var)
        if v in (None, ""):
            return None
        if var in NUMBER_VARS:
            m = re.match(r"\s*(-?\d+)", str(v))
            if m:
                return int(m.group(1))
        return collate(plain(parse_rich(str(v))))
    ctx = ctx_factory(True)
    ctx.sort_mode = True
    if key.names_min is not None or key.names_use_first is not None or key.names_use_last is not None:
        ctx.names_override = (key.names_min, key.names_use_first, key.names_use_last)
    node, _c, _r = _render_seq(style.macros.get(key.macro, []), "", ctx)
    s = plain(node)
    if not s:
        return None
    return collate(s)


def _cmp_values(a: Any, b: Any) -> int:
    if isinstance(a, int) and isinstance(b, int):
        return (a > b) - (a < b)
    sa, sb = str(a) if not isinstance(a, int) else f"{a:010d}", str(b) if not isinstance(b, int) else f"{b:010d}"
    return (sa > sb) - (sa < sb)


def sort_indices(keys: list[SortKey], values: list[list[Any]]) -> list[int]:
    """Stable order of rows by keys; empty values go last whatever the direction."""

    def cmp(i: int, j: int) -> int:
        for k, key in enumerate(keys):
            a, b = values[i][k], values[j][k]
            if a is None and b is None:
                continue
            if a is None:
                return 1
            if b is None:
                return -1
            c = _cmp_values(a, b)
            if c:
                return c if key.ascending else -c
        return (i > j) - (i < j)

    return sorted(range(len(values)), key=functools.cmp_to_key(cmp))
