"""Spanish and Portuguese forms: translators written out after a title or before the container (``Traducción de
Ana Ruiz.``, ``traduzido por Márcia T. Cavalcanti,``: ``mends.role_phrases.role_phrase_apart``), and Portuguese
``Em`` before the book that holds a chapter (``normalisers.container``)."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.mends.role_phrases import role_phrase_apart
from biblio.parse.normalisers.container import container_value
from tests.parse.test_mends_confusions import fields, spans_of


def test_spanish_translator_read_into_the_title() -> None:
    text = "Vidal, Marta. (2021). Archivos abiertos en red. Traducción de Pere Soler Vila. *Blog Datos*."
    spans = spans_of(
        text,
        [
            ("author", "Vidal, Marta."),
            ("date", "(2021)."),
            ("title", "Archivos abiertos en red. Traducción de Pere Soler Vila."),
            ("container-title", "*Blog Datos*."),
        ],
    )
    assert fields(role_phrase_apart(spans, text), text)[2:4] == [
        ("title", "Archivos abiertos en red. "),
        ("translator", "Traducción de Pere Soler Vila"),
    ]


def test_portuguese_translator_read_into_the_container() -> None:
    text = 'Costa, Rui, "Guardar os dados", traduzido por Ana P. Lima, *Revista Digital*, 2020.'
    spans = spans_of(
        text,
        [
            ("author", "Costa, Rui,"),
            ("title", '"Guardar os dados",'),
            ("container-title", "traduzido por Ana P. Lima, *Revista Digital*,"),
            ("date", "2020."),
        ],
    )
    assert fields(role_phrase_apart(spans, text), text)[2:4] == [
        ("translator", "traduzido por Ana P. Lima"),
        ("container-title", ", *Revista Digital*,"),
    ]


def test_portuguese_translator_end_to_end() -> None:
    item = read_reference(
        'Costa, Rui, "Guardar os dados", traduzido por Ana P. Lima, *Revista Digital*, 2020, https://example.org/g.'
    )
    assert item["container-title"] == "Revista Digital"
    assert [n.get("family") for n in item["translator"]] == ["Lima"]


def test_portuguese_in_mark_is_no_part_of_the_book() -> None:
    assert container_value("Em Escrever a História Digital, 159–70.") == "Escrever a História Digital, 159–70"
    assert container_value("Emerging Markets Review") == "Emerging Markets Review"


def test_portuguese_chapter_in_a_book_end_to_end() -> None:
    item = read_reference(
        "Souto, Rita, e Paulo Neves. “Dados e escrita histórica”. Em Escrever a História na Era Digital, 33–58. "
        "Lisboa: Edições Colibri, 2015."
    )
    assert item["container-title"] == "Escrever a História na Era Digital"
    assert item["publisher"] == "Edições Colibri"
