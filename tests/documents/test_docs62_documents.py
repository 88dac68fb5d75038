"""Pages whose reference lists a reader finds at once: JSON front matter before the Markdown, a Romance heading
qualified by "de référence" or "de consulta", the citation form shown above the entries, and linked entries cut to
some of their numbers; the examples are written for these tests."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.detect import sniff_kind


def _sources(text: str, name: str) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


_JSON_FRONT_MATTER = """{
  "title": "Un solveur de contraintes",
  "date": "2024-03-02",
  "tags": ["logique", "graphes"]
}

## Contexte
Le projet résout des problèmes de coloration.

## Bibliographie
1. D. E. Knuth, “Dancing links,” Millennial Perspectives in Computer Science, pp. 187–214, 2000.
2. N. Wirth, Algorithms + Data Structures = Programs, Prentice-Hall, 1976.
"""


def test_a_page_opening_on_json_front_matter_is_a_document() -> None:
    assert sniff_kind(_JSON_FRONT_MATTER) == "document"
    assert [source.split(",")[0] for source in _sources(_JSON_FRONT_MATTER, "page.md")] == ["D. E. Knuth", "N. Wirth"]


def test_json_alone_is_still_read_as_csl_json() -> None:
    assert sniff_kind('{"type": "book", "title": "Programs"}\n') == "csl-json"
    assert sniff_kind('{"type": "book", "title": "A"}\n{"type": "book", "title": "B"}\n') == "csl-json"


_QUALIFIED = """# Plan du cours

Le cours couvre la livraison continue.

### {heading}
- Jez Humble & David Farley, *Continuous Delivery* (Addison-Wesley)
- Betsy Beyer et al., *Site Reliability Engineering* (O'Reilly)

### Conseils
- Préparer les machines en avance.
"""


def test_a_romance_bibliography_heading_qualified_after_the_noun() -> None:
    for heading in ("Bibliographie de référence", "Bibliografía de consulta", "Bibliografia básica"):
        found = _sources(_QUALIFIED.format(heading=heading), "plan.md")
        assert [source.split(",")[0] for source in found] == ["Jez Humble & David Farley", "Betsy Beyer et al."]


_TEMPLATE = """## Referencias

Autor, A. (año). *Título del trabajo*. Editorial. \\
Wirth, N. (1976). *Algorithms + data structures = programs*. Prentice-Hall.
Knuth, D. E. (1984). Literate programming. *The Computer Journal*, 27(2), 97-111.
"""


def test_the_citation_form_shown_above_the_list_is_no_reference() -> None:
    assert [source.split(",")[0] for source in _sources(_TEMPLATE, "informe.md")] == ["Wirth", "Knuth"]


_LINKED_GAPS = """## Quellen

1. [Gartenlexikon — Monstera](https://example.org/monstera) — Pflege
2. [Zimmerpflanzen heute](https://example.org/zimmer) — Standort
7. [Smith & Jones (2019): Leaf growth in shade, Plant Journal 12(3):45–52](https://example.org/leaf) — Licht
11. [Pflanzenportal — Gießen](https://example.org/giessen) — Wasser
"""


def test_linked_entries_with_gaps_in_their_numbers_are_each_an_entry() -> None:
    items = read_document(_LINKED_GAPS, "steckbrief.md").items
    assert [item["custom"]["biblio"].get("label") for item in items] == ["1.", "2.", "7.", "11."]


_POINTING = """## Referências bibliográficas

-   Souza, Pedro (2021). _Aprendizado de máquina em R_. Disponível gratuitamente [aqui](https://example.org/livro/).
-   Lima, Ana (2020). _Gráficos com ggplot2_. Disponível gratuitamente [aqui](https://example.org/graficos/).
"""


def test_a_link_whose_words_only_point_gives_its_address_to_the_parser() -> None:
    items = read_document(_POINTING, "curso.md").items
    assert [item.get("URL") for item in items] == ["https://example.org/livro/", "https://example.org/graficos/"]
    assert [item.get("publisher") for item in items] == [None, None]
