"""normalisers.pages, .volume, .edition: locators as CSL writes them."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.edition import edition_from_span
from biblio.parse.normalisers.pages import page_value
from biblio.parse.normalisers.volume import issue_value, volume_issue


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("pp. 45\u201367.", "45-67"),
        ("p. 5", "5"),
        ("pages 393-397", "393-397"),
        ("Page 15", "15"),
        ("S. 12-14", "12-14"),
        ("e0123456", "e0123456"),
        ("Article 094516", "094516"),
        ("165-76", "165-76"),  # kept as written, not expanded
        ("45-67,", "45-67"),
    ],
)
def test_pages(text: str, page: str) -> None:
    assert page_value(text) == page


def test_no_page() -> None:
    assert page_value("pp.") is None


@pytest.mark.parametrize(
    ("text", "volume", "issue"),
    [
        ("12(3)", "12", "3"),
        ("12 (3),", "12", "3"),
        ("*12*(3)", "12", "3"),
        ("vol. 12, no. 3", "12", "3"),
        ("Vol. 12 No. 3", "12", "3"),
        ("12:3", "12", "3"),
        ("XIV:4", "XIV", "4"),
        ("Bd. 4, H. 2", "4", "2"),
        ("12(3-4)", "12", "3-4"),
        ("12(Suppl 1)", "12", "Suppl 1"),
        ("no. 3", None, "3"),
        ("2 vols", "2", None),
        ("2010;28(11", "28", "11"),  # Vancouver: the year before ";" is the date's
    ],
)
def test_volume_issue(text: str, volume: str | None, issue: str | None) -> None:
    vol, iss, _rest = volume_issue(text)
    assert (vol, iss) == (volume, issue)


def test_volume_rest_is_kept_apart() -> None:
    assert volume_issue("Vol. 3, Part A,") == ("3", None, "Part A")


@pytest.mark.parametrize(("text", "issue"), [("(3)", "3"), ("no. 3", "3"), ("Issue 3,", "3"), ("3-4", "3-4")])
def test_issue(text: str, issue: str) -> None:
    assert issue_value(text) == issue


@pytest.mark.parametrize(
    ("text", "edition"),
    [("2nd ed.", "2"), ("(2nd ed.;", "2"), ("Second edition", "2"), ("2. Aufl.", "2"), ("29e édition", "29"),
     ("10th ed.", "10"), ("Rev. ed.", "Rev"), ("Special edition", "Special")],
)
def test_edition(text: str, edition: str) -> None:
    assert edition_from_span(text) == edition


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        # a structured reader keeps the edition statement whole; the record keeps its words, as the labelled data do
        ("Darnton, Robert. 2009. The Great Cat Massacre and Other Episodes in French Cultural History. Rev. ed. "
         "New York: Basic Books.", "Rev"),
        ("Moretti, Franco. Distant Reading. Illustrated Edition. London ; New York: Verso Books, 2013.", "Illustrated"),
        ("Hobbes, Thomas. *Leviathan*. Edited by Richard Tuck. Rev. student ed. Cambridge: Cambridge University "
         "Press, 1996.", "Rev. student"),
        ("Smith, John. *A Book*. 2nd ed. London: Verso, 2013.", "2"),
    ],
)
def test_named_edition_loses_its_word(text: str, edition: str) -> None:
    assert parse_reference(text).get("edition") == edition
