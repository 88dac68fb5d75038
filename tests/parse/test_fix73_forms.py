"""Humanities forms: an ancient author's translated work with its translator's sentence cut at the initials, the
Italian imprint's publisher before a town of two words, an editors' sentence cut at a transliterated initial, names
closed by a bracketed role read into the title, a named edition (facsimile, reprint) after the italic title, and a
Russian body named after a person (``im. S. M. Esenina``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

HUP = "Harvard University Press"

CASES: list[tuple[str, dict[str, Any]]] = [
    # an ancient author in capitals, a one-word work, the translator's sentence
    (
        "TACITUS. Annals. Trans. J. Jackson. Cambridge, MA: Harvard University Press, 1937.",
        {
            "author": [{"literal": "TACITUS"}],
            "title": "Annals",
            "translator": [{"family": "Jackson", "given": "J."}],
            "publisher": HUP,
            "publisher-place": "Cambridge, MA",
        },
    ),
    (
        "Tacitus. Annals. Trans. J. Jackson. Cambridge, MA: Harvard University Press, 1937.",
        {"title": "Annals", "translator": [{"family": "Jackson", "given": "J."}], "publisher": HUP},
    ),
    (
        "LIVY. History of Rome. Trans. B. O. Foster. Cambridge, MA: Harvard University Press, 1919.",
        {
            "author": [{"literal": "LIVY"}],
            "title": "History of Rome",
            "translator": [{"family": "Foster", "given": "B. O."}],
            "publisher": HUP,
        },
    ),
    # the Italian imprint: publisher, then the town of two words touching the year
    (
        "Filippo Violi (red.), *I nuovi testi neogreci di Calabria. Antologia della letteratura grecocalabra*, "
        "vol. 1-2, Iiriti Editore, Reggio Calabria 2005.",
        {"publisher": "Iiriti Editore", "publisher-place": "Reggio Calabria", "issued": {"date-parts": [[2005]]}},
    ),
    (
        "Mario Rossi, *Storia di Calabria*, Rubbettino Editore, Soveria Mannelli 2001.",
        {"publisher": "Rubbettino Editore", "publisher-place": "Soveria Mannelli", "issued": {"date-parts": [[2001]]}},
    ),
    # the editors' sentence after the chapter's pages, cut after a transliterated initial ("Iu.")
    (
        "Tatarinov, A. V. “Arkhitekturnye Raboty N. A. L’vova.” In _Izbrannye Sochineniia_, by N. A. L’vov, 371–93. "
        "edited by K. Iu. Lappo-Danilevskii. Koeln: Böhlau, 2001.",
        {"publisher-place": "Koeln", "publisher": "Böhlau", "page": "371-93"},
    ),
    (
        "Lotman, Iu. M. “Poetika bytovogo povedeniia.” In _Izbrannye stat’i_, 248–68. edited by Iu. M. Lotman. "
        "Tallinn: Aleksandra, 1992.",
        {"editor": [{"family": "Lotman", "given": "Iu. M."}], "publisher-place": "Tallinn", "publisher": "Aleksandra"},
    ),
    # given-first names closed by a bracketed role, the last names read into the title
    (
        "Giuseppe Rossi Taibbi, Girolamo Caracausi (red.), *I testi neogreci di Calabria*, vol. 1-2, "
        "Istituto Siciliano di studi bizantini e neoellenici, Palermo 1959.",
        {"author": None, "title": "I testi neogreci di Calabria", "publisher-place": "Palermo"},
    ),
    (
        "Mario Rossi, Anna Bianchi (a cura di), *Storia della Calabria*, Laterza, Roma-Bari 1998.",
        {
            "editor": [{"family": "Rossi", "given": "Mario"}, {"family": "Bianchi", "given": "Anna"}],
            "title": "Storia della Calabria",
            "publisher": "Laterza",
        },
    ),
    # a named edition after the italic title, the count of volumes after it
    (
        "Vilmos, Pecz. *Ókori lexikon*. Hasonmás kiadás. 2 vols. Tudománytár. "
        "Budapest: Könyvértékesítő Vállalat, 1984.",
        {"title": "Ókori lexikon", "edition": "Hasonmás", "container-title": None, "publisher-place": "Budapest"},
    ),
    (
        "Müller, Hans. *Geschichte der Stadt Köln*. Nachdruck der Ausgabe 1890. 2 vols. Aalen: Scientia, 1975.",
        {"title": "Geschichte der Stadt Köln", "edition": "Nachdruck der Ausgabe 1890", "container-title": None},
    ),
    (
        "Dupont, Jean. *Histoire de Lyon*. Réimpression. 2 vols. Paris: Picard, 1980.",
        {"title": "Histoire de Lyon", "edition": "Réimpression", "publisher": "Picard"},
    ),
    # a Russian body named after a person: the honorific, the initials and the name are the body's
    (
        "Boiarchenkova, Oksana Igorevna. “Aleksandr Andreevich Bezborodko: Lichnost’ i gosudarstvennaia "
        "deiatel’nost’. Avtoreferat.” Riazanskii gosudarstvennyi pedagogicheskii universitet im. S. M. Esenina, 2005.",
        {
            "publisher": "Riazanskii gosudarstvennyi pedagogicheskii universitet im. S. M. Esenina",
            "editor": None,
            "container-title": None,
        },
    ),
    (
        "Ivanova, Maria Petrovna. “Russkaia usad’ba XVIII veka. Dissertatsiia.” Rossiiskii gosudarstvennyi "
        "pedagogicheskii universitet im. A. I. Gertsena, 2010.",
        {
            "publisher": "Rossiiskii gosudarstvennyi pedagogicheskii universitet im. A. I. Gertsena",
            "container-title": None,
        },
    ),
    # a journal so named, with its numbers, stays the journal
    (
        "Smith, J. (2010). Russian universities. Vestnik Moskovskogo universiteta im. M. V. Lomonosova, 12(3), 45-60.",
        {"container-title": "Vestnik Moskovskogo universiteta im. M. V. Lomonosova", "volume": "12", "publisher": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix73_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
