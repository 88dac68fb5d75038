"""MDPI's book and chapter imprints: ``In Book; Name, I., Ed.; Publisher: Place, Year;`` and a title with a figure."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_role_word_after_the_editors_is_no_part_of_the_publisher() -> None:
    item = parse_reference(
        "Lee, K.; Park, S. Sensors in agriculture. In Advances in Sensing; Kim, H., Choi, J., Eds.; Elsevier: "
        "Amsterdam, The Netherlands, 2021; Volume 3, pp. 45–67."
    )
    assert [e["family"] for e in item["editor"]] == ["Kim", "Choi"]
    assert (item["container-title"], item["publisher"]) == ("Advances in Sensing", "Elsevier")
    assert item["publisher-place"] == "Amsterdam, The Netherlands"


def test_a_decimal_figure_closing_the_title_leaves_the_imprint_after_it() -> None:
    item = parse_reference(
        "Lessig, L. Code: And Other Laws of Cyberspace, Version 2.0; Basic Books: New York, NY, USA, 2006."
    )
    assert item["title"] == "Code: And Other Laws of Cyberspace, Version 2.0"
    assert (item["publisher"], item["publisher-place"]) == ("Basic Books", "New York, NY, USA")
