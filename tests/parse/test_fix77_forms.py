"""References closed by their address or an access date (``… https://…``, ``… Available at: https://… (Accessed: 3 May
2023).``), as real lists close most of them whatever their style: read as without the links, the address and the
access date added. A reader of a style that knows no links (a court case, a statute, a CJK article in comma parts,
a reading list's ``Title (Names, Year)``, Chicago's book) reads what the links close; a mend that reads a form by how
the text closes, or by the words it holds, judges the text up to the links."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

ACCESSED = {"date-parts": [[2023, 5, 3]]}
# (the bare reference, the address closing it, the fields it is read with)
CLOSED_BY_LINKS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Brown v. Board of Education, 347 U.S. 483 (1954).",
        "https://supreme.justia.com/cases/federal/us/347/483/",
        {"title": "Brown v. Board of Education", "container-title": "U.S.", "volume": "347", "page": "483"},
    ),
    (
        "Miranda v. Arizona, 384 U.S. 436 (1966).",
        "https://www.oyez.org/cases/1965/759",
        {"title": "Miranda v. Arizona", "container-title": "U.S.", "volume": "384", "page": "436", "author": None},
    ),
    (
        "Donoghue v Stevenson [1932] AC 562.",
        "https://www.bailii.org/uk/cases/UKHL/1932/100.html",
        {"title": "Donoghue v Stevenson", "container-title": "AC", "page": "562", "author": None},
    ),
    (
        "R (Forge Field Society) v Sevenoaks District Council [2014] EWHC 1895 (Admin).",
        "https://www.bailii.org/ew/cases/EWHC/Admin/2014/1895.html",
        {"title": "R (Forge Field Society) v Sevenoaks District Council", "container-title": "EWHC", "page": "1895"},
    ),
    (
        "Americans with Disabilities Act of 1990, Pub. L. No. 101-336, 104 Stat. 328 (1990).",
        "https://www.govinfo.gov/content/pkg/STATUTE-104/pdf/STATUTE-104-Pg327.pdf",
        {"title": "Americans with Disabilities Act of 1990", "volume": "104", "page": "328"},
    ),
    (
        "Making Data Count (Kratz and Strasser, 2015).",
        "https://www.nature.com/articles/sdata201539",
        {"title": "Making Data Count", "author": [{"family": "Kratz"}, {"family": "Strasser"}], "publisher": None},
    ),
    (
        "Open science is a research accelerator (Woelfle et al., 2011).",
        "https://www.nature.com/articles/nchem.1149",
        {"title": "Open science is a research accelerator", "author": [{"family": "Woelfle"}]},
    ),
    (
        "박민수, 초등학생의 독서 습관 형성 연구, 한국교육학연구, 12, 2016, pp.45-67.",
        "https://www.kci.go.kr/kciportal/landing/article.kci?arti_id=ART002100001",
        {"author": [{"family": "박민수"}], "title": "초등학생의 독서 습관 형성 연구", "volume": "12"},
    ),
    (
        "오세훈, 공공 디자인 정책의 변화, 디자인학연구, 제16권 제1호, 2019, 163-180쪽.",
        "https://www.dbpia.co.kr/journal/articleDetail?nodeId=NODE07600001",
        {"author": [{"family": "오세훈"}], "title": "공공 디자인 정책의 변화", "volume": "16", "issue": "1"},
    ),
    (
        "Rowe, Gwen, trans. and ed. Early Welsh Lyrics. Cardiff: Gwasg Prifysgol, 2001.",
        "https://archive.org/details/earlywelshlyrics",
        {"title": "Early Welsh Lyrics", "publisher": "Gwasg Prifysgol", "publisher-place": "Cardiff"},
    ),
    (
        "Ames, Ruth. Directed by Desire. Boston: Vale, 2001.",
        "https://archive.org/details/directedbydesire",
        {"author": [{"family": "Ames", "given": "Ruth"}], "title": "Directed by Desire", "publisher": "Vale"},
    ),
    (
        "Lowe, J. K., and M. R. Dean. Cambridge Lives: A Town Remembered. Abingdon: Routledge, 2014.",
        "https://www.routledge.com/Cambridge-Lives/Lowe-Dean/p/book/9780415000000",
        {"title": "Cambridge Lives: A Town Remembered", "publisher": "Routledge", "publisher-place": "Abingdon"},
    ),
]
# the forms a mend reads by how the text closes (a bracket's town and year, the compact tails of astronomy and IOP)
# or by the words it holds (no role word: an address's "example.org" is none), judged up to the links
MENDED_BEFORE_LINKS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Bos, Johan, Het Twentse ros op voetbalschoenen (Oldenzaal 2006).",
        "https://www.delpher.nl/nl/boeken/view?identifier=MMUBL07:000123",
        {"title": "Het Twentse ros op voetbalschoenen", "publisher-place": "Oldenzaal", "publisher": None},
    ),
    (
        "Jansen, Piet (red.), Honderd jaar korfbal in de Achterhoek (Doetinchem 1999).",
        "https://www.korfbal.nl/historie/achterhoek",
        {"editor": [{"family": "Jansen", "given": "Piet"}], "title": "Honderd jaar korfbal in de Achterhoek"},
    ),
    (
        "Müller, Karl, Die Stadtrechte der Mark Brandenburg (Hannover/Leipzig 1902).",
        "https://archive.org/details/diestadtrechtede00mull",
        {"title": "Die Stadtrechte der Mark Brandenburg", "publisher-place": "Hannover/Leipzig"},
    ),
    (
        "Moreno, P. J., Ortiz, A. B., Lind, C. E., & Saldaña, R. 2016, Icar, 272, 301",
        "https://ui.adsabs.harvard.edu/abs/2016Icar..272..301M",
        {"container-title": "Icar", "volume": "272", "page": "301", "title": None},
    ),
    (
        "Conway, J. J., Cotter, W. D., Greis, E. W., et al. 1998, AJ, 115, 1693, doi:10.1086/300337",
        "https://iopscience.iop.org/article/10.1086/300337",
        {"container-title": "AJ", "volume": "115", "page": "1693"},
    ),
    (
        "[4] Okafor N, Berg L and Tan W Y 2016 Decoherence of trapped electrons New J. Phys. 18 043021",
        "https://iopscience.iop.org/article/10.1088/1367-2630/18/4/043021",
        {"title": "Decoherence of trapped electrons", "container-title": "New J. Phys.", "page": "043021"},
    ),
    (
        "[4] Neri P and Conti L 2020 Microwave properties of thin films in a magnetic field J. Phys. Conf. Ser. vol "
        "1559 (IOP Publishing) p 012055",
        "https://iopscience.iop.org/article/10.1088/1742-6596/1559/1/012055",
        {"title": "Microwave properties of thin films in a magnetic field", "container-title": "J. Phys. Conf. Ser."},
    ),
    (
        "Mommsen, Theodor: Römisches Staatsrecht. 3 Bde., Leipzig 1871–1888.",
        "https://archive.org/details/rmischesstaatsr01mommgoog",
        {"title": "Römisches Staatsrecht", "publisher-place": "Leipzig", "issued": {"date-parts": [[1871], [1888]]}},
    ),
    (
        "Müller, Jan-Dirk: Spielregeln für den Untergang. Die Welt des Nibelungenliedes, Tübingen 1998.",
        "https://www.degruyter.com/document/doi/10.1515/9783110936025/html",
        {"title": "Spielregeln für den Untergang. Die Welt des Nibelungenliedes", "container-title": None},
    ),
    (
        "Heinrich von Veldeke: Eneasroman, hg. v. Dieter Kartschoke, Stuttgart 1986.",
        "https://www.reclam.de/detail/978-3-15-008303-1/Heinrich_von_Veldeke/Eneasroman",
        {"editor": [{"family": "Kartschoke", "given": "Dieter"}], "publisher-place": "Stuttgart"},
    ),
    (
        "Marc Dubois, Les seigneuries rurales en Lorraine, Nancy, 1962 (Annales de l'Est 24).",
        "https://www.persee.fr/collection/anest",
        {"title": "Les seigneuries rurales en Lorraine", "collection-title": "Annales de l'Est 24", "volume": None},
    ),
    (
        "Sauer, Renate: Lied. In: Peter von Hagen (Hg.): Buch. Köln: Böhlau 2013.",
        "https://www.vr-elibrary.de/doi/book/10.7788/9783412000000",
        {"title": "Lied", "container-title": "Buch", "publisher": "Böhlau", "publisher-place": "Köln"},
    ),
    (
        "Ruf, Udo: Sagen. Trier: Wiss. Verl. 1993, S. 145–161.",
        "https://www.wvttrier.de/sagen",
        {"title": "Sagen", "publisher": "Wiss. Verl", "publisher-place": "Trier", "page": "145-161"},
    ),
]
ENDINGS = (" {url}", " Available at: {url} (Accessed: 3 May 2023).")


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(("text", "url", "expected"), CLOSED_BY_LINKS + MENDED_BEFORE_LINKS)
def test_reference_closed_by_links_reads_as_without(text: str, url: str, expected: dict[str, Any], ending: str) -> None:
    closed = text + ending.format(url=url)
    assert_read_as(closed, {**expected, "URL": url, "accessed": ACCESSED if "Accessed" in ending else None})


@pytest.mark.parametrize(("text", "url", "expected"), CLOSED_BY_LINKS + MENDED_BEFORE_LINKS)
def test_reference_without_links(text: str, url: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_spanish_links_closing_a_book() -> None:
    """ "Disponible en: … Consultado el 3 de marzo de 2019." once read with "3 de marzo" as the third edition."""
    text = (
        "GARCÍA, Luis. Bibliotecas y lectura. Madrid: Síntesis, 2010. Disponible en: https://www.example.es/bl.pdf. "
        "Consultado el 3 de marzo de 2019."
    )
    expected = {"title": "Bibliotecas y lectura", "publisher": "Síntesis", "publisher-place": "Madrid", "edition": None}
    links = {"URL": "https://www.example.es/bl.pdf", "accessed": {"date-parts": [[2019, 3, 3]]}}
    assert_read_as(text, {**expected, **links})


# MLA 7's web page and described work, the address after the date read (in angle brackets, as MLA 7 gives it, or bare)
MLA7_WEB: list[tuple[str, str, dict[str, Any]]] = [
    (
        'Marsh, Ellen. "Tidal Power Returns." Energy Weekly. Energy Weekly Group, 3 Jan. 2011. Web. 9 Feb. 2012.',
        "http://www.energyweekly.com/news/tidal-power-returns",
        {"container-title": "Energy Weekly", "publisher": "Energy Weekly Group"},
    ),
    (
        '"Harbour Lights." Coastal Gazette. N.p., n.d. Web. 14 Feb. 2014.',
        "http://www.coastalgazette.org/harbour-lights",
        {"title": "Harbour Lights", "container-title": "Coastal Gazette", "accessed": {"date-parts": [[2014, 2, 14]]}},
    ),
    (
        "Sea ice extent. Chart. National Snow and Ice Data Center. University of Colorado, n.d. Web. 9 Apr. 2015.",
        "https://nsidc.org/arcticseaicenews/",
        {"title": "Sea ice extent", "container-title": "National Snow and Ice Data Center"},
    ),
]


@pytest.mark.parametrize("ending", (" <{url}>.", " {url}"))
@pytest.mark.parametrize(("text", "url", "expected"), MLA7_WEB)
def test_mla7_web_page_with_its_address(text: str, url: str, expected: dict[str, Any], ending: str) -> None:
    assert_read_as(text, expected)
    assert_read_as(text + ending.format(url=url), {**expected, "URL": url})
