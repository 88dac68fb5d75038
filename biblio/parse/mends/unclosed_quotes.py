"""Mend of a quoted title whose closing quote the writer left out: ``S. Hill, "Your Smartphone Isn't As Safe
As You'd Think, Techradar, 29 Nov. 2013;`` or Chicago's ``“What Are Millennials Buying: …, The Hub (July 7,
2019), accessed …``. With no closing quote the labeller runs the title on to the date; a web or news note
names the outlet in the last comma part before the date, so the title ends at that comma."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the date the outlet stands before: "29 Nov. 2013", "(July 7, 2019)", "December 3, 2019", "2016"
_DATE = lazy_pattern(
    r"[,(]\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+)?(?:19|20)\d\d\b"
)
# the outlet: one to five words, the first a capital's, no quote or bracket
_OUTLET = lazy_pattern(r"[A-Z][^,;:()\"\u201c\u201d]{0,40}")


def _unclosed(text: str) -> int:
    """Where the one opening quote stands when none closes it; -1 otherwise."""
    if text.count('"') == 1:
        return text.index('"')
    if text.count("\u201c") == 1 and "\u201d" not in text:
        return text.index("\u201c")
    return -1


@needs(labels=("title",), marks=('"', "\u201c"))
def unclosed_quote_title(spans: list[Span], text: str) -> list[Span]:
    """``"Title, Outlet, 29 Nov. 2013`` read as one title: the outlet is the container."""
    q = _unclosed(text)
    if q < 0:
        return spans
    for s in spans:
        if s.label != "title" or s.start != q:
            continue
        # the first comma or bracket inside the title (or just after it) that a date follows
        k = next((i for i in range(q + 1, min(s.end + 2, len(text))) if text[i] in ",(" and _DATE.match(text, i)), -1)
        cut = text.rfind(", ", q, k) if k > 0 else -1
        if cut <= q + 1:
            return spans
        a = cut + 2
        outlet = text[a:k].rstrip()
        if not _OUTLET.fullmatch(outlet) or len(outlet.split()) > 5:
            return spans
        new = [
            Span("title", text[q + 1 : cut], q + 1, cut, s.confidence),
            Span("container-title", outlet, a, a + len(outlet), s.confidence),
        ]
        mended = replaced(spans, text, q, a + len(outlet), new)
        # the day and month the title ran over ("…, 29 Nov. | 2013;") open the date after them
        k = next(i for i, t in enumerate(mended) if t.start == a)
        if k + 2 < len(mended) and mended[k + 1].label == "title" and mended[k + 2].label == "date":
            day, year = mended[k + 1], mended[k + 2]
            lead = len(day.text) - len(day.text.lstrip(" ,"))
            date = Span("date", text[day.start + lead : year.end], day.start + lead, year.end, year.confidence)
            mended = [*mended[: k + 1], date, *mended[k + 3 :]]
        return mended
    return spans
