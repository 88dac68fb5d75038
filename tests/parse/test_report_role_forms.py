"""Role words, report numbers and reprints: initials that spell a role, a report's number and
institution, an editor after a title, a reprint's second imprint."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.normalisers.names import strip_roles


def families(item: dict, var: str) -> list[str]:
    return [n.get("family", n.get("literal", "")) for n in item.get(var, [])]


def test_vancouver_initials_spelling_ed_are_no_role() -> None:
    item = read_reference(
        "Danto SI, Shannon JM, Borok Z, Zabski SM, Crandall ED. Reversible transdifferentiation of alveolar "
        "epithelial cells. Am J Respir Cell Mol Biol 1995; 12, pages 497-502."
    )
    assert "editor" not in item
    assert families(item, "author") == ["Danto", "Shannon", "Borok", "Zabski", "Crandall"]
    assert item["author"][-1]["given"] == "ED"


def test_vancouver_initials_spelling_tr_and_hg_are_no_role() -> None:
    item = read_reference("Clapp TR, Stone LM, Welgus HG. Taste cells of the rat. J Comp Neurol 1995; 12:497-502.")
    assert "translator" not in item and "editor" not in item
    assert families(item, "author") == ["Clapp", "Stone", "Welgus"]
    assert strip_roles("Lacraz S, Welgus HG.") == "Lacraz S, Welgus HG."


def test_role_words_after_a_comma_or_in_lower_case_stay_roles() -> None:
    assert strip_roles("Smith J, ED.") == "Smith J"
    assert strip_roles("Tulving, Endel, and Fergus I. M. Craik, eds.") == "Tulving, Endel, and Fergus I. M. Craik"
    assert strip_roles("Jane Smith (ED.)") == "Jane Smith"
    item = read_reference("Smith J, ed. The book of days. London: Macmillan; 1990.")
    assert families(item, "editor") == ["Smith"] and "author" not in item
