"""Forms typed by hand, each with the fields it must give: a person's death date in brackets after the name (kept
as the record's note, the record not flagged) and an honorific after the editor's role word; Dutch and Flemish roles in
a bracket after the names, ``onder red. van`` and its list of editors, towns of Dutch and Flemish imprints, and a
suspended hyphen before ``naar`` or ``tot``; a particle in capitals before a family name in lower case, an undated
book read as a run of names, underscore italics before an edition, a body's full name after its acronym, and a
pope's regnal number."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.records.model import flags

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Death date after a one-word name, an honorific after 'ed.': the date in the note, no remainder",
        "Nawawi (d. 676/1277), *Riyad al-salihin*, ed. Dr. Ahmad al-Misri, Dar al-salam, Damascus, 1415/1995.",
        {
            "author": [{"family": "Nawawi"}],
            "title": "Riyad al-salihin",
            "editor": [{"family": "al-Misri", "given": "Ahmad"}],
            "publisher": "Dar al-salam",
            "publisher-place": "Damascus",
            "note": "(d. 676/1277)",
        },
    ),
    (
        "Death date of one calendar, 'ed. Prof.' before the editor's name",
        "Petrarca (d. 1374), *Secretum*, ed. Prof. Enrico Fenzi, Mursia, Milano, 1992.",
        {"author": [{"family": "Petrarca"}], "editor": [{"family": "Fenzi", "given": "Enrico"}], "note": "(d. 1374)"},
    ),
    (
        "Editors closed by 'et al.' after a death date: no names stored for them, nothing left over",
        "Ibn Qutayba (d. 276/889), *Uyun al-akhbar*, ed. Yusuf Tawil, *et al*. Beirut, 1406/1986.",
        {"editor": [{"family": "Tawil", "given": "Yusuf"}], "note": "(d. 276/889)"},
    ),
    (
        "Name and death date closed by a full stop before a plain title",
        "Ibn Battuta (d. 779/1377). Travels in Asia and Africa. Trans. H. A. R. Gibb. London: Routledge, 1929.",
        {
            "author": [{"family": "Ibn Battuta"}],
            "title": "Travels in Asia and Africa",
            "translator": [{"family": "Gibb", "given": "H. A. R."}],
            "note": "(d. 779/1377)",
        },
    ),
    (
        "Inverted name with 'writing in' a year, then a plain title and an editor",
        "al-Muqaddasi, Shams al-Din (writing in 375/985), Ahsan al-taqasim, ed. M. J. de Goeje, Leiden: Brill, 1906.",
        {
            "author": [{"family": "al-Muqaddasi", "given": "Shams al-Din"}],
            "title": "Ahsan al-taqasim",
            "note": "(writing in 375/985)",
        },
    ),
]

DUTCH: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Translator's role in a Dutch bracket after an inverted name, then the italic title",
        "Claes, M. (vertaling en toelichting), *Beatrijs. Een middeleeuws Maria-mirakel*. Antwerpen, 1998.",
        {
            "translator": [{"family": "Claes", "given": "M."}],
            "title": "Beatrijs. Een middeleeuws Maria-mirakel",
            "publisher-place": "Antwerpen",
        },
    ),
    (
        "Editors closed by 'e.a.' before '(ed.)': the named editor, no author",
        "Kuiper, W. van, e.a., (ed.), *Een wereld van verhalen*. Hilversum, Verloren, 2004.",
        {
            "editor": [{"family": "Kuiper", "given": "W. van"}],
            "title": "Een wereld van verhalen",
            "publisher": "Verloren",
        },
    ),
    (
        "'onder red. van' and three editors before the town: the editors, the town alone",
        "P. Jansen, 'De abdij', in: Kloosters in Brabant; onder red. van J. de Wit, M. Baars & K. Roos, Zwolle, "
        "Waanders, 1999, p. 11-30.",
        {
            "editor": [
                {"family": "Wit", "non-dropping-particle": "de", "given": "J."},
                {"family": "Baars", "given": "M."},
                {"family": "Roos", "given": "K."},
            ],
            "container-title": "Kloosters in Brabant",
            "publisher-place": "Zwolle",
        },
    ),
    (
        "A Flemish town alone before the year: the place, no publisher",
        "Verstraete, L., *Het Waasland in de achttiende eeuw*. Sint-Niklaas, 1985.",
        {"publisher-place": "Sint-Niklaas", "publisher": None},
    ),
    (
        "A Dutch house's town before the year",
        "Bakker, T., *Ridders en heiligen*. Culemborg, 1979.",
        {"publisher-place": "Culemborg", "publisher": None},
    ),
    (
        "A suspended hyphen before 'naar' keeps its hyphen",
        "Smet, R., 'Taalgrenzen', in: *Van volks- naar standaardtaal*, Gent, 2003, p. 7-19.",
        {"container-title": "Van volks- naar standaardtaal"},
    ),
]

UPPER: list[tuple[str, str, dict[str, Any]]] = [
    (
        "ABNT list: a particle in capitals before a family name in lower case is one inverted name",
        "KUROSE, James F.; VAN Dijk, Pieter. Redes de computadores. São Paulo: Pearson, 2013.",
        {
            "author": [
                {"family": "KUROSE", "given": "James F."},
                {"family": "Dijk", "non-dropping-particle": "VAN", "given": "Pieter"},
            ]
        },
    ),
    (
        "Two particles in capitals before the family name of the list's second name",
        "SILVA, Ana; DE LA Cruz, Marta. Historia de Sevilla. Madrid: Alianza, 1999.",
        {
            "author": [
                {"family": "SILVA", "given": "Ana"},
                {"family": "Cruz", "non-dropping-particle": "DE LA", "given": "Marta"},
            ]
        },
    ),
    (
        "Undated book: one natural-order name, a one-word title, a known town and the house",
        "Marta Bassi, Tasso, Bologna, Zanichelli.",
        {
            "author": [{"family": "Bassi", "given": "Marta"}],
            "title": "Tasso",
            "publisher-place": "Bologna",
            "publisher": "Zanichelli",
        },
    ),
]

ITALICS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Underscore italics, then an edition and a house before the year: title, edition, publisher",
        "Ortega, Luis. _Latin Scripts_. 4th ed., Scriptorium, 2016.",
        {"type": "book", "title": "Latin Scripts", "edition": "4", "publisher": "Scriptorium"},
    ),
]

BODIES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Acronym, its year, then the body's full name before the title: the name is the publisher",
        "IAU 2006, International Astronomical Union. Resolution B5: definition of a planet in the Solar System.",
        {
            "author": [{"literal": "IAU"}],
            "publisher": "International Astronomical Union",
            "title": "Resolution B5: definition of a planet in the Solar System",
        },
    ),
    (
        "Bracketed year, the full name running on past its acronym's words with 'of'",
        "UNEP (2016). United Nations Environment Programme. Global Gender and Environment Outlook. Nairobi.",
        {"publisher": "United Nations Environment Programme", "title": "Global Gender and Environment Outlook"},
    ),
]

REGNAL: list[tuple[str, str, dict[str, Any]]] = [
    (
        "A pope's name and regnal number before an underscore-italic title",
        "Gregory XIII. _Inter gravissimas_. The Holy See, 1582.",
        {"author": [{"literal": "Gregory XIII"}], "title": "Inter gravissimas"},
    ),
]

# records that must carry no flag: right readings whose only unstored part is the death date
UNFLAGGED = [
    "Nawawi (d. 676/1277), *Riyad al-salihin*, ed. Dr. Ahmad al-Misri, Dar al-salam, Damascus, 1415/1995.",
    "Ibn Qutayba (d. 276/889), *Uyun al-akhbar*, ed. Yusuf Tawil, *et al*. Beirut, 1406/1986.",
]

# readings the rules above must leave as they were
KEPT: list[tuple[str, str, dict[str, Any]]] = [
    (
        "A family name in capitals with its particle in capitals stays whole",
        "GRAHAM, Dorothy; VAN VEENENDAAL, Erik. Foundations of software testing. Cengage, 2008.",
        {"author": [{"family": "GRAHAM", "given": "Dorothy"}, {"family": "VAN VEENENDAAL", "given": "Erik"}]},
    ),
    (
        "An acronym before a title that does not spell it out keeps the title whole",
        "UNSD, 2018. International Standard Industrial Classification of All Economic Activities. United Nations.",
        {"title": "International Standard Industrial Classification of All Economic Activities"},
    ),
    (
        "Vancouver initials after a family name are no regnal number",
        "Martin VI, Jones AB. A trial of aspirin. Lancet. 2001;357:1-5.",
        {"author": [{"family": "Martin", "given": "VI"}, {"family": "Jones", "given": "AB"}]},
    ),
    (
        "A bracketed year after a name in author-date form stays the date",
        "Smith, J. (1999). A history of the book. Oxford University Press.",
        {"issued": {"date-parts": [[1999]]}, "title": "A history of the book"},
    ),
]

ALL = CASES + DUTCH + UPPER + ITALICS + BODIES + REGNAL + KEPT


@pytest.mark.parametrize(("why", "text", "expected"), ALL, ids=[c[0][:60] for c in ALL])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"


@pytest.mark.parametrize("text", UNFLAGGED)
def test_right_reading_unflagged(text: str) -> None:
    assert flags(parse_reference(text)) == []
