"""Needs-review's flags that fire whatever the score read what they say: ``publisher:digit`` a number standing
as a word in the publisher (not the digits of ``A24`` or the ordinal of ``20th Century Fox``), and
``name:lowercase-family`` a family name in lower case that is no particle (not ``d'Angelo``'s elided one)."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.review.signals import name_signals, value_signals
from biblio.records.model import flags


@pytest.mark.parametrize("publisher", ["A24", "A24; Plan B Entertainment; Pastel", "20th Century Fox", "3M", "W3C"])
def test_digits_inside_a_name_are_no_number_in_the_publisher(publisher: str) -> None:
    assert value_signals({"type": "motion_picture", "title": "T", "publisher": publisher})["publisher:digit"] == 0.0


@pytest.mark.parametrize("publisher", ["Springer, 2009", "18(4): 470-488", "Marietti 1820"])
def test_a_number_standing_as_a_word_is_one(publisher: str) -> None:
    assert value_signals({"type": "book", "title": "T", "publisher": publisher})["publisher:digit"] == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Jenkins, B. (Director). (2016). *Moonlight* [Film]. A24.",
        "X-Men: Apocalypse (2016). Singer, Bryan USA: 20th Century Fox. [film].",
    ],
)
def test_a_film_by_a_studio_named_with_digits_is_not_flagged(text: str) -> None:
    assert "needs-review" not in flags(read_reference(text))


@pytest.mark.parametrize("family", ["d'Angelo", "d\u2019Avella", "dell'Orto", "d\u2019Alch\u00e9-Buc"])
def test_an_elided_particle_is_no_lower_case_family(family: str) -> None:
    item = {"author": [{"family": family, "given": "A."}]}
    assert name_signals(item)["name:lowercase-family"] == 0.0


@pytest.mark.parametrize("family", ["proteins", "deFazio", "by"])
def test_a_lower_case_word_as_family_still_counts(family: str) -> None:
    assert name_signals({"author": [{"family": family, "given": "A."}]})["name:lowercase-family"] == 1.0


def test_a_reference_to_d_avella_is_not_flagged() -> None:
    text = (
        "9. A. d\u2019Avella, E. Bizzi, Low dimensionality of supraspinally induced force fields. "
        "*Proc. Natl. Acad. Sci. U.S.A.* **95**, 7711\u20137714 (1998)."
    )
    assert "needs-review" not in flags(read_reference(text))


@pytest.mark.parametrize(("family", "given"), [("hooks", "bell"), ("boyd", "danah")])
def test_a_name_written_wholly_in_lower_case_is_no_misread_word(family: str, given: str) -> None:
    assert name_signals({"author": [{"family": family, "given": given}]})["name:lowercase-family"] == 0.0


def test_bell_hooks_read_right_is_not_flagged() -> None:
    text = "hooks, bell. 2000. *Feminism Is for Everybody: Passionate Politics*. London: Pluto Press."
    item = read_reference(text)
    assert item["author"] == [{"family": "hooks", "given": "bell"}]
    assert "needs-review" not in flags(item)


@pytest.mark.parametrize("publisher", ["Channel 4", "BBC Radio 4", "Network 10"])
def test_a_numbered_channel_is_no_number_in_the_publisher(publisher: str) -> None:
    assert value_signals({"type": "broadcast", "title": "T", "publisher": publisher})["publisher:digit"] == 0.0


def test_a_programme_on_channel_4_read_right_is_not_flagged() -> None:
    text = (
        "Hale, Martin, presenter. 2019. *Old Houses*. Season 4, episode 2, “The Mill at Ashby.” Aired March 3, "
        "2019, on Channel 4. Television broadcast."
    )
    item = read_reference(text)
    assert item["publisher"] == "Channel 4"
    assert "needs-review" not in flags(item)


def test_a_patents_filed_and_issued_dates_are_no_lost_text() -> None:
    text = (
        "Ward, Ian, and Lei Sun. 2018. Carbon Filters. Australian application number 2018123456, filed May 2, 2018, "
        "and issued June 22, 2018. https://pericles.ipaustralia.gov.au/ols/auspat/applicationDetails.do?applicationNo=2018123456."
    )
    item = read_reference(text)
    assert "unparsed-remainder" not in flags(item)
