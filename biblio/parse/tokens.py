"""A reference string cut into tokens that keep their character offsets.

Markup is evidence, never lost: Markdown/HTML italics, links ``[text](url)`` and
``<url>`` are read into token attributes (the marker characters themselves make
no token), and quotes and brackets both stay tokens and mark the tokens they
enclose.  Text as PDFs and people produce it is read too: spaces around
punctuation do not change the words, a word hyphenated across a line break
(``grav- ity``) is one token, and the form the features see (``Token.norm``)
has ligatures and HTML entities resolved.
"""

from __future__ import annotations

import html
import re
import unicodedata

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.text import leading_bold

ITALIC = 1
QUOTED = 2
PAREN = 4
BRACKET = 8
LINK = 16  # the text or target of a Markdown link, or an <url>

# Markup whose marker characters are blanked (same length, offsets kept) and
# whose content is marked: HTML/JATS emphasis, Markdown emphasis, links.
_HTML_EM = lazy_pattern(r"<\s*(italic|i|em)\s*>(.*?)<\s*/\s*\1\s*>", re.I | re.S)
# a closing mark may touch a digit: a volume glued to an italic name (`_Review_38`); TeX's `$_3$` is no mark
_MD_EM = lazy_pattern(r"(?<![\w*\\$])(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?![^\W\d]|\*)")
# emphasis runs, which a field never starts or ends inside
EMPHASIS = (_HTML_EM, _MD_EM)
MD_LINK = lazy_pattern(r"\[([^\[\]]*)\]\(\s*([^()\s]+(?:\([^()\s]*\)[^()\s]*)*)\s*\)")
_ANGLE_URL = lazy_pattern(r"<((?:https?|ftp)://[^<>\s]+|www\.[^<>\s]+|doi:[^<>\s]+)>", re.I)

_LINKS_AND_ENTITIES = (
    r"(?P<url>(?:https?://|ftp://|www\.)[^\s<>\"]+)"
    r"|(?P<doi>10\.\d{4,9}/[^\s<>\"]+)"
    r"|(?P<ent>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});)"
)
_WORDS_AND_MARKS = (
    # a word: letters/digits joined by hyphens, dashes, apostrophes or underscores (an identifier's
    # ``survey_2014``), or hyphenated across a line break before a lower-case continuation
    # (``DOI10.1111/…``, the label glued to its DOI, is two tokens: the label and the DOI)
    r"(?P<word>(?i:doi)(?=10\.\d{4,9}/)|[^\W_]+(?:(?:[-\u2010\u2011\u2013'\u2019_]|-\s+(?=[^\W\d_A-Z]))[^\W_]+)*)"
    r"|(?P<open>[(\[{\u201c\u2018\u00ab\u201e<])"
    # (a name's closing symbols after its letter stand apart from a stop or comma: "F#.", "C++,"; "2019+." is
    # one mark)
    r"|(?P<punct>(?<=[^\W\d_])[#+]+(?=[.,;:])|(?:[^\w\s(\[{\u201c\u2018\u00ab\u201e<]|_)+)"
)
_TOKEN = lazy_pattern(_LINKS_AND_ENTITIES + "|" + _WORDS_AND_MARKS)
# the same tokens in a text with no link, DOI or entity (most references): the three alternatives that cannot
# match there are not tried before every token
_PLAIN_TOKEN = lazy_pattern(_WORDS_AND_MARKS)
# what a link, a DOI or an entity needs
_LINK_MARKS = ("://", "www.", "10.", "&")
_URL_TAIL = ".,;:!?'\""
_RUN_ON = lazy_pattern(r"[.,;](?=(?:URL|url|doi|DOI|arXiv|http|Available|Retrieved|Accessed)(?![\w./-]))")
_STRAIGHT_QUOTES = ('"', "'", "`", "``", "''")


def _opens(work: str, start: int, end: int) -> bool:
    """A straight quote opens when it follows a space (or bracket) and a word follows it."""
    before = work[start - 1] if start else " "
    after = work[end] if end < len(work) else " "
    return (before.isspace() or before in "([") and after.isalnum()


_GLUED_NUMBER = lazy_pattern(r"([^\W\d_]{3,})\d+$")
_LIGATURES = lazy_pattern("[\ufb00-\ufb06]")


class Token:
    """``text`` is exactly ``reference[start:end]``; ``norm`` is what features read;
    ``kind`` is url, doi, ent, word, open or punct; ``attrs`` is a bit set
    (ITALIC, QUOTED, PAREN, BRACKET, LINK); ``space_before`` says whether white
    space precedes it."""

    __slots__ = ("text", "start", "end", "norm", "kind", "attrs", "space_before")

    def __init__(self, text: str, start: int, end: int, norm: str, kind: str, attrs: int, space_before: bool):
        self.text = text
        self.start = start
        self.end = end
        self.norm = norm
        self.kind = kind
        self.attrs = attrs
        self.space_before = space_before

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind}, attrs={self.attrs})"


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        chars[i] = " "


def _markup(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The text with markup characters blanked, and the (start, end, attribute) ranges they marked."""
    ranges: list[tuple[int, int, int]] = []
    if not any(c in text for c in "*_<["):
        return text, ranges
    chars = list(text)
    for m in _HTML_EM.finditer(text):
        _blank(chars, m.start(), m.start(2))
        _blank(chars, m.end(2), m.end())
        ranges.append((m.start(2), m.end(2), ITALIC))
    for m in MD_LINK.finditer(text):
        _blank(chars, m.start(), m.start(1))
        _blank(chars, m.end(1), m.start(2))
        _blank(chars, m.end(2), m.end())
        ranges.append((m.start(1), m.end(2), LINK))
    for m in _ANGLE_URL.finditer(text):
        _blank(chars, m.start(), m.start(1))
        _blank(chars, m.end(1), m.end())
        ranges.append((m.start(1), m.end(1), LINK))
    work = "".join(chars)
    for m in _MD_EM.finditer(work):
        _blank(chars, m.start(), m.start(2))
        _blank(chars, m.end(2), m.end())
        if not leading_bold(work, m):
            ranges.append((m.start(2), m.end(2), ITALIC))
    return "".join(chars), ranges


_LINE_BREAK_HYPHEN = lazy_pattern(r"-\s+")


def _norm(text: str, kind: str) -> str:
    if kind == "ent":
        return html.unescape(text)
    if kind == "word":
        if "- " in text or "-\n" in text or "-\t" in text:
            text = _LINE_BREAK_HYPHEN.sub("", text)
        if not text.isascii():
            text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
            text = unicodedata.normalize("NFC", text)
    return text


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` in order; every non-space character that is not a markup marker is in one."""
    work, ranges = _markup(text)
    tokens: list[Token] = []
    append = tokens.append
    parens = brackets = 0
    quote_open = False
    prev_end = 0
    plain = not any(mark in work for mark in _LINK_MARKS)
    for m in (_PLAIN_TOKEN if plain else _TOKEN).finditer(work):
        kind = m.lastgroup or "punct"
        start, end = m.span()
        if kind == "url" or kind == "doi":
            # text run on from PDF extraction ("...2863.URL", "...524639,doi") is not part of it
            glued_on = _RUN_ON.search(work, start, end)
            if glued_on:
                end = glued_on.start()
            # trailing sentence punctuation and an unbalanced closing bracket are not part of it
            while end > start and (
                work[end - 1] in _URL_TAIL
                or (work[end - 1] == ")" and work.count("(", start, end) < work.count(")", start, end))
                or (work[end - 1] == "]" and work.count("[", start, end) < work.count("]", start, end))
            ):
                end -= 1
        raw = text[start:end]
        if kind == "punct" and raw in _STRAIGHT_QUOTES and not quote_open and _opens(work, start, end):
            kind = "open"
        attrs = 0
        for a_start, a_end, attr in ranges:
            if a_start <= start < a_end:
                attrs |= attr
        if parens:
            attrs |= PAREN
        if brackets:
            attrs |= BRACKET
        if quote_open:
            attrs |= QUOTED
        space_before = start == 0 or start > prev_end
        if kind == "word":
            # (the common case, plain ASCII without a hyphen, needs no normalising)
            norm = raw if raw.isascii() and "-" not in raw else _norm(raw, kind)
            # "Cell72", "cations342": a word run into the number after it, as PDFs lose the space
            glued = _GLUED_NUMBER.match(raw) if raw[-1].isdigit() else None
        else:
            norm = html.unescape(raw) if kind == "ent" else raw
            glued = None
        if glued:
            cut = start + glued.end(1)
            append(Token(text[start:cut], start, cut, _norm(text[start:cut], kind), kind, attrs, space_before))
            append(Token(text[cut:end], cut, end, text[cut:end], kind, attrs, False))
        else:
            append(Token(raw, start, end, norm, kind, attrs, space_before))
        prev_end = end
        if kind == "open":
            if raw == "(":
                parens += 1
            elif raw == "[":
                brackets += 1
            elif raw in '\u201c\u201e\u00ab"':
                quote_open = True
        elif kind == "punct":
            for c in raw:
                if c == ")":
                    if parens:
                        parens -= 1
                elif c == "]":
                    if brackets:
                        brackets -= 1
                elif c in "\u201d\u00bb":
                    quote_open = False
                elif c == '"':
                    quote_open = not quote_open
        if end < m.end():
            # the trimmed tail of a URL is punctuation of its own
            tail = text[end : m.end()]
            append(Token(tail, end, m.end(), tail, "punct", attrs, False))
            prev_end = m.end()
    return tokens
