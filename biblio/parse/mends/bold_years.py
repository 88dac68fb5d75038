"""Mends of MDPI's year in bold after the italic journal, ``*PLoS ONE* **2018**, *13*, e0201987.``: where the
model reads most such years as the date, one after a short journal name (``PLoS ONE``, ``arXiv``) it reads
into the journal."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "*PLoS ONE* **2018**," : the italic journal, then the bold year; a conversion's underscore italics too
# ("_Proc. Inst. Mech. Eng. Part F J. Rail Rapid Transit_ **2000**,"), never an underscore inside a word
_ITALIC_JOURNAL_BOLD_YEAR = lazy_pattern(
    r"(?:(?<!\*)\*(?P<journal>[^*\s][^*]{0,80}?)\*|(?<![\w_])_(?P<underscored>[^_\s][^_]{0,80}?)_)"
    r"\s+\*\*(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\*\*"
)
_VENUES = ("journal", "container-title")


@needs(marks=["**"], any_label=_VENUES)
def bold_year_after_journal(spans: list[Span], text: str) -> list[Span]:
    """``*PLoS ONE* **2018**,`` (``_PLoS ONE_ **2018**,``) read as one journal: the bold year is the date."""
    for m in _ITALIC_JOURNAL_BOLD_YEAR.finditer(text):
        y = m.start("year")
        if any(s.label in _VENUES and s.start < y < s.end for s in spans):
            name = "journal" if m.group("journal") is not None else "underscored"
            new = [Span("journal", m.group(name), m.start(name), m.end(name))]
            new.append(Span("date", m.group("year"), y, m.end("year")))
            return replaced(spans, text, m.start(name), m.end("year"), new)
    return spans
