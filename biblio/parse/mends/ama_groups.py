"""Mends of AMA's group author after the names: ``Peng J-M, Qian C-Y, et al; China Critical Care
Clinical Trial Group. Title.``

AMA 11th closes the personal names with ``et al`` and a semicolon when a group wrote the work with
them; the group's name follows and ends at the full stop before the title. The model reads the group
into the title.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_ET_AL_SEMICOLON = lazy_pattern(r"\bet\s+al\.?\s*;\s*$")
# the group's name: words up to the first full stop that closes a word (not an initial)
_GROUP = lazy_pattern(r"\s*(?P<group>[A-Z][^.;]{2,150}?[^\s.;A-Z]\)?)\.\s+(?=\S)")


@needs(labels=["author", "title"], words=["et al"])
def group_after_et_al(spans: list[Span], text: str) -> list[Span]:
    """``…, et al; CLAIM 2024 Update Panel. Checklist for …`` with the group read into the title: the
    words after the semicolon, up to their full stop, are one more author."""
    for k in range(len(spans) - 1):
        names, title = spans[k], spans[k + 1]
        if names.label != "author" or title.label != "title" or not _ET_AL_SEMICOLON.search(names.text):
            continue
        m = _GROUP.match(text, title.start, title.end)
        if m is None or m.end() >= title.end:
            return spans
        a, z = m.start("group"), m.end("group")
        group = Span("author", text[a:z], a, z, title.confidence)
        rest = Span("title", text[m.end() : title.end], m.end(), title.end, title.confidence)
        return [*spans[: k + 1], group, rest, *spans[k + 2 :]]
    return spans
