"""How real mathematics and theoretical computer-science reference lists (``math_real.jsonl``) open:
a bare list number as PDFs give LaTeX's numbered lists, and names in small capitals joined by
``AND`` or closed by a colon (Theory of Computing)."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.citation_label import split_label
from biblio.parse.normalisers.names import names_from_span


def _families(item: dict) -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get("author", [])]


# ---------------------------------------------------------------- bare list numbers


def test_a_bare_number_before_a_name_is_the_citation_number() -> None:
    for text, number in [
        ("7 Anna Berg, Olof Lind, and Per Ek. Sorting in place. J. ACM, 12(3):1-9, 2001.", "7"),
        ("23 K. Nakamura. Graph minors revisited. PhD thesis, Kyoto University, 2019.", "23"),
        ("104 Lothar Weiss and Ute Kamp. Cut rules. In LICS, pages 1-10, 1999.", "104"),
    ]:
        label = split_label(text)
        assert label is not None and label.variable == "citation-number" and label.value == number


def test_a_bare_number_opening_a_title_is_no_label() -> None:
    for text in [
        "100 Years of Solitude. Penguin, 1990.",
        "2019 Smith, J. Title of a work.",
        "3 ways to sort a list. Blog post, 2020.",
    ]:
        assert split_label(text) is None


def test_a_bare_numbered_reference_keeps_its_first_author() -> None:
    item = parse_reference("7 Anna Berg and Olof Lindqvist. Sorting in place. J. ACM, 12(3):1–9, 2001.")
    assert _families(item) == ["Berg", "Lindqvist"]
    assert item["citation-number"] == "7"


# ---------------------------------------------------------------- names in small capitals


def test_and_between_names_in_capitals_joins_them() -> None:
    assert [n["family"] for n in names_from_span("P. ERDŐS AND A. RÉNYI,")] == ["ERDŐS", "RÉNYI"]
    names = names_from_span("JOHN SMITH, MARY JONES, AND ALAN TURING:")
    assert [(n["family"], n["given"]) for n in names] == [("SMITH", "JOHN"), ("JONES", "MARY"), ("TURING", "ALAN")]


def test_theory_of_computing_names_end_to_end() -> None:
    item = parse_reference(
        "[9] RONALD GRAHAM AND JOEL SPENCER: Ramsey theory for graphs. *J. Combin. Theory*, 10(2):1–20, 1990."
    )
    assert _families(item) == ["GRAHAM", "SPENCER"]
    assert item["title"] == "Ramsey theory for graphs"


def test_a_body_named_in_capitals_keeps_its_and() -> None:
    assert names_from_span("SURFACE AND INTERFACE ANALYSIS") == [{"literal": "SURFACE AND INTERFACE ANALYSIS"}]


def test_names_in_capitals_written_family_first_are_left_as_they_are() -> None:
    # each part closed by initials: the labelled data keep such a run whole
    assert names_from_span("LANG K. L. AND BERG A.") == [{"literal": "LANG K. L. AND BERG A."}]
