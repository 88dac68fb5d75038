"""GOST R 7.0.100 / 7.0.5 and DSTU 8302 references (tests/data/parse/slavic_real.jsonl), read by the GOST
reader (biblio/parse/readers/gost): the heading and the statement of responsibility after `` / ``, the host
after `` // ``, areas divided by ``. – `` or by full stops alone, ``Т. 70`` as the volume, ``№ 2`` and
``Вып. 3`` as the issue, ``С. 45–52`` as the pages, ``456 с.`` as no field at all, ``2-е изд.`` as the
edition, ``[Электронный ресурс]`` as no part of the title and ``(дата обращения: …)`` as the access date."""

from __future__ import annotations

from typing import Any

from biblio.parse import read_reference
from biblio.parse.readers import gost
from biblio.parse.readers.gost.names import heading, responsibility


def fields_of(text: str) -> dict[str, Any]:
    item = read_reference(text)
    return {k: v for k, v in item.items() if k != "custom"}


def test_journal_article_without_area_dashes() -> None:
    got = fields_of(
        "Соколов А. Н., Орлова Е. В. Рост кристаллов в тонких плёнках // Журнал технической физики. "
        "2019. Т. 89, № 4. С. 512–519."
    )
    assert [a["family"] for a in got["author"]] == ["Соколов", "Орлова"]
    assert got["title"] == "Рост кристаллов в тонких плёнках"
    assert got["container-title"] == "Журнал технической физики"
    assert (got["volume"], got["issue"], got["page"]) == ("89", "4", "512–519")
    assert got["issued"] == {"date-parts": [[2019]]}
    assert got["type"] == "article-journal"


def test_book_without_area_dashes_gives_its_number_of_pages_as_page() -> None:
    got = fields_of("Кузнецов Б. Г. Очерки истории физики. 3-е изд. СПб. : Питер, 2008. 312 с.")
    assert got["title"] == "Очерки истории физики"
    assert (got["edition"], got["publisher-place"], got["publisher"]) == ("3", "СПб.", "Питер")
    assert got["page"] == "312"
    assert got["type"] == "book"


def test_book_with_area_dashes_and_responsibility() -> None:
    got = fields_of(
        "Белов, Д. С. Основы теории графов : учебное пособие / Д. С. Белов, К. И. Ершова. – 2-е изд., перераб. "
        "– Москва : Юрайт, 2021. – 256 с. – ISBN 978-5-00000-000-0."
    )
    assert [a["family"] for a in got["author"]] == ["Белов", "Ершова"]
    assert got["title"] == "Основы теории графов"
    assert (got["edition"], got["publisher-place"], got["publisher"]) == ("2", "Москва", "Юрайт")
    assert got["page"] == "256" and "note" not in got


def test_web_resource_medium_address_and_access_date() -> None:
    got = fields_of(
        "Гаврилов, П. Р. Каталоги открытых данных / П. Р. Гаврилов. – [Электронный ресурс] // Информационные "
        "ресурсы России. – 2020. – № 3. – С. 10–14. – URL: https://example.org/irr/2020-3.pdf (дата обращения: "
        "12.03.2021)."
    )
    assert got["title"] == "Каталоги открытых данных"
    assert got["URL"] == "https://example.org/irr/2020-3.pdf"
    assert got["accessed"] == {"date-parts": [[2021, 3, 12]]}
    assert (got["issue"], got["page"]) == ("3", "10–14")


def test_thesis_other_title_information_is_the_degree() -> None:
    got = fields_of(
        "Лебедев, К. А. Устойчивость разностных схем : дис. … канд. физ.-мат. наук / К. А. Лебедев. – Новосибирск, "
        "2014. – 120 с."
    )
    assert got["type"] == "thesis"
    assert got["title"] == "Устойчивость разностных схем"
    assert got["genre"] == "дис. … канд. физ.-мат. наук"
    assert got["publisher-place"] == "Новосибирск"


def test_chapter_in_collected_works_and_short_title_area() -> None:
    got = fields_of(
        "Фёдоров, В. А. Метод сеток / В. А. Фёдоров, И. Н. Павлов // Избранные труды : в 3 т. – Л. : Наука, 1981. "
        "– Т. 2. – Метод сеток. – С. 40–77."
    )
    assert got["container-title"] == "Избранные труды"
    assert (got["volume"], got["page"], got["publisher-place"]) == ("2", "40–77", "Л.")
    assert got["type"] == "chapter"
    assert "note" not in got


def test_heading_particle_suffix_and_et_al() -> None:
    names, rest = heading("Silva, J.P. da. Title of the work") or ([], "")
    assert names == [{"family": "da Silva", "given": "J.P."}] and rest == "Title of the work"
    names, _ = heading("Brown, K.L. Jr. Another title") or ([], "")
    assert names == [{"family": "Brown", "given": "K.L.", "suffix": "Jr."}]
    assert responsibility("А. Б. Орлов, В. Г. Крылов [и др.]") == [
        {"family": "Орлов", "given": "А. Б."},
        {"family": "Крылов", "given": "В. Г."},
    ]
    assert responsibility("ред. А. Б. Орлов") is None


def test_other_styles_are_not_gost_shaped() -> None:
    assert not gost.gost_shaped("Smith, J. (2019). A title. Journal of Things, 12(3), 45–67. https://doi.org/10.1/x")
    assert not gost.gost_shaped("J. Smith, “A title,” IEEE Trans. Things, vol. 3, no. 2, pp. 1–9, 2019.")
    assert gost.read("Smith, J. 2019. A title / with a slash in it. Press.") is None


def test_collection_host_without_dashes_ends_before_its_imprint() -> None:
    got = fields_of(
        "Орлов П. К. Съёмка рельефа дна // Морские исследования. Сборник статей. Л.: Гидрометеоиздат, 1968. С. 40–52."
    )
    assert got["container-title"] == "Морские исследования. Сборник статей"
    assert (got["publisher-place"], got["publisher"], got["page"]) == ("Л.", "Гидрометеоиздат", "40–52")
    assert got["type"] == "chapter"


def test_dstu_article_without_the_double_slash() -> None:
    got = fields_of("Бондар О. В. Моделі прогнозу врожайності. Вісник аграрної науки. 2021. Т. 99, № 4. С. 61–69.")
    assert got["title"] == "Моделі прогнозу врожайності"
    assert got["container-title"] == "Вісник аграрної науки"
    assert (got["volume"], got["issue"], got["page"]) == ("99", "4", "61–69")
    assert got["type"] == "article-journal"
