"""A post's note written title first: ``*Title*. Given Family & Given Family. site`` (the site's name is what the
note's link left). The examples are written for these tests."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "names", "title", "site"),
    [
        ("*Sliced Wasserstein Kernels for Probability Distributions*. Soheil Kolouri & Gustavo Rohde. arXiv",
         [("Kolouri", "Soheil"), ("Rohde", "Gustavo")], "Sliced Wasserstein Kernels for Probability Distributions",
         "arXiv"),
        ("*Wasserstein Generative Adversarial Networks*. Martin Arjovsky et al. proceedings.mlr.press",
         [("Arjovsky", "Martin")], "Wasserstein Generative Adversarial Networks", "proceedings.mlr.press"),
        ("*Optimal transport for applied mathematicians*. F. Santambrogio. link.springer.com",
         [("Santambrogio", "F.")], "Optimal transport for applied mathematicians", "link.springer.com"),
        ("*Entropic Optimal Transport Between Unbalanced Measures*. Chizat et al. arXiv",
         [("Chizat", None)], "Entropic Optimal Transport Between Unbalanced Measures", "arXiv"),
    ],
)
def test_names_between_an_italic_title_and_a_site_are_the_authors(
        text: str, names: list[tuple[str, str | None]], title: str, site: str) -> None:
    item = parse_reference(text)
    assert [(a.get("family"), a.get("given")) for a in item.get("author", [])] == names
    assert item["title"] == title
    assert item["container-title"] == site


def test_a_house_after_an_italic_title_stays_the_publisher() -> None:
    item = parse_reference("*Topics in Optimal Transportation*. American Mathematical Society.")
    assert "author" not in item
