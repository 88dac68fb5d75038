"""A Chicago note in natural order, ``Given Family, Title, Title: Subtitle (Place: Publisher, Year)``: no stop after
the name, so the title's first comma parts were read as more names."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_title_comma_parts_after_one_name_are_the_title() -> None:
    item = parse_reference(
        "Lynn Hunt, Politics, Culture, and Class in the French Revolution (Berkeley: University of California "
        "Press, 1984), 52."
    )
    assert item["author"] == [{"family": "Hunt", "given": "Lynn"}]
    assert item["title"] == "Politics, Culture, and Class in the French Revolution"
    item = parse_reference("Peter Burke, Popular Culture, Religion, and Society: Essays (Cambridge, 1987).")
    assert item["author"] == [{"family": "Burke", "given": "Peter"}]
    assert item["title"] == "Popular Culture, Religion, and Society: Essays"


def test_unbracketed_facts_close_the_title_too() -> None:
    item = parse_reference(
        "Jack Goody, Cooking, Cuisine and Class: A Study in Comparative Sociology, Cambridge: Cambridge University "
        "Press, 1982."
    )
    assert item["author"] == [{"family": "Goody", "given": "Jack"}]
    assert item["title"] == "Cooking, Cuisine and Class: A Study in Comparative Sociology"
    assert item["publisher"] == "Cambridge University Press"


def test_later_persons_stay_names() -> None:
    item = parse_reference(
        "Mary Beard, John North, and Simon Price, Religions of Rome (Cambridge: Cambridge University Press, 1998)."
    )
    assert [a["family"] for a in item["author"]] == ["Beard", "North", "Price"]
    item = parse_reference(
        "Gilles Deleuze, Félix Guattari, A Thousand Plateaus (Minneapolis: University of Minnesota Press, 1987)."
    )
    assert [a["family"] for a in item["author"]] == ["Deleuze", "Guattari"]
