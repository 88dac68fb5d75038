"""Forms of humanities references read right since round hum58 (German musicology, Dutch Chicago, MLA, Kindle notes)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    # a news post's bold name and colon before the italic title
    (
        "**Stefan Antweiler**: _Ein vergessener Komponist. Der Schumann-Zeitgenosse W. E. Scholz. "
        "Bibliographisch-thematisches Verzeichnis._ Köln: Are, 2019. 340 S. ISBN 978-3-9245-2277-3.",
        {
            "author": [{"family": "Antweiler", "given": "Stefan"}],
            "title": "Ein vergessener Komponist. Der Schumann-Zeitgenosse W. E. Scholz. "
            "Bibliographisch-thematisches Verzeichnis",
        },
    ),
    (
        "**Christoph Teichner**: _Thematisches Verzeichnis der musikalischen Werke Ignaz Franz von Beeckes "
        "(1733–1803)_. Musik in Baden-Württemberg. Quellen und Studien (MBWQS) 11. Berlin: Metzler, 2020. 730 S.",
        {
            "author": [{"family": "Teichner", "given": "Christoph"}],
            "title": "Thematisches Verzeichnis der musikalischen Werke Ignaz Franz von Beeckes (1733–1803)",
            "publisher": "Metzler",
        },
    ),
    # MLA's repeated author before a play printed in a collected edition
    (
        "---. A Midsummer Night’s Dream. The Riverside Shakespeare, 2nd ed., edited by G. Blakemore Evans et al., "
        "Houghton Mifflin, 1996, pp. 251-81.",
        {"author": None, "title": "A Midsummer Night’s Dream", "container-title": "The Riverside Shakespeare"},
    ),
    # the thesis's kind before its school, German and Dutch
    (
        "Preuß, Volkhardt (1991), *Die Anwendung der Clausellehre des 17. Jahrhunderts im Theorieunterricht*, "
        "Diplomarbeit, Hochschule für Musik und Theater Hamburg.",
        {"type": "thesis", "genre": "Diplomarbeit", "publisher": "Hochschule für Musik und Theater Hamburg"},
    ),
    (
        "Willink, Joost. De bewogen verzamelgeschiedenis van de West-Centraal-Afrikaanse collecties in Nederland "
        "(1856-1889). Proefschrift Universiteit Leiden, 2006.",
        {"type": "thesis", "genre": "Proefschrift", "publisher": "Universiteit Leiden"},
    ),
    # a Kindle note's format after the publisher
    (
        "Grudem, Wayne (2009). *Systematic Theology: An Introduction to Biblical Doctrine* (p. 24). Zondervan. "
        "Kindle Edition.",
        {"publisher": "Zondervan", "medium": "Kindle Edition"},
    ),
    # Dutch "en" before the last name and "red." after the editors
    (
        "Rinnooy Kan, Justine, en Sheila Reda, red. Het verdwenen museum: Koninklijk Kabinet van Zeldzaamheden in het "
        "Mauritshuis. Zwolle, Den Haag: Waanders uitgevers ; Mauritshuis, 2024.",
        {
            "author": None,
            "editor": [{"family": "Rinnooy Kan", "given": "Justine"}, {"family": "Reda", "given": "Sheila"}],
        },
    ),
    # "Red" as a given name is no role
    ("Olsen, Red. The Book. Oslo: Gyldendal, 2020.", {"editor": None}),
    # German music theory's comma form: the ordinal edition, "Bd.", "in: ders.,", "Heft"
    (
        "Schäfke, Rudolf (1964), *Geschichte der Musikästhetik in Umrissen* [1934], 2. Aufl., Tutzing: Schneider.",
        {"edition": "2", "publisher-place": "Tutzing", "publisher": "Schneider"},
    ),
    (
        "Choron, Alexandre / Adrien de La Fage (1838), *Manuel complet de musique vocale et instrumentale, ou "
        "Encyclopédie musicale*, Bd. 2, Paris: Roret.",
        {"volume": "2", "publisher-place": "Paris", "publisher": "Roret"},
    ),
    (
        "Riemann, Hugo (1901), »Zur Theorie der Konsonanz und Dissonanz«, in: ders., *Präludien und Studien III*, "
        "Leipzig: Breitkopf & Härtel, 31–45.",
        {"container-title": "Präludien und Studien III"},
    ),
    (
        "Schenker, Heinrich (1922), »Die Kunst zu hören«, *Der Tonwille. Vierteljahrschrift zum Zeugnis unwandelbarer "
        "Gesetze der Tonkunst einer neuen Jugend dargebracht von Heinrich Schenker*, Heft 3, 22–25.",
        {
            "container-title": "Der Tonwille. Vierteljahrschrift zum Zeugnis unwandelbarer Gesetze der Tonkunst einer "
            "neuen Jugend dargebracht von Heinrich Schenker",
            "issue": "3",
            "volume": None,
        },
    ),
    # a German book's length with its front matter in capitals
    (
        "**Axel Beer**: _Das Leipziger Bureau de Musique (Hoffmeister & Kühnel, A. Kühnel). Geschichte und "
        "Verlagsproduktion (1800-1814)_, unter Benutzung von Vorarbeiten von Klaus Burmeister. München und Salzburg: "
        "Katzbichler, 2020. XXIV, 956 S. ISBN: 978-3-87397-162-2.",
        {"volume": None, "page": "XXIV, 956"},
    ),
    # French "dans" before the journal
    (
        "HANSSON Ulf R., « «Ma passion… ma folie dominante» », dans MDCCC 1800, 3, 2014, p. 13-33.",
        {"container-title": "MDCCC 1800"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hum58_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# the editors run on into the imprint are flagged; a plain imprint after an editor is not
FLAGGED: list[tuple[str, bool]] = [
    (
        "Diergarten, Felix (2010), »Ancilla Secundae: Akkord und Stimmführung in der Generalbasslehre«, in: *Musik und "
        "ihre Theorien. Clemens Kühn zum 65. Geburtstag*, hg. von Felix Diergarten, Ludwig Holtmeier, John Leigh und "
        "Edith Metzner, Dresden: Sandstein, 132–148.",
        True,
    ),
    ("Smith, John, ed. The Book. Berlin: Springer, 2001.", False),
]


@pytest.mark.parametrize(("text", "flagged"), FLAGGED)
def test_hum58_flags(text: str, flagged: bool) -> None:
    assert needs_review(text) is flagged
