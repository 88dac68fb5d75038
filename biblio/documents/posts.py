"""Posts quoted in a document (X/Twitter embeds copied as text), as CSL ``post`` records.

An embedded post, copied from a web page, reads: its text in one or more
short paragraphs, perhaps a ``t.co`` or ``pic.twitter.com`` link, then a line
``— Name (@handle) Date``. Each becomes a record with the author as written
(one literal name), the handle (``custom.biblio.handle``), the date, the link
when there is one, and the first words of the text as its title. Nothing is
invented: no platform, no URL built from the handle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from biblio.records.model import Item

_ATTRIBUTION = re.compile(
    r"^\s*(?:—|―|--|-)\s*(?P<name>[^()\n]{1,120}?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<date>.{0,60}?)\s*$"
)
_MONTHS = {m: k for k, m in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
_DATE = re.compile(
    r"(?:(?P<m1>[A-Za-z]+)\.?\s+(?P<d1>\d{1,2}),?\s+(?P<y1>\d{4}))|(?:(?P<d2>\d{1,2})\s+(?P<m2>[A-Za-z]+)\.?\s+(?P<y2>\d{4}))"
)
_LINK = re.compile(r"<?((?:https?://)?(?:t\.co|pic\.twitter\.com|x\.com|twitter\.com)/\S+?)>?[.,]?$")
_MAX_PARAGRAPH = 320  # a post's paragraph; article paragraphs run longer
_MAX_TEXT = 1200
_TITLE_WORDS = 12
_MIN_TITLE_WORDS = 6
_SENTENCE_WORDS = 20  # a first sentence this short is the title whole
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


@dataclass(frozen=True)
class Post:
    line: int  # 1-based line of the attribution
    text: str
    name: str
    handle: str
    date: str
    link: str | None


def find_posts(lines: list[str]) -> list[Post]:
    """The quoted posts in a document's lines, in order."""
    posts: list[Post] = []
    floor = 0  # lines above this belong to an earlier post
    for i, line in enumerate(lines):
        m = _ATTRIBUTION.match(line)
        if m is None:
            continue
        paragraphs, link = _text_above(lines, i, floor)
        floor = i + 1
        if not paragraphs:
            continue
        date = m.group("date").replace("*", "").replace("_", "").strip()
        posts.append(Post(i + 1, "\n\n".join(paragraphs), m.group("name").strip(), m.group("handle"), date, link))
    return posts


def _text_above(lines: list[str], end: int, floor: int) -> tuple[list[str], str | None]:
    """The post's paragraphs (short ones just above its attribution) and its link."""
    blocks: list[str] = []
    current: list[str] = []
    for k in range(end - 1, floor - 1, -1):
        if lines[k].strip():
            current.insert(0, lines[k].strip())
        elif current:
            blocks.insert(0, " ".join(current))
            current = []
        if current and lines[k].lstrip().startswith("#"):
            current = []
            break
        if blocks and (len(blocks[0]) > _MAX_PARAGRAPH or sum(map(len, blocks)) > _MAX_TEXT):
            blocks.pop(0)
            break
    if current and len(" ".join(current)) <= _MAX_PARAGRAPH:
        blocks.insert(0, " ".join(current))
    link = None
    text: list[str] = []
    for block in blocks:
        m = _LINK.match(block.strip())
        if m:
            link = m.group(1) if m.group(1).startswith("http") else f"https://{m.group(1)}"
        else:
            text.append(block)
    return text, link


def post_record(post: Post) -> Item:
    """The CSL ``post`` record of a quoted post."""
    words = _SENTENCE_END.split(post.text.replace("\n\n", " "), maxsplit=1)[0].split()
    while words and not any(c.isalnum() for c in words[0]):
        words.pop(0)  # emoji or their replacement boxes before the text
    if len(words) > _SENTENCE_WORDS:
        # Cut at the last clause boundary within the first words, when there is one.
        cut = max((k + 1 for k, word in enumerate(words[:_TITLE_WORDS]) if word.endswith((",", ";", ":"))),
                  default=_TITLE_WORDS)
        words = words[: cut if cut >= _MIN_TITLE_WORDS else _TITLE_WORDS]
    title = " ".join(words).rstrip(",;:.")
    item: Item = {"type": "post", "author": [{"literal": post.name}], "title": title}
    date = _date_parts(post.date)
    if date:
        item["issued"] = {"date-parts": [date]}
    if post.link:
        item["URL"] = post.link
    item["custom"] = {"biblio": {
        "source": f"{post.text}\n\n— {post.name} (@{post.handle}) {post.date}".strip(),
        "handle": f"@{post.handle}",
        "line": post.line,
    }}
    return item


def _date_parts(text: str) -> list[int] | None:
    m = _DATE.search(text)
    if m is None:
        return None
    month = (m.group("m1") or m.group("m2")).casefold()
    number = _MONTHS.get(month) or next((v for k, v in _MONTHS.items() if len(month) >= 3 and k.startswith(month)), 0)
    if not number:
        return None
    return [int(m.group("y1") or m.group("y2")), number, int(m.group("d1") or m.group("d2"))]
