"""Mend of a venue named with its year at the end of a reference (``In NIPS 2011.``): the model
reads the venue as a journal, or as a note, and the year apart from it."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import span_within
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.mends.seasons import calendar_word
from biblio.parse.normalisers.venues import VENUE_ACRONYMS
from biblio.parse.spans import Span

# "In NIPS", "In USENIX NSDI 2012.": a venue of a few capitalised words or acronyms, with the year
_VENUE = lazy_pattern(r"\s*In\s+(?:[A-Z][\w'’&+-]*\s+){0,5}[A-Z][\w'’&+-]*(?P<year>\s+(?:19|20)\d\d)?\W*$")
_YEAR = lazy_pattern(r"\s*(?P<year>(?:19|20)\d\d)\W*$")
_IDENTIFIER = lazy_pattern(r"[\w.-]+[/:][\w./-]*\d")  # "abs/1512.03385", "arXiv:1207.0580"
_TRAILING_YEAR = lazy_pattern(r",\s*(?P<year>(?:19|20)\d\d)\W*$")
_CLOSING_YEAR = lazy_pattern(r"\s*(?:19|20)\d\d\)")
_VENUE_LABELS = ("journal", "container-title", "note")
_NUMBERS = frozenset(["volume", "issue", "pages"])


@needs(without=_NUMBERS, marks=["In "])
def venue_with_year(spans: list[Span], text: str) -> list[Span]:
    """The last words ``In VENUE YEAR.``, with no volume or page read, name a proceedings: the year
    is part of the venue's name (``NIPS 2011``) and the date of the work."""
    if "In " not in text:
        return spans
    if len(spans) < 2 or not labels_of(spans).isdisjoint(_NUMBERS):
        return spans
    k = len(spans) - 1
    while k > 0 and spans[k].label == "other":
        k -= 1
    last = spans[k]
    if last.label == "date" and _YEAR.match(text, last.start, last.end):
        venue = spans[k - 1]
        m = _VENUE.match(text, venue.start, venue.end)
        if venue.label not in _VENUE_LABELS or not m or m.group("year") or text[venue.end : last.start].strip():
            return spans
        if not text[venue.start : venue.end].rstrip()[-1:].isalnum():
            # "In KDD, 2016.": the year after a comma is the date alone; the venue is no journal
            named = Span("container-title", venue.text, venue.start, venue.end, venue.confidence)
            return [*spans[: k - 1], named, *spans[k:]]
        year = _YEAR.match(text, last.start, last.end)
        assert year is not None
        named = Span(
            "container-title",
            text[venue.start : year.end("year")],
            venue.start,
            year.end("year"),
            min(venue.confidence, last.confidence),
        )
        return [*spans[: k - 1], named, last, *spans[k + 1 :]]
    m = _VENUE.match(text, last.start, last.end) if last.label in _VENUE_LABELS else None
    if not m or not m.group("year") or "date" in labels_of(spans):
        return spans
    a, z = m.start("year") + len(m.group("year")) - 4, m.end("year")
    named = Span("container-title", text[last.start : z], last.start, z, last.confidence)
    date = Span("date", text[a : last.end], a, last.end, last.confidence)
    return [*spans[:k], named, date, *spans[k + 1 :]]


# a publisher OSCOLA names in the bracket after a book's italic title: "OUP", "CUP", "Hart Publishing", "Sweet &
# Maxwell", "Routledge"
_OSCOLA_PUBLISHER = lazy_pattern(
    r"OUP|CUP|Hart|Sweet\s*&\s*Maxwell|Routledge|Palgrave(?:\s+Macmillan)?|LexisNexis|Butterworths|Edward\s+Elgar|"
    r"[A-Z][\w&.' -]*\b(?:Press|Publishing|Publishers|Books)"
)


def bracketed_venue_year(spans: list[Span], text: str) -> list[Span]:
    """``Proceedings of the 8th Python in Science conference (SciPy 2009),`` read with ``2009),``
    as the date only: a year that closes a bracket the container opened is part of its name."""
    if "(" not in text:
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in ("container-title", "journal") or nxt.label != "date":
            continue
        m = _CLOSING_YEAR.match(text, nxt.start, nxt.end)
        if m and s.text.count("(") > s.text.count(")") and not text[s.end : nxt.start].strip():
            opened = s.text[s.text.rindex("(") + 1 :]
            if calendar_word(opened.strip(" *_")):
                continue  # "(January | 2020):" is a date in brackets, not a venue's name
            if opened.rstrip().endswith(","):
                continue  # "(Association of College and Research Libraries, | 2022)": a book's imprint
            cut = s.start + s.text.rindex("(")
            if text[:cut].rstrip().endswith(("*", "_")) and _OSCOLA_PUBLISHER.fullmatch(opened.strip()):
                # OSCOLA's "*Harm and Culpability* (OUP | 1996)": the book's publisher and year, no venue's name
                head = text[s.start : cut].rstrip()
                book = Span(s.label, head, s.start, s.start + len(head), s.confidence)
                publisher = Span("publisher", text[cut : s.end], cut, s.end, s.confidence)
                return [*spans[:k], book, publisher, *spans[k + 1 :]]
            named = Span(s.label, text[s.start : m.end()], s.start, m.end(), min(s.confidence, nxt.confidence))
            rest = span_within(nxt, text, m.end(), nxt.end)  # what the date span held after the bracket
            return [*spans[:k], named, *([rest] if rest else []), *spans[k + 2 :]]
    return spans


# "(ECAI2016). 2016.": the meeting's short name and year in a bracket, then the reference's year (read into the
# date), or the bracket alone (read as a note)
_BRACKET_NAME_YEAR = lazy_pattern(r"\s*\([A-Z][A-Za-z&-]{1,12}\s?['’]?(?:19|20)?\d\d\)(?=[.,]?\s+(?:19|20)\d\d\b)")
_BRACKET_NAME_YEAR_ALONE = lazy_pattern(r"\s*\([A-Z][A-Za-z&-]{1,12}\s?['’]?(?:19|20)?\d\d\)(?=[.,]?\s*$)")


@needs(any_label=("container-title", "journal"), marks=["("])
def bracketed_venue_name_in_date(spans: list[Span], text: str) -> list[Span]:
    """``Proc. of the 22nd Europ. Conf. on Artificial Intelligence (ECAI2016). 2016.`` with the bracketed short name
    and year read into the date before the reference's year, or as a note: the bracket closes the proceedings'
    name."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in ("container-title", "journal") or text[s.end : nxt.start].strip():
            continue
        if nxt.label == "date":
            m = _BRACKET_NAME_YEAR.match(text, nxt.start, nxt.end)
        elif nxt.label == "note":
            m = _BRACKET_NAME_YEAR.match(text, nxt.start, nxt.end) or _BRACKET_NAME_YEAR_ALONE.match(
                text, nxt.start, nxt.end
            )
        else:
            continue
        if m is None:
            continue
        named = Span(s.label, text[s.start : m.end()], s.start, m.end(), min(s.confidence, nxt.confidence))
        rest = span_within(nxt, text, m.end(), nxt.end)
        return [*spans[:k], named, *([rest] if rest else []), *spans[k + 2 :]]
    return spans


def year_after_identifier(spans: list[Span], text: str) -> list[Span]:
    """``CoRR, abs/1512.03385, 2015.`` read as one note, with no date read: the year that ends it is
    the date."""
    if "date" in labels_of(spans):
        return spans
    k = len(spans) - 1
    while k > 0 and spans[k].label == "other":
        k -= 1
    s = spans[k]
    m = _TRAILING_YEAR.search(s.text) if s.label == "note" else None
    if m is None or not _IDENTIFIER.search(s.text, 0, m.start()):
        return spans  # "Accessed August 9, 2013.": an access date, no identifier and its year
    a = s.start + m.start("year")
    note = Span("note", text[s.start : s.start + m.start()], s.start, s.start + m.start(), s.confidence)
    date = Span("date", text[a : s.end], a, s.end, s.confidence)
    return [*spans[:k], note, date, *spans[k + 1 :]]


_BARE_YEAR = lazy_pattern(r"\s*(?P<year>(?:19|20)\d\d)[,.;]?\s*")


@needs(labels=["date"], any_label=("container-title", "journal"))
def venue_year_after_dated_names(spans: list[Span], text: str) -> list[Span]:
    """PeerJ's ``Huang X, Han K. 2024. Title. In: Proceedings of the ACM Web Conference 2024, 893–904.`` (``In:
    NIPS2013.``, ``(ICLR) 2015.``) with the meeting's year read as a second date: where the work's date was read
    after the names, the same year set after the meeting's name with no comma between is part of its name."""
    dates = [k for k, s in enumerate(spans) if s.label == "date"]
    if len(dates) < 2:
        return spans
    first = _BARE_YEAR.fullmatch(text, spans[dates[0]].start, spans[dates[0]].end)
    if first is None or not any(s.label == "title" for s in spans[dates[0] + 1 : dates[1]]):
        return spans
    k = dates[1]
    venue, year = spans[k - 1], spans[k]
    m = _BARE_YEAR.fullmatch(text, year.start, year.end)
    if venue.label not in ("container-title", "journal") or m is None or m["year"] != first["year"]:
        return spans
    if text[venue.end : year.start].strip() or not text[venue.start : venue.end].rstrip()[-1:].isalnum() and not (
        venue.text.rstrip().endswith(")")
    ):
        return spans
    z = m.end("year")
    work = Span(venue.label, text[venue.start : z], venue.start, z, min(venue.confidence, year.confidence))
    return [*spans[: k - 1], work, *spans[k + 1 :]]


# "2021, 2021.": the meeting's year closing its short name, then the work's date
_TWO_YEARS = lazy_pattern(r"\s*(?P<first>(?:19|20)\d\d),\s*(?P<second>(?:19|20)\d\d)[a-z]?\s*\.?\s*")


@needs(labels=["date"], any_label=("container-title", "journal"))
def venue_year_before_date(spans: list[Span], text: str) -> list[Span]:
    """natbib's and the ACM's ``In Proceedings of … Data Mining, KDD 2021, 2021.`` with the meeting's year read
    into the date: a date of the same year twice, the first set after the meeting's short name with no comma
    between, holds the short name's year and then the date."""
    for k in range(1, len(spans)):
        venue, d = spans[k - 1], spans[k]
        if d.label != "date" or venue.label not in ("container-title", "journal"):
            continue
        m = _TWO_YEARS.fullmatch(text, d.start, d.end)
        if m is None or m["first"] != m["second"] or text[venue.end : d.start].strip():
            return spans
        if not venue.text.rstrip()[-1:].isalnum():
            return spans
        z = m.end("first")
        work = Span(venue.label, text[venue.start : z], venue.start, z, venue.confidence)
        date = Span("date", text[m.start("second") : d.end], m.start("second"), d.end, d.confidence)
        return [*spans[: k - 1], work, date, *spans[k + 1 :]]
    return spans


# a meeting's acronym closing the venue on its apostrophe, the year's two digits read apart: "In SIGMOD '| 21,"
_ACRONYM_APOSTROPHE = lazy_pattern(r"\b[A-Z][A-Za-z]*[A-Z]\s?['\u2019]$")
_TWO_DIGITS = lazy_pattern(r"\d\d(?!\d)")


@needs(any_label=("journal", "container-title", "publisher"))
def meeting_year_after_apostrophe(spans: list[Span], text: str) -> list[Span]:
    """``In SIGMOD '21, pages 1-14.`` or ``…—STOC '11. 333–342`` with the year's two digits after the acronym's
    apostrophe read as the volume or the pages: they close the meeting's name, as written (``SIGMOD '21``). A
    meeting so named after an italic title (``*Title.* CHI '88.``) read as the publisher is the container: no
    publisher's name ends in a year's apostrophe."""
    if "'" not in text and "\u2019" not in text:
        return spans
    for k in range(len(spans) - 1):
        venue, nxt = spans[k], spans[k + 1]
        if venue.label not in ("journal", "container-title", "publisher") \
                or nxt.start != venue.end + (text[venue.end] == " "):
            continue
        if not _ACRONYM_APOSTROPHE.search(venue.text.rstrip()) or venue.text != venue.text.rstrip():
            continue
        m = _TWO_DIGITS.match(text, nxt.start)
        if m is None or nxt.label not in ("volume", "pages", "issue", "date"):
            return spans
        label = "container-title" if venue.label == "publisher" else venue.label
        whole = Span(label, text[venue.start : m.end()], venue.start, m.end(), venue.confidence)
        rest = text[m.end() : nxt.end]
        lead = len(rest) - len(rest.lstrip(" ,.;:"))
        tail = [] if not any(c.isalnum() for c in rest) else [span_within(nxt, text, m.end() + lead, nxt.end)]
        return [*spans[:k], whole, *(s for s in tail if s), *spans[k + 2 :]]
    return spans


# a computing meeting's acronym and its year closing a dated reference: "Title. NeurIPS 2017."
_ACRONYM_YEAR = lazy_pattern(r"(?P<acronym>[A-Z][A-Za-z]{1,11})\s+(?P<year>(?:19|20)\d\d)\.?")


@needs(labels=["date", "title"])
def meeting_acronym_year_closing(spans: list[Span], text: str) -> list[Span]:
    """APA's ``Name (2020). Title. NeurIPS 2017.``: a known meeting's acronym and its year closing the reference after
    the title, the work dated before, read as a publisher or journal and a second date (or as a note): the two are
    the meeting's name as written, the work's container."""
    if len(spans) < 3:
        return spans
    # the venue and year as one note, or the venue, then the year as a date
    k = len(spans) - 1 if spans[-1].label == "note" else len(spans) - 2
    if k < 2 or spans[k - 1].label != "title" or "date" not in labels_of(spans[: k - 1]):
        return spans
    venue, last = spans[k], spans[-1]
    if venue.label not in ("publisher", "journal", "note") or last is not venue and last.label != "date":
        return spans
    m = _ACRONYM_YEAR.fullmatch(text, venue.start, last.end)
    if m is None or m.group("acronym") not in VENUE_ACRONYMS:
        return spans
    z = m.end("year")
    named = Span("container-title", text[venue.start : z], venue.start, z, min(venue.confidence, last.confidence))
    return [*spans[:k], named]
