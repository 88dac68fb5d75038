"""Mend of the French note ``Prénom Nom, « Titre », …`` (``Paris Time Machine, « Heurist … »,``) with the
names read into the title: the words before the comma that opens the guillemets are the author (the title
runs to the end of the span the guillemets are in, where the names' bracket was read apart)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# names (an organisation's acronym in brackets after them, ``(W3C)`` but no year) then ", «", opening the span
_NAMES_THEN_TITLE = lazy_pattern(r"(?P<names>[A-ZÀ-Þ][^\d«»\"“”,;:]{1,100}?(?:\s*\((?![\d\s])[^()]{1,20}\))?),\s+(?=«)")


@needs(any_label=("title", "journal"), marks="«")
def names_before_guillemets(spans: list[Span], text: str) -> list[Span]:
    """``Centre Informatique National … (CINES), « FACILE … », consulté le …`` read as one title opening
    the reference, or ``World Wide Web Consortium | (W3C), « 5 Star … »,`` as a title and a note: French
    notes write the author, a comma, then the title in guillemets."""
    if "«" not in text or not spans or spans[0].label not in ("title", "journal"):
        return spans
    s = spans[0]
    m = _NAMES_THEN_TITLE.match(text, s.start)
    if m is None or len(m.group("names").split()) > 12:
        return spans
    z, b = m.end("names"), m.end()
    k = 0 if b < s.end else 1  # the span the guillemets open in: the title, or the one after the names' bracket
    if k == 1 and (len(spans) < 2 or not s.end <= spans[1].start < z < spans[1].end):
        return spans
    end = spans[k].end
    if "»" not in text[b:end]:
        return spans
    return [
        Span("author", text[s.start : z], s.start, z, s.confidence),
        Span("title", text[b:end], b, end, spans[k].confidence),
        *spans[k + 1 :],
    ]
