"""Evaluation of compiled CSL elements for one item (pure functions of a context)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import dates as D
from .names import NameOpts, NameParts, format_name, make_opts, parse_name, sort_key_name
from .numbers import format_number, format_page_range, is_numeric, is_plural
from .output import _SUPER_RE, Span, TermStr, parse_rich, plain, smart_apostrophes
from .style import Choose, Condition, Date, Element, Group, Label, Names, Number, Text
from .textcase import apply_case

if TYPE_CHECKING:
    from .engine import Style

NAME_VARS = frozenset(
    "author chair collection-editor compiler composer container-author contributor curator director editor "
    "editorial-director editor-translator executive-producer guest host illustrator interviewer narrator "
    "organizer original-author performer producer recipient reviewed-author script-writer series-creator "
    "translator".split()
)
DATE_VARS = frozenset(
    "accessed available-date event-date issued original-date submitted".split()
)
NUMBER_VARS = frozenset(
    "chapter-number citation-number collection-number edition first-reference-note-number issue locator number "
    "number-of-pages number-of-volumes page page-first part-number printing-number section supplement-number "
    "version volume".split()
)
_ALIASES = {
    "shortTitle": "title-short",
    "journalAbbreviation": "container-title-short",
    "event": "event-title",
}
_RAW_VARS = frozenset(["URL", "DOI", "ISBN", "ISSN", "PMID", "PMCID", "url", "doi"])
# With ``Style.report_spans`` each variable's output is wrapped in a span of this formatting
# attribute; the output formats print nothing for it (biblio.parse.training prints markers).
SPAN_ATTR = "x-variable"


_NOTE_FIELD = re.compile(r"^\s*\{?:?([a-z][a-z-]*[a-z]|[A-Z]+):\s*(.+?)\}?\s*$")


def _note_fields(d: dict[str, Any]) -> None:
    """Zotero/citeproc-js "cheater syntax": ``key: value`` lines in ``note`` add variables."""
    for line in str(d["note"]).splitlines():
        m = _NOTE_FIELD.match(line)
        if not m:
            continue
        key, val = m.group(1), m.group(2)
        if key in d and key != "type":
            continue
        if key in DATE_VARS:
            d[key] = {"raw": val}
        elif key in NAME_VARS:
            fam, _, giv = val.partition("||")
            d.setdefault(key, []).append({"family": fam.strip(), "given": giv.strip()} if giv else
                                         {"literal": fam.strip()})
        elif key == "type":
            d["type"] = val.strip()
        elif re.fullmatch(r"[a-z-]+|[A-Z]+", key):
            d[key] = val


class Item:
    """A CSL-JSON item with lazily parsed names and dates."""

    __slots__ = ("data", "id", "_names", "_dates", "_rich", "type")

    def __init__(self, data: dict[str, Any]) -> None:
        d = dict(data)
        for k, v in _ALIASES.items():
            if k in d and v not in d:
                d[v] = d[k]
        if "event" in data and "event-title" not in data:
            d["event-title"] = data["event"]
        if isinstance(d.get("note"), str) and ":" in d["note"]:
            _note_fields(d)
        self.data = d
        self.id = str(d.get("id"))
        self.type = str(d.get("type", ""))
        self._names: dict[str, list[NameParts]] = {}
        self._dates: dict[str, D.DateValue | None] = {}
        self._rich: dict[str, Span | str] = {}

    def names(self, var: str) -> list[NameParts]:
        r = self._names.get(var)
        if r is None:
            raw = self.data.get(var)
            r = [parse_name(x) for x in raw if isinstance(x, dict)] if isinstance(raw, list) else []
            r = [n for n in r if n.literal or n.family or n.given]
            self._names[var] = r
        return r

    def date(self, var: str) -> D.DateValue | None:
        if var in self._dates:
            return self._dates[var]
        r = D.parse_date(self.data.get(var))
        self._dates[var] = r
        return r

    def rich(self, var: str, value: str) -> Span | str:
        key = var + "\0" + value
        r = self._rich.get(key)
        if r is None:
            r = value if var in _RAW_VARS else parse_rich(value)
            self._rich[key] = r
        return r


@dataclass
class Cite:
    """Per-citation information (locator, position) for one cited item."""

    locator: str = ""
    label: str = ""
    position: int = 0  # 0 first, 1 subsequent, 2 ibid, 3 ibid-with-locator
    near_note: bool = False
    first_note: int = 0
    note: int = 0


@dataclass
class Disamb:
    """Disambiguation state of one item."""

    add_names: int = 0
    given_levels: dict[NameParts, int] = field(default_factory=dict)
    all_given: int = 0
    year_suffix: str = ""
    condition: bool = False
    sub_condition: bool = False  # ambiguous in the subsequent (short) form of note styles


@dataclass
class Ctx:
    style: Style
    item: Item
    mode: str  # "citation" | "bibliography"
    inherit: dict[str, str]
    cite: Cite | None = None
    disamb: Disamb | None = None
    citation_number: int = 0
    sort_mode: bool = False
    names_override: tuple[int | None, int | None, bool | None] | None = None
    suppressed: set[str] = field(default_factory=set)
    log: list[str] | None = None
    year_suffix_done: bool = False
    english: bool = True
    sas: tuple[str, str, object] | None = None  # subsequent-author-substitute: (text, rule, previous)
    first_names: str | None = None
    names_done: bool = False
    skip_first_names: bool = False
    seen_names: list[NameParts] | None = None
    shown_names: list[NameParts] | None = None
    first_names_key: object = None
    sas_count: int = 0

    @property
    def locale(self) -> Any:
        return self.style.locale


# A result: (node or None, called a variable, rendered a non-empty variable)
Result = tuple["Span | str | None", bool, bool]
EMPTY: Result = (None, False, False)


_SPECIAL_VARS = frozenset(["locator", "label", "citation-number", "first-reference-note-number", "year-suffix",
                           "citation-label", "page-first"])


def _value(ctx: Ctx, var: str, form: str = "long", tests: bool = False) -> Any:
    if not tests and var in ctx.suppressed:
        return None
    if var not in _SPECIAL_VARS and form != "short":
        v = ctx.item.data.get(var)  # the common case: a plain item variable
        return None if v is None or v == "" or v == [] else v
    if var == "locator":
        return ctx.cite.locator if ctx.cite and ctx.cite.locator else None
    if var == "label":
        return ctx.cite.label if ctx.cite else None
    if var == "citation-number":
        return ctx.citation_number or None
    if var == "first-reference-note-number":
        if ctx.cite and ctx.cite.position > 0 and ctx.cite.first_note:
            return ctx.cite.first_note
        return None
    if var == "year-suffix":
        return ctx.disamb.year_suffix if ctx.disamb and ctx.disamb.year_suffix else None
    data = ctx.item.data
    if var == "citation-label":
        return data.get("citation-label") or _trigraph(ctx.item) or None
    if form == "short":
        v = data.get(var + "-short")
        if v not in (None, ""):
            return v
    if var == "page-first":
        p = data.get("page-first") or data.get("page")
        if p in (None, ""):
            return None
        m = re.match(r"\s*([^\s,\-\u2013&]+)", str(p))
        return m.group(1) if m else None
    v = data.get(var)
    if v in (None, "", []):
        return None
    return v


def _trigraph(item: Item) -> str:
    """citeproc-js's default citation-label: Aaaa00, AaAa00, AaAA00, AAAA00."""
    names = item.names("author") or item.names("editor")
    fams = [(n.family or n.literal) for n in names]
    if not fams:
        return ""
    widths = {1: [4], 2: [2, 2], 3: [2, 1, 1]}.get(len(fams), [1, 1, 1, 1])
    label = "".join(f[:w] for f, w in zip(fams, widths, strict=False))
    dv = item.date("issued")
    if dv is not None and dv.year:
        label += f"{abs(dv.year) % 100:02d}"
    return label


def _log(ctx: Ctx, var: str) -> None:
    if ctx.log is not None:
        # inside a substitute a variable is used up as soon as it renders
        ctx.log.append(var)
        ctx.suppressed.add(var)


def _finish(el: Element, node: Span | str | None, ctx: Ctx, case: bool = True,
            term: bool = False) -> Span | str | None:
    """Apply strip-periods, text-case, formatting, quotes and affixes of an element."""
    if node is None or node == "":
        return None
    if ctx.style.report_spans and isinstance(el, (Text, Number, Date)) and el.variable:
        node = Span([node], fmt=((SPAN_ATTR, el.variable),))  # inside the affixes: they are not the variable
    if el.bare:
        return node
    if el.strip_periods:
        node = _strip_periods(node)
    if case and el.text_case:
        # citeproc-js applies title case to terms whatever the item's language
        node = apply_case(node, el.text_case, ctx.english or term)
    if el.prefix or el.suffix or el.fmt or el.quotes or el.display:
        return Span([node], el.prefix, el.suffix, el.fmt, el.quotes, el.display)
    return node


def _strip_periods(node: Span | str) -> Span | str:
    if isinstance(node, str):
        return node.replace(".", "")
    return Span([_strip_periods(c) for c in node.children], node.prefix, node.suffix, node.fmt, node.quotes,
                node.display, node.nocase)


# ------------------------------------------------------------------ elements
def render_text(el: Text, ctx: Ctx) -> Result:
    if el.variable:
        var = el.variable
        val = _value(ctx, var, el.form)
        if val is None:
            # citeproc-js adds year-suffix outside the variable machinery: it never suppresses a group
            return (None, var != "year-suffix", False)
        _log(ctx, var)
        s = str(val)
        if var == "citation-number" and ctx.sort_mode:
            return (f"{int(val):08d}", True, True)
        if var in ("page", "locator") and (var == "page" or not ctx.cite or ctx.cite.label in ("", "page")):
            s = format_page_range(s, ctx.style.page_range_format, ctx.style.range_delim)
        if var == "locator" and ctx.cite and ctx.cite.label not in ("", "page"):
            s = _dash_ranges(s, ctx.style.range_delim) if is_numeric(s) else s
        if var == "page" or var == "locator":
            node: Span | str = parse_rich(smart_apostrophes(s))
        elif var in NUMBER_VARS:
            node = _dash_ranges(s, ctx.style.range_delim) if is_numeric(s) else s
        else:
            node = ctx.item.rich(var, s)
        if var == "year-suffix":
            ctx.year_suffix_done = True
        elif var == "citation-label" and ctx.disamb and ctx.disamb.year_suffix and \
                not ctx.style.uses_year_suffix and not ctx.year_suffix_done:
            ctx.year_suffix_done = True
            node = Span([node, ctx.disamb.year_suffix])
        return (_finish(el, node, ctx), True, True)
    if el.macro:
        out: list[Span | str] = []
        flags = [False, False]
        _seq_into(ctx.style.macros.get(el.macro, ()), "", ctx, out, flags)  # type: ignore[arg-type]
        # a macro acts as an implicit group (citeproc-js)
        if not out:
            return (None, flags[0], flags[1])
        if flags[0] and not flags[1]:
            return (None, True, False)
        # a rendered group or macro counts as a rendered variable for its parent (citeproc-js)
        return (_finish(el, out[0] if len(out) == 1 else Span(out), ctx), True, True)
    if el.term:
        key = (el.term, el.form, el.plural)
        cache = ctx.style.term_nodes
        if key in cache:
            tn = cache[key]
        else:
            t = ctx.style.locale.term(el.term, el.form, el.plural)
            tn = (parse_rich(t) if "<" in t or _SUPER_RE.search(t) else TermStr(smart_apostrophes(t))) if t \
                else None
            cache[key] = tn  # term nodes are shared, never mutated
        if tn is None:
            return EMPTY
        return (_finish(el, tn, ctx, term=True), False, False)
    if el.value is not None:
        if not el.value:
            return EMPTY
        return (_finish(el, parse_rich(el.value), ctx), False, False)
    return EMPTY


def _dash_ranges(s: str, delim: str = "\u2013") -> str:
    if "-" not in s:
        return s
    return re.sub(r"(?<=\w)\s*(?<!\\)-\s*(?=\w)", delim, s).replace("\\-", "-")


def _term_gender(ctx: Ctx, var: str) -> str:
    t = ctx.locale.term_obj(var)
    return t.gender if t is not None else ""


def render_number(el: Number, ctx: Ctx) -> Result:
    val = _value(ctx, el.variable)
    if val is None:
        return (None, True, False)
    _log(ctx, el.variable)
    s = str(val)
    if ctx.sort_mode:
        m = re.match(r"\s*(\d+)", s)
        return ((f"{int(m.group(1)):08d}" if m else s), True, True)
    if is_numeric(s):
        s = format_number(s, el.form, ctx.locale, _term_gender(ctx, el.variable), ctx.style.range_delim)
        node: Span | str = parse_rich(s) if _SUPER_RE.search(s) else s
    else:
        node = s
    return (_finish(el, node, ctx), True, True)


_LOCATOR_TERMS = {"p.": "page", "pp.": "page", "ch.": "chapter", "vol.": "volume", "sec.": "section"}


def render_label(el: Label, ctx: Ctx, plural_count: int | None = None) -> Result:
    var = el.variable
    if var == "locator":
        if not ctx.cite or not ctx.cite.locator:
            return EMPTY
        term = ctx.cite.label or "page"
        term = _LOCATOR_TERMS.get(term, term)
        val: Any = ctx.cite.locator
    else:
        val = _value(ctx, var)
        if val is None:
            return EMPTY
        term = var
        if var == "page-first":
            term = "page"
    if el.plural == "always":
        plural = True
    elif el.plural == "never":
        plural = False
    else:
        plural = is_plural(val, var, ctx.locale.term("and") or "and")
    t = ctx.locale.term(term, el.form, plural)
    if not t:
        return EMPTY
    return (_finish(el, t, ctx, term=True), False, False)


def render_date(el: Date, ctx: Ctx) -> Result:
    dv = ctx.item.date(el.variable) if el.variable not in ctx.suppressed else None
    if dv is None:
        return (None, True, False)
    _log(ctx, el.variable)
    if ctx.sort_mode:
        shown = frozenset(el.date_parts_attr.split("-")) if el.form else frozenset(p.name for p in el.parts)
        key = D.sort_key(dv, shown)
        return (key or None, True, bool(key))
    if dv.literal and not dv.start[0]:
        return (_finish(el, parse_rich(dv.literal), ctx), True, True)
    loc = ctx.locale
    if el.form:
        parts, delim, lfmt, lpre, lsuf = D.localized_parts(el, loc)
    else:
        parts, delim, lfmt, lpre, lsuf = el.parts, el.delimiter, (), "", ""
    nodes = D.render_date_parts(parts, dv, loc, delim)
    if not nodes:
        return (None, True, False)
    ys = _auto_year_suffix(ctx, el)
    if ys:
        nodes = _append_year_suffix(nodes, ys, parts)
    node: Span | str = Span(nodes, lpre, lsuf, lfmt) if (lpre or lsuf or lfmt) else Span(nodes)
    return (_finish(el, node, ctx), True, True)


def _auto_year_suffix(ctx: Ctx, el: Date) -> str:
    """citeproc-js appends the year-suffix to the first rendered year when the style never asks for it."""
    d = ctx.disamb
    if not d or not d.year_suffix or ctx.style.uses_year_suffix or ctx.year_suffix_done:
        return ""
    if el.variable != "issued":
        return ""
    ctx.year_suffix_done = True
    return d.year_suffix


def _append_year_suffix(nodes: list[Span | str], ys: str, parts: list) -> list[Span | str]:
    # find the year part node: the last Span whose text is the year
    for i in range(len(nodes) - 1, -1, -1):
        n = nodes[i]
        if isinstance(n, Span) and re.fullmatch(r"\d+\w*", plain(n, False) or ""):
            nodes = list(nodes)
            nodes[i] = Span(n.children + [ys], n.prefix, n.suffix, n.fmt)
            return nodes
    return list(nodes) + [ys]


def render_group(el: Group, ctx: Ctx) -> Result:
    out: list[Span | str] = []
    flags = [False, False]
    _seq_into(el.children, el.delimiter, ctx, out, flags)
    if not out:
        return (None, flags[0], flags[1])
    if flags[0] and not flags[1]:
        return (None, True, False)
    return (_finish(el, out[0] if len(out) == 1 else Span(out), ctx), True, True)


def _render_seq(children: list[Element], delim: str, ctx: Ctx) -> Result:
    out: list[Span | str] = []
    flags = [False, False]
    _seq_into(children, delim, ctx, out, flags)
    if not out:
        return (None, flags[0], flags[1])
    if len(out) == 1:
        return (out[0], flags[0], flags[1])
    return (Span(out), flags[0], flags[1])


def _seq_into(children: list[Element], delim: str, ctx: Ctx, out: list[Span | str], flags: list[bool]) -> None:
    """Render elements into ``out``; a choose is transparent: the chosen branch's elements
    join the enclosing sequence (and its delimiter)."""
    render = RENDER
    for ch in children:
        t = type(ch)
        if t is Choose:
            for cond, branch in ch.branches:  # type: ignore[attr-defined]
                if cond is None:
                    hit = True
                else:
                    fn = cond.fn
                    hit = fn(ctx) if fn is not None else evaluate(cond, ctx)
                if hit:
                    _seq_into(branch, delim, ctx, out, flags)
                    break
            continue
        n, c, r = render[t](ch, ctx)
        if c:
            flags[0] = True
        if r:
            flags[1] = True
        if n is not None:
            if out and delim:
                out.append(delim)
            out.append(n)


def _expand(children: list[Element], ctx: Ctx) -> list[Element]:
    """A choose is transparent: the chosen branch's elements join the enclosing sequence."""
    if not any(type(c) is Choose for c in children):
        return children
    out: list[Element] = []
    for c in children:
        if type(c) is Choose:
            for cond, branch in c.branches:  # type: ignore[attr-defined]
                if cond is None or evaluate(cond, ctx):
                    out.extend(_expand(branch, ctx))
                    break
        else:
            out.append(c)
    return out


def render_choose(el: Choose, ctx: Ctx) -> Result:
    for cond, children in el.branches:
        if cond is None or evaluate(cond, ctx):
            return _render_seq(children, "", ctx)
    return EMPTY


def _test(ctx: Ctx, kind: str, val: str) -> bool:
    item = ctx.item
    if kind == "type":
        return item.type == val
    if kind == "variable":
        if val in NAME_VARS:
            return bool(item.names(val))
        if val in DATE_VARS:
            return item.date(val) is not None
        return _value(ctx, val, tests=True) is not None
    if kind == "is-numeric":
        v = _value(ctx, val, tests=True)
        return v is not None and is_numeric(v)
    if kind == "is-uncertain-date":
        dv = item.date(val)
        return bool(dv and dv.circa)
    if kind == "locator":
        if not ctx.cite or not ctx.cite.locator:
            return False
        lab = _LOCATOR_TERMS.get(ctx.cite.label, ctx.cite.label) or "page"
        return lab == val or (val == "sub-verbo" and lab == "sub verbo")
    if kind == "position":
        c = ctx.cite
        if c is None or ctx.mode != "citation":
            return False
        if val == "first":
            return c.position == 0
        if val == "subsequent":
            return c.position >= 1
        if val == "ibid":
            return c.position >= 2
        if val == "ibid-with-locator":
            return c.position == 3
        if val == "near-note":
            return c.position >= 1 and c.near_note
        return False
    if kind == "disambiguate":
        d = ctx.disamb
        on = d is not None and (d.condition or (d.sub_condition and ctx.cite is not None and ctx.cite.position > 0))
        return (val == "true") == on
    return False


def _test_fn(kind: str, val: str) -> Any:
    """One test as a function of the context, specialised for its kind and value."""
    if kind == "variable" and val not in _SPECIAL_VARS:
        if val in NAME_VARS:
            return lambda ctx: bool(ctx.item.names(val))
        if val in DATE_VARS:
            return lambda ctx: ctx.item.date(val) is not None

        def has_var(ctx: Ctx) -> bool:
            v = ctx.item.data.get(val)
            return v is not None and v != "" and v != []
        return has_var
    return lambda ctx: _test(ctx, kind, val)


def evaluate(cond: Condition, ctx: Ctx) -> bool:
    fn = cond.fn
    if fn is None:
        fn = cond.fn = _compile_condition(cond)
    return fn(ctx)  # type: ignore[no-any-return]


def _compile_condition(cond: Condition) -> Any:
    """Turn a condition into one function of the context (tests grouped by kind)."""
    match = cond.match
    fns: list[Any] = []
    for kind, vals in cond.tests:
        if kind == "type":
            types = frozenset(vals)
            if match == "all":
                single = len(vals) == 1
                fns.append(lambda ctx, t=types, one=single: one and ctx.item.type in t)
            else:
                fns.append(lambda ctx, t=types: ctx.item.type in t)
        else:
            # and/or/nor over every value of every kind is the same as kind by kind
            fns.extend(_test_fn(kind, v) for v in vals)
    if match == "all":
        if len(fns) == 1:
            return fns[0]

        def all_of(ctx: Ctx) -> bool:
            for f in fns:  # noqa: SIM110 - hot path
                if not f(ctx):
                    return False
            return True
        return all_of
    if len(fns) == 1:
        one = fns[0]
        return one if match == "any" else (lambda ctx: not one(ctx))

    def any_of(ctx: Ctx) -> bool:
        for f in fns:  # noqa: SIM110 - hot path
            if f(ctx):
                return True
        return False
    return any_of if match == "any" else (lambda ctx: not any_of(ctx))


# ------------------------------------------------------------------ names
def _opts(ctx: Ctx, el: Names) -> tuple[NameOpts, dict[str, str]]:
    """Name options: the style's and section's inheritable attributes under the name's own."""
    ck = (id(el.name), id(ctx.inherit))
    cache = ctx.style.opts_cache
    hit = cache.get(ck)
    if hit is not None:
        return hit
    a = dict(ctx.inherit)
    if el.name is not None:
        a.update(el.name.attrs)
    o = make_opts(a)
    cache[ck] = (o, a)  # name elements and inherit dicts live as long as the style
    return o, a


def _name_list(names: list[NameParts], o: NameOpts, el: Names, ctx: Ctx) -> tuple[
        Span | str | None, int]:
    loc = ctx.locale
    total = len(names)
    sub = ctx.mode == "citation" and ctx.cite is not None and ctx.cite.position > 0
    et_min = o.et_al_sub_min if sub else o.et_al_min
    use_first = o.et_al_sub_use_first if sub else o.et_al_use_first
    use_last = o.et_al_use_last
    if ctx.names_override is not None:
        nm, nf, nl = ctx.names_override
        if nm is not None:
            et_min = nm
        if nf is not None:
            use_first = nf
        if nl is not None:
            use_last = nl
    truncate = bool(et_min) and use_first >= 0 and total >= et_min and use_first < total
    shown = names[:use_first] if truncate else names
    # citeproc-js carries names added for disambiguation into the bibliography
    if truncate and ctx.disamb and ctx.disamb.add_names:
        shown = names[: use_first + ctx.disamb.add_names]
        truncate = len(shown) < total
    if truncate and not shown:
        return None, 0
    if o.form == "count":
        return None, len(shown)
    if ctx.shown_names is not None:
        ctx.shown_names.extend(shown)
    if ctx.sas_count < 0 and ctx.sas is not None:
        return (ctx.sas[0] or None), len(shown)
    if ctx.sort_mode:
        keys = [sort_key_name(n, o) for n in shown]
        if truncate and use_last and use_first + 1 < total:
            keys.append(sort_key_name(names[-1], o))
        return "  ".join(keys), len(shown)
    parts = el.name.parts if el.name is not None else {}
    rendered: list[Span | str] = []
    inverted: list[bool] = []
    for i, n in enumerate(shown):
        inv = n.is_person and (o.naso == "all" or (o.naso == "first" and i == 0))
        lvl = None
        d = ctx.disamb
        if d is not None and ctx.mode == "citation":
            lvl = d.given_levels.get(n) or (d.all_given or None)
        if ctx.seen_names is not None and n.is_person:
            ctx.seen_names.append(n)
        if i < ctx.sas_count and ctx.sas is not None:
            rendered.append(ctx.sas[0])
        else:
            rendered.append(format_name(n, o, inv, lvl, parts))
        inverted.append(inv)
    name_el = el.name
    out: list[Span | str] = []
    delim = o.delimiter
    and_term = ""
    if o.and_ == "text":
        and_term = loc.term("and") or "and"
    elif o.and_ == "symbol":
        and_term = "&"
    ellipsis = truncate and use_last and use_first + 1 < total and bool(shown)
    if truncate and not ellipsis:
        for i, r in enumerate(rendered):
            if i:
                out.append(delim)
            out.append(r)
        etal = el.et_al
        term_name = etal.term if etal else "et-al"
        t = loc.term(term_name)
        if t:
            if o.dpea == "always" or (o.dpea == "contextual" and len(shown) >= 2) or (
                    o.dpea == "after-inverted-name" and inverted[-1]):
                out.append(delim)
            else:
                out.append(" ")
            tn: Span | str = t
            if etal is not None and (etal.fmt or etal.prefix or etal.suffix):
                tn = Span([t], etal.prefix, etal.suffix, etal.fmt)
            out.append(tn)
    elif ellipsis:
        for i, r in enumerate(rendered):
            if i:
                out.append(delim)
            out.append(r)
        out.append(delim)
        out.append("\u2026 ")
        last = names[-1]
        inv = last.is_person and o.naso == "all"
        out.append(format_name(last, o, inv, None, parts))
    else:
        count = len(rendered)
        for i, r in enumerate(rendered):
            if i:
                if i == count - 1 and and_term:
                    use_delim = (
                        o.dpl == "always"
                        or (o.dpl == "contextual" and count >= 3)
                        or (o.dpl == "after-inverted-name" and inverted[i - 1])
                    )
                    out.append(delim if use_delim else " ")
                    out.append(and_term + " ")
                else:
                    out.append(delim)
            out.append(r)
    node: Span | str = Span(out)
    if name_el is not None and (name_el.prefix or name_el.suffix or name_el.fmt):
        node = Span([node], name_el.prefix, name_el.suffix, name_el.fmt)
    return node, len(shown)


def render_names(el: Names, ctx: Ctx, inherit_from: Names | None = None) -> Result:
    if inherit_from is not None or ctx.names_done or ctx.sort_mode:
        return _render_names(el, ctx, inherit_from)
    ctx.names_done = True
    ctx.shown_names = []
    suppressed_before = set(ctx.suppressed)
    node, c, r = _render_names(el, ctx, None)
    shown, ctx.shown_names = ctx.shown_names, None
    if node is None:
        ctx.names_done = False
        return (node, c, r)
    txt = plain(node)
    ctx.first_names = txt
    # subsequent-author-substitute compares the names shown (or the substituted text)
    key: object = tuple((n.literal or _join_np(n), n.given, n.suffix) for n in shown) if shown else txt
    ctx.first_names_key = key
    if ctx.sas is not None:
        rep, rule, prev = ctx.sas
        if prev is not None and prev == key and (rule == "complete-all" or not isinstance(key, tuple)):
            if not isinstance(key, tuple):
                return (_finish(el, rep, ctx), True, True) if rep else (None, True, True)
            # the whole list becomes the substitute; a label stays
            ctx.suppressed = suppressed_before
            ctx.sas_count = -1
            node, c, r = _render_names(el, ctx, None)
            ctx.sas_count = 0
            return (node, c, r)
        if isinstance(prev, tuple) and isinstance(key, tuple) and prev and key:
            k = 0
            while k < min(len(prev), len(key)) and prev[k] == key[k]:
                k += 1
            if rule == "complete-each":
                k = len(key) if prev == key else 0
            elif rule == "partial-first":
                k = min(k, 1)
            elif rule != "partial-each":
                k = 0
            if k:
                ctx.suppressed = suppressed_before
                ctx.sas_count = k
                node, c, r = _render_names(el, ctx, None)
                ctx.sas_count = 0
    if ctx.skip_first_names:
        return (None, True, True)
    return (node, c, r)


def _join_np(n: NameParts) -> str:
    return (n.non_dropping + " " + n.family).strip()


def _render_names(el: Names, ctx: Ctx, inherit_from: Names | None = None) -> Result:
    if inherit_from is not None:
        el = Names(
            variables=el.variables,
            name=el.name or inherit_from.name,
            et_al=el.et_al or inherit_from.et_al,
            label=el.label or inherit_from.label,
            label_first=el.label_first if el.label else inherit_from.label_first,
            substitute=None,
            delimiter=el.delimiter if el.delimiter is not None else inherit_from.delimiter,
            prefix=el.prefix, suffix=el.suffix, fmt=el.fmt, display=el.display, text_case=el.text_case,
            strip_periods=el.strip_periods, quotes=el.quotes, bare=el.bare,
        )
    o, _a = _opts(ctx, el)
    lists: list[tuple[str, list[NameParts]]] = []
    for var in el.variables:
        if var in ctx.suppressed:
            continue
        ns = ctx.item.names(var)
        if ns:
            lists.append((var, ns))
    # editor and translator that are the same people print once as "editortranslator"
    if len(lists) >= 2:
        vs = [v for v, _ in lists]
        if "editor" in vs and "translator" in vs:
            ed = dict(lists)["editor"]
            tr = dict(lists)["translator"]
            if ed == tr and ctx.locale.term("editortranslator"):
                lists = [(v, ns) if v != "editor" else ("editortranslator", ns) for v, ns in lists
                         if v != "translator"]
    if not lists:
        if el.substitute:
            for sub in _expand(el.substitute, ctx):
                log: list[str] = []
                saved = ctx.log
                ctx.log = log
                if isinstance(sub, Names):
                    n, c, r = render_names(sub, ctx, el)
                else:
                    n, c, r = RENDER[type(sub)](sub, ctx)
                ctx.log = saved
                if n is None and isinstance(sub, Text) and (sub.term or sub.value is not None):
                    break  # a term (even an empty one) ends the substitution
                if n is not None:
                    ctx.suppressed.update(log)
                    if saved is not None:
                        saved.extend(log)
                    return (_finish(el, n, ctx) if isinstance(sub, Names) else n, True, True)
        return (None, True, False)
    for v, _ in lists:
        _log(ctx, v if v != "editortranslator" else "editor")
        if v == "editortranslator":
            _log(ctx, "translator")
    pieces: list[Span | str] = []
    count = 0
    for var, ns in lists:
        node, nshown = _name_list(ns, o, el, ctx)
        count += nshown
        if node is None:
            continue
        if ctx.style.report_spans:
            node = Span([node], fmt=((SPAN_ATTR, var),))
        if el.label is not None and not ctx.sort_mode:
            lab = el.label
            plural = len(ns) > 1 if lab.plural == "contextual" else lab.plural == "always"
            t = ctx.locale.term(var, lab.form, plural)
            if t:
                ln = _finish(lab, t, ctx, term=True)
                if ln is not None:
                    node = Span([ln, node]) if el.label_first else Span([node, ln])
        pieces.append(node)
    if o.form == "count":
        if not count:
            return (None, True, False)
        return (_finish(el, str(count), ctx), True, True)
    if not pieces:
        return (None, True, False)
    if ctx.sort_mode:
        return ("  ".join(plain(p) for p in pieces), True, True)
    delim = el.delimiter if el.delimiter is not None else ctx.inherit.get("names-delimiter", "")
    out: list[Span | str] = []
    for p in pieces:
        if out and delim:
            out.append(delim)
        out.append(p)
    return (_finish(el, Span(out), ctx), True, True)


RENDER: dict[type, Any] = {
    Text: render_text,
    Number: render_number,
    Label: render_label,
    Date: render_date,
    Group: render_group,
    Choose: render_choose,
    Names: render_names,
}
