"""Sorting of bibliography entries and cites by CSL sort keys."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .dates import sort_key as date_sort_key
from .elements import DATE_VARS, NAME_VARS, NUMBER_VARS, Ctx, Item, _render_seq
from .names import SORT_SEP, make_opts, sort_key_name
from .output import parse_rich, plain
from .style import SortKey

if TYPE_CHECKING:
    from .engine import Style

_DROP = re.compile(r"[\[\]\"\u201c\u201d\u00ab\u00bb()*,.;:!?\u00bf\u00a1]")
_APOS = re.compile(r"['\u2019\u2018]")


def _approximate(s: str) -> str:
    """Without ICU: punctuation mostly ignored, apostrophes sort low, accents and case ignored."""
    s = _DROP.sub("", s).strip()
    s = re.sub(r"^[^\w]+", "", s)
    s = _APOS.sub("\x01", s)
    # ASCII is its own NFKD form, without combining marks
    base = s if s.isascii() else "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return base.casefold().strip()


@functools.lru_cache(maxsize=16)
def _collator(lang: str) -> Any:
    """citeproc-js's ``localeCompare(lang, {sensitivity: "base", ignorePunctuation: true, numeric: true})``:
    primary strength (case and accents equal), punctuation and spaces ignored, digits as numbers."""
    try:  # imported on first use: only sorting needs it
        import icu as _icu
    except ImportError:  # pragma: no cover - PyICU is a dependency; an approximation stands in without it
        return None
    loc = _icu.Locale(lang.replace("-", "_"))
    c = _icu.Collator.createInstance(loc)
    c.setStrength(_icu.Collator.PRIMARY)
    c.setAttribute(_icu.UCollAttribute.ALTERNATE_HANDLING, _icu.UCollAttributeValue.SHIFTED)
    c.setAttribute(_icu.UCollAttribute.NUMERIC_COLLATION, _icu.UCollAttributeValue.ON)
    return c


def collate(s: str, lang: str = "en-US") -> Any:
    """The collation key of a sort value (computed once per value; keys compare as bytes).

    As citeproc-js builds its keys, each space becomes ``|`` (a symbol the collation does not
    ignore and that sorts before letters: "Le Monde" before "Lee, C."); leading brackets and
    quotes are dropped."""
    c = _collator(lang)
    if c is None:
        return _approximate(s)
    return c.getSortKey(s.lstrip("[]'\"").replace(" ", SORT_SEP) + SORT_SEP)


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
            # the key's et-al options, else the section's and style's (citeproc-js's inheritOpt)
            et_min = key.names_min if key.names_min is not None else o.et_al_min
            first = key.names_use_first if key.names_use_first is not None else o.et_al_use_first
            if et_min and first >= 0 and len(names) >= et_min:
                names = names[:first]
            return collate(" ".join(sort_key_name(n, o) for n in names), style.lang)
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
        return collate(plain(parse_rich(str(v))), style.lang)
    ctx = ctx_factory(True)
    ctx.sort_mode = True
    ctx.dates_only = style.macro_has_date(key.macro)
    if key.names_min is not None or key.names_use_first is not None or key.names_use_last is not None:
        ctx.names_override = (key.names_min, key.names_use_first, key.names_use_last)
    node, _c, _r = _render_seq(style.macros.get(key.macro, []), "", ctx)
    s = plain(node)
    if not s:
        return None
    return collate(s, style.lang)


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


def _as_key(v: Any) -> Any:
    """A value of a key whose values mix types, as a collation key (numbers zero-padded,
    which the numeric collation orders as numbers too)."""
    if isinstance(v, int):
        return collate(f"{v:010d}")
    return collate(v) if isinstance(v, str) else v


def _cmp_values(a: Any, b: Any) -> int:
    if type(a) is not type(b):
        a, b = _as_key(a), _as_key(b)
        if type(a) is not type(b):  # no collator: the approximation gives strings
            a, b = str(a), str(b)
    return (a > b) - (a < b)


def sort_indices(keys: list[SortKey], values: list[Any]) -> list[int]:
    """Stable order of rows by keys; empty values go last whatever the direction.

    ``values`` holds lists or ``LazyRow``s (values computed on demand).  Rows are sorted
    on the first key, then each run of rows equal so far on the next key, and so on: a
    key is computed only for rows that tie with another row on every key before it (the
    very rows a comparison sort would have to compute it for)."""
    rows = [v if isinstance(v, LazyRow) else _eager(v) for v in values]
    nkeys = len(keys)
    asc = [k.ascending for k in keys]
    out: list[int] = []

    def order(idx: list[int], k: int) -> None:
        # ``idx`` is in ascending row order, which breaks the remaining ties
        if len(idx) < 2 or k == nkeys:
            out.extend(idx)
            return
        present: list[tuple[Any, int]] = []
        empty: list[int] = []
        for i in idx:
            v = rows[i].get(k)
            if v is None:
                empty.append(i)
            else:
                present.append((v, i))
        if len(present) > 1:
            runs = _runs(present, asc[k])
            if runs is None:
                raise _Mixed
            for run in runs:
                order(run, k + 1)
        else:
            out.extend(i for _v, i in present)
        order(empty, k + 1)

    try:
        order(list(range(len(rows))), 0)
    except _Mixed:
        return _sort_cmp(rows, asc)
    return out


_PAD_MAX = 10 ** 10


def _runs(present: list[tuple[Any, int]], ascending: bool) -> list[list[int]] | None:
    """Rows ordered by one key's values (stable), grouped into runs of equal values;
    None when the values mix types in a way only ``_cmp_values`` orders."""
    kinds = {type(v) for v, _i in present}
    if len(kinds) == 1:
        ordered = sorted(present, key=lambda p: p[0], reverse=not ascending)
        get = None
    elif kinds == {int, bytes} or kinds == {str, bytes}:
        def key(p: tuple[Any, int]) -> Any:
            return _as_key(p[0])
        ordered = sorted(present, key=key, reverse=not ascending)
        get = key
    elif kinds == {int, str} and all(0 <= v < _PAD_MAX for v, _i in present if type(v) is int):
        # ints compare with strings as zero-padded strings, which orders them as numbers too
        def pad(p: tuple[Any, int]) -> str:
            v = p[0]
            return f"{v:010d}" if type(v) is int else v
        ordered = sorted(present, key=pad, reverse=not ascending)
        get = pad
    else:
        return None
    runs: list[list[int]] = []
    prev: Any = _UNSET
    for p in ordered:
        v = p[0] if get is None else get(p)
        if v == prev:
            runs[-1].append(p[1])
        else:
            runs.append([p[1]])
            prev = v
    return runs


def _sort_cmp(rows: list[LazyRow], asc: list[bool]) -> list[int]:
    """The same order through pairwise comparisons (``_cmp_values``): used when one key's
    values mix types in a way that no key function orders alike."""
    nkeys = len(asc)

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


class _Mixed(Exception):
    pass


def _eager(v: list[Any]) -> LazyRow:
    r = LazyRow(len(v), lambda k: None)
    r.values = list(v)
    return r
