"""Mends of an engineering society's acronym printed after its journal's name, as ASCE's older journals and the
references that cite them write it: ``Journal of Geotechnical Engineering, ASCE, Vol. 114, No. 4, pp. 389-409.``,
``J. Geotechnical Eng., ASCE 113 (GT8), 861-78.``. The acronym names the journal's publisher, which a journal
article's record does not hold: the model reads it as the publisher, or into the journal's name, or reads the
journal's last words with it as the publisher (``Journal of the Soil Mechanics and | Foundations Division, ASCE``,
``Journal of the Geotechnical Engineering | Division, ASCE``)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# an engineering society's acronym closing a span after a comma (or alone), its comma or stop after it (the
# engineering societies only: a proceedings' "PMLR", a series' "LNCS" or a meeting's "EDBT" stay)
_SOCIETY_CLOSES = lazy_pattern(r"(?:^|,)\s*(?P<society>ASCE|ASME|AIAA|AISC|ACI)[.,]?\s*$")
# a journal's name cut after a joining word: its rest follows ("Journal of the Soil Mechanics and")
_OPEN_JOIN = lazy_pattern(r"\s(?:and|of|the|for|&)\s*$")
# or the name's last capitalised words before the society ("… Engineering | Division, ASCE")
_NAME_TAIL = lazy_pattern(r"[A-Z][a-z]+(?:\s+(?:and|of|&|[A-Z][a-z]+)){0,3}")
_NUMBERS = frozenset(["volume", "issue", "pages"])
_SOCIETIES = ("ASCE", "ASME", "AIAA", "AISC", "ACI")
_JOURNALS = ("journal", "container-title")


def _until(s: Span, z: int, label: str) -> Span:
    text = s.text[:z].rstrip()
    return Span(label, text, s.start, s.start + len(text), s.confidence)


@needs(any_label=_JOURNALS, marks=_SOCIETIES)  # (one of the acronyms in the text: most journal articles pass by)
def society_after_journal(spans: list[Span], text: str) -> list[Span]:
    """A journal whose society's acronym follows it before the numbers: the acronym dropped, the journal's
    name whole."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label not in _JOURNALS:
            continue
        nxt = spans[k + 1]
        if nxt.label in _NUMBERS:
            m = _SOCIETY_CLOSES.search(s.text)
            if m is None or m.start() == 0:
                return spans
            return [*spans[:k], _until(s, m.start(), s.label), *spans[k + 1 :]]
        if nxt.label != "publisher" or k + 2 >= len(spans) or spans[k + 2].label not in _NUMBERS:
            continue
        m = _SOCIETY_CLOSES.search(nxt.text)
        if m is None:
            return spans
        if m.start() == 0:
            return [*spans[: k + 1], *spans[k + 2 :]]
        rest = nxt.text[: m.start()].rstrip()
        if _OPEN_JOIN.search(s.text) is None and _NAME_TAIL.fullmatch(rest) is None:
            return spans
        journal = Span(s.label, text[s.start : nxt.start + len(rest)], s.start, nxt.start + len(rest), s.confidence)
        return [*spans[:k], journal, *spans[k + 2 :]]
    return spans
