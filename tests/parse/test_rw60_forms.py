"""Forms of hand-written lists (realworld39): DSTU 8302's areas written in English, as Ukrainian students give their
English entries (``*Title.* — Maker, 2023. — Available at: https://…``, ``— Kyiv: Publisher, 2022. — 368 p.``),
the maker a company whose legal form closes it (``Co., Ltd.``) and a note on the year in brackets after the year
(``2010 (updated 2021)``); a standard's designation heading its title (``DBN B.2.5-67:2013. Title``, ``ДСТУ
8302:2015. Назва``), its number. Harvard's medium where the title should be (``(2012). [online] Journal. Available
at:``), the name after it the journal, no title; an authorless title whose date the medium follows (``Title. (2015,
October 03) [online]. Available at:``); a journal named ``Journal of the`` and a society's name with PubMed's
abbreviation (``Journal of the Medical Library Association : JMLA``), one container, no publisher."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "3. *nRF52840 Product Specification.* — Nordic Semiconductor ASA, 2021. — "
        "Available at: https://infocenter.nordicsemi.com/pdf/nRF52840_PS_v1.7.pdf",
        {
            "author": None,
            "title": "nRF52840 Product Specification",
            "publisher": "Nordic Semiconductor ASA",
            "issued": {"date-parts": [[2021]]},
            "URL": "https://infocenter.nordicsemi.com/pdf/nRF52840_PS_v1.7.pdf",
        },
    ),
    (
        "*DHT22 Temperature and Humidity Sensor Datasheet.* — Aosong Electronics Co., Ltd., 2019. — "
        "Available at: https://www.sparkfun.com/datasheets/Sensors/Temperature/DHT22.pdf",
        {
            "title": "DHT22 Temperature and Humidity Sensor Datasheet",
            "publisher": "Aosong Electronics Co., Ltd.",
            "publisher-place": None,
            "issued": {"date-parts": [[2019]]},
        },
    ),
    (
        "*Guidelines for Drinking-water Quality.* — World Health Organization, 2017 (updated 2022). — "
        "Available at: https://www.who.int/publications/i/item/9789240045064",
        {
            "title": "Guidelines for Drinking-water Quality",
            "publisher": "World Health Organization",
            "issued": {"date-parts": [[2017]]},
            "volume": None,
        },
    ),
    (
        "*Raspberry Pi Pico Datasheet.* — Available at: https://datasheets.raspberrypi.com/pico/pico-datasheet.pdf",
        {
            "author": None,
            "title": "Raspberry Pi Pico Datasheet",
            "URL": "https://datasheets.raspberrypi.com/pico/pico-datasheet.pdf",
        },
    ),
    (
        "2. DBN V.2.6-31:2016. *Thermal Insulation of Buildings.* — Kyiv: Ministry of Regional Development, "
        "Construction and Housing of Ukraine, 2017. — 37 p.",
        {
            "type": "standard",
            "author": None,
            "number": "DBN V.2.6-31:2016",
            "title": "Thermal Insulation of Buildings",
            "publisher-place": "Kyiv",
            "issued": {"date-parts": [[2017]]},
            "page": "37",
        },
    ),
    (
        "ДСТУ 8302:2015. Інформація та документація. Бібліографічне посилання. Загальні положення та правила "
        "складання. – Київ : ДП «УкрНДНЦ», 2016. – 17 с.",
        {
            "type": "standard",
            "number": "ДСТУ 8302:2015",
            "title": "Інформація та документація. Бібліографічне посилання. Загальні положення та правила складання",
            "publisher": "ДП «УкрНДНЦ»",
            "page": "17",
        },
    ),
    (
        "Okafor, C. and Mensah, E. (2016). [online] BMC Public Health. Available at: "
        "https://bmcpublichealth.biomedcentral.com/track/pdf/10.1186/s12889-016-3000-1 [Accessed 4 May 2021].",
        {"title": None, "container-title": "BMC Public Health", "issued": {"date-parts": [[2016]]}},
    ),
    (
        "Malaria fact sheet. (2018, March 12) [online]. Available at: <https://www.who.int/news-room/fact-sheets/"
        "detail/malaria> [Accessed 9 April 2020]",
        {
            "author": None,
            "title": "Malaria fact sheet",
            "issued": {"date-parts": [[2018, 3, 12]]},
            "container-title": None,
            "URL": "https://www.who.int/news-room/fact-sheets/detail/malaria",
        },
    ),
    (
        "Otieno, P. and Wanjiku, M., 2019. Open access publishing among Kenyan researchers. Journal of the Medical "
        "Library Association : JMLA. Available at: https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6000000/ "
        "[Accessed March 2, 2020].",
        {"container-title": "Journal of the Medical Library Association : JMLA", "publisher": None},
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_rw60_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
