"""Mend of a Vancouver title's last sentence read into the journal: ``Can care be measured? The Care Scale.
Patient Educ Couns. 2015;98(8):1005–10.`` or ``… in Jeddah city, KSA. Life Sci J. 2013; 10(3)``.

NLM's journal abbreviations carry no stops (``Patient Educ Couns``, ``Life Sci J``), so a journal span that holds
a sentence closed by a stop before the abbreviation took the title's last words: where the title read ends on a
question mark (a subtitle follows) or a comma (no title ends on one), that sentence is the title's.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import border_moved
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the journal span: one sentence with no stop, then the stopless abbreviation
_SENTENCE_THEN_JOURNAL = lazy_pattern(r"(?P<head>[^.]{2,200}?\.)\s+(?P<journal>[A-Z][^.]{1,80}?)\.?\s*")
# Vancouver's year before the volume: "2015;", "2017 Aug;"
_VANCOUVER_YEAR = lazy_pattern(r"\d{4}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;")


@needs(labels=["title", "journal", "date"])
def subtitle_before_nlm_journal(spans: list[Span], text: str) -> list[Span]:
    """Vancouver's ``Title? Subtitle. Journal Abbrev. 2015;98(8)`` (or ``Title, KSA. Journal. 2013;``) with the
    subtitle read into the journal: the sentence before the stopless abbreviation closes the title."""
    for k in range(len(spans) - 2):
        title, journal, date = spans[k], spans[k + 1], spans[k + 2]
        if title.label != "title" or journal.label != "journal" or date.label != "date":
            continue
        end = title.text.rstrip()[-1:]
        if end not in ("?", ",") or not _VANCOUVER_YEAR.match(date.text):
            return spans
        m = _SENTENCE_THEN_JOURNAL.fullmatch(journal.text)
        if m is None or end == "?" and len(m.group("head").split()) < 3:
            return spans
        return border_moved(spans, text, k, journal.start + m.end("head"), journal.start + m.start("journal"))
    return spans
