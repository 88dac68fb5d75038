"""Mends of a thesis's school after its degree: the RAS's and IOP's ``Title, PhD thesis, Université de
Grenoble.`` (the APS's ``Title, Ph.D. thesis, University of Lille, 2008.``) with the school read as a note."""

from __future__ import annotations

from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_DEGREE_WORK = lazy_pattern(r"(?i).*\b(?:thesis|dissertation|diss\.)\W*")
# a school's name: capitalised words, no numbers ("Université Paris sciences et lettres")
_SCHOOL = lazy_pattern(r"[^\W\d_][^\d()\[\]]{2,}?[.,]?")


@needs(labels=("genre", "note"))
def school_note_after_degree(spans: list[Span], text: str) -> list[Span]:
    """``Jiang, H., 2019. Title, PhD thesis, Université Paris sciences et lettres.`` with the university
    read as a note: the name that closes the reference after the degree (before its year, if any) is the
    school, the publisher."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label != "genre" or t.label != "note" or not _DEGREE_WORK.fullmatch(s.text):
            continue
        # the name closes the reference, or only the year follows it (the APS's "…, University of Lille, 2008.")
        closing = not text[t.end :].strip() or all(o.label == "date" for o in spans[k + 2 :])
        if not closing or not t.text[:1].isupper() or not _SCHOOL.fullmatch(t.text.strip()):
            return spans
        return [*spans[: k + 1], replace(t, label="publisher"), *spans[k + 2 :]]
    return spans
