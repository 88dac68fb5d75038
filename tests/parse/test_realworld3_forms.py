"""Forms of real-world reference lists the parser reads (tests/data/parse/realworld3.jsonl): Wikipedia's
rendered citation templates with their archive notes and file formats, Chicago notes dating a reprint
``[1901] 1986``, and the USGS's report series ``U.S. Geological Survey Scientific Investigations Report
2010–5109, 379 p.``, and the Stanford Encyclopedia of Philosophy's dated editions ``(Fall 2020)``."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.input_text import tidy_input


def test_wikipedia_archive_note_and_format_are_no_field() -> None:
    # the archive's date was read into the site's name, a volume and a page
    item = parse_reference(
        "Coscarelli, Joe (August 23, 2019). \"Taylor Swift Releases Lover the Old-Fashioned Way\". The New York "
        "Times. Archived from the original on August 28, 2019. Retrieved July 25, 2024."
    )
    assert item["container-title"] == "The New York Times"
    assert "volume" not in item and "page" not in item
    assert item["accessed"]["date-parts"] == [[2024, 7, 25]]
    assert tidy_input(
        'Buchanan, Bill, "Diffie–Hellman Example in ASP.NET", Bill\'s Security Tips, archived from the original '
        "on 2011-08-27, retrieved 2015-08-27"
    ) == 'Buchanan, Bill, "Diffie–Hellman Example in ASP.NET", Bill\'s Security Tips, retrieved 2015-08-27'
    item = parse_reference(
        "Williamson, Malcolm J. (January 21, 1974). Non-secret encryption using a finite field (PDF) (Technical "
        "report). Communications Electronics Security Group. Retrieved 2017-03-22."
    )
    assert item["title"] == "Non-secret encryption using a finite field"


def test_chicago_note_original_year_in_brackets_before_the_edition_cited() -> None:
    # OpenStax's notes: "[1901] 1986" dates the edition cited 1986, the original 1901
    item = parse_reference("Booker T. Washington, *Up from Slavery* (New York: Penguin Books, [1901] 1986).")
    assert item["issued"]["date-parts"] == [[1986]]
    assert item["publisher"] == "Penguin Books"
    item = parse_reference("Karl Marx, *Civil War in France* (New York: International Publishers, [1871] 1937), 19.")
    assert item["issued"]["date-parts"] == [[1937]]


def test_usgs_report_series_is_the_survey_and_its_kind_of_report() -> None:
    # the series was read as a journal, the report's number as a volume and the page count as pages
    item = parse_reference(
        "Feinstein, D.T., Hunt, R.J., and Reeves, H.W., 2010, Regional groundwater-flow model of the Lake Michigan "
        "Basin in support of Great Lakes Basin water availability and use studies: U.S. Geological Survey "
        "Scientific Investigations Report 2010–5109, 379 p."
    )
    assert item["publisher"] == "U.S. Geological Survey"
    assert item["genre"] == "Scientific Investigations Report 2010–5109"
    assert not {"container-title", "volume"} & item.keys()
    assert item["page"] == "379"  # the report's count of pages
    item = parse_reference(
        "Leaf, A.T., Fienen, M.N., Hunt, R.J., and Buchwald, C.A., 2015, Groundwater/Surface-Water Interactions in "
        "the Bad River Watershed, Wisconsin: U.S. Geological Survey Scientific Investigations Report 2015–5162, "
        "110 p., http://dx.doi.org/10.3133/sir20155162."
    )
    assert item["title"] == "Groundwater/Surface-Water Interactions in the Bad River Watershed, Wisconsin"
    assert item["DOI"] == "10.3133/sir20155162" and "container-title" not in item
    item = parse_reference(
        "Clark, B.R., Barlow, P.M., Peterson, S.M., Hughes, J.D., Reeves, H.W., and Viger, R.J., 2018, National-scale "
        "grid to support regional groundwater availability studies and a national hydrogeologic database: U.S. "
        "Geological Survey data release, https://doi.org/10.5066/F7P84B24."
    )
    assert item["publisher"] == "U.S. Geological Survey"


def test_encyclopedia_edition_season_is_the_date() -> None:
    item = parse_reference(
        "Tom Christiano, “Authority,” in *The Stanford Encyclopedia of Philosophy* (Summer 2020), ed. Edward N. "
        "Zalta, https://plato.stanford.edu/archives/sum2020/entries/authority/."
    )
    assert item["container-title"] == "The Stanford Encyclopedia of Philosophy"
    assert item["issued"]["date-parts"] == [[2020]]
    assert item["editor"] == [{"family": "Zalta", "given": "Edward N."}]


def test_wikipedia_site_after_quoted_title_and_split_access_date() -> None:
    item = parse_reference(
        "Hudson, Alex; LaPierre, Megan (October 20, 2022). \"Taylor Swift's 20 Best Songs Ranked\". Exclaim!. "
        "Archived from the original on December 6, 2022. Retrieved December 6, 2022."
    )
    assert item["container-title"] == "Exclaim!"
    assert item["accessed"]["date-parts"] == [[2022, 12, 6]]
    item = parse_reference('"PyAIML 0.8.5: Python Package Index". Pypi.python.org. Retrieved 17 July 2013.')
    assert item["container-title"] == "Pypi.python.org" and "source" not in item


def test_isbn_closing_the_publisher_is_apart() -> None:
    item = parse_reference(
        "Singh, Simon (1999) The Code Book: the evolution of secrecy from Mary Queen of Scots to quantum "
        "cryptography New York: Doubleday ISBN 0-385-49531-5"
    )
    assert item["publisher"] == "Doubleday" and item["publisher-place"] == "New York"


def test_template_type_in_brackets_after_the_title() -> None:
    item = parse_reference(
        "Williamson, Malcolm J. (August 10, 1976). Thoughts on Cheaper Non-Secret Encryption (PDF) (Technical "
        "report). Communications Electronics Security Group. Retrieved 2015-08-25."
    )
    assert item["title"] == "Thoughts on Cheaper Non-Secret Encryption"
    assert item["genre"] == "Technical report"
    assert item["publisher"] == "Communications Electronics Security Group"


def test_wikipedia_book_pages_after_the_publisher() -> None:
    # the APA reader glued "Springer Science+Business Media. pp. 190–191." into an abbreviated journal
    item = parse_reference(
        "Buchmann, Johannes A. (2013). Introduction to Cryptography (Second ed.). Springer Science+Business Media. "
        "pp. 190–191. ISBN 978-1-4419-9003-7."
    )
    assert item["publisher"] == "Springer Science+Business Media" and "container-title" not in item
    assert item["edition"] == "2"


def test_firm_named_by_initials_after_the_place_colon_is_the_publisher() -> None:
    item = parse_reference(
        "Karl Marx, *A Contribution to the Critique of Political Economy* (Chicago, IL: C. H. Kerr, [1859] 1911), 11."
    )
    assert item["publisher"] == "C. H. Kerr" and "translator" not in item
    assert item["publisher-place"] == "Chicago, IL"


def test_agency_acronym_opening_a_vancouver_reference_is_its_author() -> None:
    item = parse_reference(
        "CDC. Vital signs: overdoses of prescription opioid pain relievers—United States, 1999–2008. MMWR Morb "
        "Mortal Wkly Rep 2011;60:1487–92. PubMed"
    )
    assert item["author"] in ([{"literal": "CDC"}], [{"family": "CDC"}])
    assert item["title"].startswith("Vital signs:")


def test_editors_right_after_an_italic_book_title() -> None:
    item = parse_reference(
        "Julian Culp, “The Problem of Undemocratic Side Effects to Democracy Promotion,” in *African Perspectives on "
        "Social Justice* eds. John de Coninck, Julian Culp, and Viviene Taylor (Uganda: Friedrich Ebert Stiftung, "
        "2013), 26–44."
    )
    assert item["container-title"] == "African Perspectives on Social Justice"
    assert [e["family"] for e in item["editor"]] == ["Coninck", "Culp", "Taylor"]
