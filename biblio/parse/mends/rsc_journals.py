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


# a name as the RSC sets it, its initials first: "G. H. Callcott", "J.-C. Jaboulay", "W. O’Neal"
_INITIALS_FIRST = lazy_pattern(r"(?:[A-Z][a-z]?\.\s*-?)+\s*\S.*")
# the journal's name in words with no initial: "American Archivist", "Human Communication Research"
_WORDED_JOURNAL = lazy_pattern(r"[A-Z][\w’'&-]*\.?(?:\s+(?:[A-Z][\w’'&-]*\.?|of|and|in|for|on|the|&)){0,8}")
_ABBREVIATION_LAST = lazy_pattern(r"\s(?!(?:Jr|Sr)\.$)[A-Z][a-z]{1,9}\.$")
_AFTER_NAMES = lazy_pattern(r"\s*(?:1[6-9]|20)\d\d,\s*\d+,\s*[A-Za-z]?\d+")


@needs(labels=["author", "date"], without=["title", "journal", "container-title"])
def journal_after_rsc_names(spans: list[Span], text: str) -> list[Span]:
    """The RSC's entry without the article's title, ``G. H. Callcott, American Archivist, 1958, 21, 18–22.``, with
    the journal read as the last author: after names that each open on initials, a last part with no initial
    right before ``, Year, Volume, Page`` is the journal."""
    for k, s in enumerate(spans):
        if s.label != "author":
            continue
        parts = [p.strip() for p in s.text.rstrip().rstrip(",").split(",")]
        if len(parts) < 2 or not _AFTER_NAMES.match(text, s.end):
            return spans
        *names, last = parts
        people = [n for part in names for n in part.split(" and ")]
        if not all(_INITIALS_FIRST.fullmatch(n.strip()) for n in people) or not _WORDED_JOURNAL.fullmatch(last):
            return spans
        # "J. Hydrol.": a family name never closes on a full stop, an abbreviated journal's word does
        if _INITIALS_FIRST.fullmatch(last) and not _ABBREVIATION_LAST.search(last):
            return spans
        a = s.start + s.text.rindex(last)
        end = s.start + len(s.text.rstrip().rstrip(","))
        cut = s.start + s.text.rindex(",", 0, a - s.start) + 1
        author = Span("author", text[s.start : cut], s.start, cut, s.confidence)
        journal = Span("journal", text[a:end], a, end, s.confidence)
        return [*spans[:k], author, journal, *spans[k + 1 :]]
    return spans


# the numbers close the entry: ", 1978, 8, 175–196."
_CLOSING_NUMBERS = lazy_pattern(r",?\s*(?:1[6-9]|20)\d\d,\s*\d+,\s*[A-Za-z]?\d+(?:\s*[-\u2013]\s*[A-Za-z]?\d+)?\.?\s*$")


@needs(labels=["author", "title", "date"], without=["journal", "container-title"])
def title_alone_before_rsc_numbers(spans: list[Span], text: str) -> list[Span]:
    """The RSC's entry without the article's title, ``H. T. Dickinson, Literature and History, 1978, 8, 175–196.``,
    with the journal read as the title: one part between the names and ``, Year, Volume, Page`` that close the
    entry is the journal (a book's part would have its publisher after it)."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "title":
            continue
        if spans[k - 1].label != "author" or text[spans[k - 1].end : s.start].strip(" ,"):
            return spans
        if not _CLOSING_NUMBERS.match(text, s.end):
            return spans
        end = s.start + len(s.text.rstrip().rstrip(","))
        return [*spans[:k], Span("journal", text[s.start : end], s.start, end, s.confidence), *spans[k + 1 :]]
    return spans
