"""Mend of a publisher's series written after a book's title with a comma, as reading lists and some notes set it:
``A Short History of the Byzantine Empire, I.B.Tauris Short Histories. I.B. Tauris, London.``, ``The Church in
Ancient Society: …, Oxford History of the Christian Church (New York: Oxford University Press, 2002).`` A title's
last comma part that opens with the publisher's own name is the house's series, no part of the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the words a publisher's name holds besides its own ("Oxford University Press", "Blackwell Publishing")
_HOUSE_WORDS = lazy_pattern(
    r"\b(?:The|University|Univ|Press|Publishing|Publishers|Publications|Books|Verlag|Inc|Ltd|Co|Company|and|&|Sons)\b\.?"
)
_NOT_LETTER = lazy_pattern(r"[\W\d_]+")
# the title's last comma part: capitalised words, no digit, no quote
_LAST_PART = lazy_pattern(r",\s+(?P<series>[A-Z][^,\d\"“”‘’*()]{4,80}?)[\s.,]*$")


def _letters(value: str) -> str:
    return _NOT_LETTER.sub("", value).lower()


@needs(labels=["title", "publisher"], without=["collection-title", "container-title", "journal"], marks=(", ",))
def house_series_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``A Short History of the Byzantine Empire, I.B.Tauris Short Histories. | I.B. Tauris`` read as one title: the
    title's last comma part, opening with the publisher's name, is the series."""
    house = next((s.text for s in spans if s.label == "publisher"), "")
    own = _letters(_HOUSE_WORDS.sub(" ", house))
    if len(own) < 3:
        return spans
    for k, s in enumerate(spans):
        if s.label != "title" or (m := _LAST_PART.search(s.text)) is None:
            continue
        series = m.group("series")
        if len(series.split()) < 2 or not _letters(series).startswith(own) or _letters(series) == own:
            return spans
        head = s.text[: m.start()]
        if len(head.split()) < 2:
            return spans
        a, z = s.start + m.start("series"), s.start + m.end("series")
        cut = s.start + len(head)
        return [
            *spans[:k],
            Span("title", text[s.start : cut], s.start, cut, s.confidence),
            Span("collection-title", text[a:z], a, z, s.confidence),
            *spans[k + 1 :],
        ]
    return spans
