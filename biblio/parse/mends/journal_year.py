"""Mends of the ACS's and MDPI's ``Journal Year, Volume`` form, where the journal is followed by its
year with no mark between them: ``Nat. Methods 2022, 19 (5), 534−546.`` (the ACS's short form, with no
article title), ``… SCADA data. Wind Energy 2021, 24, 1340-1359.`` (MDPI)."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import LINK_LABELS, border_moved, divided, emphasis_runs, links_start
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.publisher import periodical_name
from biblio.parse.spans import Span

# a year standing alone before the volume: "2022,"
_BARE_YEAR = lazy_pattern(r"\s*(?:1[5-9]|20)\d\d,\s*$")
_VOLUME = lazy_pattern(r"\s*\*?\d+[A-Za-z]?\*?,?\s*$")
# a journal's name as the short form writes it: capitalised words and abbreviations ("Nat. Rev. Drug
# Discovery", "FEBS J.", "Proc. Natl. Acad. Sci. U. S. A.", "Science (80-.).", CASSI's section after a comma
# "Spectrochim. Acta, Part A"), never a title's lower-case words or its colon
_JOURNAL_NAME = lazy_pattern(
    r"\*?[A-Z][A-Za-z]*\.?(?:\s+(?:[A-Z][A-Za-z]*\.?|\([^()\s]*\)\.?))*"
    r"(?:,\s+(?:Part|Sect\.|Ser\.)\s+[A-Z]\b\.?)?\*?\.?"
)
# the last given name's initials of the ACS's ``Family, I. I.`` and the abbreviated words after them
_NAMES_THEN_WORDS = lazy_pattern(r"(?P<names>.*,\s(?:[A-Z]\.[\s-]?)*[A-Z]\.)\s+(?P<words>[A-Z][a-z]+\..*)$")
# a journal's span that runs on into the year: "Wind Energy 2021,"
_SUFFIX = lazy_pattern(r"(?:Jr|Sr)\.")
_JOURNAL_THEN_YEAR = lazy_pattern(r"(?P<journal>.*\S)\s+(?P<year>(?:1[5-9]|20)\d\d),\s*$")
_MAX_JOURNAL_WORDS = 8


def _year_then_volume(spans: list[Span], k: int) -> bool:
    return (
        k + 1 < len(spans)
        and spans[k].label == "date"
        and _BARE_YEAR.fullmatch(spans[k].text) is not None
        and spans[k + 1].label == "volume"
        and _VOLUME.fullmatch(spans[k + 1].text) is not None
    )


def _journal_run(run: list[Span]) -> bool:
    """Whether the spans before the year are one journal's name as the model may cut it: a title alone
    (no journal read), or a title of one or two abbreviated words before the journal (``Proc.`` |
    ``Natl. Acad. Sci.``), or the journal alone (its first words read among the names)."""
    labels = [s.label for s in run]
    if labels == ["journal"]:
        return True
    if "journal" not in labels:
        return True
    if labels != ["title", "journal"]:
        return False
    words = run[0].text.split()
    return len(words) <= 2 and all(w.endswith(".") for w in words)


@needs(labels=["date", "volume", "author"], any_label=["title", "journal"])
def journal_alone_before_year(spans: list[Span], text: str) -> list[Span]:
    """The ACS's short form ``Moses, L.; Pachter, L. Nat. Methods 2022, 19 (5), 534−546.`` names no
    article: the journal's words before the year, read as a title or split between the names, a title
    and a journal, are the journal."""
    if sum(1 for s in spans if s.label == "title") > 1:
        return spans
    for k in range(2, len(spans) - 1):
        if not _year_then_volume(spans, k):
            continue
        first = k
        while first > 0 and spans[first - 1].label in ("title", "journal"):
            first -= 1
        run = spans[first:k]
        if not run or first == 0 or spans[first - 1].label != "author" or not _journal_run(run):
            return spans
        if any(s.label in ("title", "journal") for s in spans[:first] + spans[k:]):
            return spans
        author = spans[first - 1]
        start, head = run[0].start, author
        tail = _NAMES_THEN_WORDS.fullmatch(author.text)
        if tail is not None and not _SUFFIX.match(tail.group("words")):
            start = author.start + tail.start("words")
            names_end = author.start + tail.end("names")
            head = Span("author", text[author.start : names_end], author.start, names_end, author.confidence)
        elif [s.label for s in run] == ["journal"]:
            return spans  # the journal was read whole: nothing to mend
        end = run[-1].end
        name = text[start:end].strip()
        if _JOURNAL_NAME.fullmatch(name) is None or len(name.split()) > _MAX_JOURNAL_WORDS:
            return spans
        confidence = min(s.confidence for s in run)
        journal = Span("journal", text[start:end], start, end, confidence)
        return [*spans[: first - 1], head, journal, *spans[k:]]
    return spans


@needs(labels=["volume"], any_label=["journal", "container-title"], without=["date"])
def year_closing_journal(spans: list[Span], text: str) -> list[Span]:
    """MDPI's ``Wind Energy 2021, 24, 1340-1359.`` (the ACS's ``Energy Policy 2021, 148,`` read as a book) with the
    year read into the journal: the year after the journal's name, before the volume, is the date (none read
    elsewhere: ``dans MDCCC 1800, 3, 2014`` names the journal's year)."""
    if any(s.label == "date" for s in spans):
        return spans
    for k in range(len(spans) - 1):
        s, v = spans[k], spans[k + 1]
        if s.label not in ("journal", "container-title") or v.label != "volume":
            continue
        m = _JOURNAL_THEN_YEAR.fullmatch(s.text)
        if m is None or s.label != "journal" and not _JOURNAL_NAME.fullmatch(m["journal"]):
            return spans
        return divided(spans, k, m.end("journal"), m.start("year"), s.label, "date")
    return spans


# the title's last sentence when it is a journal's first words: "… Properties. Rapid Prototyp."
_HEAD_CLOSING_TITLE = lazy_pattern(r"(?P<title>.*\S\.)\s+(?P<head>[A-Z][a-z]*\.?(?:\s+[A-Z][a-z]*\.?){0,2}\.)\s*$")
_LONE_ABBREVIATION = lazy_pattern(r"\s*[A-Z][a-z]{0,5}\.\s*")


@needs(labels=["title", "journal", "date", "volume"])
def journal_head_closing_title(spans: list[Span], text: str) -> list[Span]:
    """MDPI's ``… Mechanical Properties. Rapid Prototyp. J. 2018, 24,`` with the journal's first words
    read as the title's last sentence and only its last abbreviation (``J.``) as the journal."""
    for k in range(len(spans) - 3):
        s, t = spans[k], spans[k + 1]
        if s.label != "title" or t.label != "journal" or not _year_then_volume(spans, k + 2):
            continue
        if _LONE_ABBREVIATION.fullmatch(t.text) is None or text[s.end : t.start].strip():
            return spans
        return _head_back_to_journal(spans, text, k, _HEAD_CLOSING_TITLE, 3)
    return spans


_SENTENCE_CLOSED = (".", "?", "!")


@needs(labels=["title", "journal"], marks=["*", "_"])
def italic_journal_opened_in_title(spans: list[Span], text: str) -> list[Span]:
    """MDPI's ``… manufacturing. _Robot. Comput. -Integr. Manuf._ **2017**, _45_,`` with the italic journal's first
    abbreviations read as the title's last sentence: the italic run that opens after the title's full stop and
    closes the journal's span is the journal, whole."""
    for k in range(len(spans) - 1):
        t, j = spans[k], spans[k + 1]
        if t.label != "title" or j.label != "journal":
            continue
        for run in emphasis_runs(text):
            if run.text_start - run.start != 1 or not t.start < run.start < t.end:
                continue  # bold, or not opened inside the title
            if not j.start < run.text_end <= j.end or text[run.end : j.end].strip(" ,.;"):
                return spans  # the journal's span runs on past the italics
            head = text[t.start : run.start].rstrip()
            if not head.endswith(_SENTENCE_CLOSED):
                return spans
            title = Span("title", head, t.start, t.start + len(head), t.confidence)
            work = Span("journal", text[run.text_start : run.text_end], run.text_start, run.text_end, j.confidence)
            return [*spans[:k], title, work, *spans[k + 2 :]]
        return spans
    return spans


# the ACS's numbers after the journal: "2016, *12* (34), 7079−7088." or "2020, *12*, No. 100618." (an
# article's number after ``No.``), italic volume and all; MDPI's bold year and a conversion's underscore
# italics too ("**2022**, _22_, 1976.", the date's span opening after the bold's first marks)
_ACS_NUMBERS = lazy_pattern(
    r"(?P<date>(?:1[5-9]|20)\d\d(?:\*\*)?,)\s+(?P<volume>(?P<ital>[*_]?)\d+(?P=ital))(?:\s+(?P<issue>\(\d+\)))?\s*,\s+"
    r"(?:(?P<no>No\.)\s+)?(?P<pages>[A-Za-z]{0,4}\d+(?:[-−–][A-Za-z]?\d+)?\.?)\s*"
)
# an article's number after "No.": up to four letters and digits ("e202401794", Science Advances'
# "eadg8814") or four digits and more; "No. 8" after a volume is an issue, but after the issue in
# brackets ("25 (1), No. 90.") it is the article's number
_ARTICLE_NUMBER = lazy_pattern(r"[A-Za-z]{1,4}\d+\.?|\d{4,}\.?")
_BRACKETED_YEAR = lazy_pattern(r"\((?:1[5-9]|20)\d\d\)")
_NUMBER_LABELS = frozenset(["date", "volume", "issue", "pages", "note"])
# a reading of the numbers as the short form writes them: the year, the volume, the issue, the pages
_READ_WELL = (["date", "volume", "pages"], ["date", "volume", "issue", "pages"])


@needs(labels=["journal"], any_label=["date", "volume"])
def italic_numbers_after_year(spans: list[Span], text: str) -> list[Span]:
    """The ACS's ``*Soft Matter* 2016, *12* (34), 7079−7088.`` or ``*SoftwareX* 2020, *12*, No. 100618.``
    with the italic volume read into the date or the pages, the article's number as the issue or a note, the
    year as the volume, or plain numbers cut up (``2022, 126 (43), 8597−8613.`` read as ``126`` | ``(`` |
    ``43), …``): the year, the volume, the issue in brackets and the pages (the number after ``No.``) in turn,
    when they are all the reference has after the journal (but for a link or an access date; the numbers' closing
    part may be read as a title before them)."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label not in ("date", "volume") or spans[k - 1].label != "journal":
            continue
        core = links_start(spans, k + 1)
        rest, links = spans[k:core], spans[core:]
        m = _ACS_NUMBERS.match(text, s.start) if links else _ACS_NUMBERS.fullmatch(text, s.start)
        if m is None or rest[-1].end < m.end("pages") or links and m.end() < links[0].start:
            return spans  # (before the links the numbers close the reference)
        if any(r.label not in _NUMBER_LABELS and (r.label != "title" or not links or r.end > m.end()) for r in rest):
            return spans
        if m.group("no") and not m.group("issue") and not _ARTICLE_NUMBER.fullmatch(m.group("pages")):
            return spans
        if m.group("issue") and _BRACKETED_YEAR.fullmatch(m.group("issue")):
            return spans  # the ACM's "Journal 2022, 2 (2022), 344–362": a number and its year, not an issue
        plain = not m.group("ital") and not m.group("no")
        if plain and [r.label for r in rest] in _READ_WELL:
            return spans  # plain numbers read in their order: the model's own borders stand
        found = [
            Span(group, text[m.start(group) : m.end(group)], m.start(group), m.end(group), s.confidence)
            for group in ("date", "volume", "issue", "pages")
            if m.group(group) is not None
        ]
        if [(f.label, f.start, f.end) for f in found] == [(r.label, r.start, r.end) for r in rest]:
            return spans
        return [*spans[:k], *found, *links]
    return spans


# the title's last comma part when it is one abbreviation, a journal's first word: "Title, Proc." | "Natl. Acad."
_HEAD_AFTER_COMMA = lazy_pattern(r"(?P<title>.*\S),\s+(?P<head>[A-Z][a-z]{0,5}\.)\s*")
_OPENS_ABBREVIATED = lazy_pattern(r"\s*[A-Z][a-z]{0,6}\.\s")


@needs(labels=["title", "journal", "volume"])
def journal_head_after_title_comma(spans: list[Span], text: str) -> list[Span]:
    """``A. Smith, Gene regulation in yeast, Proc. Natl. Acad. Sci. USA 99, 7821 (2002).`` with the journal's first
    abbreviation read as the title's last comma part: an abbreviation alone after the title's comma, right before
    a journal that opens abbreviated, is the journal's first word."""
    for k in range(len(spans) - 2):
        s, t = spans[k], spans[k + 1]
        if s.label != "title" or t.label != "journal" or spans[k + 2].label != "volume":
            continue
        if text[s.end : t.start].strip() or not _OPENS_ABBREVIATED.match(t.text):
            return spans
        return _head_back_to_journal(spans, text, k, _HEAD_AFTER_COMMA, 2)
    return spans


# a country's short form closing an abbreviated journal's name ("Proc. Natl. Acad. Sci. USA")
_JOURNAL_COUNTRIES = frozenset(["USA", "U.S.A.", "U.S.A", "UK", "U.K.", "U.K"])
_NUMBERS_AFTER = frozenset(["date", "volume"])


@needs(labels=["journal", "location"])
def country_closing_abbreviated_journal(spans: list[Span], text: str) -> list[Span]:
    """The ACS's ``"Title." Proc. Natl. Acad. Sci. USA 2009, 106, 14271.`` with the journal's closing ``USA`` read
    as a place: a country's short form between an abbreviated journal and its year or volume is the journal's."""
    for k in range(len(spans) - 2):
        s, t = spans[k], spans[k + 1]
        if t.label != "location" or s.label != "journal":
            continue
        if t.text.strip(" ,;") not in _JOURNAL_COUNTRIES or spans[k + 2].label not in _NUMBERS_AFTER:
            return spans
        if not s.text.rstrip().endswith(".") or text[s.end : t.start].strip():
            return spans
        end = t.start + len(t.text.rstrip(" ,;"))
        journal = Span("journal", text[s.start : end], s.start, end, min(s.confidence, t.confidence))
        return [*spans[:k], journal, *spans[k + 2 :]]
    return spans


def _head_back_to_journal(spans: list[Span], text: str, k: int, head: re.Pattern[str], fewest: int) -> list[Span]:
    """The journal's head (``head``'s group) closing the ``k``-th span, the title, moved to the journal after it,
    where the title keeps at least ``fewest`` words (fewer: the words are the title's own)."""
    s = spans[k]
    m = head.fullmatch(s.text)
    if m is None or len(m.group("title").split()) < fewest:
        return spans
    return border_moved(spans, text, k, s.start + m.end("title"), s.start + m.start("head"))


# Copernicus's "Title, J. Irrig. Drain. E.-ASCE, 120,": the title's last comma part a run of abbreviations whose
# last one is glued by its hyphen to the journal's span ("E.-" | "ASCE")
_GLUED_HEAD_AFTER_COMMA = lazy_pattern(r"(?P<title>.*\S),\s+(?P<head>(?:[A-Z][a-z]{0,7}\.\s?)+-)")


@needs(labels=["title", "volume"], any_label=["journal", "publisher"], marks=["-"])
def abbreviations_glued_to_journal(spans: list[Span], text: str) -> list[Span]:
    """Copernicus's ``Title, J. Irrig. Drain. E.-ASCE, 120, 1132–1139,`` with the journal cut inside its hyphened
    word, its first abbreviations read as the title's last comma part (its last word as a publisher): the
    abbreviations go to the journal, whole."""
    for k in range(len(spans) - 2):
        s, t = spans[k], spans[k + 1]
        if s.label != "title" or t.label not in ("journal", "publisher") or spans[k + 2].label != "volume":
            continue
        if s.end != t.start or not t.text[:1].isalpha():
            return spans  # a space between: the model's border is a word's
        moved = _head_back_to_journal(spans, text, k, _GLUED_HEAD_AFTER_COMMA, 2)
        if moved is spans:
            return spans
        w = moved[k + 1]
        return [*moved[: k + 1], Span("journal", w.text, w.start, w.end, w.confidence), *moved[k + 2 :]]
    return spans


# Quantitative Finance's "Title. Financ. Innovation, 2022, 8, 20.": the title's last sentence one capitalised
# abbreviation, the journal's first word ("Financ." | "Innovation,"); a part's or a role's word is none
_ABBREVIATION_SENTENCE = lazy_pattern(r"(?P<title>.*\S[.?!])\s+(?P<head>[A-Z][a-z]{3,7}\.)")
_NO_HEADS = frozenset(["Repr.", "Trans.", "Transl.", "Suppl.", "Abstr.", "Diss."])
_YEAR_VOLUME_PAGE = frozenset(["date", "volume", "pages"])


@needs(labels=["title", "journal", "date", "volume", "pages"])
def abbreviation_sentence_before_journal(spans: list[Span], text: str) -> list[Span]:
    """Quantitative Finance's ``Title. Financ. Innovation, 2022, 8, 20.`` with the journal's abbreviated first word
    read as the title's last sentence: the lone abbreviation before a journal of plain words goes to the journal."""
    for k in range(len(spans) - 4):
        s, t = spans[k], spans[k + 1]
        if s.label != "title" or t.label != "journal":
            continue
        if {r.label for r in spans[k + 2 : k + 5]} != _YEAR_VOLUME_PAGE or "." in t.text.rstrip(" ,.")[:-1]:
            return spans
        m = _ABBREVIATION_SENTENCE.fullmatch(s.text.rstrip())
        if m is None or m["head"] in _NO_HEADS or not t.text[:1].isupper():
            return spans
        return _head_back_to_journal(spans, text, k, _ABBREVIATION_SENTENCE, 3)
    return spans


@needs(labels=["journal", "title"], any_label=sorted(LINK_LABELS))
def numbers_read_as_title_before_links(spans: list[Span], text: str) -> list[Span]:
    """The ACS's ``Names Title. Nat. Rev. Drug Discovery 2018, 17 (2), 97−113. Available at: …`` with the numbers'
    closing part read as the only title: the numbers read apart early, so that the mends of names see no title (and
    find it in the names)."""
    if links_start(spans) == len(spans) or "title" not in labels_of(spans):
        return spans
    out = italic_numbers_after_year(spans, text)
    if out is spans or "title" in labels_of(out):
        return spans
    return out


# an italic title's closing mark, its full stop inside or after it: "Title._", "*Title*."
_ITALIC_CLOSED = lazy_pattern(r"(?:\.[*_]|[*_]\.)\s*$")
_NAME_COMMA = lazy_pattern(r"(?P<name>.*?)[,.]?\s*")


@needs(labels=["title", "publisher", "date"], marks=["*", "_"])
def journal_read_as_house_after_italic_title(spans: list[Span], text: str) -> list[Span]:
    """``… _Hip fracture treatment in Norway._ Bone & Joint Open, 2020.`` with the journal read as a book's house:
    a name of a periodical's words (no house's) alone between an italic title and the year is the journal."""
    for k in range(1, len(spans) - 1):
        t, s, d = spans[k - 1], spans[k], spans[k + 1]
        if s.label != "publisher" or t.label != "title" or d.label != "date":
            continue
        closing = text[max(t.start, s.start - 6) : s.start]
        if not _ITALIC_CLOSED.search(closing) or any(x.label == "location" for x in spans):
            return spans
        name = _NAME_COMMA.fullmatch(s.text)
        if name is None or not periodical_name(name["name"]):
            return spans
        return [*spans[:k], Span("journal", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a house's word: "Oxford University Press 2015, 12, 33." names a book's publisher, not a journal
_HOUSE_WORD = lazy_pattern(r"\b(?:Press|Publish\w*|Verlag|Inc|Ltd|GmbH|LLC|Elsevier|Springer|Wiley|Routledge)\b")


@needs(labels=["publisher", "date", "volume"], without=["journal", "container-title", "location"])
def journal_read_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """MDPI's ``… system. Sensors 2019, 19, 5154.`` with the journal read as a publisher: a name right before a bare
    year, a volume and the pages, with no place read, is the journal's."""
    for k in range(len(spans) - 3):
        s = spans[k]
        if s.label != "publisher" or not _year_then_volume(spans, k + 1) or spans[k + 3].label != "pages":
            continue
        if text[s.end : spans[k + 1].start].strip() or not _JOURNAL_NAME.fullmatch(s.text.strip()):
            return spans
        if _HOUSE_WORD.search(s.text):
            return spans
        return [*spans[:k], Span("journal", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
