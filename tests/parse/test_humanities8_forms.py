"""Humanities forms read wrong before the fixes prompted by ``humanities_real8`` (a musicology bibliography in
Chicago and German forms, its reviews and catalogues, a digital-history lesson's notes): a table of cases."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "German 'Name: Titel, in: Zeitschrift 41 (1984), S. 12-30.': the volume before the year, the pages after S.",
        "Weber, Anna: Die Quellen der Kirchenmusik im Rheinland, in: Archiv für Musikwissenschaft 41 (1984), "
        "S. 12-30.",
        {
            "title": "Die Quellen der Kirchenmusik im Rheinland",
            "container-title": "Archiv für Musikwissenschaft",
            "volume": "41",
            "page": "12-30",
        },
    ),
    (
        "a German chapter's 'in: Name (Hrsg.): Buch, Ort 1982 (= Reihe 15), S. 57-66.': the town and year apart",
        "Krause, Otto: Die Musik am Hof zu Celle, in: Weber, Anna (Hrsg.): Hofmusik in Norddeutschland, "
        "Wolfenbüttel 1986 (= Wolfenbütteler Forschungen 21), S. 101-120.",
        {
            "container-title": "Hofmusik in Norddeutschland",
            "publisher-place": "Wolfenbüttel",
            "issued": {"date-parts": [[1986]]},
            "page": "101-120",
        },
    ),
    (
        "the same with the year read apart: 'Festschrift …, Tutzing 1984, S. 15-35.'",
        "Brook, Barry: Hohenlohe-Langenburg, Kurt Dorfmüller, RISM, „Musikalische Real-Zeitung“ und die Königin von "
        "Spanien, in: Leuchtmann, Horst / Münster, Robert (Hrsg.): Ars iocundissima. Festschrift für Kurt Dorfmüller "
        "zum 60. Geburtstag, Tutzing 1984, S. 15-35.",
        {
            "container-title": "Ars iocundissima. Festschrift für Kurt Dorfmüller zum 60. Geburtstag",
            "publisher-place": "Tutzing",
        },
    ),
    (
        "an unsigned German newspaper piece, 'in: Zeitung vom 12.3.1985': the paper's name and the day",
        "Neue Funde zur Musik in Kassel, in: Frankfurter Rundschau vom 12.3.1985.",
        {
            "title": "Neue Funde zur Musik in Kassel",
            "container-title": "Frankfurter Rundschau",
            "issued": {"date-parts": [[1985, 3, 12]]},
            "volume": None,
        },
    ),
    (
        "a Spanish double family name inverted, 'Martín Moreno, Antonio. \"Title.\"': the given name after the comma",
        "Martín Moreno, Antonio. \"El proyecto RISM en la musicología universitaria española y su desarrollo en las "
        "catedrales andaluzas.\" In *II Congreso de Musicología de Andalucía,* 201-215. Sevilla: Junta de Andalucía, "
        "1996.",
        {
            "author": [{"family": "Martín Moreno", "given": "Antonio"}],
            "container-title": "II Congreso de Musicología de Andalucía",
        },
    ),
    (
        "a review named by its reviewer and the journal alone: the italic run is the journal, no title",
        "Walker, Ann. *Early Music* (May 2015): 330-331. Available online.",
        {"author": [{"family": "Walker", "given": "Ann"}], "container-title": "Early Music", "title": None},
    ),
    (
        "an unsigned review: the italic run opening the reference is the journal",
        "*Revue de musicologie* 58 (1972): 120.",
        {"container-title": "Revue de musicologie", "title": None, "volume": "58", "page": "120"},
    ),
    (
        "a cataloguer's annotation in brackets after the reference's full stop is a note",
        "Schmidt, Eva. *Katalog der Musikhandschriften der Stadtbibliothek Lübeck*. Lübeck: Stadtbibliothek, 1992. "
        "(Compiled using RISM rules)",
        {
            "publisher-place": "Lübeck",
            "publisher": "Stadtbibliothek",
            "issued": {"date-parts": [[1992]]},
            "note": "Compiled using RISM rules",
        },
    ),
    (
        "a series with its number between a book's italic title and the imprint is no container",
        "Vogel, Hans, ed. *Findbuch zum Bestand Musikalien des Stadttheaters Celle (12 Alt).* Inventare und "
        "kleinere Schriften des Stadtarchivs Celle 4. Celle: Selbstverlag des Stadtarchivs, 1991.",
        {"container-title": None, "collection-title": "Inventare und kleinere Schriften des Stadtarchivs Celle 4"},
    ),
    (
        "the count of a multivolume work's volumes after its italic title, '(5 vols.)', is no part of the title",
        "Rossi, Marco.*I libretti veneziani a stampa dalle origini al 1800* (4 vols.). Venezia: Marsilio, 1995-1998.",
        {"title": "I libretti veneziani a stampa dalle origini al 1800", "publisher": "Marsilio"},
    ),
    (
        "Chicago's 'Name, Given, and Given Name, eds. Title.' with no italics: the editors, then the title",
        "Brughmans, Tom, and Andrew Wilson, eds. Simulating Roman Economies: Theories, Methods, and Computational "
        "Models. Oxford: Oxford University Press, 2022. https://doi.org/10.1093/oso/9780192857828.001.0001.",
        {
            "author": None,
            "editor": [{"family": "Brughmans", "given": "Tom"}, {"family": "Wilson", "given": "Andrew"}],
            "title": "Simulating Roman Economies: Theories, Methods, and Computational Models",
        },
    ),
    (
        "'Also published in …' after the reference is a note, none of its parts the article's",
        "Dupont, Marie. \"Les sources musicales de Lyon.\" *Revue de musicologie* 40, no. 2 (1957): 11-19. Also "
        "published in *Bulletin des bibliothèques* (Paris, 1958).",
        {"container-title": "Revue de musicologie", "publisher-place": None, "publisher": None},
    ),
    (
        "'Accessed: March 2nd, 2022.' with the day's ordinal is the access date",
        "Lee, Mary. 2021. \"Mapping Letters in Early Modern Europe\", Digital History Notes. "
        "https://example.org/letters/. Accessed: March 2nd, 2022.",
        {"accessed": {"date-parts": [[2022, 3, 2]]}, "issued": {"date-parts": [[2021]]}},
    ),
    (
        "a capital 'In' after the title's comma opens the book holding the chapter",
        "Keller, Jonas (2019), Über die Netzwerke der Gelehrten im achtzehnten Jahrhundert, In Gelehrte "
        "Korrespondenz. Konzepte, Methoden und Kritiken. edited by Anna Roth, Peter Lang, and Eva Klein. Berlin; "
        "Boston 2019 (Studies in Letters 4).",
        {
            "title": "Über die Netzwerke der Gelehrten im achtzehnten Jahrhundert",
            "container-title": "Gelehrte Korrespondenz. Konzepte, Methoden und Kritiken",
        },
    ),
    (
        "a chapter in a book by its own author, 'in Book, by Name (Place: Publisher, Year)': the names are no part "
        "of the book's title",
        "Tim Gooding, “Agent-Based Model History and Development,” in Economics for a Fairer Society, by Tim Gooding "
        "(Cham: Springer, 2019), 25–36.",
        {"container-title": "Economics for a Fairer Society", "publisher": "Springer"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_humanities8_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
