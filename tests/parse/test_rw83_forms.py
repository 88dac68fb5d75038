"""Forms of the Ecological Society of America's journals and ecology reading lists: the chapter ``Title. Pages 71–95
in W. J. Name and J. Name, editors. Book. Publisher, Town.`` (the editors, an edition and the editors' names may be
missing), read as a chapter with its pages, editors, book, publisher and town; the journal closing the reference on
its numbers after a colon (``Ecology: 105:e4406``, ``… of Sciences:201710231``), read as the journal and not a town
or a publisher, where a town's colon before a year or a short number stays a town's; APA's title headed by a quoted
question (``"Is it fair?" Judging outcomes …``) before a journal read apart, the title whole."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # the ESA's chapter: the title's proper noun before "Pages" stays in the title, the book after the editors
    (
        "Marsh, K. L. 2003. Seed caching by kangaroo rats at Rodeo. Pages 40–62 in P. Q. Lund and S. Ortiz, editors."
        " Desert Rodent Biology. Columbia University Press, New York",
        {
            "type": "chapter",
            "title": "Seed caching by kangaroo rats at Rodeo",
            "container-title": "Desert Rodent Biology",
            "editor": [{"family": "Lund", "given": "P. Q."}, {"family": "Ortiz", "given": "S."}],
            "page": "40-62",
            "publisher": "Columbia University Press",
            "publisher-place": "New York",
        },
    ),
    (
        "Abara, K. 2014. Shorebird counts on tidal flats. Pages 101–120 in J. Doe, editor. Birds of the Coast. Second"
        " edition. Lynx, Barcelona, Spain.",
        {
            "title": "Shorebird counts on tidal flats",
            "container-title": "Birds of the Coast",
            "editor": [{"family": "Doe", "given": "J."}],
            "page": "101-120",
            "edition": "2",
            "publisher": "Lynx",
            "publisher-place": "Barcelona, Spain",
        },
    ),
    # the proceedings named after "in" with no editors
    (
        "Greer, T. 2009. Voles of the tallgrass plains. Pages 12-40 in Proceedings of the Fourth Prairie Conference."
        " Prairie Press, Lincoln, Nebraska.",
        {"title": "Voles of the tallgrass plains", "page": "12-40", "publisher": "Prairie Press"},
    ),
    # the journal closing on its numbers after colons: the volume set off by a second colon, an early number
    (
        "Okafor, P. K. T., and E. P. Lind. 2024. Forecast skill under novel grazing. Ecology: 105:e4411",
        {"container-title": "Ecology", "volume": "105", "page": "e4411", "publisher-place": None},
    ),
    (
        "Ruiz, M. C., A. Holt, and E. P. Lind. 2018. Near-term forecasts of lake ice. Proceedings of the National"
        " Academy of Sciences:201799123",
        {"container-title": "Proceedings of the National Academy of Sciences", "page": "201799123", "publisher": None},
    ),
    # APA's title headed by a quoted question, the journal read apart: the words after the quote are the title's
    (
        'Lowe, K. (2019). "Is it fair?" Judging outcomes of ranking systems. Journal of Ranking, 4(2), 10-20.',
        {
            "title": '"Is it fair?" Judging outcomes of ranking systems',
            "container-title": "Journal of Ranking",
            "note": None,
        },
    ),
]

# neighbours that stay as they are read: a town's colon before a year or a short number, an APA chapter, the ESA's
# journal with its volume before the colon
KEPT: list[tuple[str, dict[str, Any]]] = [
    # an identifier's label and number after a colon closing the reference: no journal
    (
        "Orji K, Tan B. Rash and fever in returning travellers. Trop Med Rev. 2011;12(2):40-6. PMID: 21234567",
        {"container-title": "Trop Med Rev.", "page": "40-6", "volume": "12"},
    ),
    # MLA's quoted question before the book in italics: the book, no more of the title
    (
        'Varga, Ilona. "Is Latin a Dialect?" *Studies in Late Latin*, edited by Hugo Brand, 1981, Brill, pp. 9-20.',
        {"title": "Is Latin a Dialect?", "container-title": "Studies in Late Latin"},
    ),
    # MLA's and Chicago's quoted question, the outlet after it
    (
        'Smith, John. "Who Owns the Sea?" Ocean Policy Review, vol. 4, no. 2, 2018, pp. 33-41.',
        {"title": "Who Owns the Sea?", "container-title": "Ocean Policy Review"},
    ),
    (
        'Ng, Anna. "Why Now?" *The Atlantic*, 3 May 2019, www.theatlantic.com/x.',
        {"title": "Why Now?", "container-title": "The Atlantic"},
    ),
    (
        'Klein, R. "Whose City?" In *Urban Futures*, edited by S. Roy, 22–40. Chicago: Univ. of Chicago Press, 2011.',
        {"title": "Whose City?", "container-title": "Urban Futures"},
    ),
    (
        "Baker, L. 2011. Notes on moths of the fens. Boston: 24",
        {"publisher-place": "Boston", "container-title": None},
    ),
    (
        "Smyth, J. 2001. A history of the harbour towns. London: 1998.",
        {"publisher-place": "London", "container-title": None},
    ),
    (
        "Smith, J. (2019). Coastal erosion. In A. Brown (Ed.), Shorelines (pp. 45–67). Routledge.",
        {"title": "Coastal erosion", "container-title": "Shorelines", "page": "45-67", "publisher": "Routledge"},
    ),
    (
        "Taylor, M. 2020. Soil carbon in grasslands. Ecology 101:e02950.",
        {"container-title": "Ecology", "volume": "101", "page": "e02950"},
    ),
    (
        "Patel, R. 2021. Rivers and towns. Oxford: Clarendon Press.",
        {"publisher": "Clarendon Press", "publisher-place": "Oxford"},
    ),
    (
        "Fisher, R. A. 1930. The genetical theory of natural selection. Clarendon Press, Oxford, UK.",
        {"title": "The genetical theory of natural selection", "publisher": "Clarendon Press"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + KEPT)
def test_read_as(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
