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


@needs(labels=("author",), marks=("No",))
def number_closes_body(spans: list[Span], text: str) -> list[Span]:
    """``NSW Parliament, Portfolio Committee No. | 2 | (2022).`` with the body's number read as the issue: the
    number ends the author's name."""
    for k in range(len(spans) - 2):
        s, num, nxt = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "author" or num.label not in _NUMBERS or nxt.label != "date":
            continue
        if not _BODY_NO.search(s.text) or not _NUMBER.match(num.text.strip()):
            continue
        if text[s.end : num.start].strip():
            return spans
        z = num.start + len(num.text.rstrip(" .,"))
        author = Span("author", text[s.start : z], s.start, z, min(s.confidence, num.confidence))
        return [*spans[:k], author, *spans[k + 2 :]]
    return spans
