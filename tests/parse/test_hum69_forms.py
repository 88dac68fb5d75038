"""Forms of humanities reference lists (``humanities_real34.jsonl``): Islamic studies' comma form, the author with
his death date in brackets, the title in italics, ``ed.`` and the editor, the publisher and the town, a
Hijri/Gregorian year (or a dash for the author named above); classical
Arabic names in transliteration; and MLA 9's publisher alone between the edition and the year. The examples are
written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import names_from_span


def test_author_with_death_date_then_italic_title_editor_and_imprint() -> None:
    item = parse_reference(
        "Nawawi (d. 676/1277), *Riyad al-salihin*, ed. Shu'ayb al-Arna'ut, Dar al-fikr, Damascus, 1412/1991."
    )
    assert item["author"] == [{"family": "Nawawi"}]
    assert item["title"] == "Riyad al-salihin"
    assert item["editor"] == [{"family": "al-Arna'ut", "given": "Shu'ayb"}]
    assert item["publisher"] == "Dar al-fikr"
    assert item["publisher-place"] == "Damascus"
    assert item["issued"] == {"date-parts": [[1991]]}


def test_death_date_without_space_and_no_date() -> None:
    item = parse_reference("Ibn Majah (d.273/887), *Sunan*, Dar al-jil, Beirut, n.d.")
    assert item["author"] == [{"family": "Ibn Majah"}]
    assert item["title"] == "Sunan"
    assert item["publisher"] == "Dar al-jil"
    assert item["publisher-place"] == "Beirut"
    assert "issued" not in item


def test_dash_for_the_author_named_above() -> None:
    item = parse_reference("—–, *Kitab al-tawhid*, ed. Hashim al-Husayni, Qumm, 1398/1978.")
    assert "author" not in item
    assert item["title"] == "Kitab al-tawhid"
    assert item["editor"] == [{"family": "al-Husayni", "given": "Hashim"}]
    assert item["publisher-place"] == "Qumm"
    assert item["issued"] == {"date-parts": [[1978]]}


def test_classical_arabic_names_stay_whole() -> None:
    assert names_from_span("Abu Hamid al-Ghazali") == [{"family": "Abu Hamid al-Ghazali"}]
    assert names_from_span("Ibn Rushd") == [{"family": "Ibn Rushd"}]
    assert names_from_span("Ahmad b. Hanbal") == [{"family": "Ahmad b. Hanbal"}]
    assert names_from_span("al-Tabari, Muhammad") == [{"family": "al-Tabari", "given": "Muhammad"}]
    assert names_from_span("al-Tusi, Nasir al-Din") == [{"family": "al-Tusi", "given": "Nasir al-Din"}]


def test_compound_family_closing_a_natural_order_name() -> None:
    assert names_from_span("Muhammad 'Abd al-Hamid") == [{"family": "'Abd al-Hamid", "given": "Muhammad"}]
    assert names_from_span("Ahmad Shams al-Din") == [{"family": "Shams al-Din", "given": "Ahmad"}]
    # a modern name with a hyphened family and initials keeps its reading
    assert names_from_span("Al-Sayed, A.") == [{"family": "Al-Sayed", "given": "A."}]


def test_mla_publisher_between_edition_and_year() -> None:
    item = parse_reference("Moreland, Floyd L. *Latin Grammar*. 2nd ed., Harper Collins, 1990.")
    assert item["publisher"] == "Harper Collins"
    assert "publisher-place" not in item
    assert item["edition"] == "2"
    # a town there stays the town
    item = parse_reference("Moreland, Floyd L. *Latin Grammar*. 2nd ed., London, 1990.")
    assert item["publisher-place"] == "London"


def test_mla_dash_then_title_closed_by_its_full_stop_is_no_comma_form() -> None:
    item = parse_reference("---. *The Country Press in Victorian Wales, 1840–1900.* University of Wales Press, 2009.")
    assert item["publisher"] == "University of Wales Press"
    assert "publisher-place" not in item
