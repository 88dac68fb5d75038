"""AsciiDoc (Asciidoctor sources, pandoc's ``-t asciidoc``) rewritten as Markdown, line for line.

``= Title`` and ``== Section`` become ATX headings; block attributes
(``[bibliography]``, ``[source]``), anchors on their own line (``[[ref-key]]``),
comments, attribute entries, preprocessor directives and the content of listing,
literal and table blocks become blank lines; list items keep their markers.
Inline markup keeps its text: a bibliography anchor (``[[[pp]]]``) is dropped,
``[.role]#text#`` and ``#text#`` give their text, ``url[text]`` and
``link:url[text]`` become Markdown links, ``*strong*`` Markdown's ``**strong**``,
``^super^`` and ``~sub~`` script their text, curved-quote marks (`` "`x`" ``) the
quotes. One output line per input line.
"""

from __future__ import annotations

import re

from biblio.documents.inline_notes import definitions, lift_notes

_HEADING = re.compile(r"^(={1,6})\s+(\S.*)$")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]]*\]\s*$|^\[\[[^\]]+\]\]\s*$")
_COMMENT = re.compile(r"^//(?!/)")
_ATTRIBUTE_ENTRY = re.compile(r"^:!?[\w-]+!?:(?:\s|$)")
_DIRECTIVE = re.compile(r"^(?:include|ifdef|ifndef|ifeval|endif)::")
# Delimited blocks whose content is not prose: listing, literal, passthrough, table, comment.
_VERBATIM_DELIMITER = re.compile(r"^(?:-{4,}|\.{4,}|\+{4,}|/{4,}|\|={3,}|```.*)\s*$")
_OPEN_DELIMITER = re.compile(r"^(?:={4,}|\*{4,}|_{4,}|--)\s*$")
_LIST_CONTINUATION = re.compile(r"^\+\s*$")
_ITEM = re.compile(r"^(\s*)(\*{1,5}|-|\.{1,5})\s+(?=\S)")

_BIBLIOGRAPHY_ANCHOR = re.compile(r"\[\[\[[^\]]+\]\]\]\s*")
_ANCHOR = re.compile(r"\[\[[^\]]+\]\]|\[#[\w-]+\]")
_CROSS_REFERENCE = re.compile(r"<<([^,>]+)(?:,\s*([^>]+))?>>")
# a role or id span may run over lines (pandoc's ``[.csl-right-inline]#…#``, ``[#cite_note-2]#…#``); innermost
# spans go first
_ROLE_SPAN = re.compile(r"\[[.#][\w.#-]+\]#((?:(?!\[[.#][\w.#-]+\]#)[^#])*)#")
# a link to a place in the document (``link:#cite_ref-2[^]``, a note's back-link): its text
_IN_PAGE_LINK = re.compile(r"\blink:#[\w.:-]+\[([^\]\n]*)\]")
# a web link whose text runs over lines (pandoc wraps ``https://…["Title of the\npage"]``): its line breaks stay
_WRAPPED_LINK = re.compile(r"(?:link:)?((?:https?|ftp)://[^\s\[]+)\[([^\]\n]*\n[^\]]*)\]")
_HIGHLIGHT = re.compile(r"(?<![\w#])#(?=\S)([^#\n]+?)#(?![\w#])")
_LINK = re.compile(r"(?:link:)?((?:https?|ftp)://[^\s\[]+)\[([^\]\n]*)\]")
_STRONG = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)\*(?![\w*])")
# ``^super^`` and ``~sub~`` script, attached to a word ("OpenGL^R^" for the registered sign): their text
_SCRIPT = re.compile(r"([\^~])([^\s^~/.]+)\1")
_CURVED_QUOTES = (('"`', "“"), ('`"', "”"), ("'`", "‘"), ("`'", "’"))


# A note written where it is called: footnote:[…], footnote:id[…] (a later footnote:id[] only calls it again).
_FOOTNOTE = re.compile(r"\bfootnote(?:ref)?:(?:[\w-]+)?\[(?!\])")


def asciidoc_markdown(text: str) -> str:
    text = _IN_PAGE_LINK.sub(r"\1", text)
    text = _WRAPPED_LINK.sub(lambda m: f"[{m.group(2)}]({m.group(1)})", text)
    while (unwrapped := _ROLE_SPAN.sub(r"\1", text)) != text:
        text = unwrapped
    text, notes = lift_notes(text, _FOOTNOTE)
    text = "\n".join([text, *definitions(notes)])
    lines = text.split("\n")
    out: list[str] = []
    verbatim: str | None = None
    for line in lines:
        stripped = line.strip()
        if verbatim is not None:
            out.append("")
            if stripped == verbatim:
                verbatim = None
            continue
        if _VERBATIM_DELIMITER.match(stripped):
            verbatim = stripped if not stripped.startswith("```") else "```"
            out.append("")
            continue
        heading = _HEADING.match(line)
        if heading:
            out.append("#" * len(heading.group(1)) + " " + _inline(heading.group(2)))
        elif (
            _BLOCK_ATTRIBUTES.match(stripped)
            or _COMMENT.match(stripped)
            or _ATTRIBUTE_ENTRY.match(stripped)
            or _DIRECTIVE.match(stripped)
            or _OPEN_DELIMITER.match(stripped)
            or _LIST_CONTINUATION.match(stripped)
        ):
            out.append("")
        else:
            item = _ITEM.match(line)
            if item:
                marker = "1." if item.group(2).startswith(".") else "-"
                indent = "  " * (len(item.group(2)) - 1)
                line = f"{indent}{marker} {line[item.end() :]}"
            out.append(_inline(line))
    return "\n".join(out)


def _inline(line: str) -> str:
    line = _BIBLIOGRAPHY_ANCHOR.sub("", line)
    line = _ANCHOR.sub("", line)
    line = _CROSS_REFERENCE.sub(lambda m: m.group(2) or m.group(1), line)
    line = _LINK.sub(lambda m: f"[{m.group(2)}]({m.group(1)})" if m.group(2) else f"<{m.group(1)}>", line)
    line = _HIGHLIGHT.sub(r"\1", line)
    line = _STRONG.sub(r"**\1**", line)
    line = _SCRIPT.sub(r"\2", line)
    for mark, quote in _CURVED_QUOTES:
        line = line.replace(mark, quote)
    return line
