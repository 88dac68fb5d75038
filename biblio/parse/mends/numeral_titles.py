"""Mends of a title that opens with a numeral word (``2D``, ``3-D``, ``4th``) right after the year:
author-year styles set ``Name, I., 2021. 3D time-domain …``, and the model may read the word into the date."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "2021. 3D" / "(2014) 2-D": the year with its mark, then a word of digits and letters
_YEAR_AND_WORD = lazy_pattern(
    r"(?P<year>\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,:]?)\s+(?P<word>\d{1,2}(?:-?[A-Za-z]{1,3})(?:-[^\W\d_]+)?)"
)


@needs(labels=("date", "title"))
def numeral_word_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``Lavoué, F., 2014. 2D full waveform inversion …`` with ``2D`` read into the date: a word of
    digits and letters after the year's full stop opens the title that follows it."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label != "date" or t.label != "title" or text[s.end : t.start].strip():
            continue
        m = _YEAR_AND_WORD.fullmatch(s.text)
        if m is None:
            return spans
        a = s.start + m.start("word")
        date = Span("date", s.text[: m.end("year")], s.start, s.start + m.end("year"), s.confidence)
        title = Span("title", text[a : t.end], a, t.end, min(s.confidence, t.confidence))
        return [*spans[:k], date, title, *spans[k + 2 :]]
    return spans
