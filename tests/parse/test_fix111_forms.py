"""Forms a review of recent mends found misread: a body and its report's title read as the publisher before the
house's own name (``Department of Education: Annual report 2019. London: HMSO.``); a university press read as an
MDPI journal (``Oxford University Press 2015, 12, 33``); a book's title opening on a university's name read as a
body (``The Modern University: …``); a document's kind closing a Chicago author-date reference read as a one-word
publisher (``Mimeo.``, ``Typescript.``); a book's part after its stop read as a chapter's imprint (``Part One:
Estuaries;``, ``Volume Two, Bergen,``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a body, a colon and its report's title before the year and the house: the body is the author
    (
        "Department of Transport: Road safety review 2018. London: HMSO.",
        {
            "author": [{"literal": "Department of Transport"}],
            "title": "Road safety review",
            "publisher": "HMSO",
            "publisher-place": "London",
        },
    ),
    (
        "Ministry of Fisheries: Annual statement 2017. Wellington: Crown Printer.",
        {"author": [{"literal": "Ministry of Fisheries"}], "publisher": "Crown Printer"},
    ),
    # (neighbours as they stay: the APA body with its year after it)
    (
        "Department of Transport. (2018). Road safety review. London: HMSO.",
        {"author": [{"literal": "Department of Transport"}], "title": "Road safety review", "publisher": "HMSO"},
    ),
    (
        "Council of Europe: Language policy guide. Strasbourg: Council of Europe Publishing, 2007.",
        {"author": [{"literal": "Council of Europe"}], "title": "Language policy guide"},
    ),
    # MDPI's bare year, volume and pages after a house's name: a book's publisher, no journal
    (
        "Wang, L. Soil carbon under grazing. Oxford University Press 2015, 12, 33.",
        {"container-title": None, "publisher": "Oxford University Press"},
    ),
    (
        "Wang, L. Soil carbon under grazing. Elsevier 2015, 12, 33.",
        {"container-title": None, "publisher": "Elsevier"},
    ),
    # (neighbours: MDPI's journals stay journals)
    (
        "Wang, L.; Li, M. Soil carbon under grazing. Agronomy 2020, 10, 1234.",
        {"container-title": "Agronomy", "volume": "10", "page": "1234"},
    ),
    (
        "Wang, L. Soil carbon under grazing. Scientific Reports 2015, 12, 33.",
        {"container-title": "Scientific Reports", "volume": "12", "page": "33"},
    ),
    # a book's title opening on "The … University:", no author
    (
        "The Modern University: A History of Learning. Oxford: Clarendon Press, 1990.",
        {"author": None, "title": "The Modern University: A History of Learning"},
    ),
    # (a university's web page heading its title stays the author)
    (
        "University of Leeds: *Planning an essay*, accessed 3 May 2015 at: http://www.example.ac.uk/study/essay.htm",
        {"author": [{"literal": "University of Leeds"}], "title": "Planning an essay"},
    ),
    (
        "University of Exmoor: *Revising for finals*, accessed 2 March 2013 at: http://www.exmoor.ac.uk/study/rev.aspx",
        {"author": [{"literal": "University of Exmoor"}], "title": "Revising for finals"},
    ),
    # a document's kind closing an author-date reference: no publisher
    ("Smith, J. 2019. A study of rivers. Mimeo.", {"publisher": None}),
    ("Smith, J. 2019. A study of rivers. Typescript.", {"publisher": None}),
    ("Smith, J. 2019. A study of rivers. Handout.", {"publisher": None}),
    ("Smith, J. 2019. A study of rivers. Blog.", {"publisher": None}),
    # (a firm's one word stays the publisher)
    ("Smith, J. 2019. Theory of Heat. Routledge.", {"title": "Theory of Heat", "publisher": "Routledge"}),
    ("Smith, J. 1911. A study of rivers. Harrassowitz.", {"publisher": "Harrassowitz"}),
    # a book's part after its stop: no imprint
    (
        "Olsen T. Waves. In: Ruiz P, editor. Coastal Processes. Part One: Estuaries; 2015. p. 141-51.",
        {"publisher": None, "publisher-place": None},
    ),
    (
        "Olsen, T., 2015. Waves, in: Ruiz, P. (Ed.), Coastal Processes. Volume Two, Bergen, pp. 141–151.",
        {"publisher": None},
    ),
    (
        "Olsen T. Waves. In: Ruiz P, editor. Coastal Processes. Second Series; 2015. p. 141-51.",
        {"publisher": None},
    ),
    # (a firm and its town after the book's stop stay the imprint)
    (
        "Olsen, T., 2015. Waves, in: Ruiz, P. (Ed.), Coastal Processes and Estuaries. Brill, Leiden, pp. 141–151.",
        {"container-title": "Coastal Processes and Estuaries", "publisher": "Brill", "publisher-place": "Leiden"},
    ),
    (
        "Olsen T. Waves. In: Ruiz P, Lee K, eds. Coastal Processes. Harwood & Lyle; 2015:141-151.",
        {"container-title": "Coastal Processes", "publisher": "Harwood & Lyle"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
