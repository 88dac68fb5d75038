"""The compiled style and the per-document registry.

``Style`` is immutable once built (apart from memo caches): the parsed style, its merged
locale and name options.  ``Registry`` holds what depends on the document: registered
items, citation numbers, bibliography order and disambiguation.  Rendering an item is a
function of (style, item, mode, cite, disambiguation state).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from typing import Any

from .elements import Cite, Ctx, Disamb, Item, _render_seq
from .formatters import get_formatter
from .locale import Locale, build_locale
from .names import NameOpts
from .output import Span, flatten
from .sort import LazyRow, key_value, sort_indices
from .style import Choose, Element, Names, Section, StyleDef, Text, parse_style

INHERITABLE = frozenset(
    "and delimiter-precedes-et-al delimiter-precedes-last et-al-min et-al-use-first et-al-use-last "
    "et-al-subsequent-min et-al-subsequent-use-first initialize initialize-with name-as-sort-order "
    "sort-separator name-form name-delimiter names-delimiter demote-non-dropping-particle "
    "initialize-with-hyphen".split()
)


def _walk(elements: list[Element]) -> Any:
    from .style import Choose, Group

    for el in elements:
        yield el
        if isinstance(el, Group):
            yield from _walk(el.children)
        elif isinstance(el, Choose):
            for _c, ch in el.branches:
                yield from _walk(ch)
        elif isinstance(el, Names) and el.substitute:
            yield from _walk(el.substitute)


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Rendering builds many small acyclic objects: the cyclic collector only slows it down
    (and more so the longer the list), so it is paused while a list renders."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _suffix_into_display(node: Span | str, suffix: str) -> bool:
    """The layout suffix goes inside a display block that ends the entry (citeproc-js)."""
    while isinstance(node, Span) and node.children:
        if node.display and not node.suffix:
            node.children.append(suffix)
            return True
        if node.suffix:
            return False
        node = node.children[-1]
    return False


class Style:
    """A CSL style and its locale, compiled once; render items through it."""

    report_spans = False  # mark each variable's output (see elements.SPAN_ATTR)

    def __init__(self, style_xml: str, locale: str | None = None) -> None:
        self.sd: StyleDef = parse_style(style_xml)
        lang = locale or self.sd.attrs.get("default-locale") or "en-US"
        self.lang = lang
        self.locale: Locale = build_locale(lang, self.sd.locales)
        self.macros = self.sd.macros
        self.page_range_format = self.sd.attrs.get("page-range-format", "")
        self.opts_cache: dict[tuple, tuple[NameOpts, dict[str, str]]] = {}
        self.term_nodes: dict[tuple[str, str, bool], Span | str | None] = {}
        base = {k: v for k, v in self.sd.attrs.items() if k in INHERITABLE}
        self.cite_inherit = dict(base)
        self.bib_inherit = dict(base)
        if self.sd.citation is not None:
            self.cite_inherit.update({k: v for k, v in self.sd.citation.attrs.items() if k in INHERITABLE})
        if self.sd.bibliography is not None:
            self.bib_inherit.update({k: v for k, v in self.sd.bibliography.attrs.items() if k in INHERITABLE})
        every: list[Element] = []
        for m in self.macros.values():
            every.extend(_walk(m))
        for sec in (self.sd.citation, self.sd.bibliography):
            if sec is not None:
                for lay in sec.layouts:
                    every.extend(_walk(lay.elements))
        self.uses_year_suffix = any(isinstance(e, Text) and e.variable == "year-suffix" for e in every)
        # whether any choose tests ``disambiguate`` (what disambiguation sets even without its options)
        self.uses_disambiguate_test = any(
            isinstance(e, Choose) and any(c is not None and any(k == "disambiguate" for k, _v in c.tests)
                                          for c, _ch in e.branches) for e in every)
        self.quotes = self.locale.quotes()
        self.range_delim = self.locale.term("page-range-delimiter") or "\u2013"
        self.piq = self.locale.punctuation_in_quote

    # ------------------------------------------------------------ helpers
    @property
    def is_note(self) -> bool:
        return self.sd.is_note

    def flatten(self, node: Span | str | None, fmt: str) -> str:
        return flatten(node, get_formatter(fmt), self.quotes, self.piq)

    def make_ctx(self, item: Item, mode: str, cite: Cite | None = None, disamb: Disamb | None = None,
                 number: int = 0) -> Ctx:
        lang = str(item.data.get("language", "") or "") or self.lang
        english = lang.lower().startswith("en")
        inherit = self.cite_inherit if mode == "citation" else self.bib_inherit
        return Ctx(self, item, mode, inherit, cite, disamb, number, english=english)

    def render_item(self, item: Item, mode: str, cite: Cite | None = None, disamb: Disamb | None = None,
                    number: int = 0, ctx_hook: Any = None) -> tuple[Span | str | None, Ctx]:
        sec = self.sd.citation if mode == "citation" else self.sd.bibliography
        ctx = self.make_ctx(item, mode, cite, disamb, number)
        if ctx_hook is not None:
            ctx_hook(ctx)
        if sec is None:
            return None, ctx
        lay = sec.layout_for(str(item.data.get("language", "") or ""))
        if mode == "bibliography" and sec.attrs.get("second-field-align") in ("flush", "margin"):
            parts: list[Span | str] = []
            for el in lay.elements:
                n, _c, _r = _render_seq([el], "", ctx)
                if n is not None:
                    parts.append(n)
            if not parts:
                return None, ctx
            # the layout's affixes go inside the margin and the inline block
            node: Span | str = Span([Span([parts[0]], lay.prefix, display="left-margin"),
                                     Span(parts[1:], "", lay.suffix, display="right-inline")], fmt=lay.fmt)
            return node, ctx
        n, _c, _r = _render_seq(lay.elements, "", ctx)
        if n is None:
            return None, ctx
        if mode == "bibliography" and (lay.prefix or lay.suffix or lay.fmt):
            suffix = lay.suffix
            if suffix and _suffix_into_display(n, suffix):
                suffix = ""
            n = Span([n], lay.prefix, suffix, lay.fmt)
        return n, ctx

    def _sort_uses_year_suffix(self, sec: Section) -> bool:
        return any(k.variable == "year-suffix" or (k.macro and any(
            isinstance(e, Text) and e.variable == "year-suffix" for e in _walk(self.macros.get(k.macro, []))))
            for k in sec.sort)

    def _macro_uses_number(self, name: str) -> bool:
        return any(isinstance(e, Text) and e.variable == "citation-number" for e in _walk(self.macros.get(name, [])))

    # ------------------------------------------------------------ rendering lists
    def register(self, items: list[dict] | list[Item], cited_order: list[str] | None = None) -> Registry:
        """Items registered for one document: numbers, bibliography order, disambiguation."""
        return Registry(self, items, cited_order)

    def bibliography(self, items: list[dict], output_format: str = "text") -> list[str]:
        """The bibliography entries of ``items``, one formatted string per entry."""
        with _no_gc():
            reg = self.register(items)
            return [self.flatten(n, output_format) for n in reg.bibliography_nodes()]

    def citations(self, items: list[dict], citations: list[dict], output_format: str = "text") -> list[str]:
        """Each citation (citeproc-js shape) rendered in document order."""
        from .citations import render_citations

        order = [str(ci.get("id")) for c in citations for ci in c.get("citationItems", [])]
        with _no_gc():
            return render_citations(self.register(items, order), citations, output_format)


class Registry:
    """The per-document state (kept out of the compiled Style so that it stays shareable):
    registered items, citation numbers, bibliography order and disambiguation results."""

    def __init__(self, style: Style, items: list[dict] | list[Item], cited_order: list[str] | None = None) -> None:
        self.style = style
        self.sd = style.sd
        self.macros = style.macros
        self.is_note = style.is_note
        self.make_ctx = style.make_ctx
        self.render_item = style.render_item
        self.flatten = style.flatten
        self._cite_memo: dict[tuple, tuple[str, tuple]] | None = None
        self._process(items, cited_order)

    def _prepare(self, items: list[dict] | list[Item]) -> list[Item]:
        return [it if isinstance(it, Item) else Item(it) for it in items]

    def _sorted(self, sec: Section | None, items: list[Item], numbers: dict[str, int],
                mode: str, cache: dict[str, LazyRow] | None = None, only: set[str] | None = None) -> list[Item]:
        """Items in the order of the section's sort keys (rows cached; ``only`` = rows to redo)."""
        if sec is None or not sec.sort:
            return list(items)
        rows: list[LazyRow] = []
        keys = sec.sort
        style = self.style
        for it in items:
            row = cache.get(it.id) if cache is not None and (only is None or it.id not in only) else None
            if row is None:
                def factory(_s: bool, it: Item = it) -> Ctx:
                    return style.make_ctx(it, mode, None, self._disamb.get(it.id), numbers.get(it.id, 0))

                def compute(k: int, it: Item = it, factory: Any = factory) -> Any:
                    return key_value(style, keys[k], it, factory)
                row = LazyRow(len(keys), compute)
                if cache is not None:
                    cache[it.id] = row
            rows.append(row)
        order = sort_indices(keys, rows)
        return [items[i] for i in order]

    def _process(self, items: list[dict] | list[Item], cited_order: list[str] | None = None) -> None:
        from .disambiguate import disambiguate

        its = self._prepare(items)
        self._items = its
        self._by_id = {it.id: it for it in its}
        self._disamb: dict[str, Disamb] = {it.id: Disamb() for it in its}
        order = its
        if cited_order:
            seen = [self._by_id[i] for i in dict.fromkeys(cited_order) if i in self._by_id]
            cited = set(cited_order)
            order = seen + [it for it in its if it.id not in cited]
        self._reg_order = order
        self._numbers = {it.id: i + 1 for i, it in enumerate(order)}
        bib = self.sd.bibliography
        style = self.style
        by_number = bib is not None and any(
            k.variable == "citation-number" or (k.macro and style._macro_uses_number(k.macro)) for k in bib.sort)
        rows: dict[str, LazyRow] = {}
        self._bib_order = self._sorted(bib, order, self._numbers, "bibliography", rows) if bib is not None \
            else order
        if bib is not None and bib.sort and not by_number:
            # citation numbers follow the bibliography's order when it is sorted by other keys
            self._numbers = {it.id: i + 1 for i, it in enumerate(self._bib_order)}
        disambiguate(self, order)
        if bib is not None and bib.sort:
            # only the keys of items that disambiguation changed need computing again
            touched = {i for i, d in self._disamb.items() if d.year_suffix or d.add_names}
            if touched:
                self._bib_order = self._sorted(bib, order, self._numbers, "bibliography", rows, touched)

    def bibliography_nodes(self) -> list[Span | str]:
        from .elements import Ctx as _Ctx

        bib = self.sd.bibliography
        if bib is None:
            return []
        out: list[Span | str] = []
        sas = bib.attrs.get("subsequent-author-substitute")
        rule = bib.attrs.get("subsequent-author-substitute-rule", "complete-all")
        prev_names: object = None
        for it in self._bib_order:
            hook = None
            if sas is not None:
                pn = prev_names

                def hook(ctx: _Ctx, pn: object = pn) -> None:
                    ctx.sas = (sas, rule, pn)

            node, ctx = self.render_item(it, "bibliography", None, self._disamb.get(it.id),
                                         self._numbers.get(it.id, 0), hook)
            if sas is not None:
                prev_names = ctx.first_names_key
            if node is not None:
                out.append(node)
        return out
