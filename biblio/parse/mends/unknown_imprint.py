"""Mend of ISO 690's and the French catalogues' unknown imprint: ``S.l. : s.n.`` (*sine loco, sine nomine*: no place,
no publisher), ``[s.l.]``, ``s.n.`` (Chicago's and MLA's ``N.p.: n.p.``), read into the title, the place or the
publisher.

The marks say that the work names neither; they are no part of any field, and the field they were read into runs
without them (a span of nothing but the marks goes).
"""

from __future__ import annotations

from biblio.parse.connectors import loss
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "S.l. : s.n.", "[S.l.] : [s.n.]", "s.l.", "s.n." as a sentence of their own (a stop or the span's edge before), and
# the English "N.p.: n.p." (no place, no publisher) of Chicago and MLA, the Dutch "Z.p." (zonder plaats), the Czech
# and Polish "[b.m.]" (bez místa, bez miejsca) and Czech "[b.n.]" (bez nakladatele), bracketed; the second
# letter lower-case, as the gate's
# marks say: "S.L." closes a Spanish firm's name ("Elearning, S.L.")
_UNKNOWN = lazy_pattern(
    r"(?:^|(?<=[.,;:\]]\s)|(?<=[.,;:\]]))\s*(?:\[?(?:[sS]\.\s?[ln]|[nN]\.\s?p|[zZ]\.\s?p)\.\]?|\[[bB]\.\s?[mn]\.\])"
    r"(?:\s*[:,]\s*\[?(?:[sS]\.\s?n|[nN]\.\s?p)\.\]?)?(?:\s*,)?\s*(?=$|[.,;:\s])"
)
_HOLDERS = frozenset(["title", "container-title", "publisher", "location", "note"])
_CUT_HOLDERS = frozenset(["journal", "pages"])


# every first mark the pattern takes: either case of its first letter, a space or none between its letters ("S. n.",
# "z. p.", "[B. m.]")
_MARKS = (
    *(f"{first}.{gap}{pair[1]}." for pair in ("sl", "sn", "np", "zp") for first in (pair[0], pair[0].upper())
      for gap in ("", " ")),
    *(f"[{first}.{gap}{second}.]" for first in "bB" for second in "mn" for gap in ("", " ")),
)


@needs(any_label=_HOLDERS | _CUT_HOLDERS, marks=_MARKS)
def unknown_imprint_apart(spans: list[Span], text: str) -> list[Span]:
    """``*Git* [en ligne]. S.l. : s.n. [Consulté le …]`` with ``S.l. : s.n`` read into the title (or as the place
    and publisher): the marks go into no field. Marks cut in two (``Z. | p.,`` read as a journal and its pages) go
    whole."""
    if (whole := _UNKNOWN.search(text)) is not None and whole.group(0).strip():
        a, z = whole.span()
        cut = [s for s in spans if s.start < z and a < s.end]
        if len(cut) > 1 and all(s.label in _HOLDERS or s.label in _CUT_HOLDERS for s in cut):
            return replaced(spans, text, a, z, [])
    for k, s in enumerate(spans):
        if s.label not in _HOLDERS or (m := _UNKNOWN.search(s.text)) is None or not m.group(0).strip():
            continue
        head, tail = s.text[: m.start()], s.text[m.end() :]
        parts = []
        if loss(head) is not None:
            kept = head.rstrip(" .,:;")
            parts.append(Span(s.label, kept, s.start, s.start + len(kept), s.confidence))
        if loss(tail) is not None:
            a = s.start + m.end()
            parts.append(Span(s.label, tail, a, s.end, s.confidence))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans
