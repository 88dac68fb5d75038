"""Mend of the author-date ``n.d.`` before a bare address: Chicago's and Harvard's ``Transparency
International. n.d. www.transparency.org`` (a site named by its body, no title) with ``n.d.`` read into
the address, or the name and ``n.d.`` read as one title. The mark is the date's place, apart from the
address; the segment before it is the author, as an author-date reference prints its author before its
date (a dated ``World Wildlife Fund. 2019. https://…`` reads so already)."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# "n.d. www.…", "(n.d.). https://…", "n.d., http://…" opening the address's span
_UNDATED_HEAD = lazy_pattern(r"^\s*(?P<date>\(?n\.\s?d\.?\)?)[.,]?\s+(?=https?://|www\.)", re.I)


@needs(labels=["url"], without=["date"], marks=("n.d", "n. d", "N.d", "N.D"))
def undated_mark_before_address(spans: list[Span], text: str) -> list[Span]:
    """``n.d. www.site.org`` read as one address: ``n.d.`` is the (missing) date, the rest the address."""
    if "date" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "url" or (m := _UNDATED_HEAD.match(s.text)) is None:
            continue
        a, z, u = m.start("date"), m.end("date"), m.end()
        parts = [
            Span("date", s.text[a:z], s.start + a, s.start + z, s.confidence),
            Span("url", s.text[u:], s.start + u, s.end, s.confidence),
        ]
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return _opening_before_undated(spans)


# the opening segment closing on the mark: "National Survey of Entrepreneurship Education. n.d."
_SEGMENT_THEN_UNDATED = lazy_pattern(r"^(?P<name>[^\W\d_][^.()]*?)\.\s+(?P<date>\(?n\.\s?d\.?\)?)[.,]?\s*$", re.I)


def _opening_before_undated(spans: list[Span]) -> list[Span]:
    """The opening segment and ``n.d.`` read as one title or author just before the address: the segment is
    the author, the mark the date."""
    if len(spans) < 2 or spans[0].label not in ("title", "author") or spans[1].label != "url":
        return spans
    s = spans[0]
    if (m := _SEGMENT_THEN_UNDATED.match(s.text)) is None:
        return spans
    (a, z), (d, e) = m.span("name"), m.span("date")
    author = Span("author", s.text[a : z + 1], s.start + a, s.start + z + 1, s.confidence)
    date = Span("date", s.text[d:e], s.start + d, s.start + e, s.confidence)
    return [author, date, *spans[1:]]
