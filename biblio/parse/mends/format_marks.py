"""Wikipedia's rendered citation with the file's format after the title: ``*Title* (PDF), Publisher, …``."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the italic title opening the reference, the format in brackets, then the publisher closed by a comma
_TITLE_FORMAT_PUBLISHER = lazy_pattern(
    r"\s*(?P<title>\*[^*]{3,200}\*)\s*\((?P<format>PDF|DOC|DOCX|PPT|PPTX|XLS|PostScript)\),\s*"
    r"(?P<publisher>[A-Z][^,()*\d]{1,80}?),\s*"
)
# the template's access date closing the citation: ", retrieved 23 April 2020"
_RETRIEVED = lazy_pattern(
    r",?\s*retrieved\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})\.?\s*$"
)


@needs(marks=("(PDF)", "(DOC", "(PPT", "(XLS", "(PostScript)"))
def format_after_italic_title(spans: list[Span], text: str) -> list[Span]:
    """Wikipedia's ``*BD ROM – Audio Visual Application Format Specifications* (PDF), Blu-ray Disc Association,
    March 2005, pp. 15–16`` (a citation template's ``format`` and ``publisher``) with the format and the publisher
    read into the title or the container: the italic run is the title, the bracket the file's format and the
    words up to the comma the publisher; what follows keeps its reading."""
    m = _TITLE_FORMAT_PUBLISHER.match(text)
    if m is None:
        return spans
    rest = m.end()
    retrieved = _RETRIEVED.search(text, rest)
    stop = retrieved.start() if retrieved is not None else len(text)
    out = [
        Span("title", m.group("title"), m.start("title"), m.end("title"), 1.0),
        Span("medium", m.group("format"), m.start("format"), m.end("format"), 1.0),
        Span("publisher", m.group("publisher"), m.start("publisher"), m.end("publisher"), 1.0),
    ]
    for s in spans:
        a, z = max(s.start, rest), min(s.end, stop)
        if z > a and text[a:z].strip(" ,."):
            out.append(Span(s.label, text[a:z], a, z, s.confidence))
    if retrieved is not None:
        out.append(Span("accessed", retrieved.group("date"), retrieved.start("date"), retrieved.end("date"), 1.0))
    return out
