"""Mends for the forms of humanities references: theses in brackets, German imprints and series,
role marks, volume words, place-first imprints, nested quotes."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.containers import container_after_in_mark, italic_source_is_container, journal_in_source
from biblio.parse.mends.dates import dotted_date
from biblio.parse.mends.given_names import given_name_in_title
from biblio.parse.mends.imprints import place_before_publisher
from biblio.parse.mends.roles import role_ends_names, role_opens_title
from biblio.parse.mends.series import series_after_italics, series_after_year
from biblio.parse.mends.theses import degree_in_brackets
from biblio.parse.mends.volumes import volume_before_date, volume_read_as_edition, volume_word_then_number
from biblio.parse.normalisers.names import names_from_span
from biblio.parse.normalisers.quoted import quoted_span
from biblio.parse.normalisers.volume import issue_value
from biblio.parse.spans import Span


def spans_of(text: str, labelled: list[tuple[str, str]]) -> list[Span]:
    out, pos = [], 0
    for label, piece in labelled:
        start = text.index(piece, pos)
        out.append(Span(label, piece, start, start + len(piece), 0.5))
        pos = start + len(piece)
    return out


def labelled(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in spans]


def test_degree_university_and_year_in_brackets() -> None:
    text = 'Ruiz, A. "Un título." (Tesis doctoral, Universidad de Granada, 2019a). https://example.org/t'
    spans = spans_of(
        text,
        [
            ("author", "Ruiz, A."),
            ("title", '"Un título."'),
            ("note", "(Tesis doctoral, Universidad de Granada, 2019a)."),
            ("url", "https://example.org/t"),
        ],
    )
    out = labelled(degree_in_brackets(spans, text))
    assert ("genre", "Tesis doctoral") in out
    assert ("publisher", "Universidad de Granada") in out
    assert ("date", "2019a).") in out


def test_degree_with_the_year_read_apart() -> None:
    text = 'Lima, B. "Título" (Dissertação de mestrado, Universidade do Porto, 2020).'
    spans = spans_of(
        text,
        [
            ("author", "Lima, B."),
            ("title", '"Título"'),
            ("publisher", "(Dissertação de mestrado, Universidade do Porto,"),
            ("date", "2020)."),
        ],
    )
    out = labelled(degree_in_brackets(spans, text))
    assert out[2:] == [("genre", "Dissertação de mestrado"), ("publisher", "Universidade do Porto"), ("date", "2020).")]


def test_no_degree_no_change() -> None:
    text = "Doe, J. Title (Oxford University Press, 2019)."
    spans = spans_of(
        text,
        [("author", "Doe, J."), ("title", "Title"), ("publisher", "(Oxford University Press,"), ("date", "2019).")],
    )
    assert degree_in_brackets(spans, text) == spans


def test_bracketed_role_mark_goes_with_the_editors() -> None:
    text = "Weller, K.: Title, in: Zimmer, Michael (Hg.): Internet research ethics, New York 2017, S. 1–5."
    spans = spans_of(
        text,
        [
            ("author", "Weller, K.:"),
            ("title", "Title,"),
            ("editor", "in: Zimmer, Michael"),
            ("container-title", "(Hg.): Internet research ethics,"),
            ("location", "New York"),
            ("date", "2017,"),
            ("pages", "S. 1–5."),
        ],
    )
    out = labelled(role_opens_title(spans, text))
    assert out[2] == ("editor", "in: Zimmer, Michael (Hg.): ")
    assert out[3] == ("container-title", "Internet research ethics,")


def test_names_ending_in_a_role_word_are_editors() -> None:
    text = "Godbarge, Clément, éd. *Correspondence*. https://example.org/"
    spans = spans_of(
        text, [("author", "Godbarge, Clément, éd."), ("title", "Correspondence*."), ("url", "https://example.org/")]
    )
    assert role_ends_names(spans, text)[0].label == "editor"
    plain = spans_of(
        "Godbarge, Clément. *Correspondence*.", [("author", "Godbarge, Clément."), ("title", "Correspondence*.")]
    )
    assert role_ends_names(plain, "Godbarge, Clément. *Correspondence*.") == plain


def test_volume_word_and_its_number() -> None:
    text = "In *Proceedings*, Lecture Notes in Computer Science, vol. 12824. Cham : Springer, 2021, 351–66."
    spans = spans_of(
        text,
        [
            ("container-title", "In *Proceedings*,"),
            ("collection-title", "Lecture Notes in Computer Science,"),
            ("volume", "vol."),
            ("pages", "12824."),
            ("location", "Cham :"),
            ("publisher", "Springer,"),
            ("date", "2021,"),
            ("pages", "351–66."),
        ],
    )
    out = labelled(volume_word_then_number(spans, text))
    assert ("volume", "vol. 12824.") in out and ("pages", "351–66.") in out


def test_volume_range_before_the_bracketed_year() -> None:
    text = "Kindt, B. « Titre ». *BABELAO* 10-11 (2022), 525-550."
    spans = spans_of(
        text,
        [
            ("author", "Kindt, B."),
            ("title", "« Titre »."),
            ("journal", "BABELAO"),
            ("pages", "10-11"),
            ("date", "(2022),"),
            ("pages", "525-550."),
        ],
    )
    assert labelled(volume_before_date(spans, text))[3] == ("volume", "10-11")
    arxiv = "C. Lang, Phys.Rev. D87, 054502 (2013), 1212.5055"
    kept = spans_of(
        arxiv,
        [
            ("author", "C. Lang,"),
            ("journal", "Phys.Rev. D87,"),
            ("pages", "054502"),
            ("date", "(2013),"),
            ("pages", "1212.5055"),
        ],
    )
    assert volume_before_date(kept, arxiv) == kept


def test_band_is_a_volume_not_an_edition() -> None:
    text = "Hiltmann, T.: Titel, in: Sammelband, Bd. 18, 2016, S. 79–83."
    spans = spans_of(
        text,
        [
            ("author", "Hiltmann, T.:"),
            ("title", "Titel,"),
            ("container-title", "in: Sammelband,"),
            ("edition", "Bd. 18,"),
            ("date", "2016,"),
            ("pages", "S. 79–83."),
        ],
    )
    assert labelled(volume_read_as_edition(spans, text))[3] == ("volume", "Bd. 18,")


def test_container_after_in_colon() -> None:
    text = "Hiltmann, Torsten: Hilfswissenschaften heute, in: Historische Grundwissenschaften, Bd. 18, 2016."
    spans = spans_of(
        text,
        [
            ("author", "Hiltmann, Torsten:"),
            ("title", "Hilfswissenschaften heute, in: Historische Grundwissenschaften,"),
            ("volume", "Bd. 18,"),
            ("date", "2016."),
        ],
    )
    out = labelled(container_after_in_mark(spans, text))
    assert out[1] == ("title", "Hilfswissenschaften heute,")
    assert out[2] == ("container-title", "Historische Grundwissenschaften,")


def test_italic_source_after_a_title_is_the_container() -> None:
    text = "A. Chagué. « HTR-United », *DHNord2021 - Publier*, Lille, MESHS, 2021."
    spans = spans_of(
        text,
        [
            ("author", "A. Chagué."),
            ("title", "« HTR-United »,"),
            ("source", "DHNord2021 - Publier*,"),
            ("location", "Lille, MESHS,"),
            ("date", "2021."),
        ],
    )
    assert italic_source_is_container(spans, text)[2].label == "container-title"


def test_series_in_brackets_after_the_year() -> None:
    text = "Heinrich, H.: Titel, in: Sebald, G. (Hg.): Medien, Wiesbaden 2018 (Soziales Gedächtnis), S. 143–168."
    spans = spans_of(
        text,
        [
            ("author", "Heinrich, H.:"),
            ("title", "Titel,"),
            ("editor", "in: Sebald, G. (Hg.):"),
            ("container-title", "Medien,"),
            ("location", "Wiesbaden"),
            ("date", "2018 ("),
            ("container-title", "Soziales Gedächtnis),"),
            ("pages", "S. 143–168."),
        ],
    )
    assert labelled(series_after_year(spans, text))[6] == ("collection-title", "Soziales Gedächtnis")


def test_series_after_an_italic_title() -> None:
    text = "F. Mosteller, *Inference and Disputed Authorship*, Behavioral Science Series (Reading, Mass.: Wiley, 1964)."
    spans = spans_of(
        text,
        [
            ("author", "F. Mosteller,"),
            ("journal", "Inference and Disputed Authorship*, Behavioral Science Series"),
            ("location", "(Reading, Mass.:"),
            ("publisher", "Wiley,"),
            ("date", "1964)."),
        ],
    )
    out = labelled(series_after_italics(spans, text))
    assert out[1] == ("journal", "Inference and Disputed Authorship*")
    assert out[2] == ("collection-title", "Behavioral Science Series")


def test_place_first_imprint() -> None:
    text = "« Titre », *Actes*, Lille, MESHS, 2021."
    spans = spans_of(
        text,
        [("title", "« Titre »,"), ("container-title", "Actes*,"), ("location", "Lille, MESHS,"), ("date", "2021.")],
    )
    assert labelled(place_before_publisher(spans, text))[2:4] == [("location", "Lille"), ("publisher", "MESHS,")]
    text = "“Titre,” *Actes*, vol. 1, Louvain La Neuve, Presses Universitaires de Louvain, 2004."
    spans = spans_of(
        text,
        [
            ("title", "“Titre,”"),
            ("container-title", "Actes*,"),
            ("volume", "vol. 1,"),
            ("publisher", "Louvain La Neuve, Presses Universitaires de Louvain,"),
            ("date", "2004."),
        ],
    )
    out = labelled(place_before_publisher(spans, text))
    assert out[3:5] == [("location", "Louvain La Neuve"), ("publisher", "Presses Universitaires de Louvain,")]


def test_a_whole_place_is_not_divided() -> None:
    text = "In Proceedings, San Jose, CA, 1998."
    spans = spans_of(text, [("container-title", "In Proceedings,"), ("location", "San Jose, CA,"), ("date", "1998.")])
    assert place_before_publisher(spans, text) == spans


def test_given_name_before_the_colon() -> None:
    text = "Föhr, Pascal: Historische Quellenkritik, Dissertation, Basel 2018."
    spans = spans_of(
        text,
        [
            ("author", "Föhr,"),
            ("title", "Pascal: Historische Quellenkritik,"),
            ("genre", "Dissertation,"),
            ("location", "Basel"),
            ("date", "2018."),
        ],
    )
    out = labelled(given_name_in_title(spans, text))
    assert out[:2] == [("author", "Föhr, Pascal: "), ("title", "Historische Quellenkritik,")]


def test_nested_straight_quotes_stay_in_the_title() -> None:
    found = quoted_span('Isasi, J. "El caso de Galdós y los "Episodios Nacionales"." (Tesis doctoral)')
    assert found is not None and found[0] == 'El caso de Galdós y los "Episodios Nacionales"'


def test_french_issue_mark() -> None:
    assert issue_value("nᵒ 22") == "22"


def test_thesis_reference_end_to_end() -> None:
    item = parse_reference(
        'Merino Recalde, D. "El sistema de personajes de las comedias urbanas de Lope de Vega" '
        "(Trabajo de Fin de Máster, Universidad Nacional de Educación a Distancia, 2022)."
    )
    assert item["publisher"] == "Universidad Nacional de Educación a Distancia"
    assert item["issued"] == {"date-parts": [[2022]]}


def test_german_chapter_end_to_end() -> None:
    item = parse_reference(
        "Hoeres, Peter: Hierarchien in der Schwarmintelligenz, in: Wozniak, Thomas; Nemitz, Jürgen (Hg.): "
        "Wikipedia und Geschichtswissenschaft, Berlin/Boston 2015, S. 15–31."
    )
    assert [e["family"] for e in item["editor"]] == ["Wozniak", "Nemitz"]
    assert item["container-title"] == "Wikipedia und Geschichtswissenschaft"
    assert item["publisher-place"] == "Berlin/Boston"
    assert item["page"] == "15-31"


def test_dotted_day_month_year_is_the_date() -> None:
    text = "Ban, K.: Title, in: Royal Society Open Science 4 (10), Royal Society, 18.10.2017, S. 12."
    spans = spans_of(
        text,
        [
            ("author", "Ban, K.:"),
            ("title", "Title,"),
            ("source", "in: Royal Society Open Science 4 (10), Royal Society,"),
            ("volume", "18"),
            ("issue", ".10.2017,"),
            ("pages", "S. 12."),
        ],
    )
    out = labelled(dotted_date(spans, text))
    assert out[3] == ("date", "18.10.2017,")
    out = labelled(journal_in_source(dotted_date(spans, text), text))
    assert out[2:6] == [
        ("journal", "Royal Society Open Science"),
        ("volume", "4"),
        ("issue", "10"),
        ("publisher", "Royal Society"),
    ]


def test_long_romance_given_name_stays_one_person() -> None:
    names = names_from_span("Santos, Diana Maria de Sousa Marques Pinto dos,")
    assert names == [{"family": "Santos", "given": "Diana Maria de Sousa Marques Pinto dos"}]


def test_journal_numbers_and_publisher_in_a_container() -> None:
    item = parse_reference(
        "Wurthmann, Nicola: Digitale Quellenkunde. Zukunftsaufgaben der Grundwissenschaften, in: Zeithistorische "
        "Forschungen 17 (1), ZZF – Centre for Contemporary History, 2020, S. 169–178."
    )
    assert item["container-title"] == "Zeithistorische Forschungen"
    assert (item["volume"], item["issue"]) == ("17", "1")
    book = "Feiner, J. (ed.): Mysterium Salutis 4 (II/2), Brescia 1978."
    spans = spans_of(
        book,
        [
            ("editor", "Feiner, J. (ed.):"),
            ("container-title", "Mysterium Salutis 4 (II/2),"),
            ("location", "Brescia"),
            ("date", "1978."),
        ],
    )
    assert journal_in_source(spans, book) == spans
