"""Polish, Czech and Slovak books with the town touching the closing year and no publisher (``Nowak, Jan. Historia
Śląska. Wrocław 2001.``), ancient authors' names in capitals (``DIO CASSIUS.``, ``HOMER, Iliad. Trans. …``), a title's
last word joined to the town by a full stop (``… te Amsterdam.Leiden: Brill``) and Indonesian lists' second author
written family first after ``dan`` (``Santoso, Budi, dan Wijaya, Andi``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, assert_read_with_families

SLAVIC_TOWN_YEAR: list[tuple[str, dict[str, Any]]] = [
    (
        "Nowak, Jan. Historia Śląska. Wrocław 2001.",
        {"families": ["Nowak"], "title": "Historia Śląska", "publisher-place": "Wrocław", "publisher": None},
    ),
    (
        "Horváth, Ján. Slovenské dejiny. Bratislava 1999.",
        {"families": ["Horváth"], "title": "Slovenské dejiny", "publisher-place": "Bratislava"},
    ),
    (
        "Svoboda, Karel. Dějiny Moravy. Brno 2003.",
        {"families": ["Svoboda"], "title": "Dějiny Moravy", "publisher-place": "Brno", "note": None},
    ),
    (
        "Dvořák T., Moravské kláštery, Brno 2003.",
        {"families": ["Dvořák"], "title": "Moravské kláštery", "publisher-place": "Brno", "note": None},
    ),
    (
        "Nowak J., Kowalski P., Historia Polski, Warszawa 2004.",
        {"families": ["Nowak", "Kowalski"], "title": "Historia Polski", "publisher-place": "Warszawa"},
    ),
    (
        "Novák, Petr. Dějiny Čech. Praha 2005.",
        {"families": ["Novák"], "title": "Dějiny Čech", "publisher-place": "Praha", "issued": {"date-parts": [[2005]]}},
    ),
    # a colon after the names is another form: the rule leaves it to the readings that know it
    (
        "Shirk, Susan L.: China: Fragile Superpower, New York 2008.",
        {"families": ["Shirk"], "title": "China: Fragile Superpower", "publisher-place": "New York"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SLAVIC_TOWN_YEAR)
def test_slavic_town_touching_year(text: str, expected: dict[str, Any]) -> None:
    assert_read_with_families(text, expected)


ANCIENT_CAPITALS: list[tuple[str, dict[str, Any]]] = [
    (
        "DIO CASSIUS. Roman History. Trans. E. Cary. Cambridge, MA: Harvard University Press, 1914.",
        {"author": [{"literal": "DIO CASSIUS"}], "title": "Roman History"},
    ),
    (
        "AULUS GELLIUS. Attic Nights. Trans. J. C. Rolfe. London: Heinemann, 1927.",
        {"author": [{"literal": "AULUS GELLIUS"}], "title": "Attic Nights"},
    ),
    (
        "DIO CASSIUS, History of Rome, Troy, N. Y., 1905.",
        {"author": [{"literal": "DIO CASSIUS"}], "title": "History of Rome"},
    ),
    (
        "HOMER, Iliad. Trans. R. Lattimore. Chicago: University of Chicago Press, 1951.",
        {"author": [{"literal": "HOMER"}], "title": "Iliad", "translator": [{"family": "Lattimore", "given": "R."}]},
    ),
    (
        "PLATO. Republic. Trans. G. M. A. Grube. Indianapolis: Hackett, 1992.",
        {"author": [{"literal": "PLATO"}], "title": "Republic"},
    ),
    # capitals lists invert a person with a comma: a family name stays one
    (
        "GARCIA ARETIO, L. Educación a distancia y virtual. Madrid: UNED, 2014.",
        {"author": [{"family": "GARCIA ARETIO", "given": "L."}]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANCIENT_CAPITALS)
def test_ancient_author_in_capitals(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


TOWN_JOINED_BY_STOP: list[tuple[str, dict[str, Any]]] = [
    (
        "Veth, P.J. Catalogus der tentoonstelling te Amsterdam.Leiden: E.J. Brill, 1883.",
        {"title": "Catalogus der tentoonstelling te Amsterdam", "publisher-place": "Leiden", "publisher": "E.J. Brill"},
    ),
    (
        "Jansen, Pieter. Beschrijving der stad Haarlem.Amsterdam: Allart, 1790.",
        {"title": "Beschrijving der stad Haarlem", "publisher-place": "Amsterdam"},
    ),
    # after the title's own full stop the two are the towns, as written
    (
        "Jansen, Pieter. De Nederlandse opstand. Amsterdam.Leiden: Brill, 1990.",
        {"title": "De Nederlandse opstand", "publisher-place": "Amsterdam.Leiden"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOWN_JOINED_BY_STOP)
def test_title_word_joined_to_town(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


INDONESIAN_AUTHORS: list[tuple[str, dict[str, Any]]] = [
    (
        "Santoso, Budi, dan Wijaya, Andi. 2019. Judul Buku. Jakarta: Gramedia.",
        {"author": [{"family": "Santoso", "given": "Budi"}, {"family": "Wijaya", "given": "Andi"}]},
    ),
    (
        "Hidayat, Rahmat, Santoso, Budi, dan Wijaya, Andi. 2020. Metode Penelitian. Bandung: Alfabeta.",
        {"families": ["Hidayat", "Santoso", "Wijaya"], "title": "Metode Penelitian"},
    ),
    (
        "Santoso, Budi dan Wijaya, Andi. 2018. Pengantar Ekonomi. Yogyakarta: Andi Offset.",
        {"families": ["Santoso", "Wijaya"], "title": "Pengantar Ekonomi"},
    ),
    (
        "Santoso, Budi & Wijaya, Andi. 2019. Sejarah Indonesia. Jakarta: Gramedia.",
        {"families": ["Santoso", "Wijaya"], "title": "Sejarah Indonesia", "collection-title": None},
    ),
    (
        "Kaya, Mehmet ve Demir, Ali. 2015. Türk Tarihi. İstanbul: Ötüken.",
        {"families": ["Kaya", "Demir"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN_AUTHORS)
def test_family_first_after_dan(text: str, expected: dict[str, Any]) -> None:
    assert_read_with_families(text, expected)


# a German list's key, then the persons it stands for in their natural order and a comma before the title
KEYED_NATURAL_NAMES: list[tuple[str, dict[str, Any]]] = [
    (
        "Wagner (1975) – Richard Wagner, Zum Begriff von Kunst, Kunstwerk und Publikum, Leipzig 1975.",
        {"families": ["Wagner"], "title": "Zum Begriff von Kunst, Kunstwerk und Publikum"},
    ),
    (
        "Hartmann (1988) – [Karl Hartmann], Von Rittern & Burgen im Mittelalter, Ulm 1988.",
        {"author": [{"family": "Hartmann", "given": "Karl"}], "title": "Von Rittern & Burgen im Mittelalter"},
    ),
    (
        "Besch (1962) – Werner Besch, Vom ‚alten’ zum ‚nüwen’ Parzival, in: Der Deutschunterricht 14/1 (1962), "
        "S. 91–104.",
        {"families": ["Besch"], "title": "Vom ‚alten’ zum ‚nüwen’ Parzival", "volume": "14", "issue": "1"},
    ),
    (
        "Becker (1977) – Peter Jörg Becker, Handschriften und Frühdrucke mittelhochdeutscher Epen. Eneide, Tristrant, "
        "Tristan, Erec, Iwein, Parzival, Nibelungenlied und ihre Rezeption, Wiesbaden 1977.",
        {"families": ["Becker"], "publisher-place": "Wiesbaden"},
    ),
    (
        "Müller/Schmidt (2001) – Anna Müller und Karl Schmidt, Vom Wandel der Stadt, Zürich 2001.",
        {"families": ["Müller", "Schmidt"], "title": "Vom Wandel der Stadt"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEYED_NATURAL_NAMES)
def test_names_closed_at_key(text: str, expected: dict[str, Any]) -> None:
    assert_read_with_families(text, expected)


# German's "hg. von" after the work, then the imprint: the editors run from the role phrase to the comma
GERMAN_ROLE_EDITORS: list[tuple[str, dict[str, Any]]] = [
    (
        "Muffat, Georg (1961), »Regulae concentuum partiturae« [Ms., 1699], in: *Georg Muffat. An Essay on "
        "Thoroughbass*, hg. von Hellmut Federhofer, Dallas (TX): American Institute of Musicology, 39–130.",
        {
            "editor": [{"family": "Federhofer", "given": "Hellmut"}],
            "publisher-place": "Dallas (TX)",
            "publisher": "American Institute of Musicology",
        },
    ),
    (
        "Bach, Carl Philipp Emanuel (1990), *Sonaten*, hg. von Hans J. Moser, Kassel: Bärenreiter.",
        {"editor": [{"family": "Moser", "given": "Hans J."}], "title": "Sonaten", "publisher-place": "Kassel"},
    ),
    (
        "Durante, Francesco (2003), *Bassi e Fughe* [Ms.], hg. von Giuseppe A. Pastore, Padua: Armelin Musica.",
        {
            "editor": [{"family": "Pastore", "given": "Giuseppe A."}],
            "title": "Bassi e Fughe",
            "publisher-place": "Padua",
        },
    ),
    (
        "Fux, Johann Joseph (1971), »Gradus ad Parnassum«, in: *Sämtliche Werke*, hg. von Alfred Mann, Ann Arbor (MI): "
        "University Microfilms, 1–120.",
        {"editor": [{"family": "Mann", "given": "Alfred"}], "publisher-place": "Ann Arbor (MI)"},
    ),


    # the last editor's initial before the family name the publisher had taken (MLA's editors before the publisher)
    (
        'Morgan, Leslie Zarker. "War is Hell (for Saracens)." *Studies in Medieval French Literature*, edited by Anne '
        "R. Carter, James P. Moss, and Helen T. Ward, Brill, 2013, pp. 19-34.",
        {"editor": [{"family": "Carter", "given": "Anne R."}, {"family": "Moss", "given": "James P."},
                    {"family": "Ward", "given": "Helen T."}], "publisher": "Brill"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_ROLE_EDITORS)
def test_german_role_editors(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
