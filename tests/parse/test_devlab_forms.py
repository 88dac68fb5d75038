"""Forms of the dev-split round (devlab): each a convention many lists print, found on the calibration and
training splits' wrong references."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.split_journal import abbreviation_cut


def test_untitled_physics_reference_keeps_its_abbreviated_journal_whole() -> None:
    # "Names: Journal Vol, Page (Year)", no title: the LNCS reader had cut the journal at its first period
    item = parse_reference("Lee, T.D., Yang, C.N.: Phys. Rev. 104, 254 (1956)")
    assert "title" not in item and item["container-title"].rstrip(".") == "Phys. Rev"
    assert (item["volume"], item["page"]) == ("104", "254")
    item = parse_reference("C. G. Bollini, T. Escobar and M. C. Rocca : Int. J. of Theor. Phys. 38, 2315( 1999).")
    assert "title" not in item and item["container-title"].rstrip(".") == "Int. J. of Theor. Phys"
    model = {"container-title": "Phys. Lett. B"}
    assert abbreviation_cut({"title": "Phys", "container-title": "Lett. B"}, model)
    # a title of its own: a word that is no abbreviation, or a model that read a title
    assert not abbreviation_cut({"title": "Parity violation", "container-title": "Lett. B"}, model)
    assert not abbreviation_cut({"title": "Phys", "container-title": "Lett. B"}, {**model, "title": "A title"})


def test_degree_before_thesis_does_not_end_the_title() -> None:
    # "Ph.D." is no sentence's end: the APA reader had kept "Ph.D" in the title and "thesis" alone as the genre
    item = parse_reference(
        "Plotkin, G. D. (1971a). Automatic Methods of Inductive Inference. Ph.D. thesis, Edinburgh University."
    )
    assert (item["type"], item["title"]) == ("thesis", "Automatic Methods of Inductive Inference")
    assert (item["genre"], item["publisher"]) == ("Ph.D. thesis", "Edinburgh University")


def test_single_quoted_title_before_a_journal_volume_colon() -> None:
    # the colon of "103: 1651" is no subtitle's: the quote closes the title (it was cut at its first comma)
    item = parse_reference(
        "Berman, Harold J. (1994), ‘The Origins of Historical Jurisprudence: Coke, Selden, Hale’, Yale Law "
        "Journal, 103: 1651-738."
    )
    assert item["title"] == "The Origins of Historical Jurisprudence: Coke, Selden, Hale"
    assert (item["container-title"], item["volume"]) == ("Yale Law Journal", "103")
    # a quoted phrase opening a title with a subtitle stays in the title
    item = parse_reference(
        "Smith, J. (2019). ‘Fake news’ and trust: A study of readers. Journal of Things, 3(2), 1-10."
    )
    assert item["title"] == "‘Fake news’ and trust: A study of readers"


def test_magazine_season_and_year_are_no_volume() -> None:
    # Chicago's magazine date after the name: "Winter 2008" had gone to the journal and "2008" to the volume
    item = parse_reference(
        'Colley, Thomas N. "The Path to the Passion throgh Job." Lutheran Forum, Winter 2008: 14-17.'
    )
    assert (item["container-title"], item["page"]) == ("Lutheran Forum", "14-17")
    assert item["issued"]["date-parts"][0][0] == 2008 and "volume" not in item


def test_a_one_word_title_before_an_italic_journal_is_no_abbreviation_cut() -> None:
    item = parse_reference("Doe, A. (2019). Other. *J*, 3, 1-2. https://x.org/a/")
    assert item.get("title") == "Other"
    assert item.get("container-title") == "J"
