"""Forms of theatre-history and humanities bibliographies in Chicago's notes-bibliography style: a later printing's
``Reprint, New York: …`` after the first year, a journal numbered by issue alone with no comma before ``no.``, a
journal's series (``ser. 2``, ``n.s.``, ``(n.s.)``) before its volume, and Swedish ``Kungl.`` in a publisher's name.
The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.text import sentence_units


def _read(text: str) -> dict[str, Any]:
    item = read_reference(text)
    item.pop("custom", None)
    return item


@pytest.mark.parametrize(
    "text",
    [
        "Hartley, Mabel C. *The Court Stage of Hesse-Kassel: A Survey of Its Playhouses and Their Machinery*. 1931. "
        "Reprint, New York: AMS Press Inc., 1989.",
    ],
)
def test_a_reprint_after_the_first_year_is_no_imprint_of_the_work(text: str) -> None:
    item = _read(text)
    first = int(text.split("*. ")[1][:4])
    assert item["issued"]["date-parts"][0][0] == first
    assert "publisher" not in item
    assert "publisher-place" not in item
    assert "page" not in item


@pytest.mark.parametrize(
    ("text", "journal", "issue"),
    [
        ('Lowell, Anne. "Touring the Old Playhouses of Bath." *Plays & Players* no. 212 (Mar. 1971): 30-32.',
         "Plays & Players", "212"),
        ('Renner, Paul. "The Court Stage at Gotha." *Theatre Notebook* no. 9 (Autumn 1955): 14-19.',
         "Theatre Notebook", "9"),
    ],
)
def test_a_journal_numbered_by_issue_alone_with_no_comma_before_its_number(
    text: str, journal: str, issue: str
) -> None:
    item = _read(text)
    assert item["container-title"] == journal
    assert item.get("issue") == issue
    assert "volume" not in item


@pytest.mark.parametrize(
    ("text", "journal", "volume", "page"),
    [
        ('Marlowe, Henry. "The Odeion at Patras." *American Journal of Archaeology*, ser. 2, 41 (1937): 112-19.',
         "American Journal of Archaeology", "41", "112-19"),
        ('Cassani, Ugo. "Il teatro di Tindari." *Dioniso*, n.s. 12 (1949): 55-70.', "Dioniso", "12", "55-70"),
        ('Novak, Jiri. "The Castle Theatre at Krumlov." *Divadelni revue*, (n.s.) 5, no. 1 (1994): 3-19.',
         "Divadelni revue", "5", "3-19"),
    ],
)
def test_a_journals_series_before_its_volume_is_no_part_of_its_name(
    text: str, journal: str, volume: str, page: str
) -> None:
    item = _read(text)
    assert item["container-title"] == journal
    assert item["volume"] == volume
    assert item["page"] == page


def test_a_series_abbreviation_before_a_number_ends_no_sentence() -> None:
    assert len(sentence_units("*Dioniso*, n.s. 12 (1949): 55-70.")) == 1
    assert len(sentence_units("*AJA*, ser. 2, 41 (1937): 112-19.")) == 1


def test_swedish_kungl_goes_on_into_the_publishers_name() -> None:
    item = _read("Lindqvist, Eva. 1984. *Scenen och salongen*. Stockholm: Kungl. Dramatiska Teatern.")
    assert item["publisher"] == "Kungl. Dramatiska Teatern"
    assert item["publisher-place"] == "Stockholm"
