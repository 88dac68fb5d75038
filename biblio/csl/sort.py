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
        if var == "citation-label" and not v:
            from .elements import _trigraph

            v = _trigraph(item)
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


_UNSET = object()


class LazyRow:
    """Sort values of one item, computed only when a comparison reaches them."""

    __slots__ = ("values", "compute")

    def __init__(self, n: int, compute: Callable[[int], Any]) -> None:
        self.values: list[Any] = [_UNSET] * n
        self.compute = compute

    def get(self, k: int) -> Any:
        v = self.values[k]
        if v is _UNSET:
            v = self.values[k] = self.compute(k)
        return v


def _cmp_values(a: Any, b: Any) -> int:
    if isinstance(a, int) and isinstance(b, int):
        return (a > b) - (a < b)
    sa, sb = str(a) if not isinstance(a, int) else f"{a:010d}", str(b) if not isinstance(b, int) else f"{b:010d}"
    return (sa > sb) - (sa < sb)


def sort_indices(keys: list[SortKey], values: list[Any]) -> list[int]:
    """Stable order of rows by keys; empty values go last whatever the direction.

    ``values`` holds lists or ``LazyRow``s (values computed on demand)."""
    rows = [v if isinstance(v, LazyRow) else _eager(v) for v in values]
    asc = [k.ascending for k in keys]
    nkeys = len(keys)

    def cmp(i: int, j: int) -> int:
        ri, rj = rows[i], rows[j]
        for k in range(nkeys):
            a, b = ri.get(k), rj.get(k)
            if a is None and b is None:
                continue
            if a is None:
                return 1
            if b is None:
                return -1
            if a == b:
                continue
            c = _cmp_values(a, b)
            if c:
                return c if asc[k] else -c
        return (i > j) - (i < j)

    return sorted(range(len(rows)), key=functools.cmp_to_key(cmp))


def _eager(v: list[Any]) -> LazyRow:
    r = LazyRow(len(v), lambda k: None)
    r.values = list(v)
    return r
