"""A short list's comma form, ``Zhou et al, Title of paper, Lancet, March 2020.`` (maybe ``Vol 388, 1081-88,``
before the journal): the first author and ``et al``, the title, the journal and the month with its year, each
closed by a comma. The model runs a short journal (``Lancet``, ``Heart``) into the title or reads it as a name,
a town or a publisher; the journal is the last comma part before the month."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_FAMILY = r"(?:(?:[Vv]an|[Vv]on|[Dd]e|der|den|[Dd]a|[Dd]el|[Ll]e)\s)*[A-Z][^\W\d_]+(?:[-'\u2019][A-Z][^\W\d_]+)?"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ET_AL_COMMAS = lazy_pattern(
    rf"^(?P<names>{_FAMILY}\set\.?\sal)\.?,\s(?P<title>[^\W\d_].*?),\s"
    r"(?:(?P<vol>Vol\.?\s(?P<volume>\d+)),\s(?P<pages>\d+(?:[-\u2013]\d+)?),\s)?"
    rf"(?P<journal>[A-Z][^,\d]{{0,60}}?),\s(?P<date>{_MONTH}\s(?:1[89]|20)\d\d)\.(?:\s|$)"
)


@needs(words=("et al",), marks=(", ",))
def et_al_comma_journal(spans: list[Span], text: str) -> list[Span]:
    """``Lim et al, Title, Heart, May 2019.`` with the journal read into the title or as a name, a town or a
    publisher: the name and ``et al``, the title, (the volume and pages,) the journal, the month and year."""
    if " al" not in text:
        return spans
    m = _ET_AL_COMMAS.match(text)
    if m is None:
        return spans
    conf = min((s.confidence for s in spans if s.start < m.end("date")), default=1.0)
    parts = [("author", "names"), ("title", "title"), ("journal", "journal"), ("date", "date")]
    if m["vol"]:
        parts[2:2] = [("volume", "volume"), ("pages", "pages")]
    new = [Span(label, m[g], m.start(g), m.end(g), conf) for label, g in parts]
    if all(any(s.label == n.label and s.start == n.start and s.end == n.end for s in spans) for n in new):
        return spans
    return replaced(spans, text, 0, m.end("date"), new)
