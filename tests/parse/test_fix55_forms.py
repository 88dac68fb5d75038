"""Forms misread in real lists, round fix55: a journal's town between its name and ABNT's ``v.``; a magazine's
``4/2014`` issue of the year after ``in:``; a title's opening words read as a second name up to a particle; Dutch
bibliographies' ``(Oldenzaal 2006)`` read as a publisher; a book's count of pages with its roman front matter, with
what comes with the book (``+ mapă``) or after a report's code.  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from tests.parse.form_cases import assert_read_as, read_fields


@pytest.mark.parametrize(
    ("text", "journal", "town"),
    [
        ("Pizarro, Jerónimo (2016). “Os Muitos Desassossegos”. Revista do Centro de Estudos Portugueses , Belo "
         "Horizonte, v.36, n.55: 11-27.", "Revista do Centro de Estudos Portugueses", "Belo Horizonte"),
        ("Costa, M. (2014). “O sujeito na linguística”. Alfa: Revista de Linguística, Araraquara, v. 58, n. 2: "
         "301-325.", "Alfa: Revista de Linguística", "Araraquara"),
        ("Souza, P. (2011). “Ensino de leitura”. Trabalhos em Linguística Aplicada, Campinas, v. 50, n. 2: 211-230.",
         "Trabalhos em Linguística Aplicada", "Campinas"),
        ("Ribeiro, A. (2019). “A voz do narrador”. Revista Letras, Curitiba, v. 99, n. 1: 87-104.",
         "Revista Letras", "Curitiba"),
        ("LIMA, J. A escola. Revista Brasileira de Educação Especial, Marília, v. 18, n. 2, p. 10-22, 2012.",
         "Revista Brasileira de Educação Especial", "Marília"),
        ("SANTOS, M. A. Formação docente. Educação em Revista, Belo Horizonte, v. 30, n. 4, p. 101-120, 2014.",
         "Educação em Revista", "Belo Horizonte"),
    ],
)  # fmt: skip
def test_a_town_between_a_journal_and_its_volume_is_where_it_is_published(text: str, journal: str, town: str) -> None:
    assert_read_as(text, {"container-title": journal, "publisher-place": town})


@pytest.mark.parametrize(
    ("text", "title", "journal", "town"),
    [
        ("ALVES, R. C. Leitura e escrita. Cadernos de Educação, Pelotas, v. 27, n. 1, p. 45-60, 2016.",
         "Leitura e escrita", "Cadernos de Educação", "Pelotas"),
        ("SILVA, A. B. Gramática e discurso. Revista de Estudos da Linguagem, Belo Horizonte, v. 22, n. 1, p. 3-20, "
         "2014.", "Gramática e discurso", "Revista de Estudos da Linguagem", "Belo Horizonte"),
    ],
)  # fmt: skip
def test_a_plain_abnt_journal_read_into_the_title_before_its_town(
    text: str, title: str, journal: str, town: str
) -> None:
    assert_read_as(text, {"title": title, "container-title": journal, "publisher-place": town})


@pytest.mark.parametrize(
    ("text", "journal", "issue", "year", "page"),
    [
        ("Sutter, Claudia, Aus dem Stadtarchiv, in: Im grünen Ring 3/2013, S. 6-7.", "Im grünen Ring", "3", 2013,
         "6-7"),
        ("Stadelmann, Nicole, Aus dem Stadtarchiv: «Betrug – Verzweiflung – Gefängnis», in: Im grünen Ring 4/2014, "
         "S. 5.", "Im grünen Ring", "4", 2014, "5"),
        ("Meier, Urs, Die Mühle am Bach, in: Rorschacher Monatsschrift 6/2011, S. 12-14.", "Rorschacher Monatsschrift",
         "6", 2011, "12-14"),
    ],
)  # fmt: skip
def test_an_issue_of_the_year_after_in_colon(text: str, journal: str, issue: str, year: int, page: str) -> None:
    item = read_fields(text)
    assert (item.get("container-title"), item.get("issue"), item.get("page")) == (journal, issue, page)
    assert item["issued"]["date-parts"][0][0] == year


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Sonderegger, Stefan, Austausch über den Bodensee im Spätmittelalter und in der Frühen Neuzeit. Perspektiven "
         "einer Edition von Missiven der ehemaligen Reichsstadt St. Gallen, in: Derschka Harald / Klöckler Jürgen / "
         "Zotz Thomas (Hg .): Konstanz und der Südwesten des Reiches im hohen und späten Mittelalter. Festschrift für "
         "Helmut Maurer zum 80. Geburtstag (Konstanzer Geschichts- und Rechtsquellen XLVIII), Ostfildern 2017, S. "
         "171-187.", "Austausch über den Bodensee im Spätmittelalter und in der Frühen Neuzeit. Perspektiven einer "
         "Edition von Missiven der ehemaligen Reichsstadt St. Gallen"),
        ("Sonderegger, Stefan, Austausch über den Bodensee im Spätmittelalter und in der Frühen Neuzeit, in: Schriften "
         "des Vereins für Geschichte des Bodensees 120 (2002), S. 1-20.",
         "Austausch über den Bodensee im Spätmittelalter und in der Frühen Neuzeit"),
    ],
)  # fmt: skip
def test_title_words_read_with_the_name_up_to_a_particle(text: str, title: str) -> None:
    item = read_fields(text)
    assert item["title"] == title
    assert [a.get("family") for a in item["author"]] == ["Sonderegger"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Bos, Johan, Het Twentse ros op voetbalschoenen (Oldenzaal 2006).", "Oldenzaal"),
        ("Vries, Klaas de, De geschiedenis van de Friese kaatsbond (Franeker 1987).", "Franeker"),
        ("Stokvis, R., Strijd over sport. Organisatorische en ideologische ontwikkelingen (Deventer 1979).",
         "Deventer"),
    ],
)  # fmt: skip
def test_a_town_and_year_closing_a_book_in_brackets_is_no_publisher(text: str, town: str) -> None:
    assert_read_as(text, {"publisher-place": town, "publisher": None})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jones, M. The Roman Road. London: Routledge, 2004. xii, 416 pages.", {"page": "xii, 416", "volume": None}),
        ("Foley, William A., and Robert D. Van Valin, Jr. 1984. Functional syntax and universal grammar. Cambridge, "
         "England: Cambridge University Press. xii, 416 pages.", {"page": "xii, 416", "volume": None}),
        ("Popescu, Ion. Istoria satului. București: Editura Academiei, 1970. 417 p. + mapă.", {"page": "417"}),
        ("Murphy, J. Geology of the county. Dublin: Stationery Office, 1901. 212 pp. + 4 plates.", {"page": "212"}),
        ("Rothfusz, L.P.: *The Heat Index Equation*. Fort Worth, TX: Scientific Services Division, NWS Southern Region "
         "Headquarters, 1990. SR90-23, 2 pp.", {"page": "2"}),
        ("Hale, D.: *Seismic Interpolation*. Golden, CO: Center for Wave Phenomena, 2009. CWP-657, 14 pp.",
         {"page": "14"}),
    ],
)  # fmt: skip
def test_a_count_of_pages_is_the_page_number_only(text: str, expected: dict[str, Any]) -> None:
    item = read_fields(text)
    assert {k: item.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jones, M. The Roman Road. London: Routledge, 2004. xii, 416 pages.",
        "Popescu, Ion. Istoria satului. București: Editura Academiei, 1970. 417 p. + mapă.",
    ],
)
def test_a_count_moved_to_the_page_is_given_its_confidence(text: str) -> None:
    confidence = parse_reference(text)["custom"]["biblio"]["field_confidence"]
    assert "page" in confidence and "volume" not in confidence


@pytest.mark.parametrize(
    ("text", "venue", "page"),
    [
        ("A. Smith. Query optimization revisited. In SIGMOD '21, pages 1-14. ACM, 2021.", "SIGMOD '21", "1-14"),
        ("J. Lee and K. Park. Fast joins on modern hardware. In VLDB '19, pages 88-99, 2019.", "VLDB '19", "88-99"),
        ("10. Aaronson, S. & Arkhipov, A. The computational complexity of linear optics. Proceedings of the 43rd "
         "annual ACM symposium on Theory of computing—STOC '11. 333–342 (2011).",
         "Proceedings of the 43rd annual ACM symposium on Theory of computing—STOC '11", "333-342"),
    ],
)  # fmt: skip
def test_a_meetings_two_digit_year_after_its_acronym_closes_its_name(text: str, venue: str, page: str) -> None:
    assert_read_as(text, {"container-title": venue, "page": page, "volume": None})


@pytest.mark.parametrize(
    ("text", "families", "title", "number"),
    [
        ("Fielding, R., et al. Hypertext Transfer Protocol -- HTTP/1.1, RFC 2616, June 1999.", ["Fielding"],
         "Hypertext Transfer Protocol -- HTTP/1.1", "RFC 2616"),
        ("Postel, J. Transmission Control Protocol, RFC 793, September 1981.", ["Postel"],
         "Transmission Control Protocol", "RFC 793"),
        ("Berners-Lee, T., Fielding, R., and L. Masinter. Uniform Resource Identifier (URI): Generic Syntax, RFC 3986, "
         "January 2005.", ["Berners-Lee", "Fielding", "Masinter"], "Uniform Resource Identifier (URI): Generic Syntax",
         "RFC 3986"),
        ("Rescorla, E. The Transport Layer Security (TLS) Protocol Version 1.3. RFC 8446, August 2018.", ["Rescorla"],
         "The Transport Layer Security (TLS) Protocol Version 1.3", "RFC 8446"),
        ("Hypertext Transfer Protocol -- HTTP/1.1, RFC 2616, June 1999.", [],
         "Hypertext Transfer Protocol -- HTTP/1.1", "RFC 2616"),
    ],
)  # fmt: skip
def test_an_rfc_cited_title_first(text: str, families: list[str], title: str, number: str) -> None:
    item = read_fields(text)
    assert [a.get("family") for a in item.get("author", [])] == families
    assert (item.get("title"), item.get("note"), item.get("container-title")) == (title, number, None)


@pytest.mark.parametrize(
    ("text", "editors", "title", "town"),
    [
        ("Kuurstra, Erik (eindred.), 105 Jaar Koninklijke Nederlandse Hockey Bond. 308 Clubs in vogelvlucht "
         "(Utrecht 2003).", ["Kuurstra"], "105 Jaar Koninklijke Nederlandse Hockey Bond. 308 Clubs in vogelvlucht",
         "Utrecht"),
        ("Willems, J.J. (red.), M.H.C. 1934-1984 [Jubileumboek Maastrichtsche Hockey Club M.H.C.] (Maastricht 1984).",
         ["Willems"], "M.H.C. 1934-1984", "Maastricht"),
        ("Jansen, Piet (red.), Honderd jaar korfbal in de Achterhoek (Doetinchem 1999).", ["Jansen"],
         "Honderd jaar korfbal in de Achterhoek", "Doetinchem"),
        ("Vries, Anna de (samenst.), Honderd jaar schaatsen in Friesland (Leeuwarden 1992).", ["Vries"],
         "Honderd jaar schaatsen in Friesland", "Leeuwarden"),
    ],
)  # fmt: skip
def test_editors_with_a_bracketed_role_open_a_town_year_book(
    text: str, editors: list[str], title: str, town: str
) -> None:
    item = read_fields(text)
    assert [e.get("family") for e in item.get("editor", [])] == editors
    assert (item.get("author"), item.get("title"), item.get("publisher-place")) == (None, title, town)
