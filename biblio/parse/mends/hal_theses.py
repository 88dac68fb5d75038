"""Mend of a thesis as HAL (and theses.fr, after it) cites it: ``Xiaolan Sha. Personalizing trending content in
social media. Sociology. Télécom ParisTech, 2013. English. ⟨NNT : 2013ENST0040⟩.`` The discipline stands
between the title and the school, the language after the year. The model reads the discipline into the title
(or as a journal) and the school into the title; the discipline and the language are notes, the school the
publisher."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_LANGUAGES = (
    "English|French|Français|Anglais|Spanish|Español|Espagnol|German|Deutsch|Allemand|Italian|Italiano|Italien|"
    "Portuguese|Português|Portugais"
)
# ". Discipline [code]. School, Year. Language." (the discipline a few words, HAL's code for it in brackets)
_HAL_TAIL = lazy_pattern(
    r"\.\s+(?P<discipline>[A-Z][^\W\d_]*(?:[\s'’/-]+[^\W\d_]+){0,5}(?:\s*\[[\w.-]+\])?)\.\s+"
    r"(?P<school>[A-Z][^.,;]{2,90}?),\s+(?P<year>(?:19|20)\d\d)\.\s+"
    rf"(?P<language>(?:{_LANGUAGES}))\.?(?=\s|$)"
)
_PARTS = (("note", "discipline"), ("publisher", "school"), ("date", "year"), ("note", "language"))
_OTHER_FIELDS = frozenset(["author", "url", "doi", "accessed"])


@needs(
    labels=["title"],
    words=["english", "fran", "anglais", "spanish", "espa", "german", "deutsch", "alleman", "ital", "portug"],
)
def hal_thesis_tail(spans: list[Span], text: str) -> list[Span]:
    """HAL's ``Title. Sociology. Télécom ParisTech, 2013. English.`` with the discipline read into the title or
    as a journal, the school into the title: the discipline and the language are notes, the school the
    publisher, the year the date."""
    m = _HAL_TAIL.search(text)
    if m is None:
        return spans
    a, z = m.start("discipline"), m.end("language")
    if not any(s.label == "title" and s.start < m.start() for s in spans):
        return spans
    if any(s.label in _OTHER_FIELDS and s.start < z and a < s.end for s in spans):
        return spans
    confidence = min(s.confidence for s in spans)
    new = [Span(label, m.group(g), m.start(g), m.end(g), confidence) for label, g in _PARTS]
    return replaced(spans, text, a, z, new)
