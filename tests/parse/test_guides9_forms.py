"""Forms of the Chicago style-guide examples left wrong in the guide sets (round guides9): a title's
opening quote or italics glued to the year's full stop, and an italic run whose opening mark a
Markdown copy typed before its space."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.input_text import tidy_input
from biblio.parse.model.labeller import Reading
from biblio.parse.review.marks import mark_signals
from biblio.parse.tokens import tokenize


def test_title_glued_to_the_year_is_read_apart_from_it() -> None:
    item = parse_reference(
        "Yothu Yindi. 1991.“Treaty - Radio Mix.” Track 15 on *Tribal Voice*. Bloodlines, 2012. "
        "Spotify streaming audio. https://open.spotify.com/track/7ekVHGEpJcNrvLOUZNj8Ik"
    )
    assert item["issued"] == {"date-parts": [[1991]]}
    assert item["title"] == "Treaty - Radio Mix"
    assert item["container-title"] == "Tribal Voice"
    assert item["publisher"] == "Bloodlines"


def test_italic_run_opened_before_its_space() -> None:
    item = parse_reference(
        "Otto, Ton, and Nils Bubandt, eds. 2010.* Experiments in Holism: Theory and Practice in "
        "Contemporary Anthropology*. Malden, MA: Wiley-Blackwell."
    )
    assert item["issued"] == {"date-parts": [[2010]]}
    assert item["title"] == "Experiments in Holism: Theory and Practice in Contemporary Anthropology"
    assert [e["family"] for e in item["editor"]] == ["Otto", "Bubandt"]
    item = parse_reference(
        "Gordon-Roth, Jessica. 2019. “Locke on Personal Identity.” In* The Stanford Encyclopedia of "
        "Philosophy*, edited by Edward N. Zalta. https://plato.stanford.edu/entries/locke-personal-identity/."
    )
    assert item["container-title"] == "The Stanford Encyclopedia of Philosophy"


def test_marks_that_open_nothing_are_left_as_written() -> None:
    # a closing italic mark glued to the next word, a lone footnote star, a year inside a title
    for text in (
        "Lee, A. 2010. *Proceedings 2019.*Boston: Beacon.",
        "Smith, J.* Jones, K. (2010). Title. Journal, 3, 1-2.",
        "Lee, A. (2010). Report 2019. Agency.",
    ):
        assert tidy_input(text) == text


def test_note_site_named_by_its_domain_is_the_container() -> None:
    item = parse_reference(
        "Darren Cartwright, “Masks Should Not Be Mandatory When Community Transmission Not Prevalent: Experts,” "
        "news.com.au, January 20, 2021, https://www.news.com.au/national/breaking-news/masks-should-not-be-"
        "mandatory-when-community-transmission-not-prevalent-experts/news-story/d6e7e901285f86cebd5fee333777747a."
    )
    assert item["container-title"] == "news.com.au"
    assert item["issued"] == {"date-parts": [[2021, 1, 20]]}
    assert "source" not in item


def test_approximate_original_date_before_the_reprint_year() -> None:
    # CMOS's "ca." before an ancient work's date, in brackets before the year of the edition cited
    item = parse_reference(
        "Confucius. (ca. 500 BCE) 1979. *The Analects*. Translated by D. C. Lau. New York: Penguin Books."
    )
    assert item["issued"] == {"date-parts": [[1979]]}
    assert item["title"] == "The Analects"
    assert item["publisher"] == "Penguin Books"
    assert item["publisher-place"] == "New York"
    item = parse_reference(
        "Lao-tzu. (ca. 6th century BC) 1993. *Tao Te Ching*. Translated by Stephen Addiss and Stanley Lombardo. "
        "Cambridge, MA: Hackett Publishing Company."
    )
    assert item["issued"] == {"date-parts": [[1993]]}
    assert item["publisher"] == "Hackett Publishing Company"


def _inside(text: str, labels: list[str]) -> float:
    tokens = tokenize(text)
    assert len(tokens) == len(labels), [t.text for t in tokens]
    return mark_signals(Reading(tokens, labels, [1.0] * len(labels), [], 1.0))["marks:odd-inside"]


def test_comma_inside_an_italic_title_is_no_sign_of_a_run_over_field() -> None:
    text = "*Campaigns and Elections: Rules, Reality, Strategy, Choice*"
    labels = [t.kind and "title" for t in tokenize(text)]
    italic = _inside(text, labels)
    # the same words without italics keep the counts' doubt
    plain = "Campaigns and Elections: Rules, Reality, Strategy, Choice"
    assert italic < 0.1 < _inside(plain, ["title"] * len(tokenize(plain)))
    # a full stop inside italics (a title run into the journal's name) keeps the counts' doubt
    run = "*Globodera rostochiensis. Molecular Plant Pathology*"
    assert _inside(run, [t.kind and "title" for t in tokenize(run)]) > 0.5


def test_journal_numbered_by_year_after_the_author_date_year() -> None:
    item = parse_reference(
        "Takahashi, Tetsumi, and Stephan Koblmüller. 2011. “The Adaptive Radiation of Cichlid Fish in Lake "
        "Tanganyika: A Morphological Perspective.” *International Journal of Evolutionary Biology* 2011. "
        "https://doi.org/10.4061/2011/620754."
    )
    assert item["volume"] == "2011"
    assert item["issued"] == {"date-parts": [[2011]]}
    assert item["container-title"] == "International Journal of Evolutionary Biology"
    assert item["DOI"] == "10.4061/2011/620754"
    # a volume that is no year is read as before
    item = parse_reference(
        "Meier, Joana I., and Ole Seehausen. 2017. “Ancient Hybridization Fuels Rapid Cichlid Fish Adaptive "
        "Radiations.” *Nature Communications* 8. https://doi.org/10.1038/ncomms14363."
    )
    assert item["volume"] == "8"
    assert item["issued"] == {"date-parts": [[2017]]}
