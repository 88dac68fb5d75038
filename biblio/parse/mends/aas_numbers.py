"""The AAS astronomy journals' ``2012, Proc. SPIE, 8442, 84422N`` numbers: journal, volume, page by commas."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

_WORKS = frozenset(["journal", "container-title"])
# "8442, 84422N" — a volume, then an article number or page (letters before or after: L16, A67, 84422N),
# or a page range, as the RSC, ACS and MDPI print it after the year ("2002, 106, 6163-6177"; MDPI's
# volume in italics, "*898*, 082037")
_PAGE = r"[A-Z]?\d{1,9}[A-Z]?"
_VOLUME_PAGE = lazy_pattern(rf"^\s*\**(\d{{1,5}})\**\s*,\s*(?P<page>{_PAGE}(?:\s*[-\u2013]\s*{_PAGE})?)\s*[.,]?\s*$")
# "RAA, 22," — an abbreviated journal and its volume
_JOURNAL_VOLUME = lazy_pattern(r"^\s*([A-Z][A-Za-z&.\s]{0,40}?[A-Za-z.])\s*,\s*(\d{1,5})\s*,?\s*$")


# "JPhB", "Icar", "A&A": an abbreviated journal alone, and a bare number between commas
_JOURNAL_ALONE = lazy_pattern(r"^\s*[A-Z][A-Za-z&.]{1,12}\s*,?\s*$")
_BARE_ISSUE = lazy_pattern(r"^\s*,?\s*\d{1,5}\s*,?\s*$")


@needs(any_label=("volume", "pages"))
def comma_numbers_apart(spans: list[Span], text: str) -> list[Span]:
    """AAS's ``ApJ, 871, 87`` after the year, read with the volume in the pages (``8442, 84422N``)
    or the journal in the volume (``RAA, 22,``): the numbers a comma parts are volume and page.
    The RSC's ``J. Phys. Chem. B, 2002, 106, 6163-6177`` and MDPI's ``Entropy 2020, 22, 1113`` alike."""
    labels = [s.label for s in spans]
    # a volume read is mended only after a date and with no journal; with none read, only pages are
    if "volume" in labels:
        if "date" not in labels or not _WORKS.isdisjoint(labels):
            return spans
    elif "pages" not in labels:
        return spans
    for k, s in enumerate(spans):
        prev = spans[k - 1] if k else None
        if s.label == "pages" and "volume" not in labels and _after_work(spans, k):
            m = _VOLUME_PAGE.match(s.text)
            if m:
                comma = s.text.index(",", m.end(1))
                return divided(
                    spans,
                    k,
                    m.end(1),
                    comma + 1 + (len(s.text[comma + 1 :]) - len(s.text[comma + 1 :].lstrip())),
                    "volume",
                    "pages",
                )
        if s.label == "volume" and not _WORKS & set(labels) and prev is not None and prev.label == "date":
            m = _JOURNAL_VOLUME.match(s.text)
            if m:
                return divided(spans, k, m.end(1), m.start(2), "journal", "volume")
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            if (
                _JOURNAL_ALONE.match(s.text)
                and nxt is not None
                and nxt.label == "issue"
                and _BARE_ISSUE.match(nxt.text)
            ):
                # "2012, JPhB, 45, 24": the journal read as the volume, the volume as the issue
                journal = Span("journal", s.text, s.start, s.end, s.confidence)
                volume = Span("volume", nxt.text, nxt.start, nxt.end, nxt.confidence)
                return [*spans[:k], journal, volume, *spans[k + 2 :]]
    return spans


# "Icar, 194, 263" — the whole AAS tail in one span
_JOURNAL_NUMBERS = lazy_pattern(
    rf"^\s*(?P<journal>[A-Z][A-Za-z&.]{{1,12}})\s*,\s*(?P<volume>\d{{1,5}})\s*,\s*(?P<page>{_PAGE})\s*\.?\s*$"
)


@needs(labels=("date", "note"), without=("journal", "container-title", "title", "volume"))
def note_after_year_is_journal(spans: list[Span], text: str) -> list[Span]:
    """AAS's ``2008b, Icar, 194, 263`` closing the reference, with the abbreviated journal read as a note
    after the year (its numbers in the note or in a pages span): journal, volume and page."""
    for k in range(1, len(spans)):
        s, rest = spans[k], spans[k + 1 :]
        if s.label != "note" or spans[k - 1].label != "date":
            continue
        if not rest and (m := _JOURNAL_NUMBERS.match(s.text)) is not None:
            return [*spans[:k], *(_part(s, m, g, label) for g, label in _TAIL_PARTS)]
        if (
            len(rest) == 1
            and rest[0].label == "pages"
            and _JOURNAL_ALONE.match(s.text)
            and (m := _VOLUME_PAGE.match(rest[0].text)) is not None
        ):
            journal = Span("journal", s.text, s.start, s.end, s.confidence)
            comma = rest[0].text.index(",", m.end(1))
            return [*spans[:k], journal, *divided(rest, 0, m.end(1), comma + 1, "volume", "pages")]
        return spans
    return spans


_TAIL_PARTS = (("journal", "journal"), ("volume", "volume"), ("page", "pages"))


def _part(s: Span, m: re.Match[str], group: str, label: str) -> Span:
    a, z = m.span(group)
    return Span(label, s.text[a:z], s.start + a, s.start + z, s.confidence)


def _after_work(spans: list[Span], k: int) -> bool:
    """The span before ``spans[k]`` is the journal, or the year that follows the journal."""
    before = [s.label for s in spans[max(k - 2, 0) : k]]
    return bool(before) and (
        before[-1] in _WORKS or (before[-1] == "date" and len(before) == 2 and before[0] in _WORKS)
    )


# "Am. Inst. Phys. Conf. Ser. 1550," — a journal's name, then its volume
_JOURNAL_THEN_NUMBER = lazy_pattern(r"^(?P<journal>.*[^\W\d_].?)\s+(?P<volume>\d{1,5})\s*,?\s*$")
_BARE_NUMBER = lazy_pattern(r"^\s*[A-Z]?\d{1,9}\s*,?\s*$")


@needs(labels=("journal", "volume", "date"), without=["pages"])
def volume_in_journal(spans: list[Span], text: str) -> list[Span]:
    """APS's ``Conf. Ser. 1550, 3 (2013)`` read as journal ``… Ser. 1550`` and volume ``3``, no pages:
    the journal's last number is its volume and the number after it, before the year, the page."""
    if "pages" in labels_of(spans):
        return spans
    for k in range(len(spans) - 2):
        s, vol, date = spans[k : k + 3]
        if s.label != "journal" or vol.label != "volume" or date.label != "date":
            continue
        m = _JOURNAL_THEN_NUMBER.match(s.text)
        if m and _BARE_NUMBER.match(vol.text):
            split = divided(spans, k, m.end("journal"), m.start("volume"), "journal", "volume")
            page = Span("pages", vol.text, vol.start, vol.end, vol.confidence)
            return [*split[: k + 2], page, *split[k + 3 :]]
    return spans


_YEAR_LIKE_PAGE = lazy_pattern(r"^\s*\d{1,5}\s*[.,]?\s*$")


@needs(labels=["date"], without=["pages"])
def page_read_as_year(spans: list[Span], text: str) -> list[Span]:
    """MDPI's ``Zh. Fiz. Khim 1970, 44, 1967.`` with the page read as a second year: a bare number
    straight after the journal's year and volume is the page."""
    labels = [s.label for s in spans]
    if "pages" in labels or labels.count("date") != 2:
        return spans
    for k in range(3, len(spans)):
        s = spans[k]
        # journal, year, volume, then the number: nothing between them
        after_volume = labels[k - 3 : k] in (["journal", "date", "volume"], ["container-title", "date", "volume"])
        if s.label == "date" and after_volume and _YEAR_LIKE_PAGE.match(s.text):
            return [*spans[:k], Span("pages", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# APS's title-less "Radiochim. Acta 99, 395 (2011)." / "At. Data Nucl. Data Tables 109-110, 1 (2016).": a journal's
# abbreviated name (capitalised words, one at least cut with a full stop), the volume, the page and the bracketed year
_APS_TAIL = lazy_pattern(
    r"\s*(?P<journal>(?:[A-Z][\w&'-]*\.?:?\s){0,7}?[A-Z][\w&'-]*\.?)\s(?P<volume>\d{1,4}(?:-\d{1,4})?),\s"
    r"(?P<pages>[A-Z]?\d{1,7}(?:\(R\))?)\s(?P<date>\((?:1[6-9]|20)\d\d\))\.?\s*"
)
# the Elsevier physics journals' order of the same: "At. Data Nucl. Data Tables 99 (2013) 69."
_ELSEVIER_TAIL = lazy_pattern(
    r"\s*(?P<journal>(?:[A-Z][\w&'-]*\.?:?\s){0,7}?[A-Z][\w&'-]*\.?)\s(?P<volume>\d{1,4}(?:[-–]\d{1,4})?)\s"
    r"(?P<date>\((?:1[6-9]|20)\d\d\))\s(?P<pages>[A-Z]?\d{1,7})\.?\s*"
)
_ABBREVIATION = lazy_pattern(r"[A-Z][a-z]{1,12}\.(?=\s)")


@needs(labels=("author", "title"), marks=["("])
def aps_journal_read_as_title(spans: list[Span], text: str) -> list[Span]:
    """APS's title-less ``A. Sobiczewski, Radiochim. Acta 99, 395 (2011).`` with the abbreviated journal read as a
    title (or a title and a journal): after the names' comma, the rest of the reference is the journal, its volume,
    the page and the year."""
    k = next((i for i, s in enumerate(spans) if s.label == "title"), None)
    if k is None or k == 0 or spans[k - 1].label != "author" or not spans[k - 1].text.rstrip().endswith(","):
        return spans
    a = spans[k - 1].end
    m = _APS_TAIL.fullmatch(text, a)
    order = ("journal", "volume", "pages", "date")
    if m is None and (m := _ELSEVIER_TAIL.fullmatch(text, a)) is not None:
        order = ("journal", "volume", "date", "pages")
    if m is None or not _ABBREVIATION.search(m["journal"] + " "):
        return spans
    sure = spans[k].confidence
    return [*spans[:k], *(Span(g, m[g], m.start(g), m.end(g), sure) for g in order)]
