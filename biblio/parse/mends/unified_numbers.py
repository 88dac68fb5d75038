"""The Unified Style Sheet for Linguistics' journal numbers: ``*Linguistic Inquiry* 20. 219–251.`` and
``*Language* 59(3). 514–528.``, the volume (and issue) closed by a full stop before the pages.  The model
reads the volume and the pages as one pages span, which the pages' normaliser cannot take apart, or cuts
``277(1683). 819–827.`` inside the bracket, the volume (or a date) before it and the issue in the pages.
Medical lists written by hand close the issue with a semicolon after the year the same way: ``Bmj 2007:
334(7589); 349-51.``"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "20. 219–251." / "59(3). 514–528" / "334(7589); 349-51": a volume, an issue perhaps, a full stop (or a
# semicolon), a page range or a page
_VOLUME_DOT_PAGES = lazy_pattern(
    r"^\s*(?P<volume>\d{1,4})(?:\s*\((?P<issue>[\w/-]{1,9})\))?[.;]\s+"
    r"(?P<pages>[A-Za-z]?\d+(?:\s*[-\u2013\u2014]\s*[A-Za-z]?\d+)?)\s*\.?\s*$"
)


def _after_journal(spans: list[Span], k: int) -> bool:
    """Whether span ``k`` follows the journal, or the date straight after it (``Bmj 2007: …``)."""
    before = spans[k - 1].label
    return before == "journal" or (before == "date" and k >= 2 and spans[k - 2].label == "journal")


@needs(labels=["journal", "pages"], without=["volume"])
def volume_dot_pages(spans: list[Span], text: str) -> list[Span]:
    """A pages span ``20. 219–251.`` straight after the journal (or after the year that follows it), with no
    volume read: the volume (and issue) and the pages as spans of their own."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "pages" or not _after_journal(spans, k):
            continue
        m = _VOLUME_DOT_PAGES.match(s.text)
        if m is None:
            return spans
        parts = []
        for group, label in (("volume", "volume"), ("issue", "issue"), ("pages", "pages")):
            if m.group(group) is not None:
                a, z = m.span(group)
                if label == "pages":
                    z = len(s.text)
                parts.append(Span(label, s.text[a:z], s.start + a, s.start + z, s.confidence))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


_CUT_LABELS = frozenset(["volume", "date", "issue"])


@needs(labels=["journal", "pages"])
def volume_issue_cut_in_bracket(spans: list[Span], text: str) -> list[Span]:
    """``Proceedings of the Royal Society B 277(1683). 819–827.`` read as a volume (or date) ``277(`` and
    pages ``1683). 819–827.``: after the journal, the volume, the issue in its bracket and the pages."""
    for k in range(1, len(spans) - 1):
        j, cut, s = spans[k - 1], spans[k], spans[k + 1]
        if j.label != "journal" or cut.label not in _CUT_LABELS or s.label != "pages":
            continue
        if not cut.text.rstrip().endswith("(") or text[cut.end : s.start].strip():
            continue
        m = _VOLUME_DOT_PAGES.match(text[cut.start : s.end])
        if m is None or m["issue"] is None:
            return spans
        o = cut.start
        low = min(cut.confidence, s.confidence)
        parts = [Span(g, m[g], o + m.start(g), o + m.end(g), low) for g in ("volume", "issue")]
        pages = Span("pages", text[o + m.start("pages") : s.end], o + m.start("pages"), s.end, s.confidence)
        return [*spans[:k], *parts, pages, *spans[k + 2 :]]
    return spans


# "(2). 1−" before "33.", or ": 45−67." / ". 45−67.": the numbers after a volume, an issue in brackets perhaps,
# then a page range whose dash is a minus sign (or a figure dash), a mark the tokens do not join as they join a
# hyphen or an en dash
_MINUS_RANGE = lazy_pattern(
    r"^(?P<issue>\(\s*[\w/-]{1,9}\s*\))?[\s.:;,]*(?P<first>[A-Za-z]?\d+\s*[\u2212\u2012]\s*)(?P<last>[A-Za-z]?\d+)?"
    r"\s*\.?\s*$"
)
_PAGE_OPENS = lazy_pattern(r"[A-Za-z]?\d+\s*\.?\s*$")


@needs(labels=["volume", "issue"], marks=("\u2212", "\u2012"))
def minus_sign_range_read_as_issue(spans: list[Span], text: str) -> list[Span]:
    """``9(2). 1−33.`` with ``(2). 1−`` read as the issue and ``33`` as the pages, or ``12: 45−67.`` with the range
    read as the issue: the range written with a minus sign is the pages, the bracket before it the issue."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "issue" or spans[k - 1].label != "volume":
            continue
        m = _MINUS_RANGE.match(s.text)
        if m is None:
            return spans
        after = spans[k + 1] if k + 1 < len(spans) else None
        end, rest = s.end, spans[k + 1 :]
        if m.group("last") is None:
            if after is None or after.label != "pages" or not _PAGE_OPENS.match(after.text):
                return spans
            end, rest = after.end, spans[k + 2 :]
        parts = []
        if m.group("issue"):
            a, z = s.start + m.start("issue"), s.start + m.end("issue")
            parts.append(Span("issue", text[a:z], a, z, s.confidence))
        a = s.start + m.start("first")
        parts.append(Span("pages", text[a:end], a, end, s.confidence))
        return [*spans[:k], *parts, *rest]
    return spans
