"""Forms of tests/data/parse/physcs_real18.jsonl: a book's bibliography that numbers its entries and keys each by
the first author's name and year (``1. [ABADI12] Abadi, Daniel. 2012. …``); a compact physics list's italic
``_et al._`` before the journal or a title (``J. M. Chow, _et al._ , _Nature Communications_ **5** (2014).``) and its
one-word italic journal before the bold volume (``J. Preskill, _Quantum_ **2** , 79 (2018).``); the
JHEP form's old volume after a quoted title with the arXiv class in brackets of its own (``…,” JHEP 1411 (2014) 044
[arXiv:1406.6103 [hep-th]].``); Chicago's proceedings with its short name, pages and publisher after it
(``USENIX 2008 Annual Technical Conference (ATC ’08), 57-70. USENIX.``); a book's edition and publisher before the
year (``“Enumerative combinatorics,” vol 1. 2nd ed., Cambridge University Press (2012).``); IEEE Xplore's short name
of an old meeting in lower case with its year (``… Foundations of Computer Science (sfcs 1978), pages 8-21, 1978.``).
The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.citation_label import split_label
from biblio.parse.mends.book_editions import edition_note_after_title
from biblio.parse.mends.container_numbers import italic_title_before_bold_volume
from biblio.parse.mends.containers import short_name_bracket_closes_venue
from biblio.parse.mends.inspire_numbers import journal_numbers_closing
from tests.parse.form_cases import assert_read_as, assert_read_with_families
from tests.parse.span_cases import spans_of

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "12. [MORROW14] Morrow, Alice, and Ben K. Tate. 2014. “Quiet Logs for Busy Stores.” Journal of Storage 8, "
        "no. 2 (May): 11-19.",
        {
            "families": ["Morrow", "Tate"],
            "title": "Quiet Logs for Busy Stores",
            "container-title": "Journal of Storage",
        },
    ),
    (
        "40. [QUINN03] Quinn, Rosa. 2003. Tuning Disk Arrays. Boston: Harbor Press.",
        {"author": [{"family": "Quinn", "given": "Rosa"}], "title": "Tuning Disk Arrays", "publisher": "Harbor Press"},
    ),
    (
        "[5] K. Moss, _et al._ , Noise-resilient gates for spin qubits (2021).",
        {"title": "Noise-resilient gates for spin qubits", "publisher": None},
    ),
    (
        "[7] T. Hale, _et al._ , _Physical Review Applied_ **9** (2019).",
        {"title": None, "container-title": "Physical Review Applied", "volume": "9"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_with_families(text, expected) if "families" in expected else assert_read_as(text, expected)


def test_a_numbered_key_of_the_first_name_is_set_apart() -> None:
    text = "7. [KERR09b] Kerr, Ann. 2009. Title."
    label = split_label(text)
    assert label is not None and label.value == "7" and text[label.end :].startswith("Kerr, Ann.")


def test_a_bracket_that_names_no_author_stays() -> None:
    """A bracket after the number whose letters are not the first name's (a description, another key) is read on."""
    for text in ("7. [Photograph] Kerr, Ann. 2009. Title.", "7. [SMITH09] Kerr, Ann. 2009. Title."):
        label = split_label(text)
        assert label is not None and text[label.end :].startswith("[")


@pytest.mark.parametrize(
    ("text", "volume", "date"),
    [
        ("[9] A. Brandt and K. Olsen,“Higher Cosets,” JHEP 1411 (2014) 044 [arXiv:1406.1 [hep-th]].", "1411", "(2014)"),
        ("[40] A. Brandt and K. Olsen,“Higher Cosets,” JHEP 1105(2011) 031 [arXiv:1101.1 [hep-th]].", "1105", "(2011)"),
    ],
)
def test_jhep_old_volume_after_a_quoted_title(text: str, volume: str, date: str) -> None:
    """``…,” JHEP 1411 (2014) 044 [arXiv:… [hep-th]].`` as the model may read it: the old JHEP's volume (year and
    month) as the issue; the comma closing the quoted title and the arXiv class's own brackets hide no numbers."""
    read = spans_of(
        text,
        ("author", "A. Brandt and K. Olsen,"),
        ("title", "“Higher Cosets,”"),
        ("journal", "JHEP"),
        ("issue", volume),
        ("date", date),
        ("pages", text.split(") ")[1].split(" ")[0]),
        ("note", text[text.index(" [") + 1 : -1]),
    )
    mended = [(s.label, s.text) for s in journal_numbers_closing(read, text)]
    assert ("volume", volume) in mended and not any(label == "issue" for label, _ in mended)


def test_italic_journal_and_bold_volume_read_as_a_title() -> None:
    """``J. Preskill, _Quantum_ **2** , 79 (2018).`` as the model may read it: the italic journal and the bold volume
    as one title; a plain title before a bold number is left as read."""
    text = "[4] M. Ruiz, _Quantum_ **7** , 112 (2023)."
    read = spans_of(text, ("author", "M. Ruiz,"), ("title", "Quantum_ **7** ,"), ("pages", "112"), ("date", "(2023)."))
    mended = [(s.label, s.text) for s in italic_title_before_bold_volume(read, text)]
    assert mended[1:3] == [("journal", "Quantum_"), ("volume", "7")]
    plain = "[4] M. Ruiz, Quantum walks **7** , 112 (2023)."
    read = spans_of(
        plain, ("author", "M. Ruiz,"), ("title", "Quantum walks **7** ,"), ("pages", "112"), ("date", "(2023).")
    )
    assert italic_title_before_bold_volume(read, plain) is read


def test_short_name_pages_and_publisher_read_as_a_note() -> None:
    """Chicago's ``… Conference (ATC ’08), 57-70. USENIX.`` as the model may read it: the short name, pages and
    publisher as one note after the proceedings' name."""
    text = "Lee, Ann. 2009. “Fast Logs.” Annual Storage Conference (ASC ’09), 11-19. USENIX."
    read = spans_of(
        text,
        ("author", "Lee, Ann."),
        ("date", "2009."),
        ("title", "“Fast Logs.”"),
        ("container-title", "Annual Storage Conference"),
        ("note", "(ASC ’09), 11-19. USENIX."),
    )
    mended = [(s.label, s.text) for s in short_name_bracket_closes_venue(read, text)]
    assert mended[3:] == [
        ("container-title", "Annual Storage Conference (ASC ’09)"),
        ("pages", "11-19"),
        ("publisher", "USENIX"),
    ]


def test_edition_and_publisher_read_as_a_note() -> None:
    """``“Title,” vol 1. 2nd ed., Cambridge University Press (2012).`` as the model may read it: the edition and the
    publisher as one note before the year."""
    text = "[8] K. Roth,“Counting lattice paths,” vol 2. 3rd ed., Oxford University Press (2009)."
    read = spans_of(
        text,
        ("author", "K. Roth,"),
        ("title", "“Counting lattice paths,”"),
        ("volume", "vol 2."),
        ("note", "3rd ed., Oxford University Press"),
        ("date", "(2009)."),
    )
    mended = [(s.label, s.text) for s in edition_note_after_title(read, text)]
    assert mended[3:5] == [("edition", "3rd ed."), ("publisher", "Oxford University Press")]


def test_lower_case_short_name_with_its_year_closes_the_venue() -> None:
    """IEEE Xplore's ``In 19th Annual Symposium on Foundations of Computer Science (sfcs 1978), pages 8-21, 1978.`` as
    the model may read it: the bracket and its comma as a date."""
    text = (
        "[GS78] A. Lee. Trees. In 19th Annual Symposium on Foundations of Computer Science (sfcs 1978), pages 8-21, "
        "1978."
    )
    read = spans_of(
        text,
        ("author", "A. Lee."),
        ("title", "Trees."),
        ("container-title", "In 19th Annual Symposium on Foundations of Computer Science"),
        ("date", "(sfcs 1978),"),
        ("pages", "pages 8-21,"),
        ("date", "1978."),
    )
    mended = [(s.label, s.text) for s in short_name_bracket_closes_venue(read, text)]
    assert mended[2] == ("container-title", "In 19th Annual Symposium on Foundations of Computer Science (sfcs 1978)")
    assert [label for label, _ in mended].count("date") == 1
