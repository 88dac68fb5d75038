"""Mend of an act of law cited by its jurisdiction: ABNT's ``BRASIL. Lei nº 9.394, de 20 de dezembro
de 1996. Estabelece as diretrizes …. Brasília, DF: Presidência da República, 1996.`` and Spanish
``ESPAÑA. Ley 39/2015, de 1 de octubre, …``.

The jurisdiction in capitals opens the reference as its author; the act's kind, number and date are
its title, up to the next full stop (the dots inside its number, ``9.394``, ``n.º``, are no stop),
which holds the act's year.  The labeller reads the number's pieces as names, an edition and a date."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.normalisers.places import REGIONS
from biblio.parse.spans import Span
from biblio.parse.text import ascii_fold

# The jurisdiction in capitals, or a country's name ("Brasil."), or an issuing body with its initials ("MINISTERIO
# DEL MEDIO AMBIENTE (MMA).") and the list's year after it ("2012.", "2008 a."); then the act to its stop (or to
# the semicolon before its publication note: "Decreto Supremo No 151 del 6 de diciembre de 2006; publicado …").
_ACT = lazy_pattern(
    r"^\s*(?P<juris>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de' -]{1,60}?(?:\s\([A-Z]{2,10}\))?|[A-Z][a-z\u00e0-\u00ff]{2,15})"
    r"\.\s+(?:(?P<year>(?:1[5-9]|20)\d\d(?:\s?[a-z])?)\.\s+)?\*{0,2}"
    r"(?P<title>(?:Lei(?:\s+Complementar)?|Decreto(?:-Lei|\s+[Ss]upremo)?|Medida\s+Provis[óo]ria|Resolu[çc][ãa]o|Portaria|"
    r"Emenda\s+Constitucional|Ley(?:\s+Org[áa]nica)?|Real\s+Decreto(?:-ley)?)\s+"
    r"(?:[Nn]\.?\s?[º°o]?\.?\s?)?\d+(?:[./-]\d+)*(?:[^.*;]|\.(?=[\dº°ª]))*)\*{0,2}[.;](?=\s|$)"
)
_YEAR = lazy_pattern(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
# the act's publication note after it: "Publicado en el diario oficial el 7 de diciembre de 1998.", "Dictada el
# 11 de julio de 2008; publicada en el Diario Oficial el 30 de julio de 2008."
_PUBLICATION_NOTE = lazy_pattern(
    r"(?:^|(?<=[.;]\s))(?:publicad[oa]|dictad[oa]|promulgad[oa]|publicad[oa]\s+no)\b[^.]*\.(?=\s|$)", re.I
)


def _jurisdiction(name: str) -> bool:
    """An act's issuer as lists write it: in capitals, or a country's name (``Brasil``, ``Chile``)."""
    return name[:2].isupper() or ascii_fold(name.lower()) in REGIONS


def act_opens_reference(spans: list[Span], text: str) -> list[Span]:
    """``BRASIL. Lei nº 9.394, de 20 de dezembro de 1996.`` read as editors, an edition and a date, or the act's
    summary run into its title (``Brasil. Decreto n. 7.053, de 23 de dezembro de 2009. Institui …``), a ministry's
    ``MINISTERIO DEL MEDIO AMBIENTE (MMA). 2012. Decreto supremo No 33, del 07 de septiembre de 2011. Publicado en
    el diario oficial el …`` read with the act as a note: the jurisdiction is the author and the act, to the stop
    after its number or year, the title; the summary and the publication note after it are the note."""
    if not text.lstrip()[:1].isupper():
        return spans
    m = _ACT.match(text)
    if m is None or not (m["year"] or _YEAR.search(m.group("title"))) or not _jurisdiction(m["juris"]):
        return spans
    (a, z), (ta, tz) = m.span("juris"), m.span("title")
    if any(s.label == "title" and ta - 2 <= s.start <= ta and s.end <= m.end() for s in spans):
        read = spans  # the act's title was read where it opens, and ends with it: that reading stands
    else:
        new = [Span("author", text[a : z + 1], a, z + 1)]
        if m["year"]:
            ya, yz = m.span("year")
            new.append(Span("date", text[ya : yz + 1], ya, yz + 1))
        new.append(Span("title", text[ta:tz], ta, tz))
        read = replaced(spans, text, a, m.end(), new)
    notes = [(n.start(), n.end()) for n in _PUBLICATION_NOTE.finditer(text, m.end())]
    # what follows the act in a span read as its title is the act's summary ("Estabelece as …"); a span in its
    # publication note is the note's too
    return [
        Span("note", s.text, s.start, s.end, s.confidence)
        if s.start >= m.end() and (s.label == "title" or any(na <= s.start < nz for na, nz in notes))
        else s
        for s in read
    ]
