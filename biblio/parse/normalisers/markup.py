"""Markup in a span -> plain text, and the links it carries.

Fields touched: none directly; every other normaliser reads its span through
``plain``.  Users paste references from Markdown and HTML: ``*Title*``,
``_Journal_``, ``[text](https://...)``, ``<i>x</i>``, ``&amp;``.  A value never
keeps that markup; a link's target is reported so that ``assemble`` can decide
whether it is the work's address (URL) or its DOI.
"""

from __future__ import annotations

import re
import unicodedata

from biblio.entities import unescape
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.text import MARKERS, clean_space

_MD_LINK = lazy_pattern(r"\[([^\[\]]*)\]\(\s*<?([^()\s<>]+(?:\([^()\s]*\))?[^()\s<>]*)>?\s*(?:\"[^\"]*\")?\s*\)")
_ANGLE_LINK = lazy_pattern(r"<((?:https?|ftp)://[^\s<>]+)>", re.I)
_HTML_LINK = lazy_pattern(r"<a\s[^>]*?href\s*=\s*[\"']([^\"']+)[\"'][^>]*>(.*?)</a\s*>", re.I | re.S)
_HTML_TAG = lazy_pattern(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
# Emphasis runs: an opening run not preceded by a word character, a closing one
# not followed by one.  Underscores inside words (snake_case, URLs) stay.
_EMPH = lazy_pattern(r"(?<![\w*\\])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])", re.S)
# Stray marks with no partner; an underscore opening an identifier with one inside ("_FORTIFY_SOURCE") is its own.
_STRAY = lazy_pattern(
    r"(?<![\w*/])(?:\*{1,3}|_{1,3}(?![^\W_]+_\w))(?=[^\s_*])|(?<=[^\s_*/])(?:\*{1,3}|_{1,3})(?![\w*])"
)
# a star that is part of a name, after a capital or an acronym: "the S* meson", "PAUP*: Phylogenetic …", "A* search"
_NAMED_STAR = lazy_pattern(r"(?:^|[^\w*])[A-Z]{1,6}$")
# an italic run opened one letter late, a hand's slip: "T*he Oxford Illustrated History.*" (the closing mark after it,
# with no mark between)
_LATE_OPENER = lazy_pattern(r"^([A-Z])\*(?=[a-z][^*]*\S\*(?!\w))")
# CommonMark's emphasis inside a word, which a PDF conversion leaves where the italics start mid-word
# ("Psicoló*gica*"): a star run opening between two letters and closing at the word's end
_INTRAWORD = lazy_pattern(r"(?<=[^\W\d_A-Z])\*(?=[^\W\d_A-Z])([^\s*]+?)\*(?![\w*])")
_HELD = "\ue002"
_HELD_MATH = "\ue003"
# TeX mathematics as PDF-to-Markdown conversions write it in titles ("$\\alpha$-MoO$_3$", "$MoO_{3-x}$"): its
# underscores and stars are subscripts and products, never emphasis
_MATH = lazy_pattern(r"\$[^$\s][^$]{0,80}?\$")
_ESCAPE = lazy_pattern(r"\\([\\`*_{}\[\]()#+\-.!])")


def _stray_mark(m: re.Match[str]) -> str:
    """A stray mark removed, but a star that closes a capital or an acronym, which names a thing."""
    after = m.string[m.end() : m.end() + 1]
    named = m.group() == "*" and after in (" ", ":")
    return m.group() if named and _NAMED_STAR.search(m.string, max(0, m.start() - 7), m.start()) else ""


def links(s: str) -> list[tuple[str, str]]:
    """``(text, target)`` of every Markdown, HTML or angle-bracket link in ``s``."""
    if "](" not in s and "<" not in s:
        return []
    out = [(m.group(1), m.group(2)) for m in _MD_LINK.finditer(s)]
    out += [(_HTML_TAG.sub("", m.group(2)), unescape(m.group(1))) for m in _HTML_LINK.finditer(s)]
    out += [(m.group(1), m.group(1)) for m in _ANGLE_LINK.finditer(s)]
    return out


def plain(s: str) -> str:
    """``s`` without Markdown/HTML markup or entities; link text kept, spacing collapsed."""
    if not s:
        return ""
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)  # "e" + combining accent is one letter for every later regex
    if "[" in s:
        s = _MD_LINK.sub(lambda m: m.group(1) or m.group(2), s)
    if "<" in s:
        s = _HTML_LINK.sub(lambda m: m.group(2), s)
        s = _ANGLE_LINK.sub(r"\1", s)
        s = _HTML_TAG.sub("", s)
    if "&" in s:
        s = unescape(s)
    escaped: list[str] = []
    if "\\" in s:
        # "\*" is a literal star: set escapes aside while emphasis is removed
        def keep(m: re.Match[str]) -> str:
            escaped.append(m.group(1))
            return _HELD

        s = _ESCAPE.sub(keep, s)
    maths: list[str] = []
    if "$" in s and ("_" in s or "*" in s):

        def hold(m: re.Match[str]) -> str:
            maths.append(m.group())
            return _HELD_MATH

        s = _MATH.sub(hold, s)
    if "*" in s or "_" in s:
        if s[1:2] == "*":
            s = _LATE_OPENER.sub(r"*\1", s)
        prev = None
        while prev != s:
            prev = s
            s = _EMPH.sub(r"\2", s)
        if "*" in s:
            s = _INTRAWORD.sub(r"\1", s)
        s = _STRAY.sub(_stray_mark, s)
    for c in escaped:
        s = s.replace(_HELD, c, 1)
    for math in maths:
        s = s.replace(_HELD_MATH, math, 1)
    for c in MARKERS:
        s = s.replace(c, "")
    return clean_space(s)
