"""Mend of ABNT's page or news item dated after its title: ``CANALTECH. *Title*. 24 ago. 2020. Disponível em: …``.

ABNT (NBR 6023) gives an online item's day and month, the month cut to its Portuguese abbreviation (``ago.``,
``set.``, ``maio``), before the year; the labeller reads the day and month into the title and the year alone as the
date. The day and month closing the title, right before that year, open the date.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the title's close (its italics or its full stop), then the day and ABNT's month
_DAY_MONTH_CLOSING = lazy_pattern(
    r"(?<=[*_.])\s+(?P<dm>(?:0?[1-9]|[12]\d|3[01])\s+(?:jan|fev|mar|abr|maio|jun|jul|ago|set|out|nov|dez)\.?)\s*$"
)
_YEAR_ALONE = lazy_pattern(r"^\s*(?:1[6-9]|20)\d\d[.,]?\s*$")


@needs(labels=("title", "date"))
def day_month_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``*Magalu compra startup*. 24 ago. | 2020.`` with the day and month read into the title: they open the
    date whose year follows."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label != "date" or not _YEAR_ALONE.match(nxt.text):
            continue
        m = _DAY_MONTH_CLOSING.search(s.text)
        if m is None or not s.text[: m.start()].strip(" .*_"):
            return spans
        a, cut = s.start + m.start("dm"), s.start + m.start()
        title = Span("title", text[s.start : cut], s.start, cut, s.confidence)
        return [*spans[:k], title, Span("date", text[a : nxt.end], a, nxt.end, nxt.confidence), *spans[k + 2 :]]
    return spans
