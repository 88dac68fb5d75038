"""Forms of hand-written reading lists and a study guide's references: MLA's edition sentence before the publisher
(``*Title.* Third edition. Press, 2020.``) and a hand's shorthand for it read into the publisher (``2 ed., Press``,
``3rd , Press``); an italic title whose Markdown mark opens one letter late (``T*he Title.*``); a British study
guide's access dates before the address, ``accessed on 23 June 2011 at: URL`` and ``downloaded 4 August 2011 at:
URL``; a university named before its page's italic title (``University of Leeds: *Title*, accessed …``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # MLA's numbered edition as a sentence of its own after the title: the edition, no series
    (
        "Kellerman, Rosa. *Tides and Harbours in Coastal and Estuarine Waters.* Third edition. Springer Nature, 2019.",
        {"edition": "3", "publisher": "Springer Nature", "collection-title": None},
    ),
    (
        "Halvorsen, Per. *Landmarks in Mechanical and Electrical Engineering.* Fourth edition. Springer Nature, 2018.",
        {"edition": "4", "publisher": "Springer Nature", "collection-title": None},
    ),
    # the edition in a hand's shorthand opening the publisher: the edition apart
    (
        "Dunmore, Alan J. *Rivers of Iron: The Railways of Wales.* 2 ed., Valley University Press, 2004.",
        {"edition": "2", "publisher": "Valley University Press"},
    ),
    (
        "Pryce, Helen. *The Orchard Year: Apples and Their Growers in Kent.* 3rd , New Forest Books, 2016.",
        {"edition": "3", "publisher": "New Forest Books"},
    ),
    # an italic run opened one letter late: the mark is no part of the title
    (
        "Marlow, P. Q., editor. T*he Lighthouse Keepers of Cornwall.* First edition, Kestrel Books, 2015.",
        {"title": "The Lighthouse Keepers of Cornwall", "edition": "1", "publisher": "Kestrel Books"},
    ),
    (
        "Ferrante, Lucia. A*rchitecture of the Small Town: A Survey.* Stonegate Press, 2008.",
        {"title": "Architecture of the Small Town: A Survey", "publisher": "Stonegate Press"},
    ),
    # a study guide's access date between the title and the address it was read at, a colon after "at"
    (
        "Okoye B., Using Statistics in Biology: A Guide for Students in Further Education: Sampling, accessed on"
        " 27 June 2012 at: http://www.example.com/stats/sampling.htm",
        {"accessed": {"date-parts": [[2012, 6, 27]]}, "issued": None, "note": None},
    ),
    (
        "NERC: Preparing a data plan, downloaded 9 May 2014 at: http://www.example.ac.uk/data/plan.aspx",
        {
            "author": [{"literal": "NERC"}],
            "title": "Preparing a data plan",
            "accessed": {"date-parts": [[2014, 5, 9]]},
            "issued": None,
            "container-title": None,
        },
    ),
    # a university naming its page before the italic title: the author, the title after the colon
    (
        "University of Dundee: *Planning an essay*, accessed 3 May 2015 at: http://www.example.ac.uk/study/essay.htm",
        {
            "author": [{"literal": "University of Dundee"}],
            "title": "Planning an essay",
            "accessed": {"date-parts": [[2015, 5, 3]]},
        },
    ),
    # neighbours that stay as they are: a series that names no edition, a publisher opening on an ordinal, a star
    # inside a word, an access word inside a title, a head before a colon with a journal's parts after it
    (
        "Ahn, Jiwoo. *Ports of the Yellow Sea.* Studies in Maritime History. Harbour Press, 2019.",
        {"collection-title": "Studies in Maritime History", "edition": None},
    ),
    (
        "Reyes, Marco. *Night Markets.* 4th Estate, 2012.",
        {"edition": None},
    ),
    (
        "Lindgren, A. *The Subtle Art of Sorting Socks: A F*cking Guide.* Drawer Press, 2018.",
        {"title": "The Subtle Art of Sorting Socks: A F*cking Guide"},
    ),
    (
        "Okafor, N. (2019). Retrieved data on rainfall. Journal of Dry Lands, 4(2), 10-20.",
        {"container-title": "Journal of Dry Lands", "volume": "4", "issue": "2", "accessed": None},
    ),
    (
        "Institute of Marine Studies: Annual report on coastal erosion. Coastal Review, 12(3), 45-60.",
        {"container-title": "Coastal Review", "volume": "12"},
    ),
    (
        "Moreau, J. (2020). Downloaded culture: Music sharing in France. Media History, 8, 1-15.",
        {"accessed": None, "issued": {"date-parts": [[2020]]}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw82_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
