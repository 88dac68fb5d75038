"""Mends of the journal in the RSC's form, ``Authors, Title, Journal Abbrev., Year, Volume, Page.``: the title
and the abbreviated journal are parted by a comma alone, so the labeller reads a journal that opens with a
lower-case word (``npj Comput. Mater.``, ``mBio``) or with ``J.`` (``J. Open Source Softw.``) into the title."""

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
# a journal's first word written in lower case: "npj", "mBio", "eLife", "iScience"
_LOWER_HEAD = lazy_pattern(r",\s+(?P<head>[a-z]{1,4}[A-Z]?[a-z]{0,9})\s*$")
_ABBREVIATION_LEAD = lazy_pattern(r"\s*[A-Z][a-z]{0,8}\.\s")


@needs(labels=["title", "date"], without=["journal", "container-title"])
def journal_closing_title(spans: list[Span], text: str) -> list[Span]:
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


@needs(labels=["title", "journal"])
def lower_case_journal_head(spans: list[Span], text: str) -> list[Span]:
    """``Ultra-fast interpretable machine-learning potentials, npj | Comput. Mater., 2023,`` with the
    journal's lower-case first word read as the title's last: the word opens the journal."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label != "title" or t.label != "journal":
            continue
        m = _LOWER_HEAD.search(s.text)
        if m is None or not _ABBREVIATION_LEAD.match(text, t.start) or text[s.end : t.start].strip():
            return spans
        if len(s.text[: m.start()].split()) < 3:
            return spans
        cut, a = s.start + m.start(), s.start + m.start("head")
        title = Span("title", text[s.start : cut], s.start, cut, s.confidence)
        journal = Span("journal", text[a : t.end], a, t.end, min(s.confidence, t.confidence))
        return [*spans[:k], title, journal, *spans[k + 2 :]]
    return spans
