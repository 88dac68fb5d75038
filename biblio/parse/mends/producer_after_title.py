"""Mend of a data set cited by its title, then its producer and year, as Our World in Data's sources write it:
``Overview national fur legislation, Fur Free Alliance (2026).``, ``Global AMR data - … (GLASS), World Health
Organization (2024)``. The model reads the whole as one title, or the body as a container: the body's name after
the last comma, before the closing year, is the author."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.dash_names import PRODUCER_NAME
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import has_org_name_word
from biblio.parse.spans import Span

# the title, a comma, the body's name, and nothing but the bracketed year after it
_TITLE_THEN_BODY = lazy_pattern(
    rf"^(?P<title>[^()\"“*_]{{3,200}}?(?:\([^()]{{1,20}}\))?),\s+(?P<name>{PRODUCER_NAME})\s*$"
)
_PARTS = frozenset(["title", "container-title", "journal"])


@needs(labels=["title", "date"], without=["author", "editor"])
def producer_after_title(spans: list[Span], text: str) -> list[Span]:
    """``Title, Fur Free Alliance (2026).`` read as one title (or the body as the container): the body's name
    before the closing year is the work's author, the words before the comma its title."""
    if len(spans) < 2 or spans[-1].label != "date" or not spans[-1].text.lstrip().startswith("("):
        return spans
    head = spans[:-1]
    if any(s.label not in _PARTS for s in head) or head[0].label != "title" or head[0].start != 0:
        return spans
    end = head[-1].end
    m = _TITLE_THEN_BODY.match(text[:end].rstrip(" ,."))
    if m is None or not has_org_name_word(m.group("name")):
        return spans
    conf = min(s.confidence for s in head)
    t1 = m.end("title")
    a, z = m.start("name"), m.end("name")
    return [Span("title", text[:t1], 0, t1, conf), Span("author", text[a:z], a, z, conf), spans[-1]]
