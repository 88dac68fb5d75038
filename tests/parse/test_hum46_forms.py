"""Forms of European humanities lists (``humanities_real13.jsonl``): Catalan's and Spanish's journal with its
town in brackets before ``v. 120, n. 4, p. 984-1009``, Isis's ``*2*/1:95–112`` (the volume, a slash and the
issue), Polish's ``W:`` before a chapter's book and ``red.`` after an editor's initial, ISO 690's ``Title. Town:
Publisher.`` read into the title, Czech's ``str.`` before the pages. The examples are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference


def _names(item: dict[str, Any], role: str) -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get(role, [])]


CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Serra, Pere (2001). Les oracions relatives en el català antic. Els Marges (Barcelona), n. 12, p. 40-58.",
        {"container-title": "Els Marges", "publisher-place": "Barcelona", "issue": "12", "page": "40-58"},
    ),
    (
        "Puig, Anna (2015). Weak definites in Romance. Lingua (Amsterdam), v. 150, n. 2, p. 10-30.",
        {"container-title": "Lingua", "publisher-place": "Amsterdam", "volume": "150", "issue": "2", "page": "10-30"},
    ),
    (
        "Mas, J. 1998. Els clítics pronominals. Caplletra (València), n. 24, p. 77-95.",
        {"title": "Els clítics pronominals", "container-title": "Caplletra", "publisher-place": "València",
         "issue": "24", "page": "77-95"},
    ),
    (
        "Jane Doe, “Letters and Their Readers,” *Past and Present*, 1999, *12*/3:45–67.",
        {"container-title": "Past and Present", "volume": "12", "issue": "3", "page": "45-67"},
    ),
    (
        "Nowak, J. 2010. Szyk wyrazów w polszczyźnie mówionej. W: *Studia z gramatyki polskiej*, red. K. Lis, "
        "M. Bąk, s. 21–40. Kraków: Universitas.",
        {"title": "Szyk wyrazów w polszczyźnie mówionej", "container-title": "Studia z gramatyki polskiej",
         "page": "21-40", "publisher": "Universitas"},
    ),
    (
        "BENEŠ, Ábeľ; KOVÁČ, Ján. 1985. Morfológia a syntax. Bratislava: Slovenské pedagogické nakladateľstvo. "
        "ISBN: 80-08-00036-8.",
        {"title": "Morfológia a syntax", "publisher-place": "Bratislava",
         "publisher": "Slovenské pedagogické nakladateľstvo"},
    ),
    (
        "DOLEŽAL, Karel. Kapitoly z dějin divadla. Praha: Academia, 2003, str. 101-118.",
        {"page": "101-118", "publisher": "Academia", "publisher-place": "Praha"},
    ),
    (
        "SVOBODA, Petr. 2005. Čeština v kontaktu. In: Jazykové studie. Olomouc: Vydavatelství Univerzity Palackého, "
        "41-55.",
        {"container-title": "Jazykové studie", "publisher-place": "Olomouc",
         "publisher": "Vydavatelství Univerzity Palackého", "page": "41-55"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fields(text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    got = {k: item.get(k) for k in expected}
    if "page" in got and isinstance(got["page"], str):
        got["page"] = got["page"].replace("–", "-")
    assert got == expected


def test_polish_chapter_editors() -> None:
    item = parse_reference(
        "Nowak, J. 2010. Szyk wyrazów w polszczyźnie mówionej. W: *Studia z gramatyki polskiej*, red. K. Lis, "
        "M. Bąk, s. 21–40. Kraków: Universitas."
    )
    assert _names(item, "author") == ["Nowak"]
    assert _names(item, "editor") == ["Lis", "Bąk"]


@pytest.mark.parametrize(
    "text",
    [
        "Kowalski, J. red. 2004. *Słownik języka polskiego*. Warszawa: PWN.",
        "Kowalski, J., red. 2004. *Słownik języka polskiego*. Warszawa: PWN.",
    ],
)
def test_red_after_initial_names_the_editor(text: str) -> None:
    item = parse_reference(text)
    assert _names(item, "editor") == ["Kowalski"]
    assert "author" not in item
    assert item["editor"][0].get("given") == "J."


def test_bracket_closing_container_is_flagged() -> None:
    from biblio.parse.review.held_forms import held_form_signals

    source = "Name, “Title,” in *Book* [Series, 18], edited by X (Leuven: University Press, 2002), pp. 1–5."
    read = {"title": "Title", "container-title": "Book [Series, 18]", "publisher-place": "Leuven"}
    assert "value:closes-on-bracket" in held_form_signals(read, source)
    right = {"title": "Title", "container-title": "Book", "publisher-place": "Leuven"}
    assert "value:closes-on-bracket" not in held_form_signals(right, source)
    opened = {"title": "Title", "container-title": "Book", "publisher-place": "Berlin [e.a"}
    assert "value:closes-on-bracket" in held_form_signals(opened, source)
