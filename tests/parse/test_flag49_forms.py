"""Needs-review, round flag49: three forced checks read from the gold sets' silent wrongs (``review/held_forms.py``:
Vancouver's initials run into a family name, a person's inverted name kept whole as a body's closing on its initial, a
list's citation key inside a value); marks a field writes inside itself no longer count as a boundary the reading ran
over (``review/marks.py``: a link after a page or a volume, a meeting's date inside the proceedings' name, a series'
number word, a journal's bracketed qualifier, an access note's words before the day it names, an abbreviation's full
stops in a title, a standard's designation before its title's comma); and a structured reader's body as author is no
longer doubted for the model reading it otherwise (``review/signals.py``)."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.review.held_forms import held_form_signals

from .form_cases import needs_review, own_mark

SILENT_WRONGS = [
    ("(Caro) A Caro, DA Crowson, M Caro; Phys Rev Lett, 95, 075702 (2005)", "name:initials-open-family"),
    (
        "16. Henk AL Kiers. Towards a standardized notation and terminology in multiway analysis. Journal of "
        "Chemometrics: A Journal of the Chemometrics Society, 14(3):105–122, 2000.",
        "name:initials-open-family",
    ),
    (
        "Corporation M. 2020. CVE (version 20061101) and candidates as of 20220629. Available at "
        "https://cve.mitre.org/data/downloads/allitems.html.",
        "name:closes-on-initial",
    ),
    (
        "Stronge, T. (2024), What We Know (And Don’t) About Multiple Cable Faults in the Red Sea, [9] TeleGeography, "
        "https://blog.telegeography.com/what-we-know-and-dont-about-multiplecable-faults-in-the-red-sea (accessed on "
        "16 April 2024).",
        "value:holds-citation-key",
    ),
]


@pytest.mark.parametrize(("text", "signal"), SILENT_WRONGS)
def test_silent_wrong_flagged(text: str, signal: str) -> None:
    item = parse_reference(text)
    assert signal in held_form_signals(item, text)
    assert needs_review(text)


# the legitimate look-alikes: a family name in capitals with its particles, a body's name, a bracket of a chemical's
# label in a title, a numbered part in brackets
RIGHT_VALUES: list[dict[str, Any]] = [
    {"type": "book", "title": "Title", "author": [{"family": "DE LA CRUZ", "given": "Maria"}]},
    {"type": "book", "title": "Title", "author": [{"family": "McDonald", "given": "Ann"}]},
    {"type": "report", "title": "Title", "author": [{"literal": "Hewlett-Packard Company"}]},
    {"type": "report", "title": "Title", "author": [{"literal": "MITRE Corporation"}]},
    {"type": "article-journal", "title": "Uptake of [3H]thymidine in cultured cells", "container-title": "J"},
    {"type": "book", "title": "Collected Works [Volume 2]", "publisher": "Press"},
    {"type": "book", "title": "The relation of government to monetary control [1] March 29, 1935"},
]


@pytest.mark.parametrize("item", RIGHT_VALUES)
def test_legitimate_values_not_named(item: dict[str, Any]) -> None:
    fired = held_form_signals(item, "")
    assert not {"name:initials-open-family", "name:closes-on-initial", "value:holds-citation-key"} & set(fired)


@pytest.mark.parametrize(
    ("words", "left", "right", "own"),
    [
        # a link after the pages: taken apart from the text whatever its label
        (
            [("pp. 326–348, https://doi.org/10.1016/j.compfluid.2004.12.004", "pages")],
            "326–348",
            "https://doi.org/10.1016/j.compfluid.2004.12.004",
            True,
        ),
        ([("pp. 326–348, Table 6", "pages")], "326–348", "Table", False),
        # a meeting's date inside the proceedings' name
        ([("Proceedings of the Conference, Italy, May 13-15, 2010", "container-title")], "13-15", "2010", True),
        ([("Proceedings of the Conference, 13, 2010", "container-title")], "13", "2010", False),
        # a series' number word and its full stop
        ([("IZA Discussion Paper No. 12853", "container-title")], "No", "12853", True),
        ([("Working Paper. 12853", "container-title")], "Paper", "12853", False),
        # a journal's bracketed qualifier; an editor's role in brackets is left to the counts
        ([("Polymers (Basel) ", "journal"), ("2018", "date")], "Polymers", "Basel", True),
        ([("Journal of Geophysical Research (Planets)", "journal")], "Research", "Planets", True),
        ([("Handbook (Eds.)", "journal")], "Handbook", "Eds", False),
        # an access note's words before the day it names
        ([("Acesso em: 23 de maio 2024", "date")], "em", "23", True),
        ([("2024: 23", "date")], "2024", "23", False),
        # an abbreviation's full stops inside a title; a name's spaced initials are left to the counts
        ([("The U.S. District Courts and the Federal Judiciary", "title")], "U", "S", True),
        ([("Essays on T. S. Kuhn", "title")], "T", "S", False),
        # a standard's or a filing's designation before the title's comma
        ([("IEC 19757-3:2025, Information technology", "title")], "2025", "Information", True),
        ([("Apple Inc, Form 8-K, Current Report", "title")], "8-K", "Current", True),
        ([("Findings 19757-3:2025, Information technology", "title")], "2025", "Information", False),
    ],
)
def test_a_fields_own_mark(words: list[tuple[str, str]], left: str, right: str, own: bool) -> None:
    assert own_mark(words, left, right) is own


# right readings a field's own mark or the model's other author flagged (the gold sets' legitimate forms); the
# wrong reading of a body of two people stays flagged
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "[3] C.-H. Bruneau and M. Saad, The 2d lid-driven cavity problem revisited, Computers & Fluids, 35 (2006), "
            "pp. 326–348, https://doi.org/10.1016/j.compfluid.2004.12.004.",
            False,
        ),
        (
            "Stevenson, M. T., & Doleac, J. L. (2022). Algorithmic risk assessment in the hands of humans. *IZA "
            "Discussion Paper No. 12853*.",
            False,
        ),
        (
            "National Heart, Lung, and Blood Institute. (2019). Blood health and diseases. U.S. Department of Health "
            "and Human Services. https://www.nhlbi.nih.gov/health-topics/education-and-awareness/blood-diseases",
            False,
        ),
        (
            "BC Hydro. (2013). Environmental impact statement executive summary. Canadian Environmental Assessment "
            "Agency. http://www.ceaa-acee.gc.ca/050/documents/p63919/92556E.pdf",
            False,
        ),
        (
            "Lloyd-Smith and Immig. (2018). *Ocean Pollutants Guide: Toxic Threats to Human Health and Marine Life*. "
            "International Pollutants Elimination Network/National Toxics Network. "
            "https://ipen.org/sites/default/files/documents/ipen-ocean-pollutants-v2_1-en-web.pdf.",
            True,
        ),
    ],
)
def test_flag_on_legitimate_forms(text: str, flagged: bool) -> None:
    assert needs_review(text) is flagged
