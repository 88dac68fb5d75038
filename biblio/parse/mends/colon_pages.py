"""Mends of a journal's numbers in the NLM/Vancouver and PLOS/eLife forms.

``2008;46(6):913–8. https://doi.org/… PMID: 18260783`` or ``Neuron 44:109–120. DOI: …`` read with
the pages and the link inside the issue; ``Proteins 53 Suppl 6: 491-6`` read with the supplement
inside the volume; ``The Astrophysical Journal, 548:224`` read with ``:224`` as the issue; Chicago's
``(February 2019): 7,`` read with ``7`` as the volume. The colon after the volume, its bracketed issue
or the bracketed date opens the pages, unless a bracketed date of months follows the number (Chicago's
``*London Review of Books* 24:22 (14 November 2002)``, the issue); ``Suppl`` after the volume's number opens the issue.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# "(6):913–8. rest" or ":109–120. rest": the issue in brackets (if any), the colon, the pages
# (ACM's and Dagstuhl's article-numbered pages "2:1–2:54" among them)
_COLON_PAGES = lazy_pattern(
    r"^(?P<issue>\s*\(\s*[^()]{1,15}\))?\s*:\s*"
    r"(?P<pages>[A-Za-z]?\d{1,7}(?::\d{1,5})?(?:\s*[-\u2013\u2014]\s*[A-Za-z]?\d{1,7}(?::\d{1,5})?)?)"
    r"(?=[.,;]?(?:\s|$))"
)
_NUMBERS = ("issue", "volume")
# "53 Suppl 6:" / "125 Suppl 4" / "12 Suppl." : the volume's number, then its supplement
_SUPPLEMENT = lazy_pattern(r"^\s*(?P<volume>\d{1,5})\s+(?P<issue>Suppl(?:ement)?\.?(?:\s*[A-Za-z]?\d{1,3})?)\s*:?\s*$")


@needs(marks=[":"], without=["pages"])
def pages_after_colon(spans: list[Span], text: str) -> list[Span]:
    """An issue (or volume) span holding ``(6):913–8. https://…`` or ``:109–120. DOI: …``, where no
    pages were read: the bracketed number is the issue, the numbers after the colon the pages, and
    what follows them (a link, a PMID) goes on as a link or a note."""
    if ":" not in text or "pages" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        # Chicago's "(2010): 45–67" or "(February 2019): 7, https://…": after a date that closes
        # with the colon, the numbers are the pages, read as a volume or into the link
        after_date = before.label == "date" and before.text.rstrip().endswith("):")
        if s.label not in _NUMBERS and not (after_date and s.label == "url"):
            continue
        if before.label not in ("volume", "journal", "date"):
            continue
        # "134:" | "145–161. DOI: …": the colon closed the volume's (or the date's) span
        shift = 1 if before.text.rstrip().endswith(":") and (s.label == "issue" or after_date) else 0
        if not shift and ":" not in s.text:
            continue
        m = _COLON_PAGES.match(":" + s.text if shift else s.text)
        if m is None or (m.group("issue") is None and s.label == "volume" and not after_date):
            continue
        if s.label == "issue" and not m.group("issue") and _dated_issue(s.text[m.end() - shift :], spans[k + 1 :]):
            continue  # Chicago's "24:22 (14 November 2002)": the number before a month's date is the issue
        parts: list[Span] = []
        if m.group("issue"):
            a, z = m.span("issue")
            parts.append(Span("issue", s.text[a:z], s.start + a, s.start + z, s.confidence))
        a, z = (i - shift for i in m.span("pages"))
        parts.append(Span("pages", s.text[a:z], s.start + a, s.start + z, s.confidence))
        rest = s.text[z:]
        if rest.strip(" .,;"):
            label = "url" if "http" in rest or "doi" in rest.lower() else "note"
            parts.append(Span(label, rest, s.start + z, s.end, s.confidence))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


def _dated_issue(rest: str, after: list[Span]) -> bool:
    """The numbers end before a bracket that opens a date of months or days (``(14 November 2002)``,
    ``(Summer 1976)``): a periodical's issue, dated; a bare year leaves them the pages."""
    if rest.strip(" ") != "(" or not after or after[0].label != "date":
        return False
    return any(c.isalpha() for c in after[0].text)


@needs(labels=["volume"], marks=["Suppl"])
def supplement_in_volume(spans: list[Span], text: str) -> list[Span]:
    """``Proteins 53 Suppl 6: 491-6`` with ``53 Suppl 6:`` read as the volume: the number is the
    volume, the supplement its issue."""
    if "Suppl" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label == "volume" and "Suppl" in s.text and (m := _SUPPLEMENT.match(s.text)):
            a, z = m.span("volume")
            b, y = m.span("issue")
            volume = Span("volume", s.text[a:z], s.start + a, s.start + z, s.confidence)
            issue = Span("issue", s.text[b:y], s.start + b, s.start + y, s.confidence)
            return [*spans[:k], volume, issue, *spans[k + 1 :]]
    return spans


# natbib's "58(5):527-535, 1952.": the pages after the colon, then the year
_PAGES_THEN_YEAR = lazy_pattern(
    r"(?P<pages>[A-Za-z]?\d{1,7}(?:\s*[-\u2013]\s*[A-Za-z]?\d{1,7})?),\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\.?\s*"
)


@needs(marks=[":"], any_label=("pages", "date"))
def year_after_colon_pages(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``Journal, 58(5):527-535, 1952.`` with the year read into the pages, or the pages into the
    date: after the issue's colon the range is the pages, and the year after its comma the date."""
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label not in ("pages", "date") or before.label not in _NUMBERS or not before.text.rstrip().endswith(":"):
            continue
        m = _PAGES_THEN_YEAR.fullmatch(s.text)
        if m is None or "date" in {t.label for t in spans if t is not s}:
            return spans
        return divided(spans, k, m.end("pages"), m.start("year"), "pages", "date")
    return spans
