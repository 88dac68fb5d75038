"""A lesson's reference list whose items hold the names, year and title while the venue or house stands in the
first sub-item under each (the reader's remarks in the sub-items after it), and list items that are wholly one link
whose words name a page with a particle in them. The examples are written for these tests."""

from __future__ import annotations

from typing import Any

from biblio.api import read_document


def _items(text: str, name: str = "notes.md") -> list[dict[str, Any]]:
    return list(read_document(text, name).items)


_SUB_ITEMS = """# Aula 3

## Referências

- **Souza, M. A.** (2014). *Estruturas de Dados em Prática* (3ª ed.).
  - Editora Moderna.
  - Capítulos 2-4: listas, pilhas e filas
- **Lima, R.** (2009). "Índices para bancos de dados móveis".
  - *Revista Brasileira de Computação*, vol. 12, no. 3.
  - Leitura complementar para a segunda unidade
- **Ramos, P. & Costa, L.** (2018).
  - *Projeto de Algoritmos* (2ª ed.). Editora Saber.
"""


def test_the_venue_or_house_in_the_first_sub_item_belongs_to_the_reference() -> None:
    items = _items(_SUB_ITEMS)
    assert len(items) == 3
    assert [item.get("publisher") for item in items] == ["Editora Moderna", None, "Editora Saber"]
    assert items[1]["container-title"] == "Revista Brasileira de Computação"
    assert items[1]["volume"] == "12"
    assert items[2]["title"] == "Projeto de Algoritmos"
    # the remarks under them stay annotations, no part of the references
    assert all("Capítulos" not in item["custom"]["biblio"]["source"] for item in items)
    assert items[0]["custom"]["biblio"]["annotation"] == "Capítulos 2-4: listas, pilhas e filas"


def test_a_complete_reference_keeps_its_sub_items_as_remarks() -> None:
    text = """## Referencias

- Pérez, J. (2017). *Arquitectura limpia*. Ediciones Norte.
  - Capítulo 5.
"""
    items = _items(text)
    assert len(items) == 1
    assert items[0]["publisher"] == "Ediciones Norte"
    assert items[0]["custom"]["biblio"]["annotation"] == "Capítulo 5."


def test_a_whole_link_whose_words_have_no_punctuation_is_a_page_title() -> None:
    text = """## Bibliographie

* [Guide de Nextflow](https://nextflow.example.org/guide)
* [Manuel de Kraken2](https://kraken.example.org/manual)
* [Documentation de Samtools2](https://samtools.example.org/docs)
"""
    items = _items(text)
    assert [item.get("title") for item in items] == ["Guide de Nextflow", "Manuel de Kraken2",
                                                     "Documentation de Samtools2"]
    assert all("author" not in item for item in items)


def test_abnt_bold_titles_after_a_surname_in_capitals_are_titles() -> None:
    text = """# Aula 7

Referências Bibliográficas

SOUZA, R. M. **Fundamentos de redes de computadores**. Porto Alegre. Ed. Sulina, 2004.

LIMA, A., Rocha B., **Programação concorrente: Threads, processos e filas em Java**, Ed. Novatec, 2016.
"""
    items = _items(text)
    assert [item["title"] for item in items] == ["Fundamentos de redes de computadores",
                                                 "Programação concorrente: Threads, processos e filas em Java"]
    assert "container-title" not in items[1]


def test_a_bold_name_among_others_stays_a_name() -> None:
    text = """## Publications

- Valen, JA, Sorens, LR, **Camara, DM**, Wong, F (2023), A pipeline for automated learning, _Nat Commun_, 14, 1-10
- Marsh, AM, **Camara, D**, Shaw, J (2004), A study of two growth phases, _Curr Genomics_, 5, 100-110
"""
    items = _items(text)
    assert [a["family"] for a in items[0]["author"]] == ["Valen", "Sorens", "Camara", "Wong"]
