"""Forms of the calibration split's kinds read wrong before their mends: a numbered meeting's town after its
number with a country the places did not know, and the first of two towns joined by a slash left in the
proceedings' name, the country closing an abbreviated journal's name read as a place, and a firm opening with
its acronym before its country read as a place whole."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_numbered_meeting_town_and_country_close_its_name() -> None:
    item = parse_reference("Meeting #57 Lisbon, Portugal, Sept. 3-7 th , 2016")
    assert item["title"] == "Meeting #57"
    assert item["publisher-place"] == "Lisbon, Portugal"


def test_numbered_meeting_town_before_a_country_of_two_words() -> None:
    item = parse_reference("Workshop #12 Brno, Czech Republic, Oct. 2-5, 2018")
    assert item["title"] == "Workshop #12"
    assert item["publisher-place"] == "Brno, Czech Republic"


def test_first_of_two_slashed_towns_with_its_opening_word() -> None:
    item = parse_reference(
        "Hart, P. (Ed.), Proceedings of the Second Workshop on Spa Hydrology Bad Ems/Koblenz, Germany."
    )
    assert item["title"] == "Proceedings of the Second Workshop on Spa Hydrology"
    assert item["publisher-place"] == "Bad Ems/Koblenz, Germany"


def test_first_of_two_slashed_towns() -> None:
    item = parse_reference(
        "Meyer, K. (ed.), Proceedings of the Third Seminar on Tidal Flats Wilhelmshaven/Bremen, Germany."
    )
    assert item["title"] == "Proceedings of the Third Seminar on Tidal Flats"
    assert item["publisher-place"] == "Wilhelmshaven/Bremen, Germany"


def test_country_closing_abbreviated_journal_after_quoted_title() -> None:
    item = parse_reference(
        'Okafor, J. P.; Lind, D. A.; Herschel, D. "Determining the Role of Binding in Isomerase." '
        "Proc. Natl. Acad. Sci. USA 2009, 106, 14271–14275."
    )
    assert item["container-title"] == "Proc. Natl. Acad. Sci. USA"
    assert "publisher-place" not in item


def test_firm_opening_with_its_acronym_before_its_country() -> None:
    item = parse_reference("Varga P (director) (2016) *River Glass* [motion picture], MTV Studios, Hungary.")
    assert item["publisher"] == "MTV Studios"
    assert item["publisher-place"] == "Hungary"
    item = parse_reference("Lee S (director) (2012) *Winter Port* [motion picture], KT Pictures, Germany.")
    assert item["publisher"] == "KT Pictures"
    assert item["publisher-place"] == "Germany"
