"""Forms of humanities notes: German's ``Name, Vorname: „Titel“, in: *Buch*, hrsg. v. Vorname Name, Verlag: Ort
1993, S. 249–293`` (and a journal's issue with its theme and editor, ``in: *Zeitschrift* 53 (1999): Thema, hrsg. v.
…``), read whole from its form; a German note's enumeration ``(1.)`` before the entry, its number; a DOI written as a
Markdown link's words (``[doi:10.…](doi.org/10.…)``), bare; MLA's lower-case ``no.`` after an APA head's journal, the
issue."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # the book in italics, then its editors after "hrsg. v.", then the publisher before its town
    (
        "Hartmann, Petra: „Verzeichnis der Schriften Paul Celans“, in: *Paul Celan*, hrsg. v. Otto Brenner und"
        " Karl Wiese, Residenz: Salzburg 1995, S. 120–150",
        {
            "type": "chapter",
            "title": "Verzeichnis der Schriften Paul Celans",
            "container-title": "Paul Celan",
            "editor": [{"family": "Brenner", "given": "Otto"}, {"family": "Wiese", "given": "Karl"}],
            "publisher": "Residenz",
            "publisher-place": "Salzburg",
        },
    ),
    # the town before the publisher, as most German imprints set them
    (
        "Lindner, Eva: „Briefe an den Verleger“, in: *Ingeborg Bachmann. Leben und Werk*, hrsg. v. Otto Brenner,"
        " Göttingen: Wallstein 2001, S. 30–55",
        {
            "container-title": "Ingeborg Bachmann. Leben und Werk",
            "editor": [{"family": "Brenner", "given": "Otto"}],
            "publisher": "Wallstein",
            "publisher-place": "Göttingen",
        },
    ),
    # words about the book around the editors: a note and the edition
    (
        "Lindner, Eva: „Werke Celans“, in: *Paul Celan. Leben und Werk*, erw. Neuausgabe, hrsg. v. Otto Brenner,"
        " 3. Aufl., S. Fischer Verlag: Frankfurt am Main 2001, S. 30–55",
        {
            "container-title": "Paul Celan. Leben und Werk",
            "editor": [{"family": "Brenner", "given": "Otto"}],
            "edition": "3",
            "publisher": "S. Fischer Verlag",
            "publisher-place": "Frankfurt am Main",
        },
    ),
    # a journal's number and year, the theme and its editor
    (
        "Hartmann, Petra: „Register“, in: *Text + Kritik. Zeitschrift für Literatur* 53 (1999): Paul Celan,"
        " hrsg. v. Karl Wiese, S. 12–15.",
        {
            "container-title": "Text + Kritik. Zeitschrift für Literatur",
            "volume": "53",
            "editor": [{"family": "Wiese", "given": "Karl"}],
            "page": "12-15",
        },
    ),
    # a German note's enumeration before the entry is its number, not its author's
    (
        "(2.) Lindner, Eva: „Briefe an den Verleger“, in: *Ingeborg Bachmann*, hrsg. v. Otto Brenner,"
        " Göttingen: Wallstein 2001, S. 30–55",
        {"author": [{"family": "Lindner", "given": "Eva"}], "container-title": "Ingeborg Bachmann"},
    ),
    # a DOI written as a Markdown link's words, its target the DOI's address without a scheme
    (
        "„Ein Verzeichnis der Drucke“, in: *Digitale Philologie 2019*, hrsg. v. Anna Berg und Jan Roth,"
        " Universitätsverlag: Wien 2021, [doi:10.1553/dp2019s12](doi.org/10.1553/dp2019s12).",
        {"DOI": "10.1553/dp2019s12", "URL": None},
    ),
    # MLA's lower-case "no." after an APA head: the issue, not the journal's
    (
        'Marsh, Helen (2009) "Framing the Still Image in Late Cinema" *Filmwork*, no. 41, pp. 12-30.'
        " Chicago: Filmwork Press",
        {"container-title": "Filmwork", "issue": "41", "volume": None, "page": "12-30"},
    ),
    (
        "Marsh, H. (2009). Framing the still image. Filmwork, no. 41, pp. 12-30.",
        {"container-title": "Filmwork", "issue": "41", "volume": None},
    ),
    # neighbours that stay as they are
    (
        "Marsh, H. (2009). Framing the still image. Filmwork, 12(4), 12-30.",
        {"container-title": "Filmwork", "volume": "12", "issue": "4", "page": "12-30"},
    ),
    (
        "Marsh, H. (2009). Framing the still image. Filmwork, 12, No. 4, 12-30.",
        {"container-title": "Filmwork", "volume": "12", "issue": "4"},
    ),
    (
        "Riedel, Friedrich W.: Zur Geschichte der Orgelmusik, in: Acta musicologica 38 (1966), S. 3-27.",
        {"container-title": "Acta musicologica", "volume": "38", "page": "3-27"},
    ),
    (
        "Hartmann, Petra: Die Lyrik nach 1990. Berlin/Boston: De Gruyter 2014.",
        {"publisher": "De Gruyter", "publisher-place": "Berlin/Boston"},
    ),
    (
        "Smith, J. (2019). A study of things. Journal of Stuff, 3(2), 1-10. doi:10.1000/xyz123",
        {"DOI": "10.1000/xyz123"},
    ),
    (
        "Smith J. A study of things. J Stuff. 2019;3:1-10. PMID: 12345678; DOI: 10.1000/abc(2019)4.",
        {"DOI": "10.1000/abc(2019)4", "PMID": "12345678"},
    ),
    (
        "(12) Smith, J. A study of things. Journal of Stuff 3 (2019): 1-10.",
        {"author": [{"family": "Smith", "given": "J."}]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hum81_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
