"""Forms the review of recent rules found misread: a footnoted web page's sentences closing on the address's lead-in
(``… for 2023. Available at: https://…``), the lead-in no part of the note; Chicago author-date's lecture dated by
the year after the names (``Lecture, Host, Town, March 3.``), a talk and no newspaper; an Australian body's web report
with its year and no comma (``Department of Health 2020, *Title*, Publisher, Canberra, viewed …``), the year no part
of the title; a quoted title's dash before a site and its date, or a journal's numbers, kept (only a source list's
figures running on to the address are a note); and a mend's words declared in lower case, as they are looked for."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.mends.gated import needs

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a footnoted page's sentences, then the address's lead-in: the lead-in goes with the address
    (
        "Department for Education, 'School meals,' GOV.UK, 4 March 2022. Updated guidance for 2023. Available at: "
        "https://www.gov.uk/school-meals",
        {
            "title": "School meals",
            "container-title": "GOV.UK",
            "note": "Updated guidance for 2023",
            "URL": "https://www.gov.uk/school-meals",
        },
    ),
    (
        "Harbour Labs, 'Data retention,' Tidepool Docs. Audited yearly since 2021. Available from: "
        "https://docs.tidepool.dev/retention",
        {
            "author": [{"literal": "Harbour Labs"}],
            "title": "Data retention",
            "container-title": "Tidepool Docs",
            "note": "Audited yearly since 2021",
        },
    ),
    # (the lead-in read with the address already: unchanged)
    (
        "Cabinet Office, 'Service rules,' GOV.UK, 4 March 2022. This guidance is for civil servants. Available at: "
        "https://www.gov.uk/service-rules",
        {"title": "Service rules", "container-title": "GOV.UK", "note": "This guidance is for civil servants"},
    ),
    # Chicago author-date's lecture: the day closes it, the year came after the names
    (
        "Okoro, Daniel. 2019. “Bronze Age Trade.” Lecture, Field Museum, Chicago, IL, March 3.",
        {
            "title": "Bronze Age Trade",
            "type": "speech",
            "genre": "Lecture",
            "publisher": "Field Museum",
            "publisher-place": "Chicago, IL",
            "container-title": None,
            "issued": {"date-parts": [[2019, 3, 3]]},
        },
    ),
    (
        "Okoro, Daniel. 2019. “Bronze Age Trade.” Class lecture, History 210, Field Museum, Chicago, IL, March 3.",
        {"type": "speech", "publisher": "Field Museum", "container-title": None},
    ),
    # (a newspaper's day after author-date's year stays a newspaper's)
    (
        "Okoro, Daniel. 2019. “Bronze Age Trade.” Chicago Tribune, March 3.",
        {"container-title": "Chicago Tribune", "type": "article-newspaper", "issued": {"date-parts": [[2019, 3, 3]]}},
    ),
    # an Australian body's web report, its year after its name with no comma, the town after the publisher
    (
        "Department of Health 2020, *Healthy ageing in rural towns*, Australian Government Department of Health, "
        "Canberra, viewed 3 May 2022, https://www.health.gov.au/ageing.",
        {
            "author": [{"literal": "Department of Health"}],
            "title": "Healthy ageing in rural towns",
            "issued": {"date-parts": [[2020]]},
            "publisher": "Australian Government Department of Health",
            "publisher-place": "Canberra",
            "accessed": {"date-parts": [[2022, 5, 3]]},
        },
    ),
    # (read right already: unchanged)
    (
        "Department of Health 2019, *Stronger rural health strategy*, Commonwealth of Australia, Canberra, viewed 12 "
        "April 2021, <https://www.health.gov.au/rural>.",
        {"title": "Stronger rural health strategy", "publisher": "Commonwealth of Australia"},
    ),
    # a quoted title's dash before the site and its date, or before a journal's numbers: no source list's figures
    (
        "Lee, A. “Why rivers flood” – The Guardian, 12 March 2020, https://www.theguardian.com/rivers/flood",
        {"title": "Why rivers flood", "note": None, "issued": {"date-parts": [[2020, 3, 12]]}},
    ),
    (
        '[1] A. Smith, "Cloud costs explained" – IEEE Spectrum, vol. 5, 2020. [Online]. Available: '
        "https://spectrum.ieee.org/cloud",
        {"title": "Cloud costs explained", "volume": "5", "note": None},
    ),
    # (a source list's figures running on to the address stay a note)
    (
        "Statistisches Landesamt (2024): „Bevölkerung 2023“ – Rang 22/190 https://www.example.de/bev",
        {"title": "Bevölkerung 2023", "note": "Rang 22/190"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_needs_rejects_a_word_in_capitals() -> None:
    # the words are looked for in the lower-cased text: "Viewed" would never be found
    with pytest.raises(ValueError):
        needs(words=("viewed", "Viewed"))
    assert needs(words=("viewed",))
