"""Forms of the APA and Chicago style-guide examples left wrong in guides_real26 (round guide55): a letter's note
dated with Chicago's abbreviated month, an editor whose family name is a place's before a note's imprint bracket,
the archive a magazine was read in after its date, a foreword's book and its author after ``In`` (``In *Manual*, by
…, ix.``), a no-author title closed by its own ``!`` before the entry's full stop (guides_real25's open ``Rocks!.``),
and a Chinese name in its own order opening a bibliography entry (CMOS 18); and the checks that name an archive
joined to the periodical in the container and an introduction's book and author kept in the title."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.review.held_forms import held_form_signals
from biblio.parse.review.score import FORCED_BY_HELD_FORM
from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "3. John Adams to Abigail Adams, Sept. 9, 1774, Adams Family Papers, Massachusetts Historical Society.",
        {"author": [{"family": "Adams", "given": "John"}], "issued": {"date-parts": [[1774, 9, 9]]}},
    ),
    (
        "7. Eleanor Roosevelt to Lorena Hickok, Mar. 7, 1933, Lorena Hickok Papers, Box 1, Franklin D. Roosevelt "
        "Library.",
        {"author": [{"family": "Roosevelt", "given": "Eleanor"}], "issued": {"date-parts": [[1933, 3, 7]]}},
    ),
    (
        "3. Ann Lee, “On Rivers,” in Essays on Water, ed. Anne Smith and John Paris (Boston: Beacon Press, 1999), 12.",
        {
            "editor": [{"family": "Smith", "given": "Anne"}, {"family": "Paris", "given": "John"}],
            "publisher-place": "Boston",
            "publisher": "Beacon Press",
        },
    ),
    (
        "“The Long Winter,” Life, 12 March 1951: 44. Life Magazine Archive.",
        {"container-title": "Life", "page": "44", "issued": {"date-parts": [[1951, 3, 12]]}},
    ),
    (
        "“Two New Nations,” Newsweek, 7 October 1966: 58. Newsweek Archive.",
        {"container-title": "Newsweek", "page": "58", "issued": {"date-parts": [[1966, 10, 7]]}},
    ),
    (
        "Kiwis Can Fly!. Auckland, New Zealand: Random House, 2016.",
        {"author": None, "title": "Kiwis Can Fly!", "publisher-place": "Auckland, New Zealand"},
    ),
    (
        "Hooray for Harbours!. Wellington, New Zealand: Te Papa Press, 2015.",
        {"author": None, "title": "Hooray for Harbours!", "publisher-place": "Wellington, New Zealand"},
    ),
    (
        "Lee, Ann. Preface. In The Art of Rivers, by Tom Hart, vii–x. Boston: Beacon Press, 2001.",
        {"title": "Preface", "container-title": "The Art of Rivers", "page": "vii-x", "publisher": "Beacon Press"},
    ),
    (
        "Moss, Ivy. Foreword. In A Year of Birds, by Carl Stone and Jane Field, ix. New York: Norton, 2010.",
        {"title": "Foreword", "container-title": "A Year of Birds", "page": "ix"},
    ),
    (
        "Wang Xiaobo. Golden Age. Translated by Yan Yan. Penguin Classics, 2022.",
        {"author": [{"family": "Wang", "given": "Xiaobo"}], "title": "Golden Age"},
    ),
    (
        "Zhang Ailing. Love in a Fallen City. Translated by Karen S. Kingsbury. New York Review Books, 2007.",
        {"author": [{"family": "Zhang", "given": "Ailing"}], "publisher": "New York Review Books"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide_form_is_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_an_archive_joined_to_the_periodical_in_the_container_is_a_held_form() -> None:
    source = "“Two New Nations.” Time, 7 October 1966. Time Magazine Archive."
    item = {"type": "article-magazine", "title": "Two New Nations", "container-title": "Time, Time Magazine Archive"}
    assert "container:closes-on-archive" in held_form_signals(item, source)
    assert "container:closes-on-archive" in FORCED_BY_HELD_FORM
    read = {**item, "container-title": "Time", "note": "Time Magazine Archive"}
    assert "container:closes-on-archive" not in held_form_signals(read, source)
    # an archive that is the container itself stays unflagged
    eprint = {"type": "article-journal", "container-title": "Cryptology ePrint Archive"}
    assert "container:closes-on-archive" not in held_form_signals(eprint, "Cryptology ePrint Archive")


def test_an_introductions_book_and_its_author_kept_in_the_title_is_a_held_form() -> None:
    source = (
        "Rieger, James. Introduction to Frankenstein; or, The Modern Prometheus, by Mary Wollstonecraft Shelley, "
        "xi–xxxvii. Chicago: University of Chicago Press, 1982."
    )
    title = "Introduction to Frankenstein; or, The Modern Prometheus, by Mary Wollstonecraft Shelley, xi–xxxvii"
    item = {"type": "book", "title": title}
    assert "title:closes-on-book-author" in held_form_signals(item, source)
    assert "title:closes-on-book-author" in FORCED_BY_HELD_FORM
    assert needs_review(source)
    assert "title:closes-on-book-author" not in held_form_signals({**item, "title": "Introduction"}, source)
