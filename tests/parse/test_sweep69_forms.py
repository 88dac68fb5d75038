"""Forms of citation styles other than APA's: Wiley-VCH's author-date chapter ``…, in Book (eds A. Name and B.
Name), House, Town, pp. 1–9.``, Science's proceedings ``“Title” in Proceedings of … (2015), pp. 1–9.`` with the
year alone in brackets, Science's chapter ``…, A. Name, Eds. (House & Partner, Town, 2005), pp. 1–9.`` and its web
page ``B. Name, Page Title, Site Name (2016). URL`` with the title and site between the names and the year.
The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference


def _families(item: dict[str, Any], var: str = "author") -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get(var, [])]


@pytest.mark.parametrize(
    ("text", "title", "book", "editors", "publisher", "place", "page"),
    [
        (
            "Taylor, R. (2011) Fluid flow in fractured rock, in Modern Hydrogeology (eds M. Brown and K. Lee), "
            "Wiley-VCH Verlag GmbH, Weinheim, pp. 15–40.",
            "Fluid flow in fractured rock",
            "Modern Hydrogeology",
            ["Brown", "Lee"],
            "Wiley-VCH Verlag GmbH",
            "Weinheim",
            "15-40",
        ),
        (
            "Okafor, C. and Ade, T. (2019) Soil salinity under irrigation, in Arid Land Farming: Methods and Limits "
            "(eds.Nwosu, P., and Bello, H.), Springer Nature, Cham, pp. 201–233.",
            "Soil salinity under irrigation",
            "Arid Land Farming: Methods and Limits",
            ["Nwosu", "Bello"],
            "Springer Nature",
            "Cham",
            "201-233",
        ),
        (
            "Marchetti, L. (2008) Letters from the Adriatic, in Ports and Their Towns (ed. G. Rossi), Routledge, "
            "pp. 77.",
            "Letters from the Adriatic",
            "Ports and Their Towns",
            ["Rossi"],
            "Routledge",
            None,
            "77",
        ),
    ],
)
def test_wiley_author_date_chapter(
    text: str, title: str, book: str, editors: list[str], publisher: str, place: str | None, page: str
) -> None:
    item = read_reference(text)
    assert item["title"] == title
    assert item["container-title"] == book
    assert _families(item, "editor") == editors
    assert item["publisher"] == publisher
    assert item.get("publisher-place") == place
    assert item["page"] == page


def test_wiley_chapter_after_editors_role_in_brackets_stands() -> None:
    # the Stanford Encyclopedia's "in J. Woods and B. Brown (eds.), *Book*": the names before the role, no book
    item = read_reference(
        "Hale, R., 2004, “Counting Worlds”, in T. Hardy and M. Lowe (eds.), *Essays on Modality*, Oxford: "
        "Clarendon Press, pp. 10–31."
    )
    assert _families(item, "editor") == ["Hardy", "Lowe"]
    assert item["container-title"] == "Essays on Modality"


@pytest.mark.parametrize(
    ("text", "venue", "year"),
    [
        (
            "12. K. Ito, M. Vance, “Fast sampling of sparse graphs” in Proceedings of the 61st Annual Symposium on "
            "Foundations of Computer Science (2020), pp. 410–421.",
            "Proceedings of the 61st Annual Symposium on Foundations of Computer Science",
            2020,
        ),
        (
            "4. P. Ruiz, “Learning to rank legal cases” in ICAIL’19 (2019).",
            "ICAIL’19",
            2019,
        ),
    ],
)
def test_science_proceedings_with_year_in_brackets(text: str, venue: str, year: int) -> None:
    item = read_reference(text)
    assert item["container-title"] == venue
    assert item["issued"] == {"date-parts": [[year]]}


def test_science_chapter_imprint_after_editors_role() -> None:
    item = read_reference(
        "7. H. Lind, “Printing in Riga” in Baltic Book Trades, A. Berzins, K. Ozols, Eds. (Smith & Hale, "
        "Woodbridge, 2004), pp. 33–58."
    )
    assert _families(item, "editor") == ["Berzins", "Ozols"]
    assert item["publisher"] == "Smith & Hale"
    assert item["publisher-place"] == "Woodbridge"
    assert item["page"] == "33-58"


def test_science_web_page_title_and_site_before_year() -> None:
    item = read_reference(
        "31. T. Marsh, Why Caching Is Hard, Engineering Musings (2018). https://medium.com/eng/why-caching-is-hard."
    )
    assert _families(item) == ["Marsh"]
    assert item["title"] == "Why Caching Is Hard"
    assert item["container-title"] == "Engineering Musings"
