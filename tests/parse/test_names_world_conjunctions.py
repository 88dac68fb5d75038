"""Lists in other languages' forms (real-bristlecone-* in tests/data/documents): a name list's "and" (Czech
and Slovak ISO 690's "a", Turkish "ve" after a serial comma, also in the Chicago reader) and ISO 690's "Dostupné z:"
before a DOI."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import names_from_span


def _families(text: str) -> list[str | None]:
    return [name.get("family") for name in names_from_span(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ISO 690 (Czech): the first name inverted, the others in natural order, family names in capitals
        ("HILBORN, Ray a Marc MANGEL", ["HILBORN", "MANGEL"]),
        ("WILLIS, K. J., R. M. BAILEY, S. A. BHAGWAT a H. J. B. BIRKS", ["WILLIS", "BAILEY", "BHAGWAT", "BIRKS"]),
        ("NOVÁK, J. a SVOBODA, P.", ["NOVÁK", "SVOBODA"]),
        # Chicago notes in Turkish: "ve" after the serial comma
        ("K. J. Willis, R. M. Bailey, S. A. Bhagwat, ve H. J. B. Birks", ["Willis", "Bailey", "Bhagwat", "Birks"]),
        # English lists as before
        ("Hilborn, Ray, and Marc Mangel", ["Hilborn", "Mangel"]),
    ],
)
def test_the_and_of_other_languages_joins_the_last_name(text: str, expected: list[str | None]) -> None:
    assert _families(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "HILBORN, Ray a Marc MANGEL. The Ecological Detective: Confronting models with data. Princeton, New Jersey: "
        "Princeton University Press, 1997.",
        "Hilborn, Ray, och Marc Mangel. 1997. The Ecological Detective: Confronting models with data. Princeton "
        "University Press.",
    ],
)
def test_a_whole_reference_keeps_both_authors(text: str) -> None:
    assert [a.get("family", "").lower() for a in parse_reference(text)["author"]] == ["hilborn", "mangel"]


def test_a_spanish_family_name_with_y_stays_whole_in_a_chicago_list() -> None:
    found = parse_reference("Agüera y Arcas, Blaise. 2017. Art in the Age of Machine Intelligence. Arts 6: 18.")
    assert [a.get("family") for a in found["author"]] == ["Agüera y Arcas"]


def test_iso_690_s_available_from_before_a_doi_is_no_journal() -> None:
    # "Dostupné z:" (Czech, "available from") announces the DOI; the journal is the name before "[online]"
    found = parse_reference(
        "SUGITA, Shinya. Theory of quantitative reconstruction of vegetation I: pollen from large sites REVEALS "
        "regional vegetation composition. The Holocene [online]. 2007, 17(2), 229–241. Dostupné z: "
        "doi:10.1177/0959683607075837")
    assert found["container-title"] == "The Holocene"
    assert found["DOI"] == "10.1177/0959683607075837"
