"""Mends of *JHEP*'s citation: the journal has no volumes and numbers its issues by month, and INSPIRE's
form cites it ``JHEP 02 (2010) 069``: the two digits before the year are the issue, as GROBID's labelled
data read them (they read the spelt-out ``J. High Energy Phys. 12 (2015)`` and *JCAP*'s number as the
volume, so those are left as the model reads them)."""

from __future__ import annotations

from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the journal's abbreviation, as INSPIRE and the journal print it
MONTHLY = lazy_pattern(r"JHEP\W*")
MONTH = lazy_pattern(r"\s*(?:0[1-9]|1[0-2])[\s,]*")
_YEAR_NEXT = lazy_pattern(r"\s*\(?\s*(?:19|20)\d\d")


@needs(labels=("journal", "volume"), words=("jhep",))
def month_issue_before_year(spans: list[Span], text: str) -> list[Span]:
    """``JHEP 02 (2020) 046`` with ``02`` read as the volume: the month's two digits before the year are
    the issue."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label != "journal" or t.label != "volume" or not MONTHLY.fullmatch(s.text):
            continue
        if MONTH.fullmatch(t.text) and _YEAR_NEXT.match(text, t.end):
            return [*spans[: k + 1], replace(t, label="issue"), *spans[k + 2 :]]
    return spans
