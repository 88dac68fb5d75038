"""Mend of a book's title read into its publisher, as author-date styles that put the year after the names print
a book (ACM: ``Names. 1950. Threshold Signals. McGraw–Hill, New York.``): with no title read, the publisher's
words up to its last full stop are the title and the words after it the publisher."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.edition_title import edition_closing_title
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a sentence's end: a word's full stop (not an initial's nor a short capitalised abbreviation's, "Univ. Press")
# and a capital after it
_SENTENCE_END = lazy_pattern(
    r"(?<=[^\W\d_]{2})(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})(?<!\b[A-Z][a-z]{4})\.\s+(?=[A-Z])"
)

_IDENTIFIER = lazy_pattern(r"(?:DOI|ISBN|ISSN|URL|URN|PMID|arXiv)\b")


@needs(labels=["publisher", "date"], without=["title"])
def title_read_into_publisher(spans: list[Span], text: str) -> list[Span]:
    """``1916. Cours De Linguistique Générale. Payot, Paris.`` with the title read into the publisher: the words
    before the publisher span's last sentence end, right after the year, are the title (an edition statement closing
    them the edition)."""
    labels = [s.label for s in spans]
    if "title" in labels or labels.count("publisher") != 1:
        return spans
    k = labels.index("publisher")
    s = spans[k]
    # right after the year ("1950. Threshold Signals. McGraw–Hill"): nothing else read between them
    if not any(t.label == "date" and not text[t.end : s.start].strip(" .,") for t in spans):
        return spans
    ends = list(_SENTENCE_END.finditer(s.text))
    if not ends:
        return spans
    cut = ends[-1]
    if _IDENTIFIER.match(s.text, cut.end()):
        return spans  # "Zenodo. DOI 10.5281/…": an identifier read into the publisher, not a publisher after a title
    title = Span("title", s.text[: cut.start() + 1], s.start, s.start + cut.start() + 1, s.confidence)
    publisher = Span("publisher", s.text[cut.end() :], s.start + cut.end(), s.end, s.confidence)
    # CSE's "2008. Biology. 8th ed. San Francisco (CA): …": the edition closing the title found here is its own
    return edition_closing_title([*spans[:k], title, publisher, *spans[k + 1 :]], text)
