"""Mends of a DOI read into a note: with the remark after it, ``doi.org/10.1038/nclimate3322 (not Open
Access).`` (a reading list's remark on the link is a note; the DOI before it is the DOI), or alone as its
resolver's address without the scheme, ``doi.org/10.3389/fevo.2015.00067.``"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a DOI, bare or as its resolver's address without the scheme, then a remark in brackets
_DOI_THEN_REMARK = lazy_pattern(
    r"^\s*(?P<doi>(?:(?:https?://)?(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+?)[.,]?\s+(?P<remark>\([^()]*\)[.,;]?)\s*$"
)


@needs(labels=["note"], without=["doi"], marks=["10."])
def doi_before_remark(spans: list[Span], text: str) -> list[Span]:
    """``doi.org/10.1038/nclimate3322 (not Open Access).`` read as one note: the DOI, then the remark."""
    for k, s in enumerate(spans):
        if s.label != "note" or (m := _DOI_THEN_REMARK.match(s.text)) is None:
            continue
        a, z = s.start + m.start("doi"), s.start + m.end("doi")
        r = s.start + m.start("remark")
        return [
            *spans[:k],
            Span("doi", text[a:z], a, z, s.confidence),
            Span("note", text[r : s.end], r, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# the resolver's address without its scheme, and nothing else
_SCHEMELESS_DOI = lazy_pattern(r"^\s*(?:dx\.)?doi\.org/10\.\d{4,9}/\S+?[.,;]?\s*$", re.I)


@needs(labels=["note"], without=["doi"], marks=["doi.org/10."])
def schemeless_doi_note(spans: list[Span], text: str) -> list[Span]:
    """``Front Ecol Evol. doi.org/10.3389/fevo.2015.00067.`` with the link, written without ``https://``,
    read as a note: it is the DOI."""
    for k, s in enumerate(spans):
        if s.label == "note" and _SCHEMELESS_DOI.match(s.text):
            return [*spans[:k], Span("doi", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the Royal Society's "(doi:10.1038/s41586-020-2442-2)": a DOI marked by its scheme, alone in its span
_MARKED_DOI = lazy_pattern(r"^[\s(\[]*doi\s*:\s*10\.\d{4,9}/\S+?[)\].,;]*\s*$", re.I)
_KEPT = frozenset(["doi", "url"])


@needs(words=["doi:"])
def marked_doi_in_field(spans: list[Span], text: str) -> list[Span]:
    """``… Chem. Rev. 124, 9633–9732. (doi:10.1021/acs.chemrev.4c00055)`` with the bracketed DOI read as a
    series, a note or a journal: a span that is only ``doi:`` and a DOI is the DOI."""
    for k, s in enumerate(spans):
        if s.label not in _KEPT and "oi" in s.text[:6].lower() and _MARKED_DOI.match(s.text):
            return [*spans[:k], Span("doi", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a labelled DOI closing a note after another identifier: "ISSN: 0022-1996. DOI: https://doi.org/10.1016/…."
_NOTE_THEN_DOI = lazy_pattern(
    r"^(?P<head>.*?[.;,])\s+(?P<doi>(?:DOI|doi)\s*:?\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+?)[.,;]?\s*$"
)


@needs(labels=["note"], without=["doi"], marks=["10."])
def doi_closing_note(spans: list[Span], text: str) -> list[Span]:
    """biblatex's ``ISSN: 0022-1996. DOI: https://doi.org/10.1016/j.jinteco.2023.103824.`` read as one note: the
    labelled DOI that closes it is the DOI, the identifier before it stays the note."""
    for k, s in enumerate(spans):
        if s.label != "note" or (m := _NOTE_THEN_DOI.match(s.text)) is None:
            continue
        return divided(spans, k, m.end("head"), m.start("doi"), "note", "doi")
    return spans
