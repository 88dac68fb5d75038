"""Forms of web pages, software and grey literature as real reference lists print them."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.chooser import person_for_group
from biblio.parse.mends.report_numbers import place_opens_publisher
from biblio.parse.mends.web_sites import site_before_address
from biblio.parse.normalisers.series import series_of_book
from biblio.parse.spans import Span
from biblio.records.model import Item


def test_site_between_title_and_address_is_the_container() -> None:
    item = parse_reference('"Our Guidelines", Example Handbook, https://handbook.example.org/guidelines')
    assert item["title"] == "Our Guidelines"
    assert item["container-title"] == "Example Handbook"
    assert "publisher" not in item
    assert item["URL"] == "https://handbook.example.org/guidelines"


def test_unquoted_page_title_then_site_then_address() -> None:
    item = parse_reference("Publishing your data set, Research Data Guides, https://guides.example.edu/publishing/")
    assert item["title"] == "Publishing your data set"
    assert item["container-title"] == "Research Data Guides"
    assert "publisher" not in item


def test_dated_imprint_keeps_its_publisher() -> None:
    text = "Annual survey, Research Software Trust, 2019, https://example.org/r"
    spans = [
        Span("title", "Annual survey,", 0, 14),
        Span("publisher", "Research Software Trust,", 15, 39),
        Span("date", "2019,", 40, 45),
        Span("url", "https://example.org/r", 46, 67),
    ]
    assert site_before_address(spans, text) == spans


def test_software_author_in_natural_order_is_a_person() -> None:
    text = "Karin Holmgren (2020). tidyflow: Workflows for Tidy Data in R. R package version 1.2.0. https://CRAN.R-project.org/package=tidyflow"
    item = parse_reference(text)
    assert item["author"] == [{"family": "Holmgren", "given": "Karin"}]
    assert item["title"] == "tidyflow: Workflows for Tidy Data in R"


def test_group_author_stays_when_the_model_doubts_its_person() -> None:
    model: Item = {
        "author": [{"family": "England", "given": "Natural"}],
        "custom": {"biblio": {"field_confidence": {"author": 0.8}}},
    }
    item: Item = {"author": [{"literal": "Natural England"}]}
    person_for_group(item, model)
    assert item["author"] == [{"literal": "Natural England"}]
    # sure of a person whose words are names' (two words held outside names, "Natural England", stay a body)
    sure: Item = {
        "author": [{"family": "Holmgren", "given": "Karin"}],
        "custom": {"biblio": {"field_confidence": {"author": 0.99}}},
    }
    item = {"author": [{"literal": "Karin Holmgren"}]}
    person_for_group(item, sure)
    assert item["author"] == [{"family": "Holmgren", "given": "Karin"}]


def test_two_initials_then_a_two_word_family_name() -> None:
    item = parse_reference(
        "D. S. Katz, N. P. Chue Hong, T. Clark, Recognizing the value of software. Zenodo. 2019. https://doi.org/10.5281/zenodo.1"
    )
    families = [n.get("family") for n in item["author"]]
    assert families == ["Katz", "Chue Hong", "Clark"]


def test_one_initial_then_a_given_name_keeps_it_given() -> None:
    item = parse_reference(
        "Lee, Daniel D., and H. Sebastian Seung. Learning the parts of objects. Nature 401 (1999): 788-791."
    )
    assert item["author"][1] == {"family": "Seung", "given": "H. Sebastian"}


def test_series_between_title_and_imprint_is_no_journal() -> None:
    item = parse_reference(
        "Marsh N. & Lind K. (Eds.) (2016). A guide to field sampling in ecology and evolution. "
        "FBA Guides to Better Science. Freshwater Biological Association, London."
    )
    assert item["title"] == "A guide to field sampling in ecology and evolution"
    assert "container-title" not in item
    assert item["collection-title"] == "FBA Guides to Better Science"
    assert item["publisher"] == "Freshwater Biological Association"


def test_series_of_book_leaves_articles_and_chapters() -> None:
    article = {
        "type": "article-journal",
        "container-title": "Ecology",
        "publisher": "P",
        "publisher-place": "L",
        "page": "1-9",
    }
    series_of_book(article)
    assert article["container-title"] == "Ecology"
    chapter = {
        "type": "article-journal",
        "container-title": "Book Title",
        "publisher": "P",
        "publisher-place": "L",
        "custom": {"biblio": {"source": "A. “Chapter.” *Book Title*. L: P."}},
    }
    series_of_book(chapter)
    assert chapter["container-title"] == "Book Title"


def test_laboratory_report_code_then_institution() -> None:
    item = parse_reference(
        'Moreno, A. L. and Fisk, R. T. "Shock Response of Layered Ceramics". SAND-19-03311, '
        "Sandia National Laboratories, Albuquerque, NM."
    )
    assert item["title"] == "Shock Response of Layered Ceramics"
    assert item["publisher"] == "Sandia National Laboratories"
    assert item["publisher-place"] == "Albuquerque, NM"


def test_place_words_opening_a_laboratory_name() -> None:
    spans = [
        Span("title", '"Bounds".', 0, 9),
        Span("location", "Oak Ridge", 10, 19),
        Span("publisher", "National Laboratory,", 20, 40),
        Span("location", "Oak Ridge, TN.", 41, 55),
    ]
    text = '"Bounds". Oak Ridge National Laboratory, Oak Ridge, TN.'
    out = place_opens_publisher(spans, text)
    assert [(s.label, s.text) for s in out][1] == ("publisher", "Oak Ridge National Laboratory,")
