"""Humanities forms of German author bibliographies, a history bibliography in capitals and reading lists, typed by
hand in their style, each with the fields it must give: every case was read wrong before the rule it names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a family name in bold before the comma that inverts it is the author's, no title's",
        "**Keller**, Ursula: Goethes Balladen. Studien zur Form. Berlin: Aufbau 1998. – 212 S.",
        {
            "author": [{"family": "Keller", "given": "Ursula"}],
            "title": "Goethes Balladen. Studien zur Form",
            "publisher": "Aufbau",
        },
    ),
    (
        "a bold family name before a German article's 'In:' journal",
        "**Ignasiak**, Detlef: Die Herzogin ist wirklich ein Engel. Der Dichter in seinen Beziehungen. "
        "In: Palmbaum 8 (2000), S. 32-38.",
        {
            "author": [{"family": "Ignasiak", "given": "Detlef"}],
            "title": "Die Herzogin ist wirklich ein Engel. Der Dichter in seinen Beziehungen",
        },
    ),
    (
        "the town in brackets after a journal's name and before 'Jg.' is where it is published",
        "Meyer, Hans: Die Briefe des jungen Schiller. In: Weimarer Beiträge (Berlin), Jg. 31 (1985), H. 4, S. 611-630.",
        {"container-title": "Weimarer Beiträge", "publisher-place": "Berlin", "volume": "31", "issue": "4"},
    ),
    (
        "the town in brackets before 'Bd.' after 'In:'",
        "Roth, Eva: Das Exil der Romantiker. In: Arcadia (Berlin, New York), Bd. 22 (1987), H. 1, S. 7-19.",
        {"container-title": "Arcadia", "publisher-place": "Berlin, New York", "volume": "22"},
    ),
    (
        "the town in brackets before the issue's 'H.' (the 'In:' no editor)",
        "Lee, Min-Ho: Büchners Woyzeck in Korea. In: Germanistik in Asien (Busan), H. 7 (1999), S. 101-120.",
        {"container-title": "Germanistik in Asien", "publisher-place": "Busan", "issue": "7", "editor": None},
    ),
    (
        "German's series in brackets after the imprint's year is no part of the title, '[u. a.]' no part of the place",
        "Vogel, Ruth: Das Bild des Arztes im Drama. Bern [u. a.]: Lang 1995 (Germanistische Studien, Bd. 12). – 240 S.",
        {
            "title": "Das Bild des Arztes im Drama",
            "publisher-place": "Bern",
            "publisher": "Lang",
            "collection-title": "Germanistische Studien",
            "volume": None,
            "page": "240",
        },
    ),
    (
        "a series without its number after the year, then a count of pages with its roman front matter",
        "Busch, Otto: Studien zur Fabel. Tübingen: Niemeyer 1988 (Studien zur deutschen Literatur). – XII, 318 S.",
        {
            "title": "Studien zur Fabel",
            "publisher": "Niemeyer",
            "collection-title": "Studien zur deutschen Literatur",
            "page": "XII, 318",
        },
    ),
    (
        "'ed. by' and the editor's names run on into the imprint: the names end at the comma before the town",
        "Ernst Jünger (2015): _Briefe aus dem Krieg_, ed. by Anna Weber, Göttingen: Wallstein.",
        {
            "editor": [{"family": "Weber", "given": "Anna"}],
            "publisher": "Wallstein",
            "publisher-place": "Göttingen",
        },
    ),
    (
        "German's 'In: Book. Hrsg. von Names.': the book's last words before the role are the book's",
        "Klein, Jens: Die Briefe an Merck. In: Aufklärung und Empfindsamkeit. Festschrift für Hans Wolf zum 70. "
        "Geburtstag. Hrsg. von Maria Roth und Peter Sander. Tübingen: Niemeyer 1999, S. 12-30.",
        {
            "container-title": "Aufklärung und Empfindsamkeit. Festschrift für Hans Wolf zum 70. Geburtstag",
            "editor": [{"family": "Roth", "given": "Maria"}, {"family": "Sander", "given": "Peter"}],
        },
    ),
    (
        "'Ed. by' after an English book's title in a German list, its last word an initialled name",
        "Baum, Otto: Schiller in America. In: Literature and Exile. Essays in Honor of Carl S. Meyer. Ed. by "
        "John Parker and Ann Wells. Tübingen: Stauffenburg 2003, S. 90-99.",
        {
            "container-title": "Literature and Exile. Essays in Honor of Carl S. Meyer",
            "editor": [{"family": "Parker", "given": "John"}, {"family": "Wells", "given": "Ann"}],
        },
    ),
    (
        "Chicago's bracketed note after 'Press, 2001' stays a note: no German series after a comma before the year",
        "Boccaccio, Giovanni. *Famous Women*. Translated by Ann Smith. Cambridge, MA: Harvard University Press, 2001 "
        "(Latin text and English translation).",
        {"collection-title": None, "publisher": "Harvard University Press"},
    ),
    (
        "German's quotation opening a title that runs on after its closing quote and full stop is all the title",
        "Lang, Karin: „Ich bin nicht der Erste“. Zur Selbstdeutung des Dichters im Spätwerk. In: Goethe-Jahrbuch 118 "
        "(2001), S. 10-25.",
        {"title": "„Ich bin nicht der Erste“. Zur Selbstdeutung des Dichters im Spätwerk", "note": None},
    ),
    (
        "French's 'Ville, Éditeur, Année': the firm after the town's comma is the publisher, no part of the place",
        "WEBER Carl, Goethe: sein Leben, seine Werke, und seine Freunde, 2 vol., Leipzig, F.C.W. Vogel, 1872.",
        {"publisher-place": "Leipzig", "publisher": "F.C.W. Vogel"},
    ),
    (
        "'Ville, Éditeur, Année' after an Italian title and its volume",
        "ROSSI Ginevra, Canova. Disegni 1790-1800. Le Opere. Lettere, vol. 3, Milan, Mazzotta, 2011.",
        {"publisher-place": "Milan", "publisher": "Mazzotta"},
    ),
    (
        "a town's name in the list's language before a firm that names itself one ('edizioni') is the place",
        "GOETHE Johann Wolfgang, Viaggio in Italia, édité par Emilio CASTELLANI, Vérone, Mondadori edizioni, 1983.",
        {"publisher-place": "Vérone", "publisher": "Mondadori edizioni"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_hum55_form(why: str, text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
