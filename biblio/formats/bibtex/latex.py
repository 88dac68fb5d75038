"""LaTeX text for .bib fields: escaping, case protection, and decoding back.

Every character that is live in LaTeX is escaped, so a title such as
``\\input{/etc/hostname}`` reaches LaTeX as text, never as a command.
Non-ASCII text stays raw UTF-8 (safe for Zotero, biber, and pdflatex with
inputenc utf8), except in classic-dialect names: there letters become braced
accents (``{\\"u}``, ``{\\L}``) because BibTeX counts bytes, and a style that
abbreviates given names would cut a UTF-8 letter in half.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Any

import latexcodec  # noqa: F401  (registers the "ulatex" codec)

_ESCAPES = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
# BibTeX and biber count braces even after a backslash: \{ \} only when they pair up.
_LOOSE_BRACES = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
_PAIRED_BRACES = {"{": r"\{", "}": r"\}"}


def _braces_pair(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def clean(text: str) -> str:
    """One line of text: control characters and runs of white space become one space."""
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    return " ".join(text.split())


def escape(text: str, braces_pair: bool | None = None) -> str:
    """``text`` as inert LaTeX: every special character escaped."""
    if braces_pair is None:
        braces_pair = _braces_pair(text)
    table = {**_ESCAPES, **(_PAIRED_BRACES if braces_pair else _LOOSE_BRACES)}
    return "".join(table.get(c, c) for c in text)


_codec: Any = codecs  # typeshed only knows the standard codecs' str/bytes signatures
_WORD = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)


def _needs_protection(core: str, first: bool) -> bool:
    if not any(c.isupper() for c in core):
        return False
    # Sentence-casers (BibTeX's change.case$, \MakeSentenceCase) keep the title's first letter.
    return not (first and core[0].isupper() and not any(c.isupper() for c in core[1:]))


def protect_case(text: str) -> str:
    """Escaped ``text`` with every word whose capitals must survive in braces.

    Titles are stored in the case the source uses (APA sentence case), so any
    capital a style would lower-case is deliberate: acronyms ({BBC}), proper
    nouns ({Balochistan}), the word after a colon, "I". Only the title's very
    first letter is left bare.
    """
    text = clean(text)
    pair = _braces_pair(text)
    out: list[str] = []
    for index, token in enumerate(text.split(" ")):
        match = _WORD.match(token)
        assert match is not None  # the pattern matches any string
        lead, core, trail = match.groups()
        if core and _needs_protection(core, index == 0 and not lead):
            out.append(escape(lead, pair) + "{" + escape(core, pair) + "}" + escape(trail, pair))
        else:
            out.append(escape(token, pair))
    return " ".join(out)


def braced_accents(text: str) -> str:
    """Non-ASCII letters as braced LaTeX accents where one exists (``{\\"u}``); others raw."""
    out: list[str] = []
    for char in text:
        if char.isascii():
            out.append(char)
            continue
        try:
            raw: Any = _codec.encode(char, "ulatex")
        except (UnicodeEncodeError, ValueError):
            raw = ""
        encoded = raw.decode("ascii") if isinstance(raw, bytes) else str(raw)
        out.append("{" + encoded.strip() + "}" if encoded.startswith("\\") else char)
    return "".join(out)


def _ulatex(source: str) -> str:
    return str(_codec.decode(source, "ulatex"))


# --- decoding -----------------------------------------------------------------------------

_LITERALS = {
    "textbackslash": "\\",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textbraceleft": "{",
    "textbraceright": "}",
    "&": "&",
    "%": "%",
    "$": "$",
    "#": "#",
    "_": "_",
    "{": "{",
    "}": "}",
    " ": " ",
    ",": "\u2009",
    "textendash": "–",
    "textemdash": "—",
    "textquoteright": "’",
    "textquoteleft": "‘",
    "textquotedblleft": "“",
    "textquotedblright": "”",
    "ldots": "…",
    "textellipsis": "…",
    "dots": "…",
    "relax": "",
}
_ACCENTS = "\"'`^~=.uvHckrdbt"
_LETTERS = {
    "L",
    "l",
    "O",
    "o",
    "ss",
    "ae",
    "AE",
    "oe",
    "OE",
    "aa",
    "AA",
    "i",
    "j",
    "DH",
    "dh",
    "TH",
    "th",
    "NG",
    "ng",
}
_CONTROL = re.compile(
    r"\\(?P<accent>[" + re.escape(_ACCENTS) + r"])(?![a-zA-Z]{2})\s*"
    r"(?P<arg>\{\\?[a-zA-Z]?\}|\\[ij]\b|[a-zA-Z])"
    r"|\\(?P<name>[a-zA-Z]+)(?:\{\}|\s*)|\\(?P<symbol>.)",
    re.S,
)
# Private-use characters keep escaped braces apart from grouping braces while decoding.
_PROTECTED = {"{": "\ue000", "}": "\ue001", "~": "\ue002"}


def _decode_control(match: re.Match[str]) -> str:
    accent = match.group("accent")
    if accent:
        arg = match.group("arg").strip("{}")
        source = f"\\{accent} {arg}" if accent.isalpha() else f"\\{accent}{arg}"
        try:
            return _ulatex(source)
        except ValueError:
            return match.group(0)
    name = match.group("name") or match.group("symbol")
    if name in _LITERALS:
        literal = _LITERALS[name]
        return _PROTECTED.get(literal, literal)
    if name in _LETTERS:
        return _ulatex("\\" + name + "{}").replace("{}", "")
    if name == "url":
        return ""  # \url{x} -> x: the braces go with the others
    if name in ("LaTeX", "TeX"):
        return name
    return ""  # other commands (\emph, \textit, …) go; their arguments stay as text


def decode(value: str) -> str:
    """A .bib field value as plain Unicode text: LaTeX decoded, grouping braces dropped."""
    text = _CONTROL.sub(_decode_control, value)
    text = text.replace("{", "").replace("}", "").replace("~", " ")
    for char, placeholder in _PROTECTED.items():
        text = text.replace(placeholder, char)
    return " ".join(text.split())
