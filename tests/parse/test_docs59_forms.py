"""Forms met in the real documents of tests/data/documents (a Spanish course's list): the words a list closes on for
the names it hides, in Spanish, Portuguese, Italian, German and French (``& otros.``, ``e outros.``, ``e altri.``),
read as the title's opening. The examples are written for these tests."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.mends.title_openings import hidden_names_open_title

from .test_assemble import spans_of
from .test_mends_humanities import labelled


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        ("Ruiz Pérez, M. A., & otros. _Redes de Computadoras: Teoría y Práctica_. Marcombo, Barcelona.",
         "Ruiz Pérez", "Redes de Computadoras: Teoría y Práctica"),
        ("Costa, R. M., e outros. *Bancos de dados relacionais*. São Paulo: Érica, 2011.",
         "Costa", "Bancos de dados relacionais"),
        ("Bianchi, L., & altri. *Introduzione agli algoritmi*. Milano: Hoepli, 2004.",
         "Bianchi", "Introduzione agli algoritmi"),
        ("Weber, H., und andere. *Einführung in die Statistik*. München: Oldenbourg, 2007.",
         "Weber", "Einführung in die Statistik"),
        ("Martin, C., et autres. *Les bases de données*. Paris: Dunod, 2012.",
         "Martin", "Les bases de données"),
    ],
)
def test_the_words_for_hidden_names_close_the_names(text: str, family: str, title: str) -> None:
    item = parse_reference(text)
    assert [a.get("family") for a in item["author"]] == [family]
    assert item["title"] == title


def test_the_mend_moves_the_words_from_the_title_to_the_names() -> None:
    text = "Ruiz Pérez, M. A., & otros. Redes de Computadoras. Marcombo, Barcelona."
    spans = spans_of(text, [("author", "Ruiz Pérez, M. A.,"), ("title", "& otros. Redes de Computadoras."),
                            ("publisher", "Marcombo,"), ("publisher-place", "Barcelona.")])
    mended = labelled(hidden_names_open_title(spans, text))
    assert ("author", "Ruiz Pérez, M. A., & otros.") in mended and ("title", "Redes de Computadoras.") in mended
    # a title that is those words alone is left as it is
    alone = spans_of("Ruiz, M., & otros.", [("author", "Ruiz, M.,"), ("title", "& otros.")])
    assert labelled(hidden_names_open_title(alone, "Ruiz, M., & otros.")) == labelled(alone)
