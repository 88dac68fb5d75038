"""Journals whose volume is the year: ``J. High Energ. Phys. 2020, 66 (2020)``, ``PTEP 2022 (2022) 013B05``, and
Chicago author-date's ``2011. “Title.” *International Journal of Evolutionary Biology* 2011. https://doi.org/…``."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

_WORKS = frozenset(["journal", "container-title"])
# "2020," after the journal, and "(2020)." closing the numbers
_BARE_YEAR = lazy_pattern(r"^\s*((?:1[89]|20)\d\d)\s*,?\s*$")
_BRACKET_YEAR = lazy_pattern(r"^\s*\(\s*((?:1[89]|20)\d\d)\s*\)\s*[.,;]?\s*$")
# (PTEP's article numbers hold a letter: "083C01")
_ONE_PAGE = lazy_pattern(r"^\s*[A-Z]?\d{1,9}(?:[A-Z]\d{1,3})?\s*[.,]?\s*$")
# INSPIRE's "PTEP 2022 (2022) 013B05": the year-volume and the bracketed year read as one date
# Nature's "Behav. Biol. Dogs 2007, 182–206 (2007)." and "J. Vet. Med Sci. 2010, 0912080094 (2010).": a range of
# pages or a long article number between the year-volume and the bracketed year
_PAGE_OR_RANGE = lazy_pattern(r"^\s*(?:[A-Z]?\d{1,12}(?:[A-Z]\d{1,3})?|\d{1,6}\s*[-–]\s*\d{1,6})\s*[.,]?\s*$")
# (Google Scholar's MLA writes the issue after a dot, "Journal of High Energy Physics 2019.1 (2019): 93.")
_YEAR_TWICE = lazy_pattern(
    r"^\s*(?P<volume>(?:1[89]|20)\d\d)(?:\.(?P<issue>\d{1,3}))?\s+\(\s*(?P<year>(?P=volume))\s*\)\s*[.,:]?\s*$"
)


@needs(labels=("pages", "date"), any_label=_WORKS, without=["volume"])
def year_is_volume(spans: list[Span], text: str) -> list[Span]:
    """JHEP's, JCAP's and J. Stat. Mech.'s ``Journal 2013, P05014 (2013).`` (Nature's ``Journal 2007, 182–206
    (2007).``): the volume is the year, so the year straight after the journal, before an article number or the
    pages and the bracketed year, is the volume."""
    if "volume" in labels_of(spans) or "pages" not in labels_of(spans):
        return spans
    for k in range(1, len(spans) - 2):
        work, year, page, date = spans[k - 1 : k + 3]
        if work.label not in _WORKS or year.label != "date" or page.label != "pages" or date.label != "date":
            continue
        first, second = _BARE_YEAR.match(year.text), _BRACKET_YEAR.match(date.text)
        if first and second and first.group(1) == second.group(1) and _PAGE_OR_RANGE.match(page.text):
            return [*spans[:k], Span("volume", year.text, year.start, year.end, year.confidence), *spans[k + 1 :]]
    return spans


_AFTER_NUMBERS = frozenset(["url", "doi", "note"])


@needs(labels=("date",), any_label=_WORKS, without=["volume"])
def year_volume_in_date(spans: list[Span], text: str) -> list[Span]:
    """INSPIRE's ``PTEP 2022 (2022) 013B05`` (``Trans. Mach. Learn. Res. 2022 (2022). https://…``, with no page,
    Google Scholar's MLA ``Journal 2019.1 (2019): 93.``) with the year-volume and the bracketed year read as one
    date: the year before the bracket, straight after the journal, is the volume (and the number after its dot
    the issue)."""
    for k in range(1, len(spans)):
        work, date = spans[k - 1 : k + 1]
        if work.label not in _WORKS or date.label != "date" or (m := _YEAR_TWICE.match(date.text)) is None:
            continue
        after = spans[k + 1 :]
        paged = bool(after) and after[0].label == "pages" and _ONE_PAGE.match(after[0].text) is not None
        if not paged and any(o.label not in _AFTER_NUMBERS for o in after):
            continue
        a, z = date.start + m.start("volume"), date.start + m.end("volume")
        b = text.rindex("(", z, date.start + m.start("year"))
        sure = date.confidence
        new = [Span("volume", text[a:z], a, z, sure)]
        if m.group("issue"):
            i, j = date.start + m.start("issue"), date.start + m.end("issue")
            new.append(Span("issue", text[i:j], i, j, sure))
        new.append(Span("date", text[b : date.end], b, date.end, sure))
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans


@needs(labels=("date", "pages"), any_label=_WORKS, without=["volume"], marks=("):",))
def dotted_year_volume_in_date(spans: list[Span], text: str) -> list[Span]:
    """Google Scholar's MLA ``Journal of High Energy Physics 2019.1 (2019): 93.`` once the page after the colon,
    read first as a volume, is the page: the year-volume and its issue before the bracketed year are read apart
    (``year_volume_in_date``, which the volume read after the colon kept from them)."""
    return year_volume_in_date(spans, text)


# "Volume" alone before the date span "2019, July 2019.": the year-volume, then the issue's date
_VOLUME_WORD = lazy_pattern(r"^\s*(?:Volume|Vol\.?)\s*$", re.I)
_YEAR_VOLUME_THEN_DATE = lazy_pattern(r"^\s*(?P<volume>(?:1[89]|20)\d\d)\s*,\s+(?P<date>.*(?:1[89]|20)\d\d.*)$")


@needs(labels=("volume", "date"), any_label=_WORKS)
def volume_word_before_year_volume(spans: list[Span], text: str) -> list[Span]:
    """JCAP's ``Journal of Cosmology and Astroparticle Physics, Volume 2019, July 2019.`` with the word read as the
    volume and its number, the year, into the date: the year after the word is the volume."""
    for k in range(1, len(spans) - 1):
        work, vol, date = spans[k - 1 : k + 2]
        if work.label not in _WORKS or vol.label != "volume" or date.label != "date":
            continue
        if not _VOLUME_WORD.match(vol.text) or (m := _YEAR_VOLUME_THEN_DATE.match(date.text)) is None:
            continue
        z, b = date.start + m.end("volume"), date.start + m.start("date")
        sure = min(vol.confidence, date.confidence)
        volume = Span("volume", text[vol.start : z], vol.start, z, sure)
        return [*spans[:k], volume, Span("date", text[b : date.end], b, date.end, sure), *spans[k + 2 :]]
    return spans


_YEAR_STOP = lazy_pattern(r"(?:1[5-9]|20)\d\d\.?")
_LINKS = frozenset(["url", "doi"])


@needs(labels=["date"], any_label=_WORKS, marks=("*",))
def year_volume_after_journal(spans: list[Span], text: str) -> list[Span]:
    """Chicago author-date's ``2011. “Title.” *Int. J. Evol. Biol.* 2011. https://doi.org/…`` with the journal's
    volume, a year, read as a second date: the reference's date stands after the names, so a bare year right
    after the italic journal's closing mark, with nothing after it but the link, is the volume."""
    dates = [k for k, s in enumerate(spans) if s.label == "date"]
    if len(dates) != 2 or dates[0] == 0 or spans[dates[0] - 1].label not in ("author", "editor"):
        return spans
    k = dates[1]
    year, work = spans[k], spans[k - 1]
    if work.label not in _WORKS or not _YEAR_STOP.fullmatch(year.text.strip()):
        return spans
    if text[work.end : year.start].strip() != "*" or any(o.label not in _LINKS for o in spans[k + 1 :]):
        return spans
    number = year.text.strip().rstrip(".")
    return [*spans[:k], Span("volume", number, year.start, year.start + len(number), year.confidence), *spans[k + 1 :]]


# BibTeX's "IACR TCHES, 2018(3):21–43, 2018." (Quantum's "Chicago Journal of Theoretical Computer Science,
# 2013(8), 2013."): the journal's volume is the year, its issue in brackets
_YEAR_OPENS_ISSUE = lazy_pattern(r"^\s*((?:1[89]|20)\d\d)\s*\(\s*$")
_ISSUE_CLOSES = lazy_pattern(r"^\s*\d{1,3}\s*\)\s*[:,]?\s*$")
_BEFORE_VOLUME = frozenset(["journal", "container-title", "publisher"])


@needs(labels=["date"], any_label=("volume", "issue"), marks=[")"])
def year_volume_with_issue(spans: list[Span], text: str) -> list[Span]:
    """BibTeX's ``IACR TCHES, | 2018( | 3): | 21–43, | 2018.`` with the volume, a year, read as a date (and the
    journal as a publisher): a year opening the issue's bracket after the journal, the reference's year stated
    again at its end, is the volume."""
    for k in range(1, len(spans) - 1):
        work, year, issue = spans[k - 1 : k + 2]
        first = _YEAR_OPENS_ISSUE.match(year.text)
        if year.label != "date" or issue.label not in ("volume", "issue") or first is None:
            continue
        if work.label not in _BEFORE_VOLUME:
            continue
        if not _ISSUE_CLOSES.match(issue.text) or text[year.end : issue.start].strip():
            return spans
        if not any(s.label == "date" and s.text.strip(" .,;()") == first.group(1) for s in spans[k + 2 :]):
            return spans
        journal = Span("journal", work.text, work.start, work.end, work.confidence)
        sure = min(year.confidence, issue.confidence)
        number = Span("volume", text[year.start : issue.end], year.start, issue.end, sure)
        return [*spans[: k - 1], journal, number, *spans[k + 2 :]]
    return spans
