"""R's printed bibentry of an article, as ``citation()``, ``print(bibentry)`` and pkgdown pages write it:
``Lessler J, Reich N, Cummings D, New York City … Investigation Team (2009). “Outbreak of 2009 Pandemic
Influenza A (H1N1) at a New York City School.” _The New England Journal of Medicine_. doi:…``.

The names (family name and initials, a group among them), the bracketed year, the title in curly quotes
closed by its full stop and the journal between underscores are marked well enough to read whole; the
labeller, seeing a group's words or a date inside the title, misplaces their borders."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import LATIN_CAPITAL
from biblio.parse.spans import Span

# "Lessler J", "Al Rabeeah A", "Roque Jr V", "Collins Á", "O'Grady L"
_PERSON = rf"{LATIN_CAPITAL}[\w'\u2019-]*(?: [\w'\u2019-]+){{0,3}} {LATIN_CAPITAL}{{1,3}}"
# "KSA MERSCOV Investigation Team", "2022 Monkeypox Outbreak Response Team": words, no full stop
_GROUP = r"[\w'\u2019][^.,()\u201c\u201d\"]{2,150}"
_ARTICLE = lazy_pattern(
    rf"^\s*(?P<names>{_PERSON}(?:, (?:{_PERSON}|{_GROUP}))*|{_GROUP}(?:, {_PERSON})+)"
    r" (?P<date>\((?:1[5-9]|20)\d\d[a-z]?\)\.)"
    r" \u201c(?P<title>[^\u201c\u201d]+?)\.?\u201d"
    r" _(?P<journal>[^_]+)_(?=[.,])"
)


@needs(marks=("\u201d _",))
def bibentry_article(spans: list[Span], text: str) -> list[Span]:
    """R's ``Names (Year). “Title.” _Journal_`` read as its names, date, title and journal."""
    m = _ARTICLE.match(text)
    if m is None:
        return spans
    found = [Span(label, m.group(group), m.start(group), m.end(group), 1.0) for label, group in _PARTS]
    if all(any(s.label == f.label and s.start == f.start and s.end == f.end for s in spans) for f in found):
        return spans
    return replaced(spans, text, 0, m.end(), found)


_PARTS = (("author", "names"), ("date", "date"), ("title", "title"), ("journal", "journal"))
