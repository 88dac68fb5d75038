"""Needs-review, round flag46: marks a field writes inside itself no longer count as a boundary the reading ran over
(``review/marks.py``: a package's or site's dotted name, Google Scholar's volume and issue before the year's bracket,
a count of volumes, an abbreviated journal's ``., ``, a title's span of years, a list of names in a title, a place's
state or province), a bold author's stars no longer read as italics, and two forced checks read from the gold sets'
silent wrongs (``review/misplaced.py``): a body's capitals read as a person's initials before APA's date, and a volume
glued to the journal's name."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.review.misplaced import misplaced_signals
from biblio.records.model import Item

from .form_cases import own_mark


def _flagged(text: str) -> bool:
    return "needs-review" in read_reference(text)["custom"]["biblio"].get("flags", [])


@pytest.mark.parametrize(
    ("words", "left", "right", "own"),
    [
        # a package's, file's or site's dotted name
        ([("Seth D. Axen. ", "author"), ("ManifoldMeasures.jl. ", "title")], "ManifoldMeasures", "jl", True),
        ([("Overview. ", "title"), ("xilinx.com.", "container-title")], "xilinx", "com", True),
        # a sentence's full stop before a word in lower case is left to the counts
        ([("Open Science. ec.europa.eu", "title")], "Science", "ec", False),
        # Google Scholar's "57.13 (1998)", a count of volumes; the ACM's "7, 3 (2019)" is left to the counts
        ([("IEEE Trans. Big Data ", "journal"), ("7, 3 ", "volume"), ("(2019)", "date")], "7", "3", False),
        ([("Physical Review B ", "journal"), ("57.13 ", "volume"), ("(1998)", "date")], "57", "13", True),
        ([("*Michelangelo*. ", "title"), ("5 vols. ", "volume"), ("New York", "location")], "5", "vols", True),
        ([("Journal ", "journal"), ("7, 3, ", "volume"), ("2019", "date")], "7", "3", False),
        # an abbreviated journal's full stop and comma before its next abbreviated word
        ([("Angew. Chem., Int. Ed., ", "journal"), ("2019", "date")], "Chem", "Int", True),
        # a title's comma before the span of years it names, its words going on
        ([("Mortality Estimates, 1990–2019 for Countries. ", "title")], "Estimates", "1990–2019", True),
        ([("Mortality Estimates, 1990–2019. ", "title")], "Estimates", "1990–2019", False),
        # a place's state or province
        ([("Lincoln, NE: ", "location"), ("University of Nebraska Press", "publisher")], "Lincoln", "NE", True),
        ([("Lévis (Quebec), ", "location"), ("2007", "date")], "Lévis", "Quebec", True),
        ([("Lincoln, Nebraska: ", "location")], "Lincoln", "Nebraska", False),
        # a list of names the title holds, closed on "and"
        ([("Cybertypes: Race, Ethnicity, and Identity on the Internet. ", "title")], "Race", "Ethnicity", True),
        ([("Unsettling Opera: Staging Mozart, Verdi, Wagner, and Zemlinsky ", "title")], "Mozart", "Verdi", True),
        ([("Roman Jet in the Yorkshire Museum, Yorkshire Museum. ", "title")], "Museum", "Yorkshire", False),
        (
            [("Supervised Learning with Quantum Computers, Quantum Science and Technology", "title")],
            "Computers",
            "Quantum",
            False,
        ),
    ],
)
def test_a_fieldsown_mark(words: list[tuple[str, str]], left: str, right: str, own: bool) -> None:
    assert own_mark(words, left, right) is own


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a body's capitals before APA's date, now read as the body (test_fix60_forms): nothing left to flag
        ("Meta AI. (2024). Llama 3.3 Model Card. https://llama.meta.com", False),
        ("Selector AI. (n.d.). Network architects. https://www.selector.ai/network-architects/", False),
        # a volume glued to the journal's name, its pages read
        (
            "Herbertsson, L., & Smith, H. G. (2018). The impact of sown flower strips on plant reproductive success. "
            "Agriculture, Ecosystems and Environment259, 127-134. https://doi.org/10.1016/j.agee.2018.03.006",
            True,
        ),
    ],
)
def test_the_new_forced_checks_flag(text: str, flagged: bool) -> None:
    assert _flagged(text) is flagged


@pytest.mark.parametrize(
    ("item", "source", "fires"),
    [
        ({"author": [{"family": "Meta", "given": "AI"}]}, "Meta AI. (2024). Model card.", True),
        # Vancouver's initials before a bare year, or a Harvard bracket with no full stop: a person's
        ({"author": [{"family": "Lynch", "given": "MP"}]}, "Lynch MP (2016) The internet of us.", False),
        ({"author": [{"family": "Hunter", "given": "MD"}]}, "Hunter MD. 2001. Multiple approaches.", False),
        ({"author": [{"family": "Meta", "given": "AI"}, {"family": "Smith", "given": "J"}]}, "Meta AI. (2024).", False),
    ],
)
def test_capitals_before_apa_date(item: Item, source: str, fires: bool) -> None:
    assert bool(misplaced_signals(item, source).get("name:acronym-as-initials")) is fires


@pytest.mark.parametrize(
    ("item", "fires"),
    [
        ({"container-title": "Agriculture, Ecosystems and Environment259", "page": "127-134"}, True),
        ({"container-title": "New England Review_38", "issue": "1"}, True),
        # a site's name with a number and no locator, or a volume read apart
        ({"container-title": "Marketing91"}, False),
        ({"container-title": "Environment259", "volume": "259", "page": "127-134"}, False),
        ({"container-title": "Proceedings of ICML2020", "page": "1-9"}, False),
    ],
)
def test_volume_glued_to_the_journal(item: Item, fires: bool) -> None:
    assert bool(misplaced_signals(item, "").get("container:closes-on-code")) is fires


def test_a_bold_author_sets_off_no_italics() -> None:
    """The inner stars of ``**GitHub.**`` are no italic span the title runs past (``value:runs-past-italics``)."""
    from biblio.parse.review.signals import runs_past_italics

    item: Item = {"title": "GitHub Archive Program", "author": [{"literal": "GitHub"}]}
    source = "**GitHub.** (2023). *GitHub Archive Program*. [En ligne]. https://archiveprogram.github.com/"
    assert not runs_past_italics(item, source)
    assert runs_past_italics({"title": "Yale Environment 360, Yale School"}, "*Yale Environment 360*, Yale School.")
