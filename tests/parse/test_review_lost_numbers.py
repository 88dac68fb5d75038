"""Needs-review: a number of one or two digits that no field holds is lost text when it stands outside
a date, a link or a bracketed note (``review/uncovered.py``): ``…, 2016, 17.`` is a page the reading lost,
``June 9`` or ``2022-04-25`` a date's day."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.review.signals import uncovered_words
from biblio.records.model import biblio_data, flags

LOST_PAGE = (
    "Moreux, Jean-Philippe. ‘Innovative Approaches of Historical Newspapers: Data Mining, Data Visualization, "
    "Semantic Enrichment’, 2016, 17."
)


def test_a_lost_page_number_is_uncovered_and_flagged() -> None:
    item = read_reference(LOST_PAGE)
    assert "page" not in item  # the reading this guards against; the flag says so
    assert "17" in uncovered_words(item, LOST_PAGE)
    assert "needs-review" in flags(item)


def test_a_day_of_a_date_is_not_lost() -> None:
    source = "Tudor, Ken. 2015. “Protecting Pets.” The Daily Vet, June 9. http://www.petmd.com/blogs/9/k"
    item = {"type": "webpage", "author": [{"family": "Tudor", "given": "Ken"}], "title": "Protecting Pets",
            "container-title": "The Daily Vet", "issued": {"date-parts": [[2015]]},
            "URL": "http://www.petmd.com/blogs/9/k", "custom": {"biblio": {"source": source}}}
    assert uncovered_words(item, source) == []


def test_a_number_in_an_access_note_or_numeric_date_is_not_lost() -> None:
    source = "Steeg, Fabian (2016): Der Lobid-Entwicklungsprozess [online]. Zugriff am 2018-09-12 [cit. 2022-04-25]."
    item = {"type": "webpage", "author": [{"family": "Steeg", "given": "Fabian"}],
            "title": "Der Lobid-Entwicklungsprozess", "issued": {"date-parts": [[2016]]}}
    biblio_data(item)["source"] = source
    assert not [w for w in uncovered_words(item, source) if w.isdigit() and len(w) <= 2]
