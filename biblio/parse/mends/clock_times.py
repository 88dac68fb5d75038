"""Mend of the time of day MLA writes after a post's date: ``Twitter, 22 Jan. 2012, 3:06 a.m.,
twitter.com/…``, and Chicago's in parentheses after a blog post's or comment's date: ``August 27, 2017
(12:42 p.m.),``. The model reads the hour and minutes as a volume and pages; they belong to the date,
and the bare address after them (MLA drops the scheme) is the URL."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a year, then the clock time with its a.m. or p.m. ("9:1192" is a volume and its page); then perhaps the
# address with no scheme
_TIME_AFTER_YEAR = lazy_pattern(
    r"(?<=\d{4}),\s+(?P<time>\d{1,2}:\d{2}\s*(?:[ap]\.\s?m\.|[AP]M\b|[ap]m\b))"
    r"(?:,\s+(?P<url>(?:www\.)?[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|co|uk|de|fr|info)/[^\s,]*[^\s,.]))?"
)


# Chicago's author-date entry gives the year at its head, the post's month and day and the time after the
# platform, a 24-hour time with no a.m.: "Facebook, June 16, 10:41."
_TIME_AFTER_DAY = lazy_pattern(
    r"\b[A-Z][a-z]{2,8}\.?\s\d{1,2},\s+(?P<time>[0-2]?\d:[0-5]\d)(?=\.?\s|\.?$)(?P<url>)"
)


# Chicago's blog post or comment: "August 27, 2017 (12:49 p.m.), comment on …" (the parentheses go with the time)
_TIME_IN_PARENS = lazy_pattern(r"(?<=\d{4})\s(?P<time>\(\d{1,2}:\d{2}\s*(?:[ap]\.\s?m\.|[AP]M|[ap]m)\))")


@needs(labels=("date",), marks=(":",))
def clock_time_after_date(spans: list[Span], text: str) -> list[Span]:
    """``22 Jan. 2012, | 3:06 a.m.,`` with the time read as a volume and pages: the time goes with the date
    (a note of its own), the address after it is the URL."""
    if "(" in text:
        # a comment on a post gives two dates, each with its time
        for p in reversed(list(_TIME_IN_PARENS.finditer(text))):
            date = next((s for s in spans if s.label == "date" and s.start <= p.start() <= s.end + 1), None)
            if date is not None:
                time = Span("note", p.group("time"), p.start("time"), p.end("time"), date.confidence)
                spans = replaced(spans, text, p.start("time"), p.end("time"), [time])
    m = _TIME_AFTER_YEAR.search(text) or _TIME_AFTER_DAY.search(text)
    if m is None:
        return spans
    date = next((s for s in spans if s.label == "date" and s.start <= m.start() <= s.end + 1), None)
    if date is None:
        return spans
    new = [Span("note", m.group("time"), m.start("time"), m.end("time"), date.confidence)]
    z = m.end("time")
    if m.group("url"):
        new.append(Span("url", m.group("url"), m.start("url"), m.end("url"), date.confidence))
        z = m.end("url")
    return replaced(spans, text, m.start("time"), z, new)
