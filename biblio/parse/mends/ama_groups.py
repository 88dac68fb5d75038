"""Mends of AMA's group author after the names: ``Peng J-M, Qian C-Y, et al; China Critical Care
Clinical Trial Group. Title.``

AMA 11th closes the personal names with ``et al`` and a semicolon when a group wrote the work with
them; the group's name follows and ends at the full stop before the title. The model reads the group
into the title.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
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


# a study group named with its year opening the reference, closed by its group word and a full stop: "GBD 2019
# Diseases and Injuries Collaborators." (an acronym, the year, capitalised words, the group word)
_YEAR_NAMED_GROUP = lazy_pattern(
    r"(?P<group>[A-Z][A-Za-z]*[A-Z]\s+(?:19|20)\d\d\s+(?:(?:[A-Z][\w'’-]*|and|of|on|for|the|in|&)\s+){0,10}"
    r"(?:Collaborators|Collaboration|Collaborative|Investigators|Consortium|Group|Network|Team))\.\s+(?=\S)"
)


@needs(words=["collab", "investigators", "consortium", "group", "network", "team"])
def year_named_group_opening(spans: list[Span], text: str) -> list[Span]:
    """``GBD 2019 Universal Health Coverage Collaborators. Title.`` with the group's year read as the date and the
    rest of its name as the title: the words from the acronym to the group word and its full stop are the
    author."""
    lead = 1 if spans and spans[0].label == "citation-number" else 0
    if len(spans) <= lead or spans[lead].label in ("author", "editor"):
        return spans
    a = spans[lead].start
    m = _YEAR_NAMED_GROUP.match(text, a)
    if m is None or text[spans[0].end if lead else 0 : a].strip():
        return spans
    z = m.end("group")
    author = Span("author", text[a:z], a, z, spans[lead].confidence)
    return replaced(spans, text, a, m.end(), [author])


# "et al;" inside one span of names, the group's words after it (no initials, no comma of a list of persons)
_ET_AL_BEFORE_GROUP = lazy_pattern(r"\bet\s+al\.?\s*;\s*(?=[A-Z][^,;]{2,150}$)")


@needs(labels=["author"], words=["et al"])
def group_after_et_al_in_names(spans: list[Span], text: str) -> list[Span]:
    """``Lui JN, Williams C, Keng MJ, et al; REVEAL Collaborative Group.`` read as one span of names (its ``et al``
    then read as a person): the group after the semicolon is an author of its own."""
    for k, s in enumerate(spans):
        if s.label != "author" or (m := _ET_AL_BEFORE_GROUP.search(s.text.rstrip(" ."))) is None:
            continue
        cut = s.start + m.end()
        names = Span("author", text[s.start : cut], s.start, cut, s.confidence)
        group = Span("author", text[cut : s.end], cut, s.end, s.confidence)
        return [*spans[:k], names, group, *spans[k + 1 :]]
    return spans
