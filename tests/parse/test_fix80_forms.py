"""Forms typed by hand, each with the fields it must give: a classicist's edition named by its editor before its
Latin title, an ancient author's title with the edition's editor named after it, a Spanish family name joined
by ``y`` in natural order, the ACS's closing article number after ``No.``, a bold volume with its letter, and a page
range with thousands separators, a study group named with its year, a body's division after its comma, and APA's
italic title holding its edition, a working paper's series in brackets, a title's head closed by a colon after
the names, a book's series read as its edition, a standard edition's locator, and a body's numbered resolution."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.mends.government_authors import subdivision_after_body_comma

from .span_cases import spans_of

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "an edition's Latin title after its maker's name and a comma, a volume before the imprint: no second person",
        "Ludwig Dindorf, Historici Graeci Minores, Vol 2. Leipzig: Teubner, 1871.",
        {
            "author": [{"family": "Dindorf", "given": "Ludwig"}],
            "editor": None,
            "title": "Historici Graeci Minores",
            "volume": "2",
        },
    ),
    (
        "an ancient author, the title, then the editor's name alone before the town",
        "Polybius. The Histories. T. Buettner-Wobst. Leipzig. Teubner. 1893.",
        {
            "author": [{"family": "Polybius"}],
            "title": "The Histories",
            "editor": [{"family": "Buettner-Wobst", "given": "T."}],
        },
    ),
    (
        "an ancient author, the title, the editor named by given name and family before the imprint",
        "Lucan. Pharsalia. Carl Hosius. Leipzig: Teubner, 1913.",
        {"title": "Pharsalia", "editor": [{"family": "Hosius", "given": "Carl"}]},
    ),
    (
        "a Spanish family name joined by 'y' after the given name opening a note",
        "Miguel Menéndez y Pelayo, Historia de los heterodoxos españoles, Madrid: Librería Católica, 1880.",
        {"author": [{"family": "Menéndez y Pelayo", "given": "Miguel"}]},
    ),
    (
        "the last of a list in natural order with a family joined by 'y', after 'and'",
        "Anna Lindqvist, Omar Haddad, and Carlos Lopez y Rivera. Sparse attention for long documents. In "
        "Proceedings of the Workshop on Efficient Models, pages 10-18, 2021.",
        {
            "author": [
                {"family": "Lindqvist", "given": "Anna"},
                {"family": "Haddad", "given": "Omar"},
                {"family": "Lopez y Rivera", "given": "Carlos"},
            ],
            "title": "Sparse attention for long documents",
        },
    ),
    (
        "the ACS's article number after 'No.' closing the reference, after the bold year and italic volume",
        "(7) Okafor, C.; Lind, M. Strain engineering of layered oxides. *npj 2D Mater. Appl.* **2021**, *6*, No. 41.",
        {"volume": "6", "page": "41", "issue": None},
    ),
    (
        "a bold volume holding its letter, a space before the comma: the bold run is the volume",
        "[12] K. Lindgren and P. Aho, Edge states in driven lattices, Phys. Scr. **T151** , 014058 (2012).",
        {"container-title": "Phys. Scr.", "volume": "T151", "page": "014058"},
    ),
    (
        "a page range with thousands separators after an italic journal and volume",
        "Okada, T. (2003). Seismic velocity beneath the northern arc. *Journal of Geophysical Research, 108*, "
        "12,301-12,318.",
        {"volume": "108", "page": "12,301-12,318"},
    ),
    (
        "a study group named with its year opening a Vancouver reference: the name to its full stop is the author",
        "3. GBD 2021 Tuberculosis Collaborators. Global burden of tuberculosis in 204 countries, 1990-2021. Lancet "
        "Infect Dis 2024; 24: 698-725.",
        {
            "author": [{"literal": "GBD 2021 Tuberculosis Collaborators"}],
            "title": "Global burden of tuberculosis in 204 countries, 1990-2021",
            "issued": {"date-parts": [[2024]]},
        },
    ),
    (
        "APA's italic book title holding its edition after a comma: the edition apart",
        "Rivers, M. (2015). *Handbook of Coastal Engineering Practice, 3rd Edition.* Coastal Press.",
        {"title": "Handbook of Coastal Engineering Practice", "edition": "3"},
    ),
    (
        "a working paper's series and its issuer in the closing brackets after the title",
        "Marsh, P. and Lund, A. (1998) Modelling Tacit Knowledge in Design Teams (CSR Discussion Paper, "
        "University of Salford).",
        {"genre": "CSR Discussion Paper", "publisher": "University of Salford"},
    ),
    (
        "a title's head closed by its colon after one author with initials is no second person",
        "[8] T. W. Lund, Cavity QED: Strong Coupling of Atoms and Light, in Lectures of the 2015 Summer School on "
        "Quantum Optics, eds. P. R. Hale and K. Obi (Clarendon Press, 2017).",
        {
            "author": [{"family": "Lund", "given": "T. W."}],
            "title": "Cavity QED: Strong Coupling of Atoms and Light",
            "container-title": "Lectures of the 2015 Summer School on Quantum Optics",
        },
    ),
    (
        "a series of books named without its number between the volumes and the imprint is no edition",
        "Jones, W. H. S., trans. *Pausanias: Description of Greece*. 5 vols. Loeb Classical Library. London: "
        "Heinemann, 1918-1935.",
        {"collection-title": "Loeb Classical Library", "edition": None},
    ),
    (
        "a note's closing standard-edition locator: 'Ak. 5:161' is one page, no volume of the translation",
        "Kant, Immanuel. *Critique of Practical Reason*, trans. Mary Gregor (Cambridge: Cambridge University "
        "Press, 1997 [1788]), Ak. 5:161.",
        {"page": "5:161", "volume": None},
    ),
    (
        "a body's numbered resolution after the quoted title is the series and the number, no publisher",
        'United Nations. (2015). "Protection of human rights defenders." General Assembly Resolution 70/161. '
        "Available at: https://undocs.org/A/RES/70/161",
        {"collection-title": "General Assembly Resolution", "number": "70/161", "publisher": None},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"


def test_a_bodys_division_after_its_comma_joins_the_body() -> None:
    """``…, Population Division. World Population Prospects 2022.`` as the model may read it: the division as the
    title, the work as a journal."""
    text = "Food and Agriculture Organization, Fisheries Division. State of World Fisheries 2020. Rome: FAO, 2020."
    read = spans_of(
        text,
        ("author", "Food and Agriculture Organization,"),
        ("title", "Fisheries Division."),
        ("journal", "State of World Fisheries"),
        ("date", "2020."),
        ("location", "Rome:"),
        ("publisher", "FAO,"),
        ("date", "2020."),
    )
    mended = subdivision_after_body_comma(read, text)
    assert [(s.label, s.text) for s in mended[:2]] == [
        ("author", "Food and Agriculture Organization, Fisheries Division"),
        ("title", "State of World Fisheries"),
    ]
