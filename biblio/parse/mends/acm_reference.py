"""Mends of the ACM Reference Format's numbers and series: ``J. Log. Comput. 2, 3 (1992), 297-347.``,
``Proc. ACM Program. Lang. 4, POPL (2020), 34:1-34:29.``, ``J. Funct. Program. 28 (2018), e20.`` and
``In ITP (LNCS, Vol. 8558). Springer, 374-389.``

The ACM writes a journal's volume, then its number (a count, a range ``1-4`` or a conference's name
``POPL``), then the date in brackets and the pages, which may be an article's ``34:1-34:29``; a paper
in a proceedings series names the series and its volume in brackets after the proceedings.  The model
reads the number as a page, the volume into the date, the article's number as a volume, and the
bracket into the proceedings' name.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH, divided, replaced, stretch_as_one
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.mends.volumes import CLOSING_NUMBER, SERIES_WORD_BEFORE
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# the journal's number: a count, a range of counts, or a conference's name (PACMPL's "POPL", "ICFP")
_ISSUE = lazy_pattern(r"\s*(?:\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?[a-z]?|[A-Z]{3,8})\s*,?\s*")
# "(1992)," / "(April 2021),": the date in brackets before the pages
_BRACKETED_DATE = lazy_pattern(rf"\s*\(\s*(?:{ENGLISH_MONTH}\s+)?(?:1[6-9]|20)\d\d\s*\)\s*,?\s*")
# ", 1 (28 Feb. 2017), " between a journal's volume and its pages: the number and a bracketed date with its day
_ISSUE_DAY_DATE = lazy_pattern(
    rf",?\s*(?P<issue>\d{{1,3}}(?:\s*[-\u2013]\s*\d{{1,3}})?)\s+\(\s*"
    rf"(?P<date>(?:[1-9]|[12]\d|3[01])\s+{ENGLISH_MONTH}\s+(?:1[6-9]|20)\d\d)\s*\)\s*,\s*"
)
# "34:1-34:29", "2:1-2:70": an article's number, a colon and its pages
_ARTICLE_PAGES = lazy_pattern(r"\s*(?P<article>\d{1,5}):\d{1,4}\s*[-\u2013\u2014]\s*(?P=article):\d{1,4}\.?\s*")
_ARTICLE_NUMBER = lazy_pattern(r"\s*(?P<article>\d{1,5}):\s*")
_ARTICLE_RANGE = lazy_pattern(r"\s*\d{1,4}\s*[-\u2013\u2014]\s*(?P<article>\d{1,5}):\d{1,4}\.?\s*")
# ", 9:1–9:14." closing the imprint: an article's pages after the publisher's place
_CLOSING_ARTICLE_PAGES = lazy_pattern(
    r",\s(?P<pages>(?P<article>\d{1,5}):\d{1,4}\s?[-\u2013\u2014]\s?(?P=article):\d{1,4})\."
)
_ARTICLE_WORD = lazy_pattern(r"\s*Article\s+(?P<article>\d{1,5})\s*,?\s*")
# "28 (2018)," read as one date after the journal: the number before the bracket (not a year) is the volume
_VOLUME_THEN_DATE = lazy_pattern(
    rf"\s*(?P<volume>(?!(?:1[6-9]|20)\d\d\b)\d{{1,4}})\s+(?=\(\s*(?:{ENGLISH_MONTH}\s+)?(?:1[6-9]|20)\d\d\s*\))"
)
_JOURNALS = frozenset(["journal", "container-title"])
_YEAR = lazy_pattern(r"(?:1[6-9]|20)\d\d")
# "Proc. Priv. Enhancing Technol. 2022, 2 (2022)," read as one date: a journal whose volumes are its years (or
# "ACM Transactions on Storage 17, 4 (2021)," read as an access date)
_YEAR_VOLUME_ISSUE = lazy_pattern(
    rf"\s*(?P<volume>\d{{1,4}}),\s*(?P<issue>\d{{1,3}}[a-z]?)\s+"
    rf"(?=\(\s*(?:{ENGLISH_MONTH}\s+)?(?:1[6-9]|20)\d\d\s*\))"
)
# "In ITP (LNCS, Vol. 8558). Springer, 374-389." / "In TACAS (1) (LNCS, Vol. 10805)."
_SERIES_VOLUME = lazy_pattern(
    r"(?:(?<=[.?!])\s+|^)In\s+(?P<venue>[^()]{2,200}?(?:\s\(\d{1,2}\))?)\s+"
    r"\((?P<series>[A-Z][\w-]*(?:\s[\w-]+){0,3}),\s+Vol\.\s+(?P<volume>\d{1,6})\)\.?"
    r"(?:\s+(?P<publisher>[A-Z][^,()]{1,80}?),(?=\s+[\w:]+\s*[-\u2013\u2014]+\s*[\w:]+\.))?"
)
# "(Denver, Colorado, USA) (CHI ’17)." / "(UIST ’21 Adjunct)." / "(VRST ’22, Article 78).": the ACM's meeting place
# and its short name with the year's two digits, in brackets after the proceedings' title
_MEETING_BRACKETS = lazy_pattern(
    r"\s(?:\((?P<place>[A-Z][^()\d]{0,60},\s[^()\d]{2,40})\)\s)?"
    r"\((?P<short>[A-Z][^()]{0,30}?\s[\u2019\u2018'](?:[0-9]{2})\b[^()]{0,30})\)(?=\.\s)"
)

# "In Proc. Int'l Conf. Software Engineering (ICSE) (Seattle, WA). ACM Press, New York, 109–120.": a proceedings
# whose name closes on its bracketed short name (two capitals at least, so never "(Ed)"), the meeting's place in a
# second bracket, then the publisher, its place and the pages
_SHORT_NAME_IMPRINT = lazy_pattern(
    r"(?<=[.?!,]\s)In\s(?P<venue>[A-Z][^()]{3,200}?\s\([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\))"
    r"(?:\s\((?P<place>[A-Z][^()\d]{1,60})\))?\.\s(?P<publisher>[A-Z][A-Za-z&]*(?:\s[A-Z][A-Za-z&]*){0,3})"
    r"(?:,\s(?P<location>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2}(?:,\s[A-Z]{2,3}){0,2}))?"
    r"(?:,\s(?P<pages>\d{1,6}\s?[-\u2013]\s?\d{1,6}))?\.(?=\s|$)"
)

# "22 (4 2013)." read as an issue "(4" and a date "2013).": the ACM's month given as its number, then the year
_MONTH_NUMBER_OPENS = lazy_pattern(r"\(\s*(?:1[0-2]|0?[1-9])")
_YEAR_CLOSES = lazy_pattern(r"(?:1[6-9]|20)\d\d\s*\)[.,]?")


@needs(labels=["volume", "pages"], marks=[":"])
def article_pages_joined(spans: list[Span], text: str) -> list[Span]:
    """``34:1-34:29`` read as a volume ``34:`` and pages ``1-34:29``: one article's pages; an ``Article 34``
    read as pages before them is the article's number, said again."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "volume" or nxt.label != "pages" or text[s.end : nxt.start].strip():
            continue
        head, tail = _ARTICLE_NUMBER.fullmatch(s.text), _ARTICLE_RANGE.fullmatch(nxt.text)
        if head is None or tail is None or head["article"] != tail["article"]:
            continue
        pages = Span("pages", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
        out = [*spans[:k], pages, *spans[k + 2 :]]
        return [_article_word_as_note(o, head["article"]) for o in out]
    return spans


def _article_word_as_note(s: Span, article: str) -> Span:
    m = _ARTICLE_WORD.fullmatch(s.text) if s.label == "pages" else None
    return Span("note", s.text, s.start, s.end, s.confidence) if m and m["article"] == article else s


@needs(labels=["volume", "date"], marks=["("])
def issue_before_bracketed_date(spans: list[Span], text: str) -> list[Span]:
    """``2, 3 (1992), 297-347`` or ``4, POPL (2020), 34:1-34:29`` read with the number as a page: the
    short number or name after the volume's comma, before the bracketed date and the pages, is the issue."""
    for k in range(1, len(spans) - 2):
        vol, s, date, pages = spans[k - 1], spans[k], spans[k + 1], spans[k + 2]
        if (
            vol.label == "volume"
            and s.label in ("pages", "note")
            and date.label == "date"
            and "," in text[vol.start : s.start]
            and _ISSUE.fullmatch(s.text)
            and _BRACKETED_DATE.fullmatch(date.text)
            and (pages.label == "pages" or _ARTICLE_PAGES.fullmatch(pages.text))
        ):
            issue = Span("issue", s.text, s.start, s.end, s.confidence)
            after = Span("pages", pages.text, pages.start, pages.end, pages.confidence)
            return [*spans[:k], issue, date, after, *spans[k + 3 :]]
    return spans


@needs(labels=["location"], marks=[":"])
def article_pages_after_place(spans: list[Span], text: str) -> list[Span]:
    """``ACM, New York, NY, USA, 9:1–9:14.`` with the article's number read into the place and its pages as
    an issue: the article's pages."""
    m = _CLOSING_ARTICLE_PAGES.search(text)
    if m is None or not any(s.label == "location" and s.start < m.start("pages") < s.end for s in spans):
        return spans
    return stretch_as_one(spans, text, m.start("pages"), m.end("pages"), "pages") or spans


@needs(labels=["volume", "pages"], marks=["("])
def issue_before_day_date(spans: list[Span], text: str) -> list[Span]:
    """``13, 1 (28 Feb. 2017), 1–22`` with the number and the day read as pages: the number after the volume
    is the issue and the bracket the date."""
    for k, vol in enumerate(spans):
        if vol.label != "volume":
            continue
        for nxt in spans[k + 1 : k + 4]:
            m = _ISSUE_DAY_DATE.fullmatch(text, vol.end, nxt.start) if nxt.label == "pages" else None
            if m is not None:
                new = [Span(g, m[g], m.start(g), m.end(g), vol.confidence) for g in ("issue", "date")]
                return replaced(spans, text, vol.end, nxt.start, new)
    return spans


@needs(labels=["date"], without=["volume"])
def volume_before_bracketed_date(spans: list[Span], text: str) -> list[Span]:
    """``J. Funct. Program. 28 (2018), e20.`` read with ``28`` in the date: the number between the
    journal and the bracketed date is the volume."""
    for k in range(1, len(spans)):
        s = spans[k]
        m = _VOLUME_THEN_DATE.match(s.text) if s.label == "date" and spans[k - 1].label in _JOURNALS else None
        if m is not None:
            z = s.start + m.end()
            a, b = s.start + m.start("volume"), s.start + m.end("volume")
            volume = Span("volume", text[a:b], a, b, s.confidence)
            return [*spans[:k], volume, Span("date", text[z : s.end], z, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=["date"], without=["volume"], marks=["("])
def year_volume_before_bracketed_date(spans: list[Span], text: str) -> list[Span]:
    """``Proc. Priv. Enhancing Technol. 2022, 2 (2022), 344-362.`` read with ``2022, 2`` in the date (or
    ``*ACM Transactions on Storage* 17, 4 (2021), 1–32.`` with ``17, 4 (2021)`` as an access date), the ACM's
    year already read after the authors: the number before the issue's is the volume (here a year: a journal
    that numbers its volumes by year)."""
    if "volume" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s = spans[k]
        # (the bracketed year may be read as an access date)
        if s.label not in ("date", "accessed") or spans[k - 1].label not in _JOURNALS:
            continue
        if not any(x.label == "date" for x in spans[: k - 1]) or (m := _YEAR_VOLUME_ISSUE.match(s.text)) is None:
            continue
        new = [Span(g, m[g], s.start + m.start(g), s.start + m.end(g), s.confidence) for g in ("volume", "issue")]
        z = s.start + m.end()
        return [*spans[:k], *new, Span("date", text[z : s.end], z, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=["date"], without=["volume"], marks=["("])
def volume_closing_acm_journal(spans: list[Span], text: str) -> list[Span]:
    """``Proceedings on Privacy Enhancing Technologies 4 (2019), 292-310.`` with the volume read into the
    journal's name: the number closing the name, before the bracketed date, is the volume."""
    if "volume" in labels_of(spans):
        return spans
    for k in range(len(spans) - 1):
        j, date = spans[k], spans[k + 1]
        if j.label not in _JOURNALS or date.label != "date" or not _BRACKETED_DATE.fullmatch(date.text):
            continue
        m = CLOSING_NUMBER.search(j.text)
        if m is None or _YEAR.fullmatch(m["volume"]) or SERIES_WORD_BEFORE.search(j.text[: m.start()]):
            continue
        a, head = j.start + m.start("volume"), j.text[: m.start()]
        journal = Span(j.label, head, j.start, j.start + len(head), j.confidence)
        return [*spans[:k], journal, Span("volume", text[a : j.end], a, j.end, j.confidence), *spans[k + 1 :]]
    return spans


@needs(marks=("Vol. ",))
def series_volume_after_venue(spans: list[Span], text: str) -> list[Span]:
    """``In IfCAR (LNCS, Vol. 2083). Springer, 289-304.`` with the bracket read into the proceedings or as
    editors: the proceedings before the bracket, the series and its volume inside it, the publisher after."""
    m = _SERIES_VOLUME.search(text)
    if m is None:
        return spans
    inside = [s.confidence for s in spans if s.start < m.end() and s.end > m.start("venue")]
    sure = min(inside) if inside else 0.5
    parts = [("container-title", "venue"), ("collection-title", "series"), ("volume", "volume")]
    if m["publisher"] is not None:
        parts.append(("publisher", "publisher"))
    new = [Span(label, m[group], m.start(group), m.end(group), sure) for label, group in parts]
    return replaced(spans, text, m.start(), m.end(), new)  # "In " goes into no field


@needs(marks=(")",))
def acm_meeting_brackets(spans: list[Span], text: str) -> list[Span]:
    """``In Proceedings of … Systems (Denver, Colorado, USA) (CHI ’17). Association for Computing Machinery, …``
    with the brackets read into the proceedings' title, the publisher or its place: the meeting's place and short
    name, neither the proceedings' nor the publisher's (nor a title's, where no proceedings is named)."""
    if "\u2019" not in text and "'" not in text and "\u2018" not in text:
        return spans
    m = _MEETING_BRACKETS.search(text)
    if m is None or not any(s.start < m.end() and m.start() < s.end for s in spans if s.label != "other"):
        return spans
    # a short name alone that closes the proceedings' name stays in it (``… Conference (USENIX ATC ’20).``)
    held = next((s for s in spans if s.label == "container-title" and s.start < m.start() < s.end), None)
    if m["place"] is None and held is not None:
        return spans
    before = next((s for s in spans if s.label == "container-title" and s.end <= m.start()), None)
    if m["place"] is None and before is not None and not text[before.end : m.start()].strip():
        venue = Span("container-title", text[before.start : m.end()], before.start, m.end(), before.confidence)
        return replaced(spans, text, before.start, m.end(), [venue])
    inside = [s.confidence for s in spans if s.start < m.end() and s.end > m.start()]
    sure = min(inside) if inside else 0.5
    new = [Span("event", m["short"], m.start("short"), m.end("short"), sure)]
    if m["place"] is not None:
        new.insert(0, Span("event-place", m["place"], m.start("place"), m.end("place"), sure))
    return replaced(spans, text, m.start() + 1, m.end() + 1, new)


# "… on New Hardware (DaMoN’19). Article 10, 7 pages." / "(WoT ’19). 33–40.": the ACM's proceedings closed by its
# bracketed short name with the year's two digits, then the pages (or the article's number and count) alone
_SHORT_NAME_THEN_PAGES = lazy_pattern(
    r"\s\((?P<short>[A-Z][\w-]*(?:\s[\w-]+){0,3}\s?[\u2019\u2018'](?:\d\d))\)\.\s"
    r"(?P<pages>Article\s\d{1,6},\s\d{1,4}\spages|\d{1,6}\s?[-\u2013\u2014]\s?\d{1,6})\.?\s*$"
)


@needs(labels=["container-title"], marks=(").",))
def short_name_closes_proceedings_before_pages(spans: list[Span], text: str) -> list[Span]:
    """``In Proceedings of the 15th International Workshop on … (DaMoN’19). Article 10, 7 pages.`` with the bracket
    cut from the proceedings and read into the pages (or a date): the bracketed short name closes the proceedings'
    name and the rest is the pages."""
    if "\u2019" not in text and "'" not in text and "\u2018" not in text:
        return spans
    m = _SHORT_NAME_THEN_PAGES.search(text)
    if m is None:
        return spans
    close = m.end("short") + 1
    venue = next((s for s in spans if s.label == "container-title" and s.start < m.start() <= s.end), None)
    if venue is None or venue.end >= close and any(
        s.label == "pages" and s.start == m.start("pages") for s in spans
    ):
        return spans  # no proceedings before the bracket, or the bracket and the pages read right already
    if any(s.start < m.end() and m.start() < s.end and s.label not in ("container-title", "pages", "date")
           for s in spans if s is not venue):
        return spans
    sure = min(s.confidence for s in spans if s.start < m.end() and venue.start <= s.start)
    new = [
        Span("container-title", text[venue.start : close], venue.start, close, sure),
        Span("pages", m["pages"], m.start("pages"), m.end("pages"), sure),
    ]
    return replaced(spans, text, venue.start, m.end(), new)


@needs(labels=["issue", "date"], marks=["("])
def bracketed_month_number_year(spans: list[Span], text: str) -> list[Span]:
    """``The Baffler 22 (4 2013).`` with the month's number read as an issue opening the bracket and the year as
    the date: the bracket is one date, the month and the year."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "issue" or nxt.label != "date" or text[s.end : nxt.start].strip():
            continue
        if _MONTH_NUMBER_OPENS.fullmatch(s.text) and _YEAR_CLOSES.fullmatch(nxt.text):
            date = Span("date", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
            return [*spans[:k], date, *spans[k + 2 :]]
    return spans

@needs(labels=["date"], marks=(") ", "In "))
def short_name_proceedings_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Title. In Proc. Conf. Computer Supported Cooperative Work (CSCW) (Seattle, Washington, USA). ACM Press, New
    York, 1277–1286.`` with the short name or the meeting's place read into the publisher, a note or its place (and
    the title cut in two): the proceedings closes on its short name, the second bracket is the meeting's place, and
    the publisher, its place and the pages follow; the words between the year and ``In`` are the title."""
    m = _SHORT_NAME_IMPRINT.search(text)
    if m is None:
        return spans
    inside = [s for s in spans if s.start < m.end() and m.start("venue") < s.end]
    if not inside:
        return spans
    sure = min(s.confidence for s in inside)
    parts = [("container-title", "venue"), ("event-place", "place"), ("publisher", "publisher")]
    parts += [("location", "location"), ("pages", "pages")]
    new = [Span(label, m[g], m.start(g), m.end(g), sure) for label, g in parts if m[g] is not None]
    out = replaced(spans, text, m.start(), m.end(), new)
    # the title cut in two before ``In`` (a note and a title) is one title after the year
    k = next((i for i, s in enumerate(out) if s.start >= m.start()), len(out))
    j = k
    while j > 0 and out[j - 1].label in ("title", "note"):
        j -= 1
    if 0 < j < k - 1 and out[j - 1].label == "date" and any(s.label == "title" for s in out[j:k]):
        a, z = out[j].start, out[k - 1].end
        out = [*out[:j], Span("title", text[a:z], a, z, min(s.confidence for s in out[j:k])), *out[k:]]
    return out

@needs(labels=["publisher", "date", "pages"], without=_JOURNALS)
def journal_before_bracketed_date(spans: list[Span], text: str) -> list[Span]:
    """``Computers & Security (2023), 103437.`` read as a publisher, the ACM's year already read after the names: a
    name right before the bracketed year and the pages is the journal (the ACM prints a publisher before pages only
    after ``In`` and a book, never before a bracketed year)."""
    if not labels_of(spans).isdisjoint(_JOURNALS):
        return spans
    for k in range(1, len(spans) - 2):
        s, date, pages = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "publisher" or date.label != "date" or pages.label != "pages":
            continue
        if not _BRACKETED_DATE.fullmatch(date.text) or text[s.end : date.start].strip():
            return spans
        if not any(x.label == "date" for x in spans[:k]) or spans[k - 1].label != "title":
            return spans
        return [*spans[:k], Span("journal", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# ", Article 705, 22 pages." closing the ACM's imprint: the article's number and its count of pages
_ARTICLE_COUNT = lazy_pattern(r"(?<=,\s)Article\s\d{1,6},\s\d{1,4}\spages\b\.?")


@needs(marks=(" pages",))
def article_count_after_imprint(spans: list[Span], text: str) -> list[Span]:
    """``…, New York, NY, USA, Article 705, 22 pages.`` with ``Article`` read into the publisher's place, the
    article's number as a volume and the count as the pages: the words are the article's pages, as where
    they are read as one span."""
    if "Article " not in text:
        return spans
    m = _ARTICLE_COUNT.search(text)
    if m is None:
        return spans
    inside = [s for s in spans if s.start < m.end() and m.start() < s.end]
    if not inside or all(s.label == "pages" for s in inside) or any(s.end > m.end() + 1 for s in inside):
        return spans
    pages = Span("pages", m[0], m.start(), m.end(), min(s.confidence for s in inside))
    return replaced(spans, text, m.start(), m.end(), [pages])


# "(System Demonstrations). " opening the publisher's span: a bracket that closes the proceedings' name
_OPENING_BRACKET = lazy_pattern(r"\((?P<inside>[A-Z][^()]{2,60})\)(?=\.\s)")


@needs(labels=["container-title", "publisher"], marks=(")",))
def bracket_opening_publisher_closes_book(spans: list[Span], text: str) -> list[Span]:
    """``In Proceedings of … Technologies (System Demonstrations). Association for Computational Linguistics, …``
    with the bracket read into the publisher: a bracket right after the proceedings' name, which a full stop
    closes, is the name's last words."""
    for k in range(len(spans) - 1):
        book, s = spans[k], spans[k + 1]
        if book.label != "container-title" or s.label != "publisher" or not s.text.startswith("("):
            continue
        m = _OPENING_BRACKET.match(text, s.start)
        if m is None or text[book.end : s.start].strip() or m.end() + 2 >= s.end:
            return spans
        whole = Span("container-title", text[book.start : m.end()], book.start, m.end(), book.confidence)
        return replaced(spans, text, book.start, m.end() + 1, [whole])
    return spans


# "(ICLR ’26). OpenReview.net," closing what was read as the proceedings: the short name's bracket, then the house
_HOUSE_AFTER_SHORT_NAME = lazy_pattern(r"\)\.\s(?P<house>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}),?\s*$")
# "MLSys" / "OpenReview.net" / "JMLR.org": a house written as one word with an inner capital or as a web name
_ONE_WORD_HOUSE = lazy_pattern(r"[A-Z][a-z]*[A-Z][\w.-]*|[A-Za-z][\w-]*\.(?:org|net|com)")
# "Bellevue, WA, USA": a town, then its region (the town a word, never a region's code)
_TOWN_FIRST = lazy_pattern(r"[A-Z][a-z][^,]*,\s")
_ACM_HOLDERS = frozenset(["container-title", "volume"])


@needs(labels=["container-title", "location"], without=["publisher"], marks=(", ",))
def acm_publisher_after_proceedings(spans: list[Span], text: str) -> list[Span]:
    """The ACM's ``In The Fourteenth International Conference … (ICLR ’26). OpenReview.net, Rio de Janeiro,
    Brazil.`` with the house read into the proceedings (or, after the meeting's brackets are set apart, read as a
    second proceedings: ``(NSDI ’25). USENIX Association, USA,``), and ``…, Vol. 8. MLSys, Bellevue, WA, USA,
    169–185.`` with the house read into its town: the name between the proceedings and the town is the publisher."""
    for k in range(1, len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if nxt.label != "location" or s.label not in _ACM_HOLDERS or text[s.end : nxt.start].strip():
            continue
        if s.label == "container-title" and spans[k - 1].label == "event":
            if text[spans[k - 1].end : s.start].strip() not in (").", ")") or s.text.startswith("In "):
                return spans
            if not any(x.label == "container-title" for x in spans[: k - 1]):
                return spans
            return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        m = _HOUSE_AFTER_SHORT_NAME.search(s.text) if s.label == "container-title" else None
        if m is not None:
            if is_place(m["house"]) or not is_place(nxt.text.strip(" ,.")):
                return spans
            a = s.start + m.start("house")
            head = Span("container-title", s.text[: m.start() + 1], s.start, s.start + m.start() + 1, s.confidence)
            return [*spans[:k], head, Span("publisher", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
        comma = nxt.text.find(", ")
        house, town = nxt.text[:comma], nxt.text[comma + 2 :]
        if comma < 0 or not _ONE_WORD_HOUSE.fullmatch(house) or is_place(house):
            return spans
        if not _TOWN_FIRST.match(town) or not is_place(town.strip(" ,.")):
            return spans
        return divided(spans, k + 1, comma, comma + 2, "publisher", "location")
    return spans
