"""Mends of the journal in the RSC's form, ``Authors, Title, Journal Abbrev., Year, Volume, Page.``: the title
and the abbreviated journal are parted by a comma alone, so the labeller reads a journal that opens with
``J.`` (``J. Open Source Softw.``) into the title. (One that opens with a lower-case word, ``npj Comput.
Mater.``, is ``titles_journal_abbrev.journal_head_after_comma``'s.)"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the title's last clause when it is a journal's name in abbreviations: "…, J. Open Source Softw" (its last
# full stop outside the span), "…, Phys. Chem. Chem. Phys."; every word capitalised or a joining word
_ABBREVIATED_TAIL = lazy_pattern(
    r",\s+(?P<journal>[A-Z][a-z]{0,7}\.(?:\s+(?:[A-Z][A-Za-z]{0,11}\.?|&|of|and|in|for)){0,6})\s*$"
)
# the RSC's numbers after the journal: ", 2023, 8, 5118." (the first page or the article's number)
_YEAR_VOLUME_PAGE = lazy_pattern(r"\.?,\s*(?:1[6-9]|20)\d\d,\s*\d+,\s*[A-Za-z]?\d+")


@needs(labels=["title", "date"], without=["journal", "container-title"])
def abbreviated_journal_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``FitSNAP: Atomistic machine learning with LAMMPS, J. Open Source Softw., 2023, 8, 5118.`` with the
    journal read as the title's last clause and no journal read: the clause is the journal."""
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        m = _ABBREVIATED_TAIL.search(s.text)
        if m is None or len(s.text[: m.start()].split()) < 3 or not _YEAR_VOLUME_PAGE.match(text, s.end):
            return spans
        cut, a = s.start + m.start(), s.start + m.start("journal")
        title = Span("title", text[s.start : cut], s.start, cut, s.confidence)
        journal = Span("journal", text[a : s.end], a, s.end, s.confidence)
        return [*spans[:k], title, journal, *spans[k + 1 :]]
    return spans
