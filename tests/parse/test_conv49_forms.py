"""A work's count of pages (``318 p.``, ``592 pp.``, ``241 S.``, ``xiv, 266 pp.``, ``297 pages``, ``(318 pp.)``,
``354 с.``) is the record's ``page``: its number(s) without the word, as the labelled data store a book's or a
report's count; never ``number-of-pages``, never dropped into the note."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # the AMS's count after the publisher
    (
        "Emanuel, K. A., 1994: Atmospheric Convection. Oxford University Press, 592 pp.",
        {"page": "592", "publisher": "Oxford University Press", "note": None},
    ),
    # a French list's count as a part of its own before the imprint
    (
        "Hans Robert Jauss, Pour une esthétique de la réception, 305 p., Gallimard, Collection Tel, Paris, 1990",
        {"page": "305", "number-of-pages": None, "publisher": "Gallimard"},
    ),
    # the count run onto the publisher, without a space
    (
        "Crowl, D.A., and Louvar, J.F. (2011). Chemical Process Safety: Fundamentals with Applications, 3 edition. "
        "Upper Saddle River, NJ: Prentice Hall, 720p.",
        {"page": "720", "publisher": "Prentice Hall", "note": None},
    ),
    # German's "S." after the publisher
    (
        "Müller, Hans. 2001. Die Geschichte der Stadt. Berlin: Suhrkamp. 241 S.",
        {"page": "241", "publisher": "Suhrkamp", "publisher-place": "Berlin"},
    ),
    # German's "Seiten" written out
    (
        "Müller, Hans: Die Geschichte der Stadt. Berlin: Suhrkamp 2001, 241 Seiten.",
        {"page": "241", "note": None},
    ),
    # "pages" written out after the year
    (
        "James R. Thompson. Simulation: A Modeler's Approach, New York: John Wiley & Sons, 1999, 297 pages.",
        {"page": "297", "note": None},
    ),
    # the ACM's count of an article with no page
    (
        "[18] Dong Huang and Dan Feng. 2023. SplitZNS: Towards an efficient LSM-tree on zoned namespace SSDs. "
        "ACM Transactions on Architecture and Code Optimization 20, 3 (2023), 26 pages.",
        {"page": "26", "note": None},
    ),
    # GOST's extent area
    (
        "Pethuru Raj; Jeeva S. Chelladhurai; Vinod Singh. Learning Docker. — Packt Publishing, 2015. — 240 с. — "
        "ISBN 978-1-78439-793-7.",
        {"page": "240", "publisher": "Packt Publishing"},
    ),
    # an agency's report series and code, then the count
    (
        "Ross, L.A. (2000). EPANET 2 Users Manual. Cincinnati, OH: U.S. Environmental Protection Agency. "
        "U.S. Environmental Protection Agency Technical Report, EPA/600/R--00/057, 200p.",
        {"page": "200", "publisher": "U.S. Environmental Protection Agency"},
    ),
    # the count read as a note of its own
    (
        "Dupont, M. (2001). Les plantes rares ont-elles des caractéristiques?, Thèse, 83p.",
        {"page": "83", "note": None},
    ),
    # a short count run onto its word after an agency's report code
    (
        "United States Environmental Protection Agency. (2014). Systems Measures of Water Distribution System "
        "Resilience. Washington DC: U.S. Environmental Protection Agency. U.S. Environmental Protection Agency "
        "Technical Report, EPA 600/R--14/383, 58p.",
        {"page": "58"},
    ),
    # the count's digits inside the report's number ("LBNL-5268E", "68p") are no part of it
    (
        "Eto, J.H., LaCommare, K.H., Larsen, P.H., Todd, A., and Fisher, E. (2012). An Examination of Temporal Trends "
        "in Electricity Reliability Based on Reports from U.S. Electric Utilities. Lawrence Berkeley National "
        "Laboratory Report Number LBNL-5268E. Berkeley, CA: Ernest Orlando Lawrence Berkeley National Laboratory, 68p",
        {"page": "68", "number": "LBNL-5268E"},
    ),
    # the ACM's article number is the page; the count beside it stays a note
    (
        "Nima Shiri Harzevili and Song Wang. 2024. A Systematic Literature Review on Vulnerability Detection. ACM "
        "Comput. Surv. 57, 3, Article 55 (Nov. 2024), 36 pages. https://doi.org/10.1145/3699711",
        {"page": "55", "note": "36 pages"},
    ),
    # APA's bracketed count after the title
    (
        "Smith, J. (2010). The book of things (318 pp.). New York: Norton.",
        {"page": "318", "title": "The book of things"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_page_count_is_the_page(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_a_cited_range_stays_the_page_and_the_count_is_kept_aside() -> None:
    item = parse_reference(
        "Doe, J. (2001). A chapter. In A. Roe (Ed.), The book (pp. 12-30). Boston: Beacon Press, 318 pp."
    )
    assert item.get("page") == "12-30"
