"""Forms met in real documents' reference lists: a Spanish Wikipedia template whose ``apellidos`` holds a Vancouver
list (``Moen MD, Keam SJ``) and whose page is ``página``; a plant file's ``Site -- Page title: https://…`` with the
site named by the address's host. The references here are written for the tests."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference


def _names(item: dict[str, Any]) -> list[tuple[str, str]]:
    return [(n.get("family", ""), n.get("given", "")) for n in item.get("author", [])]


def test_a_vancouver_list_in_a_last_name_parameter_is_its_authors() -> None:
    item = parse_reference("{{Cita publicación|título=Effects of light on indoor growth|apellidos=Lund AB, Berg C"
                           "|fecha=mayo de 2011|publicación=Plant Biology|volumen=7|número=2|páginas=101–9}}")
    assert _names(item) == [("Lund", "AB"), ("Berg", "C")]
    assert item["container-title"] == "Plant Biology"


def test_a_spanish_book_template_s_single_page() -> None:
    item = parse_reference("{{Cita libro|título=Manual de farmacología|fecha=2015|editorial=Editorial Médica"
                           "|página=212}}")
    assert item["page"] == "212"
    assert item["publisher"] == "Editorial Médica"


def test_a_site_a_double_hyphen_and_the_page_s_title_before_its_address() -> None:
    item = parse_reference("Gardenwiki.org -- Growing Orchids Indoors: https://www.gardenwiki.org/orchids-indoors/")
    assert item["container-title"] == "Gardenwiki.org"
    assert item["title"] == "Growing Orchids Indoors"
    item = parse_reference("HouseplantHub -- Caring for Ferns: https://houseplanthub.com/ferns-care/")
    assert (item["container-title"], item["title"]) == ("HouseplantHub", "Caring for Ferns")


def test_words_before_a_double_hyphen_that_name_no_host_stay_in_the_title() -> None:
    item = parse_reference("Plant Notes -- Caring for Ferns: https://example.org/ferns/")
    assert "container-title" not in item
