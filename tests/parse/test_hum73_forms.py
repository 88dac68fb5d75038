"""Forms of archaeology, museum-catalogue, linguistics and early classics reference lists (``humanities_real38.jsonl``):
a linguistics house style's series in brackets with its number after a comma (``Title (Series Name, 12.) Place:
Publisher.``, ``In Name (ed.), Book (Series Monograph, 5), 377-392.``) and its ``Book, vol. 2, 909-924.``, a lone
Russian town after a chapter's pages, Chicago's ``In vol. 4 of *Book*, edited by …``, a volume with a title of its own
followed by a part of it (``Vol. 2, *Title*. Part 5, *Title*.``), an italic journal dated by its year alone
(``*Bulletin* (1972–73): 37–47.``), a French society as author, and older bibliographies' ``Journal, Vol. 25, 1870.``
and ``2 vols. 2d ed.``. The examples are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_series_bracket_with_comma_number_after_title() -> None:
    item = parse_reference("Novak, Irena (1997). Tundra Nenets (Languages of Eurasia/Sketches, 41.) Berlin: Lincom.")
    assert item["title"] == "Tundra Nenets"
    assert item["publisher-place"] == "Berlin"
    assert item["publisher"] == "Lincom"


def test_series_bracket_with_comma_number_after_book() -> None:
    item = parse_reference(
        "Hale, Tomas (1981). Gumuz. In Anna Reyes (ed.), Languages of the Sudan Border (Occasional Papers on "
        "African Linguistics, 7), 120-164. Chicago: Linguistics Department, Loyola University."
    )
    assert item["container-title"] == "Languages of the Sudan Border"
    assert item["page"] == "120-164"


def test_volume_and_pages_after_book_in_linguistics_chapter() -> None:
    item = parse_reference(
        "Ortiz, Daniel (1972). Stress and tone in Bantu. In Karl Weber (ed.), Proceedings of the Ninth Congress of "
        "Phoneticians, vol. 3, 411-430. Prague: Academia."
    )
    assert item["container-title"] == "Proceedings of the Ninth Congress of Phoneticians"
    assert item["volume"] == "3"
    assert item["page"] == "411-430"


def test_russian_town_alone_after_chapter_pages() -> None:
    item = parse_reference(
        "Ivanova, Olga P. (1979). Glagol v jazykax Sibiri. [The verb in the languages of Siberia.] In Sbornik "
        "statej po jazykoznaniju, 55-71. Moskva."
    )
    assert item["publisher-place"] == "Moskva"
    assert "publisher" not in item


def test_chapter_in_numbered_volume_of_book() -> None:
    item = parse_reference(
        "Marchand, Élise. “Les pavements de Carthage.” In vol. 3 of *La peinture romaine*, edited by Henri Dubois "
        "and Luc Perrin, 115–32. Paris: Picard, 1992."
    )
    assert item["type"] == "chapter"
    assert item["container-title"] == "La peinture romaine"
    assert item["volume"] == "3"
    assert item["editor"] == [{"family": "Dubois", "given": "Henri"}, {"family": "Perrin", "given": "Luc"}]


def test_volume_with_own_title_then_its_part() -> None:
    item = parse_reference(
        "Lefèvre, Alain. *Corpus des mosaïques de Tunisie*. Vol. 3, *Sousse*. Part 2, *Quartiers nord*. Tunis: "
        "Institut National du Patrimoine, 1998."
    )
    assert item["title"] == "Corpus des mosaïques de Tunisie"
    assert item["volume"] == "3"
    assert "container-title" not in item
    assert item["publisher"] == "Institut National du Patrimoine"


def test_italic_journal_dated_by_year_range_alone() -> None:
    item = parse_reference("Chazen Museum. “Recent Acquisitions,” *Chazen Museum Annual Report* (1985–86): 12–19.")
    assert item["container-title"] == "Chazen Museum Annual Report"
    assert item["issued"] == {"date-parts": [[1985]]}
    assert item["page"] == "12–19" or item["page"] == "12-19"
    assert "volume" not in item


def test_french_society_as_author_of_report() -> None:
    item = parse_reference(
        "Société archéologique de Touraine. “Séance du 12 mars,” *Bulletin de la Société archéologique de "
        "Touraine* 21 (1921): 33–38."
    )
    assert item["author"] == [{"literal": "Société archéologique de Touraine"}]
    assert item["title"] == "Séance du 12 mars"


def test_closing_year_after_worded_volume_is_the_date() -> None:
    item = parse_reference("Weber, K. Die Kulte von Ephesos. Hermes, Vol. 31, 1896.")
    assert item["issued"] == {"date-parts": [[1896]]}
    assert item["volume"] == "31"
    assert "page" not in item


def test_edition_after_count_of_volumes() -> None:
    item = parse_reference("Schulz, H. Geschichte der Dorier. 3 vols. 2d ed. Breslau, 1844.")
    assert item["edition"] == "2"
    assert item["title"] == "Geschichte der Dorier"


def test_town_read_as_note_before_its_abbreviated_state() -> None:
    item = parse_reference(
        "Dorn, Peter (1979). Kunama. In Ruth Lang (ed.), Languages of Eritrea (Studies in African Grammar, 4), "
        "211-260. East Lansing, Mich.: Center for African Studies, Wayne University."
    )
    assert item["publisher-place"] == "East Lansing, Mich"
    assert item["publisher"] == "Center for African Studies, Wayne University"
