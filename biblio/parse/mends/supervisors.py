"""Mend of the supervisor ABNT names after a thesis's title: ``Título. Orientador: Prof. Dr. João Pereira. 2019.
80 f. Trabalho de Conclusão de Curso (…)``, ``Orientadora: Ana Lima.``, ``Orientador: DIAS, Afranserai, SARINHO,
Vitor. 2024.`` The model reads the supervisor as the publisher and the lead word as a place (or both into the
title); the supervisor is no author nor publisher of the work, and stays in a note."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the lead (co-supervisors too), then the names up to the full stop before the year, the
# count of leaves, the kind of work or the address
_SUPERVISOR = lazy_pattern(
    r"(?<![^\s.,;])(?:[Cc]o-?)?(?:[Oo]rientador(?:a|es|as)?|[Oo]rientação)"
    r"\s*:\s*(?:[^\W\d_][^:]{1,120}?)\.(?=\s+(?:(?:1[5-9]|20)\d\d\b|\d+\s*(?:f|fl|p)\.|Trabalho|Tese|"
    r"Disserta|Monografia|Relatório|(?:Co-?)?[Oo]rienta|Dispon[ií]vel|https?://))"
)
_KEPT = frozenset(["author", "url", "doi", "date", "accessed"])


@needs(words=["orienta"])
def supervisor_is_note(spans: list[Span], text: str) -> list[Span]:
    """``Orientador: Prof. Dr. João Pereira.`` read as a place and a publisher, or into the title: a note."""
    m = _SUPERVISOR.search(text)
    if m is None:
        return spans
    a, z = m.start(), m.end()
    inside = [s for s in spans if s.start < z and a < s.end]
    if not inside or all(s.label == "note" for s in inside) or any(s.label in _KEPT for s in inside):
        return spans
    if not any(s.label == "title" and s.start < a for s in spans):
        return spans
    return replaced(spans, text, a, z, [Span("note", text[a:z], a, z, inside[0].confidence)])
