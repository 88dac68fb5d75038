"""Numbers the plain BibTeX-like styles set after a container with commas only, as Springer's and Apress's
books print them: ``In Proceedings of …, 1–14, 2021.`` (the pages, then the year) and
``Proceedings of the ACM on Human-Computer Interaction, 5(CSCW1):1–30, 2021.`` (volume, issue and pages).
The model reads the pages into the container, the year into the pages, or the volume into the journal."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import emphasis_runs
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

_RANGE = r"[A-Za-z]?\d+(?:\s*[-\u2013\u2014]\s*[A-Za-z]?\d+)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# "…, 1–11," closing the container: a page range (never a single number: a volume or a year)
_PAGES_CLOSING = lazy_pattern(rf",\s*(?P<pages>{_RANGE})\s*,?\s*$")
# "1–2, 2013." — a page range and the year
_PAGES_YEAR = lazy_pattern(rf"^\s*(?P<pages>{_RANGE})\s*,\s*(?P<year>{_YEAR}[a-z]?)\s*\.?\s*$")
# "…, 5(CSCW1):" closing the journal, before its pages
_VOLUME_CLOSING = lazy_pattern(r",\s*(?P<volume>\d{1,4})\s*\((?P<issue>[\w/-]{1,12})\)\s*:\s*$")
_WORKS = ("container-title", "journal")


def _cut(s: Span, a: int, z: int, label: str) -> Span:
    return Span(label, s.text[a:z], s.start + a, s.start + z, s.confidence)


@needs(any_label=_WORKS)
def numbers_after_container(spans: list[Span], text: str) -> list[Span]:
    """The pages (and the volume and issue) a comma sets after the container, read into it, and the
    year read into the pages: each its own span."""
    labels = labels_of(spans)
    for k, s in enumerate(spans):
        if s.label not in _WORKS:
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if "pages" not in labels and nxt is not None and nxt.label in ("date", "publisher"):
            m = _PAGES_CLOSING.search(s.text)
            if m is not None and s.text[: m.start()].strip():
                pages = _cut(s, m.start("pages"), len(s.text), "pages")
                return [*spans[:k], _cut(s, 0, m.start(), s.label), pages, *spans[k + 1 :]]
        if "date" not in labels and nxt is not None and nxt.label == "pages" and k + 2 == len(spans):
            m = _PAGES_YEAR.match(nxt.text)
            if m is not None:
                pages, year = _cut(nxt, 0, m.end("pages"), "pages"), _cut(nxt, m.start("year"), len(nxt.text), "date")
                return [*spans[: k + 1], pages, year]
        if "volume" not in labels and nxt is not None and nxt.label == "pages":
            m = _VOLUME_CLOSING.search(s.text)
            if m is not None and s.text[: m.start()].strip():
                volume = _cut(s, m.start("volume"), m.end("volume"), "volume")
                issue = _cut(s, m.start("issue") - 1, m.end("issue") + 1, "issue")
                return [*spans[:k], _cut(s, 0, m.start(), s.label), volume, issue, *spans[k + 1 :]]
    return spans


@needs(labels=["date"], any_label=["volume", "issue"], without=["pages"])
def pages_read_into_date(spans: list[Span], text: str) -> list[Span]:
    """``29(9), 1945–1976, 2005.`` with the pages after the volume and issue read into the date with the year
    after them: a range right after the journal's numbers is its pages, and the year closing the span the date."""
    for k, s in enumerate(spans):
        if s.label != "date" or k == 0 or spans[k - 1].label not in ("volume", "issue"):
            continue
        m = _PAGES_YEAR.match(s.text)
        if m is not None and any(c in m["pages"] for c in "-\u2013\u2014"):
            pages, year = _cut(s, 0, m.end("pages"), "pages"), _cut(s, m.start("year"), len(s.text), "date")
            return [*spans[:k], pages, year, *spans[k + 1 :]]
    return spans


# after the journal's italics, only its volume: a roman numeral or a number ("*Assays* VI", "*Speculum* 17")
_NUMERAL_AFTER = lazy_pattern(r"\s*(?P<volume>[IVXLC]{1,7}|\d{1,4})\s*[,.;:]?\s*$")


@needs(any_label=_WORKS, without=["volume"], marks=["*", "_"])
def numeral_after_italic_container(spans: list[Span], text: str) -> list[Span]:
    """``*Assays* VI (Carnegie-Mellon Press, 1991)`` with the volume after the italic journal read into its
    name: the italics close the name, and the numeral after them is the volume."""
    for k, s in enumerate(spans):
        if s.label not in _WORKS:
            continue
        for run in emphasis_runs(text):
            if not (run.start <= s.start <= run.text_start and run.end < s.end):
                continue
            m = _NUMERAL_AFTER.match(text, run.end, s.end)
            if m is None:
                break
            a = m.start("volume") - s.start
            volume = _cut(s, a, m.end("volume") - s.start, "volume")
            return [*spans[:k], _cut(s, 0, run.end - s.start, s.label), volume, *spans[k + 1 :]]
    return spans


# after an italic run, a bold number and its comma closing the span: "_Quantum_ **2** ,"
_BOLD_NUMBER_AFTER = lazy_pattern(r"\s*\*\*(?P<volume>\d{1,4})\*\*\s*,?\s*$")


@needs(labels=["title"], without=["volume", "journal", "container-title"], marks=["**"])
def italic_title_before_bold_volume(spans: list[Span], text: str) -> list[Span]:
    """The compact physics form's ``J. Preskill, _Quantum_ **2** , 79 (2018).`` (no article title) with the italic
    journal and its bold volume read as one title: an italic run and a bold number after it, before the pages or
    the date, are the journal and its volume (an article's title is set neither so nor before a bold number)."""
    for k, s in enumerate(spans[:-1]):
        if s.label != "title" or spans[k + 1].label not in ("pages", "date"):
            continue
        for run in emphasis_runs(text):
            if not (run.start <= s.start <= run.text_start and run.end < s.end):
                continue
            m = _BOLD_NUMBER_AFTER.match(text, run.end, s.end)
            if m is None:
                break
            volume = _cut(s, m.start("volume") - s.start, m.end("volume") - s.start, "volume")
            return [*spans[:k], _cut(s, 0, run.end - s.start, "journal"), volume, *spans[k + 1 :]]
        return spans
    return spans


# "Vol. 76, 387–394,": the volume and, after its comma, a page range read into it
_VOLUME_THEN_RANGE = lazy_pattern(
    rf"^(?P<volume>\s*(?:[Vv]ol(?:ume)?\.?\s*)?\d{{1,4}})\s*,\s*(?P<pages>{_RANGE})\s*[,.;]?\s*$"
)


_NUMBER = lazy_pattern(r"\d+")


@needs(labels=["volume"], without=["pages"])
def pages_read_into_volume(spans: list[Span], text: str) -> list[Span]:
    """``TRANSPLANTATION Vol. 76, 387–394, No. 2, July 27, 2003`` with the page range read into the volume (and
    dropped to a note): a range after the volume's number and its comma, where no pages were read, is the pages."""
    for k, s in enumerate(spans):
        if s.label != "volume" or (m := _VOLUME_THEN_RANGE.match(s.text)) is None:
            continue
        a, b = (int(x) for x in _NUMBER.findall(m.group("pages"))[:2])
        if b < a and len(str(b)) >= len(str(a)):
            return spans  # "12, 3-1": no range of pages
        volume = _cut(s, 0, m.end("volume"), "volume")
        return [*spans[:k], volume, _cut(s, m.start("pages"), len(s.text), "pages"), *spans[k + 1 :]]
    return spans


# the IMS's "Econometrica 73 1175–1204.": the volume, a space, the page range, read as one span of pages
# (a year there is the date's: "2010 45–50")
_VOLUME_SPACE_RANGE = lazy_pattern(
    rf"^\s*(?P<volume>(?!1[5-9]\d\d|20\d\d)\d{{1,4}})\s+(?P<pages>{_RANGE})\s*[.,;]?\s*$"
)


@needs(any_label=_WORKS, labels=["pages"], without=["volume"])
def volume_read_into_pages(spans: list[Span], text: str) -> list[Span]:
    """The IMS journals' ``Proceedings of the Cambridge Philosophical Society 33 212–222.`` with the volume read into
    the pages (``33212-33222``): a bare number and a space before a page range, right after the journal, is the
    volume."""
    for k, s in enumerate(spans[1:], 1):
        prev = spans[k - 1]
        if s.label != "pages" or prev.label not in _WORKS or text[prev.end : s.start].strip():
            continue
        m = _VOLUME_SPACE_RANGE.match(s.text)
        if m is None:
            continue
        a, b = (int(x) for x in _NUMBER.findall(m.group("pages"))[:2])
        if b < a and len(str(b)) >= len(str(a)):
            continue  # no range of pages
        volume = _cut(s, m.start("volume"), m.end("volume"), "volume")
        return [*spans[:k], volume, _cut(s, m.start("pages"), len(s.text), "pages"), *spans[k + 1 :]]
    return spans


# "… Symposium on Electronic Imaging 1": a bare number closing the container's name after a word (no year: a
# meeting's "COLING 2000" names it)
_NUMBER_CLOSING = lazy_pattern(r"(?<=[^\W\d_])\s+(?P<volume>(?!1[5-9]\d\d|20\d\d)\d{1,4})\s*$")
# the page range right after it, a space apart (after a comma or a "p." the number may be a series' own:
# "Special Paper 29, p. 105-120")
_PAGE_RANGE = lazy_pattern(rf"^\s*{_RANGE}\s*[,.;]?\s*$")


@needs(any_label=_WORKS, labels=["pages"], without=["volume"])
def number_closing_container(spans: list[Span], text: str) -> list[Span]:
    """``In Computational Imaging III : Proc. SPIE Symposium on Electronic Imaging 1 76-86.`` with the volume read
    into the proceedings' name: a bare number between the container's name and its page range is the volume."""
    for k, s in enumerate(spans[:-1]):
        if s.label not in _WORKS or spans[k + 1].label != "pages" or not _PAGE_RANGE.match(spans[k + 1].text):
            continue
        m = _NUMBER_CLOSING.search(s.text)
        if m is None or text[s.end : spans[k + 1].start].strip() or len(s.text[: m.start()].split()) < 2:
            continue
        volume = _cut(s, m.start("volume"), m.end("volume"), "volume")
        return [*spans[:k], _cut(s, 0, m.start(), s.label), volume, *spans[k + 1 :]]
    return spans


# Optica's "Proc. SPIE 10591 (2018), p. 48." and "Proc. SPIE. 11078 (2019)": a bare number closing the name
# (after a word or an abbreviation's stop) right before the bracketed year
_NUMBER_BEFORE_YEAR = lazy_pattern(r"(?<=[^\W\d_])\.?\s+(?P<volume>(?!1[5-9]\d\d|20\d\d)\d{1,5})\s*$")
_BRACKETED_YEAR = lazy_pattern(r"^\(\s*(?:1[5-9]\d\d|20\d\d)\s*\)")


@needs(any_label=_WORKS, labels=["date"], without=["volume"])
def number_closing_container_before_year(spans: list[Span], text: str) -> list[Span]:
    """Optica's ``"Title," in Proc. SPIE 10591 (2018), p. 48.`` with the volume read into the proceedings' (or
    the journal's) name: a bare number between the name and the bracketed year is the volume, as the number of
    ``Opt. Lett. 19, 590 (1994)`` is, and Chicago's ``Proceedings of … 2 (2017): 432-436`` (a year closing a name,
    ``COLING 2000``, stays the name's; a chapter's ``edited by …, Yearbook 4 (2010): 12–30`` is left to the editors'
    mends)."""
    for k, s in enumerate(spans[:-1]):
        nxt = spans[k + 1]
        if s.label not in _WORKS or nxt.label != "date" or not s.text[-1:].isdigit():
            continue
        if not _BRACKETED_YEAR.match(nxt.text) or text[s.end : nxt.start].strip():
            continue
        colon = nxt.text.rstrip().endswith(":") or text[nxt.end : nxt.end + 1] == ":"
        if colon and any(t.label == "editor" for t in spans[:k]):
            continue  # Chicago's "In Book, edited by …, Yearbook 4 (2010): 12–30": left to the editors' mends
        m = _NUMBER_BEFORE_YEAR.search(s.text)
        if m is None or len(s.text[: m.start()].split()) < 2:
            continue
        volume = _cut(s, m.start("volume"), m.end("volume"), "volume")
        return [*spans[:k], _cut(s, 0, m.start(), s.label), volume, *spans[k + 1 :]]
    return spans


# "Early Music 43.4 (November 2015)": the volume and the issue joined by a stop, closing the journal's name
_DOTTED_CLOSING = lazy_pattern(r"(?<=[^\W\d_])\s+(?P<volume>\d{1,4})\.(?P<issue>\d{1,3})$")
# "Harvard Magazine 117: | 2 (November–December 2014)": the volume and its colon closing the name, the issue apart
_COLON_CLOSING = lazy_pattern(r"(?<=[^\W\d_])\s+(?P<volume>\d{1,4})\s*:$")
_BARE_NUMBER = lazy_pattern(r"^\d{1,3}$")


@needs(labels=["journal"], any_label=("date", "volume"))
def volume_and_issue_closing_journal(spans: list[Span], text: str) -> list[Span]:
    """``Early Music 43.4 | (November 2015): 577–86.`` and ``Harvard Magazine 117: | 2 | (November–December 2014)``
    with the volume (and the issue) read into the journal's name: the numbers closing the name, before the
    bracketed date or the issue read as the volume, are the volume and the issue."""
    for k, s in enumerate(spans[:-1]):
        nxt = spans[k + 1]
        if s.label != "journal" or not s.text[-1:].isdigit() and not s.text.endswith(":"):
            continue
        if nxt.label == "date" and nxt.text.startswith("(") and (m := _DOTTED_CLOSING.search(s.text)):
            volume = _cut(s, m.start("volume"), m.end("volume"), "volume")
            issue = _cut(s, m.start("issue"), m.end("issue"), "issue")
            return [*spans[:k], _cut(s, 0, m.start(), "journal"), volume, issue, *spans[k + 1 :]]
        if (
            nxt.label == "volume"
            and _BARE_NUMBER.match(nxt.text)
            and k + 2 < len(spans)
            and spans[k + 2].label == "date"
            and (m := _COLON_CLOSING.search(s.text))
        ):
            volume = _cut(s, m.start("volume"), m.end(), "volume")
            issue = Span("issue", nxt.text, nxt.start, nxt.end, nxt.confidence)
            return [*spans[:k], _cut(s, 0, m.start(), "journal"), volume, issue, *spans[k + 2 :]]
    return spans



# "PLoS Med e105": an electronic article's number (PLOS's, Wiley's "e12345") closing the journal's name, no volume
_ARTICLE_NUMBER_CLOSING = lazy_pattern(r"(?<=[^\W\d_])\s+(?P<page>e\d{2,7})\s*\.?$")


@needs(labels=["journal"], without=["pages", "volume"])
def article_number_closing_journal(spans: list[Span], text: str) -> list[Span]:
    """Springer's ``… poisoning. PLoS Med e105`` (an article given its number and no volume) with the number
    read into the journal's name: the ``e`` and its digits closing the name are the article's number (its page)."""
    for k, s in enumerate(spans):
        if s.label != "journal" or "e" not in s.text:
            continue
        m = _ARTICLE_NUMBER_CLOSING.search(s.text)
        if m is None or not s.text[: m.start()].strip():
            continue
        page = _cut(s, m.start("page"), m.end("page"), "pages")
        return [*spans[:k], _cut(s, 0, m.start(), s.label), page, *spans[k + 1 :]]
    return spans
