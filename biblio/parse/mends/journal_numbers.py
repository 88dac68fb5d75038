"""Mends of a journal run on with its numbers: ``PeerJ Preprints 5: e3159v2`` read into a title or publisher."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.mends.sections import IUCR_JOURNAL
from biblio.parse.spans import Span

# "Journal Name 5: e3159v2." / "Journal 13 (6): e1005510." closing the span, after a sentence's end
_RUN_ON = lazy_pattern(
    r"(?:(?<=[.?!])\s+|^\s*)"
    r"(?P<journal>[A-Z][\w&'\u2019-]*\.?(?:\s+(?:[A-Z&][\w&'\u2019-]*\.?|of|and|in|for|on|the)){0,7})"
    r"\s+(?P<volume>\d{1,4})(?:\s*\((?P<issue>[\w-]{1,9})\))?\s*:\s*(?P<page>[A-Za-z]{0,2}\d[\w-]*)\s*[.,;]?\s*$"
)
_NUMBER_COLON = lazy_pattern(r"\d\s*(?:\([\w-]{1,9}\)\s*)?:\s*[A-Za-z]{0,2}\d")
_HOLDERS = frozenset(["title", "publisher"])
_NUMBERED = frozenset(["journal", "container-title", "volume", "issue", "pages"])


@needs(marks=[":"], without=_NUMBERED)
def journal_numbers_apart(spans: list[Span], text: str) -> list[Span]:
    """Where no journal and no numbers were read, a title or publisher that ends in a journal's name,
    volume (and issue) and page: those as spans of their own."""
    if ":" not in text:
        return spans
    for s in spans:
        if s.label in _NUMBERED:
            return spans
    if not _NUMBER_COLON.search(text):
        return spans
    for k, s in enumerate(spans):
        if s.label not in _HOLDERS or ":" not in s.text:
            continue
        m = _RUN_ON.search(s.text)
        if m is None or (s.label == "title" and not s.text[: m.start()].strip()):
            continue
        parts = [Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence)]
        for group, label in (("journal", "journal"), ("volume", "volume"), ("issue", "issue"), ("page", "pages")):
            if m.group(group) is not None:
                a, z = m.span(group)
                parts.append(Span(label, s.text[a:z], s.start + a, s.start + z, s.confidence))
        return [*spans[:k], *(p for p in parts if p.text.strip()), *spans[k + 1 :]]
    return spans


# a journal's name: its capitalised words (or one opening in lower case: "eLife", "iScience", "mBio", none the
# model knows) and their small joins
_JOURNAL_NAME = r"[A-Za-z][\w&'\u2019-]*\.?(?:\s+(?:[A-Z&][\w&'\u2019-]*\.?|of|and|in|for|on|the)){0,7}"
# eLife's "eLife 4:" read as the volume: the journal's name and its number before the page's colon
_JOURNAL_OPENS_VOLUME = lazy_pattern(rf"\s*(?P<journal>{_JOURNAL_NAME})\s+(?P<number>\d{{1,4}}\s*:\s*)")
# eLife's "NeuroImage:116561." of an article with its number and no volume yet: a journal's name, a colon and the
# article's number (three digits and more, or a letter and digits), and nothing else
_JOURNAL_COLON_NUMBER = lazy_pattern(
    rf"\s*(?P<journal>{_JOURNAL_NAME})\s*:\s*(?P<number>(?:[A-Za-z]{{1,2}}\d+|\d{{3,}})\.?\s*)"
)


def _journal_then_number(spans: list[Span], k: int, m: re.Match[str], label: str) -> list[Span]:
    """The ``k``-th span, which ``m`` matched whole, read as the journal's name and its number (``label``)."""
    s = spans[k]
    a, z = m.span("journal")
    n = m.start("number")
    journal = Span("journal", s.text[a:z], s.start + a, s.start + z, s.confidence)
    number = Span(label, s.text[n:], s.start + n, s.end, s.confidence)
    return [*spans[:k], journal, number, *spans[k + 1 :]]


@needs(labels=["title", "volume", "pages"], without=["journal", "container-title"])
def journal_read_into_volume(spans: list[Span], text: str) -> list[Span]:
    """eLife's ``2015. Title. eLife 4:e03952.`` with the journal read into the volume: right after the title and
    before the pages, a volume that opens in words is the journal's name and its number."""
    if not labels_of(spans).isdisjoint(("journal", "container-title")):
        return spans
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "volume" or spans[k - 1].label != "title" or spans[k + 1].label != "pages":
            continue
        m = _JOURNAL_OPENS_VOLUME.fullmatch(s.text)
        return spans if m is None else _journal_then_number(spans, k, m, "volume")
    return spans


@needs(labels=["title", "publisher"], marks=[":"], without=_NUMBERED)
def journal_colon_number_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """eLife's ``2020. Title. NeuroImage:116561. DOI: …`` read as a publisher: after the title, where no
    journal and no numbers were read, a publisher that is only a name, a colon and a number is the journal and
    the article's number (a publisher is never followed by a bare number after its colon)."""
    if not labels_of(spans).isdisjoint(_NUMBERED):
        return spans
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "publisher" or spans[k - 1].label != "title":
            continue
        m = _JOURNAL_COLON_NUMBER.fullmatch(s.text)
        return spans if m is None else _journal_then_number(spans, k, m, "pages")
    return spans


# ACM's and others' "Article No. 47", "Article 094516", "Art. no. 12", Hindawi's "Article ID 103858": the
# article's number
_ARTICLE_NUMBER = lazy_pattern(r"^\s*(?:Article|Art\.)\s*(?:No\.?|Number|Nr\.?|ID)?\s*[\w-]*\d[\w-]*[.,;]?\s*$", re.I)


@needs(labels=["volume"], without=["pages"])
def article_number_is_page(spans: list[Span], text: str) -> list[Span]:
    """``Volume 50 Issue 4, October 2017, Article No. 47.`` with the article's number read as a note or a
    second journal: after a journal's volume, with no pages read, it stands for the pages."""
    if "volume" not in labels_of(spans) or "pages" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label in ("note", "journal", "container-title") and k and _ARTICLE_NUMBER.match(s.text):
            return [*spans[:k], Span("pages", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the ACS's article number closing the reference: "2019, 5, No. 28." (its issue is bracketed: "5 (2)")
_ACS_ARTICLE_NO = lazy_pattern(r"No\.\s*[A-Za-z]{0,2}\d+\.?")
# the ACS's bare year and bare volume before it, Markdown's bold and italics allowed ("**2019**, *5*,")
_BARE_YEAR = lazy_pattern(r"\**\d{4}[a-z]?\**,")
_BARE_VOLUME = lazy_pattern(r"\**\d{1,5}\**,")


@needs(labels=["issue", "volume", "date"], without=["pages"], marks=["No."])
def acs_article_number_is_page(spans: list[Span], text: str) -> list[Span]:
    """The ACS's ``*Npj Comput. Mater.* **2019**, *5*, No. 28.`` with the article's number read as the issue: after
    the bare year and volume, a ``No.`` closing the reference is the article's number, which stands for the
    pages."""
    if len(spans) < 3 or text[spans[-1].end :].strip():
        return spans
    d, v, n = spans[-3], spans[-2], spans[-1]
    if d.label != "date" or v.label != "volume" or n.label != "issue" or not _ACS_ARTICLE_NO.fullmatch(n.text.strip()):
        return spans
    if not (_BARE_YEAR.fullmatch(d.text.strip()) and _BARE_VOLUME.fullmatch(v.text.strip())):
        return spans
    return [*spans[:-1], Span("pages", n.text, n.start, n.end, n.confidence)]


# a bare number of up to three digits, no range
_BARE_NUMBER = lazy_pattern(r"\d{1,3}\.?")


@needs(labels=["pages", "date"], any_label=["journal", "container-title"], without=["volume", "issue"])
def closing_number_is_volume(spans: list[Span], text: str) -> list[Span]:
    """Google Scholar's and the ACL's ``2017. Attention is all you need. Advances in neural information processing
    systems, 30.`` with the volume read as the pages: a journal dated before its title whose one closing number,
    after a comma, is the volume (its pages unknown, as the exports write it)."""
    if len(spans) < 3 or text[spans[-1].end :].strip():
        return spans
    journal, last = spans[-2], spans[-1]
    if journal.label not in ("journal", "container-title") or journal.text.startswith("In "):
        return spans  # (a proceedings' "In …, 31." may close on its page)
    if last.label != "pages" or not _BARE_NUMBER.fullmatch(last.text.strip()):
        return spans
    if not journal.text.rstrip().endswith(",") or text[journal.end : last.start].strip():
        return spans
    if not any(s.label == "date" for s in spans[:-2]):
        return spans
    return [*spans[:-1], Span("volume", last.text, last.start, last.end, last.confidence)]

# a volume and its comma before a month and day: "7, October 21 (2019)" (a year so set opens a date: "2008, July 2008");
# or before the year alone, as Italian notes set it after the journal: "in \"Studi\", 27, 2016, pp. …"
_VOLUME_BEFORE_MONTH = lazy_pattern(
    r"^(?!(?:1[5-9]|20)\d\d\b)(?P<volume>\d{1,4}),\s+(?=(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d|(?:1[5-9]|20)\d\d[,.]?\s*$)"
)


@needs(labels=["journal", "date"], without=["volume"])
def volume_read_into_date(spans: list[Span], text: str) -> list[Span]:
    """``*Computational Culture* 7, October 21 (2019),`` with the journal's volume read as the date's day: a number
    set off by a comma straight after the journal, before a month and its day (or a year alone), is the volume."""
    for k in range(1, len(spans)):
        p, s = spans[k - 1], spans[k]
        if p.label != "journal" or s.label != "date" or (m := _VOLUME_BEFORE_MONTH.match(s.text)) is None:
            continue
        cut, end = s.start + m.end(), s.start + m.end("volume") + 1  # the volume keeps its comma
        return [
            *spans[:k],
            Span("volume", text[s.start : end], s.start, end, s.confidence),
            Span("date", text[cut : s.end], cut, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# Scholar's MLA "Journal vol (year): pages" cut after an abbreviation's period: ". 30 (2006):", ". 30.2 (2006):"
_VOLUME_BEFORE_BRACKETED_YEAR = lazy_pattern(
    r"^(?P<lead>\.?\s*)(?P<volume>\d{1,4})(?:\.(?P<issue>\d{1,3}))?\s+(?=\((?:1[5-9]|20)\d\d\)\s*:?\s*$)"
)


@needs(labels=["publisher", "date", "pages"], without=["journal", "container-title", "volume"])
def volume_after_abbreviated_journal(spans: list[Span], text: str) -> list[Span]:
    """Scholar's MLA ``"Title." Natl. Weather Dig. 30 (2006): 17-28.`` read as a publisher ``Natl. Weather Dig`` and a
    date ``. 30 (2006):``: a number before the bracketed year and the pages is the volume (``30.2`` the volume
    and the issue), and what precedes it the journal."""
    for k in range(1, len(spans) - 1):
        p, s, nxt = spans[k - 1], spans[k], spans[k + 1]
        if p.label != "publisher" or s.label != "date" or nxt.label != "pages":
            continue
        m = _VOLUME_BEFORE_BRACKETED_YEAR.match(s.text)
        if m is None or text[p.end : s.start].strip():
            return spans
        journal_end = s.start + m.end("lead") if "." in m["lead"] else p.end
        parts = [Span("journal", text[p.start : journal_end], p.start, journal_end, p.confidence)]
        a, z = s.start + m.start("volume"), s.start + m.end("volume")
        parts.append(Span("volume", text[a:z], a, z, s.confidence))
        if m["issue"]:
            ia, iz = s.start + m.start("issue"), s.start + m.end("issue")
            parts.append(Span("issue", text[ia:iz], ia, iz, s.confidence))
        cut = s.start + m.end()
        parts.append(Span("date", text[cut : s.end], cut, s.end, s.confidence))
        return [*spans[: k - 1], *parts, *spans[k + 1 :]]
    return spans


# the Royal Society's "Title. eLife 11," before the page: a sentence's end, then a journal's name and its volume
_JOURNAL_VOLUME_CLOSES = lazy_pattern(
    r"(?<=[.?!])\s+(?P<journal>[A-Za-z][\w&'\u2019-]*\.?(?:\s+(?:[A-Z&][\w&'\u2019-]*\.?|of|and|in|for|on)){0,5})"
    r"\s+(?P<volume>\d{1,4}),\s*$"
)


@needs(labels=["title", "pages"], without=["journal", "container-title", "volume"])
def journal_volume_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Robotic search for … medicine. eLife 11, e77007.`` with no journal read: a title that ends, after its
    full stop, in a name and a number with a comma, right before the pages, ends in the journal and volume."""
    if not labels_of(spans).isdisjoint(("journal", "container-title", "volume")):
        return spans
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "title" or spans[k + 1].label != "pages" or (m := _JOURNAL_VOLUME_CLOSES.search(s.text)) is None:
            continue
        if not s.text[: m.start()].strip():
            continue
        parts = [Span("title", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)]
        for group, label in (("journal", "journal"), ("volume", "volume")):
            a, z = m.span(group)
            parts.append(Span(label, s.text[a:z], s.start + a, s.start + z, s.confidence))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# the IUCr's "Acta Cryst. D66," : a volume with its section's letter, closing the journal's span
_SECTION_VOLUME_CLOSES = lazy_pattern(r"(?<=\.)\s+(?P<volume>[A-H]\d{1,4}),?\s*$")


@needs(labels=["journal", "pages"])
def section_volume_in_journal(spans: list[Span], text: str) -> list[Span]:
    """``(2015). Acta Cryst. C71, 3–8.`` with the volume, written with its section's letter, read into the
    IUCr's journal: after ``Cryst.`` and before the pages, ``C71`` is the volume, as the IUCr prints it."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "journal" or spans[k + 1].label != "pages":
            continue
        if (m := _SECTION_VOLUME_CLOSES.search(s.text)) is None or not IUCR_JOURNAL.search(s.text[: m.start()]):
            continue  # (elsewhere the letter closes the journal's name, the APS's "Phys. Rev. D87": ``sections``)
        a = m.start("volume")
        journal = Span("journal", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        volume = Span("volume", s.text[a:], s.start + a, s.end, s.confidence)
        return [*spans[:k], journal, volume, *spans[k + 1 :]]
    return spans


# Elsevier's "The Planetary Science Journal 1 (1), 2." closing the journal's span: its volume, the issue in
# brackets, and one page or article number (a range too) after a comma
_VOLUME_ISSUE_PAGE_CLOSE = lazy_pattern(
    r"\s(?P<volume>\d{1,4})\s*(?P<issue>\([\w\u2013-]{1,9}\)),\s*(?P<page>[A-Za-z]{0,3}\d{1,7}(?:\s*[-\u2013]\s*\d{1,7})?)\.?\s*$"
)


@needs(any_label=["journal", "container-title"], without=["volume", "issue", "pages"])
def numbers_closing_journal(spans: list[Span], text: str) -> list[Span]:
    """``Title. The Planetary Science Journal 1 (1), 2.`` with the volume, issue and page read into the journal's
    name (a one-number page the model keeps with the name): the numbers close it, each its own span."""
    if "(" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label not in ("journal", "container-title"):
            continue
        m = _VOLUME_ISSUE_PAGE_CLOSE.search(s.text)
        if m is None or not any(c.isalpha() for c in s.text[: m.start()]):
            continue
        parts = [Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence)]
        for group, label in (("volume", "volume"), ("issue", "issue"), ("page", "pages")):
            a, z = m.span(group)
            parts.append(Span(label, s.text[a:z], s.start + a, s.start + z, s.confidence))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# a Roman volume and its issue's opening bracket closing an abbreviated journal ("Environ. Eng. Geosci. II (")
_ROMAN_VOLUME_CLOSE = lazy_pattern(r"(?<=\.)\s+(?P<volume>[IVXL]{1,6})\s*\(\s*$")
_ISSUE_IN_VOLUME = lazy_pattern(r"^\s*(?P<issue>[\w\u2013-]{1,9})\s*\)\s*[,:]?\s*$")


@needs(labels=["journal", "volume"], without=["issue"])
def roman_volume_in_journal(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's ``Environ. Eng. Geosci. II (3), 444–446.`` with the Roman volume read into the journal's name
    and the issue in brackets as the volume: the numeral after the abbreviations is the volume."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "journal" or nxt.label != "volume" or not s.text.endswith("("):
            continue
        m, n = _ROMAN_VOLUME_CLOSE.search(s.text), _ISSUE_IN_VOLUME.match(nxt.text)
        if m is None or n is None or not s.text[: m.start()].strip():
            continue
        a, z = m.span("volume")
        journal = Span("journal", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        volume = Span("volume", s.text[a:z], s.start + a, s.start + z, s.confidence)
        issue = Span("issue", text[s.start + z : nxt.end], s.start + z, nxt.end, nxt.confidence)
        return [*spans[:k], journal, volume, issue, *spans[k + 2 :]]
    return spans
