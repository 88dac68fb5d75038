"""An R package's CITATION file (``inst/CITATION``): R code whose ``bibentry()`` and ``citEntry()`` calls
are the references, read as the BibTeX entries they make.

Each call becomes one line of BibTeX on the call's first line (its ``header``, "To cite the posterior R
package:", standing two lines above the entry when the call spans enough lines): ``bibtype``/``entry``
is the entry type, string arguments the fields (R's escapes read), ``person("Aki", "Vehtari")`` and
``c(person(…), …)`` the names. Values the file computes (``year = year``, ``author = authors``) are not
in it and are left out. ``citHeader("…")`` stands as its text; the rest of the code is blank. The
records step reads each line as the BibTeX entry it is, exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_CALL = re.compile(r"^[ \t]*(bibentry|citEntry|citHeader|citFooter)\s*\(", re.MULTILINE)
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'', re.DOTALL)
_NAMED = re.compile(r"^\s*([A-Za-z_.][\w.]*)\s*=\s*(.*)$", re.DOTALL)
_PERSON = re.compile(r"\b(?:person|as\.person)\s*\(")
_NOT_FIELDS = frozenset({"bibtype", "entry", "header", "footer", "mheader", "mfooter", "textversion", "key",
                         "other", "textVersion"})


def is_r_citation(text: str) -> bool:
    return re.search(r"^[ \t]*(?:bibentry|citEntry)\s*\(", text, re.MULTILINE) is not None


def r_citation_text(text: str) -> str:
    lines = text.split("\n")
    out = [""] * len(lines)
    for kind, first, span, arguments in _calls(text):
        if arguments is None:
            continue
        if kind in ("citHeader", "citFooter"):
            out[first] = " ".join(_strings(arguments[0][1])) if arguments else ""
            continue
        entry = _entry(arguments)
        if entry is None:
            continue
        header = next((" ".join(_strings(value)) for name, value in arguments if name in ("header", "mheader")), "")
        if header and span >= 3:
            out[first], out[first + 2] = header, entry
        else:
            out[first] = entry
    return "\n".join(out)


def unread_calls(text: str) -> list[str]:
    """A warning for each ``bibentry()``/``citEntry()`` call that gives no reference: the user is told
    what was left out rather than losing it unseen."""
    warnings = []
    for kind, first, _, arguments in _calls(text):
        if kind in ("citHeader", "citFooter"):
            continue
        if arguments is None:
            warnings.append(f"line {first + 1}: a {kind}() call that never closes: left out")
        elif _entry(arguments) is None:
            warnings.append(f"line {first + 1}: a {kind}() call with no entry type or no field written out "
                            "(its values are computed by R code): left out")
    return warnings


def _calls(text: str) -> Iterator[tuple[str, int, int, list[tuple[str | None, str]] | None]]:
    """Each call: its function, its first line (0-based), its number of lines, its arguments (None when
    the call never closes)."""
    for match in _CALL.finditer(text):
        first = text.count("\n", 0, match.start())
        close = _closing(text, match.end())
        if close is None:
            yield match.group(1), first, 1, None
            continue
        span = text.count("\n", match.start(), close) + 1
        yield match.group(1), first, span, _arguments(text[match.end():close])


def _closing(text: str, start: int) -> int | None:
    """The index of the parenthesis closing the call opened just before `start` (strings skipped)."""
    depth, i = 1, start
    while i < len(text):
        char = text[i]
        if char in "\"'":
            string = _STRING.match(text, i)
            i = string.end() if string else i + 1
            continue
        if char == "#":  # an R comment runs to the line end
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
            continue
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return i
        i += 1
    return None


def _arguments(body: str) -> list[tuple[str | None, str]]:
    """Top-level arguments as (name or None, value text)."""
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(body):
        char = body[i]
        if char in "\"'":
            string = _STRING.match(body, i)
            i = string.end() if string else i + 1
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    parts.append(body[start:])
    named: list[tuple[str | None, str]] = []
    for part in parts:
        match = _NAMED.match(part)
        named.append((match.group(1), match.group(2).strip()) if match else (None, part.strip()))
    return named


def _strings(value: str) -> list[str]:
    return [_unescape(m.group(1) if m.group(1) is not None else m.group(2)) for m in _STRING.finditer(value)]


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": " ", "t": " "}.get(m.group(1), m.group(1)), text)


def _is_literal(value: str) -> bool:
    """A value written out in the file: strings, perhaps in c() or paste()."""
    stripped = _STRING.sub("", value)
    wrapped = re.fullmatch(r"[\s,()]*(?:(?:c|paste0?)\s*\([\s,()]*)?", stripped)
    return bool(_STRING.search(value)) and wrapped is not None


def _names(value: str) -> str | None:
    """``person("Aki", "Vehtari")``, ``c(person(…), …)``, ``as.person("A B and C D")`` as BibTeX names."""
    if _PERSON.search(value) is None:
        return " and ".join(_strings(value)) if _is_literal(value) else None
    names: list[str] = []
    for call in _PERSON.finditer(value):
        close = _closing(value, call.end())
        if close is None:
            return None
        if call.group(0).startswith("as."):
            names.extend(_strings(value[call.end():close]))
            continue
        given: list[str] = []
        family: list[str] = []
        positional = 0
        for name, part in _arguments(value[call.end():close]):
            if name in ("given", "first"):
                given = _strings(part)
            elif name in ("family", "last"):
                family = _strings(part)
            elif name is None and part:
                (given if positional == 0 else family if positional == 1 else []).extend(_strings(part))
                positional += 1
        if family:
            names.append(f"{' '.join(family)}, {' '.join(given)}" if given else "{" + " ".join(family) + "}")
        elif given:
            names.append(" ".join(given))
    return " and ".join(names) or None


def _entry(arguments: list[tuple[str | None, str]]) -> str | None:
    kind = next((" ".join(_strings(v)) for n, v in arguments if n in ("bibtype", "entry")), "")
    if not kind:
        return None
    fields: list[str] = []
    for name, value in arguments:
        if name is None or name in _NOT_FIELDS:
            continue
        if name in ("author", "editor"):
            text = _names(value)
        else:
            text = " ".join(_strings(value)) if _is_literal(value) else None
        if text:
            fields.append(f"{name.lower()} = {{{' '.join(text.split())}}}")
    key = next((" ".join(_strings(v)) for n, v in arguments if n == "key"), "") or "entry"
    return f"@{kind}{{{key}, " + ", ".join(fields) + "}" if fields else None
