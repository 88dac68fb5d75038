"""Pandoc's citation syntax in Markdown: ``[@key]``, ``[@a; @b]``, ``[see @key, p. 33]``,
``[-@key]``, narrative ``@key`` and ``@key [p. 4]``.

Each citation becomes a cluster of citeproc-js shaped items (``id``, ``locator``, ``label``,
``prefix``, ``suffix``, ``suppress-author``); its place in the text is kept so that the
rendered citation can replace it.  Code (fenced blocks and inline spans) is never read.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

# A key starts with a letter, digit or _; inside it pandoc allows :.#$%&-+?<>~/
# but a key never ends with punctuation.
_AT = re.compile(r"(?<![\w\\@])(?P<minus>-?)@(?:\{(?P<keyb>[^{}\s]+)\}|(?P<key>\w(?:[\w:.#$%&\-+?<>~/]*\w)?))")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FOOTDEF = re.compile(r"^\[\^([^\]\s]+)\]:\s?")
_FOOTREF = re.compile(r"\[\^([^\]\s]+)\](?!:)")


@dataclass
class Cluster:
    """One citation of the document: its items and where it stands."""

    items: list[dict]
    start: int  # offset of the citation in the document text
    end: int
    line: int  # 1-based line
    narrative: bool = False  # ``@key`` in the text (pandoc's AuthorInText)
    note: str | None = None  # label of the footnote definition the citation sits in
    source: str = ""

    @property
    def keys(self) -> list[str]:
        return [str(i["id"]) for i in self.items]


@dataclass
class Parsed:
    clusters: list[Cluster]
    footnote_refs: list[tuple[int, str]] = field(default_factory=list)  # (offset, label) of [^x] in the body
    code: list[tuple[int, int]] = field(default_factory=list)  # spans of code


@functools.lru_cache(maxsize=8)
def label_terms(lang: str = "en-US") -> dict[str, dict[str, tuple[str, str]]]:
    """Each CSL locator label's terms in the locale: form (symbol, short, long) → (singular, plural)."""
    from biblio.csl.citations import _LOCATOR_TERMS
    from biblio.csl.locale import build_locale

    loc = build_locale(lang, [])
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for name in _LOCATOR_TERMS:
        for form in ("symbol", "short", "long"):
            t = loc.term_obj(name, form)
            if t is not None and t.single:
                out.setdefault(name, {})[form] = (t.single, t.multiple or t.single)
    return out


@functools.lru_cache(maxsize=8)
def locator_terms(lang: str = "en-US") -> dict[str, str]:
    """Every written form of a CSL locator label (``p.``, ``pp.``, ``chap.``, ``chapter``, ``§``) → label."""
    out: dict[str, str] = {}
    for form in ("symbol", "short", "long"):
        for name, forms in label_terms(lang).items():
            for word in forms.get(form, ()):
                out.setdefault(word.lower(), name)
    return out


_NUM = r"(?:\d+(?:[.:]\d+)*[a-z]?|[ivxlcdm]+|[IVXLCDM]+)"
_NUMERIC = re.compile(_NUM + r"(?:\s*[-\u2013\u2014]+\s*" + _NUM + ")?")


def split_locator(text: str, lang: str = "en-US") -> tuple[str, str, str]:
    """``, pp. 33-35, 38 and passim`` → (label, locator, suffix), as pandoc reads a cite's suffix.

    A locator needs a label term (``chap. 2``) or starts with a digit (a page); braces
    ``{...}`` give a locator verbatim.
    """
    s = text.lstrip()
    if s.startswith(","):
        s = s[1:].lstrip()
    terms = locator_terms(lang)
    label = ""
    m = re.match(r"([^\W\d]+\.?|[\u00a7\u00b6]{1,2})\s*", s)
    if m:
        word = m.group(1).lower()
        found = terms.get(word) or terms.get(word.rstrip("."))
        if found:
            label = found
            s = s[m.end():]
    if s.startswith("{"):
        close = s.find("}")
        if close > 0:
            return label or "page", s[1:close], s[close + 1:].strip()
    parts: list[str] = []
    rest = s
    while True:
        m2 = _NUMERIC.match(rest)
        if not m2 or (rest[m2.end():m2.end() + 1].isalpha()):
            break
        parts.append(m2.group(0))
        rest = rest[m2.end():]
        nxt = re.match(r"\s*(,|&|and)\s*(?=[\divxlcdm])", rest)
        more = _NUMERIC.match(rest[nxt.end():]) if nxt else None
        if nxt and more and not rest[nxt.end() + more.end():nxt.end() + more.end() + 1].isalpha():
            parts.append(rest[:nxt.end()].strip() + " ")
            rest = rest[nxt.end():]
            continue
        break
    if not parts or (not label and not parts[0][0].isdigit()):
        return "", "", text.strip()
    locator = "".join(p if not p.endswith(" ") else p.rstrip() + " " for p in parts).strip()
    locator = re.sub(r"\s*,\s*", ", ", locator)
    return label or "page", locator, rest.strip()


def _item(prefix: str, minus: str, key: str, suffix: str, lang: str) -> dict:
    item: dict = {"id": key}
    label, locator, rest = split_locator(suffix, lang) if suffix.strip() else ("", "", "")
    if locator:
        item["locator"] = locator
        item["label"] = label
    if rest:
        item["suffix"] = rest
    if prefix.strip():
        item["prefix"] = prefix.strip()
    if minus:
        item["suppress-author"] = True
    return item


def _bracketed(body: str, lang: str) -> list[dict] | None:
    """The items of ``[...]`` if every part holds one citation key, else None."""
    parts = re.split(r";", body)
    items = []
    for part in parts:
        m = _AT.search(part)
        if not m or _AT.search(part, m.end()):
            return None
        key = m.group("keyb") or m.group("key")
        items.append(_item(part[:m.start()], m.group("minus"), key, part[m.end():], lang))
    return items


def _code_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    fence: str | None = None
    start = 0
    for line in text.splitlines(keepends=True):
        m = _FENCE.match(line)
        if fence is None and m:
            fence, start = m.group(1)[0] * len(m.group(1)), pos
        elif fence is not None and m and m.group(1).startswith(fence):
            spans.append((start, pos + len(line)))
            fence = None
        pos += len(line)
    if fence is not None:
        spans.append((start, len(text)))
    front = re.match(r"---\n.*?\n(?:---|\.\.\.)\n", text, re.S)  # YAML metadata (nocite keys)
    if front:
        spans.append((0, front.end()))
    for m in re.finditer(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", text, re.S):
        spans.append((m.start(), m.end()))
    # link destinations and URLs are no prose either
    for m in re.finditer(r"\]\([^)\s]*\)|<[a-z]+:[^>\s]*>|\b(?:https?|ftp|mailto):[^\s<>]*", text):
        spans.append((m.start(), m.end()))
    return sorted(spans)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def _footnote_of(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each footnote definition: its first line and the indented lines after it."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    cur: tuple[int, str] | None = None
    lines = text.splitlines(keepends=True)
    for k, line in enumerate(lines):
        m = _FOOTDEF.match(line)
        if m:
            if cur:
                out.append((cur[0], pos, cur[1]))
            cur = (pos, m.group(1))
        elif cur and line.strip() and not line.startswith(("    ", "\t")):
            out.append((cur[0], pos, cur[1]))
            cur = None
        elif cur and not line.strip():
            nxt = lines[k + 1] if k + 1 < len(lines) else ""
            if not nxt.startswith(("    ", "\t")):
                out.append((cur[0], pos, cur[1]))
                cur = None
        pos += len(line)
    if cur:
        out.append((cur[0], pos, cur[1]))
    return out


def parse(text: str, lang: str = "en-US") -> Parsed:
    """Every citation of a Markdown document, in order."""
    code = _code_spans(text)
    notes = _footnote_of(text)
    clusters: list[Cluster] = []
    taken: list[tuple[int, int]] = []

    def line_of(pos: int) -> int:
        return text.count("\n", 0, pos) + 1

    def note_at(pos: int) -> str | None:
        for a, b, label in notes:
            if a <= pos < b:
                return label
        return None

    for m in re.finditer(r"\[(?!\^)((?:[^\[\]]|\[[^\[\]]*\])*?@(?:[^\[\]]|\[[^\[\]]*\])*?)\](?![(\[:])", text):
        if _inside(code, m.start()) or (m.start() and text[m.start() - 1] == "\\"):
            continue
        items = _bracketed(m.group(1), lang)
        if items is None:
            continue
        clusters.append(Cluster(items, m.start(), m.end(), line_of(m.start()), note=note_at(m.start()),
                                source=m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _AT.finditer(text):
        if m.group("minus") or _inside(code, m.start()) or _inside(taken, m.start()):
            continue
        key = m.group("keyb") or m.group("key")
        end = m.end()
        item: dict = {"id": key}
        after = re.match(r" \[([^\[\]@]*)\](?![(\[:])", text[end:])
        if after:
            label, locator, rest = split_locator(after.group(1), lang)
            if locator:
                item.update({"locator": locator, "label": label})
            if rest:
                item["suffix"] = rest
            end += after.end()
        clusters.append(Cluster([item], m.start(), end, line_of(m.start()), narrative=True,
                                note=note_at(m.start()), source=text[m.start():end]))
    clusters.sort(key=lambda c: c.start)
    refs = [(m.start(), m.group(1)) for m in _FOOTREF.finditer(text)
            if not _inside(code, m.start()) and note_at(m.start()) is None]
    return Parsed(clusters, refs, code)
