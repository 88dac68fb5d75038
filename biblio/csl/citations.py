"""Citations: positions (first, subsequent, ibid, near-note), cite sorting, collapsing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .elements import Cite, Ctx
from .output import Span, TermStr, parse_affix, plain
from .sort import key_value, sort_indices

if TYPE_CHECKING:
    from .engine import Registry

_POSITIONS = {"first": 0, "subsequent": 1, "ibid": 2, "ibid-with-locator": 3}


def _preceding(history: list[tuple[int, list[dict]]], note: int) -> list[dict] | None:
    """The cites an ibid refers back to: the previous in-text citation for in-text cites;
    the previous citation in the same note, or else every cite of the previous note."""
    if note == 0:
        for n, cites in reversed(history):
            if n == 0:
                return cites
        return None
    notes = [(n, c) for n, c in history if n != 0]
    if not notes:
        return None
    last_note = notes[-1][0]
    if last_note == note:
        return notes[-1][1]
    return [ci for n, c in notes if n == last_note for ci in c]


_LOCATOR_TERMS = ("act appendix article-locator book canon chapter column elocation equation figure folio "
                  "issue line note opus page paragraph part rule scene section sub-verbo supplement table "
                  "timestamp title-locator verse volume").split()


def _embedded_label(reg: Registry, loc: str) -> tuple[str, str]:
    """A locator that starts with a label abbreviation ("vol. 1") takes that label (citeproc-js)."""
    m = re.match(r"([^\W\d]+\.)\s+(\S.*)$", loc)
    if not m:
        return "", loc
    word = m.group(1).lower()
    locale = reg.style.locale
    for name in _LOCATOR_TERMS:
        t = locale.term_obj(name, "short")
        if t is not None and word in (t.single.lower(), t.multiple.lower()):
            return name, m.group(2)
    return "", loc


def _loc_key(ci: dict) -> tuple[str, str]:
    loc = str(ci.get("locator", "") or "").strip()
    return (str(ci.get("label", "") or "page") if loc else "", loc)


def compute_positions(reg: Registry, citations: list[dict]) -> list[list[Cite]]:
    sec = reg.sd.citation
    dist = int(sec.attrs.get("near-note-distance", "5")) if sec else 5
    first_note: dict[str, int] = {}
    last_note: dict[str, int] = {}
    out: list[list[Cite]] = []
    history: list[tuple[int, list[dict]]] = []
    for c in citations:
        note = int((c.get("properties") or {}).get("noteIndex") or 0)
        row: list[Cite] = []
        cis = c.get("citationItems", [])
        prev_cites = _preceding(history, note)
        for k, ci in enumerate(cis):
            iid = str(ci.get("id"))
            loc = str(ci.get("locator", "") or "").strip()
            label = str(ci.get("label", "") or "")
            if loc and not label:
                label, loc = _embedded_label(reg, loc)
            cite = Cite(locator=loc, label=label or ("page" if loc else ""), note=note)
            if iid not in first_note:
                pos = 0
            else:
                prev: dict | None = None
                if k > 0:
                    prev = cis[k - 1]
                elif prev_cites is not None and len(prev_cites) == 1:
                    prev = prev_cites[0]
                if prev is not None and str(prev.get("id")) == iid:
                    ploc = _loc_key(prev)
                    cloc = _loc_key(ci)
                    if not ploc[1]:
                        pos = 3 if cloc[1] else 2
                    elif cloc == ploc:
                        pos = 2
                    elif cloc[1]:
                        pos = 3
                    else:
                        pos = 1
                else:
                    pos = 1
                cite.first_note = first_note[iid]
                cite.near_note = note - last_note.get(iid, -999) <= dist if note else False
            if "position" in ci and ci["position"] is not None:
                p = ci["position"]
                pos = _POSITIONS.get(p, 0) if isinstance(p, str) else int(p)
                if iid in first_note:
                    cite.first_note = first_note[iid]
            cite.position = pos
            if iid not in first_note:
                first_note[iid] = note
            last_note[iid] = note
            row.append(cite)
        history.append((note, cis))
        out.append(row)
    return out


def _affix(ci: dict, node: Span | str | None) -> Span | str | None:
    """Cite prefix and suffix (rich text, like field values) around a rendered cite."""
    if node is None:
        return None
    pre = str(ci.get("prefix", "") or "")
    suf = str(ci.get("suffix", "") or "")
    if not pre and not suf:
        return node
    if pre and not pre.endswith(" ") and re.search(r"[\w>]$", pre):
        pre += " "
    if suf and not re.match(r"^[\s,.;:!?)\]]", suf):
        suf = " " + suf
    kids: list[Span | str] = []
    if pre:
        kids.append(parse_affix(pre))
    kids.append(node)
    if suf:
        kids.append(parse_affix(suf))
    return Span(kids)


def _disambiguate_subsequent(reg: Registry, citations: list[dict], positions: list[list[Cite]]) -> None:
    """Cites of different items that look alike in their subsequent form get the
    ``disambiguate="true"`` branch there (citeproc-js disambiguates each form it prints)."""
    if reg.sd.citation is None or not any(c.position == 1 for row in positions for c in row):
        return
    # every cited item is compared in its subsequent form, whether or not it is cited again
    first_note: dict[str, int] = {}
    for c, row in zip(citations, positions, strict=False):
        for ci, cite in zip(c.get("citationItems", []), row, strict=False):
            first_note.setdefault(str(ci.get("id")), cite.note)
    keys: dict[str, list[str]] = {}
    for iid, note in first_note.items():
        if iid not in reg._by_id:
            continue
        node, _ctx = reg.render_item(reg._by_id[iid], "citation", Cite(position=1, first_note=note),
                                     reg._disamb.get(iid), reg._numbers.get(iid, 0))
        keys.setdefault(plain(node), []).append(iid)
    for ids in keys.values():
        if len(ids) > 1:
            for iid in ids:
                reg._disamb[iid].sub_condition = True


def render_citations(reg: Registry, citations: list[dict], fmt: str) -> list[str]:
    sec = reg.sd.citation
    if sec is None:
        return ["" for _ in citations]
    positions = compute_positions(reg, citations)
    _disambiguate_subsequent(reg, citations, positions)
    lines: list[str] = []
    collapse = sec.attrs.get("collapse", "")
    for c, cites in zip(citations, positions, strict=False):
        cis = [ci for ci in c.get("citationItems", []) if str(ci.get("id")) in reg._by_id]
        pairs: list[tuple[dict, Cite]] = [
            (ci, cite) for ci, cite in zip(c.get("citationItems", []), cites, strict=False)
            if str(ci.get("id")) in reg._by_id]
        del cis
        if sec.sort and len(pairs) > 1:
            rows = []
            for ci, cite in pairs:
                it = reg._by_id[str(ci["id"])]

                def factory(_s: bool, it: Any = it, cite: Cite = cite) -> Ctx:
                    return reg.make_ctx(it, "citation", cite, reg._disamb.get(it.id),
                                          reg._numbers.get(it.id, 0))
                rows.append([key_value(reg.style, k, it, factory) for k in sec.sort])
            pairs = [pairs[i] for i in sort_indices(sec.sort, rows)]
        node = render_cluster(reg, pairs, collapse)
        lines.append(reg.flatten(node, fmt))
    return lines


def _render_cite(reg: Registry, ci: dict, cite: Cite, skip_names: bool = False) -> tuple[Span | str | None, Ctx]:
    it = reg._by_id[str(ci["id"])]

    def hook(ctx: Ctx) -> None:
        ctx.skip_first_names = skip_names or bool(ci.get("suppress-author"))

    return reg.render_item(it, "citation", cite, reg._disamb.get(it.id), reg._numbers.get(it.id, 0), hook)


def _capitalize_term(node: Span | str, index: int, prefix: str) -> Span | str:
    """A term opening a note (or following a prefix that ends a sentence) is capitalized."""
    if (index or prefix) and not re.search(r"[.!?][\u201d\u2019\"']?\s*$", prefix):
        return node
    if prefix and prefix.strip().endswith(".") and " " not in prefix.strip():
        return node  # a one-word prefix ending in a period is an abbreviation ("Cf.")
    if isinstance(node, TermStr):
        return node[:1].upper() + node[1:]
    if isinstance(node, str):
        return node
    if node.prefix or not node.children:
        return node
    first = _capitalize_term(node.children[0], 0, "")
    if first is node.children[0]:
        return node
    return Span([first] + node.children[1:], node.prefix, node.suffix, node.fmt, node.quotes, node.display,
                node.nocase)


def render_cluster(reg: Registry, pairs: list[tuple[dict, Cite]], collapse: str) -> Span | str | None:
    sec = reg.sd.citation
    assert sec is not None
    lay = sec.layouts[0] if pairs == [] else sec.layout_for(
        str(reg._by_id[str(pairs[0][0]["id"])].data.get("language", "") or ""))
    delim = lay.delimiter
    out: list[Span | str] = []
    if collapse == "citation-number":
        out = _collapse_numbers(reg, pairs, delim, sec.attrs)
    elif collapse.startswith("year") or "cite-group-delimiter" in sec.attrs:
        if sec.sort:
            pairs = _group_by_names(reg, pairs)
        out = _collapse_years(reg, pairs, delim, sec.attrs, collapse)
    else:
        for k, (ci, cite) in enumerate(pairs):
            n, _ctx = _render_cite(reg, ci, cite)
            if n is None:
                n = "[CSL STYLE ERROR: reference with no printed form.]"
            if reg.is_note:
                n = _capitalize_term(n, k, str(ci.get("prefix", "") or ""))
            n = _affix(ci, n)
            if n is None:
                continue
            if out and delim and not re.match(r"[,.;:]", str(ci.get("prefix", "") or "")):
                prev_suffix = str(pairs[k - 1][0].get("suffix", "") or "")
                # a cite suffix ending in punctuation replaces the delimiter's punctuation
                out.append(delim.lstrip(",;.:") if re.search(r"[,;.:]\s*$", prev_suffix) else delim)
            out.append(n)
    if not out:
        return None
    # layout formatting wraps the layout affixes too (citeproc-js)
    return Span([Span(out, lay.prefix, lay.suffix)], fmt=lay.fmt)


def _collapse_numbers(reg: Registry, pairs: list[tuple[dict, Cite]], delim: str, attrs: dict[str, str]) -> list:
    after = attrs.get("after-collapse-delimiter", delim)
    rendered = []
    for ci, cite in pairs:
        n, _ctx = _render_cite(reg, ci, cite)
        num = reg._numbers.get(str(ci["id"]), 0)
        plain_ok = not ci.get("prefix") and not ci.get("suffix") and not cite.locator
        rendered.append((num if plain_ok else None, _affix(ci, n)))
    out: list[Span | str] = []
    i = 0
    runs: list[list[tuple[int | None, Any]]] = []
    while i < len(rendered):
        j = i
        if rendered[i][0] is not None:
            while j + 1 < len(rendered) and rendered[j + 1][0] is not None and \
                    rendered[j + 1][0] == rendered[j][0] + 1:  # type: ignore[operator]
                j += 1
        runs.append(rendered[i:j + 1])
        i = j + 1
    for k, run in enumerate(runs):
        if k and out:
            out.append(after if len(runs[k - 1]) > 2 else delim)
        if len(run) >= 3:
            out.extend([run[0][1], "\u2013", run[-1][1]])
        else:
            for m, (_n, node) in enumerate(run):
                if m:
                    out.append(delim)
                if node is not None:
                    out.append(node)
    return out


def _group_by_names(reg: Registry, pairs: list[tuple[dict, Cite]]) -> list[tuple[dict, Cite]]:
    """In a sorted citation, cites by the same names move next to the first of them."""
    groups: dict[str, list[tuple[dict, Cite]]] = {}
    for k, (ci, cite) in enumerate(pairs):
        _n, ctx = _render_cite(reg, ci, cite)
        key = ctx.first_names if ctx.first_names is not None else f"\0{k}"
        groups.setdefault(key, []).append((ci, cite))
    return [p for g in groups.values() for p in g]


def _flush_suffixes(parts: list, suffixes: list[str], head: str, collapse: str, ys_delim: str) -> None:
    """Append collapsed year-suffixes (``a,b`` or ranged ``a\u2013e``) after the last full cite."""
    if not suffixes:
        return
    letters = suffixes[:]
    suffixes.clear()
    if collapse != "year-suffix-ranged":
        for x in letters:
            parts.append(ys_delim)
            parts.append(x)
        return
    runs: list[list[str]] = [[head]]
    for x in letters:
        if len(x) == 1 and len(runs[-1][-1]) == 1 and ord(x) == ord(runs[-1][-1]) + 1:
            runs[-1].append(x)
        else:
            runs.append([x])
    for k, r in enumerate(runs):
        if k == 0:
            if len(r) >= 3:
                parts.append("\u2013" + r[-1])
            else:
                for x in r[1:]:
                    parts.append(ys_delim)
                    parts.append(x)
            continue
        parts.append(ys_delim)
        parts.append(f"{r[0]}\u2013{r[-1]}" if len(r) >= 3 else ys_delim.join(r))


def _collapse_years(reg: Registry, pairs: list[tuple[dict, Cite]], delim: str, attrs: dict[str, str],
                    collapse: str) -> list:
    cg_delim = attrs.get("cite-group-delimiter", ", ")
    ys_delim = attrs.get("year-suffix-delimiter", attrs.get("cite-group-delimiter", delim))
    after = attrs.get("after-collapse-delimiter", delim)
    # adjacent cites with the same rendered names form a group
    groups: list[list[tuple[dict, Cite, Span | str | None]]] = []
    keys: list[str | None] = []
    for ci, cite in pairs:
        n, ctx = _render_cite(reg, ci, cite)
        key = ctx.first_names or ""
        if groups and keys[-1] == key and not ci.get("prefix"):
            groups[-1].append((ci, cite, n))
        else:
            groups.append([(ci, cite, n)])
            keys.append(key)
    out: list[Span | str] = []
    prev_len = 0
    for g in groups:
        if out:
            out.append(after if prev_len > 1 else delim)
        prev_len = len(g)
        parts: list[Span | str] = []
        last_year: int | None = None
        suffixes: list[str] = []  # year-suffixes waiting to be joined (for ranges)
        prev_locator = False

        head = [""]  # year-suffix of the last fully rendered cite
        for m, (ci, cite, n) in enumerate(g):
            it = reg._by_id[str(ci["id"])]
            d = reg._disamb.get(it.id)
            dv = it.date("issued")
            year = dv.year if dv else None
            ys = d.year_suffix if d else ""
            plain_cite = not cite.locator and not ci.get("prefix") and not ci.get("suffix")
            if m and collapse in ("year-suffix", "year-suffix-ranged") and ys and year == last_year and \
                    plain_cite and not prev_locator:
                suffixes.append(ys)
                continue
            if suffixes:
                _flush_suffixes(parts, suffixes, head[0], collapse, ys_delim)
                prev_locator = True  # after a collapsed run of suffixes comes the after-collapse delimiter
            if m == 0 or not collapse:
                node = _affix(ci, n)
            else:
                node = _affix(ci, _render_cite(reg, ci, cite, skip_names=True)[0])
            if node is None:
                continue
            if parts:
                parts.append(after if prev_locator else cg_delim)
            parts.append(node)
            head[0] = ys
            last_year = year if ys else None
            prev_locator = bool(cite.locator)
        _flush_suffixes(parts, suffixes, head[0], collapse, ys_delim)
        out.extend(parts)
    return out


def render_document(style: Any, items: list[dict], citations: list[dict], fmt: str,
                    authors_of: set[int] | None = None) -> tuple[list[str], list[str], list[str]]:
    """A document's citations rendered in order, the names of the first cite of the citations
    in ``authors_of`` (citeproc-js's author-only mode at that cite's position, an ibid printed as
    subsequent), and the bibliography, all from one registry.  A narrative citation is those
    names, a space and the citation with ``suppress-author`` (citeproc-js's composite mode)."""
    from .engine import _no_gc

    order = [str(ci.get("id")) for c in citations for ci in c.get("citationItems", [])]
    with _no_gc():
        reg = style.register(items, order)
        texts = render_citations(reg, citations, fmt)
        authors = ["" for _ in citations]
        wanted = authors_of if authors_of is not None else set(range(len(citations)))
        positions = compute_positions(reg, citations) if wanted else []
        for k in sorted(wanted):
            pairs = [(ci, cite) for ci, cite in zip(citations[k].get("citationItems", []), positions[k], strict=False)
                     if str(ci.get("id")) in reg._by_id]
            if not pairs:
                continue
            ci, cite = pairs[0]
            cite.position = min(cite.position, 1)
            _node, ctx = _render_cite(reg, {key: v for key, v in ci.items() if key != "suppress-author"}, cite)
            authors[k] = reg.flatten(ctx.first_names, fmt) if ctx.first_names else ""
        entries = [reg.flatten(n, fmt) for n in reg.bibliography_nodes()]
    return texts, authors, entries
