"""A quoted title ends at its closing quote, in every language's quotes; the outlet after it is the container."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import names_from_span
from biblio.parse.normalisers.quoted import quoted_span, quoted_title


@pytest.mark.parametrize(
    ("source", "inner"),
    [
        ("Getty. 2019. « Call Numbers. » Art & Architecture Thesaurus. 2019.", "Call Numbers"),
        ("Müller, K. 2010. „Die Stadt“. Zeitschrift 3: 4.", "Die Stadt"),
        ("Müller, K. 2010. ‚Die Stadt‘. Zeitschrift 3: 4.", "Die Stadt"),
        ("山田太郎「都市の歴史」『史学』3号.", "都市の歴史"),
        ("Carl’s notes. ‘MIT License’. Open Source Initiative, 28 May 2020.", "MIT License"),
    ],
)
def test_quoted_span_in_each_language(source: str, inner: str) -> None:
    found = quoted_span(source)
    assert found is not None and found[0] == inner


def test_title_run_past_its_guillemets_is_cut_and_the_outlet_is_the_container() -> None:
    source = (
        "Art & Architecture Thesaurus. 2019a. « Call Numbers. » Art & Architecture Thesaurus Online Full "
        "Record Display. 2019. http://vocab.getty.edu/page/aat/300311706"
    )
    item = {"title": 'Call Numbers. " Art & Architecture Thesaurus', "publisher": "Online Full Record Display"}
    quoted_title(item, source)
    outlet = "Art & Architecture Thesaurus Online Full Record Display"
    assert item == {"title": "Call Numbers", "container-title": outlet}


def test_outlet_read_as_publisher_becomes_the_container() -> None:
    source = "Massachusetts Institute of Technology. ‘MIT License’. Open Source Initiative, 28 May 2020. https://x.org/"
    item = {"title": "MIT License", "publisher": "Open Source Initiative"}
    quoted_title(item, source)
    assert item == {"title": "MIT License", "container-title": "Open Source Initiative"}


def test_a_thesis_publisher_stays_the_publisher() -> None:
    source = 'Uhlmann, Jeffrey. 1995. "Dynamic Map Building." PhD thesis, University of Oxford.'
    item = {"title": "Dynamic Map Building", "publisher": "University of Oxford", "genre": "PhD thesis"}
    quoted_title(item, source)
    assert item["publisher"] == "University of Oxford" and "container-title" not in item


def test_quoted_linked_title_read_as_the_publisher() -> None:
    item = parse_reference(
        "Chen, Stephen Y.; Cudmore, William C. [“The Little Man Computer”]"
        "(http://www.yorku.ca/sychen/research/LMC/LittleMan.html). York University. "
        "Retrieved 2010-10-25."
    )
    assert item["title"] == "The Little Man Computer"
    assert item.get("publisher") == "York University"


@pytest.mark.parametrize(
    "name",
    [
        "Creative Commons",
        "Free Dictionary",
        "Art & Architecture Thesaurus",
        "Canadian Heritage",
        "Encyclopædia Britannica",
    ],
)
def test_works_and_bodies_as_authors_are_literal(name: str) -> None:
    assert names_from_span(name) == [{"literal": name}]


def test_initials_then_one_word_name_a_person_even_an_org_word() -> None:
    assert names_from_span("E. Post") == [{"family": "Post", "given": "E."}]
    assert names_from_span("The Washington Post") == [{"literal": "The Washington Post"}]


def test_an_article_cited_by_its_abbreviated_journal_alone() -> None:
    item = parse_reference("E. Post, *Bull. Amer. Math. Soc.*, **52**, 1946, p. 264-268.")
    assert item["container-title"] == "Bull. Amer. Math. Soc." and "title" not in item
    assert (item["volume"], item["page"], item["type"]) == ("52", "264-268", "article-journal")


def test_an_organisation_with_its_acronym_opens_the_reference() -> None:
    item = parse_reference(
        "Canadian Heritage Information Network (CHIN). 1999. « Technique. » CHIN Data Dictionary. "
        "February 9, 1999. http://example.org/chin"
    )
    assert item["author"] == [{"literal": "Canadian Heritage Information Network (CHIN)"}]
    assert item["title"] == "Technique" and item["container-title"] == "CHIN Data Dictionary"


def test_site_in_lower_case_or_before_a_month_read_as_publisher_is_the_container() -> None:
    # a site's own lower-case name, where the model read it as the publisher
    item = {"title": "Archiving your code", "publisher": "zenodo guides"}
    quoted_title(item, '"Archiving your code", zenodo guides, https://example.org/archiving')
    assert item == {"title": "Archiving your code", "container-title": "zenodo guides"}
    # the outlet's sentence ends at the comma before a month and its year
    item = {"title": "Why cite software?", "publisher": "Academia StackExchange"}
    quoted_title(item, '"Why cite software?", Academia StackExchange, March 2019, https://example.org/q/123')
    assert item == {"title": "Why cite software?", "container-title": "Academia StackExchange"}
    # a lower-case run-on the model did not read as the publisher is no outlet
    item = {"title": "Archiving your code"}
    quoted_title(item, '"Archiving your code" and more, https://example.org/archiving')
    assert item == {"title": "Archiving your code"}


def test_version_after_the_closing_quote_is_no_part_of_the_title() -> None:
    source = 'Roe, A. (2016). "Where to keep survey data" v.2.0 Leeds: Data Centre. Available online: https://x.org/'
    item = {"title": '"Where to keep survey data" v.2.0', "publisher": "Data Centre", "publisher-place": "Leeds"}
    quoted_title(item, source)
    assert item["title"] == "Where to keep survey data"
    assert item["publisher"] == "Data Centre"
    # a lower-case word after the quote still continues the title
    assert quoted_span("« Etat composé » ou décomposé ? La réforme") is None


def test_straight_single_quotes_after_a_space_quote_a_title() -> None:
    found = quoted_span("Roe, A. (2015). 'How to cite data sets'. DCC Guides. Edinburgh: Data Centre.")
    assert found is not None and found[0] == "How to cite data sets"
    item = {"title": "'How to cite data sets'. DCC Guides", "publisher": "Data Centre"}
    quoted_title(item, "Roe, A. (2015). 'How to cite data sets'. DCC Guides. Edinburgh: Data Centre.")
    assert item["title"] == "How to cite data sets"
    # an apostrophe in a name or after a plural opens no quote
    assert quoted_span("O'Brien, P. The Smiths' house. London: Press.") is None
