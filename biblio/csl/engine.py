"""The compiled style: bibliography and citation rendering for a list of items."""

from __future__ import annotations

from typing import Any

from .elements import Cite, Ctx, Disamb, Item, _render_seq
from .formatters import get_formatter
from .locale import Locale, build_locale
from .names import NameOpts
from .output import Span, flatten, plain
from .sort import key_value, sort_indices
from .style import Element, Names, Section, StyleDef, Text, parse_style

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


class Style:
    """A CSL style and its locale, compiled once; render items through it."""

    def __init__(self, style_xml: str, locale: str | None = None) -> None:
        self.sd: StyleDef = parse_style(style_xml)
        lang = locale or self.sd.attrs.get("default-locale") or "en-US"
        self.lang = lang
        self.locale: Locale = build_locale(lang, self.sd.locales)
        self.macros = self.sd.macros
        self.page_range_format = self.sd.attrs.get("page-range-format", "")
        self.opts_cache: dict[tuple, NameOpts] = {}
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
            n = Span([n], lay.prefix, lay.suffix, lay.fmt)
        return n, ctx

    # ------------------------------------------------------------ processing
    def _prepare(self, items: list[dict] | list[Item]) -> list[Item]:
        return [it if isinstance(it, Item) else Item(it) for it in items]

    def _sorted(self, sec: Section | None, items: list[Item], numbers: dict[str, int],
                mode: str) -> list[Item]:
        if sec is None or not sec.sort:
            return list(items)
        rows = []
        for it in items:
            def factory(_s: bool, it: Item = it) -> Ctx:
                return self.make_ctx(it, mode, None, self._disamb.get(it.id), numbers.get(it.id, 0))
            rows.append([key_value(self, k, it, factory) for k in sec.sort])
        order = sort_indices(sec.sort, rows)
        return [items[i] for i in order]

    def process(self, items: list[dict] | list[Item], cited_order: list[str] | None = None) -> list[Item]:
        """Register items: citation numbers, bibliography order and disambiguation."""
        from .disambiguate import disambiguate

        its = self._prepare(items)
        self._items = its
        self._by_id = {it.id: it for it in its}
        self._disamb: dict[str, Disamb] = {it.id: Disamb() for it in its}
        order = its
        if cited_order:
            seen = [self._by_id[i] for i in dict.fromkeys(cited_order) if i in self._by_id]
            rest = [it for it in its if it.id not in set(cited_order)]
            order = seen + rest
        self._reg_order = order
        self._numbers = {it.id: i + 1 for i, it in enumerate(order)}
        bib = self.sd.bibliography
        by_number = bib is not None and any(
            k.variable == "citation-number" or (k.macro and self._macro_uses_number(k.macro)) for k in bib.sort)
        self._bib_order = self._sorted(bib, order, self._numbers, "bibliography") if bib is not None else order
        if bib is not None and bib.sort and not by_number:
            # citation numbers follow the bibliography's order when it is sorted by other keys
            self._numbers = {it.id: i + 1 for i, it in enumerate(self._bib_order)}
        disambiguate(self, order)
        if bib is not None and bib.sort and self._sort_uses_year_suffix(bib) and any(
                d.year_suffix for d in self._disamb.values()):
            self._bib_order = self._sorted(bib, order, self._numbers, "bibliography")
        return its

    def _sort_uses_year_suffix(self, sec: Section) -> bool:
        return any(k.variable == "year-suffix" or (k.macro and any(
            isinstance(e, Text) and e.variable == "year-suffix" for e in _walk(self.macros.get(k.macro, []))))
            for k in sec.sort)

    def _macro_uses_number(self, name: str) -> bool:
        return any(isinstance(e, Text) and e.variable == "citation-number" for e in _walk(self.macros.get(name, [])))

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

    def bibliography(self, items: list[dict], output_format: str = "text") -> list[str]:
        self.process(items)
        return [self.flatten(n, output_format) for n in self.bibliography_nodes()]

    def citations(self, items: list[dict], citations: list[dict], output_format: str = "text") -> list[str]:
        from .citations import render_citations

        order = [str(ci.get("id")) for c in citations for ci in c.get("citationItems", [])]
        self.process(items, order)
        return render_citations(self, citations, output_format)


def plain_text(node: Span | str | None) -> str:
    return plain(node)
