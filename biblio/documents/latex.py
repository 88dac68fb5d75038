"""LaTeX sources (.tex, .bbl): the bibliography a paper carries, as regular lines.

A paper's references are its ``thebibliography`` environment, written by hand or pasted from
BibTeX's .bbl (as arXiv submissions carry it): each ``\\bibitem[label]{key}`` starts an entry.
The environment becomes a heading ("References", or "Bibliography" in a report, book or thesis,
as LaTeX prints it) over a list, one item per entry; sectioning commands become headings and the
body its prose, so the finder and the splitter read the source as they read any document.

An entry's LaTeX becomes plain text with Markdown emphasis: ``{\\em …}``/``\\emph{…}`` are
italics, ``\\url``/``\\href`` addresses, accents (``{\\'c}``) letters, ``--`` a dash, ``~`` a
space; macros without arguments that the source defines (``\\newcommand{\\apj}{ApJ}``, as journal
abbreviations are) are expanded; other commands go, their arguments' text stays.
"""

from __future__ import annotations

import re
import unicodedata

from biblio.documents.inline_notes import lift_notes

_COMMENT = re.compile(r"(?<!\\)%.*$")
_BEGIN_BIB = re.compile(r"\\begin\s*\{thebibliography\}(?:\s*\{[^{}]*\})?")
_END_BIB = re.compile(r"\\end\s*\{thebibliography\}")
# \bibitem[{Almgren} et~al., 2010]{castro}: the optional label may hold two levels of braces (BibTeX's alpha
# style writes \bibitem[GHKS{\etalchar{+}}25]{key} for a work of more than four authors).
_BIBITEM = re.compile(r"\\bibitem\s*(?:\[((?:[^\[\]{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\])?\s*\{[^{}]*\}")
_SECTION = re.compile(
    r"\\(part|chapter|section|subsection|subsubsection|paragraph)\*?\s*(?:\[[^\]]*\])?\s*\{((?:[^{}]|\{[^{}]*\})*)\}"
)
# Beamer's frame titles are the slides' headings ("\begin{frame}{References}", "\frametitle{…}").
_FRAME = re.compile(r"\\begin\s*\{frame\}(?:\s*<[^>]*>)?(?:\s*\[[^\]]*\])?\s*\{((?:[^{}]|\{[^{}]*\})*)\}"
                    r"|\\frametitle\s*\{((?:[^{}]|\{[^{}]*\})*)\}")
# pandoc's LaTeX for a citeproc bibliography: anchors before each entry and the CSLReferences environment
# ("\leavevmode\vadjust pre{\hypertarget{ref-x}{}}%", "\begin{CSLReferences}{1}{0}"): no text.
_PANDOC_ANCHORS = re.compile(
    r"\\leavevmode\\vadjust\s*pre\s*\{\\hypertarget\{[^{}]*\}\{\}\}%?|(?:\\protect)?\\hypertarget\{[^{}]*\}\{\}%?"
    r"|\\(?:begin|end)\s*\{CSLReferences\}(?:\s*\{[^{}]*\}){0,2}"
)
_HEADING_LEVEL = {"part": 2, "chapter": 2, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5}
_DOCUMENT_CLASS = re.compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{([^{}]*)\}")
# Classes whose bibliography LaTeX heads "Bibliography" (\bibname) rather than "References" (\refname).
_BIBNAME_CLASSES = re.compile(r"report|book|thesis|memoir", re.IGNORECASE)
# A heading's name written in words alone (no macro, accent command or group to read).
_PLAIN_NAME = re.compile(r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)*")
# Macros without arguments the source defines: \newcommand{\apj}{ApJ}, \def\apj{ApJ}.
_MACRO = re.compile(
    r"\\(?:(?:re|provide)?newcommand\*?\s*\{?\\([A-Za-z]+)\}?|def\s*\\([A-Za-z]+))\s*\{((?:[^{}]|\{[^{}]*\})*)\}"
)
_BEGIN_DOCUMENT = re.compile(r"\\begin\s*\{document\}")
# A note written where it is called: \footnote[3]{…}, \endnote{…}.
_FOOTNOTE = re.compile(r"\\(?:footnote|endnote)\s*(?:\[[^\]]*\])?\s*\{")
# Citations and cross-references in the body: their keys are no text.
_CITE = re.compile(r"\\(?:[Cc]ite[a-z]*|[a-z]*ref|label)\*?(?:\s*\[[^\]]*\])*\s*\{[^{}]*\}")
_ITALIC_SWITCH = re.compile(r"\{\\(?:em|it|itshape|sl|slshape)\b\s*")
_ITALIC_COMMAND = re.compile(r"\\(?:emph|textit|textsl)\s*\{")
# bold words (a number in bold is a volume, set plain): no braces inside, a letter and a space after it (checked in
# ``_bold_words``: three runs of ``[^{}]*`` in one pattern backtrack cubically on an unclosed brace)
_BOLD_WORDS = re.compile(r"\\textbf\s*\{([^{}]*)\}")
_WORD_LETTER = re.compile(r"[^\W\d_]")
_SPACE_CHAR = re.compile(r"\s")
_LINK = re.compile(r"\\href\s*\{([^{}]*)\}\s*\{((?:[^{}]|\{[^{}]*\})*)\}")
_URL = re.compile(r"\\(?:url|path|nolinkurl)\s*\{([^{}]*)\}")
_DOI = re.compile(r"\\doi\s*\{([^{}]*)\}")
_SKIP_GLUE = re.compile(r"\\hskip\s*[\d.]+\s*\w+(?:\s*plus\s*[\d.]+\s*\w+)?(?:\s*minus\s*[\d.]+\s*\w+)?")
# natbib's styles break lines with \penalty0 ("82\penalty0 (4):\penalty0 711"): the number is no text.
_PENALTY = re.compile(r"\\penalty\s*-?\d+")
# A \bibitem whose [label] runs on to the next line (natbib writes long author lists there).
_OPEN_BIBITEM = re.compile(r"\\bibitem\s*\[")
# An accented letter (\'e, \"{u}, \c c, \"{\i}) or a letter command (\ss, \o, \L): decoded as a .bib field is
_LETTER = re.compile(
    r"\\(?:[\'`^\"~=.]|[cvuHkr](?![A-Za-z]))\s*(?:\{\s*\\?[A-Za-z]\s*\}|\\?[A-Za-z])"
    r"|\\(?:ss|o|O|ae|AE|oe|OE|aa|AA|l|L|i|j)(?![A-Za-z])\s*(?:\{\})?"
)
_ESCAPED = re.compile(r"\\([&%$#_{}])")
_SPACING = re.compile(r"\\[,;:! ]|\\\\(?:\[[^\]]*\])?")
_COMMAND = re.compile(r"\\[A-Za-z]+\*?")
_ENVIRONMENT = re.compile(r"\\(?:begin|end)\s*\{[^{}]*\}(?:\s*\{[^{}]*\})?")
_SPACES = re.compile(r"\s+")


def is_latex(text: str) -> bool:
    """A LaTeX source: a preamble, or a bibliography environment as a .bbl holds it."""
    head = text.lstrip()[:2000]
    from biblio.documents.biblatex_bbl import is_biblatex_bbl

    return is_biblatex_bbl(text) or head.startswith(("\\documentclass", "\\begin{thebibliography}")) or bool(
        _DOCUMENT_CLASS.search(head) and _BEGIN_DOCUMENT.search(text)
    )


# A program writing or templating a LaTeX document holds its bibliography in its strings: one string over
# many lines (``r"""\\begin{thebibliography}…"""``), or a string a line, each passed to a call or continued
# (``W(r'\\bibitem{H67} …')``, ``fprintf(f, "\\\\bibitem{x}\\n"``, ``'\\\\bibitem{k} …',``).
_STRING_LINE = re.compile(r"""^\s*(?:[\w.>-]+\s*\((?:[^'"()]*,\s*)?)?([rRbBuUfF]{0,2})(["'])(.*)\2\s*\)?\s*[;,]?\s*$""")
_STRING_ESCAPE = re.compile(r"\\(.)")
_STRING_ESCAPES = {"n": "", "t": " ", "\\": "\\", '"': '"', "'": "'"}


def embedded_bibliography(text: str) -> str | None:
    """The ``thebibliography`` environments a source file's strings hold, as LaTeX at their own lines (the other
    lines blank, so line numbers stay the file's); None when it holds none with an entry."""
    if "thebibliography" not in text or "bibitem" not in text:
        return None
    lines = text.split("\n")
    out = [""] * len(lines)
    found = False
    for begin in _BEGIN_BIB.finditer(text):
        end = _END_BIB.search(text, begin.end())
        if end is None or "bibitem" not in text[begin.end():end.start()]:
            continue
        first, last = text.count("\n", 0, begin.start()), text.count("\n", 0, end.end())
        span = lines[first:last + 1]
        strings = [_STRING_LINE.match(line) for line in span]
        if all(m is not None or not line.strip() for m, line in zip(strings, span, strict=True)):
            span = [_string_text(m) if m is not None else "" for m in strings]
        else:  # one string over the lines: the environment from its \begin to its \end
            start = begin.start() - (text.rfind("\n", 0, begin.start()) + 1)
            span[-1] = span[-1][: end.end() - (text.rfind("\n", 0, end.end()) + 1)]
            span[0] = span[0][start:]
        out[first:last + 1] = span
        found = True
    return "\n".join(out) if found else None


def _string_text(m: re.Match[str]) -> str:
    """A string literal's text: its escapes read unless it is raw, a format string's doubled braces single."""
    flags, body = m.group(1).lower(), m.group(3)
    if "r" not in flags:
        body = _STRING_ESCAPE.sub(lambda e: _STRING_ESCAPES.get(e.group(1), e.group(0)), body)
    return body.replace("{{", "{").replace("}}", "}") if "f" in flags else body


def _amsrefs_lists(text: str) -> dict[int, tuple[int, list[tuple[int, str]]]]:
    """amsrefs' ``biblist`` environments: first line -> (last line, [(line, BibTeX entry)])."""
    from biblio.documents.amsrefs import BEGIN, END, bib_entries

    lists: dict[int, tuple[int, list[tuple[int, str]]]] = {}
    for begin in BEGIN.finditer(text):
        end = END.search(text, begin.end())
        stop = end.start() if end else len(text)
        first = text.count("\n", 0, begin.start()) + 1
        bibs = [(text.count("\n", 0, begin.end() + at) + 1, entry)
                for at, entry in bib_entries(text[begin.end() : stop])]
        lists[first] = (text.count("\n", 0, stop) + 1, bibs)
    return lists


def latex_lines(text: str) -> tuple[list[str], list[int]]:
    """The source as regular lines, and the 1-based source line of each."""
    from biblio.documents.biblatex_bbl import bbl_lines, is_biblatex_bbl

    if is_biblatex_bbl(text):
        return bbl_lines(text)
    source = [_PANDOC_ANCHORS.sub("", _COMMENT.sub("", line)) for line in text.split("\n")]
    body, notes = lift_notes("\n".join(source), _FOOTNOTE)
    source = body.split("\n")
    macros = _macros(body)
    document_class = _DOCUMENT_CLASS.search(text)
    book = bool(document_class and _BIBNAME_CLASSES.search(document_class.group(1)))
    # the heading LaTeX prints: the class's, or the name the source gives it (\renewcommand{\refname}{Referencias})
    renamed = macros.get("bibname" if book else "refname", "").strip()
    heading = renamed if _PLAIN_NAME.fullmatch(renamed) else "Bibliography" if book else "References"
    in_body = not _BEGIN_DOCUMENT.search(text)  # a .bbl or a fragment has no preamble
    lines: list[str] = []
    where: list[int] = []
    entry: list[str] = []
    entry_line = 0
    marker = ""
    number = 0
    in_bibliography = False
    pending, pending_line = "", 0  # an unfinished \\bibitem[label carried to the next line, and its line
    blocks: set[int] = set()  # indexes of headings and entries
    ams = _amsrefs_lists("\n".join(source))
    skip_to = 0  # the last line of an amsrefs list being skipped

    def block(line: str, at: int) -> None:
        """A heading or an entry: a block of its own, blank lines around it."""
        if lines and lines[-1]:
            lines.append("")
            where.append(at)
        lines.append(line)
        where.append(at)
        blocks.add(len(lines) - 1)

    def flush() -> None:
        nonlocal entry
        body = latex_inline(" ".join(entry), macros, entry=True)
        if body:
            block(f"{marker} {body}", entry_line)
        entry = []

    for index, raw in enumerate(source, start=1):
        if not in_body:
            in_body = bool(_BEGIN_DOCUMENT.search(raw))
            continue
        if index <= skip_to:
            continue
        if index in ams:  # amsrefs: each \bib entry as the BibTeX entry it stands for, read exactly
            skip_to, bibs = ams[index]
            block(f"## {heading}", index)
            for at, entry_text in bibs:
                block(entry_text, at)
            continue
        if not in_bibliography:
            begin = _BEGIN_BIB.search(raw)
            if begin:
                in_bibliography, entry = True, []
                block(f"## {heading}", index)
                raw = raw[begin.end() :]
            else:
                section = _SECTION.search(raw)
                frame = _FRAME.search(raw) if section is None else None
                if section:
                    title = latex_inline(section.group(2), macros).replace("*", "")
                    block(f"{'#' * _HEADING_LEVEL[section.group(1)]} {title}", index)
                elif frame:
                    title = latex_inline(frame.group(1) or frame.group(2), macros).replace("*", "")
                    block(f"## {title}", index)
                else:
                    prose = latex_inline(_CITE.sub("", raw), macros)
                    if prose and len(lines) - 1 in blocks:
                        lines.append("")
                        where.append(index)
                    if prose or (lines and lines[-1]):
                        lines.append(prose)
                        where.append(index)
                continue
        end = _END_BIB.search(raw)
        carried = len(pending)
        part = pending + (raw[: end.start()] if end else raw)
        items = list(_BIBITEM.finditer(part))
        opened = _OPEN_BIBITEM.search(part, items[-1].end() if items else 0)
        if opened and not end:  # the label closes on a later line: read them together
            pending_line = pending_line if opened.start() < carried else index
            pending, part = part[opened.start() :] + " ", part[: opened.start()]
        else:
            pending = ""
        start = 0
        for item in items:
            if entry_line:
                entry.append(part[start : item.start()])
                flush()
            number += 1
            label = latex_inline(item.group(1) or "", macros)
            marker = f"{label}." if label.isdigit() else ("-" if label else f"{number}.")
            entry_line, start = (pending_line if item.start() < carried else index), item.end()
        if entry_line:
            entry.append(part[start:])
        if end:
            if entry_line:
                flush()
            in_bibliography, entry_line, number = False, 0, 0
    if in_bibliography and entry_line:
        flush()
    for note in notes:  # the page's notes, read where Markdown's are
        lines += ["", f"[^{note.number}]: {latex_inline(_CITE.sub('', note.text), macros)}"]
        where += [note.line, note.line]
    return lines, where


def _macros(text: str) -> dict[str, str]:
    """Macros the source defines without arguments, by name ("apj" -> "ApJ")."""
    return {m.group(1) or m.group(2): m.group(3) for m in _MACRO.finditer(text)}


def latex_inline(text: str, macros: dict[str, str] | None = None, entry: bool = False) -> str:
    """LaTeX text as plain text with Markdown emphasis and links; in a reference `entry`, words in bold (the
    title, as ABNT sets it: ``OLLAMA. \\textbf{Ollama Cloud Documentation}.``) as Markdown bold."""
    for _ in range(2):  # a macro may use another
        if macros and "\\" in text:
            text = re.sub(r"\\([A-Za-z]+)(?![A-Za-z])\s*(?:\{\})?", lambda m: macros.get(m.group(1), m.group(0)), text)
    text = _ENVIRONMENT.sub(" ", text.replace("\\newblock", " ").replace("\\relax", ""))
    text = _PENALTY.sub(" ", _SKIP_GLUE.sub(" ", text))
    text = _LINK.sub(lambda m: f"[{m.group(2)}]({_verbatim(m.group(1))})", text)
    text = _URL.sub(lambda m: _verbatim(m.group(1)), text)
    text = _DOI.sub(lambda m: f"doi:{m.group(1)}", text)
    if "\\" in text:
        # (the .bib decoder: pybtex and pylatexenc, loaded on use)
        from biblio.formats.bibtex.latex import decode, tex_logos

        text = _LETTER.sub(lambda m: decode(m.group(0)), tex_logos(text))
    text = _italics(text)
    if entry and "\\textbf" in text:
        text = _BOLD_WORDS.sub(_bold_words, text)
    text = _ESCAPED.sub(lambda m: "\ue003" if m.group(1) in "{}" else m.group(1), text)
    text = _SPACING.sub(" ", text)
    text = _COMMAND.sub("", text)
    text = text.replace("{", "").replace("}", "").replace("\ue003", "").replace("$", "")
    text = text.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”").replace("~", " ")
    text = text.replace(_TILDE, "~").replace(_HYPHEN, "-")
    return unicodedata.normalize("NFC", _SPACES.sub(" ", text)).strip()


_TILDE, _HYPHEN = "\ue004", "\ue005"


def _verbatim(address: str) -> str:
    """An address as \\url prints it: ``~`` and ``--`` are themselves there, not a space and a dash."""
    return address.replace("~", _TILDE).replace("-", _HYPHEN)


def _bold_words(m: re.Match[str]) -> str:
    """``\\textbf{x y}`` as ``**x y**`` where a letter and a space after it are inside, else left as written."""
    inner = m.group(1)
    letter = _WORD_LETTER.search(inner)
    if letter is None or _SPACE_CHAR.search(inner, letter.end()) is None:
        return m.group(0)
    return f"**{inner.strip()}**"


def _italics(text: str) -> str:
    """``{\\em x}``, ``\\emph{x}`` and the like as ``*x*`` (braces balanced; nesting keeps the outer)."""
    for pattern in (_ITALIC_SWITCH, _ITALIC_COMMAND):
        while (m := pattern.search(text)) is not None:
            close = _closing_brace(text, m.end())
            inner = text[m.end() : close].strip()
            text = text[: m.start()] + (f"*{inner}*" if inner else "") + text[close + 1 :]
    return text


def _closing_brace(text: str, start: int) -> int:
    depth = 1
    for index in range(start, len(text)):
        char = text[index]
        if char == "{" and text[index - 1] != "\\":
            depth += 1
        elif char == "}" and text[index - 1] != "\\":
            depth -= 1
            if depth == 0:
                return index
    return len(text)
