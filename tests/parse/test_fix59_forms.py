"""Forms earlier rounds found and left, round fix59: a Spanish given name closing on a devotion (``M. del Carmen
López-Barrera``) written before the family name; a stop or a comma typed twice (``(eds..)``, ``pp.. 10-20``,
``Title,, subtitle``); a university's imprint and its college town (``Texas A&M University, College Station``); a
Chicago short note whose title holds commas and abstract nouns (``Berlin, Liberty, Equality and Fraternity, 45.``).
The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, read_fields

_CARMEN = {"family": "López-Barrera", "given": "M. del Carmen"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("39. A.T. Badaró, J.F. Garcia-Martin, M. del Carmen López-Barrera, D.F. Barbin, Determination of pectin "
         "content in orange peels, Food Chem. 323 (2020) 126861.", _CARMEN),
        ('[3] M. del Carmen López-Barrera, J. van der Berg, and K. Lee, "A study of things," IEEE Trans. Power '
         "Syst., vol. 5, no. 2, pp. 10-20, 2018.", _CARMEN),
        ('M. del Carmen López-Barrera and J. van der Berg, "A study of things," Journal of Ecology 12 (2018): 10-20.',
         _CARMEN),
        ('[12] A. Ruiz, M. del Pilar Fernández, and J. Soto, "Soil carbon in olive groves," Geoderma, vol. 12, '
         "pp. 1-9, 2019.", {"family": "Fernández", "given": "M. del Pilar"}),
        ('R. de la Luz Martínez and P. van der Berg, "Soil carbon," Geoderma 12 (2019): 1-9.',
         {"family": "Martínez", "given": "R. de la Luz"}),
        ("Smith, J., M. del Carmen López-Barrera, and J. van der Berg. 2018. A study of things. Journal of Ecology "
         "12: 10-20.", _CARMEN),
        ("María del Carmen López, La casa grande (Madrid: Cátedra, 2019), 45.",
         {"family": "López", "given": "María del Carmen"}),
        ('[4] María del Carmen López, Juan Pérez, "La casa grande," Revista de Historia, vol. 12, pp. 1-9, 2019.',
         {"family": "López", "given": "María del Carmen"}),
    ],
)  # fmt: skip
def test_a_devotional_given_name_before_the_family_name_is_the_given_names(text: str, name: dict[str, str]) -> None:
    assert name in read_fields(text)["author"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A. Smith, J. de la Cruz, Soil carbon in olive groves, Geoderma 12 (2019) 1-9.",
         {"family": "Cruz", "non-dropping-particle": "de la", "given": "J."}),
        ("Smith A, van der Berg J, Lee K. Soil carbon in olive groves. Geoderma. 2019;12:1-9.",
         {"family": "Berg", "non-dropping-particle": "van der", "given": "J"}),
        ("López-Barrera, M. del Carmen, and J. van der Berg. 2018. A study of things. Journal of Ecology 12: 10-20.",
         _CARMEN),
    ],
)  # fmt: skip
def test_a_family_particle_stays_the_familys(text: str, name: dict[str, str]) -> None:
    assert name in read_fields(text)["author"]


DOUBLED: list[tuple[str, dict[str, Any]]] = [
    ("Smith, J. (ed..) (2010). The book of things. London: Routledge.",
     {"editor": [{"family": "Smith", "given": "J."}], "author": None}),
    ("Smith, J. and Brown, K. (eds..) (2010). The book of things. London: Routledge.",
     {"editor": [{"family": "Smith", "given": "J."}, {"family": "Brown", "given": "K."}], "author": None}),
    ("Jones, A. (2012). A chapter. In J. Smith (Ed..), The book of things (pp.. 10-20). London: Routledge.",
     {"editor": [{"family": "Smith", "given": "J."}], "container-title": "The book of things", "page": "10-20"}),
    ("Brown, K. (2015). A paper. Journal of Things, Vol.. 12, No. 3, pp.. 45-67.",
     {"volume": "12", "issue": "3", "page": "45-67"}),
    ("Brown, K., 2015. A paper. Journal of Things, 12(3), pp..45-67.", {"page": "45-67"}),
    ('Haleh Afshar, "Women and Politics in Iran," in Haleh Afshar, ed.. Women and Politics in the Third World '
     "(London: Routledge, 1996), p. 126.",
     {"editor": [{"family": "Afshar", "given": "Haleh"}], "container-title": "Women and Politics in the Third World"}),
    ("Brown, K. (2015). A paper,, with subtitle. Journal of Things, 12(3), 45-67.",
     {"title": "A paper, with subtitle"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DOUBLED)
def test_a_stop_or_comma_typed_twice_reads_as_one(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_an_ellipsis_is_no_doubled_stop() -> None:
    assert read_fields("Smith, J. (2001). Wait... what? Journal of Things, 12, 1-5.")["container-title"] == (
        "Journal of Things"
    )


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        ("Smith, J. (2015). A thesis on cotton (Doctoral dissertation). Texas A&M University, College Station.",
         "Texas A&M University", "College Station"),
        ("Smith, J. 2015. Soil fertility of upland fields. PhD diss., Texas A&M University, College Station.",
         "Texas A&M University", "College Station"),
        ("Smith, J. (2015). Soil fertility of upland fields. Pennsylvania State University, University Park.",
         "Pennsylvania State University", "University Park"),
        ("Lee, K. (2011). Water rights in the high plains. Texas Tech University, Lubbock.",
         "Texas Tech University", "Lubbock"),
        ("Ortiz, R. (2009). Grazing and shrub cover. Colorado State University, Fort Collins.",
         "Colorado State University", "Fort Collins"),
    ],
)  # fmt: skip
def test_a_university_then_its_college_town_is_publisher_and_place(text: str, publisher: str, place: str) -> None:
    assert_read_as(text, {"publisher": publisher, "publisher-place": place})


@pytest.mark.parametrize(
    ("text", "family", "title", "page"),
    [
        ("Berlin, Liberty, Equality and Fraternity, 45.", "Berlin", "Liberty, Equality and Fraternity", "45"),
        ("Smith, Liberty, Equality and Fraternity, 45.", "Smith", "Liberty, Equality and Fraternity", "45"),
        ("Paris, Justice, Fairness and Equality, 12.", "Paris", "Justice, Fairness and Equality", "12"),
        ("London, Empire, Nation and Modernization, 88-90.", "London", "Empire, Nation and Modernization", "88-90"),
    ],
)  # fmt: skip
def test_a_short_note_title_of_abstract_nouns_holds_its_commas(text: str, family: str, title: str, page: str) -> None:
    assert_read_as(text, {"author": [{"family": family}], "title": title, "page": page})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris, The Long Night, 12.", {"author": [{"family": "Paris"}], "title": "The Long Night"}),
        ("Smith, Jones, and Brown, 45.", {"title": None, "page": "45"}),
        ("Berlin, Isaiah. Four Essays on Liberty. Oxford: Oxford University Press, 1969.",
         {"author": [{"family": "Berlin", "given": "Isaiah"}], "publisher-place": "Oxford"}),
    ],
)  # fmt: skip
def test_short_notes_and_full_entries_beside_them(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        ("Harpring, Patricia. 2013. *Introduction to Controlled Vocabularies: Terminology for Art, Architecture, and "
         "Other Cultural Works,* updated ed.. Los Angeles: Getty Research Institute.", "updated"),
        ("Harpring, Patricia. 2013. *Introduction to Controlled Vocabularies: Terminology for Art and Other Cultural "
         "Works,* updated ed. Los Angeles: Getty Research Institute.", "updated"),
        ("Smith, John. 2010. *A Book of Things*. Rev. ed. New York: Norton.", "Rev"),
    ],
)  # fmt: skip
def test_a_named_edition_after_the_title_is_the_edition(text: str, edition: str) -> None:
    assert_read_as(text, {"edition": edition, "collection-title": None})


@pytest.mark.parametrize(
    ("text", "title", "site"),
    [
        ("[Lee2024] Karen Lee, 2024-03-02, Parsing, Testing, and the Future (Part 1), Acme Engineering Blog",
         "Parsing, Testing, and the Future (Part 1)", "Acme Engineering Blog"),
        ("Doe, Jane. ‘Reading Old Maps’. Jane Doe Weblog, March 2020. https://example.org/maps.",
         "Reading Old Maps", "Jane Doe Weblog"),
        ("Episode 40 - Dr. Ann Roe: Supporting Families After Loss. (2015, May 4). FamilyWork Podcast Series. [Audio "
         "Podcast] Retrieved from http://example.org/podcast/episode.asp?ep=40",
         "Episode 40 - Dr. Ann Roe: Supporting Families After Loss", "FamilyWork Podcast Series"),
        ("Lee, K. 2019. Building a parser, Acme Engineering Blog.", "Building a parser", "Acme Engineering Blog"),
        ("[Roe2025] David Roe, 2025-02-11, Memory Safety, Rust, Supply Chains, and the Future (Part 3), OpenSSF Blog",
         "Memory Safety, Rust, Supply Chains, and the Future (Part 3)", "OpenSSF Blog"),
        ("Roe, D. (2025). Memory safety in practice. Rust Foundation Blog.", "Memory safety in practice",
         "Rust Foundation Blog"),
    ],
)  # fmt: skip
def test_a_weblog_or_podcast_after_the_title_is_the_container(text: str, title: str, site: str) -> None:
    assert_read_as(text, {"title": title, "container-title": site, "publisher": None})


def test_a_weblogs_name_is_no_author() -> None:
    text = "Doe, Jane. ‘Reading Old Maps’. Jane Doe Weblog, March 2020. https://example.org/maps."
    assert read_fields(text)["author"] == [{"family": "Doe", "given": "Jane"}]
