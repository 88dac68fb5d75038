"""Forms of the Australian Harvard (AGPS) style as Western Sydney University Library's iCite guide prints its
examples (``guides_real4.jsonl``): the access note ``viewed 4 April 2009,``, a work with no author opened by
its italic title and bare year (``*Guide to …* 1981,``) and a body's name before its bare year (``National
Commission of Audit 1996, *Title*``); Chicago's short note of a book (``Larsen et al., *Decline and Fall*,
43.``); an APA title closed by a span of years (``…, 1945-1982``), no page range; and APA's ebook
``*Title*. Coffee House Publishing Group. URL``, its publisher no site."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_viewed_note_is_the_access_date() -> None:
    item = parse_reference(
        "Storey, KB 2004, *Functional metabolism: regulation and adaptation*, John Wiley & Sons, Hoboken, NJ, "
        "viewed 4 April 2009, NetLibrary database."
    )
    assert item["accessed"] == {"date-parts": [[2009, 4, 4]]}
    assert item["publisher-place"] == "Hoboken, NJ"
    assert item["publisher"] == "John Wiley & Sons"
    assert "container-title" not in item


def test_viewed_note_before_an_address() -> None:
    item = parse_reference(
        "Cooper, D 2009, ‘Native ant may stop toad in its tracks’, *ABC Science*, 31 March, viewed 2 April 2009, "
        "<http://www.abc.net.au/science/articles/2009/03/31/2530686.htm?site=science&topic=latest>."
    )
    assert item["container-title"] == "ABC Science"
    assert item["accessed"] == {"date-parts": [[2009, 4, 2]]}
    assert "volume" not in item


def test_body_before_bare_year_is_the_author() -> None:
    item = parse_reference(
        "National Commission of Audit 1996, *Report to the Commonwealth Government*, Australian Government "
        "Publishing Service, Canberra."
    )
    assert item["author"] == [{"literal": "National Commission of Audit"}]
    assert item["publisher"] == "Australian Government Publishing Service"
    assert item["issued"] == {"date-parts": [[1996]]}


def test_body_with_and_before_bare_year() -> None:
    item = parse_reference(
        "Department of Health and Ageing 2008, *Ageing and aged care in Australia*, viewed 10 November 2008, "
        "<http://www.health.gov.au/internet/main/publishing.nsf/Content/ageing>."
    )
    assert item["author"] == [{"literal": "Department of Health and Ageing"}]
    assert item["title"] == "Ageing and aged care in Australia"
    assert item["accessed"] == {"date-parts": [[2008, 11, 10]]}


def test_chicago_short_note_of_a_book() -> None:
    item = parse_reference("Larsen et al., *Decline and Fall*, 43.")
    assert item["author"] == [{"family": "Larsen"}]
    assert item["title"] == "Decline and Fall"
    assert item["page"] == "43"
    assert "volume" not in item and "container-title" not in item


def test_chicago_short_note_with_three_surnames() -> None:
    item = parse_reference("Spratt, Horner and Porgie, *Who Stole the Pies?* 43.")
    assert [a["family"] for a in item["author"]] == ["Spratt", "Horner", "Porgie"]
    assert item["title"] == "Who Stole the Pies?"
    assert item["page"] == "43"


def test_italic_title_before_bare_year_with_no_author() -> None:
    item = parse_reference(
        "*Guide to agricultural meteorological practices* 1981, Secretariat of the World Meteorological "
        "Organization, Geneva."
    )
    assert item["title"] == "Guide to agricultural meteorological practices"
    assert item["issued"] == {"date-parts": [[1981]]}
    assert item["publisher"] == "Secretariat of the World Meteorological Organization"
    assert item["publisher-place"] == "Geneva"


def test_no_date_after_italic_title_is_no_part_of_it() -> None:
    item = parse_reference(
        "*Developing an argument* n.d., viewed 30 March 2009, "
        "<http://web.princeton.edu/sites/writing/Writing_Center/WCWritingResources.htm>."
    )
    assert item["title"] == "Developing an argument"
    assert item["accessed"] == {"date-parts": [[2009, 3, 30]]}


def test_place_name_within_the_publisher() -> None:
    item = parse_reference("Jones, C 2008, *Developing hypotheses*, University of Western Sydney, Penrith.")
    assert item["publisher"] == "University of Western Sydney"
    assert item["publisher-place"] == "Penrith"


def test_span_of_years_in_an_apa_title_is_no_page_range() -> None:
    item = parse_reference(
        "Smith, A. (2018). *The influence of bible studies on Australian primary school children, 1945-1982* "
        "[Master's thesis, Western Sydney University]. ResearchDirect. http://hdl.handle.net/123/abc"
    )
    assert item["title"] == "The influence of bible studies on Australian primary school children, 1945-1982"
    assert item["publisher"] == "Western Sydney University"
    assert item["genre"] == "Master's thesis"


def test_press_after_an_apa_italic_title_is_the_publisher() -> None:
    item = parse_reference(
        "Jones, G. (2017). *Coffee: Memoirs of an addict*. Coffee House Publishing Group. http://coffeehousepublgroup.com"
    )
    assert item["publisher"] == "Coffee House Publishing Group"
    assert "container-title" not in item
