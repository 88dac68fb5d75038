"""biblatex's .bbl (what biber writes): each ``\\entry{key}{type}{}`` … ``\\endentry`` holds one work's
fields, already split (``\\name{author}`` with its name parts, ``\\list{publisher}``, ``\\field{title}``,
``\\verb{doi}``). Each entry is written back as the biblatex entry it came from, one line per entry, and
read by biblio's .bib reader: the one biblatex<->CSL table maps it, names come from their parts, LaTeX is
decoded as in a .bib file. biber's own data (hashes, sort and label fields) is left out.

A .bbl cut short gives the entries it holds whole; a command cut off in the last one is left out.
"""

from __future__ import annotations

import re

# biber's marks: an entry with its type and options, and its fields as commands of their own.
_ENTRY = re.compile(r"\\entry\{([^{}]*)\}\{([^{}]*)\}\{([^{}]*)\}")
# biber's clones of related works (``\\entry{<hash>}{book}{skipbib=true,…}``): data for another entry, not listed.
_SKIPBIB = re.compile(r"\bskipbib(?:=true)?\b")
_END_ENTRY = re.compile(r"\\endentry\b")
_MARKS = re.compile(r"\\(?:refsection\{|datalist\[|field\{|name\{|list\{|strng\{)")
_COMMENT = re.compile(r"(?<!\\)%[^\n]*\n?[ \t]*")
_COMMAND = re.compile(r"\\(name|list|field|strng|range|true|false|keyw|warn|annotation|inset|set|xref|entryset"
                      r"|namepartformat|visible|options)\b")
_VERB = re.compile(r"^\s*\\verb\{([^{}]*)\}\s*$")
_VERB_LINE = re.compile(r"^\s*\\verb ?")
# biber's data about the entry, not the work's: sorting, labels, uniqueness, hashes.
_BIBER_FIELD = re.compile(r"sortinit|sortinithash|label\w*|extra\w*|datelabelsource|single\w*|unique\w*|presort"
                          r"|sortkey|crossrefsource|fullhash\w*|namehash\w*|bibnamehash\w*")
_DATE_PART = re.compile(r"(|url|orig|event)(end)?(year|month|day|dateera|dateunspecified|datecirca|dateuncertain"
                        r"|hour|minute|second|timezone|season|yeardivision)")
_MARK_WORDS = (("\\bibrangedash", "--"), ("\\bibdatedash", "--"), ("\\bibinitperiod", "."), ("\\bibinitdelim", "~"),
               ("\\bibinithyphendelim", ".-"), ("\\bibrangessep", ", "), ("\\bibnamedelima", " "),
               ("\\bibnamedelimb", " "), ("\\bibnamedelimc", " "), ("\\bibnamedelimd", " "),
               ("\\bibnamedelimi", " "))
_SKIP_NAMES = frozenset({"labelname", "shortauthor", "shorteditor", "sortname"})


def is_biblatex_bbl(text: str) -> bool:
    """biber's .bbl: entries (``\\entry{key}{type}{}``) whose fields are commands (``\\field{…}``)."""
    head = text[:20000]
    return bool(_ENTRY.search(head)) and len(set(m.group(0) for m in _MARKS.finditer(head))) >= 2


def cut_off(text: str) -> str | None:
    """A warning when a biblatex .bbl ends inside an entry (a file cut short), else None."""
    if "\\entry{" not in text or not is_biblatex_bbl(text):
        return None
    last = None
    for entry in _ENTRY.finditer(text):
        last = entry
    if last is None or _END_ENTRY.search(text, last.end()):
        return None
    line = text.count("\n", 0, last.start()) + 1
    return (f"line {line}: the .bbl ends inside entry '{last.group(1)}' (a file cut short?): "
            "its fields up to there are read")


def bbl_lines(text: str) -> tuple[list[str], list[int]]:
    """The .bbl as regular lines: a "References" heading over one list item per entry, each the
    biblatex entry it stands for; with the 1-based source line of each."""
    lines, where = ["## References"], [1]
    for number, (line, entry) in enumerate(bbl_entries(text), start=1):
        lines += ["", f"{number}. {entry}"]
        where += [line, line]
    return lines, where


def bbl_entries(text: str) -> list[tuple[int, str]]:
    """Each entry as one line of biblatex (``@article{key, title = {…}, …}``), with its source line."""
    out: list[tuple[int, str]] = []
    for match in _ENTRY.finditer(text):
        end = _END_ENTRY.search(text, match.end())
        following = _ENTRY.search(text, match.end())
        stop = min(m.start() for m in (end, following) if m) if end or following else len(text)
        fields = _fields(text[match.end() : stop])
        if fields and not _SKIPBIB.search(match.group(3)):
            body = ", ".join(f"{name} = {{{value}}}" for name, value in fields)
            out.append((text.count("\n", 0, match.start()) + 1, f"@{match.group(2)}{{{match.group(1)}, {body}}}"))
    return out


def _fields(body: str) -> list[tuple[str, str]]:
    """An entry's fields as biblatex writes them in a .bib file."""
    verbatim: list[tuple[str, str]] = []
    rest: list[str] = []
    lines = body.split("\n")
    k = 0
    while k < len(lines):
        verb = _VERB.match(lines[k])
        if verb:
            value: list[str] = []
            k += 1
            while k < len(lines) and lines[k].strip() != "\\endverb":
                value.append(_VERB_LINE.sub("", lines[k]).strip())
                k += 1
            if k < len(lines) and verb.group(1) not in ("urlraw", "file") and _balanced("".join(value)):
                verbatim.append((verb.group(1), "".join(value)))
        else:
            rest.append(lines[k])
        k += 1
    source = _COMMENT.sub("", "\n".join(rest) + "\n")
    for word, mark in _MARK_WORDS:
        source = re.sub(re.escape(word) + r"(?![A-Za-z])\s*(?:\{\})?", mark, source)
    fields: list[tuple[str, str]] = []
    dates: dict[str, str] = {}
    done = 0  # where the last command read ends: a command inside a value is text
    for command in _COMMAND.finditer(source):
        if command.start() < done:
            continue
        read = _groups(source, command.end(), {"name": 4, "list": 3, "field": 2}.get(command.group(1), 0))
        if read is None:
            continue  # cut off
        groups, done = read
        if command.group(1) == "field":
            name, text = groups
            if _DATE_PART.fullmatch(name):
                dates[name] = text.strip()
            elif not _BIBER_FIELD.fullmatch(name):
                fields.append((name, text))
        elif command.group(1) == "list":
            items = _groups_in(groups[2])
            if items:
                fields.append((groups[0], " and ".join(items)))
        elif command.group(1) == "name" and groups[0] not in _SKIP_NAMES:
            people = [_person(person) for person in _groups_in(groups[3])]
            if people and all(people):
                fields.append((groups[0], " and ".join(people)))
    return fields + _dates(dates) + verbatim


def _person(group: str) -> str:
    """One name (``{hash=…}{family={Smith},given={John}}``, or biber's older ``{…}{Smith}{S}{John}{J}{}{}{}{}``)
    as BibTeX writes it: "prefix {Family}, suffix, {Given}"."""
    parts = _groups_in(group)
    if len(parts) == 2 and "=" in parts[1]:
        named: dict[str, str] = {}
        for m in re.finditer(r"([a-z]+)=\{", parts[1]):
            end = _close(parts[1], m.end())
            if end is not None:
                named.setdefault(m.group(1), parts[1][m.end() : end])
        family, given = named.get("family", ""), named.get("given", "")
        prefix, suffix = named.get("prefix", ""), named.get("suffix", "")
    elif len(parts) >= 4:
        family, given = parts[1], parts[3]
        prefix = parts[5] if len(parts) > 5 else ""
        suffix = parts[7] if len(parts) > 7 else ""
    else:
        return ""
    if not family.strip():
        return f"{{{given}}}" if given.strip() else ""
    name = (f"{prefix} " if prefix.strip() else "") + f"{{{family}}}"
    if suffix.strip():
        name += f", {{{suffix}}}"
    return name + (f", {{{given}}}" if given.strip() else "")


def _dates(parts: dict[str, str]) -> list[tuple[str, str]]:
    """biber's date parts (``year``, ``month``, ``urlyear``, ``endyear``…) as biblatex's date fields."""
    out: list[tuple[str, str]] = []
    for prefix in ("", "url", "orig", "event"):
        year = parts.get(f"{prefix}year", "")
        if not year:
            continue
        if not year.lstrip("-").isdigit():
            out.append(("year", year) if not prefix else (f"{prefix}date", year))
            continue
        date = _ymd(year, parts.get(f"{prefix}month", ""), parts.get(f"{prefix}day", ""))
        end = parts.get(f"{prefix}endyear")
        if end is not None:  # a range; an empty end year is an open one ("1990/")
            date += "/" + (_ymd(end, parts.get(f"{prefix}endmonth", ""), parts.get(f"{prefix}endday", ""))
                           if end else "")
        out.append((f"{prefix}date", date))
    return out


def _ymd(year: str, month: str, day: str) -> str:
    date = year
    if month.isdigit():
        date += f"-{int(month):02d}"
        if day.isdigit():
            date += f"-{int(day):02d}"
    return date


def _close(text: str, start: int) -> int | None:
    """The index of the brace closing the group opened just before `start`; None when it is cut off."""
    depth = 1
    k = start
    while k < len(text):
        char = text[k]
        if char == "\\":
            k += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return None


def _groups(text: str, start: int, count: int) -> tuple[list[str], int] | None:
    """`count` brace groups following `start` (spaces between them allowed) and where they end, or None when
    cut off."""
    out: list[str] = []
    k = start
    while len(out) < count:
        while k < len(text) and text[k] in " \t\n":
            k += 1
        if k >= len(text) or text[k] != "{":
            return None
        end = _close(text, k + 1)
        if end is None:
            return None
        out.append(text[k + 1 : end])
        k = end + 1
    return out, k


def _groups_in(text: str) -> list[str]:
    """The top-level brace groups of `text`, whatever stands between them."""
    out: list[str] = []
    k = 0
    while (k := text.find("{", k)) >= 0:
        if k and text[k - 1] == "\\":
            k += 1
            continue
        end = _close(text, k + 1)
        if end is None:
            break
        out.append(text[k + 1 : end])
        k = end + 1
    return out


def _balanced(value: str) -> bool:
    return _close(value + "}", 0) == len(value)
