"""reStructuredText (Sphinx and docutils sources) rewritten as Markdown, line for line.

Section titles (underlined, or over- and underlined) become ATX headings, their
levels in the order the document first uses each adornment; citations and
footnotes (``.. [Name2010] …``, ``.. [1] …``) become list items; a ``topic`` or
``rubric`` titled like a heading (``.. topic:: References:``) becomes a heading
over its body; other directives, comments, targets and literal blocks become
blank lines. Inline markup keeps its text: `` `Title <url>`_ `` becomes a
Markdown link, roles and interpreted text their text. One output line per input
line, so line numbers stay the document's.
"""

from __future__ import annotations

import re

_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:._])\1{2,}\s*$")
_EXPLICIT = re.compile(r"^(\s*)\.\.(?:\s+|$)(.*)$")
_DIRECTIVE = re.compile(r"^([\w:.-]+)::\s*(.*)$")
_CITATION = re.compile(r"^\[(#?[\w.:+-]*)\](?:\s+(.*))?$")  # the text may start on the next line
# a substitution definition ("|br| raw:: html" over "<br/>", "|project| replace:: Squidpy") and its body
_SUBSTITUTION = re.compile(
    r"^\.\.[ \t]+\|([^|\n]+)\|[ \t]+(raw|replace)::[ \t]*(.*)\n?((?:[ \t]*\n)*(?:[ \t]+\S.*(?:\n|$))*)", re.MULTILINE
)
_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
_LIST_LIKE = re.compile(r"^(\d{1,9})([.)])(?=\s|$)|^([-+*])(?=\s)")
# Directives whose body is document text; a titled topic or rubric stands as a heading.
_TEXT_BODIES = frozenset(
    {"topic", "rubric", "container", "only", "sidebar", "compound", "admonition", "dropdown", "card"}
)
_HEADING_DIRECTIVES = frozenset({"topic", "rubric", "sidebar", "admonition", "dropdown"})
_LITERAL_INTRO = re.compile(r"::\s*$")
_ENUMERATOR = re.compile(r"^(\s*)#\.(\s+)")
# A line block's bar ("| *Author*,", also right after an item's enumerator: "1. | …"): each line of the block
# is a line of text. A grid table's row ends with its bar too and stays.
_LINE_BLOCK = re.compile(r"^(\s*(?:(?:\d{1,9}|#)[.)]\s+|[-+*]\s+)?)\|(?:[ \t]+|$)(?!.*\|\s*$)")

_LINK = re.compile(r"`([^`<>]+?)(\s*)<([^`<>\s]+)>`__?")
_ROLE = re.compile(r":([\w:+.-]+):`([^`\n]+?)(?:\s*<[^`>\n]+>)?`")
# Sphinx's autosectionlabel target "document:Section title": the reader sees the section's title.
_SECTION_LABEL = re.compile(r"^[\w./-]+:(?=\S.*\s)(.+)$")
_LITERAL = re.compile(r"``(.+?)``")
_INTERPRETED = re.compile(r"(?<![\w`])`([^`\n]+?)`_{0,2}(?![\w`])")
# a run of citation calls, "[1]_, [2]_", with the space before it
_CALLS = re.compile(r"\s*(?<![\w\[])\[[\w.:+-]+\]_(?:\s*,\s*\[[\w.:+-]+\]_)*(?!\w)")
_COLON_STOP = re.compile(r":\.(?=\s|$)")
# A named hyperlink target ".. _`Title of the paper`: https://…" (its name and address may run over lines)
# and the references to it, "`Title of the paper`_".
_NAMED_TARGET = re.compile(
    r"^\.\. _(?:`(?P<quoted>[^`]+)`|(?P<plain>[^:`\n]+)):[ \t]*\n?[ \t]*(?P<url>https?://\S+)[ \t]*$", re.MULTILINE
)
_NAMED_REFERENCE = re.compile(r"(?<![\w`])`(?P<name>[^`<>]+)`_(?![\w_])")


def is_rst_citation_list(text: str) -> bool:
    """Text holding several reStructuredText citations (a pasted Sphinx bibliography)."""
    return len(re.findall(r"^\.\. \[[\w.:+-]+\] \S", text, re.MULTILINE)) >= 2


def rst_markdown(text: str) -> str:
    if "|" in text and ".. |" in text:
        text = _substituted(text)
    # a hyperlink whose target is on the next line keeps its line break inside the link text
    text = _LINK.sub(
        lambda m: f"[{m.group(1).rstrip()}{m.group(2) if chr(10) in m.group(2) else ''}]({m.group(3)})", text
    )
    text = _named_links(text)
    lines = text.split("\n")
    out = list(lines)
    levels: list[tuple[str, bool]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        title = _title_at(lines, i)
        if title is not None:
            first, length, key = title
            if key not in levels:
                levels.append(key)
            for k in range(first, first + length):
                out[k] = ""
            heading = lines[first + 1] if key[1] else lines[first]
            out[first + (1 if key[1] else 0)] = "#" * min(levels.index(key) + 1, 6) + " " + _inline(heading.strip())
            i = first + length
            continue
        explicit = _EXPLICIT.match(line)
        if explicit:
            i = _explicit(lines, out, i, explicit.group(1), explicit.group(2))
            continue
        if _LITERAL_INTRO.search(line) and line.strip():
            out[i] = _inline(_LITERAL_INTRO.sub(":" if line.strip() != "::" else "", line))
            i = _blank_block(lines, out, i + 1, _indent(line))
            continue
        out[i] = _inline(_ENUMERATOR.sub(r"\g<1>1.\2", _LINE_BLOCK.sub(r"\1", line) if "|" in line else line))
        i += 1
    return "\n".join(out)


def _title_at(lines: list[str], i: int) -> tuple[int, int, tuple[str, bool]] | None:
    """(first line, number of lines, adornment) of a section title starting at line `i`."""
    line = lines[i]
    over = _ADORNMENT.match(line)
    if over and i + 2 < len(lines) and lines[i + 1].strip() and lines[i + 2].strip() == line.strip():
        return i, 3, (over.group(1), True)
    if (
        line.strip()
        and not line[0].isspace()
        and i + 1 < len(lines)
        and not _ADORNMENT.match(line)
        and (under := _ADORNMENT.match(lines[i + 1]))
        and len(lines[i + 1].strip()) >= len(line.strip())
        and (i == 0 or not lines[i - 1].strip())
    ):
        return i, 2, (under.group(1), False)
    return None


def _explicit(lines: list[str], out: list[str], i: int, indent: str, rest: str) -> int:
    """Rewrite the explicit markup block (directive, citation, comment, target) at line `i`."""
    citation = _CITATION.match(rest)
    if citation:
        text_line = i + 1
        if citation.group(2) is None:  # the label alone on its line: the text is the indented block below it
            if text_line >= len(lines) or not lines[text_line].strip() or _indent(lines[text_line]) <= len(indent):
                out[i] = ""
                return text_line
            citation = _CITATION.match(f"{rest} {lines[text_line].strip()}")
            assert citation is not None
            out[i] = ""
            i, text_line = text_line, text_line + 1  # the item starts on its text's first line
        # "1976. R. H. Lathwell. …" after the label is text, not the marker of a Markdown list inside the item
        entry = _LIST_LIKE.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}",
                               _inline(citation.group(2)))
        if citation.group(1).startswith("#") and not indent:
            # an auto-numbered footnote ([#] or [#name]) is a note: a Markdown footnote, read as notes are
            out[i] = f"[^{citation.group(1)[1:] or i + 1}]: {entry}"
            return _keep_block(lines, out, text_line, 0, 4)
        out[i] = f"{indent}- {entry}"
        return _keep_block(lines, out, text_line, len(indent), len(indent) + 2)
    directive = _DIRECTIVE.match(rest)
    if directive and directive.group(1) in _TEXT_BODIES:
        name, argument = directive.groups()
        out[i] = ""
        if name in _HEADING_DIRECTIVES and argument.strip():
            out[i] = "#### " + _inline(argument.strip().rstrip(":"))
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) > len(indent)):
            if lines[j].strip().startswith(":") and j == i + 1:  # the directive's options
                out[j] = ""
            j += 1
        body = [k for k in range(i + 1, j) if lines[k].strip()]
        depth = min((_indent(lines[k]) for k in body), default=0)
        for k in range(i + 1, j):
            if out[k]:
                out[k] = lines[k][depth:]
        sub = "\n".join(out[i + 1 : j])
        out[i + 1 : j] = rst_markdown(sub).split("\n") if sub else out[i + 1 : j]
        return j
    out[i] = ""
    return _blank_block(lines, out, i + 1, len(indent))


def _keep_block(lines: list[str], out: list[str], j: int, indent: int, to: int) -> int:
    """Keep the indented continuation lines of an item, re-indented under its list marker."""
    while j < len(lines) and lines[j].strip() and _indent(lines[j]) > indent:
        out[j] = " " * to + _inline(lines[j].strip())
        j += 1
    return j


def _blank_block(lines: list[str], out: list[str], j: int, indent: int) -> int:
    """Blank the block indented deeper than `indent` from line `j` (blank lines inside it too)."""
    while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) > indent):
        if lines[j].strip():
            out[j] = ""
        elif j + 1 < len(lines) and lines[j + 1].strip() and _indent(lines[j + 1]) <= indent:
            return j
        j += 1
    return j


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _inline(line: str) -> str:
    line = _ROLE.sub(_role_text, line).replace("\\ ", "")  # "\ " only separates markup: nothing
    line = _LITERAL.sub(r"`\1`", line)
    if "]_" in line:  # citation calls go, and the commas that listed them ("library: [1]_, [2]_." -> "library:")
        line = _COLON_STOP.sub(":", _CALLS.sub("", line))
    return _INTERPRETED.sub(r"\1", line)


def _role_text(m: re.Match[str]) -> str:
    """A role's text; a ``:ref:`` to an autosectionlabel target shows the section's title."""
    label = _SECTION_LABEL.match(m.group(2)) if m.group(1) == "ref" else None
    return label.group(1) if label else m.group(2)


def _named_links(text: str) -> str:
    """References to named hyperlink targets as Markdown links to the targets' addresses (the line breaks of a
    reference that runs over lines kept inside its link text)."""
    if ".. _" not in text:
        return text
    targets = {_reference_name(m.group("quoted") or m.group("plain")): m.group("url")
               for m in _NAMED_TARGET.finditer(text)}
    if not targets:
        return text

    def link(m: re.Match[str]) -> str:
        url = targets.get(_reference_name(m.group("name")))
        return f"[{m.group('name')}]({url})" if url else m.group(0)

    return _NAMED_REFERENCE.sub(link, text)


def _reference_name(name: str) -> str:
    return " ".join(name.split()).casefold()  # reference names ignore case and whitespace


def _substituted(text: str) -> str:
    """The text with its substitution references replaced: a raw HTML line break (``|br|``) by a space, a
    ``replace::`` by its words; the definitions themselves are explicit markup, blanked later."""
    values: dict[str, str] = {}
    for m in _SUBSTITUTION.finditer(text):
        name, kind, argument, body = m.group(1), m.group(2), m.group(3).strip(), m.group(4).strip()
        if kind == "replace":
            values[name] = " ".join(f"{argument} {body}".split())
        elif argument.lower() == "html" and _BREAK.fullmatch(body):
            values[name] = " "
    if not values:
        return text
    pattern = re.compile("|".join(rf"\|{re.escape(name)}\|" for name in values))
    return "\n".join(line if line.lstrip().startswith(".. |") else pattern.sub(lambda m: values[m.group(0)[1:-1]], line)
                     for line in text.split("\n"))
