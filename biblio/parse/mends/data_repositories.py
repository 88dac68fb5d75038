"""Mends of a data set cited with the repository that holds it, as the APS's and IEEE's numbered lists print it
(``R. A. Fisher, Iris, UCI Machine Learning Repository, 1988, https://doi.org/10.24432/C56C76.``: the labeller reads
a short title as one more name and the repository as a title or a journal) and as eLife's and PLOS's data
availability statements do (``Wolf G. Title. NCBI Gene Expression Omnibus (2019). NCBI: GSE115291``: the labeller
reads the repository as a place or into the title and the accession as the publisher)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
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


@needs(labels=["date"], any_label=["author"], marks=("Repository", "Data"))
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


# eLife's data citation's tail: the repository, its year in brackets, the accession with its database's label
_REPOSITORY_YEAR_ACCESSION = lazy_pattern(
    r"(?<=[.?!] )(?P<repository>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,5}) \((?P<year>(?:1[89]|20)\d\d)\)\. "
    r"(?P<accession>(?:[A-Z][A-Za-z]{1,15}: ?)?[A-Z]{1,6}_?\d{4,}(?:\.\d+)?)\.?\s*$"
)


@needs(labels=["title"], marks=["). "])
def repository_year_accession(spans: list[Span], text: str) -> list[Span]:
    """``Castro-Diaz N, …, Trono D. Title. NCBI Gene Expression Omnibus (2014). NCBI: GSM1406445`` with the
    repository read into the title or as a place and the accession as the publisher: after the title's full stop,
    the repository is the publisher, the bracketed year the date and the accession a note."""
    m = _REPOSITORY_YEAR_ACCESSION.search(text)
    if m is None:
        return spans
    cut = m.start("repository")
    kept: list[Span] = []
    for span in spans:
        if span.end <= cut:
            kept.append(span)
        elif span.start < cut:
            if span.label != "title":
                return spans  # the cut would split some other field: not this form
            words = text[span.start:cut].rstrip(" .")
            kept.append(Span("title", words, span.start, span.start + len(words), span.confidence))
    if not any(span.label == "title" for span in kept):
        return spans
    c = min(span.confidence for span in spans)
    return [
        *kept,
        Span("publisher", m["repository"], *m.span("repository"), c),
        Span("date", m["year"], *m.span("year"), c),
        Span("note", m["accession"], *m.span("accession"), c),
    ]


# Chicago's data set cited as IASSIST and ICPSR advise: "… January 20, 2014. Distributed by Harvard Election Data
# Archive. http://hdl.handle.net/…": the archive that distributes the data is its publisher
_DISTRIBUTED_BY = lazy_pattern(
    r"(?<![\w-])(?P<role>[Dd]istributed\s+by)\s+(?P<who>(?:The\s+)?[A-Z][^.;]{2,120}?)\.(?=\s|$)"
)


@needs(words=["distributed by"])
def distributor_is_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Distributed by The Inter-university Consortium for Political and Social Research.`` read as a note or run
    into another field: the name after the phrase is the publisher."""
    m = _DISTRIBUTED_BY.search(text)
    if m is None or any(s.label == "publisher" and (s.start, s.end) == m.span("who") for s in spans):
        return spans
    c = min((s.confidence for s in spans), default=1.0)
    new = [Span("note", m["role"], *m.span("role"), c), Span("publisher", m["who"], *m.span("who"), c)]
    return replaced(spans, text, m.start(), m.end("who"), new)
