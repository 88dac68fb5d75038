"""Humanities forms of SBL bibliographies, lists of classical text editions and Greek lists: SBL's chapter with its
pages before ``in`` and the book's numbered series after its editors or closing its title, ``Family, Given, ed.
Title``, a Latin author's praenomen opening an edition's title after its editor's name, a Latin imprint
(``Lipsiae: in aedibus B. G. Teubneri``, ``Vindobonae: Gerold. 1866.``), Greek ``8η έκδ.``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # SBL: a chapter's pages before "in", the book's numbered series after its editors
    (
        "Porter, Stanley E. “The Language of the Apocalypse,” 45–71 in The Book of Revelation in Recent Research, "
        "edited by John Smith and Mary Ellen Jones. JSNTSup 199. Sheffield: Sheffield Academic Press, 2001.",
        {
            "page": "45-71",
            "container-title": "The Book of Revelation in Recent Research",
            "editor": [{"family": "Smith", "given": "John"}, {"family": "Jones", "given": "Mary Ellen"}],
            "publisher-place": "Sheffield",
        },
    ),
    (
        "Halvorsen, Ole. “The Pauline Letters on Parchment,” 88–104 in Die Briefe des Paulus / The Letters of Paul: "
        "Festschrift zum 60. Geburtstag von Niels Hyldahl, edited by Henrik Tronier. Teologiske Studier 9. Aarhus: "
        "Aarhus Universitetsforlag, 1990.",
        {"page": "88-104", "editor": [{"family": "Tronier", "given": "Henrik"}], "volume": None},
    ),
    (
        "Wendt, Harold. “Papyrus Witnesses and the Text of Romans,” 201–230 in Text and Transmission, edited by "
        "Mark D. Lowe and Peter Ruiz. NTTSD 51. Leiden: Brill, 2016.",
        {"editor": [{"family": "Lowe", "given": "Mark D."}, {"family": "Ruiz", "given": "Peter"}], "page": "201-230"},
    ),
    # an inverted editor's name, "ed.", then the title's first word
    (
        "Bell, Harold I., ed. Books and Papyri in Roman Egypt. Oxford: Clarendon, 1948. (2nd ed. Oxford: Clarendon, "
        "1956.)",
        {"editor": [{"family": "Bell", "given": "Harold I."}], "title": "Books and Papyri in Roman Egypt"},
    ),
    # an edition listed under its editor, name first, the Latin author's praenomen opening the title
    (
        "Henry Nettleship, P. Vergili Maronis Opera: with a Commentary. London: George Bell, 1883.",
        {
            "author": [{"family": "Nettleship", "given": "Henry"}],
            "title": "P. Vergili Maronis Opera: with a Commentary",
        },
    ),
    (
        "W. S. Watt, M. Tulli Ciceronis Epistulae ad Quintum Fratrem. Oxford: Clarendon Press, 1958.",
        {"author": [{"family": "Watt", "given": "W. S."}], "title": "M. Tulli Ciceronis Epistulae ad Quintum Fratrem"},
    ),
    # a numbered series as the title's last sentence before "Place:"
    (
        "Wolff, Hans. The Exile of the Prophets: Jeremiah and Ezekiel in Their Babylonian Setting. Arbeiten zur "
        "Geschichte des antiken Judentums und des Urchristentums 41. Leiden: Brill, 2015.",
        {
            "title": "The Exile of the Prophets: Jeremiah and Ezekiel in Their Babylonian Setting",
            "collection-title": "Arbeiten zur Geschichte des antiken Judentums und des Urchristentums 41",
        },
    ),
    (
        "Keller, Ruth. Temple and Torah: Studies in the Gospel of Matthew. Beiträge zur Wissenschaft vom Alten und "
        "Neuen Testament 118. Stuttgart: Kohlhammer, 2004.",
        {"title": "Temple and Torah: Studies in the Gospel of Matthew", "publisher-place": "Stuttgart"},
    ),
    # a Latin town's imprint read into the title before the closing year
    (
        "Karl Halm. Sulpicii Severi Libri Qui Supersunt, Pars Altera. Vindobonae: Gerold. 1866.",
        {"publisher-place": "Vindobonae", "publisher": "Gerold"},
    ),
    # a Latin imprint: the town, its colon and the printer's phrase
    (
        "Carl Ludwig Kayser, Flavii Philostrati Opera, Vol 1. Lipsiae: in aedibus B. G. Teubneri, 1870.",
        {"publisher-place": "Lipsiae", "publisher": "in aedibus B. G. Teubneri"},
    ),
    (
        "Wilhelm Dindorf, Aristidis Opera, Vol 3. Lipsiae: in aedibus Weidmannorum, 1829.",
        {"publisher-place": "Lipsiae", "publisher": "in aedibus Weidmannorum"},
    ),
    # Greek numbered editions closing the title
    (
        "Μπαμπινώτης, Γ. (1998) Λεξικό της Νέας Ελληνικής Γλώσσας. 2η έκδ. Αθήνα: Κέντρο Λεξικολογίας.",
        {"title": "Λεξικό της Νέας Ελληνικής Γλώσσας", "edition": "2"},
    ),
    (
        "Τριανταφυλλίδης, Μ. (1941) Νεοελληνική Γραμματική της Δημοτικής. 3η έκδοση. Θεσσαλονίκη: Ινστιτούτο "
        "Νεοελληνικών Σπουδών.",
        {"title": "Νεοελληνική Γραμματική της Δημοτικής", "edition": "3"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_humanities_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# a name in inverted order with one initial stays the person's, no title word taken from it
NOT_MOVED: list[tuple[str, dict[str, Any]]] = [
    ("Smith, John. A History of the World. Part 2. London: Penguin, 1990.", {"collection-title": None}),
    (
        "Clark, M. Tulli Ciceronis Orationes. Oxford: Clarendon, 1909.",
        {"author": [{"family": "Clark", "given": "M."}]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_MOVED, ids=[c[0][:40] for c in NOT_MOVED])
def test_inverted_name_keeps_its_initial(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
