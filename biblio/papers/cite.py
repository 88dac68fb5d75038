"""Render the pandoc-style citations of a Markdown document with a CSL style.

The citations are processed in document order as one sequence (positions, ibid,
disambiguation and year suffixes as citeproc-js gives them after the last citation),
then each replaces its source text; everything else is copied unchanged.  Narrative
``@key`` follows pandoc: ``Author (2009, p. 4)`` in author-date styles, an ordinary
citation in numeric styles, the author in the text and a note without the author in
note styles.  The bibliography of the cited items goes into ``::: {#refs}``, under a
References heading, or at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biblio.papers.pandoc_syntax import Cluster, Parsed, parse
from biblio.records.model import Item, plain

FORMATS = ("markdown", "html", "latex", "text")
_REFS_DIV = re.compile(r"^(:{3,})[ \t]*\{[ \t]*#refs\b[^}]*\}[ \t]*$|^<div id=\"refs\"[^>]*>[ \t]*$", re.M)
_REFS_HEADING = re.compile(
    r"^#{1,6}[ \t]*(?:references?|bibliography|works cited|literature cited|reference list|sources)"
    r"[ \t]*#*[ \t]*(?:\{[^}\n]*\})?[ \t]*$", re.M | re.I)
_PUNCT = ".,;:!?"


@dataclass
class Placed:
    """A citation as rendered: what replaced it in the text and, for a note, the note's text."""

    cluster: Cluster
    text: str  # the citation (composite form for a narrative author-date citation)
    author: str = ""  # a narrative citation's names in the text (note styles)
    note: int = 0  # note number (note styles)


@dataclass
class Rendered:
    document: str
    placed: list[Placed]
    bibliography: list[str]
    warnings: list[str] = field(default_factory=list)


def style_class(style_xml: str) -> str:
    """``note``, ``numeric`` (numeric and label styles) or ``author-date`` (author-date and author)."""
    m = re.search(r"citation-format=\"([\w-]+)\"", style_xml)
    fmt = m.group(1) if m else ""
    if fmt == "note" or re.search(r"<style[^>]*\sclass=\"note\"", style_xml):
        return "note"
    if fmt in ("numeric", "label"):
        return "numeric"
    return "author-date"


def note_numbers(parsed: Parsed, is_note: bool) -> tuple[dict[int, int], dict[str, int]]:
    """Note number of each body citation (note styles) and of each existing footnote label."""
    events = [(c.start, "c", str(k)) for k, c in enumerate(parsed.clusters) if c.note is None]
    events += [(pos, "f", label) for pos, label in parsed.footnote_refs]
    by_cluster: dict[int, int] = {}
    by_label: dict[str, int] = {}
    n = 0
    for _pos, kind, ref in sorted(events):
        if kind == "c" and not is_note:
            continue
        if kind == "f" and ref in by_label:
            continue
        n += 1
        if kind == "c":
            by_cluster[int(ref)] = n
        else:
            by_label[ref] = n
    return by_cluster, by_label


def citeproc_clusters(parsed: Parsed, known: set[str], kind: str) -> tuple[list[Cluster], list[dict], list[str]]:
    """The clusters to render (every key known) in citeproc-js's shape, and warnings for the rest.

    A narrative citation in an author-date style has ``properties.mode = "composite"``; in a
    note style its cites have ``suppress-author`` and ``properties.author_in_text`` is set.
    """
    warnings: list[str] = []
    by_cluster, by_label = note_numbers(parsed, kind == "note")
    used: list[Cluster] = []
    out: list[dict] = []
    # a citation inside a footnote is read where the note's marker stands
    ref_at = {label: pos for pos, label in reversed(parsed.footnote_refs)}
    reading = sorted(range(len(parsed.clusters)), key=lambda k: (
        ref_at.get(parsed.clusters[k].note or "", parsed.clusters[k].start), parsed.clusters[k].start))
    for k in reading:
        c = parsed.clusters[k]
        missing = [key for key in c.keys if key not in known]
        if missing:
            if not c.narrative:
                warnings.append(f"line {c.line}: no reference for {', '.join('@' + m for m in missing)}; "
                                f"citation left as written")
            continue
        note = by_cluster.get(k, 0) if c.note is None else by_label.get(c.note, 0)
        props: dict = {"noteIndex": note}
        items = [dict(i) for i in c.items]
        if c.narrative and kind == "author-date":
            props["mode"] = "composite"
        elif c.narrative and kind == "note" and c.note is None:
            items = [dict(i, **{"suppress-author": True}) for i in items]
            props["author_in_text"] = True
        out.append({"citationID": f"c{len(out) + 1}", "citationItems": items, "properties": props})
        used.append(c)
    return used, out, warnings


def _cited_items(items: list[Item], clusters: list[dict]) -> list[dict]:
    by_id = {str(i["id"]): i for i in items}
    order = dict.fromkeys(str(ci["id"]) for c in clusters for ci in c["citationItems"])
    return [plain(by_id[i]) for i in order]


def _bib_block(entries: list[str], fmt: str) -> str:
    if fmt == "html":
        from biblio.csl import bibliography_html

        return bibliography_html(entries)
    return "\n\n".join(entries)


def _refs_place(text: str) -> tuple[int, int] | None:
    """Where the bibliography goes (inside a ``#refs`` div, or after a References heading),
    and where that div or heading starts."""
    m = _REFS_DIV.search(text)
    if not m:
        found = list(_REFS_HEADING.finditer(text))
        m = found[-1] if found else None
    if m is None:
        return None
    return (m.end() + 1 if m.end() < len(text) else m.end()), m.start()


def _marker(n: int, label: str, fmt: str) -> str:
    if fmt == "markdown":
        return f"[^{label}]"
    if fmt == "html":
        return f'<sup><a href="#fn-{label}" id="fnref-{label}" class="footnote-ref">{n}</a></sup>'
    return f"[{n}]"


def _notes_block(notes: list[tuple[int, str, str]], fmt: str) -> str:
    if fmt == "markdown":
        return "\n\n".join(f"[^{label}]: {text}" for _n, label, text in notes)
    if fmt == "html":
        body = "\n".join(f'<p id="fn-{label}">{n}. {text} <a href="#fnref-{label}" class="footnote-back">'
                         f"\u21a9</a></p>" for n, label, text in notes)
        return f'<div class="footnotes">\n{body}\n</div>'
    return "\n\n".join(f"[{n}] {text}" for n, _label, text in notes)


def nocite_keys(text: str) -> list[str]:
    """Keys of pandoc's ``nocite`` metadata in the front matter (``@*``: every reference)."""
    m = re.match(r"---\n(.*?)\n(?:---|\.\.\.)\n", text, re.S)
    if not m:
        return []
    field = re.search(r"^nocite:\s*(?:\|\s*)?((?:.*\n?(?:[ \t]+.*\n?)*))", m.group(1) + "\n", re.M)
    return re.findall(r"@(\*|[\w][\w:.#$%&\-+?<>~/]*\w|\w)", field.group(1)) if field else []


def front_matter_bibliography(text: str) -> list[str]:
    """The files named by the ``bibliography`` field of the YAML front matter (one, or a list)."""
    m = re.match(r"---\n(.*?)\n(?:---|\.\.\.)\n", text, re.S)
    if not m:
        return []
    field = re.search(r"^bibliography:[ \t]*(.*)((?:\n[ \t]+-.*)*)", m.group(1), re.M)
    if not field:
        return []
    names = [field.group(1)] if field.group(1).strip() else []
    names += re.findall(r"\n[ \t]+-[ \t]*(.+)", field.group(2))
    inline = re.fullmatch(r"\[(.*)\]", names[0].strip()) if len(names) == 1 else None
    if inline:
        names = inline.group(1).split(",")
    return [n.strip().strip("'\"") for n in names if n.strip()]


def cite_document(text: str, items: list[Item], style: str, fmt: str = "markdown",
                  locale: str | None = None, nocite: list[str] | None = None) -> Rendered:
    """The document with its citations rendered in ``style`` and the bibliography of the cited items
    (and of the ``nocite`` keys, given or in the front matter, after them)."""
    from biblio import csl
    from biblio.csl.citations import render_document
    from biblio.errors import UsageError
    from biblio.styles import style_xml

    if fmt not in FORMATS:
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")
    xml = style_xml(style)
    kind = style_class(xml)
    compiled = csl.compile_style(xml, locale)
    parsed = parse(text, compiled.lang)
    used, clusters, warnings = citeproc_clusters(parsed, {str(i["id"]) for i in items}, kind)
    engine_clusters = [_for_engine(c) for c in clusters]
    cited = _cited_items(items, clusters)
    extra = list(nocite or []) + nocite_keys(text)
    if extra:
        have = {str(c["id"]) for c in cited}
        wanted = set(extra)
        cited += [plain(i) for i in items if str(i["id"]) not in have and ("*" in wanted or str(i["id"]) in wanted)]
    named = {k for k, c in enumerate(clusters)
             if c["properties"].get("mode") == "composite" or c["properties"].get("author_in_text")}
    texts, authors, entries = render_document(compiled, cited, engine_clusters, fmt, named) if cited \
        else ([], [], [])
    existing = {label for _p, label in parsed.footnote_refs}
    edits: list[tuple[int, int, str]] = []
    placed: list[Placed] = []
    notes: list[tuple[int, str, str]] = []
    for c, cl, txt, author in zip(used, clusters, texts, authors, strict=True):
        props = cl["properties"]
        if props.get("mode") == "composite":
            txt = " ".join(x for x in (author, txt) if x)
        if kind != "note" or c.note is not None:
            placed.append(Placed(c, txt))
            edits.append((c.start, c.end, txt))
            continue
        n = int(props["noteIndex"])
        label = str(n) if str(n) not in existing else f"cite-{n}"
        if fmt == "latex":
            mark = "\\footnote{" + txt + "}"
        else:
            notes.append((n, label, txt))
            mark = _marker(n, label, fmt)
        narrative = bool(props.get("author_in_text"))
        placed.append(Placed(c, txt, author if narrative else "", n))
        edits.append((c.start, c.end, f"{author}{mark}") if narrative else _note_edit(text, c, mark))
    return Rendered(_layout(text, edits, notes, entries, fmt), placed, entries, warnings)


def _note_edit(text: str, c: Cluster, mark: str) -> tuple[int, int, str]:
    """pandoc moves a note over the space before it and after the punctuation that follows it."""
    start, end = c.start, c.end
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    if start > 1 and text[start - 1] == "\n" and text[start - 2] not in "\n":
        start -= 1
    punct = ""
    if end < len(text) and text[end] in _PUNCT:
        punct = text[end]
        end += 1
    return start, end, punct + mark


def _layout(text: str, edits: list[tuple[int, int, str]], notes: list[tuple[int, str, str]], entries: list[str],
            fmt: str) -> str:
    """The document with its citations replaced, the notes and the bibliography in their places."""
    bib = _bib_block(entries, fmt) if entries else ""
    place = _refs_place(text)
    tail: list[str] = []
    # notes follow the body and come before the bibliography (in Markdown, at the end, as pandoc puts them)
    if notes and fmt != "markdown":
        if place is None:
            tail.append(_notes_block(notes, fmt))
        else:
            edits.append((place[1], place[1], _notes_block(notes, fmt) + "\n\n"))
    if bib:
        if place is None:
            tail.append(bib)
        else:
            blank = "" if place[0] < len(text) and text[place[0]] == "\n" else "\n"
            edits.append((place[0], place[0], "\n" + bib + "\n" + blank))
    if notes and fmt == "markdown":
        tail.append(_notes_block(notes, fmt))
    out = splice(text, edits)
    if tail:
        out = out.rstrip("\n") + "\n\n" + "\n\n".join(tail) + "\n"
    return out


def _for_engine(cluster: dict) -> dict:
    """biblio's engine renders a composite citation as the names plus the citation without them."""
    if cluster["properties"].get("mode") != "composite":
        return cluster
    items = [dict(i, **{"suppress-author": True}) for i in cluster["citationItems"]]
    return {**cluster, "citationItems": items}


def splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, new) edit applied; an edit overlapping an earlier one is dropped."""
    out: list[str] = []
    pos = 0
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(new)
        pos = end
    out.append(text[pos:])
    return "".join(out)
