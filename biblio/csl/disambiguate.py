"""Disambiguation of cites: add-names, add-givenname (with the rules), year-suffix."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from .elements import Cite, Ctx, Item
from .names import NameParts, initialize
from .output import plain

if TYPE_CHECKING:
    from .engine import Registry


def suffix_letters(n: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa (citeproc-js style)."""
    s = ""
    n += 1
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s


def _key(reg: Registry, it: Item, seen: list[NameParts] | None = None, etal_subsequent: bool = False) -> str:
    """The plain text of the item's citation as its disambiguation state stands; ``seen``
    receives the names it shows; ``etal_subsequent``: names shortened as in subsequent cites.
    Renderings are remembered per state, for the length of one ``disambiguate`` (the state is
    all a citation's text depends on there)."""
    d = reg._disamb[it.id]
    memo = reg._cite_memo
    state = (it.id, d.add_names, frozenset(d.given_levels.items()), d.all_given, d.year_suffix, d.condition,
             d.sub_condition, etal_subsequent)
    hit = memo.get(state) if memo is not None else None
    if hit is None:
        lst: list[NameParts] = []

        def hook(ctx: Ctx) -> None:
            ctx.seen_names = lst
            ctx.suppressed.add("accessed")  # citeproc-js leaves the accessed date out of the comparison
            ctx.etal_subsequent = etal_subsequent

        node, _ctx = reg.render_item(it, "citation", Cite(), d, reg._numbers.get(it.id, 0), hook)
        hit = (plain(node), tuple(lst))
        if memo is not None:
            memo[state] = hit
    if seen is not None:
        seen.extend(hit[1])
    return hit[0]


def _collisions(keys: dict[str, str]) -> list[list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for i, k in keys.items():
        groups[k].append(i)
    return [g for g in groups.values() if len(g) > 1]


def _norm_given(g: str) -> str:
    return re.sub(r"\.\s+", ".", g.strip())


def _global_names(reg: Registry, items: list[Item], rule: str, seen: dict[str, list[NameParts]]) -> set[str]:
    """Expand the names that are ambiguous in the whole document; return the items changed."""
    changed: set[str] = set()
    primary = rule.startswith("primary")
    persons: dict[str, set[NameParts]] = defaultdict(set)
    for lst in seen.values():
        for i, n in enumerate(lst):
            if primary and i:
                break
            persons[(n.non_dropping + " " + n.family).strip()].add(n)
    # every person who shares a family name with someone else is expanded
    levels: dict[NameParts, int] = {}
    for group in persons.values():
        givens = {_norm_given(n.given) for n in group}
        if len(givens) < 2:
            continue
        inits: dict[str, set[str]] = defaultdict(set)
        for g in givens:
            inits[initialize(g, ".", True)].add(g)
        for n in group:
            if not n.given:
                continue
            same = inits[initialize(_norm_given(n.given), ".", True)]
            if len(same) > 1 and not rule.endswith("initials"):
                levels[n] = 2
            elif len(inits) > 1:
                levels[n] = 1
    if levels:
        for it in items:
            d = reg._disamb[it.id]
            for i, n in enumerate(seen[it.id]):
                if primary and i:
                    break
                if n in levels:
                    d.given_levels[n] = levels[n]
                    changed.add(it.id)
    return changed


def disambiguate(reg: Registry, items: list[Item]) -> None:
    sec = reg.sd.citation
    if sec is None or not items:
        return
    a = sec.attrs
    add_names = a.get("disambiguate-add-names") == "true"
    add_given = a.get("disambiguate-add-givenname") == "true"
    rule = a.get("givenname-disambiguation-rule", "by-cite")
    add_ys = a.get("disambiguate-add-year-suffix") == "true"
    if not (add_names or add_given or add_ys or reg.style.uses_disambiguate_test):
        # nothing would change what any entry or cite renders: no citation need render
        return
    reg._cite_memo = {}
    try:
        _disambiguate(reg, items, add_names, add_given, rule, add_ys)
    finally:
        reg._cite_memo = None


def _disambiguate(reg: Registry, items: list[Item], add_names: bool, add_given: bool, rule: str,
                  add_ys: bool) -> None:
    D = reg._disamb
    by_id = {it.id: it for it in items}
    keys: dict[str, str] = {}
    seen: dict[str, list[NameParts]] = {}
    for it in items:
        lst: list[NameParts] = []
        keys[it.id] = _key(reg, it, lst)
        seen[it.id] = lst
    if add_given and rule != "by-cite":
        for i in _global_names(reg, items, rule, seen):
            keys[i] = _key(reg, by_id[i])
    bib_pos: dict[str, int] | None = None
    for group in _collisions(keys):
        r = _Resolver(reg, group, by_id)
        amb = group
        if add_given:
            amb = r.expand_given(amb, rule)
        if amb and add_names:
            amb = r.add_names(amb, add_given, rule)
        if amb:
            # disambiguate="true" tests turn true one at a time, in the order they are met, for
            # the cites still ambiguous (citeproc-js's incremental extra text)
            level = 1
            while True:
                for i in amb:
                    D[i].condition = level
                still = r.ambiguous(amb)
                if not still or level >= reg.style.disambiguate_tests:
                    break
                amb, level = still, level + 1
            amb = r.ambiguous(amb)
        if amb and add_ys:
            if bib_pos is None:
                bib_pos = {it.id: n for n, it in enumerate(reg._bib_order)}
            ks = {i: _key(reg, by_id[i]) for i in amb}
            for g in _collisions(ks):
                _year_suffix(reg, g, bib_pos)
    if add_ys and ("et-al-subsequent-min" in reg.sd.citation.attrs or  # type: ignore[union-attr]
                   "et-al-subsequent-use-first" in reg.sd.citation.attrs):  # type: ignore[union-attr]
        # cites that only the subsequent et-al form would confuse get year-suffixes too (citeproc-js)
        rest = [it for it in items if not D[it.id].year_suffix]
        ks = {it.id: _key(reg, it, etal_subsequent=True) for it in rest}
        for g in _collisions(ks):
            if bib_pos is None:
                bib_pos = {it.id: n for n, it in enumerate(reg._bib_order)}
            _year_suffix(reg, g, bib_pos)


def _year_suffix(reg: Registry, ids: list[str], order: dict[str, int]) -> None:
    for n, i in enumerate(sorted(ids, key=lambda x: order.get(x, 0))):
        reg._disamb[i].year_suffix = suffix_letters(n)


class _Resolver:
    """Resolve one set of cites that render alike (citeproc-js's order of steps)."""

    def __init__(self, reg: Registry, group: list[str], by_id: dict[str, Item]) -> None:
        self.reg = reg
        self.group = group
        self.by_id = by_id
        self.D = reg._disamb

    def keys(self) -> dict[str, str]:
        return {i: _key(self.reg, self.by_id[i]) for i in self.group}

    def counts(self) -> dict[str, int]:
        ks = self.keys()
        return {i: sum(1 for j in self.group if j != i and ks[j] == ks[i]) for i in self.group}

    def ambiguous(self, amb: list[str]) -> list[str]:
        c = self.counts()
        return [i for i in amb if c[i] > 0]

    def seen(self, i: str) -> list[NameParts]:
        lst: list[NameParts] = []
        _key(self.reg, self.by_id[i], lst)
        return lst

    def expand_given(self, amb: list[str], rule: str, positions: range | None = None) -> list[str]:
        max_level = 1 if rule.endswith("with-initials") else 2
        primary = rule.startswith("primary")
        if positions is None:
            positions = range(0, 1 if primary else 1000)
        elif primary:
            return amb
        for pos in positions:
            if not amb:
                break
            names = {i: self.seen(i) for i in amb}
            if all(pos >= len(n) for n in names.values()):
                break
            for lvl in range(1, max_level + 1):
                before = self.counts()
                saved: dict[str, tuple[NameParts, int | None]] = {}
                for i in amb:
                    if pos < len(names[i]):
                        n = names[i][pos]
                        old = self.D[i].given_levels.get(n)
                        if (old or 0) < lvl:
                            saved[i] = (n, old)
                            self.D[i].given_levels[n] = lvl
                after = self.counts()
                for i, (n, old) in saved.items():
                    if after[i] >= before[i]:
                        if old is None:
                            self.D[i].given_levels.pop(n, None)
                        else:
                            self.D[i].given_levels[n] = old
                amb = self.ambiguous(amb)
                if not amb:
                    return []
        return amb

    def add_names(self, amb: list[str], add_given: bool = False, rule: str = "by-cite") -> list[str]:
        base = self.counts()
        history: dict[str, list[tuple[int, int, dict]]] = {
            i: [(base[i], self.D[i].add_names, dict(self.D[i].given_levels))] for i in amb}
        active = list(amb)
        for _step in range(1, 200):
            grew = []
            for i in active:
                before = _key(self.reg, self.by_id[i])
                self.D[i].add_names += 1
                if _key(self.reg, self.by_id[i]) == before:
                    self.D[i].add_names -= 1
                else:
                    grew.append(i)
            if not grew:
                break
            if add_given:
                # the name just added may itself need its given name to tell cites apart
                shown = {i: len(self.seen(i)) for i in grew}
                for i in grew:
                    self.expand_given([i] + [j for j in grew if j != i], rule,
                                      range(shown[i] - 1, shown[i]))
            c = self.counts()
            for i in grew:
                history[i].append((c[i], self.D[i].add_names, dict(self.D[i].given_levels)))
            active = [i for i in grew if c[i] > 0]
            if not active:
                break
        # keep, for each cite, the fewest added names that remove the most ambiguity
        for i in amb:
            h = history[i]
            best = min(x[0] for x in h)
            pick = next(x for x in h if x[0] == best) if best < h[0][0] else h[0]
            self.D[i].add_names = pick[1]
            self.D[i].given_levels = dict(pick[2])
        return self.ambiguous(amb)
