"""A Wikipedia article's source (wikitext): its inline citations and its listed works, as regular lines.

An article keeps its citations in the prose, as ``<ref>…</ref>``; a named one (``<ref name="x">…</ref>``)
is written once and reused as ``<ref name="x" />``, and the References section holds only ``{{Reflist}}``.
Each cited work becomes one footnote definition (``[^n]: …``), in the order of its first citation, where
the reference list is shown (at ``{{Reflist}}`` or ``<references />``, else at the end): footnotes are
notes, so a ref of prose is reported as left out and a short one (``Smith 2020, p. 5``) is linked to its
full reference. Short-citation templates (``{{sfn|Smith|2020|p=5}}``, ``{{harvnb|…}}``) inside a ref are
such short notes; in the prose they only point to a listed work and are no references. Sections keep
their headings (``== Further reading ==`` as ``## Further reading``) and their lists (``* {{cite book …}}``)
for the finder. Citation templates stay as written, for the parser's template reader; other ref text loses
its wiki markup: links read as their text, ``''italics''`` as Markdown emphasis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from biblio.entities import unescape
from biblio.parse.readers.wikicite_languages import template_names

# MediaWiki's "== History ==" (the finder reads it as a heading in any text)
HEADING = re.compile(r"^(={2,6})\s*([^=].*?)\s*\1\s*$")
_REF = re.compile(r"<ref(?P<attrs>\s[^>]*?)?\s*(?:/>|>(?P<body>.*?)</ref\s*>)", re.IGNORECASE | re.DOTALL)
_NAME = re.compile(r"""\bname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))""", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MATH = re.compile(r"<math\b[^>]*>.*?</math\s*>", re.IGNORECASE | re.DOTALL)  # its braces are TeX's
_NOWIKI = re.compile(r"</?nowiki\s*/?>", re.IGNORECASE)
# Where the rendered article shows its reference list.
# (other Wikipedias' templates: French "{{Références}}", Spanish "{{listaref}}", Portuguese "{{Referências}}")
_REFLIST = re.compile(r"\{\{\s*(?:reflist|references|références|referências|listaref|referencias)\b|<references\b",
                      re.IGNORECASE)
# a citation template's opening: "{{cite journal |", "{{Citation |", other Wikipedias' "{{Lien web |", "{{Literatur"
CITE = re.compile(r"\{\{\s*(?:cite\s+[a-z]|citation\s*\||(?:" + template_names() + r")\s*\|)", re.IGNORECASE)
# Short citations (Harvard style) that point to a listed work.
_SHORT = re.compile(
    r"\{\{\s*(?:sfnp?|sfnm|harvnb|harvp|harv|harvtxt|harvcoltxt|harvcol|rp)\s*\|([^{}]*)\}\}", re.IGNORECASE
)
_PAGE_CITED = re.compile(r"^\s*[,:]?\s*(?:pp?\.|pages?)\s*[\w–-]+\.?\s*$", re.IGNORECASE)  # ", p. 5"
_LIST_ITEM = re.compile(r"^([*#:;]+)\s*(.*)$")
# Lines of layout only: templates' parameter lines, tables, files, categories, behaviour switches.
# (Other Wikipedias name categories and files in their language: "[[Catégorie:…]]", "[[Kategorie:…]]", "[[Datei:…]]".)
_LAYOUT_LINE = re.compile(
    r"^(?:\||\{\||!|\}\}|\[\[(?:file|image|category|catégorie|kategorie|categoría|categoria|categorie|kategori"
    r"|fichier|datei|archivo|ficheiro|bestand|bild):|__[A-Z]+__)",
    re.IGNORECASE,
)

_WIKILINK = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]")
_EXTERNAL_TITLED = re.compile(r"\[((?:https?:)?//[^\s\]]+)\s+([^\]]+)\]")
_EXTERNAL_BARE = re.compile(r"\[((?:https?:)?//[^\s\]]+)\]")
_BOLD = re.compile(r"'''(.+?)'''")
_ITALIC = re.compile(r"''(.+?)''")
# Inline templates whose text belongs to a reference: {{doi|…}}, {{ISBN|…}}, {{lang|fr|…}}.
_IDENTIFIER = re.compile(r"\{\{\s*(doi|isbn|issn|oclc|pmid|arxiv)\s*\|\s*([^{}|]*?)\s*\}\}", re.IGNORECASE)
_LABELS = {"doi": "doi:", "isbn": "ISBN ", "issn": "ISSN ", "oclc": "OCLC ", "pmid": "PMID ", "arxiv": "arXiv:"}
_LANG = re.compile(r"\{\{\s*lang\s*\|[^{}|]*\|\s*([^{}|]*?)\s*\}\}", re.IGNORECASE)
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_TAG = re.compile(r"</?(?:span|small|i|b|em|strong|sup|sub|abbr|cite)\b[^>]*>", re.IGNORECASE)
_SPACES = re.compile(r"\s+")

_MAX_TEMPLATE_LINES = 60  # lines one template may span (an unclosed one does not swallow the article)
_MIN_MARKS = 2  # ref tags or citation templates that make a text with wiki headings an article's source


def is_wikitext(text: str) -> bool:
    """An article's source: MediaWiki headings (``== History ==``) with ``<ref>`` tags or citation templates."""
    head = text[:200_000]
    if not any(HEADING.match(line) for line in head.split("\n")):
        return False
    return len(re.findall(r"<ref[\s>]", head, re.IGNORECASE)) >= _MIN_MARKS or len(CITE.findall(head)) >= _MIN_MARKS


@dataclass
class _Cited:
    first: int  # offset of the first citation
    pieces: list[str]  # the references (and remarks) its text holds
    line: int  # 1-based document line of the body (of the first citation while none is known)


def wikitext_lines(text: str) -> tuple[list[str], list[int]]:
    """The article as regular lines, and the 1-based document line of each."""
    text = _COMMENT.sub(_lines_only, text)
    text = _NOWIKI.sub("", text)
    starts = _line_starts(text)
    cited = _cited_works(text, starts)
    notes = [(f"[^{k}]: {piece}", line) for k, (piece, line) in enumerate(cited, 1)]
    prose = _MATH.sub(_lines_only, _REF.sub(_lines_only, text))
    lines: list[str] = []
    where: list[int] = []

    def add(line: str, number: int) -> None:
        lines.append(line)
        where.append(number)

    def place_notes() -> None:
        for note, at in notes:
            add("", at)
            add(note, at)

    placed = False
    for number, line in _logical_lines(prose.split("\n")):
        heading = HEADING.match(line)
        if heading:
            add("", number)
            add(f"{'#' * len(heading.group(1))} {_clean(heading.group(2))}", number)
            add("", number)
        elif _REFLIST.match(line):
            if not placed:
                placed = True
                place_notes()
                add("", number)
        elif (item := _LIST_ITEM.match(line)) is not None:
            marker = "1." if item.group(1).endswith("#") else "-"
            body = _entry_text(item.group(2))
            if body:
                add(f"{marker} {body}", number)
        elif CITE.match(line):
            add(_entry_text(line), number)
        elif not line:
            add("", number)
        elif not (_LAYOUT_LINE.match(line) or line.startswith("{{")):
            add(_clean(_SHORT.sub("", line)), number)
    if not placed:
        place_notes()
    return lines, where


def _lines_only(match: re.Match[str]) -> str:
    """What a removed span leaves: its line breaks, so that the lines keep their numbers."""
    return "\n" * match.group().count("\n")


def _logical_lines(lines: list[str]) -> list[tuple[int, str]]:
    """Each line with its 1-based number; a template written over several lines (``*{{Citation`` then
    ``| title = …`` lines) is joined into its first line."""
    joined: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        first, line = k, lines[k].strip()
        k += 1
        while line.count("{{") > line.count("}}") and k < len(lines) and k - first < _MAX_TEMPLATE_LINES:
            line = f"{line} {lines[k].strip()}"
            k += 1
        joined.append((first + 1, line))
    return joined


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def _line_of(starts: list[int], offset: int) -> int:
    low, high = 0, len(starts)
    while high - low > 1:
        middle = (low + high) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle
    return low + 1


def _cited_works(text: str, starts: list[int]) -> list[tuple[str, int]]:
    """Each ref's text once, in the order of first citation: a named ref counts where its name first
    appears (a reuse before its definition, as in a list-defined ``{{Reflist|refs=…}}``)."""
    works: dict[str, _Cited] = {}
    for k, m in enumerate(_REF.finditer(text)):
        name = _NAME.search(m.group("attrs") or "")
        key = next(g for g in name.groups() if g is not None) if name else f"\0{k}"
        pieces = _pieces(m.group("body") or "")
        work = works.setdefault(key, _Cited(m.start(), [], _line_of(starts, m.start())))
        if pieces and not work.pieces:
            work.pieces = pieces
            work.line = _line_of(starts, m.start("body"))
    ordered = sorted(works.values(), key=lambda w: w.first)
    return [(piece, w.line) for w in ordered for piece in w.pieces]


def _pieces(body: str) -> list[str]:
    """A ref's text as the references it holds: each citation template on its own (a ref may bundle
    several), the text around them apart (a remark, reported when it is no reference), except a page
    after a template, which stays with it as the page cited."""
    body = _SPACES.sub(" ", body).strip()
    pieces: list[str] = []
    last = 0
    for start, end in _templates(body):
        if CITE.match(body, start):
            pieces += [body[last:start], body[start:end]]
            last = end
    pieces.append(body[last:])
    kept: list[str] = []
    for piece in pieces:
        if CITE.match(piece):
            kept.append(piece)
        elif kept and CITE.match(kept[-1]) and _PAGE_CITED.match(piece):
            kept[-1] += piece.rstrip()
        elif text := _entry_text(piece).strip(" .,;:"):
            kept.append(text)
    return kept


def _templates(text: str) -> list[tuple[int, int]]:
    """The spans of the outermost ``{{…}}`` templates of `text`."""
    spans: list[tuple[int, int]] = []
    depth, start, k = 0, 0, 0
    while k < len(text) - 1:
        pair = text[k : k + 2]
        if pair == "{{":
            start = k if depth == 0 else start
            depth += 1
            k += 2
        elif pair == "}}" and depth:
            depth -= 1
            k += 2
            if depth == 0:
                spans.append((start, k))
        else:
            k += 1
    return spans


def _entry_text(body: str) -> str:
    """A list item's or ref's text on one line: a citation template as written (the parser reads it),
    short citations as short notes, any other text without its wiki markup."""
    body = _SPACES.sub(" ", body).strip()
    if CITE.match(body):
        return body
    shorts = [_short_note(m.group(1)) for m in _SHORT.finditer(body)]
    if shorts and not _SHORT.sub("", body).strip(" .,;"):
        return "; ".join(shorts)
    return _clean(body)


def _short_note(parameters: str) -> str:
    """``Smith|Jones|2020|p=5`` as a short note: "Smith & Jones 2020, p. 5"."""
    positional = [p.strip() for p in parameters.split("|") if p.strip() and "=" not in p]
    named = dict(p.split("=", 1) for p in parameters.split("|") if "=" in p)
    named = {key.strip().lower(): value.strip() for key, value in named.items()}
    names, year = positional[:-1], positional[-1] if positional else ""
    note = f"{' & '.join(names)} {year}".strip()
    if named.get("p"):
        note += f", p. {named['p']}"
    elif named.get("pp"):
        note += f", pp. {named['pp']}"
    return note


def _clean(text: str) -> str:
    """Wiki markup as the reader sees it: links as their text (an external one as a Markdown link),
    italics as Markdown emphasis, identifiers' templates as text, other templates and tags gone."""
    text = _IDENTIFIER.sub(lambda m: f"{_LABELS[m.group(1).lower()]}{m.group(2)}", text)
    text = _LANG.sub(r"\1", text)
    text = _TEMPLATE.sub("", _TEMPLATE.sub("", text))  # one level of nesting
    text = _WIKILINK.sub(r"\1", text)
    text = _EXTERNAL_TITLED.sub(r"[\2](\1)", text)
    text = _EXTERNAL_BARE.sub(r"\1", text)
    text = _BOLD.sub(r"\1", text)
    text = _ITALIC.sub(r"*\1*", text)
    text = _TAG.sub("", text)
    return _SPACES.sub(" ", unescape(text)).strip()
