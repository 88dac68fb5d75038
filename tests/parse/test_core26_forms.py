"""Forms of the calibration split's kinds read wrong before their mends: a practice's name joined by ``+``
read as a last author, MLA's editors after the book with ``et al.`` (or with no stop before the role), and
French ISBD's stop and dash closing the names."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_practice_name_with_plus_opens_the_title() -> None:
    item = parse_reference(
        "Mona Grant, Peter Hale + Partners (building review), Design Quarterly, No. 118, 2015, 40"
    )
    assert [a.get("family") for a in item["author"]] == ["Grant"]
    assert item["title"] == "Peter Hale + Partners (building review)"
    assert item["container-title"] == "Design Quarterly"


def test_mla_editors_after_the_book_with_no_stop() -> None:
    item = parse_reference(
        "Lindqvist, Maja. “The Archive of the Screen” In Keeping Moving Images: Practices and Prospects "
        "Eds. Sara Holm and Per Berg. Leiden: Brill, 2016. 45-67."
    )
    assert item["container-title"] == "Keeping Moving Images: Practices and Prospects"
    assert [e.get("family") for e in item["editor"]] == ["Holm", "Berg"]


def test_mla_editor_with_et_al_after_the_book_with_no_stop() -> None:
    item = parse_reference(
        "Berg, Lena. “Reading Old Maps” In Cartography and the City: New Essays Ed. Holmqvist et al. "
        "Oslo: Nordic Press, 2010"
    )
    assert item["container-title"] == "Cartography and the City: New Essays"
    assert [e.get("family") for e in item["editor"]] == ["Holmqvist"]


def test_isbd_stop_and_dash_close_the_names() -> None:
    item = parse_reference(
        "DURAND, Paul, MARCHAND DELORME, Anne . - Le Théâtre de Nîmes : deux siècles de scène 1800 – 2000. – "
        "Nîmes : Editions du Gard, 2001."
    )
    assert [a.get("family") for a in item["author"]] == ["DURAND", "MARCHAND DELORME"]
    assert item["title"].startswith("Le Théâtre de Nîmes : deux siècles")
