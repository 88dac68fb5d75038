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


_LIGATURES = re.compile(r"(?<=[-`'])(?=[-`'])")


def escape(text: str, braces_pair: bool | None = None) -> str:
    """``text`` as inert LaTeX: every special character escaped, and ``--``, ``\'\'``, ``````
    kept as two characters rather than a dash or a quote."""
    if braces_pair is None:
        braces_pair = _braces_pair(text)
    table = {**_ESCAPES, **(_PAIRED_BRACES if braces_pair else _LOOSE_BRACES)}
    return _LIGATURES.sub("{}", "".join(table.get(c, c) for c in text))


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


# --- decoding -----------------------------------------------------------------------------

# biblio's own escapes (and the literal characters LaTeX prints for them) are set aside before
# decoding, so that an escaped brace never groups and an escaped backslash never starts a command.
_LITERAL = re.compile(
    r"\\(textbackslash|textbraceleft|textbraceright|textasciitilde|textasciicircum|LaTeX|TeX)(?:\{\}|\b\s*)"
    r"|\\([{}])"
)
_PLACEHOLDER = {
    "textbackslash": "\ue000", "textbraceleft": "\ue001", "{": "\ue001", "textbraceright": "\ue002",
    "}": "\ue002", "textasciitilde": "\ue003", "textasciicircum": "\ue004", "LaTeX": "\ue005", "TeX": "\ue006",
}
_RESTORE = {"\ue000": "\\", "\ue001": "{", "\ue002": "}", "\ue003": "~", "\ue004": "^", "\ue005": "LaTeX",
            "\ue006": "TeX", "\xa0": " "}
_URL = re.compile(r"\\url\s*\{([^{}]*)\}")
_converter: Any = None


def _latex_to_text(text: str) -> str:
    global _converter
    if _converter is None:  # pylatexenc loads its tables on first use (start-up time)
        from pylatexenc.latex2text import LatexNodes2Text

        _converter = LatexNodes2Text(math_mode="text", strict_latex_spaces=True)
    return str(_converter.latex_to_text(text))


def decode(value: str) -> str:
    """A .bib field value as plain Unicode text: accents and commands decoded in every form BibTeX
    accepts (``\\"u``, ``\\"{u}``, ``{\\"u}``, ``\\c c``, ``\\ss``, math, ``--``), grouping braces dropped."""
    text = _URL.sub(lambda m: m.group(1).replace("\\", ""), value)
    text = _LITERAL.sub(lambda m: _PLACEHOLDER[m.group(1) or m.group(2)], text)
    try:
        text = _latex_to_text(text)
    except Exception:  # pylatexenc is lenient, but a decoder must never lose the value
        text = text.replace("{", "").replace("}", "")
    for placeholder, char in _RESTORE.items():
        text = text.replace(placeholder, char)
    return " ".join(text.split())
