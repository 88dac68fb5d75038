"""Mend of BibTeX's ``plain`` imprint of a paper in proceedings, ``In Katy Huff, …, editors, Proceedings of the
16th Python in Science Conference, pages 64–72, Austin, TX, 2017. SciPy. doi:10.25080/…``: the short name after
the year, where the reference ends (but for its identifiers), is the proceedings' publisher. Read as a journal
beside the book's title, it took the container's place and sent the proceedings' title to the note."""

from __future__ import annotations

from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a publisher's name: a few words, no digits and no clause marks
_SHORT_NAME = lazy_pattern(r"^\s*[^\W\d_][^\d,;:()\[\]]{0,40}?[.,]?\s*$")
_AFTER = frozenset({"doi", "url", "isbn", "issn", "identifier"})  # what may close the reference after the name


@needs(labels=("container-title", "journal", "date"), without=("publisher",))
def publisher_after_proceedings_year(spans: list[Span], text: str) -> list[Span]:
    """``…, pages 102 – 109, Austin, TX, 2016. SciPy.`` with ``SciPy`` read as a journal after the
    proceedings' title: the name after the year is the publisher."""
    labels = [s.label for s in spans]
    if labels.count("journal") != 1:
        return spans
    j = labels.index("journal")
    before = labels[:j]
    if not (j and before[-1] == "date" and "container-title" in before
            and all(label in _AFTER for label in labels[j + 1 :])):
        return spans
    name = spans[j].text
    if not _SHORT_NAME.match(name) or len(name.split()) > 4:
        return spans
    return [*spans[:j], replace(spans[j], label="publisher"), *spans[j + 1 :]]


_NUMBERS = frozenset({"pages", "volume", "issue", "citation-number"})


@needs(labels=("author", "date"), any_label=("container-title", "journal"), without=("publisher",))
def publisher_read_as_late_name(spans: list[Span], text: str) -> list[Span]:
    """BibTeX's ``…, volume 229 of LIPIcs, pages 8:1–8:20. Schloss Dagstuhl, July 2022.`` with the publisher read
    as a second author after the book's numbers: a short name after the pages, with only the date (and the
    identifiers) after it, is the publisher."""
    labels = [s.label for s in spans]
    if labels[:1] != ["author"] or labels.count("author") != 2:
        return spans
    if "journal" not in labels and "container-title" not in labels:
        return spans  # (the book or the proceedings named: its gate)
    k = len(labels) - 1 - labels[::-1].index("author")
    rest = labels[k + 1 :]
    if not rest or rest[0] != "date" or not all(label in _AFTER or label == "date" for label in rest):
        return spans
    if not any(label in _NUMBERS for label in labels[:k]) or labels[k - 1] not in _NUMBERS:
        return spans
    name = spans[k].text
    if not _SHORT_NAME.match(name) or len(name.split()) > 4 or " and " in name:
        return spans
    return [*spans[:k], replace(spans[k], label="publisher"), *spans[k + 1 :]]
