"""Manual pages and papers (roff source with the mdoc, man, ms or me macros) rewritten as Markdown, line for
line (but for requests such as ``.br`` that only break a line, which have no line of their own).

BSD manual pages cite their sources in ``.Rs`` … ``.Re`` reference blocks, one ``.%X`` line per part
(``.%A`` author, ``.%T`` title, ``.%B`` book, ``.%J`` journal, ``.%V`` volume, ``.%P`` pages,
``.%D`` date, …), usually under "SEE ALSO" or "REFERENCES". Each block becomes one list item on its
``.Rs`` line, its parts in the order mandoc prints them (authors, "title", book, publisher, journal,
report, number, volume, URL, pages, institution, place, date, other), the other lines of the block
blank. Section headings (``.Sh``/``.SH``) become ATX headings, paragraph macros and comments blank
lines, other macro lines the text of their arguments, roff escapes their characters.

Papers written with the ms macros (``.ms`` files) put a heading's text on the lines after a bare ``.SH``,
``.NH`` or ``.TL``, and an entry's label after ``.IP`` (``.IP [BIBA] .5i`` then the entry's lines), or
open a paragraph (``.LP``) with it (``[MILLS1992]``); those become an ATX heading and a list item. The me
macros (``.me`` files) do the same with ``.sh 1 "References"``, ``.ip`` and ``.lp``. ``.br`` and ``.nf``
break a line, not a paragraph.
"""

from __future__ import annotations

import re

from biblio.documents.inline_notes import Note, definitions

_MAN_EXTENSION = re.compile(r"\.[1-9][a-z]{0,3}$|\.man$|\.mdoc$|\.m[se]$", re.IGNORECASE)
_MACRO = re.compile(r"^[.'][ \t]*([A-Za-z%][\w%]*)[ \t]*(.*)$")
_PARTS = ("%A", "%T", "%B", "%I", "%J", "%R", "%N", "%V", "%U", "%P", "%Q", "%C", "%D", "%O")
_HEADINGS = {"Sh": "##", "SH": "##", "Ss": "###", "SS": "###", "NH": "##", "TL": "#"}
_BREAKS = frozenset({"Pp", "PP", "LP", "QP", "P", "sp", "Bl", "El", "Bd", "Ed", "TP", "HP", "RS", "RE",
                     "Lp", "TS", "TE"})
# requests that break or format a line inside a paragraph: no line of their own in the Markdown
_INLINE = frozenset({"br", "nf", "fi", "ad", "na", "ne", "in", "ti", "ft"})
_SKIPPED = frozenset({"Dd", "Dt", "Os", "TH", "Fo", "Fc", "Ft", "Lb", "In", "Rv", "St", "de", "ds", "so",
                      "nr", "ie", "el", "if", "hy", "nh", "\\\""})
_ESCAPES = (("\\&", ""), ("\\-", "-"), ("\\e", "\\"), ("\\(em", "—"), ("\\(en", "–"), ("\\(aq", "'"),
            ("\\(dq", '"'), ("\\(lq", "“"), ("\\(rq", "”"), ("\\*[lp]", "("), ("\\*[rp]", ")"), ("\\~", " "),
            ("\\ ", " "), ("\\|", ""), ("\\^", ""), ("\\:", ""), ("\\(bu", "•"), ("\\(+-", "±"), ("\\0", " "),
            ("\\**", ""), ("\\(oq", "‘"), ("\\(cq", "’"))
# groff's long form of a two-letter glyph name: \[lq] is \(lq
_LONG_GLYPH = re.compile(r"\\\[(\w\w)\]")
_FONT = re.compile(r"\\f(?:[BIRPC]|\[[A-Z]*\]|\(\w\w)|\\s[+-]?\d")
_QUOTED = re.compile(r'"([^"]*)"|(\S+)')
_PARAGRAPHS = frozenset({"PP", "LP", "Pp", "Lp", "P", "pp", "lp"})
# an ms reference list's entry opens its paragraph with its label: ".LP" then "[MILLS1992]"
_LABEL = re.compile(r"\[[^\]\s]{1,40}\](?:\s|$)")


def is_man(text: str, name: str = "") -> bool:
    """roff source of a manual page: a ``.TH`` or ``.Dd``/``.Dt`` header, or a man-page file name with macros."""
    head = text[:20000]
    if re.search(r"^\.TH\s+\S+\s+\S+", head, re.MULTILINE) or (
        re.search(r"^\.Dd\b", head, re.MULTILINE) and re.search(r"^\.Dt\s", head, re.MULTILINE)
    ):
        return True
    paragraphs = len(re.findall(r"^\.(?:Sh|SH|NH|PP|Pp|LP|IP|sh|pp|lp|ip)\b", head, re.MULTILINE))
    if _MAN_EXTENSION.search(name):
        return paragraphs >= 2
    # an ms paper: a bare heading macro (its text on the next line) among paragraph macros
    return paragraphs >= 3 and re.search(r"^\.(?:SH|NH|TL)[ \t]*$", head, re.MULTILINE) is not None


def man_markdown(text: str) -> str:
    lines = text.split("\n")
    out: list[str | None] = [""] * len(lines)
    block: dict[str, list[str]] | None = None
    start = 0
    heading: tuple[int, str] | None = None  # an ms heading macro whose text is on the lines after it
    paragraph_start = False
    defining = False
    # a man page's bare .SH heads the section with its next line; ms's, with the lines up to the next macro
    one_line = re.search(r"^\.TH\s", text, re.MULTILINE) is not None
    notes: list[list[str]] = []  # ms's .FS … .FE notes, read after the text as footnote definitions
    in_note = False
    for k, line in enumerate(lines):
        match = _MACRO.match(line)
        if in_note or (match and match.group(1) == "FS"):
            in_note = not (match and match.group(1) == "FE")
            if match and match.group(1) == "FS":
                notes.append([])
            elif in_note:
                notes[-1].append(_text(_arguments(match.group(2)) if match else line))
            out[k] = ""
            continue
        if block is not None:
            if match and (match.group(1) == "Re" or match.group(1) == "Rs" or match.group(1) in _HEADINGS):
                # a block is closed by .Re; one left open ends where the next block or section begins
                out[start] = "- " + _reference(block)
                block = None
                if match.group(1) == "Re":
                    continue
            else:
                if match and match.group(1) in _PARTS:
                    block.setdefault(match.group(1), []).append(_text(_arguments(match.group(2))))
                continue
        if defining:  # a macro's definition, up to "..": no text
            defining = line.strip() != ".."
            out[k] = ""
            continue
        if heading is not None:
            if match is None and not line.startswith(("'", ".")) and not (one_line and heading[1].strip("# ")):
                where, words = heading
                heading = (where, f"{words} {_text(line).strip()}")
                out[k] = None
                continue
            out[heading[0]] = heading[1] if heading[1].strip("# ") else ""
            heading = None
        if match is None:
            out[k] = _text(line) if not line.startswith(("'", ".")) else ""
            if paragraph_start and _LABEL.match(out[k] or ""):  # .LP then "[DMK2001]": a labelled entry
                out[k] = "- " + (out[k] or "")
            paragraph_start = False
            continue
        macro, rest = match.group(1), match.group(2)
        paragraph_start = macro in _PARAGRAPHS
        if macro == "Rs":
            block, start = {}, k
        elif macro == "de":
            defining = True
            out[k] = ""
        elif macro in _HEADINGS:
            out[k] = f"{_HEADINGS[macro]} {_text(_arguments(rest))}"
            if not rest.strip() or macro == "NH" and rest.strip().isdigit():
                heading = (k, _HEADINGS[macro])
        elif macro == "sh":  # me's numbered heading: .sh 1 "References"
            args = [m.group(1) if m.group(1) is not None else m.group(2) for m in _QUOTED.finditer(rest)]
            level = int(args[0]) if args and args[0].isdigit() else 1
            out[k] = "#" * min(level + 1, 6) + " " + _text(" ".join(args[1:] if args and args[0].isdigit() else args))
        elif macro in ("IP", "ip"):  # .IP label indent: the label opens a list item, the lines after it its text
            args = [m.group(1) if m.group(1) is not None else m.group(2) for m in _QUOTED.finditer(rest)]
            label = _text(args[0]).strip() if args else ""
            out[k] = "- " + label if label and label != "•" else ("- " if label else "")
        elif macro in _INLINE:
            out[k] = None
        elif macro in _BREAKS or macro in _SKIPPED or line.startswith(('.\\"', "'\\\"")):
            out[k] = ""
        elif macro == "Xr":  # .Xr sort 1 ,  →  sort(1),
            args = [m.group(1) if m.group(1) is not None else m.group(2) for m in _QUOTED.finditer(rest)]
            out[k] = _text(f"{args[0]}({args[1]})" + "".join(args[2:]) if len(args) >= 2 else " ".join(args))
        else:
            out[k] = _text(_arguments(rest))
    if block is not None:  # a page cut short inside a block: its parts are still a reference
        out[start] = "- " + _reference(block)
    if heading is not None:
        out[heading[0]] = heading[1]
    out += definitions([Note(n, 0, " ".join(" ".join(note).split())) for n, note in enumerate(notes, start=1)])
    return "\n".join(line for line in out if line is not None)


def _reference(parts: dict[str, list[str]]) -> str:
    authors = parts.get("%A", [])
    names = authors[0] if len(authors) == 1 else (
        " and ".join(authors) if len(authors) == 2 else ", ".join(authors[:-1]) + ", and " + authors[-1]
    )
    pieces = [names] if authors else []
    for part in _PARTS[1:]:
        for value in parts.get(part, []):
            if part == "%T" and ("%B" in parts or "%J" in parts):
                value = f"“{value}”"
            elif part in ("%B", "%J") or part == "%T":
                value = f"*{value}*"
            pieces.append(value)
    return ", ".join(p for p in pieces if p) + "."


def _arguments(rest: str) -> str:
    """A macro line's arguments as text: quotes removed, ``Ns`` joins, ``No``/``Ar``… their words."""
    words = [m.group(1) if m.group(1) is not None else m.group(2) for m in _QUOTED.finditer(rest)]
    text = ""
    joined = False
    for word in words:
        if word in ("Ns",):
            joined = True
            continue
        if word in _CALLABLE:
            continue
        if word in (".", ",", ";", ":", ")", "]", "?", "!") or joined or not text:
            text += word
        else:
            text += " " + word
        joined = False
    return text


# mdoc macros that may be called on another macro's line (their names are not text)
_CALLABLE = frozenset({"Ar", "Bq", "Dq", "Em", "Er", "Fa", "Fl", "Fn", "No", "Ns", "Op", "Pa", "Pq", "Ql", "Qq",
                       "Sq", "Sy", "Va", "Xr", "Cm", "Dv", "Ev", "Ic", "Li", "Nm", "An", "Ad", "Ap", "Aq", "Brq",
                       "Ms", "Tn", "Ux", "Bx", "Fx", "Nx", "Ox", "At", "Lk", "Mt"})


def _text(line: str) -> str:
    line = _LONG_GLYPH.sub(r"\\(\1", _FONT.sub("", line))
    for escape, char in _ESCAPES:
        line = line.replace(escape, char)
    return line.replace("\\", "").replace("``", "“").replace("''", "”")
