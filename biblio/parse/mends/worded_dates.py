"""A date written with the month's name, read as numbers, a place or a publisher: French, Italian, Spanish and
Portuguese references write the day before the month, often with ``de`` (``21 février 2017``, ``Stockholm,
12 décembre 1960``, ``(janeiro de 2020)``, ``Arquivo.pt, dezembro 2021``), and the model, trained mostly on
English dates, takes the day for a volume, the month for an issue or the end of a place.

A month's full name with a day before it or a year after it is a date wherever it stands among the numbers,
the places, the publisher or the container; a day and month with no year, after a year read elsewhere
(Chicago's ``2021. « Titre ». *Blog*. 28 septembre.``), completes that date and goes into no field.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import emphasis_runs, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.dates import ACCESS_LEAD, MONTHS, bare_day_bound
from biblio.parse.spans import Span
from biblio.parse.text import Verdicts, ascii_fold

_WORDED = lazy_pattern(
    r"(?<![\w.])(?:(?P<day>[0-3]?\d)(?:er|º|°)?\s+(?:de\s+)?)?(?P<month>[^\W\d_]{3,})\.?"
    r"(?:,?\s+(?:de\s+)?(?P<year>(?:1[5-9]|20)\d\d)(?!\d))?"
)
# "no. 1 February 1, 1986", "No. 2 July": the number after a mark is the issue, not the month's day;
# "17-19 septembre", "6, 7 et 8 mai": a meeting's days, which the date's month does not take
_NUMBER_MARK = lazy_pattern(
    r"(?:\b(?:n[or]?|nº|n°|núm|num|vol|issue|heft)\.?|#|\d\s*(?:[-–]|,|\bet|\by|\be|\band))\s*$", re.I
)
# "November-December 2006": the months of a double issue, the first one the date's too
_MONTH_BEFORE = lazy_pattern(r"(?P<month>[^\W\d_]{3,})\.?\s*[-–/]\s*$")
# "Acesso em: 3 out. 2020", "mis à jour le 9 octobre 2020": the access and update notes' mends take these
_NOTE_BEFORE = lazy_pattern(
    rf"\b(?:{ACCESS_LEAD}|mis\s+[àá]\s+jour\s+le|aggiornat[oa](?:\s+il)?|epub)\s*(?:on|el|le|em)?\s*:?\s*$", re.I
)
# The last mark of a match of ``_NOTE_BEFORE`` and of ``_MONTH_BEFORE`` (each closes on ``\s*$`` where it is searched):
# the last letter of a lead word or of the word after it, a colon (case-blind: the letters that fold onto ASCII too);
# a dash or slash
_NOTE_ENDS = frozenset("dsnmféeolpяtahibu:") | frozenset("\u017f\u212a\u0131\u0130")
_MONTH_BEFORE_ENDS = frozenset("-–/")


def _closes_on(text: str, a: int, ends: frozenset[str]) -> bool:
    """Whether ``text[:a]``, spaces apart, closes on one of ``ends``: a cheap test before a search that tries every
    start of the text for a match closing at ``a``."""
    last = text[:a].rstrip()[-1:]
    return last in ends or last.lower() in ends


_YEAR = lazy_pattern(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_YEAR_ALONE = lazy_pattern(r"\W*(?:1[5-9]|20)\d\d[a-z]?\W*")
# the fields a misread date lands in; a title's or a name's date is the work's own words
_MISREAD = frozenset(["volume", "issue", "pages", "location", "publisher", "journal"])
_PASSED = frozenset(["date", "other"])
_NUMBERS = frozenset(["volume", "issue", "pages"])
_ADDRESS = lazy_pattern(r"^(?:https?://|www\.)", re.I)


# a month's name is a whole run of letters (the pattern's ``month``): the runs are looked up before the pattern
_LETTER_RUNS = lazy_pattern(r"[^\W\d_]{3,}")


def _judge_month(word: str) -> bool:
    low = word.lower()
    return (low if low.isascii() else ascii_fold(low)) in MONTHS


# each run of letters judged once (folding a word's accents is the cost of a text that is not ASCII)
_worded_month = Verdicts(_judge_month).__getitem__


# the names a run of three or more ASCII letters can be, as bytes; every other byte read as a space, the
# words of a lower-case ASCII text are its runs of letters (``[a-z]{3,}``), split in C with no pattern
_ASCII_MONTHS = frozenset(w.encode() for w in MONTHS if len(w) >= 3 and w.isascii() and w.isalpha() and w.islower())
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def names_a_month(text: str) -> bool:
    """Whether a run of letters of ``text`` is a month's name: a cheap first look, before the pattern."""
    if text.isascii():
        return not _ASCII_MONTHS.isdisjoint(text.lower().encode().translate(_LETTERS_ONLY).split())
    return any(map(_worded_month, _LETTER_RUNS.findall(text)))


def _misread(spans: list[Span], a: int, z: int) -> list[Span] | None:
    """The spans over ``[a, z)`` when the date there was read into a number, a place or a publisher (an access
    note that opens before it is another date's, and is left alone)."""
    over = [s for s in spans if s.start < z and s.end > a]
    if not any(s.label in _MISREAD for s in over):
        return None
    if all(s.label in _MISREAD or s.label in _PASSED or (s.label == "accessed" and s.start >= a) for s in over):
        return over
    return None


@needs(any_label=_MISREAD)
def worded_date_apart(spans: list[Span], text: str) -> list[Span]:
    """``*DoRANum*, 21 | février`` read as a volume and an issue, ``Stockholm, 12 | décembre 1960`` or
    ``(janeiro de | 2020)`` read into the place: the day, the month's name and the year are the date."""
    if not names_a_month(text):
        return spans
    for m in _WORDED.finditer(text):
        if not _worded_month(m.group("month")):
            continue  # (most matches are a word of the text: no month, whatever stands beside it)
        if not m.group("day") and bare_day_bound(m.group("month"), text[: m.start()]):
            continue  # "Dubna, 1998": a Slavic month's genitive with no day is a town's or a name's word
        a, z = m.start(), m.end()
        if m.group("day") and _NUMBER_MARK.search(text, 0, a):
            a = m.start("month")
        elif not m.group("day") and not m.group("year"):
            continue
        if a == m.start("month") and not m.group("year"):
            continue
        if _closes_on(text, a, _NOTE_ENDS) and _NOTE_BEFORE.search(text, 0, a):
            continue
        if (
            _closes_on(text, a, _MONTH_BEFORE_ENDS)
            and (before := _MONTH_BEFORE.search(text, 0, a))
            and _worded_month(before.group("month"))
        ):
            a = before.start()
        if any(r.start <= a and z <= r.end for r in emphasis_runs(text)):
            continue  # an italic title's own date: "*Royal Crescent in Bath, England - July 2006*"
        over = _misread(spans, a, z)
        if over is None:
            continue
        years = [s.text for s in spans if s.label == "date" and _YEAR.search(s.text) and (s.end <= a or s.start >= z)]
        # the day and month complete a date of the year alone; beside a fuller date they are some other day's
        label = "note" if years and not m.group("year") and not all(map(_YEAR_ALONE.fullmatch, years)) else "date"
        new = Span(label, text[a:z], a, z, min(s.confidence for s in over))
        spans = [_rest(s) for s in replaced(spans, text, a, z, [new]) if s.text.strip(" ,.;:*()[]")]
    return spans


def _rest(s: Span) -> Span:
    """What is left of a number's span once the date is out: an address run into it is the URL."""
    if s.label in _NUMBERS and _ADDRESS.match(s.text):
        return Span("url", s.text, s.start, s.end, s.confidence)
    return s
