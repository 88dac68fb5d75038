"""Mends of the imprint that closes a proceedings paper as DBLP's records fill it (the NeurIPS, ICML and ACL lists):
``…, volume 80 of Proceedings of Machine Learning Research, pages 2873–2882. PMLR.``, ``…, pages 1899–1907.
JMLR.org, 2014.``, ``…, Conference Track Proceedings. OpenReview.net, 2018.``. The body that publishes the
proceedings, named by an acronym or a web domain, is read as a note or into the proceedings' name."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a publisher's acronym ("PMLR", "ISCA") or web domain ("JMLR.org", "OpenReview.net", "CEUR-WS.org")
_IMPRINT = lazy_pattern(r"(?:[A-Z]{3,6}|[A-Z][\w-]*\.(?:org|net))[.,]?")
# acronyms a note may hold that name no publisher
_NOT_IMPRINT = frozenset(["URL", "DOI", "PDF", "HTML", "ISBN", "ISSN", "PMID", "PMC", "PMCID", "ARXIV"])
# the proceedings' name closed by the domain: "…, Conference Track Proceedings. OpenReview.net,"
_DOMAIN_TAIL = lazy_pattern(r"(?P<venue>.*[^\s.])\.\s+(?P<imprint>[A-Z][\w-]*\.(?:org|net))\s*[,.]?")
# a meeting's proceedings, not a site's page ("Citizen science at universities. leru.org")
_MEETING = lazy_pattern(r"\b(?:Proceedings|Conference|Workshop|Symposium)\b")


def _closing(spans: list[Span], k: int) -> bool:
    """Nothing but the year after span ``k``."""
    return all(s.label == "date" for s in spans[k + 1 :])


@needs(labels=("pages", "container-title"), any_label=("note", "source"), without=("publisher",))
def imprint_note_after_pages(spans: list[Span], text: str) -> list[Span]:
    """``…, pages 2873–2882. PMLR.`` with the acronym (or the domain) closing a proceedings paper read as a note
    (or a source)."""
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label not in ("note", "source") or before.label != "pages":
            continue
        if text[before.end : s.start].strip() not in ("", "."):
            return spans
        name = s.text.strip(" .,")
        if not _IMPRINT.fullmatch(s.text.strip()) or name.upper() in _NOT_IMPRINT or not _closing(spans, k):
            return spans
        return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=("container-title",), marks=(".org", ".net"), without=("publisher",))
def domain_closing_venue(spans: list[Span], text: str) -> list[Span]:
    """``In 6th International Conference on Learning Representations, …, Conference Track Proceedings.
    OpenReview.net, 2018.`` with the domain read into the proceedings' name."""
    for k, s in enumerate(spans):
        if s.label != "container-title" or not _closing(spans, k):
            continue
        m = _DOMAIN_TAIL.fullmatch(s.text.rstrip())
        if m is None or not _MEETING.search(m["venue"]):
            return spans
        venue = Span("container-title", m["venue"], s.start, s.start + m.end("venue"), s.confidence)
        a = s.start + m.start("imprint")
        return [*spans[:k], venue, Span("publisher", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans
