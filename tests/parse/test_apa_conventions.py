"""biblio.parse.readers.apa.conventions: the APA reader's record in biblio's record conventions."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.readers.apa import parse_apa
from biblio.parse.readers.apa.conventions import conventions


def test_article_number_is_the_page() -> None:
    item = conventions(parse_apa(
        "Kalnay, M. T., & Okafor, B. (2021). Sleep timing and exam performance. "
        "*Journal of Applied Developmental Science, 42*, Article 101284. https://doi.org/10.1016/j.x.2021.101284"))
    assert item is not None and item["page"] == "101284" and "number" not in item


def test_original_work_published_is_the_original_date() -> None:
    item = parse_reference("Piaget, J., & Inhelder, B. (1969). *The psychology of the child* (H. Weaver, Trans.; "
                           "2nd ed.). Basic Books. (Original work published 1966)")
    assert item["original-date"] == {"date-parts": [[1966]]}
    assert "issue" not in item and item["publisher"] == "Basic Books" and "container-title" not in item
    assert item["type"] == "book"


def test_site_after_the_title_is_the_container() -> None:
    item = parse_reference("Fagan, J. (n.d.). *Understanding lichen symbiosis*. Field Guide Online. "
                           "https://fieldguide.example.org/lichens/symbiosis")
    assert item["container-title"] == "Field Guide Online" and "publisher" not in item


def test_handle_is_no_second_author() -> None:
    item = parse_reference("Gates, B. [@BillGates]. (2019, September 7). *Today, it's easy to take clean water "
                           "for granted* [Tweet]. Twitter. https://twitter.com/BillGates/status/1170305718425137152")
    assert item["author"] == [{"family": "Gates", "given": "B."}]
    assert item["custom"]["biblio"]["handles"] == ["@BillGates"]
    assert item["container-title"] == "Twitter"


def test_editor_and_translator_in_one_bracket() -> None:
    item = parse_reference("Freud, S. (2010). *The interpretation of dreams* (J. Strachey, Ed. & Trans.). "
                           "Basic Books. (Original work published 1900)")
    assert item["editor"] == item["translator"] == [{"family": "Strachey", "given": "J."}]
    assert item["title"] == "The interpretation of dreams" and item["publisher"] == "Basic Books"
