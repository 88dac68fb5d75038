"""Forms the style guides' own Chicago examples print (``guides_real21``): a note's number run into the name as a web
page's lost superscript leaves it, a magazine dated by its season, a translator named after the editors in a note,
a note's ``ed. and trans.`` naming one person in both roles, a newspaper's page after the day's date, and a
nation's bodies set off by full stops; a guide's label read as the author and a government alone as the author are
flagged for review."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    # the note's number run into the first name: no part of the name
    (
        "3Margaret Atwood, Survival: A Thematic Guide to Canadian Literature (Toronto: Anansi, 1972), 41.",
        {"author": [{"family": "Atwood", "given": "Margaret"}], "citation-number": "3",
         "title": "Survival: A Thematic Guide to Canadian Literature", "publisher": "Anansi"},
    ),
    (
        "12Louis Riel, “Last Memoir,” Canadian Historical Review 4 (1923): 12.",
        {"author": [{"family": "Riel", "given": "Louis"}], "citation-number": "12", "title": "Last Memoir",
         "container-title": "Canadian Historical Review"},
    ),
    # a name that holds its digits is no note's number
    (
        "3Blue1Brown, *Neural Networks*, https://www.3blue1brown.com/topics/neural-networks.",
        {"citation-number": None},
    ),
    # a season dates a magazine's issue: the name before it is the periodical, no publisher
    (
        "Cole, Douglas. “The Coast Road.” British Columbia Magazine, Winter 1998.",
        {"container-title": "British Columbia Magazine", "publisher": None},
    ),
    # the translator after the editors in a note: two roles
    (
        "4. Anna Komnene, “The Siege,” in The Alexiad, ed. Peter Frankopan, trans. E. R. A. Sewter (London: Penguin, "
        "2009), 88.",
        {"editor": [{"family": "Frankopan", "given": "Peter"}],
         "translator": [{"family": "Sewter", "given": "E. R. A."}], "container-title": "The Alexiad"},
    ),
    # "ed. and trans." names one person in both roles, the phrase no part of the title
    (
        "2. Einhard, The Life of Charlemagne, ed. and trans. Samuel Epes Turner (New York: Harper, 1880), 21.",
        {"title": "The Life of Charlemagne", "editor": [{"family": "Turner", "given": "Samuel Epes"}],
         "translator": [{"family": "Turner", "given": "Samuel Epes"}]},
    ),
    # a nation and its royal commission, set off by full stops, are one author (CMOS 14.280's hierarchy)
    (
        "Canada. Royal Commission on Bilingualism and Biculturalism. Report. Ottawa: Queen's Printer, 1967.",
        {"author": [{"literal": "Canada. Royal Commission on Bilingualism and Biculturalism"}], "title": "Report"},
    ),
    # a year, a title or an imprint after the body ends the author
    (
        "Great Britain. Ministry of Justice, 2019. *Annual report on prisons*. London: HMSO (Cm. 9843).",
        {"author": [{"literal": "Great Britain. Ministry of Justice"}], "title": "Annual report on prisons"},
    ),
    # the page a note cites after a newspaper's day: no part of the date
    (
        "7. Ian Austen, “A Quiet Harbour Town,” Globe and Mail, March 3, 2015, 14.",
        {"page": "14", "issued": {"date-parts": [[2015, 3, 3]]}, "container-title": "Globe and Mail"},
    ),
    (
        "Bede. Ecclesiastical History of the English People, ed. and trans. Leo Sherley-Price (London: Penguin, 1990), "
        "44.",
        {"title": "Ecclesiastical History of the English People",
         "editor": [{"family": "Sherley-Price", "given": "Leo"}],
         "translator": [{"family": "Sherley-Price", "given": "Leo"}]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_guide_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a guide's label before its example read as the author ("Note - " is now removed before reading)
        "Bibliography - Ruth B. Phillips, Trading Identities (Seattle: University of Washington Press, 1998), 41.",
        # a government alone as the author, its commission read into the title
        "1. Canada, Royal Commission on Bilingualism and Biculturalism, Report, (Ottawa: Queen's Printer, 1967), 12.",
    ],
)
def test_held_form_is_flagged(text: str) -> None:
    assert needs_review(text)
