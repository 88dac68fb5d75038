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


# Zotero's BibTeX import keeps a raw ^ and reads a double backslash as one; it reads no form of ~
# (a raw one is a space, and the textasciitilde command its own export writes stays a command):
# an escaped tilde with empty braces gives the look-alike U+223C there, and a ~ to biblio.
_ZOTERO_ESCAPES = {"\\": "\\\\", "~": "\\~{}", "^": "^"}


def escape(text: str, braces_pair: bool | None = None, for_zotero: bool = False) -> str:
    """``text`` as inert LaTeX: every special character escaped, and ``--``, ``\'\'``, ``````
    kept as two characters rather than a dash or a quote."""
    if braces_pair is None:
        braces_pair = _braces_pair(text)
    table = {**_ESCAPES, **(_PAIRED_BRACES if braces_pair else _LOOSE_BRACES)}
    if for_zotero:
        table.update(_ZOTERO_ESCAPES)
    return _LIGATURES.sub("{}", "".join(table.get(c, c) for c in text))


_codec: Any = codecs  # typeshed only knows the standard codecs' str/bytes signatures
_WORD = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)


def _needs_protection(core: str, first: bool) -> bool:
    if not any(c.isupper() for c in core):
        return False
    # Sentence-casers (BibTeX's change.case$, \MakeSentenceCase) keep the title's first letter.
    return not (first and core[0].isupper() and not any(c.isupper() for c in core[1:]))


def protect_case(text: str, for_zotero: bool = False) -> str:
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
            out.append(escape(lead, pair, for_zotero) + "{" + escape(core, pair, for_zotero) + "}"
                       + escape(trail, pair, for_zotero))
        else:
            out.append(escape(token, pair, for_zotero))
    return " ".join(out)


# Combining marks LaTeX writes as text accents (in any font encoding); others have no T1 form.
_MARKS = {
    "\u0300": "`", "\u0301": "'", "\u0302": "^", "\u0303": "~", "\u0304": "=", "\u0306": "u", "\u0307": ".",
    "\u0308": '"', "\u030a": "r", "\u030b": "H", "\u030c": "v", "\u0323": "d", "\u0327": "c", "\u0328": "k",
    "\u0331": "b",
}
# Characters pdflatex typesets from UTF-8 with T1 fonts (utf8 inputenc): Latin-1, Latin Extended-A, punctuation.
_T1_PUNCTUATION = frozenset(
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u2022\u20ac\u2020\u2021\u2030\u00a0"
)


def _typesettable(char: str) -> bool:
    return ord(char) < 0x180 or char in _T1_PUNCTUATION


_BELOW = frozenset("\u0323\u0327\u0328\u0331")
# A letter with a mark T1 has no accent for (Vietnamese hook above, horn) is written raw for documents
# that load T5 (vietnam, babel-vietnamese), and as the letter without that mark otherwise.
_GUARD = "{{\\ifdefined\\uhorn {raw}\\else {fallback}\\fi}}"
_BIBER_GUARD = "{{\\ifcsname\\detokenize{{uhorn}}\\endcsname{{{raw}}}\\else{{{fallback}}}\\fi}}"
_GUARDED = re.compile(r"\{\\if(?:defined\\uhorn |csname\\detokenize\{uhorn\}\\endcsname\{)(.)\}?\\else.*?\\fi\}")


def _accent(command: str, text: str, biber: bool) -> str:
    if not biber:
        return f"\\{command}{{{text}}}"
    # biber decodes accent commands back into Unicode that pdflatex's T1 fonts lack: a letter command
    # is named through \csname, a symbol one gets a \relax after its argument, which biber leaves alone.
    if command.isalpha():  # (no space: biber turns spaces in names into name delimiters)
        return f"\\csname\\detokenize{{{command}}}\\endcsname{{{text}}}"
    return f"\\{command}{{{text}\\relax}}"


def _accented(char: str, biber: bool = False) -> str | None:
    """A letter outside T1 as stacked LaTeX accents (``ễ`` -> ``{\\~{\\^{e}}}``). None when it is not a
    Latin letter."""
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], list(decomposed[1:])
    if not marks or not base.isascii() or not base.isalpha():
        return None
    above = any(m in _MARKS and m not in _BELOW for m in marks)
    text = "\\i" if base == "i" and above else ("\\j" if base == "j" and above else base)
    for mark in marks:
        if mark in _MARKS:
            text = _accent(_MARKS[mark], text, biber)
    if all(m in _MARKS for m in marks):
        return "{" + text + "}"
    return (_BIBER_GUARD if biber else _GUARD).format(raw=char, fallback=text)


def pdflatex_safe(text: str, biber: bool = False) -> str:
    """Text pdflatex can typeset with T1 fonts: letters outside T1 become stacked accents (in a form
    biber passes through unchanged when ``biber``)."""
    if all(_typesettable(c) for c in text):
        return text
    return "".join(c if _typesettable(c) else (_accented(c, biber) or c) for c in text)


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
        out.append("{" + encoded.strip() + "}" if encoded.startswith("\\") else (_accented(char) or char))
    return "".join(out)


# --- decoding -----------------------------------------------------------------------------

# biblio's own escapes (and the literal characters LaTeX prints for them) are set aside before
# decoding, so that an escaped brace never groups and an escaped backslash never starts a command.
_LITERAL = re.compile(
    r"\{\\(textbackslash|textasciitilde|textasciicircum)\}"
    r"|\\(textbackslash|textbraceleft|textbraceright|textasciitilde|textasciicircum|LaTeX|TeX)(?:\{\}|\b\s*)"
    r"|\\([{}])"
)
_ZOTERO_LITERAL = re.compile(r"\\\\|\\([~^])\{\}")
_PLACEHOLDER = {
    "textbackslash": "\ue000", "textbraceleft": "\ue001", "{": "\ue001", "textbraceright": "\ue002",
    "}": "\ue002", "textasciitilde": "\ue003", "textasciicircum": "\ue004", "LaTeX": "\ue005", "TeX": "\ue006",
}
_RESTORE = {"\ue000": "\\", "\ue001": "{", "\ue002": "}", "\ue003": "~", "\ue004": "^", "\ue005": "LaTeX",
            "\ue006": "TeX", "\xa0": " "}
_CSNAME = re.compile(r"\\csname\\detokenize\{([A-Za-z]+)\}\\endcsname")
_URL = re.compile(r"\\url\s*\{([^{}]*)\}")
# Text with none of LaTeX's special characters, ligature dashes or quotes decodes to itself.
_PLAIN = re.compile(r"[^\\{}$~%`^_&#\ue000-\uf8ff]*")
_converter: Any = None
_walker: Any = None


def _latex_to_text(text: str) -> str:
    global _converter, _walker
    if _converter is None:  # pylatexenc loads its tables on first use (start-up time)
        from pylatexenc.latex2text import LatexNodes2Text
        from pylatexenc.latexwalker import LatexWalker, get_default_latex_context_db

        _converter = LatexNodes2Text(math_mode="text", strict_latex_spaces=True)
        # pylatexenc builds its macro database anew for every walker unless given one: built once
        # here, it makes decoding a big .bib many times faster with the same result.
        context = get_default_latex_context_db()
        _walker = lambda latex: LatexWalker(latex, latex_context=context)  # noqa: E731
    return str(_converter.nodelist_to_text(_walker(text).get_latex_nodes()[0]))


# The journal macros of the AAS (aas_macros.sty), which the entries that NASA ADS exports use for the
# journal (``journal = {\\aap}``): the journals' names.
_AAS_JOURNALS = {
    "aj": "Astronomical Journal", "actaa": "Acta Astronomica", "araa": "Annual Review of Astronomy and Astrophysics",
    "apj": "Astrophysical Journal", "apjl": "Astrophysical Journal Letters",
    "apjs": "Astrophysical Journal Supplement Series", "ao": "Applied Optics", "apss": "Astrophysics and Space Science",
    "aap": "Astronomy & Astrophysics", "aapr": "Astronomy and Astrophysics Review",
    "aaps": "Astronomy and Astrophysics Supplement Series", "azh": "Astronomicheskii Zhurnal",
    "baas": "Bulletin of the American Astronomical Society", "icarus": "Icarus",
    "jcap": "Journal of Cosmology and Astroparticle Physics",
    "jrasc": "Journal of the Royal Astronomical Society of Canada",
    "memras": "Memoirs of the Royal Astronomical Society", "mnras": "Monthly Notices of the Royal Astronomical Society",
    "na": "New Astronomy", "nar": "New Astronomy Reviews", "pra": "Physical Review A", "prb": "Physical Review B",
    "prc": "Physical Review C", "prd": "Physical Review D", "pre": "Physical Review E",
    "prl": "Physical Review Letters",
    "pasa": "Publications of the Astronomical Society of Australia",
    "pasp": "Publications of the Astronomical Society of the Pacific",
    "pasj": "Publications of the Astronomical Society of Japan",
    "qjras": "Quarterly Journal of the Royal Astronomical Society",
    "rmxaa": "Revista Mexicana de Astronomía y Astrofísica", "skytel": "Sky and Telescope",
    "solphys": "Solar Physics",
    "sovast": "Soviet Astronomy", "ssr": "Space Science Reviews", "nat": "Nature",
    "gca": "Geochimica et Cosmochimica Acta",
    "grl": "Geophysical Research Letters", "jgr": "Journal of Geophysical Research", "physrep": "Physics Reports",
    "planss": "Planetary and Space Science", "procspie": "Proceedings of the SPIE", "psj": "Planetary Science Journal",
}
_AAS_MACRO = re.compile(r"\s*\{?\s*\\([a-z]+)\s*\}?\s*")


# The TeX family's logos as commands (``{\\TeX}book``, ``\\LaTeX:``, ``\\BibTeX``): the names they print.
TEX_LOGOS = {
    "TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2e", "BibTeX": "BibTeX", "XeTeX": "XeTeX", "XeLaTeX": "XeLaTeX",
    "LuaTeX": "LuaTeX", "LuaLaTeX": "LuaLaTeX", "pdfTeX": "pdfTeX", "pdfLaTeX": "pdfLaTeX", "eTeX": "e-TeX",
    "ConTeXt": "ConTeXt", "AmS": "AMS", "AmSTeX": "AMS-TeX", "AMSTeX": "AMS-TeX", "MF": "METAFONT",
    "METAFONT": "METAFONT", "MP": "MetaPost", "SliTeX": "SliTeX", "TikZ": "TikZ",
}
_LOGO = re.compile(r"\\(" + "|".join(sorted(TEX_LOGOS, key=len, reverse=True)) + r")(?![A-Za-z])(?:\s*\{\})?")


def tex_logos(text: str) -> str:
    """``text`` with the TeX family's logo commands written as their names."""
    return _LOGO.sub(lambda m: TEX_LOGOS[m.group(1)], text) if "\\" in text else text


def decode(value: str) -> str:
    """A .bib field value as plain Unicode text: accents and commands decoded in every form BibTeX
    accepts (``\\"u``, ``\\"{u}``, ``{\\"u}``, ``\\c c``, ``\\ss``, math, ``--``), grouping braces dropped."""
    if (journal := _AAS_MACRO.fullmatch(value)) is not None and journal.group(1) in _AAS_JOURNALS:
        return _AAS_JOURNALS[journal.group(1)]
    text = _GUARDED.sub(lambda m: m.group(1), tex_logos(value))
    text = _CSNAME.sub(r"\\\1", text)
    text = _URL.sub(lambda m: m.group(1).replace("\\", ""), text)
    text = _LITERAL.sub(lambda m: _PLACEHOLDER[m.group(1) or m.group(2) or m.group(3)], text)
    text = _ZOTERO_LITERAL.sub(lambda m: {"~": "\ue003", "^": "\ue004"}.get(m.group(1) or "", "\ue000"), text)
    if _PLAIN.fullmatch(text) and "--" not in text and "''" not in text:
        return " ".join(text.split())  # nothing for LaTeX to decode (most fields of a big .bib)
    try:
        text = _latex_to_text(text)
    except Exception:  # pylatexenc is lenient, but a decoder must never lose the value
        text = text.replace("{", "").replace("}", "")
    for placeholder, char in _RESTORE.items():
        text = text.replace(placeholder, char)
    return " ".join(text.split())
