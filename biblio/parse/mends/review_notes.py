"""Mends of a review cited in a note or a bibliography: Chicago's ``6. Tom Ford, review of *The Long Road*, by Ann
Smith, *New York Times*, May 5, 2017.`` with the reviewer's name read into the title, and ``… *Times Literary
Supplement*, May 5, 2017.`` with the periodical's closing word read as a supplement's note; a review titled by
the work it reviews (``Nagy, G. Review of Jane Doe (ed.) *Book.*``) with its opening words read into the names."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the reviewer named given name first, then the review's own words: "Tom Ford, review of …"
_REVIEWER_THEN_REVIEW = lazy_pattern(
    r"(?P<name>[A-Z][\w'\u2019-]*\.?(?:\s+[A-Z][\w'\u2019-]*\.?){1,3}),\s+(?=review\s+of\s)"
)


@needs(labels=["title"], without=["author", "editor"], words=("review of",))
def reviewer_opens_review(spans: list[Span], text: str) -> list[Span]:
    """A note's ``Tom Ford, review of The Long Road, by Ann Smith,`` read as one title: the name before ``review
    of`` is the reviewer, the author of the review, and the rest its title."""
    k = 1 if spans[:1] and spans[0].label == "citation-number" else 0
    if k >= len(spans) or spans[k].label != "title":
        return spans
    s = spans[k]
    m = _REVIEWER_THEN_REVIEW.match(s.text)
    if m is None:
        return spans
    a, b = s.start + m.end("name"), s.start + m.end()
    return [
        *spans[:k],
        Span("author", text[s.start : a], s.start, a, s.confidence),
        Span("title", text[b : s.end], b, s.end, s.confidence),
        *spans[k + 1 :],
    ]


# the names' closing stop or comma, then the review's own title: "Nagy, G. Review of Martin L. …"
_REVIEW_AFTER_NAMES = lazy_pattern(r"(?<=[.,])\s+(?=[Rr]eview\s+of\s)")


@needs(labels=["title"], any_label=("author", "editor"), words=("review of",))
def review_read_into_names(spans: list[Span], text: str) -> list[Span]:
    """``Nagy, G. Review of Martin L. | West (ed.) *Homeri Ilias.*`` with the review's opening words read into the
    names: from ``Review of`` on, up to the title read after them, is the review's own title, and the names before
    it its author's."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in ("author", "editor") or nxt.label != "title":
            continue
        m = _REVIEW_AFTER_NAMES.search(s.text)
        if m is None:
            return spans
        a, b = s.start + m.start(), s.start + m.end()
        names = Span("author", text[s.start : a], s.start, a, s.confidence)
        return replaced(
            spans, text, s.start, nxt.end, [names, Span("title", text[b : nxt.end], b, nxt.end, nxt.confidence)]
        )
    return spans


_SUPPLEMENT = lazy_pattern(r"Supplement[,.;]?")
_PERIODICALS = ("journal", "container-title")


@needs(any_label=_PERIODICALS, labels=["note"], words=("supplement",))
def supplement_closes_periodical(spans: list[Span], text: str) -> list[Span]:
    """``Times Literary | Supplement,`` with the periodical's last word read as a note: a capitalised
    ``Supplement`` straight after the periodical's name, with no mark between and no number after it, closes
    that name (``Times Literary Supplement``, ``Times Higher Education Supplement``)."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in _PERIODICALS or nxt.label != "note" or not _SUPPLEMENT.fullmatch(nxt.text.strip()):
            continue
        if text[s.end : nxt.start].strip() or s.text.rstrip()[-1:] in ",.;:":
            return spans
        end = nxt.start + len("Supplement")
        return [*spans[:k], Span(s.label, text[s.start : end], s.start, end, s.confidence), *spans[k + 2 :]]
    return spans
