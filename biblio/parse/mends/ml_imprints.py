"""Mends of the imprint that closes a proceedings paper as DBLP's records fill it (the NeurIPS, ICML and ACL lists):
``…, volume 80 of Proceedings of Machine Learning Research, pages 2873–2882. PMLR.``, ``…, pages 1899–1907.
JMLR.org, 2014.``, ``…, Conference Track Proceedings. OpenReview.net, 2018.``. The body that publishes the
proceedings, named by an acronym or a web domain, is read as a note or into the proceedings' name."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.names import has_org_word
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


def _after_meeting(spans: list[Span], k: int) -> bool:
    """Span ``k`` follows a meeting's name, or its dates after it (DBLP's ``…, ICLR 2020, Addis Ababa, Ethiopia,
    April 26-30, 2020.``)."""
    before = spans[k - 1]
    if before.label == "date":
        return any(s.label == "container-title" and _MEETING.search(s.text) for s in spans[: k - 1])
    return before.label == "container-title" and bool(_MEETING.search(before.text))


@needs(labels=("container-title",), any_label=("note", "source"), without=("publisher",))
def imprint_note_after_pages(spans: list[Span], text: str) -> list[Span]:
    """``…, pages 2873–2882. PMLR.`` with the acronym (or the domain) closing a proceedings paper read as a note
    (or a source); or right after the meeting's name (DBLP's ``In 8th International Conference on Learning
    Representations, ICLR 2020, Addis Ababa, Ethiopia, April 26-30, 2020. OpenReview.net, 2020.``)."""
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label not in ("note", "source"):
            continue
        if before.label != "pages" and not _after_meeting(spans, k):
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


# "Association for Computing Machinery. ISBN 9781450371216": the ACM's imprint, then the book's number
_IMPRINT_BEFORE_ISBN = lazy_pattern(r"\s*(?P<name>[A-Z][^.,;:()]{2,80}?)\s*\.\s+(?=ISBN\b)")


@needs(labels=("container-title",), any_label=("note",), without=("publisher",), marks=("ISBN",))
def imprint_before_isbn(spans: list[Span], text: str) -> list[Span]:
    """The ACM's ``…, pp. 1435–1446, New York, NY, USA, 2020. Association for Computing Machinery. ISBN
    9781450371216.`` with the body that published the proceedings read into a note with the ISBN: a body's name
    (``Association``, ``Press``, ``Society``) before ``ISBN`` is the publisher."""
    for k, s in enumerate(spans):
        if s.label != "note" or (m := _IMPRINT_BEFORE_ISBN.match(s.text)) is None or not has_org_word(m["name"]):
            continue
        a, z, rest = s.start + m.start("name"), s.start + m.end("name"), s.start + m.end()
        imprint = Span("publisher", text[a:z], a, z, s.confidence)
        return [*spans[:k], imprint, Span("isbn", text[rest : s.end], rest, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "pp. 298–309, Cham," / "pages 1–12, New York, NY, USA,": natbib's pages, then the meeting's or the press's town
_PAGES_THEN_PLACE = lazy_pattern(
    r"(?P<pages>(?:pp?\.|pages)\s*\d{1,6}\s*[-\u2013\u2014]+\s*\d{1,6})\s*,\s+"
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,\s+[A-Z][A-Za-z]{1,3}\.?){0,2})\s*[,.]?\s*"
)


@needs(labels=("pages", "container-title", "publisher"), without=("location",))
def place_closing_pages(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``In Editors (eds.), Book, pp. 298–309, Cham, 2015. Springer International Publishing.`` with the
    place read into the pages: a town (and its state or country's letters) after the range is the place."""
    held = labels_of(spans)
    if "location" in held or not {"container-title", "publisher"} <= held:
        return spans  # a place read already (no second one), or no firm closing the paper
    for k, s in enumerate(spans):
        if s.label != "pages" or "," not in s.text or (m := _PAGES_THEN_PLACE.fullmatch(s.text)) is None:
            continue
        z, a, e = s.start + m.end("pages"), s.start + m.start("place"), s.start + m.end("place")
        pages = Span("pages", text[s.start : z], s.start, z, s.confidence)
        return [*spans[:k], pages, Span("location", text[a:e], a, e, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=("container-title", "location", "date"), any_label=("note", "source"), without=("publisher",))
def body_after_place_year(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``In Proceedings of the Conference on …, DATE ’14, Leuven, BEL, 2014. European Design and
    Automation Association.`` with the body closing the paper, after the meeting's place and year, read as a
    source or a note: a body's name there is the publisher, as ``…, USA, 2013. IEEE Computer Society.`` is read."""
    k = len(spans) - 1
    if k < 2 or spans[k].label not in ("note", "source"):
        return spans
    s, year, place = spans[k], spans[k - 1], spans[k - 2]
    if year.label != "date" or place.label != "location" or text[year.end : s.start].strip() not in ("", "."):
        return spans
    name = s.text.strip(" .,")
    if not name[:1].isupper() or len(name) > 80 or not has_org_word(name) or not _after_meeting(spans, k - 2):
        return spans
    return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence)]
