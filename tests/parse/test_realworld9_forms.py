"""Forms of real web, business and agency references (``realworld9.jsonl``): a textbook's Chicago notes of news,
company and agency pages with Chicago's lowercase ``accessed`` date, Wikipedia's citations that name their site
by its host in italics, and a body's name that opens on an initialism."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_a_chicago_access_date_is_no_date_of_the_work() -> None:
    item = parse_reference(
        "Cassidy Solis, “2017 When Work Works Award Winners Announced,” https://www.shrm.org,"
        " accessed January 21, 2018."
    )
    assert "issued" not in item
    assert item["accessed"] == {"date-parts": [[2018, 1, 21]]}
    assert item["title"] == "2017 When Work Works Award Winners Announced"
    item = parse_reference(
        "David Burkus, “Research Shows That Organizations Benefit When Employees Take Sabbaticals,” *Harvard Business"
        " Review,* https://hbr.org, accessed January 21, 2018."
    )
    assert "issued" not in item and item["accessed"] == {"date-parts": [[2018, 1, 21]]}
    assert item["container-title"] == "Harvard Business Review"
    # a date of the work before the access date stays the work's
    item = parse_reference(
        "Tom Anderson, “Employers Offer Older Workers Flexible Retirement,” *CNBC,* http://www.cnbc.com,"
        " August 21, 2016."
    )
    assert item["issued"] == {"date-parts": [[2016, 8, 21]]}


def test_a_host_in_italics_names_the_site() -> None:
    item = parse_reference('"Xilinx ISE Design Suite". *www.xilinx.com*. Retrieved 2018-12-01.')
    assert item["container-title"] == "www.xilinx.com"
    assert "URL" not in item
    item = parse_reference(
        'Maxfield, Max. "Xilinx UltraScale FPGA Offers 50 Million Equivalent ASIC Gates". *www.eetimes.com*. EE Times.'
    )
    assert item["container-title"] == "www.eetimes.com" and "URL" not in item
    # an address set in italics with its path stays the work's address
    item = parse_reference("Smith, J. (2020). *Title of the page*. *www.example.org/page/one*.")
    assert item.get("URL", "").startswith("www.example.org/page/one")


def test_a_body_name_opening_on_an_initialism() -> None:
    item = parse_reference(
        "U.S. Energy Information Administration, “Frequently Asked Questions about Petroleum Imports and Exports,”"
        " https://www.eia.gov, accessed May 23, 2017."
    )
    assert item["author"] == [{"literal": "U.S. Energy Information Administration"}]
    assert item["title"] == "Frequently Asked Questions about Petroleum Imports and Exports"
    assert item["URL"] == "https://www.eia.gov"


def test_the_usgs_access_date_before_the_address() -> None:
    item = parse_reference(
        "Thornton, P.E., Thornton, M.M., Mayer, B.W., Wei, Y., Devarakonda, R., Vose, R.S., and Cook, R.B., 2016,"
        " Daymet-Daily surface weather data on a 1-km grid for North America (version 3): accessed August 16, 2016,"
        " at <http://dx.doi.org/10.3334/ORNLDAAC/1328>."
    )
    assert item["accessed"] == {"date-parts": [[2016, 8, 16]]}
    assert "publisher" not in item and "note" not in item
    assert item["DOI"] == "10.3334/ORNLDAAC/1328"


def test_a_usgs_title_closed_by_its_colon() -> None:
    item = parse_reference(
        "Torvalds, L., and Hamano, J., 2010, Git web page: accessed August 29, 2017, at <http://git-scm.com/>."
    )
    assert item["title"] == "Git web page"
    assert item["URL"] == "http://git-scm.com/"
    # a place where a work is found, with no colon after it, stays no title
    item = parse_reference("van Uitert, E., Joachimi, B., Joudaki, S., et al. 2017, ArXiv e-prints [arXiv:1706.05004]")
    assert item.get("title") != "ArXiv e-prints"


def test_a_writer_then_the_outlet_before_a_quoted_title() -> None:
    item = parse_reference(
        'Dean Takahashi, VentureBeat. " Intel connection helped chip startup Tabula raise $108M." May 2, 2011.'
        " Retrieved May 13, 2011."
    )
    assert item["author"] == [{"family": "Takahashi", "given": "Dean"}]
    assert item["container-title"] == "VentureBeat"
    item = parse_reference(
        "Dylan McGrath, *EE Times*, \" FPGA Market to Pass $2.7 Billion by '10, In-Stat Says \". May 24, 2006."
        " Retrieved February 5, 2009."
    )
    assert item["author"] == [{"family": "McGrath", "given": "Dylan"}]
    assert item["container-title"] == "EE Times"
    # a family name in two words, then the initial, is one person
    item = parse_reference(
        'Martínez Carro, E. "Una interpretación digital de dos tragedias lorquianas: Yerma y Doña Rosita la soltera."'
        " *Caracteres: estudios culturales y críticos de la esfera digital* 7, no. 2 (2018): 92-119."
    )
    assert item["author"][0]["family"] == "Martínez Carro"
