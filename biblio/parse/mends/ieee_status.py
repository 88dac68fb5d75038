"""Mends of IEEE's ``Journal, to be published, doi: …``, ``Institution, Place, Tech. Rep. N, Year.`` and
``in Proc. Int. Conf. Fundam. Approaches Softw. Eng., 2014,``

IEEE writes an accepted article's journal, then ``to be published`` and its DOI; a report's issuing
body and its place, comma after comma, before ``Tech. Rep.``; and a proceedings' name in abbreviations.
The model reads ``to be`` into the journal, the body and its place as one publisher, and the
proceedings' last abbreviated words as a place.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_JOURNALS = frozenset(["journal", "container-title"])
# ", to be" closing the journal's span (the status's last word read apart)
_STATUS_TAIL = lazy_pattern(r",\s+to(?:\s+be(?:\s+published)?)?[,.]?\s*$")
_REST_OF_STATUS = lazy_pattern(r"\s*(?:be\s+)?published[,.]?\s*")
# "McGill University, Canada," before "Tech. Rep.": the body, then its place
_BODY_THEN_PLACE = lazy_pattern(
    r"\s*(?P<body>[^,]{2,80}),\s+(?P<place>[A-Z][^,]{1,40}(?:,\s+[A-Z][^,]{1,30}){0,2}),?\s*"
)
_REPORT = lazy_pattern(r"\s*(?:Tech(?:nical|\.)\s+(?:Rep(?:ort|\.)|Memo)|Research\s+Report)")


@needs(any_label=_JOURNALS, words=("to be published",))
def to_be_published_apart(spans: list[Span], text: str) -> list[Span]:
    """``IEEE Trans. Dependable Secure Comput., to be published, doi: …`` with ``to be`` read into the
    journal: the journal ends before the status, which is a note."""
    for k, s in enumerate(spans):
        m = _STATUS_TAIL.search(s.text) if s.label in _JOURNALS else None
        if m is None:
            continue
        end = k + 1
        if "published" not in m.group() and end < len(spans) and _REST_OF_STATUS.fullmatch(spans[end].text):
            end += 1  # "published," read as a note of its own
        a = s.start + m.start()
        journal = Span(s.label, text[s.start : a], s.start, a, s.confidence)
        b = a + len(m.group()) - len(m.group().lstrip(", "))
        z = spans[end - 1].end
        return [*spans[:k], journal, Span("note", text[b:z], b, z, s.confidence), *spans[end:]]
    return spans


@needs(labels=["publisher", "genre"], marks=[","])
def place_before_report_kind(spans: list[Span], text: str) -> list[Span]:
    """``McGill University, Canada, Tech. Rep. 1998-4, 1998.`` with the body and its place read as one
    publisher: before IEEE's kind of report, the words after the body's comma are its place."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "publisher" or nxt.label != "genre" or not _REPORT.match(nxt.text):
            continue
        m = _BODY_THEN_PLACE.fullmatch(s.text)
        if m is None or any(o.label == "location" for o in spans):
            return spans
        (a, b), (c, d) = m.span("body"), m.span("place")
        body = Span("publisher", s.text[a:b], s.start + a, s.start + b, s.confidence)
        place = Span("location", s.text[c:d], s.start + c, s.start + d, s.confidence)
        return [*spans[:k], body, place, *spans[k + 1 :]]
    return spans


# "in Proc. Int. Conf." — IEEE's abbreviated proceedings, which run on to the comma before the year
_PROCEEDINGS_HEAD = lazy_pattern(r"\s*[Ii]n\s+Proc\.\s")
_ABBREVIATED_WORDS = lazy_pattern(r"\s*(?:[A-Z][a-z]{0,9}\.\s*|(?:of|on|and|for|in|the|&)\s+|[A-Z][A-Za-z]*\s+)+,?\s*")


@needs(labels=["location", "date"], words=("proc.",))
def proceedings_read_as_place(spans: list[Span], text: str) -> list[Span]:
    """IEEE's ``in Proc. Int. Conf. Fundam. Approaches Softw. Eng., 2014,`` with the proceedings' last
    abbreviated words read as a place: before the year, words that name no place are the proceedings'."""
    for k in range(len(spans) - 2):
        s, loc, date = spans[k], spans[k + 1], spans[k + 2]
        if s.label not in _JOURNALS or loc.label != "location" or date.label != "date":
            continue
        if not _PROCEEDINGS_HEAD.match(s.text) or not _ABBREVIATED_WORDS.fullmatch(loc.text):
            continue
        if is_place(loc.text.strip(" ,")) or not loc.text.rstrip(" ,").endswith("."):
            return spans
        merged = Span(s.label, text[s.start : loc.end], s.start, loc.end, min(s.confidence, loc.confidence))
        return [*spans[:k], merged, *spans[k + 2 :]]
    return spans
