"""Mend of the French note ``Prénom Nom, « Titre », …`` (``Paris Time Machine, « Heurist … »,``) with the
names read into the title: the words before the comma that opens the guillemets are the author."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# names (an organisation's acronym in brackets after them) then ", «": at the start of the title span
_NAMES_THEN_TITLE = lazy_pattern(r"^(?P<names>[A-ZÀ-Þ][^\d«»\"“”,;:]{1,100}?(?:\s*\([^()\d]{1,20}\))?),\s+(?=«)")


@needs(labels=["title"], marks="«")
def names_before_guillemets(spans: list[Span], text: str) -> list[Span]:
    """``Centre Informatique National … (CINES), « FACILE … », consulté le …`` read as one title opening
    the reference: French notes write the author, a comma, then the title in guillemets."""
    if "«" not in text or not spans or spans[0].label != "title":
        return spans
    s = spans[0]
    m = _NAMES_THEN_TITLE.match(s.text)
    if m is None or "»" not in s.text[m.end() :] or len(m.group("names").split()) > 12:
        return spans
    z = s.start + m.end("names")
    b = s.start + m.end()
    return [
        Span("author", text[s.start : z], s.start, z, s.confidence),
        Span("title", text[b : s.end], b, s.end, s.confidence),
        *spans[1:],
    ]
