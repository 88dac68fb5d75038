"""ABNT NBR 6023 and GOST forms as plain text gives them (the journal's bold lost in copying), typed as the norms
write them: the journal's town before ``v.``, a family name in capitals with given names written out, GOST's
``[Электронный ресурс]`` after the title."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_town_after_a_plain_journal_is_its_place() -> None:
    item = parse_reference(
        "OLIVEIRA, P. R. A escola pública. Revista Brasileira de Educação, São Paulo, v. 20, n. 3, p. 45-60, 2015."
    )
    assert (item.get("container-title"), item.get("publisher-place")) == ("Revista Brasileira de Educação", "São Paulo")
    assert (item.get("volume"), item.get("issue"), item.get("page")) == ("20", "3", "45-60")


def test_capitals_then_given_names_written_out_end_the_names() -> None:
    item = parse_reference(
        "SOUZA, Maria. Educação e tecnologia. 2015. 180 f. Tese (Doutorado em Educação) – Universidade de São Paulo, "
        "São Paulo, 2015."
    )
    assert item["author"] == [{"family": "SOUZA", "given": "Maria"}]
    assert item.get("title") == "Educação e tecnologia"


def test_gost_electronic_resource_is_the_medium() -> None:
    item = parse_reference(
        "Ковалёв В. Н. Цифровая экономика [Электронный ресурс]. URL: https://example.ru/article "
        "(дата обращения: 12.03.2021)."
    )
    assert item.get("title") == "Цифровая экономика"
    assert item.get("medium") == "Электронный ресурс"
