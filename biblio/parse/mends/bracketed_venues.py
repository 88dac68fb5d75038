"""Mend of a link list's paper named by its title and a bracket, with no punctuation between the fields:
``Huang et al. "Title" (ICLR 2024) — arXiv:2310.01798``, ``"Title" (TACL 2025, MIT Press)``, ``"Title" (OpenAI,
2024)``, ``IHEval (NAACL 2025) — aclanthology.org/…``, ``AgentFixer (2026) — arXiv:2603.29848``. The model reads
the bracket as a note, a page or a name. The whole reference is that form or nothing is changed: the bracket
holds a venue and its year (the venue's name keeps its year, as ``In NIPS 2011.`` does), a body and the year
after the authors' names (the publisher), or the year alone; a dash may add an arXiv id or an address."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_WHOLE = lazy_pattern(
    r"^(?:(?P<names>[A-Z][\w'’-]+\s+et\s+al\.)\s+)?"
    r"(?:(?P<quoted>\"[^\"]{3,200}\"|“[^”]{3,200}”)|(?P<bare>[A-Z][^\"“”()—.]{1,80}?))"
    r"\s+\((?P<bracket>[^()]{2,60})\)"
    r"(?:\s+[—–]\s+(?P<tail>\S+))?\s*$"
)
# "ICLR 2024", "NeurIPS 2023", "TACL 2025, MIT Press", "AAAI-26": an acronym (two capitals or more, letters
# only) and its year
_VENUE = lazy_pattern(
    r"(?P<venue>[A-Z][a-z]*[A-Z][A-Za-z]*(?:\s+(?P<year>(?:19|20)\d\d)|-\d\d))"
    r"(?:,\s+(?P<publisher>[A-Z][\w&.' -]{1,40}))?"
)
# "OpenAI, 2024", "Tsinghua, 2024": a body and the year
_BODY_YEAR = lazy_pattern(r"(?P<publisher>[A-Z][\w&' -]{1,40}),\s+(?P<year>(?:19|20)\d\d)")
_YEAR = lazy_pattern(r"(?P<year>(?:19|20)\d\d)")
# what a dash may add: an arXiv id, an address or a domain's path
_ARXIV = lazy_pattern(r"arXiv:\d{4}\.\d{4,5}(?:v\d+)?")
_ADDRESS = lazy_pattern(r"(?:https?://)?[a-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?")


def _span(label: str, m: re.Match[str], group: str, base: int, confidence: float) -> Span:
    return Span(label, m.group(group), base + m.start(group), base + m.end(group), confidence)


@needs(marks=["("])
def bracketed_venue_after_title(spans: list[Span], text: str) -> list[Span]:
    """``"Title" (ICLR 2024) — arXiv:…`` with the bracket read as a note, a page or a name: the bracket's venue,
    body and year, and the address after the dash, are read from the text."""
    end = text.rstrip()
    if not end.endswith(")") and "—" not in end and "–" not in end:
        return spans  # (the form closes on its bracket or a dash's tail: most references pass by here)
    whole = _WHOLE.match(end)
    if whole is None or not spans:
        return spans
    bare = whole.group("bare") is not None
    if bare and whole.group("names"):
        return spans  # names then an unquoted title: where the names end is not marked
    tail = whole.group("tail")
    if tail and not (_ARXIV.fullmatch(tail) or _ADDRESS.fullmatch(tail)):
        return spans
    inner, base = whole.group("bracket"), whole.start("bracket")
    confidence = min(s.confidence for s in spans)
    found: list[Span] = []
    if (m := _VENUE.fullmatch(inner)) is not None:
        found.append(_span("container-title", m, "venue", base, confidence))
        if m.group("year"):
            found.append(_span("date", m, "year", base, confidence))
        if m.group("publisher"):
            found.append(_span("publisher", m, "publisher", base, confidence))
    elif (m := _BODY_YEAR.fullmatch(inner)) is not None and whole.group("names"):
        # (with no names before the title the bracket's name is the author's, cited: "Title (Woelfle, 2011)")
        found += [_span("publisher", m, "publisher", base, confidence), _span("date", m, "year", base, confidence)]
    elif (m := _YEAR.fullmatch(inner)) is not None and (tail or not bare):
        found.append(_span("date", m, "year", base, confidence))
    else:
        return spans
    out: list[Span] = []
    if whole.group("names"):
        out.append(_span("author", whole, "names", 0, confidence))
    out.append(_span("title", whole, "bare" if bare else "quoted", 0, confidence))
    out += found
    if tail:
        label = "note" if _ARXIV.fullmatch(tail) else "url"
        out.append(_span(label, whole, "tail", 0, confidence))
    if [(s.label, s.text) for s in out] == [(s.label, s.text) for s in spans]:
        return spans
    return out
