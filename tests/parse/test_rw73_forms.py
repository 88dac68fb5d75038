"""Forms of hand-written reference lists met in realworld51: Elsevier's name-year list set whole in one italic run
(``*Doe, J., Roe, R., 1999. Title. Journal 12, 45–58.*``, as a reStructuredText help page emphasises each entry);
a Nordic edition after the title (``3. utg.``, ``2. uppl.``, ``2. udg.``); a lone Nordic town closing the
reference (``(No. 3/01). Bergen.``); a title or a site naming a library on the pattern ``p5.js``, ``P5js``, which is
no page; a Greek list's editors in natural order before their role's bracket ``(επιμέλεια)``, and its firm alone
before the year (``Κλειδάριθμος, 2009``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # the whole entry in one asterisk run: names, the year after a comma, the journal with its volume and pages
    (
        "*Hansen, K., Berg, L., 2005. Soil moisture dynamics in a boreal catchment. Journal of Hydrology 301, "
        "45–58.*",
        {"author": [{"family": "Hansen", "given": "K."}, {"family": "Berg", "given": "L."}],
         "issued": {"date-parts": [[2005]]}, "title": "Soil moisture dynamics in a boreal catchment",
         "container-title": "Journal of Hydrology", "volume": "301", "page": "45-58"},
    ),
    # the same run around a book with its edition, publisher and town
    (
        "*Larsen, P., Holm, S., 2011. Practical remote sensing, 2. ed. ed. Springer, Berlin.*",
        {"author": [{"family": "Larsen", "given": "P."}, {"family": "Holm", "given": "S."}],
         "issued": {"date-parts": [[2011]]}, "title": "Practical remote sensing", "edition": "2",
         "publisher": "Springer", "publisher-place": "Berlin"},
    ),
    # Norwegian Harvard with no stop after the year: the edition's ordinal and word are one statement
    (
        "Nilsen, T. (2015) _Skriving i fagene._ 3. utg. Frederiksberg : Cappelen.",
        {"title": "Skriving i fagene", "edition": "3", "publisher-place": "Frederiksberg", "publisher": "Cappelen"},
    ),
    (
        "Lindqvist, A. (2011) _Forskningsmetodik i praktiken._ 4. uppl. Malmö: Liber.",
        {"title": "Forskningsmetodik i praktiken", "edition": "4", "publisher-place": "Malmö", "publisher": "Liber"},
    ),
    # a report's number, then its town alone: the place, no publisher
    (
        "Hansen, K., & Vik, M. (2001) _Skriveøvelser_ (No. 3/01). Bergen.",
        {"title": "Skriveøvelser", "publisher-place": "Bergen", "publisher": None},
    ),
    # a video's title opening on a lesson's number and naming the p5.js library: no volume, no issue
    (
        "Reas, C. (2018, October 15). 5.2: for loops and arrays - p5.js tutorial [Video]. YouTube. "
        "https://www.youtube.com/watch?v=Xy12abc",
        {"author": [{"family": "Reas", "given": "C."}], "issued": {"date-parts": [[2018, 10, 15]]},
         "title": "5.2: for loops and arrays - p5.js tutorial", "volume": None, "issue": None,
         "container-title": "YouTube"},
    ),
    # a library's page: the body, n.d., the page's title and the site spelled as the library
    (
        "p5js. (n.d.). Get started. P5js. https://p5js.org/tutorials/get-started/",
        {"author": [{"literal": "p5js"}], "title": "Get started", "URL": "https://p5js.org/tutorials/get-started/"},
    ),
    # a Greek book's editors in natural order, their role in brackets after the last
    (
        "Γιώργος Παπαδόπουλος, Μαρία Νικολάου (επιμέλεια), Ψηφιακή μάθηση: θεωρία και πράξη, Gutenberg, 2015",
        {"author": None,
         "editor": [{"family": "Παπαδόπουλος", "given": "Γιώργος"}, {"family": "Νικολάου", "given": "Μαρία"}],
         "issued": {"date-parts": [[2015]]}},
    ),
    # a Greek firm alone before the year: the publisher; a Greek town there stays the place
    (
        "Γιώργος Παπαδόπουλος, Ψηφιακή μάθηση: θεωρία και πράξη, Πατάκης, 2015",
        {"title": "Ψηφιακή μάθηση: θεωρία και πράξη", "publisher": "Πατάκης", "publisher-place": None},
    ),
    (
        "Γιώργος Παπαδόπουλος, Ψηφιακή μάθηση: θεωρία και πράξη, Αθήνα, 2015",
        {"title": "Ψηφιακή μάθηση: θεωρία και πράξη", "publisher-place": "Αθήνα", "publisher": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw73_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
