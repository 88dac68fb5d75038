"""Org-mode documents (Emacs Org, pandoc's ``-t org``) rewritten as Markdown, line for line.

Headlines (``* References``) become ATX headings; property and other drawers,
``#+KEYWORD:`` lines, comments and the content of source, example and export
blocks become blank lines; footnote definitions (``[fn:1] …``) become Markdown
footnotes. Inline markup keeps its text: targets (``<<ref-key>>``) are dropped,
links (``[[url][text]]``, ``[[url]]``) become Markdown links, ``/italic/`` and
``*bold*`` Markdown emphasis, ``=verbatim=`` and ``~code~`` code spans. One
output line per input line.
"""

from __future__ import annotations

import re

_HEADLINE = re.compile(r"^(\*+)\s+(?:(?:TODO|DONE)\s+)?(?:\[#[A-C]\]\s+)?(.*?)(?:\s+:[\w@#%:]+:)?\s*$")
_DRAWER_START = re.compile(r"^\s*:[\w-]+:\s*$")
_DRAWER_END = re.compile(r"^\s*:END:\s*$", re.IGNORECASE)
_KEYWORD = re.compile(r"^\s*#\+\w+:")
_COMMENT = re.compile(r"^\s*#(?:\s|$)")
_BLOCK_START = re.compile(r"^\s*#\+begin_(\w+)", re.IGNORECASE)
_TEXT_BLOCKS = frozenset({"quote", "verse", "center"})
_FOOTNOTE = re.compile(r"^\[fn:([\w-]+)\]\s*")

_TARGET = re.compile(r"<<<?[^<>\n]+>>>?")
_LINK = re.compile(r"\[\[([^\[\]\n]+)\](?:\[([^\[\]]+)\])?\]")
_FOOTNOTE_REFERENCE = re.compile(r"\[fn:([\w-]+)\]")
# Emphasis as Org delimits it: after the line start, a space or an opening mark; before a space or
# punctuation; so the slashes of a URL or a date never open italics.
# An emphasis may run over one line end (a wrapped journal name); pandoc also closes one before "(".
_PRE, _POST = r"(?:^|(?<=[\s(\-'\"{]))", r"(?=$|[\s\-.,;:!?')}\"\[(])"
_ITALIC = re.compile(rf"{_PRE}/(?=\S)([^/\n]*?(?:\n[^/\n]*?)?\S)/{_POST}", re.MULTILINE)
_BOLD = re.compile(rf"{_PRE}\*(?=\S)([^*\n]*?(?:\n[^*\n]*?)?\S)\*{_POST}", re.MULTILINE)
_CODE = re.compile(rf"{_PRE}[=~](?=\S)([^=~\n]*?\S)[=~]{_POST}", re.MULTILINE)
_EN_DASH = re.compile(r"(?<=\d)--(?=\d)")  # Org's "--" between numbers exports as an en dash
_EM_DASH = re.compile(r"(?<=\s)---(?=\s)")  # and "---" between words as an em dash


def org_markdown(text: str) -> str:
    out: list[str] = []
    block: str | None = None
    drawer = False
    for line in text.split("\n"):
        if block is not None:
            out.append("")
            if re.match(rf"^\s*#\+end_{block}\b", line, re.IGNORECASE):
                block = None
            continue
        if drawer:
            out.append("")
            drawer = not _DRAWER_END.match(line)
            continue
        headline = _HEADLINE.match(line)
        started = _BLOCK_START.match(line)
        if headline:
            out.append("#" * min(len(headline.group(1)), 6) + " " + headline.group(2))
        elif started:
            out.append("")
            if started.group(1).lower() not in _TEXT_BLOCKS:
                block = started.group(1)
        elif _DRAWER_START.match(line) and not _DRAWER_END.match(line):
            out.append("")
            drawer = True
        elif _KEYWORD.match(line) or _COMMENT.match(line) or re.match(r"^\s*#\+end_\w+", line, re.IGNORECASE):
            out.append("")
        else:
            out.append(_FOOTNOTE.sub(r"[^\1]: ", line))
    return _inline("\n".join(out))


def _link(match: re.Match[str]) -> str:
    target, text = match.group(1), match.group(2)
    if text:
        # verbatim words in a link's text ("[[…][Solid Router --- =createAsync= Reference]]") are plain words there
        text = _CODE.sub(r"\1", _EM_DASH.sub("—", text))
        return f"[{text}]({target})" if "://" in target else text
    return f"<{target}>" if "://" in target else target


def _inline(text: str) -> str:
    """Inline markup of the whole text (links and emphasis may wrap), line ends kept."""
    text = _TARGET.sub("", text)
    links: list[str] = []

    def keep(match: re.Match[str]) -> str:  # links hold slashes and stars that are no emphasis
        links.append(_link(match))
        return f"\x00{len(links) - 1}\x00"

    text = _LINK.sub(keep, text)
    text = _FOOTNOTE_REFERENCE.sub(r"[^\1]", text)
    text = _BOLD.sub(r"**\1**", text)
    text = _ITALIC.sub(r"*\1*", text)
    text = _CODE.sub(r"`\1`", text)
    text = _EN_DASH.sub("–", text)
    text = _EM_DASH.sub("—", text)
    return re.sub("\x00(\\d+)\x00", lambda m: links[int(m.group(1))], text)
