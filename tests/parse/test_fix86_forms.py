"""Forms read wrong before their fixes, typed by hand: a firm's name closed by its legal form (``AG``, ``ASA``,
``Oyj``, ``S.p.A.``, ``B.V.``) read as a family name and initials, a body and its division parted by a comma read as
two persons, a person's natural-order name before an APA year read as a body, a thesis's shortened ``Univ. of X`` read
as a town and a publisher, a country alone before an older book's year read as its publisher, and a work's editor
after a quoted entry read with the work's name as the editors."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import parse_names


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Lindqvist Bergström AG (2017). Bogie maintenance handbook. Winterthur: Lindqvist.", "Lindqvist Bergström AG"),
        ("Norsk Kraftlinje ASA. Annual report 2018. Oslo, 2019.", "Norsk Kraftlinje ASA"),
        ("Valmet Paperi Oyj. Machine rebuild manual. Tampere, 2016.", "Valmet Paperi Oyj"),
        ("Ferrotrasporti S.p.A. (2012). Piano industriale 2012-2015. Milano.", "Ferrotrasporti S.p.A."),
        ("Groningen Havenwerk B.V. (2020). Jaarverslag 2019. Groningen.", "Groningen Havenwerk B.V."),
    ],
)
def test_firm_closed_by_its_legal_form_is_one_body(text: str, firm: str) -> None:
    assert parse_reference(text)["author"] == [{"literal": firm}]


# (guards: a family name with initials that spell a legal form stays a person)
@pytest.mark.parametrize(
    ("names", "person"),
    [
        ("Barto AG", {"family": "Barto", "given": "AG"}),
        ("Eriksson AB", {"family": "Eriksson", "given": "AB"}),
        ("De Souza AG", {"family": "De Souza", "given": "AG"}),
        ("Raman B.V.", {"family": "Raman", "given": "B.V."}),
    ],
)
def test_family_name_and_initials_like_a_legal_form_stay_a_person(names: str, person: dict[str, str]) -> None:
    assert parse_names(names) == [person]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Strade Alpine Lombarde, Direzione Tecnica (2011). Norme per la manutenzione della rete. Milano.",
            "Strade Alpine Lombarde, Direzione Tecnica",
        ),
        (
            "Aeroporti Riuniti Toscani, Direzione Operativa (2019). Manuale di scalo. Firenze.",
            "Aeroporti Riuniti Toscani, Direzione Operativa",
        ),
        (
            "Aguas Claras Andaluzas, Dirección Técnica (2013). Plan de saneamiento. Sevilla.",
            "Aguas Claras Andaluzas, Dirección Técnica",
        ),
    ],
)
def test_body_and_its_division_after_a_comma_are_one_author(text: str, body: str) -> None:
    assert parse_reference(text)["author"] == [{"literal": body}]


def test_natural_order_person_before_an_apa_year() -> None:
    item = parse_reference("Aki Salminen. (2021). Notes on hierarchical priors. Github. https://example.org/priors")
    assert item["author"] == [{"family": "Salminen", "given": "Aki"}]
    assert item["issued"] == {"date-parts": [[2021]]}


@pytest.mark.parametrize(
    "text",
    [
        "Rolf Winter. “Die Glockengießer am Oberrhein.” diss. Univ. of Freiburg, 1931.",
        "Winter, Rolf. “Die Glockengießer am Oberrhein.” diss. Univ. of Freiburg, 1931.",
    ],
)
def test_shortened_university_after_diss_is_the_thesis_publisher(text: str) -> None:
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert item["publisher"] == "Univ. of Freiburg"
    assert "publisher-place" not in item


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Marchand, Louis. *Pièces de clavecin*. France, 1702.", "France"),
        ("Purcell, Henry. *Musick's Hand-maid*. England, 1689.", "England"),
    ],
)
def test_country_alone_before_the_year_is_the_place(text: str, country: str) -> None:
    item = parse_reference(text)
    assert item["publisher-place"] == country
    assert "publisher" not in item


def test_work_editor_after_a_quoted_entry_is_the_editor_of_the_work() -> None:
    item = parse_reference("“Tremolo”, Grove Music Online, ed. L. Macy (accessed March 3 2011)")
    assert item["title"] == "Tremolo"
    assert item["container-title"] == "Grove Music Online"
    assert item["editor"] == [{"family": "Macy", "given": "L."}]
    assert item["accessed"] == {"date-parts": [[2011, 3, 3]]}


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        (
            'Paul Hale. *The Praise of Emperors in "Late Panegyric".* Quaderni Urbinati di Studi Antichi New Series, '
            "Vol.41, No.3. 2004.",
            "Quaderni Urbinati di Studi Antichi New Series",
        ),
        (
            "Marta Bruni. *The Poetics of Consolation.* Bollettino dei Classici New Series, Vol.22, No.1. 2001.",
            "Bollettino dei Classici New Series",
        ),
    ],
)
def test_journal_named_with_its_new_series_before_vol_and_no_is_the_journal(text: str, journal: str) -> None:
    item = parse_reference(text)
    assert item["type"] == "article-journal"
    assert item["container-title"] == journal
    assert "collection-title" not in item
