"""A small formatted-string tree and its flattening per output format.

Rendering builds ``Span`` trees (text leaves are plain ``str``).  Flattening
walks the tree once, applying formatting flip-flop (italic inside italic turns
roman, quotes inside quotes turn inner), and cleans punctuation where pieces
meet: doubled punctuation (``dead?.`` -> ``dead?``), doubled spaces, and the
locale's punctuation-in-quote rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .formatters import Formatter

Node = "Span | str"


class Span:
    __slots__ = ("children", "prefix", "suffix", "fmt", "quotes", "display", "nocase")

    def __init__(
        self,
        children: list[Span | str],
        prefix: str = "",
        suffix: str = "",
        fmt: tuple[tuple[str, str], ...] = (),
        quotes: bool = False,
        display: str = "",
        nocase: bool = False,
    ) -> None:
        self.children = children
        self.prefix = prefix
        self.suffix = suffix
        self.fmt = fmt
        self.quotes = quotes
        self.display = display
        self.nocase = nocase

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Span({self.children!r}, {self.prefix!r}, {self.suffix!r}, {self.fmt!r}, q={self.quotes})"


def plain(node: Span | str | None, with_affixes: bool = True) -> str:
    """The text of a tree without markup (quotes as straight marks kept out)."""
    if node is None:
        return ""
    if isinstance(node, str):
        return node
    inner = "".join(plain(c) for c in node.children)
    if with_affixes:
        return node.prefix + inner + node.suffix
    return inner


def leaves(node: Span | str) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    else:
        for c in node.children:
            yield from leaves(c)


def has_text(node: Span | str | None) -> bool:
    if node is None:
        return False
    if isinstance(node, str):
        return node != ""
    return any(has_text(c) for c in node.children)


# ------------------------------------------------------------------ rich text input
_TAG = re.compile(
    r'(<span\s+class="nocase">|<span\s+style="font-variant:\s*small-caps;?">|'
    r'<span\s+style="font-style:\s*normal;?">|<span\s+class="nodecor">|'
    r"</span>|<i>|</i>|<b>|</b>|<em>|</em>|<strong>|</strong>|<sup>|</sup>|<sub>|</sub>|<sc>|</sc>|"
    r'\ue000|\ue001|\ue002|\ue003)'
)
_DOUBLE_Q = re.compile(r'(?<![^\s(\[{\u2014\u2013/\-\ue000\ue002])"(?=[^\s"])(.*?)(?<=[^\s])"(?!\w)')
_CURLY_DQ = re.compile("\u201c(.*?)\u201d")
_CURLY_SQ = re.compile(r"(?<!\w)\u2018(.+?)\u2019(?!\w)")
_SINGLE_Q = re.compile(r"(?<![\w\u2019'])'(?=[^\s'])(.+?)(?<=[^\s])'(?![\w])")
_OPEN_TAGS = {
    "<i>": ("font-style", "italic"),
    "<em>": ("font-style", "italic"),
    "<b>": ("font-weight", "bold"),
    "<strong>": ("font-weight", "bold"),
    "<sup>": ("vertical-align", "sup"),
    "<sub>": ("vertical-align", "sub"),
    "<sc>": ("font-variant", "small-caps"),
}
_CLOSE_FOR = {"<i>": "</i>", "<em>": "</em>", "<b>": "</b>", "<strong>": "</strong>", "<sup>": "</sup>",
              "<sub>": "</sub>", "<sc>": "</sc>"}
_OPEN_Q_OK = re.compile(r"(^|[\s(\[{\u2014\u2013/-])$")


def smart_apostrophes(s: str) -> str:
    if "'" not in s:
        return s
    # a quote opening a word after a space reads as an opening single quote
    s = re.sub(r"(^|(?<=[\s(\[]))'(?=[^\W\d_]\w)", "\u2018", s)
    return s.replace("'", "\u2019")


class TermStr(str):
    """Text that came from a locale term (note styles capitalize a term opening a note)."""

    __slots__ = ()


def _superscripts(s: str) -> Span | str:
    """Unicode superscript characters become <sup> spans of their base characters."""
    out: list[Span | str] = []
    buf = ""
    for ch in s:
        base = _SUPER.get(ch)
        if base is None:
            buf += ch
            continue
        if buf:
            out.append(buf)
            buf = ""
        out.append(Span([base], fmt=(("vertical-align", "sup"),)))
    if buf:
        out.append(buf)
    return out[0] if len(out) == 1 else Span(out)


def _super_table() -> dict[str, str]:
    import unicodedata

    t = {}
    ranges = [(0xA0, 0x2FF), (0x1D00, 0x1DBF), (0x2070, 0x209F), (0x2100, 0x214F), (0x3190, 0x319F)]
    for cp in (c for lo, hi in ranges for c in range(lo, hi + 1)):
        ch = chr(cp)
        d = unicodedata.decomposition(ch)
        if d.startswith("<super> "):
            t[ch] = "".join(chr(int(x, 16)) for x in d.split()[1:])
    # modifier letters without a <super> decomposition that citeproc-js also raises
    t.update({"\u02c0": "\u0294", "\u02c1": "\u0295", "\u06e5": "\u0648", "\u06e6": "\u064a"})
    return t


_SUPER = _super_table()
_SUPER_RE = re.compile("[" + "".join(re.escape(c) for c in _SUPER) + "]")


def parse_affix(s: str) -> Span | str:
    """Cite prefixes and suffixes: markup is parsed, but their quotation marks stay plain
    characters (citeproc-js does not move punctuation into them)."""
    if "'" in s or '"' in s or "\u2018" in s:
        if '"' in s:
            s = _DOUBLE_Q.sub(lambda m: "\u201c" + m.group(1) + "\u201d", s)
            s = _SINGLE_Q.sub(lambda m: "\u2018" + m.group(1) + "\u2019", s)
        else:  # single quotes alone read as the outer quotes
            s = _SINGLE_Q.sub(lambda m: "\u201c" + m.group(1) + "\u201d", s)
        s = smart_apostrophes(s)
    if "<" not in s and not _SUPER_RE.search(s):
        return s
    return parse_rich(s, quotes=False)


def parse_rich(s: str, quotes: bool = True) -> Span | str:
    """Parse CSL-JSON rich text (a few HTML tags, straight quotes) into a tree."""
    if not s:
        return s
    if "\u00ab" in s or "\u00bb" in s:  # spaces inside guillemets become narrow no-break spaces (citeproc-js)
        s = re.sub(r"\u00ab\s+", "\u00ab\u202f", re.sub(r"\s+\u00bb", "\u202f\u00bb", s))
    if _SUPER_RE.search(s) and "<" not in s:
        return _superscripts(s)
    if "<" not in s and '"' not in s and "'" not in s and "\u201c" not in s and "\u2018" not in s:
        return s
    # quotation pairs become quote spans (rendered with the locale's quotes, flip-flopped)
    # single quotes alone read as the outer quotes; beside double quotes, as the inner ones (citeproc-js)
    alone = '"' not in s and "\u201c" not in s
    if quotes and "'" in s:
        s = _SINGLE_Q.sub(lambda m: "\ue000" + m.group(1) + "\ue001", s)
    if quotes and "\u2018" in s:
        s = _CURLY_SQ.sub(lambda m: "\ue000" + m.group(1) + "\ue001", s)
    if quotes and '"' in s:
        s = _DOUBLE_Q.sub(lambda m: "\ue002" + m.group(1) + "\ue003", s)
    if quotes and "\u201c" in s:
        s = _CURLY_DQ.sub(lambda m: "\ue002" + m.group(1) + "\ue003", s)
    parts = _TAG.split(s)
    root = Span([])
    stack: list[tuple[Span, str]] = [(root, "")]
    for i, part in enumerate(parts):
        if i % 2 == 0:
            if part:
                stack[-1][0].children.append(smart_apostrophes(part))
            continue
        tag = part
        top_span = stack[-1][0]
        if tag in ("\ue000", "\ue002"):
            # quotes: 1 double, 2 single beside double (inner marks), 3 single alone (outer marks)
            sp = Span([], quotes=(3 if alone else 2) if tag == "\ue000" else 1)  # type: ignore[arg-type]
            top_span.children.append(sp)
            stack.append((sp, tag))
            continue
        if tag in ("\ue001", "\ue003"):
            want = "\ue000" if tag == "\ue001" else "\ue002"
            for depth in range(len(stack) - 1, 0, -1):
                if stack[depth][1] == want:
                    del stack[depth:]
                    break
            continue
        if tag in _OPEN_TAGS:
            # small caps, superscript and subscript text is left alone by text-case
            sp = Span([], fmt=(_OPEN_TAGS[tag],), nocase=tag in ("<sup>", "<sub>", "<sc>"))
            top_span.children.append(sp)
            stack.append((sp, _CLOSE_FOR[tag]))
        elif tag.startswith("<span"):
            if "nocase" in tag:
                sp = Span([], nocase=True)
            elif "nodecor" in tag:
                # nodecor text also keeps its case (citeproc-js)
                sp = Span([], fmt=(("font-style", "normal"), ("font-weight", "normal"), ("font-variant", "normal")),
                          nocase=True)
            elif "small-caps" in tag:
                sp = Span([], fmt=(("font-variant", "small-caps"),), nocase=True)
            else:
                sp = Span([], fmt=(("font-style", "normal"),))
            top_span.children.append(sp)
            stack.append((sp, "</span>"))
        else:  # a closing tag
            for depth in range(len(stack) - 1, 0, -1):
                if stack[depth][1] == tag:
                    del stack[depth:]
                    break
            else:
                top_span.children.append(tag)
    if len(root.children) == 1 and isinstance(root.children[0], str):
        return root.children[0]
    return root


# ------------------------------------------------------------------ flattening
PUNCT = frozenset(".,;:!?")
_MERGE = {
    "!": {".": "!", "?": "!?", ":": "!", ",": "!,", ";": "!;"},
    "?": {"!": "?!", ".": "?", ":": "?", ",": "?,", ";": "?;"},
    ".": {"!": ".!", "?": ".?", ":": ".:", ",": ".,", ";": ".;"},
    ":": {"!": "!", "?": "?", ".": ":", ",": ":,", ";": ":;"},
    ",": {"!": ",!", "?": ",?", ":": ",:", ".": ",.", ";": ",;"},
    ";": {"!": "!", "?": "?", ":": ";", ",": ";,", ".": ";"},
}

TEXT, OPEN, CLOSE, QCLOSE, QOPEN = 0, 1, 2, 3, 4


class _Flat:
    __slots__ = ("tokens", "fmt", "piq", "quotes", "state", "qdepth", "ntext")

    def __init__(self, fmt: Formatter, quotes: tuple[str, str, str, str], piq: bool) -> None:
        self.tokens: list[list] = []
        self.fmt = fmt
        self.quotes = quotes
        self.piq = piq
        self.state: dict[str, str] = {}
        self.qdepth = 0
        self.ntext = 0

    def add_text(self, s: str) -> None:
        if not s:
            return
        toks = self.tokens
        c = s[0]
        if c == " " or c in PUNCT:
            crossed = False
            j = len(toks) - 1
            while j >= 0:
                k = toks[j][0]
                if k == TEXT and toks[j][1]:
                    break
                if k == QCLOSE:
                    crossed = True
                elif k == QOPEN:
                    j = -1
                    break
                j -= 1
            if j >= 0:
                prev = toks[j][1]
                p = prev[-1]
                if c == " ":
                    if p == " " and not crossed:
                        s = s.lstrip(" ")
                elif crossed:
                    if self.piq and c in ".,!?":
                        # punctuation-in-quote: the mark moves inside, merging with what ends the quote
                        toks[j][1] = prev[:-1] + _MERGE[p].get(c, p) if p in PUNCT else prev + c
                        s = s[1:]
                    elif p in PUNCT and _MERGE[p].get(c, p) == p:
                        s = s[1:]
                elif p in PUNCT:
                    r = _MERGE[p].get(c, p)
                    if r == p:
                        s = s[1:]
                    elif len(r) == 1:
                        # the merged mark replaces the previous one (which may then move into a quote)
                        toks[j][1] = prev[:-1]
                        if not toks[j][1]:
                            self.ntext -= 1
                        self.add_text(r + s[1:])
                        return
        if s:
            toks.append([TEXT, s])
            self.ntext += 1

    def emit(self, node: Span | str) -> None:
        if isinstance(node, str):
            self.add_text(node)
            return
        if not node.children:
            return
        start = len(self.tokens)
        ntext = self.ntext
        fmt = self.fmt
        disp = node.display and fmt.displays.get(node.display)
        if disp:
            self.tokens.append([OPEN, disp[0]])
        self.add_text(node.prefix)
        q = node.quotes
        qsaved = self.qdepth
        if q:
            # single-quoted beside double quotes: the inner marks, even outside any quotes
            depth = 1 if q == 2 and not qsaved else qsaved
            inner = depth % 2 == 1
            self.tokens.append([QOPEN, self.quotes[2] if inner else self.quotes[0]])
            self.qdepth = depth + 1
        closes: list[tuple[str, str]] = []
        # citeproc-js applies font-style first (innermost), so the last attribute is the outermost
        for attr, val in reversed(node.fmt):
            keep = attr[-1] == "+"  # formatting applied as is, without flip-flop
            if keep:
                attr = attr[:-1]
            cur = self.state.get(attr)
            eff = val
            if not keep and attr != "vertical-align" and val == cur and val != "normal":
                eff = "normal"  # flip-flop: italic inside italic is set roman
            elif val == "normal" and cur in (None, "normal"):
                continue
            o, c = fmt.wrap(attr, eff)
            self.tokens.append([OPEN, o])
            closes.append((c, attr + "\0" + (cur or "")))
            self.state[attr] = eff
        before_children = self.ntext
        for ch in node.children:
            self.emit(ch)
        if self.ntext == before_children:
            # an empty span prints neither its affixes nor its formatting
            del self.tokens[start:]
            self.ntext = ntext
            for _c, saved in closes:
                attr, _, old = saved.partition("\0")
                if old:
                    self.state[attr] = old
                else:
                    self.state.pop(attr, None)
            self.qdepth = qsaved
            return
        for c, saved in reversed(closes):
            self.tokens.append([CLOSE, c])
            attr, _, old = saved.partition("\0")
            if old:
                self.state[attr] = old
            else:
                self.state.pop(attr, None)
        if q:
            inner = (self.qdepth - 1) % 2 == 1
            self.qdepth = qsaved
            self.tokens.append([QCLOSE, self.quotes[3] if inner else self.quotes[1]])
        self.add_text(node.suffix)
        if disp:
            self.tokens.append([CLOSE, disp[1]])

    def result(self) -> str:
        if self.fmt.name == "latex":
            return self._latex_result()
        # Adjacent pieces of text are escaped together, so that a URL split over an affix and a
        # variable ("https://doi.org/" + DOI) is seen whole by the escaper (Markdown autolinks).
        esc = self.fmt.escape
        out: list[str] = []
        run: list[str] = []
        for kind, text in self.tokens:
            if kind in (OPEN, CLOSE):
                if run:
                    out.append(esc("".join(run)))
                    run = []
                out.append(text)
            else:
                run.append(text)
        if run:
            out.append(esc("".join(run)))
        return "".join(out)

    def _latex_result(self) -> str:
        """LaTeX: URLs become \\url{…}, which reads them verbatim only outside another command."""
        from .formatters import latex_text

        out: list[str] = []
        depth = 0
        run: list[str] = []  # adjacent text (a DOI's prefix and the DOI) escaped as one
        for kind, s in self.tokens:
            if kind in (OPEN, CLOSE):
                if run:
                    out.append(latex_text("".join(run), depth > 0))
                    run = []
                depth += (s.count("{") - s.count("}")) if kind == OPEN else -(s.count("}") - s.count("{"))
                out.append(s)
            else:
                run.append(s)
        if run:
            out.append(latex_text("".join(run), depth > 0))
        return "".join(out)


def flatten(node: Span | str | None, fmt: Formatter, quotes: tuple[str, str, str, str], piq: bool) -> str:
    if node is None:
        return ""
    f = _Flat(fmt, quotes, piq)
    f.emit(node)
    return f.result()
