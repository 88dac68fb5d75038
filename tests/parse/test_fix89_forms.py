"""Forms typed by hand, each with the fields it must give: a German chapter whose title follows ``Family, Given.``
before ``In: Editor (Hrsg.):``, a book's title read as a last author after names with initials or after a lone
natural-order name (its head closed by a colon), Portuguese and Spanish ``Ed.`` naming the house, a journal's name
and year after an article's italic title, a natural-order name with the particle ``do`` opening the reference, and
APA's bracketed date with a one-digit day that the model ran into the title."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "German chapter: 'Family, Given.' then the chapter's title, then 'In:' and the book's editors",
        "Krause, Martin. Lernen im Verbund. In: Vogel, H. (Hrsg.): Schule heute. Weinheim: Beltz 2012, S. 41-58.",
        {
            "type": "chapter",
            "author": [{"family": "Krause", "given": "Martin"}],
            "title": "Lernen im Verbund",
            "container-title": "Schule heute",
            "editor": [{"family": "Vogel", "given": "H."}],
        },
    ),
    (
        "Inverted name with initials, then a book's title of capitalised words, a series and its volume",
        "Evans, L. C., Sobolev Inequalities, Pure and Applied Mathematics, vol. 71, Academic Press, New York, 1979.",
        {
            "author": [{"family": "Evans", "given": "L. C."}],
            "title": "Sobolev Inequalities",
            "collection-title": "Pure and Applied Mathematics",
            "volume": "71",
        },
    ),
    (
        "Initials-first name, then a two-word title, a series and its volume",
        "L. C. Evans, Sobolev Inequalities, Pure and Applied Mathematics, vol. 71, Academic Press, New York, 1979.",
        {"author": [{"family": "Evans", "given": "L. C."}], "title": "Sobolev Inequalities"},
    ),
    (
        "One natural-order name, then a title's head of comma parts closed by a colon",
        "Shula Marks, Black Gold, White Labour: Migrancy and Mining in South Africa, Oxford: Clarendon Press, 1994.",
        {
            "author": [{"family": "Marks", "given": "Shula"}],
            "title": "Black Gold, White Labour: Migrancy and Mining in South Africa",
        },
    ),
    (
        "Portuguese town, then the house's 'Ed.' after a comma: no editor",
        "SOUZA, Carla. Políticas sociais. Rio de Janeiro, Ed. Atlas, 2011.",
        {"publisher": "Ed. Atlas", "publisher-place": "Rio de Janeiro"},
    ),
    (
        "APA reference closed by Spanish 'Ed.' and one word: the house, no editor",
        "Ruiz, M. (2018). Historia del cine. Ed. Cátedra.",
        {"publisher": "Ed. Cátedra"},
    ),
    (
        "Italic title, then a journal's name closed by 'Open' and the year (the model's reading)",
        "Ingrid Dahl, Per Moen, Hanne Sofie Lund, Jan-Ole Berg, Eva Haug, Odd Rønning. _Knee replacement in rural "
        "Norway - outcomes after discharge: data from the Norwegian Arthroplasty Register, 2010 to 2015._ Bone & "
        "Joint Open, 2021.",
        {"type": "article-journal", "container-title": "Bone & Joint Open"},
    ),
    (
        "Inverted name, italic title, then a journal's name with 'Letters' and the year (the Chicago reading)",
        "Moen, Per. _Knee replacement outcomes in rural hospitals._ Clinical Letters, 2019.",
        {"type": "article-journal", "container-title": "Clinical Letters"},
    ),
    (
        "Natural-order name with 'do' before its family, then the title and a comma imprint",
        "Joana Ferreira do Vale, O porto e a cidade, Lisboa, Livros Horizonte, 1998.",
        {"author": [{"family": "Vale", "non-dropping-particle": "do", "given": "Joana Ferreira"}]},
    ),
    (
        "The same, the name read into the title where no given name the lists know opens it",
        "Sofia Quaresma do Rego, A vila e o mar, Lisboa, Livros Horizonte, 2003.",
        {
            "author": [{"family": "Rego", "non-dropping-particle": "do", "given": "Sofia Quaresma"}],
            "title": "A vila e o mar",
        },
    ),
]

# the chooser: APA's bracketed date with a one-digit day the model ran into the title, a site after the title
CHOSEN: list[tuple[str, str, dict[str, Any]]] = [
    (
        "APA video: a body, a Spanish date with a one-digit day, the italic title, the channel's site, the link",
        "DataTalks. (2 de mayo del 2022). *Limpieza de datos con pandas*. DataTalks Barcelona. "
        "https://www.youtube.com/watch?v=d2",
        {
            "title": "Limpieza de datos con pandas",
            "issued": {"date-parts": [[2022, 5, 2]]},
            "container-title": "DataTalks Barcelona",
        },
    ),
]

# readings the rules above must leave as they were
KEPT: list[tuple[str, str, dict[str, Any]]] = [
    (
        "A house whose name holds 'Review' and 'Press' stays the publisher",
        "Lee, Ann. *Writing Careers*. Harvard Business Review Press, 2015.",
        {"type": "book", "publisher": "Harvard Business Review Press"},
    ),
    (
        "An editor with a given name after 'Ed.' stays the editor",
        "Ruiz, M. (2018). Historia del cine. Ed. John Smith.",
        {"editor": [{"family": "Smith", "given": "John"}]},
    ),
    (
        "Names in natural order closed by a colon stay names where they open on given names",
        "Randall Packard, Mary Jones, Kate Lee: Tuberculosis in South Africa, Berkeley: University of California "
        "Press, 1989.",
        {
            "author": [
                {"family": "Packard", "given": "Randall"},
                {"family": "Jones", "given": "Mary"},
                {"family": "Lee", "given": "Kate"},
            ]
        },
    ),
]


ALL = CASES + CHOSEN + KEPT


@pytest.mark.parametrize(("why", "text", "expected"), ALL, ids=[c[0][:60] for c in ALL])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
