"""BBCode (a forum post, a mod page's description) rewritten as Markdown, line for line.

A forum's markup brackets its tags: ``[b]References[/b]`` a bold line standing for a heading, ``[list]`` …
``[/list]`` around ``[*]`` items, ``[url=address]words[/url]`` and ``[url]address[/url]`` links, ``[i]``
italics; size, colour, font, alignment and underline only dress the text, and an ``[img]`` is no text.
"""

from __future__ import annotations

import re

__all__ = ["bbcode_markdown", "is_bbcode"]

_CLOSING = re.compile(r"\[/(?:b|i|u|s|url|list|size|color|colour|font|center|quote|code)\]", re.IGNORECASE)
_LIST_TAG = re.compile(r"^\s*\[(/?)list(?:=([^\]]*))?\]\s*$", re.IGNORECASE)
_ITEM = re.compile(r"^\s*\[\*\]\s*", re.IGNORECASE)
_URL_WORDS = re.compile(r"\[url=[\"']?([^\]\s\"']+)[\"']?\](.+?)\[/url\]", re.IGNORECASE)
_URL_BARE = re.compile(r"\[url\]\s*([^\[\s]+)\s*\[/url\]", re.IGNORECASE)
_IMAGE = re.compile(r"\[img(?:=[^\]]*)?\].*?\[/img\]", re.IGNORECASE)
_BOLD = re.compile(r"\[b\](.+?)\[/b\]", re.IGNORECASE)
_ITALIC = re.compile(r"\[i\](.+?)\[/i\]", re.IGNORECASE)
_CODE = re.compile(r"\[code\](.+?)\[/code\]", re.IGNORECASE)
# tags that only dress the text: dropped, their words kept
_DRESS = re.compile(r"\[/?(?:u|s|size|color|colour|font|center|left|right|quote|spoiler|indent)(?:=[^\]]*)?\]",
                    re.IGNORECASE)
_MIN_TAGS = 3


def is_bbcode(text: str) -> bool:
    """A post in BBCode: closing tags in brackets, a link or a list among them."""
    head = text[:200_000]
    if "[/" not in head:
        return False
    lower = head.lower()
    return len(_CLOSING.findall(head)) >= _MIN_TAGS and ("[/url]" in lower or "[/list]" in lower)


def bbcode_markdown(text: str) -> str:
    out: list[str] = []
    numbered: list[bool] = []
    for line in text.split("\n"):
        tag = _LIST_TAG.match(line)
        if tag is not None:  # a list opens or closes: the item lines carry the list
            if tag.group(1):
                if numbered:
                    numbered.pop()
            else:
                numbered.append(bool(tag.group(2)))
            out.append("")
            continue
        item = _ITEM.match(line)
        if item is not None:
            line = ("1. " if numbered and numbered[-1] else "- ") + line[item.end():]
        out.append(_inline(line))
    return "\n".join(out)


def _inline(line: str) -> str:
    if "[" not in line:
        return line
    line = _IMAGE.sub("", line)
    line = _URL_WORDS.sub(lambda m: f"[{m.group(2).strip()}]({m.group(1)})", line)
    line = _URL_BARE.sub(r"\1", line)
    line = _DRESS.sub("", line)
    line = _CODE.sub(r"`\1`", line)
    line = _BOLD.sub(r"**\1**", line)
    return _ITALIC.sub(r"*\1*", line)
