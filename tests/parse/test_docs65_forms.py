"""GOST and DSTU 8302 entries as lists typed by hand write them: a web document designated ``[Електронний ресурс]``
before an area naming its maker, its access date an area of its own (``— Дата звернення: 05.03.2026.``); a thesis
whose designation follows an unspaced colon (``Title: PhD thesis / …``), its school the imprint; a report whose host
is a standard's series and number (``// RFC 7519. — IETF, 2015.``). The references here are written for the tests."""

from __future__ import annotations

from biblio.parse import read_reference


def test_a_web_document_names_its_maker_after_the_medium() -> None:
    item = read_reference("Kubernetes Concepts [Електронний ресурс]. — The Linux Foundation. — Режим доступу: "
                          "https://kubernetes.io/docs/concepts/ — Дата звернення: 12.02.2025.")
    assert item["title"] == "Kubernetes Concepts"
    assert item["publisher"] == "The Linux Foundation"
    assert item["URL"] == "https://kubernetes.io/docs/concepts/"
    assert item["accessed"] == {"date-parts": [[2025, 2, 12]]}
    assert "issued" not in item and "author" not in item


def test_a_dash_before_the_medium_is_the_title_s_own() -> None:
    item = read_reference("CWE Top 25 — 2024 [Електронний ресурс]. — MITRE. — Режим доступу: "
                          "https://cwe.mitre.org/top25/ — Дата звернення: 01.03.2025.")
    assert item["title"] == "CWE Top 25 — 2024"
    assert item["publisher"] == "MITRE"
    assert "issued" not in item


def test_a_thesis_after_an_unspaced_colon_takes_its_school_as_publisher() -> None:
    item = read_reference("Ousterhout J. Partitioning and Cooperation in a Distributed Multiprocessor Operating "
                          "System: PhD thesis / J. Ousterhout. — Carnegie Mellon University, Pittsburgh, 1980. "
                          "— 180 p.")
    assert item["type"] == "thesis"
    assert item["title"] == "Partitioning and Cooperation in a Distributed Multiprocessor Operating System"
    assert item["genre"] == "PhD thesis"
    assert item["publisher"] == "Carnegie Mellon University, Pittsburgh"


def test_an_rfc_after_the_double_slash_is_the_report_s_number() -> None:
    item = read_reference("Hardt D. The OAuth 2.0 Authorization Framework / D. Hardt // RFC 6749. — IETF, 2012. "
                          "— 76 p.")
    assert item["type"] == "report"
    assert item["number"] == "RFC 6749"
    assert "container-title" not in item
    assert item["publisher"] == "IETF"


def test_names_initials_first_parted_by_commas_run_to_the_dash() -> None:
    item = read_reference("B. Forouzan, F. Mosharraf – *Computer Networks: A Top-Down Approach*, McGraw-Hill, 2012")
    assert [(n["family"], n["given"]) for n in item["author"]] == [("Forouzan", "B."), ("Mosharraf", "F.")]
    assert item["title"] == "Computer Networks: A Top-Down Approach"
