"""Spanish and Portuguese name lists with family names of two words, every name inverted
(``normalisers.names``): ``Allés Torrent, Susanna; del Rio Riande, Gimena, y Calarco, Gabriel``; a numbered
series before the imprint (``mends.numbered_series``): ``Oxford Studies of Composers 9. London, GB-LND : …``;
Dutch APA's ``Body. (z.d.). Title. Geraadpleegd 20 juni 2020, van URL`` (``mends.opening_dates``, ``mends.dates``);
a journal's volume inside its italics, ``*Programming Historian 6* (2017)`` (``mends.titles.whole_emphasis``);
Chicago's ``*Title*. Series, Band 1. Wiesbaden:`` (``mends.numbered_series.series_after_italic_title``).
"""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.numbered_series import series_before_imprint
from biblio.parse.mends.opening_dates import bracketed_date_runs_on
from biblio.parse.mends.titles import whole_emphasis
from biblio.parse.normalisers.names import names_from_span
from tests.parse.test_mends_confusions import fields, spans_of


def _families(names: list[dict[str, str]]) -> list[str]:
    return [
        " ".join(filter(None, (n.get("non-dropping-particle"), n.get("family") or n.get("literal")))) for n in names
    ]


def test_semicolons_part_inverted_compound_names() -> None:
    names = names_from_span("Allés Torrent, Susanna; del Rio Riande, Gimena, y Calarco, Gabriel")
    assert _families(names) == ["Allés Torrent", "del Rio Riande", "Calarco"]
    assert [n["given"] for n in names] == ["Susanna", "Gimena", "Gabriel"]


def test_commas_part_inverted_compound_names_before_the_last_conjunct() -> None:
    names = names_from_span("Cadena López, Aydé, Ramos Luna, Lorena Litai, & Rivera González, Gibrán")
    assert _families(names) == ["Cadena López", "Ramos Luna", "Rivera González"]
    assert names[1]["given"] == "Lorena Litai"


def test_natural_order_list_stays_natural() -> None:
    names = names_from_span("Carl Boettiger, Alan Hastings, & Bob Lee")
    assert _families(names) == ["Boettiger", "Hastings", "Lee"]


def test_one_person_with_two_given_names() -> None:
    names = names_from_span("Rodríguez Aldape, Fernando Manuel")
    assert names == [{"family": "Rodríguez Aldape", "given": "Fernando Manuel"}]


def test_two_natural_names_are_two_persons() -> None:
    assert _families(names_from_span("Pritam Deka, Anna Jurek-Loughrey")) == ["Deka", "Jurek-Loughrey"]


def test_compound_names_in_a_whole_reference() -> None:
    text = (
        "Herrera Cáceres, Julia; Rosillo Peña, Marta, y Gil, Pedro. 2019. *Confort y eficiencia energética en "
        "edificaciones*. Cali: Universidad del Valle."
    )
    record = parse_reference(text)
    assert _families(record["author"]) == ["Herrera Cáceres", "Rosillo Peña", "Gil"]


def test_numbered_series_read_as_a_first_publisher() -> None:
    text = "Reaney, Gilbert. 1974. *Machaut*. 2e éd. Studies of Composers 9. London, GB-LND : Oxford University Press."
    spans = spans_of(
        text,
        [
            ("author", "Reaney, Gilbert."),
            ("date", "1974."),
            ("title", "Machaut*."),
            ("edition", "2e éd."),
            ("publisher", "Studies of Composers 9."),
            ("location", "London, GB-LND :"),
            ("publisher", "Oxford University Press."),
        ],
    )
    assert fields(series_before_imprint(spans, text), text)[4:6] == [
        ("collection-title", "Studies of Composers 9"),
        ("location", "London, GB-LND :"),
    ]


def test_words_before_the_series_are_a_note() -> None:
    text = (
        "Alighieri, Dante. 2021. *La divine comédie*. Éd. bilingue. Bibliothèque de la Pléiade 659. "
        "Paris, FR-IDF : Gallimard."
    )
    record = parse_reference(text)
    assert record["publisher"] == "Gallimard"
    assert record["collection-title"].startswith("Bibliothèque de la Pléiade")


def test_publisher_with_a_year_stays_a_publisher() -> None:
    text = "Smith, John. 2005. *A Title*. Cambridge University Press 2005. Oxford: Clarendon Press."
    spans = spans_of(
        text,
        [
            ("author", "Smith, John."),
            ("date", "2005."),
            ("title", "A Title*."),
            ("publisher", "Cambridge University Press 2005."),
            ("location", "Oxford:"),
            ("publisher", "Clarendon Press."),
        ],
    )
    assert series_before_imprint(spans, text) == spans


def test_dutch_no_date_after_an_organisation() -> None:
    text = "w3schools. (z.d.). HTML DOM Event Object. Geraadpleegd 20 juni 2020, van https://www.w3schools.com/x.asp"
    record = parse_reference(text)
    assert record["author"] == [{"literal": "w3schools"}]
    assert record["title"] == "HTML DOM Event Object"
    assert record["accessed"] == {"date-parts": [[2020, 6, 20]]}


def test_dutch_no_date_inside_the_opening_span() -> None:
    text = "Nederlandse Vereniging voor Neurologie (z.d.). Richtlijn hoofdpijn. https://www.neurologie.example/r"
    record = parse_reference(text)
    assert record["author"] == [{"literal": "Nederlandse Vereniging voor Neurologie"}]
    assert record["title"] == "Richtlijn hoofdpijn"


def test_bracketed_date_cut_inside_its_bracket() -> None:
    text = "Patro, N. C. (2018, 1 februari). JavaScript en de rest. Medium."
    spans = spans_of(
        text,
        [
            ("author", "Patro, N. C."),
            ("date", "(2018, 1"),
            ("title", "februari). JavaScript en de rest."),
            ("container-title", "Medium."),
        ],
    )
    assert fields(bracketed_date_runs_on(spans, text), text)[1:3] == [
        ("date", "(2018, 1 februari)."),
        ("title", "JavaScript en de rest."),
    ]


def test_volume_inside_the_journal_italics_stays_the_volume() -> None:
    text = "Justin Colson, « Geocoding Data », *Programming Historian 6* (2017), https://doi.org/10.1/x."
    spans = spans_of(
        text,
        [
            ("author", "Justin Colson,"),
            ("title", "« Geocoding Data »,"),
            ("journal", "Programming Historian"),
            ("volume", "6"),
            ("date", "(2017),"),
        ],
    )
    assert fields(whole_emphasis(spans, text), text)[2:4] == [("journal", "Programming Historian"), ("volume", "6")]


def test_title_run_of_italics_still_closes() -> None:
    text = "Smith, John. 2001. *The Book of Days 1999*. London: Penguin."
    spans = spans_of(
        text,
        [
            ("author", "Smith, John."),
            ("date", "2001."),
            ("title", "The Book of Days"),
            ("date", "1999*."),
        ],
    )
    assert fields(whole_emphasis(spans, text), text)[2] == ("title", "The Book of Days 1999")


def test_series_with_its_band_after_the_italic_title() -> None:
    text = "Karstedt, Peter. 1965. *Studien zur Soziologie*. Beiträge zum Buchwesen, Band 1. Wiesbaden: Harrassowitz."
    record = parse_reference(text)
    assert record["title"] == "Studien zur Soziologie"
    assert record["collection-title"] == "Beiträge zum Buchwesen, Band 1"
    assert "container-title" not in record
    assert (record["publisher-place"], record["publisher"]) == ("Wiesbaden", "Harrassowitz")


def test_place_of_words_after_the_series() -> None:
    text = (
        "Funk, Robert. 1975. *Kostenanalyse in Bibliotheken.* Bibliothekspraxis, Band 17. Pullach bei München: Verlag."
    )
    record = parse_reference(text)
    assert record["collection-title"] == "Bibliothekspraxis, Band 17"
    assert record["publisher-place"] == "Pullach bei München"
