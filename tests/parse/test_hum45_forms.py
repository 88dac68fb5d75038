"""The German humanities book form typed by hand in its style, each with the fields it must give: every case was
read wrong before the rule it names."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a book with no publisher: title, subtitle, the town touching the year; the subtitle is no journal",
        "Müller, Jan-Dirk: Spielregeln für den Untergang. Die Welt des Nibelungenliedes, Tübingen 1998.",
        {
            "type": "book",
            "title": "Spielregeln für den Untergang. Die Welt des Nibelungenliedes",
            "publisher-place": "Tübingen",
            "container-title": None,
        },
    ),
    (
        "the subtitle and an edition before the town are the book's, not a chapter's",
        "Haug, Walter: Literaturtheorie im deutschen Mittelalter. Von den Anfängen bis zum Ende des 13. Jahrhunderts, "
        "2. Aufl., Darmstadt 1992.",
        {
            "type": "book",
            "title": "Literaturtheorie im deutschen Mittelalter. Von den Anfängen bis zum Ende des 13. Jahrhunderts",
            "edition": "2",
            "publisher-place": "Darmstadt",
            "container-title": None,
        },
    ),
    (
        "the town's river abbreviated after it is part of the place, not a name",
        "Heinzle, Joachim: Das Nibelungenlied. Eine Einführung, Frankfurt a.M. 1994.",
        {
            "author": [{"family": "Heinzle", "given": "Joachim"}],
            "title": "Das Nibelungenlied. Eine Einführung",
            "publisher-place": "Frankfurt a.M.",
        },
    ),
    (
        "the town's region abbreviated after it is part of the place, not a journal",
        "Zimmermann, Reinhard: Römisches Recht und europäische Rechtskultur, Freiburg i.Br. 2003.",
        {
            "type": "book",
            "title": "Römisches Recht und europäische Rechtskultur",
            "publisher-place": "Freiburg i.Br.",
            "container-title": None,
        },
    ),
    (
        "the same in a note's natural order, with the page cited after the year",
        "Hans Maier, Die ältere deutsche Staats- und Verwaltungslehre, Freiburg i.Br. 1980, S. 12.",
        {"title": "Die ältere deutsche Staats- und Verwaltungslehre", "publisher-place": "Freiburg i.Br."},
    ),
    (
        "'u.a.' (and other towns) keeps its period in the place",
        "Larenz, Karl: Methodenlehre der Rechtswissenschaft, 6. Aufl., Berlin u.a. 1991.",
        {"publisher-place": "Berlin u.a.", "edition": "6"},
    ),
    (
        "a town's river before a series and a reprint note",
        "Werner Fechter, Das Publikum der mittelhochdeutschen Dichtung (Deutsche Forschungen 28), Frankfurt a.M. 1935 "
        "[Nachdrucke ebd. 1966 und Darmstadt 1972].",
        {"author": [{"family": "Fechter", "given": "Werner"}], "publisher-place": "Frankfurt a.M."},
    ),
    (
        "the book's parts after its title belong to the title, not the publisher",
        "Kurt Weitzmann, Die byzantinische Buchmalerei des 9. und 10. Jahrhunderts. Text- und Tafelband, Berlin 1935.",
        {
            "title": "Die byzantinische Buchmalerei des 9. und 10. Jahrhunderts. Text- und Tafelband",
            "publisher-place": "Berlin",
            "publisher": None,
        },
    ),
    (
        "a single part of the book, its index volume, likewise",
        "Bischoff, Bernhard: Katalog der festländischen Handschriften des neunten Jahrhunderts. Registerband, "
        "Wiesbaden 2017.",
        {"title": "Katalog der festländischen Handschriften des neunten Jahrhunderts. Registerband", "publisher": None},
    ),
    (
        "an edition's title before 'hg. von' and its editor, no longer the editors and the publisher",
        "Das Nibelungenlied. Nach der Ausgabe von Karl Bartsch hg. von Helmut de Boor, Wiesbaden 1979.",
        {
            "title": "Das Nibelungenlied. Nach der Ausgabe von Karl Bartsch",
            "editor": [{"family": "Boor", "non-dropping-particle": "de", "given": "Helmut"}],
            "publisher": None,
            "publisher-place": "Wiesbaden",
        },
    ),
    (
        "the work's author and title before 'hg. v.': the editor is no title, the town no given name",
        "Heinrich von Veldeke: Eneasroman, hg. v. Dieter Kartschoke, Stuttgart 1986.",
        {
            "title": "Heinrich von Veldeke: Eneasroman",
            "editor": [{"family": "Kartschoke", "given": "Dieter"}],
            "publisher-place": "Stuttgart",
        },
    ),
    (
        "the title's last words before 'hrsg. v.' are the title's, not an editor",
        "Quellen zur Geschichte des deutschen Bauernstandes im Mittelalter, hrsg. v. Günther Franz, Darmstadt 1967.",
        {
            "title": "Quellen zur Geschichte des deutschen Bauernstandes im Mittelalter",
            "editor": [{"family": "Franz", "given": "Günther"}],
        },
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
