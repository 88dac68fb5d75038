"""Mend of a citation as JSTOR prints it over an article (copied with the line breaks joined): ``Hannibal at New
Carthage: … Irrationality Author: A. M. Eckstein, Classical Philology, Vol. 84, No. 1 (January 1989), pp. 3-4`` or
``The Nature of the Firm Author(s): R. H. Coase Source: Economica, New Series, Vol. 4, No. 16 (Nov., 1937), pp.
386-405``. The labeller reads ``Author:`` and the first initial into the title (and the journal as a publisher):
the title ends before ``Author(s):``, the names run to ``Source:`` or the comma, then come the journal, its
``Vol.`` and ``No.``, the bracketed date and the pages."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import group_spans
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_JSTOR = lazy_pattern(
    r"^(?P<title>\S.+?)\s+Author(?:\(s\)|s)?:\s+(?P<names>[^:()]+?)(?:\s+Source:\s+|,\s+)(?P<journal>[^,:()]+?)"
    r"(?:,\s+(?P<series>New Series|N\.\s?S\.))?,\s+(?P<volume>Vol\.\s*[\w.]+),\s+(?P<issue>No\.\s*[\w./-]+)\s+"
    r"(?P<date>\([^()]{4,30}\)),\s+(?P<pages>pp?\.\s*[\divxlc]+(?:\s*[-\u2013]\s*[\divxlc]+)?)\.?\s*$"
)
_PARTS = (
    ("title", "title"),
    ("author", "names"),
    ("journal", "journal"),
    ("note", "series"),
    ("volume", "volume"),
    ("issue", "issue"),
    ("date", "date"),
    ("pages", "pages"),
)


@needs(words=["author"])
def jstor_citation(spans: list[Span], text: str) -> list[Span]:
    """JSTOR's ``Title Author(s): Names Source: Journal, Vol. 4, No. 16 (Nov., 1937), pp. 386-405`` read with
    ``Author:`` in the title: the marks JSTOR sets between the parts part them."""
    if "uthor" not in text:
        return spans
    m = _JSTOR.match(text)
    if m is None:
        return spans
    conf = min((s.confidence for s in spans), default=1.0)
    return [Span(s.label, s.text, s.start, s.end, conf) for s in group_spans(m, _PARTS)]
