"""DokuWiki pages: ``===== Heading =====``, ``((footnotes))`` written in the sentence, ``  * `` lists.

A DokuWiki page (a wiki's ``.txt`` source, or pandoc's ``-t dokuwiki``) is read as the Markdown it stands
for: headings by their number of equals signs (six are the top level, two the lowest), list items indented
by two spaces, ``[[url|text]]`` links, ``//italics//``; a footnote ``((…))`` is lifted out as Markdown's
``[^n]:`` definition after the text, where notes are read (:mod:`biblio.documents.inline_notes`), its call
left as ``[^n]`` and its lines kept blank.
"""

from __future__ import annotations

import re

from biblio.documents.inline_notes import Note, definitions

__all__ = ["dokuwiki_markdown", "is_dokuwiki"]

_HEADING = re.compile(r"^[ \t]*(={2,6})[ \t]*(\S.*?)[ \t]*\1[ \t]*$", re.MULTILINE)
_NOTE = re.compile(r"\(\((.+?)\)\)", re.DOTALL)
_ITEM = re.compile(r"^(  +)([*-])[ \t]+", re.MULTILINE)
_LINK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
_BARE_LINK = re.compile(r"\[\[([^|\]]+)\]\]")
_ITALIC = re.compile(r"(?<![:/])//(?=\S)(.+?)(?<=\S)(?<!:)//")
_MONOSPACE = re.compile(r"''(.+?)''")
_MIN_HEADINGS = 2


def is_dokuwiki(text: str) -> bool:
    """A DokuWiki page: headings between equals signs and footnotes in double parentheses (a wikitext
    article's refs are ``<ref>`` tags, checked before)."""
    head = text[:200_000]
    return len(_HEADING.findall(head)) >= _MIN_HEADINGS and _NOTE.search(head) is not None


def dokuwiki_markdown(text: str) -> str:
    """The page as Markdown, its footnotes as definitions after it; the lines are the page's."""
    notes: list[Note] = []

    def lift(m: re.Match[str]) -> str:
        notes.append(Note(len(notes) + 1, text.count("\n", 0, m.start()) + 1, " ".join(_inline(m.group(1)).split())))
        return f"[^{len(notes)}]" + "\n" * m.group(1).count("\n")

    body = _NOTE.sub(lift, text)
    body = _HEADING.sub(lambda m: "#" * (7 - len(m.group(1))) + " " + m.group(2), body)
    body = _ITEM.sub(lambda m: " " * (len(m.group(1)) - 2) + ("-" if m.group(2) == "*" else "1.") + " ", body)
    return "\n".join([_inline(body), *definitions(notes)])


def _inline(text: str) -> str:
    text = _LINK.sub(r"[\2](\1)", text)
    text = _BARE_LINK.sub(r"\1", text)
    text = _ITALIC.sub(r"*\1*", text)
    return _MONOSPACE.sub(r"`\1`", text)
