"""normalisers.title, .container, .publisher, .genre, .markup: text values free of markup."""

from __future__ import annotations

import pytest

from biblio.parse.normalisers.container import container_value
from biblio.parse.normalisers.genre import description_type, description_value
from biblio.parse.normalisers.markup import links, plain
from biblio.parse.normalisers.publisher import place_value, publisher_value, split_place
from biblio.parse.normalisers.title import series_value, title_value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("*Nature*, 12(3)", "Nature, 12(3)"),
        ("_J. Phys._", "J. Phys."),
        ("**bold** and *it*.", "bold and it."),
        ("[The title](https://x.org/a_b)", "The title"),
        ("a&amp;b <i>x</i>", "a&b x"),
        ("snake_case_name", "snake_case_name"),
        ("<https://a.b/c>", "https://a.b/c"),
        ("Title\\*", "Title*"),
        # only complete entities: "&note=" in a query is no "&not;"
        ("https://x.org/q?a=1&note=2&amp;b=3", "https://x.org/q?a=1&note=2&b=3"),
        ("Caf&eacute; &#8211; &#x2014;", "Café – —"),
    ],
)
def test_plain(text: str, value: str) -> None:
    assert plain(text) == value


def test_links() -> None:
    assert links("[Title](https://x.org/page) and <https://y.org>") == [
        ("Title", "https://x.org/page"), ("https://y.org", "https://y.org")]
    assert links('<a href="https://doi.org/10.1/x">Paper</a>') == [("Paper", "https://doi.org/10.1/x")]
    assert links('<a href="https://x.org/?a=1&note=2">Paper</a>') == [("Paper", "https://x.org/?a=1&note=2")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Title.", "Title"),
        ("Is it?", "Is it?"),
        ("Stop!", "Stop!"),
        ('"Quoted Title."', "Quoted Title"),
        ("\u201cA Title,\u201d", "A Title"),
        ("*Book Title: A Subtitle*.", "Book Title: A Subtitle"),
        ("_Title_.", "Title"),
        ("The grav- ity of it.", "The grav-ity of it"),
        ("&lt;Tag&gt; soup.", "<Tag> soup"),
    ],
)
def test_title(text: str, title: str) -> None:
    assert title_value(text) == title


def test_series() -> None:
    assert series_value("(Lecture Notes in Computer Science,") == "Lecture Notes in Computer Science"


@pytest.mark.parametrize(
    ("text", "journal", "value"),
    [
        ("In: Proceedings of the IEEE,", False, "Proceedings of the IEEE"),
        ("In *Handbook of labor economics*", False, "Handbook of labor economics"),
        # the sentence's article before "proceedings" is no part of the name (cs_real4's "In the Proceedings of ICLR")
        ("in the proceedings of the 13th workshop", False, "proceedings of the 13th workshop"),
        ("In Vivo", True, "In Vivo"),  # a journal's own name keeps its "In"
        ("Phys. Rev. Lett.", True, "Phys. Rev. Lett."),  # an abbreviation keeps its period
        # two abbreviated words, or a last word ISO 4 abbreviates journals' names to, keep the closing period
        ("Nat. Commun.", True, "Nat. Commun."),
        ("Phys. Rev.", True, "Phys. Rev."),
        ("Proc. IEEE Conf. Comput. Vis. Pattern Recognit.", False, "Proc. IEEE Conf. Comput. Vis. Pattern Recognit."),
        ("SciPost Phys.", True, "SciPost Phys."),
        ("Nature.", True, "Nature"),
        ("Environmental Research Letters.", True, "Environmental Research Letters"),
        ("Proceedings of the 5th Workshop.", False, "Proceedings of the 5th Workshop"),
        ("*Journal of Applied Psychology*,", True, "Journal of Applied Psychology"),
    ],
)
def test_container(text: str, journal: bool, value: str) -> None:
    assert container_value(text, journal=journal) == value


def test_publisher_and_place() -> None:
    assert publisher_value("Published by Penguin Books.") == "Penguin Books"
    assert publisher_value("Oxford University Press,") == "Oxford University Press"
    assert place_value("New York, NY:") == "New York, NY"


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        ("Oxford: Clarendon Press.", "Oxford", "Clarendon Press"),
        ("Washington, DC: American Psychological Association.", "Washington, DC", "American Psychological Association"),
        ("Springer: Berlin", "Berlin", "Springer"),
        ("Lecture Notes: A Series", None, "Lecture Notes: A Series"),  # neither side is a place
        ("Penguin Books,", None, "Penguin Books"),
    ],
)
def test_place_inside_a_publisher_span(text: str, place: str | None, publisher: str) -> None:
    assert split_place(text) == (place, publisher)


def test_genre() -> None:
    assert description_value("[Doctoral dissertation].") == "Doctoral dissertation"
    assert description_type("Doctoral dissertation") == ("thesis", "genre")
    assert description_type("Data set") == ("dataset", "medium")
    assert description_type("nothing in particular") is None
