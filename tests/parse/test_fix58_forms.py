"""Forms of round fix58: a Chicago short note whose shortened title holds commas (``Kahneman, Thinking, Fast and
Slow, 20.``), an APA newspaper's non-consecutive pages without section letters (``*Chicago Tribune*, 1, 4–6.``),
a title holding a document's number (``Order No. 24-002``), a body's numbered report series closing the reference
(``ALGAO / Archaeology East Anglia Report 47.``), a standards body before its bracketed year and the standard's
code, an undated body's page (``Historic England. Title.``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a short note's title with commas: one surname (or two joined by "and"), the title, the page
    (
        "4. Kahneman, Thinking, Fast and Slow, 20.",
        {"author": [{"family": "Kahneman"}], "title": "Thinking, Fast and Slow", "page": "20"},
    ),
    (
        "7. Diamond, Guns, Germs, and Steel, 112.",
        {"author": [{"family": "Diamond"}], "title": "Guns, Germs, and Steel", "page": "112"},
    ),
    (
        "3. Sekuler and Blake, Crime, Power and Punishment, 48.",
        {"author": [{"family": "Sekuler"}, {"family": "Blake"}], "title": "Crime, Power and Punishment", "page": "48"},
    ),
    (
        "Kahneman, Thinking, Fast and Slow, 112-14.",
        {"author": [{"family": "Kahneman"}], "title": "Thinking, Fast and Slow", "page": "112-14"},
    ),
    # names stay names
    ("2. Paul, Unlikely Allies, 264.", {"author": [{"family": "Paul"}], "title": "Unlikely Allies", "page": "264"}),
    ("3. Smith, Mary Ellen, 12.", {"author": [{"family": "Smith", "given": "Mary Ellen"}], "title": None}),
    (
        "Smith, Jones, Brown, 12.",
        {"author": [{"family": "Smith"}, {"family": "Jones"}, {"family": "Brown"}], "title": None},
    ),
    # a daily paper dated by its day: the numbers after its name are its pages, no volume
    (
        "Brody, J. E. (2007, December 11). Mental reserves keep brain agile. *Chicago Tribune*, 1, 4–6.",
        {"type": "article-newspaper", "container-title": "Chicago Tribune", "volume": None, "page": "1, 4-6"},
    ),
    (
        "Schwartz, J. (1993, September 30). Obesity affects economic, social status. The Washington Post, 1, 4.",
        {"type": "article-newspaper", "container-title": "The Washington Post", "volume": None, "page": "1, 4"},
    ),
    (
        "Smith, A. (2019, March 3). Council votes to close the library. *The Guardian*, 1, 12.",
        {"type": "article-newspaper", "volume": None, "page": "1, 12"},
    ),
    (
        "Parnell, S. (2016, November 16). Medicare freeze no check on GP visits. *The Australian*, 1, 5.",
        {"type": "article-newspaper", "page": "1, 5"},
    ),
    # a document's number after "No." is the title's, no page range
    (
        "Oregon Public Utility Commission. (2024). Order No. 23-115, Docket UE 399. *apps.puc.state.or.us*.",
        {"title": "Order No. 23-115, Docket UE 399", "container-title": "apps.puc.state.or.us"},
    ),
    (
        "Minnesota Public Utilities Commission. (2020). Order No. 20-118, Docket E-002/M-19-666. *mn.gov*.",
        {"title": "Order No. 20-118, Docket E-002/M-19-666", "container-title": "mn.gov"},
    ),
    (
        "Massachusetts Department of Public Utilities. (2022). Order No. 22-17. https://www.mass.gov/info-details/dpu-22-17",
        {"title": "Order No. 22-17", "page": None, "URL": "https://www.mass.gov/info-details/dpu-22-17"},
    ),
    # a body's numbered report series closing the reference
    (
        "Robertson, D. (2020) HEFERs and SHINE data: outcomes for the historic environment. ALGAO / Archaeology East "
        "Anglia Report 47.",
        {
            "title": "HEFERs and SHINE data: outcomes for the historic environment",
            "collection-title": "ALGAO / Archaeology East Anglia Report",
            "number": "47",
        },
    ),
    (
        "Gurney, D. (2019) Excavations at Market Lane. East Anglian Archaeology Report 47.",
        {"title": "Excavations at Market Lane", "collection-title": "East Anglian Archaeology Report", "number": "47"},
    ),
    # a standards body before its bracketed year keeps the authorship
    (
        "British Standards Institution (2012) BS 5837:2012. Trees in relation to design, demolition and construction "
        "– Recommendations. London: BSI.",
        {"author": [{"literal": "British Standards Institution"}], "publisher": "BSI"},
    ),
    (
        "British Standards Institution (2019) BS EN ISO 19650-1:2018. Organization and digitization of information "
        "about buildings. London: BSI.",
        {"author": [{"literal": "British Standards Institution"}]},
    ),
    # no date anywhere: a first sentence closing on a body's word is the author
    (
        "Historic England. Grasslands — Nature Recovery and Heritage. https://historicengland.org.uk/advice/grasslands/",
        {"author": [{"literal": "Historic England"}], "title": "Grasslands — Nature Recovery and Heritage"},
    ),
    (
        "National Trust. Caring for historic parkland. https://www.nationaltrust.org.uk/parkland",
        {"author": [{"literal": "National Trust"}], "title": "Caring for historic parkland"},
    ),
    (
        "Natural England. Traditional orchards: a guide. https://www.gov.uk/guidance/traditional-orchards",
        {"author": [{"literal": "Natural England"}], "title": "Traditional orchards: a guide"},
    ),
    (
        "Historic England. Management of Archaeological Sites on Grassland (technical advice).",
        {
            "author": [{"literal": "Historic England"}],
            "title": "Management of Archaeological Sites on Grassland",
            "genre": "technical advice",
        },
    ),
    # a journal dated by its year keeps its volume
    (
        "Nguyen, T. (2020). Memory in aging adults. *Journal of Aging Studies*, 1, 4–6.",
        {"type": "article-journal", "volume": "1", "page": "4-6"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix58_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
