"""German and Dutch humanities forms: ``Name, Vorname, Titel, Untertitel, in: …`` with the title's first word
read as a second author, editors joined by slashes with no comma, Portuguese and Spanish ``Editado por``."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference

CASES = [
    (
        "Sonderegger, Stefan, Politik, Kommunikation und Wirtschaft über den See. Zu den Beziehungen im "
        "Bodenseegebiet im Spätmittelalter, in: Heimatkundliche Blätter 31 (2010), S. 5-20.",
        "Sonderegger",
        "Politik, Kommunikation und Wirtschaft über den See. Zu den Beziehungen im Bodenseegebiet im Spätmittelalter",
    ),
    (
        "Klingenberg, Daniel, Affären, Missbrauchsgerüchte und Bodenseepiraten, in: St. Galler Tagblatt, "
        "Samstag 5. März 2022, S. 26-27.",
        "Klingenberg",
        "Affären, Missbrauchsgerüchte und Bodenseepiraten",
    ),
    (
        "Meier, Thomas, Handel, Verkehr und Zoll am Bodensee, in: Schriften des Vereins für Geschichte des "
        "Bodensees 120 (2002), S. 33-61.",
        "Meier",
        "Handel, Verkehr und Zoll am Bodensee",
    ),
    (
        "Weber, Anna, Klöster, Städte und Adel im Spätmittelalter. Studien zur Herrschaft, Stuttgart 1999.",
        "Weber",
        "Klöster, Städte und Adel im Spätmittelalter. Studien zur Herrschaft",
    ),
    (
        "Stadelmann, Nicole, Austausch übers Wasser, Wirtschaftliche Beziehungen zwischen dem Nord- und "
        "Südufer des Bodensees, in: Zeitschrift für Geschichte 12 (2001), S. 1-20.",
        "Stadelmann",
        "Austausch übers Wasser, Wirtschaftliche Beziehungen zwischen dem Nord- und Südufer des Bodensees",
    ),
]


@pytest.mark.parametrize(("text", "family", "title"), CASES)
def test_title_words_not_a_second_author(text: str, family: str, title: str) -> None:
    item = parse_reference(text)
    assert [a.get("family") for a in item.get("author", [])] == [family]
    assert item.get("title") == title


EDITOR_CASES = [
    (
        "Sonderegger, Stefan, Austausch über den Bodensee im Spätmittelalter, in: Derschka Harald / Klöckler "
        "Jürgen / Zotz Thomas (Hg.), Konstanz und der Südwesten des Reiches, Ostfildern 2017, S. 383-402.",
        [("Derschka", "Harald"), ("Klöckler", "Jürgen"), ("Zotz", "Thomas")],
    ),
    (
        "Meier, Anna, Die Stadt am See, in: Huber-Rebenich Gerlinde / Rohr Christian / Stolz Michael (Hg.), "
        "Wasser in der mittelalterlichen Kultur, Berlin 2017, S. 10-20.",
        [("Huber-Rebenich", "Gerlinde"), ("Rohr", "Christian"), ("Stolz", "Michael")],
    ),
    (
        "Meier, Anna, Die Stadt am See, in: Peter Müller / Thomas Weber (Hg.), Städte am Bodensee, Konstanz "
        "2005, S. 11-30.",
        [("Müller", "Peter"), ("Weber", "Thomas")],
    ),
]


@pytest.mark.parametrize(("text", "editors"), EDITOR_CASES)
def test_slashed_editors_without_commas(text: str, editors: list[tuple[str, str]]) -> None:
    item = parse_reference(text)
    assert [(e.get("family"), e.get("given")) for e in item.get("editor", [])] == editors


ROLE_CASES = [
    (
        "Livro do Desassossego. Editado por Teresa Sobral Cunha. Campinas, SP: Unicamp. [2 volumes] 2ª edição "
        "ISBN 85-268-0288-7",
        [("Cunha", "Teresa Sobral")],
        "Livro do Desassossego",
    ),
    (
        "Pessoa, Fernando. Obra poética. Editado por Maria Aliete Galhoz. Rio de Janeiro: Nova Aguilar, 1986.",
        [("Galhoz", "Maria Aliete")],
        "Obra poética",
    ),
]


@pytest.mark.parametrize(("text", "editors", "title"), ROLE_CASES)
def test_editado_por_names_the_editors(text: str, editors: list[tuple[str, str]], title: str) -> None:
    item = parse_reference(text)
    assert [(e.get("family"), e.get("given")) for e in item.get("editor", [])] == editors
    assert item.get("title") == title


NUMBER_YEAR_CASES = [
    (
        "Brugmann, Thomas, Spätmittelalterliche Nachrichtenübermittlung über den Bodensee, in: Schriften des "
        "Vereins für Geschichte des Bodensees und seiner Umgebung 132/2014, S. 31-56.",
        {"volume": "132", "issue": None, "issued": {"date-parts": [[2014]]}},
    ),
    (
        "Müller, Hans, Die Zollstätten am See, in: Zeitschrift für die Geschichte des Oberrheins 45/1998, S. 11-40.",
        {"volume": "45", "issue": None, "issued": {"date-parts": [[1998]]}},
    ),
    (
        "Meyer, Bruno, Die Schwyzer Landleute im Spätmittelalter, in: Mitteilungen des Historischen Vereins des "
        "Kantons Schwyz 101/2009, S. 9-41.",
        {"volume": "101", "issue": None, "issued": {"date-parts": [[2009]]}},
    ),
]


@pytest.mark.parametrize(("text", "fields"), NUMBER_YEAR_CASES)
def test_number_over_year(text: str, fields: dict[str, object]) -> None:
    item = parse_reference(text)
    assert {k: item.get(k) for k in fields} == fields
