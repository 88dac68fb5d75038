"""Nature's chapter and proceedings form (``mends/nature_chapters``) and ACS's edition after a plain title
(``mends/edition_title.edition_closing_title``)."""

from __future__ import annotations

from biblio.parse import parse_reference


def _families(item: dict, var: str) -> list[str]:
    return [n.get("family", "") for n in item.get(var, [])]


def test_natures_chapter_book_editors_pages_and_imprint() -> None:
    # the book ran into the editors' bracket ("Handbook of Things (") and the editor was "eds Smith"
    item = parse_reference("5. Jones, A. B. in Handbook of Things (eds Smith, C. & Brown, D.) 45–67 (Springer, 2019).")
    assert (item["container-title"], item["page"], item["publisher"]) == ("Handbook of Things", "45-67", "Springer")
    assert _families(item, "editor") == ["Smith", "Brown"]
    assert item["issued"] == {"date-parts": [[2019]]}


def test_natures_proceedings_with_a_title_and_the_last_authors_initials_before_in() -> None:
    item = parse_reference(
        "7. Brown, T. B. et al. Language models are few-shot learners. In Proc. Advances in Neural Information "
        "Processing Systems 33 (eds Larochelle, H. et al.) 1877–1901 (Curran Associates, 2020)."
    )
    assert item["title"] == "Language models are few-shot learners"
    assert item["container-title"] == "Proc. Advances in Neural Information Processing Systems 33"
    assert (item["page"], item["publisher"]) == ("1877-1901", "Curran Associates")
    item = parse_reference(
        "12. Hochreiter, S. & Schmidhuber, J. in Neural Computation Vol. 9 (ed. Sejnowski, T.) 1735–1780 "
        "(MIT Press, 1997)."
    )
    assert _families(item, "author") == ["Hochreiter", "Schmidhuber"]
    assert (item["container-title"], item["volume"], item["page"]) == ("Neural Computation", "9", "1735-1780")


def test_acs_edition_after_a_plain_title() -> None:
    item = parse_reference(
        "(8) Atkins, P.; de Paula, J. Physical Chemistry, 9th ed.; Oxford University Press: Oxford, 2010; pp 45–50."
    )
    assert (item["title"], item["edition"]) == ("Physical Chemistry", "9")
    assert item["publisher"] == "Oxford University Press"
