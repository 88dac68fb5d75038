"""Mends of a software release cited as Zenodo and GitHub print it: ``Authors. *owner/repo: Title* v1.0
(2021). https://doi.org/…``. The italic run is the title (a repository's ``owner/repo`` and all), the
``v`` number after it the version and the year in brackets the date; the labeller reads the repository's
name as a DOI or a journal, and the release's number as an issue."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "*pandas-dev/pandas: Pandas.* v.1.2.2 (2020)"
_ITALIC_RELEASE = lazy_pattern(
    r"(?<![*\w])\*(?P<title>[^*\s][^*]{0,150}?)\*\s+(?P<version>v\.?\s?\d+(?:\.\d+)+)\s+"
    r"(?P<date>\((?:1[5-9]|20)\d\d\))"
)


@needs(marks=["*"])
def italic_release(spans: list[Span], text: str) -> list[Span]:
    """``*hibernator11/notebook-ph: Release 1* v1.0 (2021).`` read as a DOI, a journal and a version (or
    the title, version and year as one title): the italic run is the title, then the version and date."""
    if (m := _ITALIC_RELEASE.search(text)) is None:
        return spans
    new = [Span(label, m.group(label), m.start(label), m.end(label)) for label in ("title", "version", "date")]
    if [(s.label, s.start, s.end) for s in spans if m.start() <= s.start < m.end()] == [
        (n.label, n.start, n.end) for n in new
    ]:
        return spans
    return replaced(spans, text, m.start(), m.end(), new)
