"""Forms of hand-written reference lists met in realworld43: a syllabus's reading list naming a book by its author and
title with the imprint alone in brackets (``Hugo, Victor. Les Misérables (Signet, 2nd ed.)``, ``Tolstoy. War and
Peace, trans. Louise Maude (Vintage, 2008)``, ``(W. W. Norton) 2004``), or closed by its roles with no brackets
(``Cervantes. Don Quixote, Penguin Classics, ed. Roberto González``, ``The Iliad of Homer, trans. Richmond
Lattimore, Farrar, Straus and Giroux, 1951``); a group author set in bold before its APA date (``**Open Data
Handbook.** (2022). *Title*.``); the issue's word run into its number before worded pages (``vol 7, no4, pages
1-15``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Hugo, Victor. Les Misérables (Signet, 2nd ed.)",
        {"author": [{"family": "Hugo", "given": "Victor"}], "title": "Les Misérables", "publisher": "Signet",
         "edition": "2"},
    ),
    (
        "Eliot, George. Middlemarch (Bantam Classics)",
        {"author": [{"family": "Eliot", "given": "George"}], "title": "Middlemarch", "publisher": "Bantam Classics"},
    ),
    (
        "Tolstoy. War and Peace, trans. Louise Maude (Vintage, 2008)",
        {"author": [{"literal": "Tolstoy"}], "title": "War and Peace",
         "translator": [{"family": "Maude", "given": "Louise"}], "publisher": "Vintage",
         "issued": {"date-parts": [[2008]]}},
    ),
    (
        "Mary Wollstonecraft. A Vindication of the Rights of Woman (Dover, 1996)",
        {"author": [{"family": "Wollstonecraft", "given": "Mary"}], "title": "A Vindication of the Rights of Woman",
         "publisher": "Dover", "issued": {"date-parts": [[1996]]}},
    ),
    (
        "Homer. Odyssey,trans. Fagles, intro Bernard Knox (W. W. Norton) 1997",
        {"title": "Odyssey", "publisher": "W. W. Norton", "issued": {"date-parts": [[1997]]}},
    ),
    (
        "Frederick Douglass, Narrative of the Life (H.B. Knight, 1845) out-of-print",
        {"author": [{"family": "Douglass", "given": "Frederick"}], "title": "Narrative of the Life",
         "publisher": "H.B. Knight", "issued": {"date-parts": [[1845]]}},
    ),
    (
        "Swift, Jonathan. Travels of Dr. Lemuel Gulliver (Penguin)",
        {"title": "Travels of Dr. Lemuel Gulliver", "publisher": "Penguin"},
    ),
    (
        "Cervantes. Don Quixote, Penguin Classics, ed. Roberto González",
        {"title": "Don Quixote", "collection-title": "Penguin Classics",
         "editor": [{"family": "González", "given": "Roberto"}], "publisher": None},
    ),
    (
        "The Iliad of Homer, trans. Richmond Lattimore, Farrar, Straus and Giroux, 1951",
        {"author": None, "title": "The Iliad of Homer", "translator": [{"family": "Lattimore", "given": "Richmond"}],
         "publisher": "Farrar, Straus and Giroux", "issued": {"date-parts": [[1951]]}},
    ),
    (
        "**Open Data Handbook.** (2022). *Publishing Open Data*. https://opendatahandbook.org/guide/",
        {"author": [{"literal": "Open Data Handbook"}], "title": "Publishing Open Data"},
    ),
    (
        "**Keep Changelog.** (2023). *Keep a Changelog 1.1.0*. https://keepachangelog.com/",
        {"author": [{"literal": "Keep Changelog"}], "title": "Keep a Changelog 1.1.0"},
    ),
    (
        'K. Lee, M. Park, "A ledger for sealed bids," In Journal of Applied Cryptography, vol 7, no4, pages 1-15,'
        " 2003.",
        {"container-title": "Journal of Applied Cryptography", "volume": "7", "issue": "4", "page": "1-15"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw64_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# other forms that end on a bracket or name a role, left to the readers that know them
NOT_IMPRINTED = [
    "Smith, John. Some Findings on Rivers (PhD thesis)",
    "Brown, Anne. The Village (In Japanese)",
    "Doe, Jane. A Study of Wells (Report 12, 2001)",
]


@pytest.mark.parametrize("text", NOT_IMPRINTED)
def test_bracket_is_no_imprint(text: str) -> None:
    from biblio.parse.readers.reading_list import read

    reading = read(text)
    assert reading is None or "publisher" not in reading.item


# a comma that inverts a name (MHRA's notes) or initials after it: no title follows the comma
NAME_NOT_TITLE = [
    "Smith, Rod, *Title of It* (Grim and Drang, 1988)",
    "Smith, J., Title of It (Penguin)",
]


@pytest.mark.parametrize("text", NAME_NOT_TITLE)
def test_inverted_name_is_no_imprinted_head(text: str) -> None:
    from biblio.parse.readers.reading_list import read

    assert read(text) is None
