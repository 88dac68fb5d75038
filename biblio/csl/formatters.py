"""Output formats: escaping and markup for text, html, markdown, latex and rtf."""

from __future__ import annotations

import re
from dataclasses import dataclass

# (attribute, value) -> (open, close); attributes are CSL formatting attributes
Markup = dict[tuple[str, str], tuple[str, str]]


def _esc_html(s: str) -> str:
    return s.replace("&", "&#38;").replace("<", "&#60;").replace(">", "&#62;")


def _esc_text(s: str) -> str:
    return s


_MD_SPECIAL = str.maketrans({"*": "\\*", "`": "\\`", "\\": "\\\\", "<": "&lt;"})
# "]" makes a link only when "(", "[" or ":" follows it ("[text](url)", "[text][ref]", "[ref]: url").
_MD_LINK_CLOSE = re.compile(r"\](?=[(\[:])")
# "_" opens or closes emphasis only where it is not between two letters or digits (CommonMark's flanking rules).
_MD_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_URL = re.compile(r"(?:https?|ftp)://[^\s<>\"`]+")


def _escape_markdown_text(s: str) -> str:
    s = _MD_ENTITY.sub("&amp;", s).translate(_MD_SPECIAL)
    return _MD_LINK_CLOSE.sub(r"\\]", _MD_UNDERSCORE.sub(r"\\_", s))


def _url_end(url: str) -> int:
    """Where a URL found in running text ends: not at sentence punctuation or an unmatched parenthesis."""
    end = len(url)
    while end and (url[end - 1] in ".,;:!?'"
                   or (url[end - 1] == ")" and url.count("(", 0, end) < url.count(")", 0, end))):
        end -= 1
    return end


def escape_markdown(s: str) -> str:
    """``s`` as literal Markdown text: markup from the data made inert, URLs as autolinks (``<https://…>``).

    Inside an autolink Markdown takes every character literally, so a URL keeps its ``_`` unescaped.
    """
    out: list[str] = []
    pos = 0
    for match in _MD_URL.finditer(s):
        end = match.start() + _url_end(match.group(0))
        if not s[match.start():end].partition("://")[2]:
            continue  # a scheme alone ("https://.") is text, not a link
        out.append(_escape_markdown_text(s[pos:match.start()]))
        out.append(f"<{s[match.start():end]}>")
        pos = end
    out.append(_escape_markdown_text(s[pos:]))
    return "".join(out)


_LATEX_SPECIAL = {
    "\\": "\\textbackslash{}",
    "{": "\\{",
    "}": "\\}",
    "$": "\\$",
    "&": "\\&",
    "#": "\\#",
    "^": "\\textasciicircum{}",
    "_": "\\_",
    "%": "\\%",
    "~": "\\textasciitilde{}",
    # T1 would print these as other glyphs (< and > as inverted marks without T1, << as a guillemet)
    "<": "\\textless{}",
    ">": "\\textgreater{}",
    "|": "\\textbar{}",
    "`": "\\textasciigrave{}",  # a grave accent, not an opening quote
}
_LATEX_TABLE = str.maketrans(_LATEX_SPECIAL)
# TeX ligatures that would change what the data says: -- and --- become dashes, '' ,, quotes;
# an empty group between the two characters keeps them apart
_LIGATURE = re.compile(r"(?<=[-',])(?=[-',])")


def escape_latex(s: str) -> str:
    """``s`` as literal LaTeX text (a document, not a .bib file: TeX never counts escaped braces)."""
    s = s.translate(_LATEX_TABLE)
    return _LIGATURE.sub(_ligature_break, s) if ("-" in s or "'" in s or "," in s) else s


def _ligature_break(m: re.Match[str]) -> str:
    s, i = m.string, m.start()
    pair = s[i - 1] + s[i]
    return "{}" if pair in ("--", "''", ",,") else ""


# a URL ends before closing punctuation; \url takes no braces or backslashes (they need escaping)
_TEX_URL = re.compile(r"(?:https?|ftp)://[^\s{}\\]+?(?=[.,;:!?)\]]*(?:\s|$))")


def latex_text(s: str, nested: bool = False) -> str:
    """Escaped LaTeX text whose URLs become ``\\url{…}`` (line breaks allowed inside them, url.sty).

    Inside another command's argument \\url cannot read ``%`` or ``#`` verbatim: such URLs stay
    escaped text there."""
    if "://" not in s:
        return escape_latex(s)
    out: list[str] = []
    pos = 0
    for m in _TEX_URL.finditer(s):
        url, end = m.group(0), m.end()
        while url.count("(") > url.count(")") and s[end:end + 1] == ")":  # http://x.org/a_(b)
            url, end = url + ")", end + 1
        if nested and ("%" in url or "#" in url or "^" in url):
            continue
        out.append(escape_latex(s[pos:m.start()]))
        out.append("\\url{" + url + "}")
        pos = end
    out.append(escape_latex(s[pos:]))
    return "".join(out)


def escape_rtf(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            # RTF's \u takes a signed 16-bit number: characters beyond the BMP as surrogate pairs
            units = ch.encode("utf-16-le")
            for k in range(0, len(units), 2):
                u = int.from_bytes(units[k:k + 2], "little")
                out.append(f"\\uc0\\u{u - 65536 if u > 32767 else u}{{}}")
        elif ch == "\t":
            out.append("\\tab{}")
        elif ch == "\n":
            out.append("\\line{}")
        else:
            out.append(ch)
    return "".join(out)


def rtf_document(entries: list[str]) -> str:
    """A complete RTF document, one paragraph per entry (what a word processor opens)."""
    head = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}\\f0\\fs24\n"
    return head + "".join(f"{{\\pard {e}\\par}}\n" for e in entries) + "}\n"


@dataclass(frozen=True)
class Formatter:
    name: str
    markup: Markup
    escape_fn: object
    displays: dict[str, tuple[str, str]]

    def escape(self, s: str) -> str:
        return self.escape_fn(s)  # type: ignore[operator]

    def wrap(self, attr: str, value: str) -> tuple[str, str]:
        return self.markup.get((attr, value), ("", ""))


_HTML: Markup = {
    ("font-style", "italic"): ("<i>", "</i>"),
    ("font-style", "oblique"): ('<span style="font-style:oblique;">', "</span>"),
    ("font-style", "normal"): ('<span style="font-style:normal;">', "</span>"),
    ("font-weight", "bold"): ("<b>", "</b>"),
    ("font-weight", "light"): ('<span style="font-weight:light;">', "</span>"),
    ("font-weight", "normal"): ('<span style="font-weight:normal;">', "</span>"),
    ("font-variant", "small-caps"): ('<span style="font-variant:small-caps;">', "</span>"),
    ("font-variant", "normal"): ('<span style="font-variant:normal;">', "</span>"),
    ("text-decoration", "underline"): ('<span style="text-decoration:underline;">', "</span>"),
    ("text-decoration", "none"): ('<span style="text-decoration:none;">', "</span>"),
    ("vertical-align", "sup"): ("<sup>", "</sup>"),
    ("vertical-align", "sub"): ("<sub>", "</sub>"),
    ("vertical-align", "baseline"): ('<span style="baseline">', "</span>"),
}
# citeproc-js lays display blocks out on lines of their own
_HTML_DISPLAY = {
    "block": ('\n\n    <div class="csl-block">', "</div>\n"),
    "left-margin": ('\n    <div class="csl-left-margin">', "</div>"),
    "right-inline": ('<div class="csl-right-inline">', "</div>\n  "),
    "indent": ('<div class="csl-indent">', "</div>\n  "),
}
_MD: Markup = {
    ("font-style", "italic"): ("*", "*"),
    ("font-style", "oblique"): ("*", "*"),
    ("font-weight", "bold"): ("**", "**"),
    ("vertical-align", "sup"): ("^", "^"),
    ("vertical-align", "sub"): ("~", "~"),
}
_LATEX: Markup = {
    ("font-style", "italic"): ("\\emph{", "}"),
    ("font-style", "oblique"): ("\\textsl{", "}"),
    ("font-style", "normal"): ("\\textup{", "}"),
    ("font-weight", "bold"): ("\\textbf{", "}"),
    ("font-weight", "normal"): ("\\textmd{", "}"),
    ("font-variant", "small-caps"): ("\\textsc{", "}"),
    ("font-variant", "normal"): ("\\textup{", "}"),
    ("text-decoration", "underline"): ("\\underline{", "}"),
    ("vertical-align", "sup"): ("\\textsuperscript{", "}"),
    ("vertical-align", "sub"): ("\\textsubscript{", "}"),
}
_RTF: Markup = {
    ("font-style", "italic"): ("{\\i{}", "}"),
    ("font-style", "oblique"): ("{\\i{}", "}"),
    ("font-style", "normal"): ("{\\i0{}", "}"),
    ("font-weight", "bold"): ("{\\b{}", "}"),
    ("font-weight", "normal"): ("{\\b0{}", "}"),
    ("font-variant", "small-caps"): ("{\\scaps ", "}"),
    ("font-variant", "normal"): ("{\\scaps0{}", "}"),
    ("text-decoration", "underline"): ("{\\ul{}", "}"),
    ("text-decoration", "none"): ("{\\ul0{}", "}"),
    ("vertical-align", "sup"): ("\\super ", "\\nosupersub{}"),
    ("vertical-align", "sub"): ("\\sub ", "\\nosupersub{}"),
}

# Without HTML's boxes a label ("1.", "[1]") would run into its entry: a space keeps them apart.
_FLAT_DISPLAY = {"left-margin": ("", " ")}
FORMATTERS: dict[str, Formatter] = {
    "html": Formatter("html", _HTML, _esc_html, _HTML_DISPLAY),
    "text": Formatter("text", {}, _esc_text, _FLAT_DISPLAY),
    "plain": Formatter("text", {}, _esc_text, _FLAT_DISPLAY),
    "markdown": Formatter("markdown", _MD, escape_markdown, _FLAT_DISPLAY),
    "latex": Formatter("latex", _LATEX, escape_latex, _FLAT_DISPLAY),
    "rtf": Formatter("rtf", _RTF, escape_rtf, _FLAT_DISPLAY),
}


def get_formatter(name: str) -> Formatter:
    try:
        return FORMATTERS[name]
    except KeyError:
        raise ValueError(f"unsupported output format {name!r}") from None
