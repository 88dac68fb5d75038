"""Forms of British and Australian Harvard the parser reads (tests/data/parse/harvard_real.jsonl):
Cite Them Right's ``Organisation (Year) *Title*.`` without a full stop after the bracket, the
edited book's ``Names (eds) Year.``, a numbered edition in brackets closing the title, and the
common forms around them (``'Title', *Journal*, 12(3), pp. 45–67.``, ``Available at: URL
(Accessed: …)``, ``in Name (ed.) *Book*``, Ubiquity Press's ``Year. Title. *Journal*, 12(3): 45–67.``,
Australian ``Name, J 2010, *Title*, Publisher, Place.``)."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.opening_dates import names_before_opening_date
from biblio.parse.mends.roles import role_alone_before_year
from biblio.parse.normalisers.edition import edition_apart
from tests.parse.span_cases import spans_of
from tests.parse.test_mends_humanities import labelled  # the same helper, written once

# --- the organisation before Harvard's bracketed year ---------------------------------------------


def test_organisation_before_bracketed_year_without_full_stop() -> None:
    text = "Marine Heritage Trust (2014) *Wreck survey notes*. http://example.org/wrecks (consulted 3 May 2015)."
    spans = spans_of(
        text,
        ("journal", "Marine Heritage Trust"),
        ("date", "(2014)"),
        ("title", "Wreck survey notes*."),
        ("url", "http://example.org/wrecks"),
    )
    assert labelled(names_before_opening_date(spans, text))[0] == ("author", "Marine Heritage Trust")


def test_bracketed_year_without_full_stop_needs_a_title_after() -> None:
    # a bracketed year with no full stop and no title after it says nothing of the names before it
    text = "Coastal Review (2014) 12, 4-9."
    spans = spans_of(text, ("journal", "Coastal Review"), ("date", "(2014)"), ("volume", "12,"), ("pages", "4-9."))
    assert names_before_opening_date(spans, text) == spans


def test_organisation_as_author_of_a_web_page() -> None:
    item = parse_reference(
        "Society of Harbour Engineers (2011) *Tide gauge data formats*. "
        "http://www.example.org/gauges/formats.pdf (consulted 21 June 2012)."
    )
    assert item["author"] == [{"literal": "Society of Harbour Engineers"}]
    assert "container-title" not in item
    assert item["title"] == "Tide gauge data formats"
    assert item["accessed"]["date-parts"][0] == [2012, 6, 21]


def test_cite_them_right_web_page_by_an_organisation() -> None:
    item = parse_reference(
        "Office for National Statistics (2020) *Labour market overview, UK: March 2020*. Available at: "
        "https://www.ons.gov.uk/employmentandlabourmarket (Accessed: 12 March 2020)."
    )
    assert item["author"] == [{"literal": "Office for National Statistics"}]
    assert item["URL"] == "https://www.ons.gov.uk/employmentandlabourmarket"
    assert item["accessed"]["date-parts"][0] == [2020, 3, 12]


# --- the edited book's role before the bare year ------------------------------------------------------


def test_role_alone_between_names_and_year_joins_the_editors() -> None:
    text = "Hale, R. and Moss, T.J. (eds) 1998. *Field methods in survey*. Leeds: Moorland Press."
    spans = spans_of(
        text,
        ("editor", "Hale, R. and Moss, T.J."),
        ("publisher", "(eds)"),
        ("date", "1998."),
        ("title", "Field methods in survey*."),
        ("location", "Leeds:"),
        ("publisher", "Moorland Press."),
    )
    mended = labelled(role_alone_before_year(spans, text))
    assert mended[:2] == [("editor", "Hale, R. and Moss, T.J. (eds)"), ("date", "1998.")]
    assert mended[-1] == ("publisher", "Moorland Press.")


def test_a_bracket_that_is_no_role_stays() -> None:
    text = "Hale, R. (UK) 1998. *Field methods*. Leeds: Moorland Press."
    spans = spans_of(text, ("author", "Hale, R."), ("note", "(UK)"), ("date", "1998."), ("title", "Field methods*."))
    assert role_alone_before_year(spans, text) == spans


def test_edited_book_with_role_before_bare_year() -> None:
    item = parse_reference(
        "Hale, R. and Moss, T.J. (eds) 1998. *Field methods in coastal survey*. Leeds: Moorland Press."
    )
    assert [n["family"] for n in item["editor"]] == ["Hale", "Moss"]
    assert "author" not in item
    assert item["publisher"] == "Moorland Press"
    assert item["publisher-place"] == "Leeds"


# --- a numbered edition in brackets closing the title -------------------------------------------------


def test_bracketed_edition_closing_the_title() -> None:
    item: dict[str, object] = {"title": "Surveying small harbours (third edition)"}
    edition_apart(item)
    assert item == {"title": "Surveying small harbours", "edition": "3"}
    item = {"title": "Harbour walls (2nd edn)"}
    edition_apart(item)
    assert item == {"title": "Harbour walls", "edition": "2"}


def test_a_bracket_that_is_no_edition_stays_in_the_title() -> None:
    item: dict[str, object] = {"title": "Surveying small harbours (a field guide)"}
    edition_apart(item)
    assert item == {"title": "Surveying small harbours (a field guide)"}


def test_book_with_bracketed_edition_inside_its_italics() -> None:
    item = parse_reference("Pryce, M. 2003. *Surveying small harbours (third edition)*. Bristol: Quay Books.")
    assert item["title"] == "Surveying small harbours"
    assert item["edition"] == "3"
    assert item["publisher"] == "Quay Books"


# --- the common Harvard forms around them ------------------------------------------------------------


def test_cite_them_right_book_with_edition() -> None:
    item = parse_reference(
        "Okoro, J. and Lisle, K. (2012) *Methods for field archaeology*. 2nd edn. London: Routledge."
    )
    assert [n["family"] for n in item["author"]] == ["Okoro", "Lisle"]
    assert item["edition"] == "2"
    assert item["publisher-place"] == "London"
    assert item["publisher"] == "Routledge"


def test_cite_them_right_article_with_doi() -> None:
    item = parse_reference(
        "Okoro, J. (2016) 'Reading old field notes', *Journal of Site Records*, 14(2), pp. 33–58. "
        "doi: 10.1234/jsr.2016.33."
    )
    assert item["title"] == "Reading old field notes"
    assert item["container-title"] == "Journal of Site Records"
    assert (item["volume"], item["issue"]) == ("14", "2")
    assert item["DOI"] == "10.1234/jsr.2016.33"


def test_cite_them_right_chapter_with_pages_after_imprint() -> None:
    item = parse_reference(
        "Lisle, K. (2015) 'Working in teams', in Hart, A. (ed.) *Handbook of excavation*. Oxford: Blackwell, pp. 1–20."
    )
    assert item["type"] == "chapter"
    assert item["editor"][0]["family"] == "Hart"
    assert item["container-title"] == "Handbook of excavation"
    assert item["publisher"] == "Blackwell"


def test_ubiquity_author_date_article() -> None:
    item = parse_reference(
        "Okoro, J. 2019. Archiving site photographs. *Journal of Field Data*, 7(1): 12–30. "
        "DOI: https://doi.org/10.5334/jfd.12"
    )
    assert item["title"] == "Archiving site photographs"
    assert item["container-title"] == "Journal of Field Data"
    assert item["volume"] == "7"
    assert item["DOI"] == "10.5334/jfd.12"


def test_australian_harvard_book_publisher_before_place() -> None:
    item = parse_reference("Nguyen, T 2011, *Regional museums and their publics*, Allen & Unwin, Sydney.")
    assert item["author"][0]["family"] == "Nguyen"
    assert item["publisher"] == "Allen & Unwin"
    assert item["publisher-place"] == "Sydney"
