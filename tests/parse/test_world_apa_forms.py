"""APA-like author-date references written in other languages (tests/data/parse/world_apa_real.jsonl):
the language's "and" before the last name (Turkish ``ve``, Scandinavian ``og``/``och``, Dutch ``en``,
Indonesian ``dan``), its "no date" (``z.d.``, ``u.å.``, ``t.t.``), its "Retrieved … from" (``Geraadpleegd op
… van``, ``Hentet … fra``, ``Hämtad från``, ``Diakses pada … dari``, ``Erişim adresi``) and month names, and
a chapter's ``I``/``Dalam`` with ``(Red.)`` editors and ``s.``/``hlm.`` pages.  The references here are
written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.normalisers.dates import parse_date
from biblio.parse.normalisers.names import names_from_span


def _families(item: dict[str, Any], var: str = "author") -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get(var, [])]


@pytest.mark.parametrize(
    "names",
    [
        "Kaya, M. ve Demir, S.",
        "Berg, A. och Lind, L.",
        "Hansen, K. og Olsen, P.",
        "Putri, A. dan Sari, D.",
        "Qviller, L., og Toft, N.",
    ],
)
def test_the_languages_and_before_the_last_name_parts_two_names(names: str) -> None:
    assert [n.get("given") for n in names_from_span(names)] == [
        names.split(",")[1].split()[0],
        names.split(",")[-1].strip(),
    ]


def test_the_and_joins_names_in_the_apa_reader_too() -> None:
    item = read_reference("Kaya, M. ve Demir, S. (2015). Öğretmenlerin görüşleri. *Eğitim ve Bilim, 40*(2), 1-15.")
    assert _families(item) == ["Kaya", "Demir"]
    assert item["container-title"] == "Eğitim ve Bilim"
    assert (item["volume"], item["issue"], item["page"]) == ("40", "2", "1-15")


def test_a_particle_after_dutch_en_stays_with_its_name() -> None:
    names = names_from_span("Jansen, P. en de Vries, K.")
    assert [(n.get("non-dropping-particle"), n["family"]) for n in names] == [(None, "Jansen"), ("de", "Vries")]


def test_an_organisation_keeps_its_and_after_a_comma_list() -> None:
    item = read_reference(
        "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi. (2022). Capaian Pembelajaran. Jakarta: Kemdikbud."
    )
    assert item["author"] == [{"literal": "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"}]


@pytest.mark.parametrize("no_date", ["z.d.", "u.å.", "t.t.", "t.th.", "t.y."])
def test_the_languages_no_date_gives_no_issued(no_date: str) -> None:
    date = parse_date(no_date)
    assert date is not None and date.no_date and date.issued is None


@pytest.mark.parametrize(
    ("text", "accessed"),
    [
        (
            "Mead, A. (z.d.). Attention required. Udemy. Geraadpleegd 1 juni 2020, van https://www.udemy.com/course/x",
            [2020, 6, 1],
        ),
        (
            "Gustafson, A. (2008, 7 oktober). Understanding progressive enhancement. "
            "Geraadpleegd op 14 juni 2020, van https://alistapart.com/article/x/",
            [2020, 6, 14],
        ),
        (
            "Helsedirektoratet. (2018). Nasjonal faglig retningslinje. Hentet 24. desember 2018 fra "
            "https://www.helsedirektoratet.no/x",
            [2018, 12, 24],
        ),
        (
            "Ulya, Z. (2023, Februari 8). Aspek psikiatri. Alomedika. Diakses pada 28 Juni 2025, dari "
            "https://www.alomedika.com/aspek",
            [2025, 6, 28],
        ),
    ],
)
def test_retrieved_from_in_other_languages_gives_accessed_and_url(text: str, accessed: list[int]) -> None:
    item = read_reference(text)
    assert item["accessed"] == {"date-parts": [accessed]}
    assert item["URL"] == text.rsplit(" ", 1)[1]
    assert "Geraadpleegd" not in item["title"] and "Hentet" not in item["title"]


@pytest.mark.parametrize(
    "text",
    [
        "Skolverket. (2019). Läroplan för grundskolan. Hämtad från https://www.skolverket.se/x",
        "Kaya, M. (2016). Eğitim ve öğretim. Erişim adresi: https://www.meb.gov.tr/x",
        "Badan Pusat Statistik. (2020). Statistik Indonesia 2020. Diakses dari https://www.bps.go.id/x",
    ],
)
def test_retrieved_from_without_a_date_leaves_the_url_alone(text: str) -> None:
    item = read_reference(text)
    assert item["URL"] == text.rsplit(" ", 1)[1]
    assert item["title"] in text and not item["title"].endswith(("från", "adresi", "dari"))


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("2019, 12 Maret", [2019, 3, 12]),
        ("2018, 3 Ağustos", [2018, 8, 3]),
        ("2017, 5 augusti", [2017, 8, 5]),
        ("2016, 24. desember", [2016, 12, 24]),
    ],
)
def test_month_names_of_indonesian_turkish_and_scandinavian_dates(text: str, parts: list[int]) -> None:
    date = parse_date(text)
    assert date is not None and date.issued == {"date-parts": [parts]}


def test_a_norwegian_chapter_with_i_and_red() -> None:
    item = read_reference(
        "Toft, N., Agger, J. F., Houe, H., og Bruun, J. (2004). Measures of disease frequency. I H. Houe, "
        "A. K. Ersbøll, and N. Toft (Red.), Introduction to Veterinary Epidemiology (pp. 77–93). "
        "Frederiksberg, Denmark: Biofolia."
    )
    assert _families(item) == ["Toft", "Agger", "Houe", "Bruun"]
    assert _families(item, "editor") == ["Houe", "Ersbøll", "Toft"]
    assert item["container-title"] == "Introduction to Veterinary Epidemiology"
    assert item["publisher"] == "Biofolia"


@pytest.mark.parametrize(
    ("text", "editor", "book", "pages"),
    [
        (
            "Berggren, I. (2010). Vårdandets etik. I E. Dahlborg-Lyckhage (Red.), Att bli sjuksköterska "
            "(s. 125-144). Lund: Studentlitteratur.",
            "Dahlborg-Lyckhage",
            "Att bli sjuksköterska",
            "125-144",
        ),
        (
            "Suryanto, A. (2019). Algoritma pemrograman. Dalam R. Santoso (Ed.), Maju bersama pemrograman "
            "(hlm. 45-67). Surabaya: Penerbit ABC.",
            "Santoso",
            "Maju bersama pemrograman",
            "45-67",
        ),
    ],
)
def test_chapter_in_editors_book_and_pages_in_other_languages(text: str, editor: str, book: str, pages: str) -> None:
    item = read_reference(text)
    assert _families(item, "editor") == [editor]
    assert (item["container-title"], item["page"]) == (book, pages)


def test_red_after_the_author_marks_an_edited_book() -> None:
    item = read_reference("Hansen, K. (Red.). (2017). Barn i barnehagen. Oslo: Universitetsforlaget.")
    assert _families(item, "editor") == ["Hansen"] and "author" not in item


def test_a_capital_i_opening_a_sentence_is_no_chapter() -> None:
    item = read_reference("Lund, P. (2012). Om skolen. I dag og i morgen. Oslo: Cappelen.")
    assert "editor" not in item and item.get("type") != "chapter"


@pytest.mark.parametrize(
    "author",
    [
        "Kementerian Kesehatan RI",
        "Millî Eğitim Bakanlığı",
        "Türkiye İstatistik Kurumu",
        "Helsedirektoratet",
        "Ministerie van Onderwijs, Cultuur en Wetenschap",
    ],
)
def test_a_body_named_in_its_language_is_a_literal_author(author: str) -> None:
    item = read_reference(f"{author}. (2019). Laporan tahunan 2018. Jakarta: Penerbit Nasional.")
    assert item["author"] == [{"literal": author}]


@pytest.mark.parametrize(
    "names", ["Putri, A., dkk.", "Yılmaz, A., vd.", "Kaya, M., ve ark.", "Berg, A., m.fl.", "Jansen, P., e.a."]
)
def test_the_languages_et_al_hides_the_other_names(names: str) -> None:
    item = read_reference(f"{names} (2020). Analisis kinerja guru. Jurnal Pendidikan, 5(2), 10-20.")
    assert _families(item) == [names.split(",")[0]]


def test_initials_e_a_are_no_et_al() -> None:
    assert [n.get("given") for n in names_from_span("Smith, J., & Lee, E. A.")] == ["J.", "E. A."]


@pytest.mark.parametrize(
    ("text", "genre", "publisher"),
    [
        (
            "Aksu, Ö. (2013). Biyoloji öğretmenlerinin görüşleri (Yayınlanmamış doktora tezi). "
            "Gazi Üniversitesi, Ankara.",
            "Yayınlanmamış doktora tezi",
            "Gazi Üniversitesi",
        ),
        (
            "Sari, D. (2018). Pengaruh motivasi terhadap prestasi belajar (Skripsi). "
            "Universitas Negeri Semarang, Semarang.",
            "Skripsi",
            "Universitas Negeri Semarang",
        ),
        ("Nilsen, K. (2019). Lærernes bruk av vurdering [Masteroppgave]. Universitetet i Oslo.", "Masteroppgave", None),
        ("Jansen, P. (2015). Leren in de klas (Proefschrift). Universiteit Utrecht, Utrecht.", "Proefschrift", None),
    ],
)
def test_a_degree_statement_in_other_languages_is_the_genre_not_the_title(
    text: str, genre: str, publisher: str | None
) -> None:
    item = read_reference(text)
    assert item["type"] == "thesis" and item["genre"] == genre
    assert genre not in item["title"]
    if publisher:
        assert item["publisher"] == publisher


@pytest.mark.parametrize("title", ["Metode Penelitian Kuantitatif, Kualitatif, dan R&D", "*Riset pemasaran AT&T*"])
def test_a_title_ending_in_an_ampersand_abbreviation_keeps_its_commas(title: str) -> None:
    item = read_reference(f"Sugiyono. (2017). {title}. Bandung: Alfabeta.")
    assert item["title"] == title.strip("*")
    assert (item["publisher-place"], item["publisher"]) == ("Bandung", "Alfabeta")


@pytest.mark.parametrize(
    ("text", "title", "number"),
    [
        (
            "Nærings- og fiskeridepartementet. (2017). Forskrift om produksjonsområder for akvakultur av matfisk i sjø "
            "av laks, ørret og regnbueørret (FOR-2017-01-16-61). Hentet fra https://lovdata.no/forskrift/2017-01-16-61",
            "Forskrift om produksjonsområder for akvakultur av matfisk i sjø av laks, ørret og regnbueørret",
            "FOR-2017-01-16-61",
        ),
        (
            "National Center for Education Statistics. (2020). The condition of education 2020 (NCES 2020-144). "
            "U.S. Department of Education.",
            "The condition of education 2020",
            "NCES 2020-144",
        ),
    ],
)
def test_a_documents_code_after_a_plain_title_is_its_number(text: str, title: str, number: str) -> None:
    item = read_reference(text)
    assert (item["title"], item["number"]) == (title, number)
    assert "container-title" not in item and "issue" not in item


@pytest.mark.parametrize(
    ("text", "editors", "book", "pages"),
    [
        (
            "Aladağ, E. (2009). Sosyal bilgiler eğitiminde yaratıcı drama. M. Safran (Ed.), Sosyal bilgiler öğretimi "
            "içinde (s. 471-484). Ankara: Pegem Akademi Yayıncılık.",
            ["Safran"],
            "Sosyal bilgiler öğretimi",
            "471-484",
        ),
        (
            "Kaya, M. (2015). Okul yönetimi. A. Demir ve B. Yılmaz (Ed.), *Eğitim yönetimi* içinde (ss. 10-25). "
            "Ankara: Nobel.",
            ["Demir", "Yılmaz"],
            "Eğitim yönetimi",
            "10-25",
        ),
        (
            "Toft, N. (2004). Measures of disease frequency. I H. Houe og A. K. Ersbøll (Red.), Introduction to "
            "Veterinary Epidemiology (s. 77–93). Frederiksberg: Biofolia.",
            ["Houe", "Ersbøll"],
            "Introduction to Veterinary Epidemiology",
            "77-93",
        ),
    ],
)
def test_turkish_editors_first_and_icinde_and_natural_order_and(
    text: str, editors: list[str], book: str, pages: str
) -> None:
    item = read_reference(text)
    assert item["type"] == "chapter"
    assert _families(item, "editor") == editors
    assert (item["container-title"], item["page"]) == (book, pages)


def test_editors_without_icinde_or_in_are_no_chapter_of_the_apa_reader() -> None:
    from biblio.parse.readers.apa.parser import parse_apa

    item = parse_apa("Smith, J. (2010). A title. J. Doe (Ed.), Book of things. London: Sage.")
    assert item is not None and "editor" not in item
