"""Forms of persons' and bodies' names that many reference lists print: suffixes (``Jr.``, ``III``) after a
family name or a name's comma, Iberian double family names in natural order, bodies named with words no
person bears. The examples are written for these tests."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.mends.names import names_between_names
from biblio.parse.normalisers.names import names_from_span, parse_names

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def _authors(text: str) -> list[dict[str, Any]]:
    return [dict(n) for n in parse_reference(text).get("author", [])]


# ---------------------------------------------------------------- suffixes


def test_suffix_before_the_comma_is_no_part_of_the_family_name() -> None:
    assert names_from_span("Pielke Jr., R. A. and Downton, M. W.") == [
        {"family": "Pielke", "given": "R. A.", "suffix": "Jr."},
        {"family": "Downton", "given": "M. W."},
    ]
    assert names_from_span("Witt III, E. C.") == [{"family": "Witt", "given": "E. C.", "suffix": "III"}]
    assert names_from_span("Hale II, Dana and Moss, Rita") == [
        {"family": "Hale", "given": "Dana", "suffix": "II"},
        {"family": "Moss", "given": "Rita"},
    ]


def test_suffix_of_a_copernicus_reference() -> None:
    authors = _authors(
        "Barnes Jr., T. W. and Kello, M. L.: Sediment budgets of small coastal rivers, Earth Surf. Dynam., 9, "
        "211-230, https://doi.org/10.5194/esurf-9-211-2021, 2021."
    )
    assert [(n.get("family"), n.get("suffix")) for n in authors] == [("Barnes", "Jr."), ("Kello", None)]


def test_suffix_between_names_of_a_list() -> None:
    # NLM's "Family II, Jr., Family II": the suffix is the name before it's, never a name of its own
    assert names_from_span("Okoro AB, Lind T, Hale RD, Jr., Moss KP") == [
        {"family": "Okoro", "given": "AB"},
        {"family": "Lind", "given": "T"},
        {"family": "Hale", "given": "RD", "suffix": "Jr."},
        {"family": "Moss", "given": "KP"},
    ]
    # the suffix between the family name and the initials
    assert names_from_span("Hale, Jr, R.D., Moss, K.P. and Lind, T.") == [
        {"family": "Hale", "given": "R.D.", "suffix": "Jr"},
        {"family": "Moss", "given": "K.P."},
        {"family": "Lind", "given": "T."},
    ]


def test_suffix_after_a_name_in_natural_order_is_no_initial() -> None:
    # "Jr." after the comma is the suffix, never the given name of a family "Robert D. Van Valin"
    assert names_from_span("Foley, William A., and Robert D. Van Valin, Jr.") == [
        {"family": "Foley", "given": "William A."},
        {"family": "Van Valin", "given": "Robert D.", "suffix": "Jr."},
    ]
    assert names_from_span("Martin Luther King, Jr.") == [{"family": "King", "given": "Martin Luther", "suffix": "Jr."}]
    assert names_from_span("Strunk, W., Jr.") == [{"family": "Strunk", "given": "W.", "suffix": "Jr."}]


# ---------------------------------------------------------------- bodies named with words


def test_body_named_with_vocabulary_words_is_literal() -> None:
    # words the labelled references hold only outside names, none a given name: a body, not "Given Family"
    assert names_from_span("Citizen Science Cost Action") == [{"literal": "Citizen Science Cost Action"}]
    assert names_from_span("Standards Australia Online") == [{"literal": "Standards Australia Online"}]
    # a lower-case "to" joins no person's names
    assert names_from_span("Bring Change to Mind") == [{"literal": "Bring Change to Mind"}]


def test_persons_whose_names_are_words_stay_persons() -> None:
    assert names_from_span("Mark Young") == [{"family": "Young", "given": "Mark"}]
    assert names_from_span("Rose Hill") == [{"family": "Hill", "given": "Rose"}]
    assert names_from_span("Will Price") == [{"family": "Price", "given": "Will"}]


def test_body_of_words_opening_a_reference() -> None:
    assert _authors("Bring Science Home (2022). Family activity guides.") == [{"literal": "Bring Science Home"}]


# ---------------------------------------------------------------- double family names in natural order


def test_spanish_patronymic_opens_a_double_family_name() -> None:
    # no given name ends in "-ez": the patronymic and the word after it are the two family names
    assert names_from_span("Rocío Hernández Vidal and Tomás Gómez Arranz") == [
        {"family": "Hernández Vidal", "given": "Rocío"},
        {"family": "Gómez Arranz", "given": "Tomás"},
    ]
    assert names_from_span("R. Núñez, L. Martinez Solano, and P. Ortega") == [
        {"family": "Núñez", "given": "R."},
        {"family": "Martinez Solano", "given": "L."},
        {"family": "Ortega", "given": "P."},
    ]
    # a patronymic that closes the name is the one family name after the given names
    assert names_from_span("Juan Luis Suárez") == [{"family": "Suárez", "given": "Juan Luis"}]


def test_double_family_name_in_a_chicago_list() -> None:
    authors = _authors(
        'Ortega, Marta, Pablo Rodríguez Lago, and Elena Vargas. 2019. "Riverbank Archaeology in Castile." '
        "*Journal of Iberian Archaeology* 21: 55–78."
    )
    assert [n.get("family") for n in authors] == ["Ortega", "Rodríguez Lago", "Vargas"]


# ---------------------------------------------------------------- particles


def test_dutch_particle_printed_after_the_given_name() -> None:
    # Dutch catalogues invert "Titia van der Werf" as "Werf, Titia van der": the particle is the family's
    assert names_from_span("Broek, Anouk van den") == [
        {"family": "Broek", "given": "Anouk", "non-dropping-particle": "van den"}
    ]
    assert names_from_span("Berg, K. van der, & Smith, J.") == [
        {"family": "Berg", "given": "K.", "non-dropping-particle": "van der"},
        {"family": "Smith", "given": "J."},
    ]
    # one word after the given name stays with it (Chicago's "Cervantes, Miguel de")
    assert names_from_span("Cervantes, Miguel de") == [{"family": "Cervantes", "given": "Miguel de"}]


def test_romance_conjunction_before_a_particle() -> None:
    assert names_from_span("García, M. y de la Fuente, J.") == [
        {"family": "García", "given": "M."},
        {"family": "Fuente", "non-dropping-particle": "de la", "given": "J."},
    ]
    assert names_from_span("Rossi, M. e della Valle, F.") == [
        {"family": "Rossi", "given": "M."},
        {"family": "Valle", "non-dropping-particle": "della", "given": "F."},
    ]


# ---------------------------------------------------------------- family names alone


def test_family_names_alone_joined_by_a_serial_and() -> None:
    # read as "Family, Given" pairs, the "and" would fall inside a pair: each word is a family name
    assert names_from_span("Alvarez, Brandt, Okafor, and Lindqvist") == [
        {"family": "Alvarez"},
        {"family": "Brandt"},
        {"family": "Okafor"},
        {"family": "Lindqvist"},
    ]
    assert names_from_span("Tanaka, Osei & Ferreira") == [
        {"family": "Tanaka"},
        {"family": "Osei"},
        {"family": "Ferreira"},
    ]
    # a family in capitals, then given names, is one family's two persons
    assert names_from_span("GONCOURT, Edmond et Jules") != [
        {"family": "GONCOURT"},
        {"family": "Edmond"},
        {"family": "Jules"},
    ]
    # MLA's first name inverted, the others in natural order
    assert names_from_span("Smith, John, and Mary Jones") == [
        {"family": "Smith", "given": "John"},
        {"family": "Jones", "given": "Mary"},
    ]


def test_family_names_alone_in_an_author_date_reference() -> None:
    authors = _authors("Brandt, Okafor, Lindqvist, and Alvarez (2021). Pricing under uncertainty. Working paper.")
    assert [n.get("family") for n in authors] == ["Brandt", "Okafor", "Lindqvist", "Alvarez"]
    assert all("given" not in n for n in authors)


def test_spanish_particles_of_plural_articles() -> None:
    assert names_from_span("Diego de las Casas and Ana de los Santos") == [
        {"family": "Casas", "non-dropping-particle": "de las", "given": "Diego"},
        {"family": "Santos", "non-dropping-particle": "de los", "given": "Ana"},
    ]


# ---------------------------------------------------------------- names read into another field


def test_stretch_of_a_natural_order_list_read_as_a_title() -> None:
    text = (
        "Nadia K Osei, Tomasz Wrobel, Henrik Lund, Priya Raman, Jorge de los Reyes, Mei Takahashi, Olaf Berg, "
        "et al. 2024. Sparse adapters at scale. arXiv preprint arXiv:2401.01234."
    )
    spans = spans_of(
        text,
        [
            ("author", "Nadia K Osei, Tomasz Wrobel, Henrik Lund"),
            ("title", ", Priya Raman, Jorge de los Reyes"),
            ("author", ", Mei Takahashi, Olaf Berg, et al."),
            ("date", "2024."),
            ("title", "Sparse adapters at scale."),
            ("note", "arXiv preprint arXiv:2401.01234."),
        ],
    )
    mended = labelled(names_between_names(spans, text))
    assert mended[0] == (
        "author",
        "Nadia K Osei, Tomasz Wrobel, Henrik Lund, Priya Raman, Jorge de los Reyes, Mei Takahashi, Olaf Berg, et al.",
    )
    assert ("title", "Sparse adapters at scale.") in mended


def test_title_between_names_and_editors_is_kept() -> None:
    # a title between an author and an editor span is no stretch of one list
    text = "Ana Ruiz, Lost harbours, Pedro Gil, eds."
    spans = spans_of(text, [("author", "Ana Ruiz"), ("title", ", Lost harbours"), ("editor", ", Pedro Gil, eds.")])
    assert names_between_names(spans, text) == spans


def test_two_persons_in_natural_order_with_a_particle_are_no_body() -> None:
    authors = _authors(
        "Maarten van der Linden and Sofia K. Berg. 2019. Sparse coding of scenes. In Journal of Vision Research."
    )
    assert [(n.get("non-dropping-particle"), n.get("family")) for n in authors] == [
        ("van der", "Linden"),
        (None, "Berg"),
    ]


# ---------------------------------------------------------------- joiners


def test_two_names_in_natural_order_parted_by_a_semicolon() -> None:
    # Wikipedia's cite templates part authors with semicolons; no inverted name holds one
    assert parse_names("Inés Barrio; Kofi Mensah") == [
        {"family": "Barrio", "given": "Inés"},
        {"family": "Mensah", "given": "Kofi"},
    ]
    # bodies stay bodies
    assert parse_names("World Bank; Citizen Science Cost Action") == [
        {"literal": "World Bank"},
        {"literal": "Citizen Science Cost Action"},
    ]


def test_comma_inside_a_bodys_brackets_parts_no_names() -> None:
    assert names_from_span("the Food and Drug Safety Agency (Livsmedels och läkemedelsverket, LLV)") == [
        {"literal": "the Food and Drug Safety Agency (Livsmedels och läkemedelsverket, LLV)"}
    ]
    # a comma outside the brackets still parts two bodies
    assert names_from_span("Environmental Protection Agency, United States (EPA)") == [
        {"literal": "Environmental Protection Agency"},
        {"literal": "United States (EPA)"},
    ]


def test_a_body_named_with_digits_before_a_quoted_title_is_the_author() -> None:
    # a company's name may open on digits glued to its letters; it is still the note's author
    item = parse_reference(
        "4SightMedia, “2019 Corporate Responsibility Report: Supply Chain,” 2019. http://4sightmedia.com/news/2019"
    )
    assert item["author"] == [{"literal": "4SightMedia"}]
    assert item["title"] == "2019 Corporate Responsibility Report: Supply Chain"
