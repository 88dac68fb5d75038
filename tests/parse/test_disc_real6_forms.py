"""Forms of agricultural, ecological and biostatistical reference lists (``disc_real6.jsonl``): Wiley's author-date
form in *Plant Pathology* (``“Title.” *Circular Técnica 80*. Embrapa Trigo.``), Wiley's APA form in *Ecology and
Evolution* (``Journal of Experimental Biology, 221(23), jeb184085.``, ``R package version 0.99, 18.``) and the
numbered Vancouver forms of *Statistics in Medicine* (``Second edition 2007.``, ``StataCorp LP: College Station,
TX; 2013.``)."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_numbered_series_before_its_publisher_is_no_journal() -> None:
    item = parse_reference(
        "Ferreira, A., C. C. Sbalcheiro, F. M. Santana, et al. 2023. “Eficiência de fungicidas para controle de "
        "giberela do trigo: resultados da Rede de Ensaios Cooperativos do Trigo - safra 2022.” *Circular Técnica "
        "80*. Embrapa Trigo."
    )
    assert "container-title" not in item and "volume" not in item
    assert (item["collection-title"], item["number"], item["publisher"]) == ("Circular Técnica", "80", "Embrapa Trigo")
    assert item["type"] == "report"
    item = parse_reference(
        "Rodrigues, O., J. C. B. Lhamby, A. D. Didonet, and E. S. Roman. 2001. “Desenvolvimento de trigo: efeito da "
        "temperatura”. *Circular Técnica Online 3*. Embrapa Trigo. http://www.cnpt.embrapa.br/biblio/p_ci03.htm."
    )
    assert (item["collection-title"], item["number"]) == ("Circular Técnica Online", "3")
    assert "container-title" not in item and item["URL"] == "http://www.cnpt.embrapa.br/biblio/p_ci03.htm"
    # a book in a monograph series keeps its reading: its title is not quoted as a part's is
    item = parse_reference(
        "Barendregt, H. P. The Lambda Calculus: Its Syntax and Semantics. Revised Edition. Studies in Logic and the "
        "Foundations of Mathematics 103. North-Holland, Amsterdam, 1984."
    )
    assert item.get("type") != "report"


def test_journal_code_before_article_number_is_the_page() -> None:
    item = parse_reference(
        "Tatler, J., Cassey, P., & Prowse, T. A. A. (2018). High accuracy at low frequency: Detailed behavioural "
        "classification from accelerometer data. Journal of Experimental Biology, 221(23), jeb184085. "
        "https://doi.org/10.1242/jeb.184085"
    )
    assert (item["container-title"], item["volume"], item["issue"]) == ("Journal of Experimental Biology", "221", "23")
    assert item["page"] == "jeb184085" and "note" not in item


def test_r_package_version_is_no_journal() -> None:
    item = parse_reference(
        "Signorell, A. (2016). DescTools: Tools for descriptive statistics, R package version 0.99, 18. "
        "http://CRAN.R-project.org/package=DescTools"
    )
    assert item["title"] == "DescTools: Tools for descriptive statistics"
    assert not {"container-title", "volume", "page"} & set(item)
    assert item["version"] == "0.99.18"


def test_edition_read_as_a_journal_is_the_edition() -> None:
    item = parse_reference("4. Senn S. Statistical Issues in Drug Development. Second edition 2007.")
    assert item["title"] == "Statistical Issues in Drug Development" and item["edition"] == "2"
    assert "container-title" not in item and item["type"] == "book"


def test_company_before_its_town_is_the_publisher() -> None:
    item = parse_reference(
        "28. StataCorp. Stata Statistical Software: Release 11. StataCorp LP: College Station, TX; 2009."
    )
    assert (item["publisher"], item["publisher-place"]) == ("StataCorp LP", "College Station, TX")
    # the body that publishes its own work, read with no author: its name opens the title and the publisher
    item = parse_reference(
        "16. StataCorp. Stata Statistical Software: Release 13. StataCorp LP: College Station, TX; 2013."
    )
    assert (item["author"], item["title"]) == ([{"literal": "StataCorp"}], "Stata Statistical Software: Release 13")
    assert (item["publisher"], item["publisher-place"]) == ("StataCorp LP", "College Station, TX")
    # the Vancouver order stays as it is
    item = parse_reference(
        "8. Tanner J. A History of the Study of Human Growth. Cambridge: Cambridge University Press; 1981."
    )
    assert (item["publisher"], item["publisher-place"]) == ("Cambridge University Press", "Cambridge")
