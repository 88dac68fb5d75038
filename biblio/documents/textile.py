"""Textile (Redmine and Textpattern pages, pandoc's ``-t textile``) rewritten as Markdown, line for line.

Block signatures become Markdown's: ``h2. Title`` (with or without a class or id, ``h2(#id).``) a heading,
``fn3. …`` the footnote definition ``[^3]: …``, ``bq.`` a block quote, ``#``/``*`` list items; inline
``"text":address`` links become Markdown links, ``_text_`` and ``__text__`` italics, entities their
characters. Jira's and Confluence's wiki markup shares the headings and lists; its ``[words|address]`` links
become Markdown links too and ``{{code}}`` a code span, so a ticket or a page pasted as text reads the same.
"""

from __future__ import annotations

import re

from biblio.entities import unescape

_MODIFIERS = r"(?:\([^()]*\)|\{[^{}]*\}|\[[^\[\]]*\]|[<>=]+)*"
_HEADING = re.compile(rf"^h([1-6]){_MODIFIERS}\.\s+(.*)$")
_FOOTNOTE = re.compile(rf"^fn(\d+)\^?{_MODIFIERS}\.\s+(.*)$")
_QUOTE = re.compile(rf"^bq{_MODIFIERS}\.\s+(.*)$")
_PARAGRAPH = re.compile(rf"^p{_MODIFIERS}\.\s+(.*)$")
_ITEM = re.compile(r"^([#*]+)\s+(.*)$")
_LINK = re.compile(r'"([^"\n]+?)(?:\([^()]*\))?":((?:https?|ftp)://[^\s<>"]*[^\s<>".,;:!?)])')
_ITALIC = re.compile(r"(?<![\w_])__?(?=\S)([^_\n]+?)(?<=\S)__?(?![\w_])")
# Jira's links: "[words|address]" (a third part, "|smart-link", is how it shows), "[address]"
_PIPE_LINK = re.compile(r"\[([^\[\]|\n]+)\|([^\[\]|\s]+)(?:\|[^\[\]\n]*)?\]")
_BARE_LINK = re.compile(r"\[((?:https?|ftp)://[^\[\]|\s]+)\]")
_MONOSPACE = re.compile(r"\{\{([^{}\n]+)\}\}")
_HEADING_LINE = re.compile(r"^h[1-6]\.\s+\S", re.MULTILINE)
_MIN_HEADINGS = 2


def is_textile(text: str) -> bool:
    """Plain text in Textile's or Jira's markup: two or more ``hN.`` headings at the margin."""
    head = text[:200_000]
    return "h" in head and len(_HEADING_LINE.findall(head)) >= _MIN_HEADINGS


def textile_markdown(text: str) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        if m := _HEADING.match(line):
            line = "#" * int(m.group(1)) + " " + m.group(2)
        elif m := _FOOTNOTE.match(line):
            line = f"[^{m.group(1)}]: {m.group(2)}"
        elif m := _QUOTE.match(line):
            line = "> " + m.group(1)
        elif m := _PARAGRAPH.match(line):
            line = m.group(1)
        elif m := _ITEM.match(line):
            marker = "1." if m.group(1).endswith("#") else "-"
            line = "  " * (len(m.group(1)) - 1) + f"{marker} {m.group(2)}"
        if "&quot;" in line:  # a link's quotes as a wiki stores them escaped (Redmine's pages)
            line = line.replace("&quot;", '"')
        line = _LINK.sub(lambda k: f"[{k.group(1).strip()}]({k.group(2)})", line)
        if "[" in line:
            line = _BARE_LINK.sub(r"\1", _PIPE_LINK.sub(lambda k: f"[{k.group(1).strip()}]({k.group(2)})", line))
        if "{{" in line:
            line = _MONOSPACE.sub(r"`\1`", line)
        out.append(unescape(_ITALIC.sub(r"*\1*", line)))
    return "\n".join(out)
