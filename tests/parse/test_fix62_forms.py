"""Forms misread in real lists, round fix62: a philosophy or history list's entry opening on a person in natural
order, a bracketed year and a colon, with no imprint after the title.  The references here are written for the
tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, read_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immanuel Kant (1781): Kritik der reinen Vernunft.",
         {"author": [{"family": "Kant", "given": "Immanuel"}], "title": "Kritik der reinen Vernunft",
          "issued": {"date-parts": [[1781]]}}),
        ("Gotthold Ephraim Lessing (1766): Laokoon.",
         {"author": [{"family": "Lessing", "given": "Gotthold Ephraim"}], "title": "Laokoon",
          "issued": {"date-parts": [[1766]]}}),
        ("Immanuel Kant (1790): Kritik der Urteilskraft. Berlin: Lagarde.",
         {"author": [{"family": "Kant", "given": "Immanuel"}], "title": "Kritik der Urteilskraft",
          "publisher": "Lagarde"}),
    ],
)  # fmt: skip
def test_person_year_colon_opens_the_entry(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_a_body_before_the_year_stays_a_body() -> None:
    assert read_fields("Deutsche Bank (2020): Jahresbericht.")["author"] == [{"literal": "Deutsche Bank"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gotthold Ephraim Lessing (1779): Nathan der Weise.",
         {"author": [{"family": "Lessing", "given": "Gotthold Ephraim"}], "title": "Nathan der Weise"}),
        ("Georg Simmel (1900): Philosophie des Geldes.",
         {"author": [{"family": "Simmel", "given": "Georg"}]}),
        ("Edmund Husserl (1913): Ideen zu einer reinen Phänomenologie. Halle: Niemeyer.",
         {"author": [{"family": "Husserl", "given": "Edmund"}], "title": "Ideen zu einer reinen Phänomenologie"}),
    ],
)  # fmt: skip
def test_person_year_colon_is_no_body(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hans Müller (1990): Die Zeit. Stuttgart: Steiner (Epistemata, H. 7).",
         {"publisher": "Steiner", "collection-title": "Epistemata", "collection-number": "7"}),
        ("Müller, H. (1990). Die Zeit. Würzburg: Königshausen & Neumann (Epistemata, H. 7).",
         {"publisher": "Königshausen & Neumann", "collection-title": "Epistemata", "collection-number": "7"}),
        ("Müller, Hans (1990): Die Zeit. Tübingen: Niemeyer (Hermaea, Bd. 92).",
         {"publisher": "Niemeyer", "collection-title": "Hermaea", "collection-number": "92"}),
    ],
)  # fmt: skip
def test_series_bracket_after_the_publisher(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_a_publisher_with_its_bracketed_name_keeps_it() -> None:
    text = "Smith, J. (2010). Title. Paris: ELRA (European Language Resources Association)."
    assert read_fields(text)["publisher"] == "ELRA (European Language Resources Association)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ABBOTT, F., The Common People of Ancient Rome, N. Y., 1911.",
         {"title": "The Common People of Ancient Rome", "publisher-place": "N. Y."}),
        ("CONYBEARE, W. J., and Howson, J. S., Life, Times, and Travels of St. Paul, N. Y., 1869. 2V.",
         {"title": "Life, Times, and Travels of St. Paul", "publisher-place": "N. Y."}),
        ("FOWLER, W. W., Social Life at Rome, N. Y., 1909.",
         {"title": "Social Life at Rome", "publisher-place": "N. Y."}),
    ],
)  # fmt: skip
def test_durant_title_word_before_the_state_closes_the_title(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_durant_town_and_state_after_the_title_comma_stay_the_place() -> None:
    assert read_fields("DIO CASSIUS, History of Rome, Troy, N. Y., 1905. 8V.")["publisher-place"] == "Troy, N. Y."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("APULEIUS, The Golden Ass, tr. W. Adlington, N. Y., 1927.",
         {"author": [{"literal": "APULEIUS"}], "title": "The Golden Ass",
          "translator": [{"family": "Adlington", "given": "W."}], "publisher-place": "N. Y."}),
        ("CATULLUS, Poems, tr. Horace Gregory, N. Y., 1931.",
         {"title": "Poems", "translator": [{"family": "Gregory", "given": "Horace"}], "publisher-place": "N. Y."}),
        ("PLUTARCH, Lives, tr. A. Stewart and G. Long, London, 1880.",
         {"title": "Lives", "translator": [{"family": "Stewart", "given": "A."}, {"family": "Long", "given": "G."}],
          "publisher-place": "London"}),
        ("MOMMSEN, T., History of Rome, tr. W. P. Dickson, N. Y., 1895. 5V.",
         {"author": [{"family": "MOMMSEN", "given": "T."}], "title": "History of Rome",
          "translator": [{"family": "Dickson", "given": "W. P."}], "publisher-place": "N. Y."}),
    ],
)  # fmt: skip
def test_durant_translator_after_the_title(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
