"""Mends of a journal's or a title's own word or number read as a volume, where the style prints the work
with a date and no locator after it: PNAS's and AIP's online-only articles ``Title. BMJ Open (2020).`` and
``“Title,” FORCE11, (2013).`` (read as the journal "BMJ" in the volume "Open", "FORCE" in "11"), and the
numbered-course title before its subtitle ``Names, Ontology Development 101: A Guide to …, 2001.`` (read as
the journal "Ontology Development" in the volume 101, the subtitle as the title).

A volume is a number (or a roman numeral) a page, an issue or the date follows; a capitalised word, or
digits glued to a name's letters, with no page or issue after them belongs to the name."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import joined_pair
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "Open", "Reports": one capitalised word of letters; a roman numeral ("XIV") is a volume indeed
_NAME_WORD = lazy_pattern(r"^[A-Z][a-z]+[,.]?$")
_ROMAN = lazy_pattern(r"^[IVXLCDM]+$")
# "FORCE11": the name's last word of two letters or more with digits glued on ("Phys. Rev. B79" keeps its
# one-letter section apart)
_GLUED_HEAD = lazy_pattern(r"(?:^|\s)[A-Za-z]{2,}$")
_GLUED_DIGITS = lazy_pattern(r"^\d{1,4}[,.]?$")
# what a volume's locator is read as
_LOCATORS = frozenset(["pages", "issue"])
# "101:" closing a course's or an edition's name before its subtitle
_NUMBER_COLON = lazy_pattern(r"^\d{1,4}\s*:$")


def _no_locator(spans: list[Span], k: int) -> bool:
    return not any(s.label in _LOCATORS for s in spans[k:])


@needs(labels=["journal", "volume"])
def name_word_as_volume(spans: list[Span], text: str) -> list[Span]:
    """``BMJ | Open (2020).`` or ``FORCE | 11, (2013).`` read as a journal and its volume, no page or issue
    after them: the word, or the digits glued to the name, are the journal's."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "journal" or nxt.label != "volume":
            continue
        gap = text[s.end : nxt.start]
        word = nxt.text.strip()
        spaced = gap.isspace() and _NAME_WORD.match(word) is not None and not _ROMAN.match(word.rstrip(",."))
        glued = not gap and _GLUED_HEAD.search(s.text) is not None and _GLUED_DIGITS.match(word) is not None
        if (spaced or glued) and _no_locator(spans, k + 2):
            return joined_pair(spans, k, "journal", text)
        return spans
    return spans


@needs(labels=["journal", "volume", "title"], marks=(":",))
def numbered_name_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``Ontology Development | 101: | A Guide to …`` read as a journal, its volume and the title, the name
    before the title and nothing after them but a date: the three are the title ("Name 101: Subtitle")."""
    for k in range(len(spans) - 2):
        s, vol, title = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "journal" or vol.label != "volume" or title.label != "title":
            continue
        if not _NUMBER_COLON.match(vol.text) or not text[s.end : vol.start].isspace():
            return spans
        if any(x.label == "title" for x in spans[:k]) or not _no_locator(spans, k + 3):
            return spans
        if any(x.label in ("journal", "container-title") for x in spans[k + 3 :]):
            return spans
        joined = Span("title", text[s.start : title.end], s.start, title.end, min(s.confidence, title.confidence))
        return [*spans[:k], joined, *spans[k + 3 :]]
    return spans
