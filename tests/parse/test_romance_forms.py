"""Forms of French, Italian and Dutch reference lists the parser reads (tests/data/parse/romance_real.jsonl):
the Italian book imprint ``Editore, Città Anno``, Italian particles of family names (``dalla``,
``Dal``), the bracketed role ``(a cura di)`` after the names, the role phrases written out after a
title (``Sous la direction de``, ``Traduit par``, ``a cura di``, ``onder redactie van``), and the
access notes ``consulté le``, ``ultimo accesso``, ``geraadpleegd op`` with their months."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.input_text import tidy_input
from biblio.parse.mends.anno_volume import anno_is_volume
from biblio.parse.mends.city_year import publisher_then_city_year
from biblio.parse.mends.containers import in_italics_is_container
from biblio.parse.mends.dates import (
    access_date_apart,
    access_note_closes_span,
    no_date_words_are_date,
    update_note_is_date,
)
from biblio.parse.mends.guillemet_names import names_before_guillemets
from biblio.parse.mends.numbered_editions import numbered_edition
from biblio.parse.mends.region_codes import region_code_imprint
from biblio.parse.mends.role_phrases import role_phrase_apart
from biblio.parse.mends.roles import role_after_names_apart
from biblio.parse.normalisers.dates import read_date
from biblio.parse.normalisers.edition import edition_value
from biblio.parse.normalisers.names import names_from_span
from biblio.parse.normalisers.volume import volume_issue
from tests.parse.test_mends_confusions import fields, spans_of

# ---------------------------------------------------------------- the Italian imprint


def test_italian_imprint_publisher_then_city_touching_the_year() -> None:
    item = read_reference("Bianchi L., *Le città invisibili del Novecento*, Einaudi, Torino 1998.")
    assert item["publisher"] == "Einaudi"
    assert item["publisher-place"] == "Torino"
    assert item["issued"] == {"date-parts": [[1998]]}


def test_italian_imprint_with_two_cities_joined() -> None:
    text = "Ferri, A., *Il lavoro e la fabbrica*, Laterza, Roma-Bari 2004."
    spans = spans_of(
        text,
        [
            ("author", "Ferri, A.,"),
            ("title", "Il lavoro e la fabbrica*,"),
            ("location", "Laterza, Roma-Bari"),
            ("date", "2004."),
        ],
    )
    assert fields(publisher_then_city_year(spans, text), text)[2:4] == [
        ("publisher", "Laterza"),
        ("location", "Roma-Bari"),
    ]


def test_a_known_city_first_is_the_place_not_the_publisher() -> None:
    # "Paris, Gallimard 1979": the place first, so no Italian imprint
    text = "Leroy, J., *Les routes du sel*, Paris, Gallimard 1979."
    spans = spans_of(
        text,
        [
            ("author", "Leroy, J.,"),
            ("title", "Les routes du sel*,"),
            ("location", "Paris, Gallimard"),
            ("date", "1979."),
        ],
    )
    assert publisher_then_city_year(spans, text) == spans


def test_a_comma_before_the_year_is_no_italian_imprint() -> None:
    # "Feltrinelli, Milano, 2019": the city does not touch the year, the reading stands
    text = "Neri, C., *Le parole del mare*, Feltrinelli, Milano, 2019."
    spans = spans_of(
        text,
        [
            ("author", "Neri, C.,"),
            ("title", "Le parole del mare*,"),
            ("location", "Feltrinelli, Milano,"),
            ("date", "2019."),
        ],
    )
    assert publisher_then_city_year(spans, text) == spans


# ---------------------------------------------------------------- names and roles


def test_italian_particles_stay_with_the_family_name() -> None:
    assert names_from_span("dalla Torre, G.,") == [{"family": "Torre", "non-dropping-particle": "dalla", "given": "G."}]
    assert names_from_span("Dal Pozzo, L.") == [{"family": "Dal Pozzo", "given": "L."}]
    assert names_from_span("Dallari, P.") == [{"family": "Dallari", "given": "P."}]


def test_a_cura_di_after_the_names_makes_them_editors() -> None:
    item = read_reference("Rossi, M. (a cura di), *Storia del Mezzogiorno*, Mondadori, Milano 2010.")
    assert item["editor"] == [{"family": "Rossi", "given": "M."}]
    assert "author" not in item
    assert item["title"] == "Storia del Mezzogiorno"


def test_bracketed_role_read_apart_from_the_names() -> None:
    text = "Conti, F. (a cura di), *Il paesaggio agrario*, Einaudi, Torino 1990."
    spans = spans_of(text, [("author", "Conti, F."), ("date", "("), ("title", "a cura di), *Il paesaggio agrario*,")])
    mended = fields(role_after_names_apart(spans, text), text)
    assert mended[0] == ("editor", "Conti, F. (a cura di)")
    assert mended[1][0] == "title" and "cura" not in mended[1][1]


def test_french_role_phrases_after_the_title() -> None:
    text = (
        "Martin, Paul. 2015. *Les villes médiévales*. Sous la direction de Anne Leroy. Traduit par Jean Dupuis. "
        "Paris : Seuil."
    )
    spans = spans_of(
        text,
        [
            ("author", "Martin, Paul."),
            ("date", "2015."),
            ("title", "Les villes médiévales*. Sous la direction de Anne Leroy."),
            ("publisher", "Traduit par Jean Dupuis."),
            ("location", "Paris :"),
            ("publisher", "Seuil."),
        ],
    )
    mended = fields(role_phrase_apart(spans, text), text)
    assert ("editor", "Sous la direction de Anne Leroy") in mended
    assert ("translator", "Traduit par Jean Dupuis") in mended
    assert [label for label, _ in mended].count("publisher") == 1


def test_role_phrase_names_end_at_a_full_stop_after_a_word_not_after_an_initial() -> None:
    text = "« Le relieur ». Dans *Manuel du relieur*. Sous la direction de L. Mulo, 12-40. Paris : Roret."
    spans = spans_of(
        text, [("title", "« Le relieur ». Dans *Manuel du relieur*. Sous la direction de L. Mulo, 12-40.")]
    )
    assert ("editor", "Sous la direction de L. Mulo") in fields(role_phrase_apart(spans, text), text)
    item = read_reference("Vos, Anna. *Het stadhuis*. Onder redactie van Pieter de Graaf. Amsterdam: Boom, 2001.")
    assert item["editor"] == [{"family": "Graaf", "non-dropping-particle": "de", "given": "Pieter"}]


def test_a_title_word_par_is_no_role_phrase() -> None:
    text = "Roux, E. *Voyage par la mer*. Paris : Seuil, 1990."
    spans = spans_of(text, [("author", "Roux, E."), ("title", "Voyage par la mer*."), ("location", "Paris :")])
    assert role_phrase_apart(spans, text) == spans


# ---------------------------------------------------------------- access notes


def test_consulte_le_before_the_date_is_the_access_date() -> None:
    item = read_reference(
        "Dupont, Marie, « Les archives du web », *Blog des archives*, consulté le 3 mars 2021, https://example.org/a."
    )
    assert item["accessed"] == {"date-parts": [[2021, 3, 3]]}
    assert "issued" not in item
    assert item["container-title"] == "Blog des archives"


def test_access_note_read_into_a_quoted_title() -> None:
    text = "Heurist, « Guide en ligne », consulté le 1er avril 2022, https://example.org/guide."
    spans = spans_of(
        text,
        [("author", "Heurist,"), ("title", "« Guide en ligne », consulté le 1er avril"), ("date", "2022,")],
    )
    mended = [(label, value.strip()) for label, value in fields(access_date_apart(spans, text), text)]
    assert mended[1:] == [("title", "« Guide en ligne »,"), ("accessed", "1er avril 2022,")]


def test_access_note_closing_a_container() -> None:
    text = "Jansen, P., *Blog Stadsarchief*, geraadpleegd op 12 mei 2019, https://example.nl/stad."
    spans = spans_of(
        text, [("author", "Jansen, P.,"), ("container-title", "Blog Stadsarchief*, geraadpleegd op 12 mei 2019,")]
    )
    mended = [(label, value.strip()) for label, value in fields(access_note_closes_span(spans, text), text)]
    assert mended[1:] == [("container-title", "Blog Stadsarchief*,"), ("accessed", "12 mei 2019,")]


def test_italian_and_dutch_access_dates() -> None:
    assert read_date("ultimo accesso 5 maggio 2020").accessed == {"date-parts": [[2020, 5, 5]]}
    assert read_date("consultato il 3 marzo 2021").accessed == {"date-parts": [[2021, 3, 3]]}
    assert read_date("geraadpleegd op 12 mei 2019").accessed == {"date-parts": [[2019, 5, 12]]}
    assert read_date("3 maart 2018").issued == {"date-parts": [[2018, 3, 3]]}


# ---------------------------------------------------------------- Italian journals, French notes, no date


def test_a_double_quote_closed_by_two_single_ones_is_one_quotation() -> None:
    assert tidy_input("in “Studi storici’’, n. 3, 1999.") == "in “Studi storici”, n. 3, 1999."
    item = read_reference("Verdi G., *Le fabbriche del Nord*, in “Studi storici’’, n.3/4, marzo 1998.")
    assert item["container-title"] == "Studi storici"
    assert item["issue"] == "3/4"


def test_the_run_year_anno_closing_an_italian_journal_is_its_volume() -> None:
    text = "Bruni A., *La città e il porto*, in “Quaderni urbani”, anno IV, n. 1, 2009."
    spans = spans_of(
        text,
        [("author", "Bruni A.,"), ("title", "La città e il porto*,"), ("journal", "in “Quaderni urbani”, anno IV,")],
    )
    assert [(label, value.strip()) for label, value in fields(anno_is_volume(spans, text), text)][2:] == [
        ("journal", "in “Quaderni urbani”"),
        ("volume", "anno IV,"),
    ]
    assert volume_issue("anno IV")[0] == "IV"


def test_names_before_guillemets_open_a_french_note() -> None:
    text = "Archives nationales (AN), « Guide des fonds », consulté le 2 mai 2021, https://example.fr/guide."
    spans = spans_of(
        text, [("title", "Archives nationales (AN), « Guide des fonds », consulté le 2 mai"), ("date", "2021,")]
    )
    assert fields(names_before_guillemets(spans, text), text)[:2] == [
        ("author", "Archives nationales (AN)"),
        ("title", "« Guide des fonds », consulté le 2 mai"),
    ]


def test_a_title_with_a_comma_before_guillemets_inside_is_no_name() -> None:
    # a number before the comma: no names
    text = "Rapport 2019, « bilan », Paris."
    spans = spans_of(text, [("title", "Rapport 2019, « bilan »,")])
    assert names_before_guillemets(spans, text) == spans


def test_no_date_words_in_french_italian_and_dutch() -> None:
    for words in ("sans date", "s. d.", "senza data", "z.j.", "z.d."):
        assert read_date(words).no_date, words
    text = "Ville de Lyon, « Plan du site », sans date, consulté le 4 juin 2020, https://example.fr/plan."
    spans = spans_of(
        text,
        [
            ("author", "Ville de Lyon,"),
            ("title", "« Plan du site »,"),
            ("container-title", "sans date,"),
            ("accessed", "4 juin 2020,"),
        ],
    )
    assert fields(no_date_words_are_date(spans, text), text)[2] == ("date", "sans date,")


# ---------------------------------------------------------------- editions and update notes


def test_french_italian_and_dutch_edition_statements() -> None:
    for statement, number in (
        ("2e éd.", "2"),
        ("Troisième édition", "3"),
        ("seconda edizione", "2"),
        ("2a ed.", "2"),
        ("3e druk", "3"),
        ("tweede druk", "2"),
    ):
        assert edition_value(statement) == number, statement
    item = read_reference("Morel, J. *Histoire des jardins*. Deuxième édition. Lyon : Presses de la ville, 2008.")
    assert item["edition"] == "2"
    assert item["title"] == "Histoire des jardins"
    text = "Guerin, Paul. 1980. *Les orgues de France*. 2e éd. Paris : Picard."
    spans = spans_of(text, [("author", "Guerin, Paul."), ("date", "1980."), ("title", "Les orgues de France*. 2e éd.")])
    assert ("edition", "2e éd.") in fields(numbered_edition(spans, text), text)


def test_update_note_gives_the_date_only_when_no_other_date_is_read() -> None:
    text = "« Jardins publics », Wikipédia, mis à jour le 3 juin 2020, consulté le 1er mai 2022, https://example.org/j."
    spans = spans_of(
        text,
        [
            ("title", "« Jardins publics »,"),
            ("container-title", "Wikipédia, mis à jour le 3 juin 2020,"),
            ("accessed", "1er mai 2022,"),
        ],
    )
    mended = [(label, value.strip()) for label, value in fields(update_note_is_date(spans, text), text)]
    assert mended[1:3] == [("container-title", "Wikipédia,"), ("date", "3 juin 2020,")]
    dated = [*spans, *spans_of(text, [("date", "2022")])[-1:]]
    assert update_note_is_date(dated, text) == dated


# ---------------------------------------------------------------- the place with its region code


def test_place_with_its_region_code_then_the_publisher() -> None:
    text = "Leclerc, Anne. 1995. *Les ponts de Lyon*. Lyon, FR-ARA : Éditions du Rhône."
    spans = spans_of(
        text,
        [
            ("author", "Leclerc, Anne."),
            ("date", "1995."),
            ("title", "Les ponts de Lyon*."),
            ("location", "Lyon,"),
            ("publisher", "FR-ARA : Éditions du Rhône."),
        ],
    )
    assert fields(region_code_imprint(spans, text), text)[3:] == [
        ("location", "Lyon, FR-ARA"),
        ("publisher", "Éditions du Rhône"),
    ]
    item = read_reference(
        "Hart, Mary. 2011. « Linked data ». Rapport. Boston, USA-MA : Data Press. https://example.org/hart."
    )
    assert item["publisher-place"] == "Boston, USA-MA"
    assert item["publisher"] == "Data Press"


def test_a_colon_without_a_region_code_is_left_to_the_other_mends() -> None:
    text = "Leclerc, Anne. 1995. *Les ponts de Lyon*. Lyon : Éditions du Rhône."
    spans = spans_of(text, [("author", "Leclerc, Anne."), ("location", "Lyon :"), ("publisher", "Éditions du Rhône.")])
    assert region_code_imprint(spans, text) == spans


def test_publisher_read_into_the_italic_title_before_the_city() -> None:
    text = "Neri, C., *Le parole del mare*, Sellerio, Palermo 2015."
    spans = spans_of(
        text,
        [
            ("author", "Neri, C.,"),
            ("title", "Le parole del mare*, Sellerio,"),
            ("location", "Palermo"),
            ("date", "2015."),
        ],
    )
    assert [(label, value.strip()) for label, value in fields(publisher_then_city_year(spans, text), text)][1:3] == [
        ("title", "Le parole del mare*"),
        ("publisher", "Sellerio"),
    ]


def test_dans_and_an_italic_work_is_the_container() -> None:
    text = "Larousse. 2019. « Estuaire ». Dans *Dictionnaire de français*. Paris : Larousse."
    spans = spans_of(
        text,
        [
            ("author", "Larousse."),
            ("date", "2019."),
            ("title", "« Estuaire »."),
            ("source", "Dans *Dictionnaire de français*."),
            ("location", "Paris :"),
            ("publisher", "Larousse."),
        ],
    )
    assert fields(in_italics_is_container(spans, text), text)[3] == (
        "container-title",
        "Dans *Dictionnaire de français*.",
    )


def test_chicago_reprint_original_year_in_brackets_before_the_year_cited() -> None:
    assert read_date("(1900) 2006.").issued == {"date-parts": [[2006]]}
    assert read_date("(1308–1321) 2021.").issued == {"date-parts": [[2021]]}
    assert read_date("(2005)").issued == {"date-parts": [[2005]]}
    item = read_reference("Perrin, Luc. (1923) 2004. *Les moulins du Nord*. Lille : Septentrion.")
    assert item["issued"] == {"date-parts": [[2004]]}
