"""biblio.parse.citation_label: the label before a list entry is kept apart from its first field."""

from __future__ import annotations

import pytest

from biblio.parse.citation_label import split_label


@pytest.mark.parametrize(
    ("text", "variable", "value", "rest"),
    [
        ("[Kor09] Y. Koren, R. Bell. Title. 2009.", "citation-label", "Kor09", "Y. Koren"),
        ("[fomel2009] Fomel, Sergey. Title.", "citation-label", "fomel2009", "Fomel"),
        ("[F_UNCLE] \"F_UNCLE: Functional\" https://x.org", "citation-label", "F_UNCLE", '"F_UNCLE'),
        ("[12] S. Haykin, Neural Networks.", "citation-number", "12", "S. Haykin"),
        ("[ 3 ]S. Haykin, Neural Networks.", "citation-number", "3", "S. Haykin"),
        ("12. Smith J. A title. Nature. 2001;3:4-5.", "citation-number", "12", "Smith J."),
        ("(12) Smith J. A title.", "citation-number", "12", "Smith J."),
        ("4) Smith J. A title.", "citation-number", "4", "Smith J."),
    ],
)
def test_labels_split_off(text: str, variable: str, value: str, rest: str) -> None:
    label = split_label(text)
    assert label is not None
    assert (label.variable, label.value) == (variable, value)
    assert text[label.end :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J. (2001). Title. Journal.",
        "1984. (1949). Secker & Warburg.",  # a year, not a list number
        "[@BillGates] Gates, B. (2019).",  # a handle, not a key
        "[Photograph of a bridge]. (2001). Museum.",  # a bracketed description has spaces
        "[12]",  # nothing after the label: no reference to read
        "3D printing in medicine. (2019). Journal.",
    ],
)
def test_no_label(text: str) -> None:
    assert split_label(text) is None


def test_parse_keeps_label_and_source() -> None:
    from biblio.parse import parse_reference

    text = ("[Kor09] Y. Koren, R. Bell, and C. Volinsky. *Matrix Factorization Techniques for Recommender "
            "Systems*. Computer, 42(8):30-37, August 2009.")
    item = parse_reference(text)
    assert [a["family"] for a in item["author"]] == ["Koren", "Bell", "Volinsky"]
    assert item["citation-label"] == "Kor09"
    assert item["custom"]["biblio"]["source"] == text
    numbered = parse_reference("[4] S. Haykin, *Neural Networks and Learning Machines*, 3rd ed. Pearson, 2009.")
    assert numbered["citation-number"] == "4" and numbered["author"][0]["family"] == "Haykin"
