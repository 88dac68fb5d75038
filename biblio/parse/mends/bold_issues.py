"""A volume with the issue in brackets and the year after it: Nature's bold ``**16**(12) (2020)``, and a journal
whose volume is its year, ``JHEP 2015 (7) (2015) 130``."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_BOLD_VOLUME_ISSUE_YEAR = lazy_pattern(
    r"\*\*(?P<volume>\d{1,4})\*\*\s?\((?P<issue>\d{1,4})\)\s*\((?P<year>(?:1[5-9]\d\d|20\d\d))\)"
)

# a year-named volume, its issue in brackets, and the same year again in brackets (Elsevier's numbered form of
# JHEP and JCAP): the repeated year shows the first one is the volume
_YEAR_VOLUME_ISSUE_YEAR = lazy_pattern(
    r"(?<![\w(/.-])(?P<volume>(?:19|20)\d\d) ?\( ?(?P<issue>\d{1,3}) ?\) ?\( ?(?P<year>(?P=volume)) ?\)"
)


def _volume_issue_year(spans: list[Span], text: str, m: re.Match[str]) -> list[Span]:
    """The spans with the volume, issue and year of ``m`` read apart (what lay around them in a span kept)."""
    a, z = m.start(), m.end()
    out: list[Span] = []
    for s in spans:
        if s.end <= a or s.start >= z:
            out.append(s)
            continue
        if s.start < a and text[s.start : a].strip(" ,.*"):
            out.append(Span(s.label, text[s.start : a], s.start, a, s.confidence))
        if s.end > z and text[z : s.end].strip(" ,.*"):
            out.append(Span(s.label, text[z : s.end], z, s.end, s.confidence))
    found = [
        Span(label, m.group(group), m.start(group), m.end(group), 1.0)
        for label, group in (("volume", "volume"), ("issue", "issue"), ("date", "year"))
    ]
    return sorted(out + found, key=lambda s: s.start)


@needs(labels=["journal", "date"], marks=["("])
def issue_after_year_volume(spans: list[Span], text: str) -> list[Span]:
    """``Journal of High Energy Physics 2015 (7) (2015) 130`` with the year-named volume and its issue read into the
    date: right after the journal, the year repeated in brackets after the issue shows the first is the volume."""
    m = _YEAR_VOLUME_ISSUE_YEAR.search(text)
    if m is None:
        return spans
    before = [s for s in spans if s.end <= m.start()]
    # only straight after the journal's name, the date's span holding the first year
    if not before or before[-1].label != "journal" or text[before[-1].end : m.start()].strip(" ,"):
        return spans
    if not any(s.label == "date" and s.start <= m.start("volume") < s.end for s in spans):
        return spans
    return _volume_issue_year(spans, text, m)


@needs(marks=["**"])
def issue_after_bold_volume(spans: list[Span], text: str) -> list[Span]:
    """``*PLoS Comput Biol*. **16**(12) (2020).`` with the issue and the year read together as an access date:
    the bracket right after the bold volume is its issue, the bracketed year after them the date."""
    m = _BOLD_VOLUME_ISSUE_YEAR.search(text)
    if m is None:
        return spans
    return _volume_issue_year(spans, text, m)
