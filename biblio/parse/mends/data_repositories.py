"""Mend of a data set cited with the repository that holds it, as the APS's and IEEE's numbered lists print it:
``R. A. Fisher, Iris, UCI Machine Learning Repository, 1988, https://doi.org/10.24432/C56C76.`` The labeller
reads a short title as one more name and the repository as a title or a journal."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_FAMILY = r"[A-Z](?=[^\W\d_]*[a-z])[^\W\d_]*(?:['’-][^\W\d_]+)*"
_DOTTED = rf"[A-Z]\.(?:\s?-?[A-Z]\.)*\s?(?:[a-z]{{1,3}}\s+)?{_FAMILY}"
# "I. Family" names (the last after "and"), the title, the repository's name and the comma before the year
_NAMES_TITLE_REPOSITORY = lazy_pattern(
    rf"(?P<names>(?:{_DOTTED},\s+)*(?:{_DOTTED},?\s+(?:and|&)\s+)?{_DOTTED}),\s+"
    r"(?P<title>[^\s,][^.]*?),\s+"
    r"(?P<repository>(?:[A-Z][\w&.-]*\s+){1,4}(?:Repository|Data\s+Archive)),?\s*"
)
# what the model may have read the names, title and repository as
_READ_AS = frozenset(["author", "title", "container-title", "journal", "publisher"])


@needs(labels=["date"], any_label=["author"])
def repository_before_year(spans: list[Span], text: str) -> list[Span]:
    """``S. Aeberhard and M. Forina, Wine, UCI Machine Learning Repository, 1991,`` (``W. Wolberg, …, and W.
    Street, Breast cancer Wisconsin (diagnostic), UCI Machine Learning Repository, 1995,``) with the title read
    as a name or the repository as the title or a journal: after the names, the words before the repository's
    name are the title, and the repository is the publisher."""
    if not spans or spans[0].label != "author":
        return spans
    k = next((i for i, s in enumerate(spans) if s.label == "date"), None)
    if k is None or k == 0 or any(s.label not in _READ_AS for s in spans[:k]):
        return spans
    a, z = spans[0].start, spans[k].start
    m = _NAMES_TITLE_REPOSITORY.fullmatch(text, a, z)
    if m is None:
        return spans
    c = spans[0].confidence
    return [
        Span("author", m["names"], *m.span("names"), c),
        Span("title", m["title"], *m.span("title"), c),
        Span("publisher", m["repository"], *m.span("repository"), c),
        *spans[k:],
    ]
