"""Numbers a field's last words name: Greek ``Τόμος Γ’`` and ``σελ. 225``, Dutch ``22-2 (mei 2012)``, a newspaper's
weekday before its date (``Samstag 5. März 2022``), a series run on after the title (``… and Beyond WUNT 417.``),
Czech journal numbers (``Jižní Morava 52, 2016, svazek 55``, ``Malovaný kraj, 44, 2008, č. 6``) and a Czech chapter's
book (``In Kux, Jan a kol.: Book. Brno 2013``); a book's title with ``Translation in`` in it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # Greek page word before the pages, left closing the publisher
    (
        "Τζάρτζανος, Αχιλλέας, 2002. *Νεοελληνική Σύνταξις της Κοινής Δημοτικής*. Αθήνα: Εκδόσεις Κυριακίδη. σελ. 225.",
        {"publisher": "Εκδόσεις Κυριακίδη", "page": "225", "note": None},
    ),
    (
        "Παπαδόπουλος, Γιώργος. 1995. *Ιστορία της Θεσσαλονίκης*. Θεσσαλονίκη: Εκδόσεις Βάνιας. σελ. 45-67.",
        {"publisher": "Εκδόσεις Βάνιας", "page": "45-67", "note": None},
    ),
    (
        "Μπαμπινώτης, Γεώργιος, 2005. *Συντακτικό της Νέας Ελληνικής*. Αθήνα: Εκδόσεις Πατάκη. σελ. 112.",
        {"publisher": "Εκδόσεις Πατάκη", "page": "112"},
    ),
    # Greek volume word and numeral after the italic title
    (
        "Τριανταφυλλίδης, Μανόλης & Γιώργος Παπαδόπουλος. 1998. *Ιστορία της Ελληνικής Γλώσσας* Τόμος Β’. Αθήνα: "
        "Ίκαρος.",
        {"title": "Ιστορία της Ελληνικής Γλώσσας", "volume": "Β’"},
    ),
    (
        "Κλαίρης, Χρήστος & Γεώργιος Μπαμπινώτης. 2001. *Γραμματική της Νέας Ελληνικής* Τόμος Γ’. 2η έκδοση. "
        "Αθήνα: Ελληνικά Γράμματα.",
        {"title": "Γραμματική της Νέας Ελληνικής", "volume": "Γ’", "edition": "2", "note": None},
    ),
    (
        "Μπαμπινώτης, Γεώργιος. 1998. *Λεξικό της Νέας Ελληνικής Γλώσσας* Τόμος Β’. Αθήνα: Κέντρο Λεξικολογίας.",
        {"title": "Λεξικό της Νέας Ελληνικής Γλώσσας", "volume": "Β’"},
    ),
    (
        "Παπαρρηγόπουλος, Κωνσταντίνος. 1925. *Ιστορία του Ελληνικού Έθνους* Τόμος 3. Αθήνα: Ελευθερουδάκης.",
        {"title": "Ιστορία του Ελληνικού Έθνους", "volume": "3"},
    ),
    # Dutch volume-issue before the bracketed month and year
    (
        "Borgers, H., 'Vooroorlogse Bemmelse voetbalverenigingen', in: Historische Kring Bemmel 22-2 (mei 2012), "
        "p. 57-59.",
        {"container-title": "Historische Kring Bemmel", "volume": "22", "issue": "2", "page": "57-59"},
    ),
    (
        "Vries, J. de, 'Sport in Leiden', in: Leids Jaarboekje 31-1 (maart 1998), p. 101-115.",
        {"container-title": "Leids Jaarboekje", "volume": "31", "issue": "1", "page": "101-115"},
    ),
    # a newspaper's weekday before its day, month and year
    (
        "Klingenberg, Daniel, Affären, Missbrauchsgerüchte und Bodenseepiraten, in: St. Galler Tagblatt, "
        "Samstag 5. März 2022, S. 26-27.",
        {"container-title": "St. Galler Tagblatt", "volume": None, "issued": {"date-parts": [[2022, 3, 5]]}},
    ),
    # a series' short name and number run on after a book's title, before the imprint
    (
        "Allen, Garrick V., ed. The Future of New Testament Textual Scholarship: From H. C. Hoskier to the Editio "
        "Critica Maior and Beyond WUNT 417. Tübingen: Mohr Siebeck, 2019.",
        {
            "title": "The Future of New Testament Textual Scholarship: From H. C. Hoskier to the Editio Critica Maior "
            "and Beyond",
            "collection-title": "WUNT 417",
        },
    ),
    (
        "Hengel, Martin. Judaism and Hellenism in the Early Christian Period SNTSMS 12. Cambridge: Cambridge "
        "University Press, 1974.",
        {"title": "Judaism and Hellenism in the Early Christian Period", "collection-title": "SNTSMS 12"},
    ),
    (
        "Porter, Stanley E. The Paul of Acts: Essays in Literary Criticism, Rhetoric, and Theology WUNT 115. "
        "Tübingen: Mohr Siebeck, 1999.",
        {"title": "The Paul of Acts: Essays in Literary Criticism, Rhetoric, and Theology"},
    ),
    # not a series: a version's single digit, a name after "the"
    ("Brown, B. Programming in FORTRAN 77. New York: Wiley, 1980.", {"title": "Programming in FORTRAN 77"}),
    ("Jones, A. A History of the USA 12. New York: Norton, 2005.", {"title": "A History of the USA 12"}),
    # Czech journal numbers: the run, the year and the "svazek"; the volume, the year and the "č." issue
    (
        "Lexa, Lukáš: Slovácká brigáda a její důstojnický sbor v letech 1918 až 1919. Jižní Morava 52, 2016, "
        "svazek 55, s. 159–194.",
        {
            "title": "Slovácká brigáda a její důstojnický sbor v letech 1918 až 1919",
            "container-title": "Jižní Morava",
            "volume": "55",
            "issued": {"date-parts": [[2016]]},
        },
    ),
    (
        "Novák, Petr: Hradiště a jeho okolí. Slovácko 48, 2006, svazek 41, s. 23–40.",
        {"container-title": "Slovácko", "volume": "41", "issued": {"date-parts": [[2006]]}},
    ),
    (
        "Němeček, Vlastimil: Slovácká brigáda, Malovaný kraj, 44, 2008, č. 6, s. 8–9.",
        {"title": "Slovácká brigáda", "container-title": "Malovaný kraj", "volume": "44", "issue": "6"},
    ),
    (
        "Dvořák, Jan: Lidové kroje na Podluží, Malovaný kraj, 51, 2015, č. 3, s. 12–14.",
        {"container-title": "Malovaný kraj", "volume": "51", "issue": "3", "issued": {"date-parts": [[2015]]}},
    ),
    (
        "Horák, Karel: Vinařství na Strážnicku, Vlastivědný věstník moravský, 62, 2010, č. 2, s. 145–152.",
        {"volume": "62", "issue": "2", "issued": {"date-parts": [[2010]]}, "note": None},
    ),
    # a Czech chapter's book: its editor before the colon, its town and year after its last full stop
    (
        "Němeček, Vlastimil: Přínos dobrovolnických útvarů, zejména Slovácké brigády, při vzniku ČSR v letech "
        "1918–1920. In Kux, Jan a kol.: Přínos armády pro vznik a rozvoj České republiky. Brno 2013, s. 36–46.",
        {
            "editor": [{"family": "Kux", "given": "Jan"}],
            "container-title": "Přínos armády pro vznik a rozvoj České republiky",
            "publisher-place": "Brno",
            "issued": {"date-parts": [[2013]]},
            "note": None,
        },
    ),
    (
        "Novák, Jiří: Legionáři na Slovácku. In Dvořák, Petr a kol.: Slovácko v první světové válce. Uherské "
        "Hradiště 2015, s. 112–130.",
        {"container-title": "Slovácko v první světové válce", "publisher-place": "Uherské Hradiště"},
    ),
    (
        "Svoboda, Karel: Obecní samospráva. In: Hanák, Josef (ed.): Dějiny obce Strání. Strání 2009, s. 45–60.",
        {"container-title": "Dějiny obce Strání", "publisher-place": "Strání", "volume": None},
    ),
    # "Translation in" inside a book's title is no translation's statement
    (
        "Crisp, Simon. “P46 and Good as New: The Bearing of Manuscript Evidence on Decisions about Canon,” in Canon "
        "and Modern Bible Translation in Interconfessional Perspective, edited by Lénart J. de Regt. Istanbul: United "
        "Bible Societies, 2006.",
        {
            "container-title": "Canon and Modern Bible Translation in Interconfessional Perspective",
            "publisher": "United Bible Societies",
            "issued": {"date-parts": [[2006]]},
        },
    ),
    (
        "Noss, Philip A. “Bible Translation and Canon,” in Scripture Translation in Ecumenical Perspective, edited by "
        "Aloo Mojola. Nairobi: United Bible Societies, 2011.",
        {"container-title": "Scripture Translation in Ecumenical Perspective", "publisher-place": "Nairobi"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_closing_numbers(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
