"""Forms of classicists' and humanists' bibliographies: the Latin plural ``edd`` after a name list without its
period (``Name and Name, edd, *Title*``), the editors; a chapter's ``in, *Book*`` with a stray comma after the
``in`` (or none, the book in italics), the book; and a review titled by the work it reviews (``Name. Review of
Name (ed.) *Book.*``, ``Review of *Book*, edited by Name.``), whose book's editor is no editor of the review."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # the Latin plural "edd" in lower case, no period: the names are the editors
    (
        "Hartwell, A.B. and Jane Corrin, edd, *Handbook of Tidal Glossaries* (Fenwick Society, 2011).",
        {
            "editor": [{"family": "Hartwell", "given": "A.B."}, {"family": "Corrin", "given": "Jane"}],
            "author": None,
            "title": "Handbook of Tidal Glossaries",
        },
    ),
    # its neighbours: with the period, "eds," and a given name "Edd" (no role) stay as they were
    (
        "Hartwell, A.B. and Jane Corrin, edd., *Handbook of Tidal Glossaries* (Fenwick Society, 2011).",
        {"editor": [{"family": "Hartwell", "given": "A.B."}, {"family": "Corrin", "given": "Jane"}], "author": None},
    ),
    (
        "Hartwell, A.B. and Jane Corrin, eds, *Handbook of Tidal Glossaries* (Fenwick Society, 2011).",
        {"editor": [{"family": "Hartwell", "given": "A.B."}, {"family": "Corrin", "given": "Jane"}], "author": None},
    ),
    (
        "Byrnes, Edd. *Harbour Songs of the North*. Boston: Fenwick Press, 1998.",
        {"author": [{"family": "Byrnes", "given": "Edd"}], "editor": None},
    ),
    # a chapter's "in," with a stray comma: the book after it is the container, without the "in,"
    (
        "Brandt, O. “The Harbour Hymns” in, *Tidal Poetics* (Northfield Press, 2004) 25-39.",
        {"container-title": "Tidal Poetics", "title": "The Harbour Hymns", "page": "25-39", "note": None},
    ),
    (
        "Brandt, O. “The Harbour Hymns” in, Tidal Poetics (Northfield Press, 2004) 25-39.",
        {"container-title": "Tidal Poetics", "note": None},
    ),
    # and with no comma, the book's italics kept in the source: the container too
    (
        "Brandt, O. “The Harbour Hymns” in *Tidal Poetics* (Northfield Press, 2004) 25-39.",
        {"container-title": "Tidal Poetics", "title": "The Harbour Hymns"},
    ),
    # its neighbour: Chicago's "In *Book*, edited by" stays as it was
    (
        "Brandt, Olaf. “The Harbour Hymns.” In *Tidal Poetics*, edited by Ruth Keller, 25–39. Boston: Northfield"
        " Press, 2004.",
        {"container-title": "Tidal Poetics", "editor": [{"family": "Keller", "given": "Ruth"}]},
    ),
    # a review titled by the work it reviews, whose editor's "(ed.)" follows: the reviewer is the author
    (
        "Kamp, M. Review of Jane Doe (ed.) *Carmina Portuum.* *Harbour Classical Review* 2001.04.03:"
        " http://example.org/hcr/2001/2001-04-03.html.",
        {
            "author": [{"family": "Kamp", "given": "M."}],
            "editor": None,
            "title": "Review of Jane Doe (ed.) Carmina Portuum",
            "container-title": "Harbour Classical Review",
        },
    ),
    # (its neighbour with a comma after the role was read so already)
    (
        "Lindqvist, P. Review of Ann Weller (ed.), *The Quay Letters*. *Harbour Classical Review* 2015.02.11.",
        {"author": [{"family": "Lindqvist", "given": "P."}], "editor": None},
    ),
    # Chicago's "Review of *Book*, edited by Name": the editor is the reviewed book's, kept in the title
    (
        "Kamp, Marianne. Review of *Carmina Portuum*, edited by Jane Doe. *Harbour Review* 12 (2001): 88–90.",
        {
            "author": [{"family": "Kamp", "given": "Marianne"}],
            "editor": None,
            "title": "Review of Carmina Portuum, edited by Jane Doe",
            "note": None,
        },
    ),
    # its neighbours: Chicago's "Review of *Book*, by Name" and an edited book, as they were
    (
        "Kamp, Marianne. Review of *The Salt Roads of Carthage*, by Jane Doe. *Harbour Review* 66, no. 2 (2007):"
        " 340–41.",
        {"title": "Review of The Salt Roads of Carthage, by Jane Doe", "container-title": "Harbour Review"},
    ),
    (
        "Doe, Jane, ed. *Carmina Portuum*. Oxford: Clarendon Press, 1999.",
        {"editor": [{"family": "Doe", "given": "Jane"}], "title": "Carmina Portuum"},
    ),
    (
        "Gonzalez, Ivan and Huang, Daisie (eds): Tidal glossaries of the north. Boston: Fenwick Press, 2010.",
        {"editor": [{"family": "Gonzalez", "given": "Ivan"}, {"family": "Huang", "given": "Daisie"}]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hum79_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
