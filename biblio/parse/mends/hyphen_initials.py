"""Mend of inverted names whose initials are hyphenated with no stop inside them, as Chinese and Korean given
names are written: ``Liao, P-S., Chen, T-S. and Chung, P-C., “Title”``. The model takes ``T-S.`` for no
initials and ends the names at the family name before it, the rest of the list read into the title.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import border_moved
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_INITIALS = r"[A-Z]-[A-Z]\."
# the initials the names stopped before, then the list's further "Family, I-I." names, up to the quoted title
_LIST_REST = lazy_pattern(
    rf"^\s*(?P<names>{_INITIALS}(?:,?\s+(?:(?:and|&)\s+)?[A-Z][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*,\s+{_INITIALS})*)"
    r"\s*,?\s+(?=[“\"])"
)
_ENDS_ON_FAMILY = lazy_pattern(rf"{_INITIALS},\s+[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*\s*,?\s*$")


@needs(labels=["author", "title"], marks=("-",))
def hyphenated_initials_end_names(spans: list[Span], text: str) -> list[Span]:
    """``Liao, P-S., Chen, | T-S. and Chung, P-C., “A fast algorithm …”`` read with the names cut before
    ``T-S.``: the hyphenated initials and the names after them, to the quoted title, are the authors'."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "author" or nxt.label != "title" or not _ENDS_ON_FAMILY.search(s.text):
            continue
        m = _LIST_REST.match(nxt.text)
        if m is None:
            return spans
        return border_moved(spans, text, k, nxt.start + m.end("names"), nxt.start + m.end())
    return spans
