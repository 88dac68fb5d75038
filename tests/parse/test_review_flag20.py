"""Needs-review, round flag20: right references the flag marked on checks whose evidence was weak there, and one new
forced check read from the gold sets' silent wrongs.

A field's own marks no longer read as doubt (``review/marks.py``): a year before its month's name (``2015 May 28``),
a title's comma before the years it names inside its quotes or italics, a title's full stop before a subtitle opening
on the article ``A``.  A title that stops inside its italic span where the rest is the whole of the
container, genre or link the record holds is no cut; a year between a volume's colon and the pages is the date
(``signals.py``).  A publisher closing on its medium's word is forced (``review/loose_ends.py``)."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.model.labeller import Reading
from biblio.parse.review.loose_ends import loose_end_signals
from biblio.parse.review.marks import mark_signals
from biblio.parse.review.score import FORCED_BY_LOOSE_END
from biblio.parse.review.signals import cut_inside_italics, misread_shape, year_from_locator
from biblio.parse.tokens import tokenize
from biblio.records.model import Item, flags


def _reading(text: str, labels: list[str]) -> Reading:
    tokens = tokenize(text)
    assert len(tokens) == len(labels), [t.text for t in tokens]
    return Reading(tokens, labels, [1.0] * len(labels), [], 1.0)


@pytest.mark.parametrize(
    ("text", "labels", "odd"),
    [
        # Vancouver's date: a year before its month's name
        ("2015 May 28", ["date"] * 3, False),
        # a year, a comma and a number in one field stay odd: the year, then the volume
        ("2008, 45", ["date"] * 3, True),
        # a title's comma before the years it names, inside its italics or quotes
        ("*Rome and Persia at War, 502–532*", ["title"] * 7, False),
        ("“Italian National Accounts, 1861-2011”", ["title"] * 7, False),
        # a title's full stop before a subtitle opening on the article "A"; a name's initial "A." stays odd
        ("Pre-operative fasting for paediatric anaesthesia. A survey of current practice", ["title"] * 11, False),
        ("Pre-operative fasting for paediatric anaesthesia. A. Smith", ["title"] * 9, True),
        # a comma between two words in quotes is left to the counts
        ("“Plane Crash, Experts Say”", ["title"] * 7, True),
    ],
)
def test_a_fields_own_marks_are_no_odd_mark(text: str, labels: list[str], odd: bool) -> None:
    assert (mark_signals(_reading(text, labels))["marks:odd-inside"] > 0.2) is odd


@pytest.mark.parametrize(
    "text",
    [
        # flagged on the marks of a date (scholar_forms)
        "LeCun Y, Bengio Y, Hinton G. Deep learning. nature. 2015 May 28;521(7553):436-44.",
        # a subtitle's article after the title's full stop (natsci_real's "… forces. I. …" is left to the counts)
        "Emerson BM, Wrigley SR, Newton M. Pre-operative fasting for paediatric anaesthesia. A survey of current "
        "practice. Anaesthesia 1998; 53, pages 326-330.",
        # a title's period inside its italics (humanities_real4)
        "Greatrex, Geoffrey: *Rome and Persia at War, 502–532*. London: Francis Cairns, 1998.",
        # the italic span holding the title and the journal, the title and the link (realworld15)
        "Aldar, L., Pliskin, R., Hasson, Y. & Halperin, E. (2025). *Legitimizing inclusion: Psychological "
        "interventions increase support for minority inclusion in the political game, but less so during wartime. "
        "Political Psychology*. https://doi.org/10.1111/pops.70030",
        "Equal Future. (2025). *Discriminatory laws and legislation. "
        "https://equalfuture-eurasia.org/barriers/discriminatory-laws-and-legislation*. [Accessed 27.6.2025]",
        # the year in the volume's place (humanities_real7)
        "Lernout, G. “Anglo-American Textual Criticism and the Case of Hans Walter Gabler's Edition of Ulysses,” "
        "*Genesis*, 9: 1996: 45-65.",
    ],
)
def test_right_references_flagged_on_weak_evidence_are_not_flagged(text: str) -> None:
    data = read_reference(text)["custom"]["biblio"]
    assert "needs-review" not in data.get("flags", []), data


@pytest.mark.parametrize(
    "text",
    [
        # the title cut inside its italics, the rest read into the container with the title again (romance_real)
        "Evans, Arthur John. 1921. *The Palace of Minos: The Neolithic and Early Middle Minoan Age*. Vol. 1. 6 vol. "
        "The Palace of Minos. London, GB-LND : Macmillan. https://openlibrary.org/books/OL7063760M/The_palace_of_Minos.",
    ],
)
def test_misread_or_fragmentary_references_stay_flagged(text: str) -> None:
    assert "needs-review" in flags(read_reference(text))


def test_the_narrowed_checks_keep_their_wrong_shapes() -> None:
    # a year after a volume's colon with no pages after it is a page read as the date
    assert year_from_locator(1929, "Smith J. Title. J Foo 15(1):1929-1958.")
    assert not year_from_locator(1996, "Lernout, G. “Anglo,” *Genesis*, 9: 1996: 45-65.")
    # the rest of the span is no whole field of the record
    text = "*The Palace of Minos: The Neolithic and Early Middle Minoan Age*. Macmillan."
    assert cut_inside_italics({"title": "The Palace of Minos", "container-title": "The Neolithic"}, text)
    assert not cut_inside_italics(
        {"title": "The Palace of Minos", "container-title": "The Neolithic and Early Middle Minoan Age"}, text
    )


_ABS = (
    "Australian Bureau of Statistics 2006, *Voluntary work for an organisation or group by age by sex, postal area "
    "2046*, June 27, viewed 19 May 2009, Australian Bureau of Statistics online."
)


def test_a_publisher_closing_on_its_medium_is_forced() -> None:
    wrong: Item = {"publisher": "Australian Bureau of Statistics online"}
    assert "publisher:closes-on-medium" in FORCED_BY_LOOSE_END
    assert "publisher:closes-on-medium" in loose_end_signals(wrong, _ABS)
    assert misread_shape(wrong, _ABS, scored=True)
    for right in ({"publisher": "Australian Bureau of Statistics"}, {"publisher": "Wiley Online Library"}):
        assert not loose_end_signals(right, _ABS)
    # the misread reference as biblio reads it (guides_real4)
    assert "needs-review" in flags(read_reference(_ABS))


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J. (2020). *Reading online*. Online Press.",
        "Brown, Alice. A History of Small Printing Shops. Boston: Harbour Press, 1902.",
    ],
)
def test_clean_references_stay_unflagged(text: str) -> None:
    item = read_reference(text)
    assert not loose_end_signals(item, text)
    assert "needs-review" not in flags(item)
