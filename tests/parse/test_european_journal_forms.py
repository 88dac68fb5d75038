"""European journal forms whose title was read into a neighbour: Polish ``Names, Title, „Journal” 2018, nr 5``
(``mends/slavic_journals`` with ``mends/title_in_names``) and Italian ``Title, in «Journal», 3`` (``mends/
guillemet_journals``); MNRAS's name lists, which have no title, keep every name."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_polish_title_after_the_names_before_the_quoted_journal() -> None:
    item = parse_reference(
        "Kowalski J., Nowak A., Zarządzanie projektami, „Przegląd Organizacji” 2018, nr 5, s. 12–19."
    )
    assert [a["family"] for a in item["author"]] == ["Kowalski", "Nowak"]
    assert item["title"] == "Zarządzanie projektami"
    assert item["container-title"] == "Przegląd Organizacji"


def test_italian_journal_in_guillemets() -> None:
    item = parse_reference(
        "Rossi, M., Bianchi, L. (2019), L'economia italiana, in «Rivista di Politica Economica», 3, pp. 23-45."
    )
    assert item["title"] == "L'economia italiana"
    assert item["container-title"] == "Rivista di Politica Economica"
    assert item["page"] == "23-45"


def test_mnras_names_without_a_title_stay_names() -> None:
    item = parse_reference("Gaztañaga E., Sravan Kumar K., 2024, J. Cosmology Astropart. Phys., 2024, 001")
    assert len(item["author"]) == 2
    assert "title" not in item
