"""Manual pages (roff source with the mdoc or man macros) rewritten as Markdown, line for line.

BSD manual pages cite their sources in ``.Rs`` … ``.Re`` reference blocks, one ``.%X`` line per part
(``.%A`` author, ``.%T`` title, ``.%B`` book, ``.%J`` journal, ``.%V`` volume, ``.%P`` pages,
``.%D`` date, …), usually under "SEE ALSO" or "REFERENCES". Each block becomes one list item on its
``.Rs`` line, its parts in the order mandoc prints them (authors, "title", book, publisher, journal,
report, number, volume, URL, pages, institution, place, date, other), the other lines of the block
blank. Section headings (``.Sh``/``.SH``) become ATX headings, paragraph macros and comments blank
lines, other macro lines the text of their arguments, roff escapes their characters.
"""

from __future__ import annotations

import re

_MAN_EXTENSION = re.compile(r"\.[1-9][a-z]{0,3}$|\.man$|\.mdoc$", re.IGNORECASE)
_MACRO = re.compile(r"^[.'][ \t]*([A-Za-z%][\w%]*)[ \t]*(.*)$")
_PARTS = ("%A", "%T", "%B", "%I", "%J", "%R", "%N", "%V", "%U", "%P", "%Q", "%C", "%D", "%O")
_HEADINGS = {"Sh": "##", "SH": "##", "Ss": "###", "SS": "###"}
_BREAKS = frozenset({"Pp", "PP", "LP", "P", "sp", "br", "Bl", "El", "Bd", "Ed", "TP", "IP", "HP", "RS", "RE",
                     "Lp", "nf", "fi", "ad", "na", "ne", "in", "ti", "ft", "TS", "TE"})
_SKIPPED = frozenset({"Dd", "Dt", "Os", "TH", "Fo", "Fc", "Ft", "Lb", "In", "Rv", "St", "de", "ds", "so",
                      "nr", "ie", "el", "if", "hy", "nh", "\\\""})
_ESCAPES = (("\\&", ""), ("\\-", "-"), ("\\e", "\\"), ("\\(em", "—"), ("\\(en", "–"), ("\\(aq", "'"),
            ("\\(dq", '"'), ("\\(lq", "“"), ("\\(rq", "”"), ("\\*[lp]", "("), ("\\*[rp]", ")"), ("\\~", " "),
            ("\\ ", " "), ("\\|", ""), ("\\^", ""), ("\\:", ""))
_FONT = re.compile(r"\\f(?:[BIRPC]|\[[A-Z]*\]|\(\w\w)")
_QUOTED = re.compile(r'"([^"]*)"|(\S+)')


def is_man(text: str, name: str = "") -> bool:
    """roff source of a manual page: a ``.TH`` or ``.Dd``/``.Dt`` header, or a man-page file name with macros."""
    head = text[:20000]
    if re.search(r"^\.TH\s+\S+\s+\S+", head, re.MULTILINE) or (
        re.search(r"^\.Dd\b", head, re.MULTILINE) and re.search(r"^\.Dt\s", head, re.MULTILINE)
    ):
        return True
    return bool(_MAN_EXTENSION.search(name)) and len(re.findall(r"^\.(?:Sh|SH|PP|Pp)\b", head, re.MULTILINE)) >= 2


def man_markdown(text: str) -> str:
    lines = text.split("\n")
    out = [""] * len(lines)
    block: dict[str, list[str]] | None = None
    start = 0
    for k, line in enumerate(lines):
        match = _MACRO.match(line)
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
        if match is None:
            out[k] = _text(line) if not line.startswith(("'", ".")) else ""
            continue
        macro, rest = match.group(1), match.group(2)
        if macro == "Rs":
            block, start = {}, k
        elif macro in _HEADINGS:
            out[k] = f"{_HEADINGS[macro]} {_text(_arguments(rest))}"
        elif macro in _BREAKS or macro in _SKIPPED or line.startswith(('.\\"', "'\\\"")):
            out[k] = ""
        elif macro == "Xr":  # .Xr sort 1 ,  →  sort(1),
            args = [m.group(1) if m.group(1) is not None else m.group(2) for m in _QUOTED.finditer(rest)]
            out[k] = _text(f"{args[0]}({args[1]})" + "".join(args[2:]) if len(args) >= 2 else " ".join(args))
        else:
            out[k] = _text(_arguments(rest))
    if block is not None:  # a page cut short inside a block: its parts are still a reference
        out[start] = "- " + _reference(block)
    return "\n".join(out)


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
    line = _FONT.sub("", line)
    for escape, char in _ESCAPES:
        line = line.replace(escape, char)
    return line.replace("\\", "")
