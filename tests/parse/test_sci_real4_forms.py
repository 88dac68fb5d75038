"""Forms of the real reference lists of ``sci_real4.jsonl``: Springer LNCS's older splncs form, the Unified
Style Sheet for Linguistics, PNAS's preprints and names, AAS's bare journal tail and a plain book style's
numbers after the container, checked on spans as the model hands them over and end to end."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.mends.aas_numbers import note_after_year_is_journal
from biblio.parse.mends.container_numbers import numbers_after_container
from biblio.parse.mends.title_in_journal import title_before_italic_journal
from biblio.parse.mends.unified_numbers import volume_dot_pages
from biblio.parse.normalisers.names import names_from_span

from .test_assemble import spans_of
from .test_mends_humanities import labelled as _labelled

LNCS: list[tuple[str, dict[str, Any]]] = [
    (  # pages in a sentence of their own, then a publisher named alone
        "22. Moggi, E.: Computational lambda-calculus and monads. In: Proc. of 4th Ann. Symp. on Logic in "
        "Computer Science, LICS 1989. pp. 14–23. IEEE (1989)",
        {"container-title": "Proc. of 4th Ann. Symp. on Logic in Computer Science, LICS 1989", "page": "14-23",
         "publisher": "IEEE"},
    ),
    (  # no pages: the publisher alone closes the proceedings' title
        "12. Kammar, O., Lindley, S., Oury, N.: Handlers in action. In: Proc. of 18th ACM SIGPLAN Int. Conf. on "
        "Functional Programming, ICFP 2013. ACM (2013)",
        {"container-title": "Proc. of 18th ACM SIGPLAN Int. Conf. on Functional Programming, ICFP 2013",
         "publisher": "ACM"},
    ),
    (  # the series' abbreviation before the publisher
        "34. Saleh, A.H., Karachalias, G., Pretnar, M., Schrijvers, T.: Explicit eﬀect subtyping. In: Proc. of 27th "
        "European Symposium on Programming, ESOP 2018. pp. 327–354. LNCS, Springer (2018)",
        {"container-title": "Proc. of 27th European Symposium on Programming, ESOP 2018", "publisher": "Springer"},
    ),
    (  # a report's month in the brackets of its year
        "17. Leijen, D.: Algebraic eﬀect handlers with resources and deep ﬁnalization. Tech. Rep. MSR-TR-2018-10, "
        "Microsoft Research (April 2018)",
        {"type": "report", "number": "MSR-TR-2018-10", "publisher": "Microsoft Research",
         "issued": {"date-parts": [[2018, 4]]}},
    ),
    (  # DBLP's CoRR names arXiv, no journal
        "13. Katsumata, S., Rivas, E., Uustalu, T.: Interaction laws of monads and comonads. "
        "CoRR abs/1912.13477 (2019)",
        {"title": "Interaction laws of monads and comonads", "container-title": None},
    ),
    (  # splncs04's book in a series: the series before the volume closes the title sentence
        "19. Levy, P.B.: Call-By-Push-Value: A Functional/Imperative Synthesis, Semantics Structures in Computation, "
        "vol. 2. Springer (2004)",
        {"title": "Call-By-Push-Value: A Functional/Imperative Synthesis",
         "collection-title": "Semantics Structures in Computation", "volume": "2", "publisher": "Springer"},
    ),
    (  # a school and its university: one body, no place
        "33. Pretnar, M.: The Logic and Handling of Algebraic Eﬀects. Ph.D. thesis, School of Informatics, "
        "University of Edinburgh (2010)",
        {"type": "thesis", "publisher": "School of Informatics, University of Edinburgh", "publisher-place": None},
    ),
]


@pytest.mark.parametrize(("text", "want"), LNCS)
def test_lncs_older_forms(text: str, want: dict[str, Any]) -> None:
    item = parse_reference(text)
    for key, value in want.items():
        assert item.get(key) == value, key


def test_unified_thesis_names_its_school() -> None:
    item = parse_reference(
        "Yu, Alan C. L. 2003. *The morphology and phonology of infixation*. Berkeley, CA: University of "
        "California dissertation."
    )
    assert (item["type"], item["publisher"], item["publisher-place"]) == (
        "thesis",
        "University of California",
        "Berkeley, CA",
    )
    assert item["genre"] == "dissertation"


def test_unified_volume_then_pages() -> None:
    text = "Johnson, Kyle, Mark Baker & Ian Roberts. 1989. Passive arguments raised. *Linguistic Inquiry* 20. 219–251."
    spans = spans_of(
        text,
        [
            ("author", "Johnson, Kyle, Mark Baker & Ian Roberts."),
            ("date", "1989."),
            ("title", "Passive arguments raised."),
            ("journal", "Linguistic Inquiry"),
            ("pages", "20. 219–251."),
        ],
    )
    mended = _labelled(volume_dot_pages(spans, text))
    assert ("volume", "20") in mended
    assert ("pages", "219–251.") in mended
    item = parse_reference(text)
    assert (item["volume"], item["page"]) == ("20", "219-251")


def test_preprint_server_is_the_container() -> None:
    item = parse_reference(
        "44. W. Bialek, R. Ranganathan, Rediscovering the power of pairwise interactions. *arXiv* [Preprint] "
        "(2007). https://doi.org/10.48550/arXiv.0712.4397."
    )
    assert item["container-title"] == "arXiv"
    assert item["DOI"] == "10.48550/arXiv.0712.4397"


def test_particles_inside_a_family_name_after_initials() -> None:
    names = names_from_span("W. Bialek, R. R. de Ruyter van Steveninck, N. Tishby,")
    assert names[1] == {"family": "Ruyter van Steveninck", "non-dropping-particle": "de", "given": "R. R."}


def test_aas_journal_read_as_a_note_after_the_year() -> None:
    text = "West, R., Del Genio, A., Barbara, J., et al. 2016, Icar, 270, 399"
    spans = spans_of(
        text,
        [("author", "West, R., Del Genio, A., Barbara, J., et al."), ("date", "2016,"), ("note", "Icar, 270, 399")],
    )
    mended = _labelled(note_after_year_is_journal(spans, text))
    assert [p for p in mended if p[0] != "author"] == [
        ("date", "2016,"),
        ("journal", "Icar"),
        ("volume", "270"),
        ("pages", "399"),
    ]
    item = parse_reference(text)
    assert (item.get("title"), item["container-title"], item["volume"], item["page"]) == (None, "Icar", "270", "399")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "[4] Jingyi Li, Son Kim, Joshua A. Miele, Maneesh Agrawala, and Sean Follmer. Editing spatial layouts "
            "through tactile templates for people with visual impairments. In Proceedings of the 2019 CHI "
            "Conference on Human Factors in Computing Systems, 1–11, 2019.",
            {"page": "1-11", "issued": {"date-parts": [[2019]]}},
        ),
        (
            "[11] Maulishree Pandey, Vaishnav Kameswaran, Hrishikesh V. Rao, Sile O’Modhrain, and Steve Oney. "
            "Understanding accessibility and collaboration in programming for people with visual impairments. "
            "Proceedings of the ACM on Human-Computer Interaction, 5(CSCW1):1–30, 2021.",
            {"container-title": "Proceedings of the ACM on Human-Computer Interaction", "volume": "5",
             "issue": "CSCW1", "page": "1-30"},
        ),
    ],
)
def test_plain_numbers_after_the_container(text: str, want: dict[str, Any]) -> None:
    item = parse_reference(text)
    for key, value in want.items():
        assert item.get(key) == value, key


def test_pages_and_year_read_as_one_pages_span() -> None:
    text = (
        "[6] Kirk Norman, Yevgeniy Arber, and Ravi Kuber. How accessible is the process of web interface design? "
        "In Proceedings of the 15th International ACM SIGACCESS Conference on Computers and Accessibility, 1–2, 2013."
    )
    spans = spans_of(
        text,
        [
            ("citation-number", "[6]"),
            ("author", "Kirk Norman, Yevgeniy Arber, and Ravi Kuber."),
            ("title", "How accessible is the process of web interface design?"),
            (
                "container-title",
                "In Proceedings of the 15th International ACM SIGACCESS Conference on Computers and Accessibility,",
            ),
            ("pages", "1–2, 2013."),
        ],
    )
    mended = _labelled(numbers_after_container(spans, text))
    assert ("pages", "1–2") in mended
    assert ("date", "2013.") in mended


def test_title_read_into_the_italic_journal() -> None:
    text = (
        "7. S. R. Datta, D. J. Anderson, K. Branson, P. Perona, A. Leifer, Computational neuroethology: A call to "
        "action. *Neuron* **104**, 11–24 (2019)."
    )
    spans = spans_of(
        text,
        [
            ("citation-number", "7."),
            ("author", "S. R. Datta, D. J. Anderson, K. Branson, P. Perona, A. Leifer,"),
            ("journal", "Computational neuroethology: A call to action. *Neuron"),
            ("volume", "104**,"),
            ("pages", "11–24"),
            ("date", "(2019)."),
        ],
    )
    mended = _labelled(title_before_italic_journal(spans, text))
    assert ("title", "Computational neuroethology: A call to action.") in mended
    assert ("journal", "*Neuron") in mended
    item = parse_reference(text)
    assert (item["title"], item["container-title"]) == ("Computational neuroethology: A call to action", "Neuron")


def test_science_article_number_after_the_volume() -> None:
    item = parse_reference(
        "18. A. L. A. Nichols, T. Eichler, R. Latham, M. Zimmer, A global brain state underlies *C. elegans* sleep "
        "behavior. *Science* **356**, eaam6851 (2017)."
    )
    assert (item["volume"], item["page"]) == ("356", "eaam6851")
