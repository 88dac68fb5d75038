"""Mend of a Russian body named after a person, ``… universitet im. S. M. Esenina`` (``imeni``, ``им.``): the
honorific and the person's initials read as a list of editors, the family name as the place or the publisher.
The honoured person's initials and name are part of the body's name, never a person of the reference.

Touches: the body's span (``journal`` without numbers becomes ``publisher``), and the spans its name ran into.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.spans import Span

# "im. S. M. Esenina", "imeni A. I. Gertsena", "им. М. В. Ломоносова": the honorific, initials, the family name
_HONOURED = lazy_pattern(
    r"\s(?:im\.|imeni|им\.|имени)\s+(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3}"
    r"(?P<family>[A-ZА-ЯЁ][^\W\d_]+(?:-[A-ZА-ЯЁ][^\W\d_]+)?)(?![\w'’-])"
)
_BODIES = frozenset(["journal", "container-title", "publisher", "location"])
_NUMBERS = frozenset(["volume", "issue", "pages"])


def honoured_body_name(spans: list[Span], text: str) -> list[Span]:
    """``Riazanskii … universitet im | . S. M. | Esenina, | 2005.``: the honorific's initials and family name are
    read into the body's name that stands before them; that name, read as a journal's with no volume, issue or
    pages in the reference, is the publisher's."""
    if " im. " not in text and "imeni " not in text and " им. " not in text and "имени " not in text:
        return spans
    m = _HONOURED.search(text)
    if m is None:
        return spans
    holder = next((s for s in spans if s.start <= m.start() < s.end or s.end == m.start()), None)
    if holder is None or holder.label not in _BODIES or holder.start >= m.start():
        return spans
    z = m.end("family")
    inside = [s for s in spans if s.start < z and holder.start < s.end]
    numbered = any(s.label in _NUMBERS for s in spans)
    label = holder.label
    if label in ("journal", "location") and not numbered:
        label = "publisher"  # (a body's name with no volume, issue or pages after it publishes the work)
    if len(inside) < 2 and label == holder.label:
        return spans
    conf = min(s.confidence for s in inside)
    return replaced(spans, text, holder.start, z, [Span(label, text[holder.start : z], holder.start, z, conf)])
