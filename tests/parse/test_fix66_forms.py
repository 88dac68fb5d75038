"""Humanities forms earlier rounds left: a work's count of volumes (``…, 1937. 3V.``, ``(in 6 Vols.)``, French
``4 t.``) read as its page, edition, issue or title; towns older bibliographies cut short (``Phila.``, ``Lond.``,
``Oxf.``, ``Edinb.``, ``Camb.``, ``N. Y.``) read into the title."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

COUNTS: list[tuple[str, dict[str, Any]]] = [
    (
        "JOSEPHUS, Works, tr. Whiston, Boston, 1811, 2V.",
        {"page": None, "number-of-volumes": "2", "publisher-place": "Boston", "title": "Works"},
    ),
    (
        "LAKE, K., ed., The Apostolic Fathers, Loeb Library. 2V.",
        {"edition": None, "page": None, "number-of-volumes": "2"},
    ),
    ("APPIAN, Roman History, Loeb Classical Library. 4V.", {"edition": None, "number-of-volumes": "4"}),
    (
        "SCOTT, S. P., The Civil Law of Rome, Cincinnati, 1932. 17V.",
        {"number-of-volumes": "17", "volume": None, "page": None, "publisher-place": "Cincinnati"},
    ),
    (
        "Kirk, G. S. (1993), The Iliad. A Commentary (in 6 Vols.). Cambridge University Press.",
        {"title": "The Iliad. A Commentary", "container-title": None, "issue": None, "number-of-volumes": "6"},
    ),
    (
        "Kirk, G. S. (1985). The Iliad: A Commentary (in 6 Vols.). Cambridge University Press.",
        {"title": "The Iliad: A Commentary", "number-of-volumes": "6"},
    ),
    (
        "Lavisse, E., Histoire de France, 4 t., Paris, 1900.",
        {"title": "Histoire de France", "number-of-volumes": "4", "publisher-place": "Paris"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_count_of_volumes(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


SHORT_TOWNS: list[tuple[str, dict[str, Any]]] = [
    (
        "GARRISON, F., History of Medicine, Phila., 1929.",
        {"title": "History of Medicine", "publisher-place": "Phila"},
    ),
    (
        "Jones, A. Studies in Greek Grammar. Oxf., 1902.",
        {"title": "Studies in Greek Grammar", "publisher-place": "Oxf"},
    ),
    ("Hall, J. Notes on Plato. Camb., 1888.", {"title": "Notes on Plato", "publisher-place": "Camb"}),
    (
        "Wilson, R. Lectures on Logic. Edinb., 1870.",
        {"title": "Lectures on Logic", "publisher-place": "Edinb", "container-title": None},
    ),
    ("Brown, T. The Early Church. Lond., 1898.", {"title": "The Early Church", "publisher-place": "Lond"}),
    (
        "Jones, A. Studies in Greek Grammar. Oxf. 1902.",
        {"title": "Studies in Greek Grammar", "publisher-place": "Oxf"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_TOWNS)
def test_short_town_before_year(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


CAPS_COMMA: list[tuple[str, dict[str, Any]]] = [
    (
        "ALCIPHRON, Letters, London, n.d.",
        {"author": [{"literal": "ALCIPHRON"}], "title": "Letters", "publisher-place": "London", "publisher": None},
    ),
    (
        "COLLINGWOOD, R., and MYRES, N., Roman Britain, Oxford, 1937.",
        {"title": "Roman Britain", "publisher-place": "Oxford"},
    ),
    (
        "SHOTWELL, J., and Loomis, L., The See of Peter, Columbia U.P., 1927.",
        {"title": "The See of Peter", "publisher": "Columbia U.P"},
    ),
    ("MARTIAL, Epigrams, Loeb Library. 2V.", {"author": [{"literal": "MARTIAL"}], "title": "Epigrams"}),
    (
        "APPIAN, Roman History, Loeb Classical Library. 4V.",
        {"title": "Roman History", "collection-title": "Loeb Classical Library", "edition": None},
    ),
    (
        "CAMBRIDGE ANCIENT HISTORY, N. Y., 1924f. 12V.",
        {"author": None, "title": "CAMBRIDGE ANCIENT HISTORY", "publisher-place": "N. Y."},
    ),
    (
        "CAMBRIDGE MEDIEVAL HISTORY, N. Y., 1911.",
        {"author": None, "title": "CAMBRIDGE MEDIEVAL HISTORY", "publisher-place": "N. Y."},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPS_COMMA)
def test_caps_comma_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


NO_DATE_IMPRINTS: list[tuple[str, dict[str, Any]]] = [
    (
        "BURCKHARDT, J., Die Zeit Constantins des Grossen, Phaidon Verlag, Wien, n.d.",
        {"publisher-place": "Wien", "publisher": "Phaidon Verlag", "issued": None},
    ),
    ("Müller, K., Geschichte der Stadt, Leipzig, o.J.", {"publisher-place": "Leipzig"}),
    ("Smith, J., Notes on the Parish, London, n. d.", {"publisher-place": "London"}),
]


@pytest.mark.parametrize(("text", "expected"), NO_DATE_IMPRINTS)
def test_no_date_closing_imprint(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


GLUED: list[tuple[str, dict[str, Any]]] = [
    (
        "Moravcsik, J., and P.Temko, eds. Plato on Beauty,Wisdom, and the Arts.Totowa, N.J.: Rowman and Littleﬁeld, "
        "1982.",
        {
            "author": None,
            "editor": [{"family": "Moravcsik", "given": "J."}, {"family": "Temko", "given": "P."}],
            "title": "Plato on Beauty,Wisdom, and the Arts",
            "publisher-place": "Totowa, N.J",
        },
    ),
    (
        "Brown, A., and P.Temko, eds. Cities and Their Arts.Boston, MA: Beacon, 2001.",
        {"title": "Cities and Their Arts", "publisher-place": "Boston, MA", "publisher": "Beacon"},
    ),
    (
        "Miller, D., and R.Jones. Essays on Mind.London: Routledge, 2004.",
        {"title": "Essays on Mind", "publisher-place": "London", "publisher": "Routledge"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_glued_initials_and_imprint(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


TOWN_TOUCHING_YEAR: list[tuple[str, dict[str, Any]]] = [
    (
        "S. Kolouszek, Fortyfikacje Festung Breslau, Jelenia Góra 2014.",
        {"title": "Fortyfikacje Festung Breslau", "publisher-place": "Jelenia Góra"},
    ),
    ("Kowalski J., Dzieje miasta, Jelenia Góra 2014.", {"title": "Dzieje miasta", "publisher-place": "Jelenia Góra"}),
    ("P. Novák, Dějiny hradu, Hradec Králové 2005.", {"title": "Dějiny hradu", "publisher-place": "Hradec Králové"}),
]


@pytest.mark.parametrize(("text", "expected"), TOWN_TOUCHING_YEAR)
def test_town_touching_closing_year(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# forms these rules leave as they were read: a role after the title, ISO 690's given names in capitals before a
# quoted title, a journal in capitals with its volume, a publisher's name between the town and the year
LOOK_ALIKES: list[tuple[str, dict[str, Any]]] = [
    ("GAIUS, Elements of Roman Law, ed. Poste, Oxford, 1875.", {"title": "Elements of Roman Law"}),
    (
        'SANFORD, JOHN T. "Geologic Observations at the Sheguiandah Site". Canadian Field Naturalist, Vol. 71 (3), '
        "pp. 138-48, (July-September, 1957).",
        {"title": "Geologic Observations at the Sheguiandah Site", "container-title": "Canadian Field Naturalist"},
    ),
    ("CLINICAL CHEMISTRY, Vol. 34, No. 9, 1988", {"title": None, "container-title": "CLINICAL CHEMISTRY"}),
    # (the town and the publisher before the year: read as the imprint, town first, by another rule)
    (
        "WINCKELMANN Johann Joachim, Kunsttheoretische Schriften, Baden-Baden, Heitz, 1962.",
        {"title": "Kunsttheoretische Schriften", "publisher-place": "Baden-Baden", "publisher": "Heitz"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_look_alikes_kept(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
