"""Forms of four house styles met in hydrology, railway engineering, quantitative finance and aviation-engine
references (tests/data/parse/disc_real21.jsonl): a PDF conversion's MDPI numbers with underscore italics and a
bold year (``_Appl. Sci._ **2020** , _10_ , 1874.``), the volume that repeats the year (``**2021** , _2021_ ,
6643210``), the italic journal whose first abbreviations were read into the title, and Copernicus's closing
``…, URL, last access: 14 May 2012, 2008.`` with an ftp address. The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.mends.bold_years import bold_year_after_journal
from biblio.parse.mends.journal_year import abbreviation_sentence_before_journal
from biblio.parse.mends.volume_page import range_after_volume_comma_is_page
from biblio.parse.spans import Span


def _read(text: str) -> dict[str, Any]:
    return parse_reference(text)


@pytest.mark.parametrize(
    ("text", "journal", "volume", "page"),
    [
        (
            "11. Silva, T.; Moura, J. A wayside scale for tram wheels. _Appl. Sci._ **2020** , _10_ , 1874. [CrossRef]",
            "Appl. Sci.",
            "10",
            "1874",
        ),
        (
            "9. Rossi, P.; Bianchi, G. Vibration limits for light rail vehicles. _Shock. Vib._ **2021** , _2021_ , "
            "6643210. [CrossRef]",
            "Shock. Vib.",
            "2021",
            "6643210",
        ),
        (
            "10. Rossi, P.; Bianchi, G. Vibration limits for light rail vehicles. _Math. Probl. Eng._ **2015** , "
            "_2015_ , 318472. [CrossRef]",
            "Math. Probl. Eng.",
            "2015",
            "318472",
        ),
    ],
)
def test_mdpi_underscore_numbers_after_the_bold_year(text: str, journal: str, volume: str, page: str) -> None:
    item = _read(text)
    assert item.get("container-title") == journal
    assert item.get("volume") == volume
    assert item.get("page") == page
    assert item["issued"]["date-parts"][0][0] == int(text.split("**")[1])


def test_italic_journal_whose_first_abbreviations_were_read_into_the_title() -> None:
    item = _read(
        "14. Park, H.; Kim, S. Tool wear sensing in milling with acoustic emission. _Robot. Comput. -Integr. Manuf._ "
        "**2018** , _52_ , 12–20. [CrossRef]"
    )
    assert item["title"] == "Tool wear sensing in milling with acoustic emission"
    assert item["container-title"] == "Robot. Comput. -Integr. Manuf."
    assert item["volume"] == "52"


def test_underscore_italic_journal_then_bold_year_read_as_one_journal() -> None:
    text = "Title. _Proc. Inst. Mech. Eng. Part F J. Rail Rapid Transit_ **2000**, _214_, 79–91."
    a = text.index("Proc.")
    z = text.index(",", text.index("**2000**")) + 1
    spans = [Span("title", "Title.", 0, 6), Span("journal", text[a:z], a, z)]
    mended = bold_year_after_journal(spans, text)
    assert [(s.label, s.text) for s in mended] == [
        ("title", "Title."),
        ("journal", "Proc. Inst. Mech. Eng. Part F J. Rail Rapid Transit"),
        ("date", "2000"),
    ]


def test_copernicus_last_access_then_the_work_year_with_an_ftp_address() -> None:
    item = _read(
        "Smith, J. and Lee, K.: Rainfall records of the Pennines, Weather Notes, available at: "
        "ftp://ftp.example.org/rain/pennines.txt, last access: 14 May 2012, 2008."
    )
    assert item["URL"] == "ftp://ftp.example.org/rain/pennines.txt"
    assert item["accessed"]["date-parts"] == [[2012, 5, 14]]
    assert item["issued"]["date-parts"] == [[2008]]


def test_copernicus_last_access_then_the_work_year() -> None:
    item = _read(
        "Brown, A., Grey, T., and White, P.: Flood frequency software, version 2, available at: "
        "https://flood.example.net/ffa, last access: 9 October 2020, 2018."
    )
    assert item["accessed"]["date-parts"] == [[2020, 10, 9]]
    assert item["issued"]["date-parts"] == [[2018]]


def test_copernicus_range_after_the_volume_comma_is_the_pages() -> None:
    text = "Huber, L.: Grundwasser im Alpenvorland, STANDORT – Zeitschrift für Geographie, 28, 47–59, 2008."
    pieces = [("author", "Huber, L.:"), ("title", "Grundwasser im Alpenvorland,")]
    pieces += [("journal", "STANDORT – Zeitschrift für Geographie,"), ("volume", "28,"), ("issue", "47–59,")]
    pieces += [("date", "2008.")]
    spans = [Span(label, part, text.index(part), text.index(part) + len(part)) for label, part in pieces]
    mended = range_after_volume_comma_is_page(spans, text)
    assert [(s.label, s.text) for s in mended][-3:] == [("volume", "28,"), ("pages", "47–59,"), ("date", "2008.")]
    double = text.replace("47–59", "3–4")
    spans = [
        Span(
            label,
            part.replace("47–59", "3–4"),
            double.index(part.replace("47–59", "3–4")),
            double.index(part.replace("47–59", "3–4")) + len(part.replace("47–59", "3–4")),
        )
        for label, part in pieces
    ]
    assert range_after_volume_comma_is_page(spans, double) == spans


@pytest.mark.parametrize(
    ("text", "title", "publisher", "place"),
    [
        (
            "Novak, P. and Sato, K., Decentralized Exchanges: Design, Risk, and Regulation, 2022 "
            "(World Scientific: Singapore).",
            "Decentralized Exchanges: Design, Risk, and Regulation",
            "World Scientific",
            "Singapore",
        ),
        (
            "Varga, E., Stochastic Volatility Modelling, 2016 (John Wiley & Sons Inc.: Chichester).",
            "Stochastic Volatility Modelling",
            "John Wiley & Sons Inc.",
            "Chichester",
        ),
    ],
)
def test_book_with_its_year_before_the_bracketed_imprint(text: str, title: str, publisher: str, place: str) -> None:
    item = _read(text)
    assert item["title"] == title
    assert item["publisher"] == publisher
    assert item["publisher-place"] == place


def test_journal_abbreviations_glued_to_the_journal_read_into_the_title() -> None:
    item = _read(
        "Weber, K.: Irrigation demand under drought, J. Irrig. Drain. E.-ASCE, 131, 402–411, "
        "doi:10.1061/(ASCE)0733-9437(2005)131:5(402), 2005."
    )
    assert item["title"] == "Irrigation demand under drought"
    assert item["container-title"] == "J. Irrig. Drain. E.-ASCE"


def test_journal_first_abbreviation_read_as_the_title_last_sentence() -> None:
    text = "Okoro, B., Pricing liquidity in automated exchanges: A survey. Financ. Innovation, 2021, 7, 44."
    pieces = [("author", "Okoro, B.,"), ("title", "Pricing liquidity in automated exchanges: A survey. Financ.")]
    pieces += [("journal", "Innovation,"), ("date", "2021,"), ("volume", "7,"), ("pages", "44.")]
    spans = [Span(label, part, text.index(part), text.index(part) + len(part)) for label, part in pieces]
    mended = abbreviation_sentence_before_journal(spans, text)
    assert [(s.label, s.text) for s in mended][1:3] == [
        ("title", "Pricing liquidity in automated exchanges: A survey."),
        ("journal", "Financ. Innovation,"),
    ]
