"""Forms found among the references biblio misread in the training part of the labelled reference lists
(AnyStyle's and GROBID's kinds), round dev14: a translator's phrase closing the title in brackets or in
French (``Title (translated by Ann Lee)``, ``Title. Traduction de Jean Roy.``), Taylor & Francis's
``Journal 12: 3, 45-67`` whose issue was read into the pages, PDF text's ``nos .1 -3`` and a book's editors
read as its publisher (``Title, eds. P. Grant & R. T. Wills.``), Chicago's ``edited by X, translated by Y``
read as one editor, the book's ``, Vol. 4`` read into its name and its editor after the title
(``Title. K. L. Warren (Ed.).``) read as the container, and ``Wang, L., etc.`` read with ``etc`` as an
author. The examples are written for these tests."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference

CASES = [
    (
        "Weber, H. (1990). Die Stadt am Fluss (translated by Anne Lindsay). London: Harbour Press.",
        {"title": "Die Stadt am Fluss", "publisher": "Harbour Press"},
    ),
    (
        "Moreau, P. (1985). Le paysage urbain. Essai de lecture. Traduction de Claire Dumont. Paris : Seuil.",
        {"title": "Le paysage urbain. Essai de lecture", "publisher": "Seuil"},
    ),
    (
        "Hartmann, E. (1962). The theory of value: Ethics and economics since Kant. (Trans.) R. J. Moss and "
        "T. L. Bright. Chicago: Lakeside Press.",
        {"title": "The theory of value: Ethics and economics since Kant", "publisher": "Lakeside Press"},
    ),
    (
        "Lee, R. and Park, S. (2004) ‘Reading circles in early modern towns.’ Book Culture 7: 2, 15-38.",
        {"volume": "7", "issue": "2", "page": "15-38"},
    ),
    (
        "Okafor, N., Adeyemi, T. (2011), “Water tariffs and household demand”, Journal of Urban Water Studies, "
        "4: 1, 51-72.",
        {"volume": "4", "issue": "1", "page": "51-72"},
    ),
    # PDF text's spaced range of issues
    (
        "K. Ito, R. Berg, Timing of the readout chain ,Nucl. Instrum. Meth. A, vol.612 ,nos .1 -3 ,pp.52 -60 ,2010 .",
        {"volume": "612", "issue": "1-3", "page": "52-60"},
    ),
    # the editors with the plural role before their names, once read as the publisher
    (
        "Barlow, S. (1996). Dream research methods: A second look, eds. P. Grant & R. T. Wills.",
        {"editor": [{"family": "Grant", "given": "P."}, {"family": "Wills", "given": "R. T."}], "publisher": None},
    ),
    # Chicago's book with its editor and its translator: each role names its own
    (
        "Marsh, Helen. “Rooms of Memory.” In The Quiet House: Essays, edited by Paul Garnier, translated by Ruth "
        "Allen and Paul Garnier. Boston: Cove Press, 1987.",
        {
            "editor": [{"family": "Garnier", "given": "Paul"}],
            "translator": [{"family": "Allen", "given": "Ruth"}, {"family": "Garnier", "given": "Paul"}],
        },
    ),
    # the book's volume after a comma, read into its name
    (
        "A. Berg and T. Quist. Learning to see edges. In C. Dunn, editor, Advances in Vision Systems, Vol. 4, "
        "pages 12-19. Morgan Kaufmann, San Mateo, CA, 1992.",
        {"container-title": "Advances in Vision Systems", "volume": "4", "page": "12-19"},
    ),
    # the book's editor after its title, read as its container
    (
        "Hale, R., & Moss, T. (2018). Principles of property law. K. L. Warren (Ed.). Boston, MA: Harbor House.",
        {"editor": [{"family": "Warren", "given": "K. L."}], "container-title": None, "issue": None},
    ),
    # "etc." closing the authors in Chinese authors' English lists hides the others, as "et al." does
    (
        "Wang, L., etc. (1998). 中国古代书院史 [A history of ancient Chinese academies]. Beijing: Zhonghua Book.",
        {"author": [{"family": "Wang", "given": "L."}]},
    ),
    # a newspaper's pages after its issue stay a page list
    (
        "Hall, D. (1991, May 3). Library hours extended. Campus Weekly, 70(12), 1, 6.",
        {"volume": "70", "issue": "12", "page": "1, 6"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dev14_form(text: str, expected: dict[str, object]) -> None:
    record = parse_reference(text)
    assert {k: record.get(k) for k in expected} == expected
