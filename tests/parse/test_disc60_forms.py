"""Forms of reference lists in chemistry, environmental science, ecology and computing education: the Nordic ecology
journals' spaced dash before the source (``Title. – Proc. Natl Acad. Sci. USA 105: 1–9.``, ``– In: Family, I. et al.
(eds), Book. Island Press.``), a book's title closing in lower-case words before its edition (``Ecology: individuals,
populations and communities, 4th edn.``), the RSC's initials-first names up to ``and`` (``…, L. Hevesi and J.
Remacle, Anal. Biochem.,``), a title closing on its country or on words that open with a function word
(``…, Fujian, China. Atmos. Environ. 2019,``, ``… in Chile. Energy Policy 2022,``), Springer's own chapter citation
(``In: Dale, R. (eds) Book. PAKDD 2020. Lecture Notes in Computer Science, vol 12084.``) and IEEE Xplore's meeting
after the quoted title (``," 2019 IEEE Global Engineering Education Conference (EDUCON), Dubai, …``)."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.mends.edition_title import title_words_in_edition
from biblio.parse.mends.initials_at_journal import last_names_run_into_journal
from biblio.parse.mends.journal_year import year_closing_journal
from biblio.parse.mends.title_continuations import title_words_read_as_source
from biblio.parse.spans import Span
from tests.parse.form_cases import assert_read_as
from tests.parse.span_cases import spans_of

DASH_SOURCES: list[tuple[str, dict[str, Any]]] = [
    (
        "Lindholm, K. A.  et  al. 2011. Edge effects on carabid beetles in boreal forest remnants. – Proc. Natl Acad. "
        "Sci. USA 108: 1212–1219.",
        {
            "title": "Edge effects on carabid beetles in boreal forest remnants",
            "container-title": "Proc. Natl Acad. Sci. USA",
            "volume": "108",
        },
    ),
    (
        "Hanley, J. P. 1995. Dispersal of woodland birds between fragments. – In: Merriam, G. et al. (eds), Landscape "
        "corridors and biodiversity. Island Press.",
        {
            "title": "Dispersal of woodland birds between fragments",
            "container-title": "Landscape corridors and biodiversity",
            "publisher": "Island Press",
        },
    ),
    (
        "Clarke, J. E. 2001. Density dependence in vole populations. – In: Ward, P. and Hart, S. L. (eds), Population "
        "dynamics of small mammals: patterns and processes. Sinauer Associates, pp. 101–120.",
        {
            "container-title": "Population dynamics of small mammals: patterns and processes",
            "publisher": "Sinauer Associates",
            "page": "101-120",
        },
    ),
]

EDITION_AFTER_TITLE: list[tuple[str, dict[str, Any]]] = [
    (
        "Begon, M. and Townsend, C. R. 2006. Ecology: individuals, populations and communities, 4th edn. – Blackwell.",
        {"title": "Ecology: individuals, populations and communities", "edition": "4", "publisher": "Blackwell"},
    ),
]

TITLE_CLOSINGS: list[tuple[str, dict[str, Any]]] = [
    (
        "(12) Wang, L.; Chen, Y.; Lin, Q. Seasonal ozone trends in a coastal city of Fujian, China. Atmos. Environ. "
        "2019, 201, 45-56.",
        {"title": "Seasonal ozone trends in a coastal city of Fujian, China", "container-title": "Atmos. Environ."},
    ),
]

MEETING_CITATIONS: list[tuple[str, dict[str, Any]]] = [
    (
        "Müller, K., Ortega, L. (2020). Graph kernels for molecule search. In: Dale, R., Chen, H. (eds) Trends in "
        "Knowledge Discovery. PAKDD 2020. Lecture Notes in Computer Science, vol 12084. Springer, Cham. "
        "https://doi.org/10.1007/978-3-030-47426-3_5",
        {
            "title": "Graph kernels for molecule search",
            "container-title": "Trends in Knowledge Discovery",
            "collection-title": "Lecture Notes in Computer Science",
            "volume": "12084",
            "issued": {"date-parts": [[2020]]},
        },
    ),
    (
        'A. Rossi and B. Kim, "Peer review in first-year programming," 2019 IEEE Global Engineering Education '
        "Conference (EDUCON), Dubai, United Arab Emirates, 2019, pp. 210-215, doi: 10.1109/EDUCON.2019.8725123.",
        {"container-title": "2019 IEEE Global Engineering Education Conference (EDUCON)", "publisher": None},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    DASH_SOURCES + EDITION_AFTER_TITLE + TITLE_CLOSINGS + MEETING_CITATIONS,
)
def test_disciplines_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def _read(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in spans]


# the readings below are the labeller's own, met on real lists; each mend is checked on its reading


def test_initials_first_names_up_to_and_close_the_names() -> None:
    text = "4 M. Duarte, F. Lemaire, S. Hamelin, C. Courtin, P. Lucas, L. Hervé and J. Renard, Anal. Biochem., 2003, 3."
    spans = spans_of(
        text,
        ("author", "M. Duarte, F. Lemaire, S. Hamelin, C. Courtin, P. Lucas, L."),
        ("journal", "Hervé and J. Renard, Anal. Biochem.,"),
        ("date", "2003,"),
        ("volume", "3."),
    )
    assert _read(last_names_run_into_journal(spans, text))[:2] == [
        ("author", "M. Duarte, F. Lemaire, S. Hamelin, C. Courtin, P. Lucas, L. Hervé and J. Renard"),
        ("journal", "Anal. Biochem.,"),
    ]


def test_inverted_names_keep_a_journal_named_like_a_family() -> None:
    text = "Smith, J. and Lee, K. Science, 1991, 251, 767."
    spans = spans_of(text, ("author", "Smith, J. and Lee, K."), ("journal", "Science,"), ("date", "1991,"))
    assert last_names_run_into_journal(spans, text) is spans


def test_title_words_after_the_title_close_it() -> None:
    text = "Berg, A., 2016. Spread of salmon lice (SL) in a western fjord: effects of currents. J. Fish Dis. 39, 1–8."
    spans = spans_of(
        text,
        ("author", "Berg, A.,"),
        ("date", "2016."),
        ("title", "Spread of salmon lice (SL)"),
        ("container-title", "in a western fjord: effects of currents."),
        ("journal", "J. Fish Dis."),
        ("volume", "39,"),
    )
    assert _read(title_words_read_as_source(spans, text))[2:4] == [
        ("title", "Spread of salmon lice (SL) in a western fjord: effects of currents."),
        ("journal", "J. Fish Dis."),
    ]
    text = "(22) Costa, P. Wind power and the case of the COVID-19 in Brazil. Energy Policy 2021, 150, 112140."
    spans = spans_of(
        text,
        ("author", "Costa, P."),
        ("title", "Wind power and the case of the COVID-19"),
        ("container-title", "in Brazil. Energy Policy 2021,"),
        ("volume", "150,"),
    )
    mended = year_closing_journal(title_words_read_as_source(spans, text), text)
    assert _read(mended)[1:4] == [
        ("title", "Wind power and the case of the COVID-19 in Brazil."),
        ("container-title", "Energy Policy"),
        ("date", "2021,"),
    ]


def test_proceedings_after_in_keep_their_reading() -> None:
    text = "Kim, J. 2019. Title of paper. in Proceedings of the IEEE Conference. Berlin, 2019, 1–8."
    spans = spans_of(text, ("title", "Title of paper."), ("container-title", "in Proceedings of the IEEE Conference."))
    assert title_words_read_as_source(spans, text) is spans


def test_lower_case_title_words_before_the_edition_close_the_title() -> None:
    text = "Hallam, R. J. 2004. Island ecology: dispersal, colonisation and extinction, 2nd edn. – Oxford Univ. Press."
    spans = spans_of(
        text,
        ("author", "Hallam, R. J."),
        ("date", "2004."),
        ("title", "Island ecology: dispersal,"),
        ("edition", "colonisation and extinction, 2nd edn. –"),
        ("publisher", "Oxford Univ. Press."),
    )
    assert _read(title_words_in_edition(spans, text))[2:4] == [
        ("title", "Island ecology: dispersal, colonisation and extinction"),
        ("edition", "2nd edn. –"),
    ]


def test_apa_pages_after_the_book_stay_the_pages() -> None:
    assert_read_as(
        "Rao, P., Lind, M., et al. (2021). Sparse attention at scale. In J. Ortiz & K. Lee (Eds.), Advances in "
        "Neural Information Processing Systems 34 (pp. 2211–2224). Curran Associates.",
        {"page": "2211-2224", "publisher": "Curran Associates"},
    )
