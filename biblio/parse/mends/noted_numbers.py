"""Mends of a journal's numbers read as a note: the Royal Society's ``Science 382, eadi1407. (doi:…)`` with
the volume and page read as one note after the journal, ``Nat. Commun. 11, 3310. (doi:…)`` with the page
read as a note after the volume, or the JFM's ``Phil. Trans. R. Soc. Lond. A 375 (2089), 20160187.`` with the
issue and page read as a note."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

_PAGE = r"[A-Za-z]{0,4}\d+(?:\s*[-\u2013]\s*[A-Za-z]{0,4}\d+)?"
# "382, eadi1407. (": a volume, a comma, a page or article number, and nothing after but stops or a bracket
_VOLUME_PAGE = lazy_pattern(rf"^\s*(?P<volume>\d{{1,5}})\s*,\s*(?P<page>{_PAGE})[\s.,;(]*$")
_PAGE_ONLY = lazy_pattern(rf"^\s*(?P<page>{_PAGE})[\s.,;(]*$")
# the JFM's "375 (2089), 20160187.": the issue in brackets and the page after a volume
_ISSUE_PAGE = lazy_pattern(rf"^\s*\((?P<issue>\w{{1,6}})\)\s*,\s*(?P<page>{_PAGE})[\s.,;(]*$")
_JOURNALS = frozenset(["journal", "container-title"])


@needs(labels=["note", "date"], without=["pages"])
def numbers_read_as_note(spans: list[Span], text: str) -> list[Span]:
    """With no page read, a note right after the journal that is only ``volume, page`` is the volume and
    the page; one right after a volume that ends on a comma and is only a page is the page; one right after a
    volume that is only ``(issue), page`` is the issue and the page."""
    labels = labels_of(spans)
    if "pages" in labels or "date" not in labels:
        return spans  # (a dated reading only: a number after the volume in an undated one may be its year)
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label != "note":
            continue
        if before.label in _JOURNALS and (m := _VOLUME_PAGE.match(s.text)) is not None:
            parts = [("volume", m.start("volume"), m.end("volume")), ("pages", m.start("page"), len(s.text))]
        elif before.label == "volume" and before.text.rstrip().endswith(",") and (m := _PAGE_ONLY.match(s.text)):
            parts = [("pages", 0, len(s.text))]
        elif before.label == "volume" and (m := _ISSUE_PAGE.match(s.text)) is not None:
            parts = [("issue", m.start("issue") - 1, m.end("issue") + 1), ("pages", m.start("page"), len(s.text))]
        else:
            continue
        new = [Span(label, s.text[a:z], s.start + a, s.start + z, s.confidence) for label, a, z in parts]
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans
