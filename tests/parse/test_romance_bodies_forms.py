"""Forms of French and Italian reference lists with bodies and imprints the parser once misread
(tests/data/parse/romance_real.jsonl): an organisation named with common words or with a preposition
read as a person, an organisation's name then its acronym in brackets before a title in guillemets,
the first name of a list written family first with its comma left out, and the Italian imprint
that names the city on both sides of the publisher; a meeting's place and year after the proceedings' title
(``Atti del convegno, Ravenna 2004``), read as the imprint's."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.mends.city_year import city_named_twice
from biblio.parse.mends.event_dates import meeting_place_in_container
from biblio.parse.mends.guillemet_names import names_before_guillemets
from biblio.parse.normalisers.names import names_from_span
from tests.parse.test_mends_confusions import fields, spans_of

# ---------------------------------------------------------------- the city on both sides of the publisher


def test_city_named_before_the_publisher_and_again_with_the_year() -> None:
    text = "Rossi, M., *Storia del porto*, Genova, Sagep, Genova 2011."
    spans = spans_of(
        text,
        [
            ("author", "Rossi, M.,"),
            ("title", "Storia del porto*,"),
            ("location", "Genova, Sagep, Genova"),
            ("date", "2011."),
        ],
    )
    assert fields(city_named_twice(spans, text), text)[2:5] == [
        ("location", "Genova,"),
        ("publisher", "Sagep,"),
        ("location", "Genova"),
    ]


def test_city_named_twice_whole_reference() -> None:
    item = read_reference("Verdi, P. (a cura di), *Lettere dal fronte*, Milano, Feltrinelli, Milano 2004.")
    assert item["publisher"] == "Feltrinelli"
    assert item["publisher-place"] == "Milano"
    assert item["issued"] == {"date-parts": [[2004]]}


def test_two_different_places_around_a_name_stay_as_read() -> None:
    # "Paris, Gallimard, Lyon": no city named twice, the reading stands
    text = "Leroy, J., *Les routes*, Paris, Gallimard, Lyon 1979."
    spans = spans_of(
        text,
        [
            ("author", "Leroy, J.,"),
            ("title", "Les routes*,"),
            ("location", "Paris, Gallimard, Lyon"),
            ("date", "1979."),
        ],
    )
    assert city_named_twice(spans, text) == spans


def test_a_place_between_two_mentions_of_a_city_is_no_publisher() -> None:
    text = "Leroy, J., *Les routes*, Paris, London, Paris 1979."
    spans = spans_of(
        text,
        [("author", "Leroy, J.,"), ("title", "Les routes*,"), ("location", "Paris, London, Paris"), ("date", "1979.")],
    )
    assert city_named_twice(spans, text) == spans


# ---------------------------------------------------------------- bodies named before guillemets


def test_acronym_read_apart_from_the_body_before_guillemets() -> None:
    # the body's name read as a title, its acronym and the title in guillemets as a note
    text = "Agence Spatiale Européenne (ESA2), « Rapport annuel », consulté le 3 mai 2021."
    spans = spans_of(
        text,
        [
            ("title", "Agence Spatiale Européenne"),
            ("note", "(ESA2), « Rapport annuel », consulté le 3 mai"),
            ("date", "2021."),
        ],
    )
    assert fields(names_before_guillemets(spans, text), text)[:2] == [
        ("author", "Agence Spatiale Européenne (ESA2)"),
        ("title", "« Rapport annuel », consulté le 3 mai"),
    ]


def test_a_year_in_brackets_is_no_acronym() -> None:
    text = "Dupont (2019), « Rapport », Paris."
    spans = spans_of(text, [("title", "Dupont"), ("note", "(2019), « Rapport »,")])
    assert names_before_guillemets(spans, text) == spans


def test_body_with_acronym_before_guillemets_whole_reference() -> None:
    item = read_reference(
        "World Wide Web Consortium (W3C), « Web Accessibility Guidelines », mis á jour le 5 juin 2018, "
        "consulté le 1er avril 2022, https://www.w3.org/WAI/."
    )
    assert item["author"] == [{"literal": "World Wide Web Consortium (W3C)"}]
    assert item["title"] == "Web Accessibility Guidelines"


# ---------------------------------------------------------------- bodies and persons


def test_body_named_with_common_words_is_no_person() -> None:
    assert names_from_span("Paris Time Machine,") == [{"literal": "Paris Time Machine"}]


def test_body_joined_by_a_preposition_is_no_person() -> None:
    assert names_from_span("Utilisateurs par RENATER,") == [{"literal": "Utilisateurs par RENATER"}]
    assert names_from_span("Carte pour Tous") == [{"literal": "Carte pour Tous"}]


def test_persons_with_name_words_stay_persons() -> None:
    assert names_from_span("Ian Johnson,") == [{"family": "Johnson", "given": "Ian"}]
    assert names_from_span("Rose Young") == [{"family": "Young", "given": "Rose"}]
    assert names_from_span("Per Olsson") == [{"family": "Olsson", "given": "Per"}]


def test_first_name_inverted_without_its_comma() -> None:
    assert names_from_span("Moreau Claire et Anne Petit,") == [
        {"family": "Moreau", "given": "Claire"},
        {"family": "Petit", "given": "Anne"},
    ]


def test_natural_order_names_stay_natural() -> None:
    # the second word a common given name, but no later name in natural order: as written
    assert names_from_span("Olivier Richard") == [{"family": "Richard", "given": "Olivier"}]
    # a given name that is as often a family name (Chinese) is no evidence of the order
    assert names_from_span("Yanting Li, Yan Su, Lianjie Shu") == [
        {"family": "Li", "given": "Yanting"},
        {"family": "Su", "given": "Yan"},
        {"family": "Shu", "given": "Lianjie"},
    ]


# ---------------------------------------------------------------- the meeting's place and year


def test_meeting_place_and_year_belong_to_the_proceedings() -> None:
    text = "Neri, P., Il porto, in Città e mare, Atti del convegno, Genova 2008, Firenze, 2010, 12-30."
    spans = spans_of(
        text,
        [
            ("author", "Neri, P.,"),
            ("title", "Il porto,"),
            ("container-title", "in Città e mare, Atti del convegno,"),
            ("location", "Genova"),
            ("date", "2008,"),
            ("location", "Firenze,"),
            ("date", "2010,"),
        ],
    )
    assert fields(meeting_place_in_container(spans, text), text)[2:4] == [
        ("container-title", "in Città e mare, Atti del convegno, Genova 2008"),
        ("location", "Firenze,"),
    ]


def test_meeting_place_in_brackets_whole_reference() -> None:
    item = read_reference(
        "BLANC J., 2004, « Les monnaies du Midi », in Actes du colloque de la SFN (Lyon 1999), Paris : 15-30."
    )
    assert item["container-title"].endswith("(Lyon 1999)")
    assert item["publisher-place"] == "Paris"
    assert item["issued"] == {"date-parts": [[2004]]}


def test_a_place_and_year_with_no_later_imprint_stay_the_imprint() -> None:
    # no place after them: they are the imprint's
    text = "Neri, P., Il porto, in Atti del convegno, Genova 2008, 12-30."
    spans = spans_of(
        text,
        [
            ("author", "Neri, P.,"),
            ("title", "Il porto,"),
            ("container-title", "in Atti del convegno,"),
            ("location", "Genova"),
            ("date", "2008,"),
        ],
    )
    assert meeting_place_in_container(spans, text) == spans


def test_a_book_that_names_no_meeting_keeps_its_place() -> None:
    text = "Neri, P., Il porto, in Città e mare, Genova 2008, Firenze, 2010."
    spans = spans_of(
        text,
        [
            ("author", "Neri, P.,"),
            ("title", "Il porto,"),
            ("container-title", "in Città e mare,"),
            ("location", "Genova"),
            ("date", "2008,"),
            ("location", "Firenze,"),
        ],
    )
    assert meeting_place_in_container(spans, text) == spans
