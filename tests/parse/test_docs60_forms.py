"""Chicago's journal with the series its volume belongs to written after the name (``*Journal*, 2nd series, vol. 40:
263–76``, ``*Journal*, n.s., 3 (2): 39–52``, French ``9e série, vol. 1``): the series and ``vol.`` are no part of the
journal's name. The references here are written for the tests."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference


@pytest.mark.parametrize(
    ("text", "journal", "volume", "page"),
    [
        ("Hardy, Godfrey H. 1920. “On the Zeros of a Class of Series.” Journal of the London Mathematical Society, "
         "2nd series, vol. 12: 101–14.", "Journal of the London Mathematical Society", "12", "101-14"),
        ("Weil, André. 1935. “Sur les courbes de genre deux.” Annales Scientifiques de l’École Normale, 3e série, "
         "vol. 52: 1–35.", "Annales Scientifiques de l’École Normale", "52", "1-35"),
        ("Mendes, Laura. 2004. “A Reading of the Chronicle.” *Studia Historica*, n.s., 7 (1): 55–70.",
         "Studia Historica", "7", "55-70"),
        ("Baker, Tom. 1951. “Notes on a Theorem.” Annals of Statistics, new ser., 22: 9–18.",
         "Annals of Statistics", "22", "9-18"),
    ],
)
def test_the_series_after_a_journal_s_name_is_no_part_of_it(text: str, journal: str, volume: str, page: str) -> None:
    item = read_reference(text)
    assert item["container-title"] == journal
    assert item["volume"] == volume and item["page"] == page


def test_a_journal_named_series_keeps_its_name() -> None:
    item = read_reference("Lee, Ann. 2010. “Counting Words.” Research Series in Linguistics, 4 (2): 1–9.")
    assert item["container-title"] == "Research Series in Linguistics"
