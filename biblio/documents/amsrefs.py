"""amsrefs bibliographies in a LaTeX source: ``\\begin{biblist}`` of ``\\bib{key}{type}{field={…}, …}``.

The American Mathematical Society's amsrefs package writes each reference as named fields in the
document itself (no ``.bib`` file), one ``author={…}`` per author. Each entry is given as the BibTeX
entry it stands for, on one line, so that the records step reads it exactly as it reads a BibTeX block
(:mod:`biblio.references.bibtex_entries`): repeated names joined by "and", ``date`` as the year (and month),
``place`` as the address, ``review`` (a MathSciNet number) left out.
"""

from __future__ import annotations

import re

__all__ = ["BEGIN", "END", "bib_entries"]

BEGIN = re.compile(r"\\begin\s*\{biblist\}(?:\s*\[[^\]]*\])?(?:\*\{[^{}]*\})?")
END = re.compile(r"\\end\s*\{biblist\}")
_BIB = re.compile(r"\\bib\*?\s*\{([^{}]*)\}\s*\{([A-Za-z]+)\}\s*\{")
_FIELD = re.compile(r"\s*([A-Za-z]+)\s*=\s*")
_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?")
_NAMES = ("author", "editor", "translator")
_RENAMED = {"place": "address", "organization": "organization"}
_DROPPED = frozenset({"review", "label", "status", "language"})


def _balanced(text: str, start: int) -> int:
    """The index just after the brace group opening at ``text[start] == "{"``."""
    depth = 0
    for k in range(start, len(text)):
        if text[k] == "{" and (k == 0 or text[k - 1] != "\\"):
            depth += 1
        elif text[k] == "}" and (k == 0 or text[k - 1] != "\\"):
            depth -= 1
            if depth == 0:
                return k + 1
    return len(text)


def _fields(body: str) -> list[tuple[str, str]]:
    """``name={value}`` pairs of an entry's body, in order; a value without braces runs to the comma."""
    out: list[tuple[str, str]] = []
    k = 0
    while k < len(body):
        m = _FIELD.match(body, k)
        if m is None:
            k += 1
            continue
        k = m.end()
        if k < len(body) and body[k] == "{":
            end = _balanced(body, k)
            out.append((m.group(1).lower(), body[k + 1 : end - 1]))
            k = end
        else:
            end = body.find(",", k)
            end = len(body) if end < 0 else end
            out.append((m.group(1).lower(), body[k:end].strip()))
            k = end
        while k < len(body) and body[k] in ", \t\n":
            k += 1
    return out


def _bibtex(key: str, kind: str, fields: list[tuple[str, str]]) -> str:
    names: dict[str, list[str]] = {}
    rest: list[tuple[str, str]] = []
    for name, value in fields:
        value = " ".join(value.split())
        if name in _NAMES:
            names.setdefault(name, []).append(value)
        elif name == "date" and (date := _DATE.match(value)):
            rest.append(("year", date.group(1)))
            if date.group(2):
                rest.append(("month", str(int(date.group(2)))))
        elif name == "book":  # the book a chapter is in: book={title={…}, publisher={…}, …}
            inner = dict(_fields(value))
            rest += [("booktitle" if k == "title" else _RENAMED.get(k, k), " ".join(v.split()))
                     for k, v in inner.items() if k not in _DROPPED and k not in _NAMES and k != "date"]
        elif name not in _DROPPED:
            rest.append((_RENAMED.get(name, name), value))
    parts = [f"{role} = {{{' and '.join(people)}}}" for role, people in names.items()]
    parts += [f"{name} = {{{value}}}" for name, value in rest]
    return f"@{kind}{{{key}, " + ", ".join(parts) + "}"


def bib_entries(text: str) -> list[tuple[int, str]]:
    """Each ``\\bib`` entry of ``text`` as (its 0-based offset, its BibTeX entry on one line)."""
    entries: list[tuple[int, str]] = []
    for m in _BIB.finditer(text):
        end = _balanced(text, m.end() - 1)
        entries.append((m.start(), _bibtex(m.group(1).strip(), m.group(2).lower(), _fields(text[m.end() : end - 1]))))
    return entries
