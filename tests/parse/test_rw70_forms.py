"""Forms of hand-written reference lists met in realworld48: the German web source ``Verfasser, Titel, URL: https://…
(abgerufen am 29.06.2018)`` (a person before a colon, a body or site before the first comma, a lone body, a year after
the address); an address listed first with its date and author after it (``https://…, 17 avril 2014, JRebel.``);
the Portuguese ``Ed: O'Reilly Media`` (the house's label, no place) and ``Disponível gratuitamente [aqui](…)``;
Turkish edition statements (``(gözden geçirilmiş baskı)``, ``(güncellenmiş baskı, yeni önsözle)``, ``(2. baskı)``);
ABNT's bold title after a list of names read as one more name."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # the German web source: a person before the title's colon, the title's commas its own
    (
        "Keller, Miriam: Verteilte Systeme im Alltag - Chancen, Risiken und Grenzen, URL: https://example.org/vs "
        "(abgerufen am 14.03.2019)",
        {"author": [{"family": "Keller", "given": "Miriam"}],
         "title": "Verteilte Systeme im Alltag - Chancen, Risiken und Grenzen", "container-title": None,
         "issued": None, "accessed": {"date-parts": [[2019, 3, 14]]}, "URL": "https://example.org/vs"},
    ),
    # a body before the first comma, a year inside the title no date
    (
        "Bitkom e.V., Zahl der Smartphone-Nutzer in Deutschland 2009 bis 2018, URL: https://example.de/studie "
        "(abgerufen am 02.05.2019)",
        {"author": [{"literal": "Bitkom e.V."}], "title": "Zahl der Smartphone-Nutzer in Deutschland 2009 bis 2018",
         "issued": None, "accessed": {"date-parts": [[2019, 5, 2]]}},
    ),
    # a firm's legal form after its comma is the firm's
    (
        "Acme, Inc., Acme Announces 3 New Regions, Up 12 Percent From 2016, URL: https://acme.example.com/news/1 "
        "(abgerufen am 26.06.2018)",
        {"author": [{"literal": "Acme, Inc."}], "title": "Acme Announces 3 New Regions, Up 12 Percent From 2016",
         "issued": None},
    ),
    # a lone body before "URL:", a year after the address
    (
        "Mozilla Foundation, URL: https://foundation.mozilla.org/ 2017 (abgerufen am 30.06.2018)",
        {"author": [{"literal": "Mozilla Foundation"}], "title": None, "issued": {"date-parts": [[2017]]},
         "accessed": {"date-parts": [[2018, 6, 30]]}, "URL": "https://foundation.mozilla.org/"},
    ),
    # the site as author, the title closed by a full stop before "URL:"
    (
        "Wikipedia, Peer-to-Peer. URL: https://de.wikipedia.org/wiki/Peer-to-Peer (abgerufen am 20.06.2018)",
        {"author": [{"literal": "Wikipedia"}], "title": "Peer-to-Peer", "issued": None},
    ),
    # an address listed first: a day, a French month and a year, then a body
    (
        "https://blog.example.com/java-linters-compared, 3 mars 2016, Sonar.",
        {"URL": "https://blog.example.com/java-linters-compared", "issued": {"date-parts": [[2016, 3, 3]]},
         "author": [{"literal": "Sonar"}], "title": None},
    ),
    # a person in natural order after the address
    (
        "https://www.example.org/posts/static-analysis-in-ci/, Julia Brandt.",
        {"URL": "https://www.example.org/posts/static-analysis-in-ci/", "author": [{"family": "Brandt",
                                                                                     "given": "Julia"}],
         "title": None},
    ),
    # a month and a year, then a person
    (
        "http://www.example.edu/papers/2019-icse-preprint.pdf, juin 2019, Marco Rossi.",
        {"issued": {"date-parts": [[2019, 6]]}, "author": [{"family": "Rossi", "given": "Marco"}],
         "publisher-place": None},
    ),
    # the Portuguese house label "Ed:" is no place
    (
        "Silva, Ana (2019). _Aprendendo Python_. Ed: Novatec. Disponível gratuitamente [aqui](https://example.com/py).",
        {"publisher-place": None, "URL": "https://example.com/py"},
    ),
    (
        "Souza, Pedro. _Estatística com R_. Ed: Casa do Código. Disponível [aqui](https://example.com/r).",
        {"publisher": "Casa do Código", "publisher-place": None},
    ),
    # "Disponível gratuitamente aqui" names no site
    (
        "Lima, Rosa et al. (2021). _Ciência de dados na prática_. Disponível gratuitamente "
        "[aqui](https://example.com/livro/index.html).",
        {"container-title": None, "publisher": None, "URL": "https://example.com/livro/index.html"},
    ),
    # Turkish edition statements
    (
        "Kaya, A. (2014). *Veri yapıları ve algoritmalar* (gözden geçirilmiş baskı). Seçkin Yayıncılık.",
        {"edition": "gözden geçirilmiş", "publisher": "Seçkin Yayıncılık",
         "title": "Veri yapıları ve algoritmalar"},
    ),
    (
        "Demir, B., & Yılmaz, C. (2019). *Bilgi toplumu* (güncellenmiş baskı, yeni önsözle). Nobel Yayınları.",
        {"edition": "güncellenmiş", "publisher": "Nobel Yayınları", "collection-title": None},
    ),
    (
        "Öztürk, E. (2020). *Ağ güvenliği* (3. baskı). Pusula Yayınevi.",
        {"edition": "3", "title": "Ağ güvenliği"},
    ),
    (
        "Smith, J. (2011). *The craft of research* (Rev. ed., with a new preface). Chicago Press.",
        {"edition": "Rev", "collection-title": None, "publisher": "Chicago Press"},
    ),
    # ABNT's bold title after the names (two capitalised words, a name's shape), a particle closing given names
    (
        "OLIVEIRA, Maria Clara Ribeiro; COSTA, Pedro Henrique Alves da. **Interação Pessoa-Computador**. Porto "
        "Alegre: Bookman, 2011.",
        {"author": [{"family": "OLIVEIRA", "given": "Maria Clara Ribeiro"},
                    {"family": "COSTA", "given": "Pedro Henrique Alves da"}],
         "title": "Interação Pessoa-Computador", "publisher": "Bookman"},
    ),
    (
        "PRATES, Raquel Oliveira; BARBOSA, Simone Diniz Junqueira. **Avaliação Interativa**. Rio de Janeiro: "
        "PUC-Rio, 2003.",
        {"author": [{"family": "PRATES", "given": "Raquel Oliveira"},
                    {"family": "BARBOSA", "given": "Simone Diniz Junqueira"}],
         "title": "Avaliação Interativa"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw70_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# not the German web form: a year in brackets after the names, a quoted title
@pytest.mark.parametrize(
    "text",
    [
        "Statista (2018): Anzahl der Nutzer, URL: https://example.com/s (abgerufen am 26.06.2018)",
        'Meier, Jan: "Ein Titel", URL: https://example.com/m (abgerufen am 26.06.2018)',
    ],
)
def test_other_styles_not_read_as_german_web_form(text: str) -> None:
    from biblio.parse.readers import url_abgerufen

    assert url_abgerufen.read(text) is None


# one word alone after the address may be the site's name: not read as the author
def test_lone_word_after_address_not_read_as_author() -> None:
    from biblio.parse.readers import address_first

    assert address_first.read("https://github.com/example/linter, GitHub.") is None
    assert address_first.read("https://example.org/a, 4 mai 2018, Sonar.") is not None
