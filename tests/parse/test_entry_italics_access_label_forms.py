"""A reference set wholly in one asterisk italic run (a Markdown list whose every line is in italics, the journal
in bold inside), and ISO 690's Czech "Dostupné z:" before an address in a reference the Chicago reader takes:
the run styles the line, and the label names no site."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("*Novak, P., & Weiss, R. (2004). Packing boxes in three dimensions. **Journal of Heuristics, 12**(4), "
         "301\u2011322.*",
         {"title": "Packing boxes in three dimensions", "container-title": "Journal of Heuristics", "volume": "12",
          "issue": "4", "page": "301-322"}),
        ("*Carter, M. (1998). *Scheduling and timetabling in practice*. Wiley & Sons.*",
         {"title": "Scheduling and timetabling in practice", "publisher": "Wiley & Sons"}),
        ("*Kivy Developers. (2023). Kivy Documentation. https://kivy.org/doc/*",
         {"title": "Kivy Documentation", "URL": "https://kivy.org/doc/"}),
    ],
)
def test_an_entry_wholly_in_italics_is_read_as_the_entry(text: str, expected: dict[str, str]) -> None:
    record = parse_reference(text)
    assert {key: record.get(key) for key in expected} == expected
    assert record["issued"]["date-parts"][0][0] in (1998, 2004, 2023)


def test_an_italic_title_alone_is_still_a_title() -> None:
    # no names and bracketed year inside: the italics mark the title, as before
    record = parse_reference("*Packing boxes in three dimensions*. Wiley, 2004.")
    assert record.get("title") == "Packing boxes in three dimensions"


@pytest.mark.parametrize(
    "text",
    [
        "TEXAS INSTRUMENTS. *LM317 3-Terminal Adjustable Regulator*. 2020. Dostupné z: https://www.ti.com/lit/ds/lm317.pdf",
        "NORDIC SEMICONDUCTOR. *nRF52832 Product Specification: Bluetooth Low Energy SoC*. 2017. "
        "Dostupné z: https://infocenter.nordicsemi.com/pdf/nRF52832_PS_v1.4.pdf",
    ],
)
def test_dostupne_z_names_no_site(text: str) -> None:
    record = parse_reference(text)
    assert "container-title" not in record and "publisher" not in record
    assert record["URL"].startswith("https://")


@pytest.mark.parametrize(
    ("text", "title", "site", "issued", "accessed"),
    [
        # a citation generator's web entry, its ISO dates spaced by a PDF's text (the year's last digit cut off)
        ("_de.wikipedia.org: Python (Programmiersprache)_ [online]. 1991 - 02 - 20 [cit. 202 4 - 05 - 02 ]. "
         "Dostupné z: https://de.wikipedia.org/wiki/Python_(Programmiersprache)",
         "Python (Programmiersprache)", "de.wikipedia.org", [1991, 2, 20], [2024, 5, 2]),
        ("_nodejs.org: Node.js_ [online]. 2009 - 05 - 27 [cit. 2022 - 11 - 30 ]. Dostupné z: https://nodejs.org",
         "Node.js", "nodejs.org", [2009, 5, 27], [2022, 11, 30]),
    ],
)
def test_a_host_before_the_title_is_the_site_and_spaced_dates_are_dates(
        text: str, title: str, site: str, issued: list[int], accessed: list[int]) -> None:
    record = parse_reference(text)
    assert (record.get("title"), record.get("container-title")) == (title, site)
    assert "author" not in record and "page" not in record
    assert record["issued"]["date-parts"][0] == issued and record["accessed"]["date-parts"][0] == accessed


@pytest.mark.parametrize(
    ("text", "title", "by", "year"),
    [
        ("[Designing data pipelines](https://www.databricks.com/blog/designing-data-pipelines) — Databricks, 03/2023",
         "Designing data pipelines", "Databricks", 2023),
        ("[Introducing the model context protocol](https://www.anthropic.com/news/model-context-protocol) — Anthropic, "
         "11/2024", "Introducing the model context protocol", "Anthropic", 2024),
    ],
)
def test_a_name_after_a_dash_and_before_the_date_is_the_author(text: str, title: str, by: str, year: int) -> None:
    # a blog's list: the linked title, a dash, who published it and when (the link's target moved after it)
    record = parse_reference(text)
    assert record.get("title") == title
    assert [a.get("family") or a.get("literal") for a in record["author"]] == [by]
    assert record["issued"]["date-parts"][0][0] == year
