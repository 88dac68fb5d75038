"""The LNCS reader: each form of Springer's LNCS references, and "not my style"."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.readers.lncs import lncs_shaped, read

CASES: list[tuple[str, dict[str, Any]]] = [
    (  # proceedings with editors, container ending in a volume number, publisher and place
        "1. Bengio, Y., Ducharme, R., Vincent, P.: A neural probabilistic language model. In: Leen, T.K., "
        "Dietterich, T.G. (eds.) Advances in Neural Information Processing Systems 13, pp. 932–938. "
        "MIT Press, Cambridge (2001)",
        {
            "type": "paper-conference",
            "author": [
                {"family": "Bengio", "given": "Y."},
                {"family": "Ducharme", "given": "R."},
                {"family": "Vincent", "given": "P."},
            ],
            "editor": [{"family": "Leen", "given": "T.K."}, {"family": "Dietterich", "given": "T.G."}],
            "title": "A neural probabilistic language model",
            "container-title": "Advances in Neural Information Processing Systems 13",
            "page": "932-938",
            "publisher": "MIT Press",
            "publisher-place": "Cambridge",
            "issued": {"date-parts": [[2001]]},
        },
    ),
    (  # journal "12(3), 45–67", abbreviated name kept as written
        "Smith, J.: Title of the work. J. Comput. Syst. Sci. 12(3), 45–67 (2019)",
        {
            "type": "article-journal",
            "container-title": "J. Comput. Syst. Sci.",
            "volume": "12",
            "issue": "3",
            "page": "45-67",
            "issued": {"date-parts": [[2019]]},
        },
    ),
    (  # book, edition in its own sentence
        "Author, F., Author, S.: Book title. 2nd edn. Publisher, Location (1999)",
        {
            "type": "book",
            "title": "Book title",
            "edition": "2",
            "publisher": "Publisher",
            "publisher-place": "Location",
        },
    ),
    (  # book, volume and edition closing the title sentence
        "Knuth, D.E.: The Art of Computer Programming, vol. 1, 3rd edn. Addison-Wesley, Reading (1997)",
        {"type": "book", "title": "The Art of Computer Programming", "volume": "1", "edition": "3"},
    ),
    (  # an LNCS volume, with a DOI after the year
        "Clarke, E.M., Emerson, E.A.: Design and synthesis of synchronization skeletons. In: Kozen, D. (ed.) "
        "Logic of Programs 1981. LNCS, vol. 131, pp. 52–71. Springer, Heidelberg (1982). "
        "https://doi.org/10.1007/BFb0025774",
        {
            "type": "chapter",
            "editor": [{"family": "Kozen", "given": "D."}],
            "container-title": "Logic of Programs 1981",
            "collection-title": "LNCS",
            "volume": "131",
            "page": "52-71",
            "DOI": "10.1007/BFb0025774",
        },
    ),
    (  # et al. hides names; proceedings without publisher
        "Abadi, M., et al.: TensorFlow: a system for large-scale machine learning. In: 12th USENIX Symposium "
        "on Operating Systems Design and Implementation (OSDI 16), pp. 265–283 (2016)",
        {
            "author": [{"family": "Abadi", "given": "M."}],
            "title": "TensorFlow: a system for large-scale machine learning",
        },
    ),
    (  # web page: an organisation, the URL, the year and an access date
        "OpenStreetMap contributors: Planet dump. https://planet.openstreetmap.org (2017), accessed 14 May 2018",
        {
            "type": "webpage",
            "author": [{"literal": "OpenStreetMap contributors"}],
            "URL": "https://planet.openstreetmap.org",
            "accessed": {"date-parts": [[2018, 5, 14]]},
        },
    ),
    (  # web page in the older form: title, URL, numeric access date
        "5. LNCS Homepage, http://www.springer.com/lncs, last accessed 2016/11/21",
        {"type": "webpage", "title": "LNCS Homepage", "accessed": {"date-parts": [[2016, 11, 21]]}},
    ),
    (  # technical report
        "Foster, I., Kesselman, C., Nick, J., Tuecke, S.: The physiology of the grid. Technical report, "
        "Global Grid Forum (2002)",
        {"type": "report", "publisher": "Global Grid Forum"},
    ),
    (  # thesis
        "Lee, K.: Verified compilation of stream programs. Ph.D. thesis, University of Cambridge, Cambridge (2015)",
        {"type": "thesis", "publisher": "University of Cambridge", "publisher-place": "Cambridge"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lncs_forms(text: str, expected: dict[str, Any]) -> None:
    reading = read(text)
    assert reading is not None and reading.reader == "lncs"
    assert reading.confidence >= 0.9 and not reading.misread
    for key, value in expected.items():
        assert reading.item.get(key) == value, key


@pytest.mark.parametrize(
    "text",
    [
        # German humanities: a colon after the names, but a bare year at the end
        "Weber, Max: Wirtschaft und Gesellschaft. Grundriss der verstehenden Soziologie, 5. Aufl., Tübingen 1972.",
        # APA: the date in brackets follows the names
        "Smith, J. A. (2020). Learning to cite: A field study. Journal of Tools, 12(3), 45–67.",
        # IEEE
        '[4] J. Smith and K. Lee, "Learning to cite," IEEE Trans. Softw. Eng., vol. 12, pp. 45–67, 2020.',
        # physics: no colon after the names
        "J. Maldacena, Adv. Theor. Math. Phys. 2, 231 (1998).",
        # physics: initials first, a colon after the names and no title
        "J. Sebastiao e Silva : Math. Ann. 136, 38 (1958).",
        # text left unread means another style
        "Smith, J.: Title. In: Proc. X, pp. 1–2. Springer, Berlin 3rd printing (2001)",
        # full given names are no LNCS names
        "Smith, John, Lee, Kim: Learning to cite. J. Tools 12, 45–67 (2020)",
    ],
)
def test_not_my_style(text: str) -> None:
    assert read(text) is None


def test_precheck_is_cheap_and_declines_most_text() -> None:
    assert not lncs_shaped("Morrison, Toni. *Beloved*. Alfred A. Knopf, 1987.")
    assert lncs_shaped("Lamport, L.: Time, clocks. Commun. ACM 21(7), 558–565 (1978)")


def test_chooser_takes_the_lncs_reading() -> None:
    item = parse_reference(
        "Dean, J., Ghemawat, S.: MapReduce: simplified data processing on large clusters. "
        "In: OSDI 2004, pp. 137–150. USENIX Association (2004)"
    )
    assert item["custom"]["biblio"]["reader"] == "lncs"
    assert item["container-title"] == "OSDI 2004" and item["publisher"] == "USENIX Association"


def test_a_sentence_inside_the_author_is_no_organisation() -> None:
    text = ("Highsoft. Highcharts: Interactive JavaScript charts for your webpage. URL https://www.highcharts.com/."
            " accessed on 2019-08-07.")
    found = read(text)
    assert found is None or found.item.get("author") != [{"literal": "Highsoft. Highcharts"}]
