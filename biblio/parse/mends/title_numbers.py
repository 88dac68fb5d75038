"""MDPI's ``Apple Inc. iPhone User Guide for iOS 17. 2023. Available online: …``: the number closing a title
read with the year after it as the date (``17. 2023.``). A date names no bare number before its year."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the title's number, its full stop, then the year alone
_NUMBER_THEN_YEAR = lazy_pattern(r"(?P<number>\d{1,3})\.\s+(?:1[5-9]|20)\d\d[a-z]?\.?")


@needs(labels=["title", "date"])
def number_before_year_closes_title(spans: list[Span], text: str) -> list[Span]:
    """``… for iOS | 17. 2023.`` with the title's number read into the date: the number closes the title."""
    for i in range(1, len(spans)):
        s, before = spans[i], spans[i - 1]
        if s.label != "date" or before.label != "title" or text[before.end : s.start].strip():
            continue
        m = _NUMBER_THEN_YEAR.fullmatch(s.text.strip())
        if m is None:
            return spans
        lead = len(s.text) - len(s.text.lstrip())
        z = s.start + lead + m.end("number")
        title = Span("title", text[before.start : z], before.start, z, before.confidence)
        a = z + 1  # after the number's full stop
        while a < s.end and text[a] == " ":
            a += 1
        return [*spans[: i - 1], title, Span("date", text[a : s.end], a, s.end, s.confidence), *spans[i + 1 :]]
    return spans
