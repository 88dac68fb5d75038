"""Humanities forms of German reading lists with raised edition numbers and Polish lists with ``[w:]``, typed by hand
in their style, each with the fields it must give: every case was read wrong before the rule it names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a raised edition number before the year, as pandoc's Markdown writes it",
        "Schmidt, Anna. *Einführung in die Kirchengeschichte*. Stuttgart: Kohlhammer, ^4^2011.",
        {"edition": "4", "publisher": "Kohlhammer", "issued": {"date-parts": [[2011]]}},
    ),
    (
        "a raised edition number before the year, as a PDF's text gives it",
        "Weber, Paul. *Grundriss der Dogmatik*. Tübingen: Mohr Siebeck, ²1999.",
        {"edition": "2", "publisher": "Mohr Siebeck", "issued": {"date-parts": [[1999]]}},
    ),
    (
        "a raised edition number after a place with no publisher",
        "Lang, Maria und Otto Berg. *Der Islam heute*. Berlin, ^3^1995.",
        {"edition": "3", "publisher-place": "Berlin", "issued": {"date-parts": [[1995]]}},
    ),
    (
        "Polish [w:] before a periodical with its number over the year",
        "K. Nowak, Schrony piechoty na Śląsku [w:] Rocznik Fortyfikacji nr 3 / 2010.",
        {
            "title": "Schrony piechoty na Śląsku",
            "container-title": "Rocznik Fortyfikacji",
            "issue": "3",
            "issued": {"date-parts": [[2010]]},
        },
    ),
    (
        "Polish [w:] before a book with its editor, town and year",
        "A. Wiśniewski, J. Lis, Mury miejskie Opola, [w:] Dziedzictwo obronne regionu, pod red. T. Zielińskiego, "
        "Opole 2012.",
        {
            "title": "Mury miejskie Opola",
            "container-title": "Dziedzictwo obronne regionu",
            "editor": [{"family": "Zielińskiego", "given": "T."}],
            "publisher-place": "Opole",
            "issued": {"date-parts": [[2012]]},
        },
    ),
    (
        "Polish [w:] before a serial's volume",
        "P. Mazur, Bramy twierdzy Kłodzko [w:] Studia Militaria t.IV, 2005.",
        {"title": "Bramy twierdzy Kłodzko", "container-title": "Studia Militaria", "volume": "IV"},
    ),
    (
        "Polish [w:] before a periodical with its month, year and pages",
        "S. Nowicki, Zapomniany bunkier [w:] Eksplorator, luty 2016, s. 12-15",
        {
            "title": "Zapomniany bunkier",
            "container-title": "Eksplorator",
            "issued": {"date-parts": [[2016, 2]]},
            "page": "12-15",
        },
    ),
    (
        "an older German list's family name before a given name written short",
        "Haller Joh. *Die Ursachen der Reformation.* Tübingen, 1917.",
        {"author": [{"family": "Haller", "given": "Joh."}], "title": "Die Ursachen der Reformation"},
    ),
    (
        "a given name written short with three letters or more after the family name",
        "Jordan Herm. *Luthers Staatsauffassung.* Munich, 1917.",
        {"author": [{"family": "Jordan", "given": "Herm."}], "publisher-place": "Munich"},
    ),
    (
        "a German town alone before the year is the place, no publisher",
        "Falk F. *Die Bibel am Ausgang des Mittelalters*. Halle, 1905.",
        {"publisher-place": "Halle", "publisher": None},
    ),
    (
        "a nineteenth-century English name of a German town is the place",
        "Evers G. *Martin Luther. Lebensbild.* Mayence, 1883.",
        {"publisher-place": "Mayence", "publisher": None},
    ),
    (
        "a town with its river or region after an italic title is no journal",
        "Müller K. *Die Reformation am Oberrhein.* Freiburg i. Br., 1921.",
        {"publisher-place": "Freiburg i. Br.", "container-title": None},
    ),
    (
        "German 'Ort: Verlag Jahr' after the title, a count of pages in two parts after a dash",
        "Brandt, Lena: Der erste Petrarkismus. Petrarca in der Dichtung des 17. Jahrhunderts. Aachen: Mainz 2003. – "
        "VI, 288 S.",
        {
            "publisher-place": "Aachen",
            "publisher": "Mainz",
            "issued": {"date-parts": [[2003]]},
            "container-title": None,
        },
    ),
    (
        "German pages with their word after a series in brackets",
        "Wolf, Anna: Ein Brief von Lenz aus Straßburg an Herder. In: Lenz-Studien. Hrsg. von Karl Bauer. Heidelberg: "
        "Winter 2003 (Beihefte zum „Euphorion“, H. 44), S. 12-30.",
        {"container-title": "Lenz-Studien", "page": "12-30"},
    ),
    (
        "an English journal's part before German pages",
        "Hill, Anne: Lenz and „Der Hofmeister“. In: German Life and Letters (Oxford), Vol. 52 (1999), Pt. 2, "
        "S. 101-119.",
        {"volume": "52", "issue": "2", "page": "101-119"},
    ),
    (
        "a Dutch list's imprint in brackets before the sentence naming how the list cites the work",
        "Bakker, Jan, Schaatsen in Friesland. 250 jaar ijsvermaak (Leeuwarden 2011). Aangehaald als SiF.",
        {"publisher-place": "Leeuwarden", "issued": {"date-parts": [[2011]]}},
    ),
    (
        "an inverted name's given name written short keeps its stop",
        "Heijnen, Joh., Gedenkboek van den Nederlandschen Zwembond 1888 1 juni 1913 (Utrecht 1913).",
        {"author": [{"family": "Heijnen", "given": "Joh."}], "publisher-place": "Utrecht"},
    ),
    (
        "German editor's sentence after the title read into the editor's names with the series after it",
        "Roth, Anna. *Geschichte des Osmanischen Reiches*. Hg. v. Peter Lang. Beck’s historische Bibliothek. München: "
        "Beck, 2009.",
        {"editor": [{"family": "Lang", "given": "Peter"}], "publisher": "Beck"},
    ),
    (
        "German editor's sentence after the title read into the series",
        "Haarmann, Ulrich. *Geschichte der arabischen Welt*. Hg. v. Heinz Halm. Beck’s historische Bibliothek. "
        "München: Beck, 2004.",
        {"editor": [{"family": "Halm", "given": "Heinz"}], "publisher-place": "München"},
    ),
    (
        "a German journal's volume before the bracketed year, with its pages after it",
        "Heinzer (1995) – Felix Heinzer, Die neuen Standorte der ehemals Donaueschinger Bibliothek, in: Scriptorium 49 "
        "(1995), S. 12–19.",
        {"container-title": "Scriptorium", "volume": "49", "page": "12-19"},
    ),
    (
        "a German journal's volume before the bracketed year, an address after the pages",
        "Becker, Jonas: Lesen im digitalen Raum. In: Bibliothek. Forschung und Praxis 41 (2017), S. 210–225. "
        "Abrufbar unter https://www.example.org/bfp/2017/becker.pdf.",
        {"volume": "41", "page": "210-225"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hum56_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
