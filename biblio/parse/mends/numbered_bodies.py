"""Mend of a body named with its number, opening an author-date reference: ``NSW Parliament, Portfolio Committee No.
2 (2022). Title.``, ``Standing Committee No. 1``, ``Working Group No. 3``.

A parliament's or an agency's committees and groups are told apart by number; the model ends the author at ``No.``
and reads the number as the issue.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a body's kind closing the author before its number's mark
_BODY_NO = lazy_pattern(
    r"\b(?:Committee|Subcommittee|Sub-Committee|Group|Panel|Commission|Taskforce|Task Force|Board|Council|Unit)"
    r"\s+No\.?\s*$"
)
_NUMBER = lazy_pattern(r"^\d{1,3}[.,]?$")
_NUMBERS = frozenset(["issue", "volume", "pages"])


# the number run into the date after it: "4 (2019)."
_NUMBER_THEN_YEAR = lazy_pattern(r"^(?P<n>\d{1,3})\s+(?=\(?\d{4}\b)")


@needs(labels=("author",), marks=("No",))
def number_closes_body(spans: list[Span], text: str) -> list[Span]:
    """``NSW Parliament, Portfolio Committee No. | 2 | (2022).`` with the body's number read as the issue (or into
    the date): the number ends the author's name."""
    for k in range(len(spans) - 1):
        s, num = spans[k], spans[k + 1]
        if s.label != "author" or not _BODY_NO.search(s.text):
            continue
        if text[s.end : num.start].strip():
            return spans
        c = min(s.confidence, num.confidence)
        if num.label == "date" and (m := _NUMBER_THEN_YEAR.match(num.text)):
            z, d = num.start + m.end("n"), num.start + m.end()
            date = Span("date", text[d : num.end], d, num.end, num.confidence)
            return [*spans[:k], Span("author", text[s.start : z], s.start, z, c), date, *spans[k + 2 :]]
        if num.label not in _NUMBERS or not _NUMBER.match(num.text.strip()):
            return spans
        if k + 2 >= len(spans) or spans[k + 2].label != "date":
            return spans
        z = num.start + len(num.text.rstrip(" .,"))
        return [*spans[:k], Span("author", text[s.start : z], s.start, z, c), *spans[k + 2 :]]
    return spans
