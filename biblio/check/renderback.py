"""Render-back: does the record, rendered in the source's own style, give back its source?

A record that does not reproduce the reference it came from was parsed wrong
somewhere (a swallowed line, a field in the wrong place). Differences that
only the style's typography decides are ignored (see ``normalise``).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from biblio.check.flag import Flag, flag

# Styles tried when the user names none, most common first.
CANDIDATE_STYLES = ("apa", "chicago", "mla", "ieee", "harvard", "chicago-notes")
# A style counts as the document's when it reproduces at least this share of its references;
# a record that does not reproduce its source is flagged only when the style reproduces at least
# FLAG_SHARE of them (the list is then clearly written in it); below, the difference is a detail.
MIN_SHARE = 0.2
FLAG_SHARE = 0.5

_QUOTES = str.maketrans({c: '"' for c in "'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a`"})
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>&])")
_ANGLE_URL = re.compile(r"<((?:https?|ftp)://[^>\s]+)>")
_RETRIEVED = re.compile(r"\b(?:Retrieved(?:\s+from)?\s+)+(?=(?:https?|ftp)://)", re.IGNORECASE)
_YEAR_SUFFIX = re.compile(r"\b(\d{4})[a-z]\b|\b(n\.\s?d\.)-[a-z]\b")
_MARKS = r'["*_]'
_PUNCT_IN = re.compile(rf"([.,;:])((?:{_MARKS})+)")
_PERIOD_AFTER = re.compile(rf"([?!])((?:{_MARKS})*)\s*\.")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """``text`` with what only typography decides made equal.

    A URL on its own line or in angle brackets; straight, curly, single and
    double quotes; punctuation inside or outside quotes and italics
    (``*Title.*`` and ``*Title*.``); the period after a title that ends in
    ``?`` or ``!``; APA's "Retrieved (from)" before a URL; dashes; a year's
    disambiguation letter (``2024a``, ``n.d.-a``), which depends on the list.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    text = _ANGLE_URL.sub(r"\1", text)
    # "_" to "*" first: after "_" (a word character) "Retrieved" has no word boundary until then
    text = text.translate(_QUOTES).translate(_DASHES).replace("_", "*")
    text = _ANGLE_URL.sub(r"\1", _RETRIEVED.sub("", text))  # ("<Retrieved URL>": its brackets close on the URL now)
    text = _YEAR_SUFFIX.sub(lambda m: m.group(1) or m.group(2), text)
    text = _SPACE.sub(" ", text).strip()
    for _ in range(len(text)):  # until nothing moves: each step can make work for another
        before = text
        text = _PUNCT_IN.sub(r"\2\1", text)
        text = _PERIOD_AFTER.sub(r"\1\2", text)
        text = re.sub(r"\.{2,}", ".", text)
        text = re.sub(r"\s+([.,;:])", r"\1", text).rstrip(" .")
        if text == before:
            break
    return text


_EMPHASIS = re.compile(r"[*_]")
_INITIALS = re.compile(r"\b([A-Z]\.)\s+(?=[A-Z]\.)")
_NUMBER_PAREN = re.compile(r"(\d)\s+\(")
_AND = re.compile(r"(?<=,) and (?=[A-Z])|(?<=\.) and (?=[A-Z])")


def comparable(rendered: str, source: str) -> tuple[str, str]:
    """Both sides normalised; emphasis is compared only when the source has any (plain text has none).

    Besides ``normalise``: initials with or without a space (``D.I.``, ``D. I.``),
    a space before a parenthesised issue (``77 (1)``), and "and" or "&" before
    the last name, all of which a writer's typing decides rather than the record.
    """
    a, b = normalise(rendered), normalise(source)
    if not _EMPHASIS.search(b):
        a = _EMPHASIS.sub("", a)
    a, b = (_AND.sub(" & ", _NUMBER_PAREN.sub(r"\1(", _INITIALS.sub(r"\1", x))) for x in (a, b))
    return a, b


def reproduces(rendered: str, source: str) -> bool:
    a, b = comparable(rendered, source)
    return a == b


def word_diff(source: str, rendered: str) -> str:
    """The differing words: ``-[source words] +[rendered words]``, joined by `` … ``."""
    rendered_text, source_text = comparable(rendered, source)
    a, b = source_text.split(), rendered_text.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        gone, added = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        parts.append((f"-[{gone}]" if gone else "") + (f" +[{added}]" if added else "").strip())
    return " … ".join(p.strip() for p in parts)


def render_one(item: dict[str, Any], style: str) -> str | None:
    """The record as one Markdown bibliography entry in ``style`` (None when the style prints nothing)."""
    from biblio.formats import styled

    record = {k: v for k, v in item.items() if k != "custom"}
    found = styled.entries([record], style, "markdown")
    return found[0] if found else None


@dataclass
class RenderBack:
    style: str | None  # the style the references were compared in (None: no style reproduces them)
    rendered: list[str | None]  # each item's rendering in that style
    share: float = 1.0  # the share of references with a source that the style reproduces
    forced: bool = False  # the user named the style

    @property
    def flags_mismatch(self) -> bool:
        return self.forced or self.share >= FLAG_SHARE


def detect_style(items: Sequence[dict[str, Any]], sources: Sequence[str | None],
                 styles: Sequence[str] = CANDIDATE_STYLES) -> RenderBack:
    """The style that reproduces most sources (at least ``MIN_SHARE`` of them), with every rendering."""
    best = RenderBack(None, [None] * len(items))
    best_count = 0
    with_source = sum(1 for s in sources if s)
    if not with_source:
        return best
    for style in styles:
        rendered = [render_one(item, style) if source else None for item, source in zip(items, sources, strict=True)]
        count = sum(1 for r, s in zip(rendered, sources, strict=True) if r is not None and s and reproduces(r, s))
        if count > best_count:
            best, best_count = RenderBack(style, rendered, count / with_source), count
        if count == with_source:
            break
    if best_count < max(1, MIN_SHARE * with_source):
        return RenderBack(None, [None] * len(items))
    return best


def render_in(items: Sequence[dict[str, Any]], sources: Sequence[str | None], style: str) -> RenderBack:
    """Every rendering in the style the user named: its differences are flags, whatever the share."""
    rendered = [render_one(item, style) if source else None for item, source in zip(items, sources, strict=True)]
    pairs = [(r, s) for r, s in zip(rendered, sources, strict=True) if s]
    share = sum(1 for r, s in pairs if r is not None and reproduces(r, s)) / max(len(pairs), 1)
    back = RenderBack(style, rendered, share)
    back.forced = True
    return back


def renderback_flags(rendered: str | None, source: str | None, style: str | None) -> list[Flag]:
    if style is None or not source or rendered is None or reproduces(rendered, source):
        return []
    return [flag("render-mismatch", f"rendered back in {style}, the record differs from its source: "
                 f"{word_diff(source, rendered)}")]
