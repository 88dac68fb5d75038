"""References as Google Scholar's "Cite" box prints them (MLA, APA, Chicago, Harvard, Vancouver), from its
metadata: journal names in lower case, Vancouver's ``2016 Jan 28;529(7587):484-9`` and its ``In`` run into a
book's title, Harvard's ``pp.`` and bare volume, lower-case publishers, patents, ``Gates Jr, Henry Louis``."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.mends.glued_in import glued_in_book
from biblio.parse.mends.journal_tails import journal_before_harvard_numbers, journal_before_nlm_numbers
from biblio.parse.mends.nlm_imprints import imprint_before_nlm_date
from biblio.parse.mends.patents import inventor_role_apart, patent_number_apart

from .span_cases import spans_of


def _has(item: dict[str, Any], expected: dict[str, Any]) -> None:
    for field, value in expected.items():
        if value is None:
            assert field not in item, (field, item.get(field))
        else:
            assert item.get(field) == value, (field, item.get(field))


def _families(item: dict[str, Any], role: str = "author") -> list[str]:
    return [n.get("family", n.get("literal", "")) for n in item.get(role, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Silver D, Huang A, Maddison CJ, Guez A, Sifre L. Mastering the game of Go with deep neural networks and "
            "tree search. nature. 2016 Jan 28;529(7587):484-9.",
            {
                "title": "Mastering the game of Go with deep neural networks and tree search",
                "container-title": "nature",
                "issued": {"date-parts": [[2016, 1, 28]]},
                "volume": "529",
                "issue": "7587",
                "page": "484-9",
            },
        ),
        (
            "Brown T, Mann B, Ryder N, Subbiah M. Language models are few-shot learners. Advances in neural "
            "information processing systems. 2020;33:1877-901.",
            {
                "title": "Language models are few-shot learners",
                "container-title": "Advances in neural information processing systems",
                "volume": "33",
                "page": "1877-901",
            },
        ),
        (
            "Brown T, Mann B, Ryder N, Subbiah M. Language models are few-shot learners. Advances in neural "
            "information processing systems. 2020;33.",
            {"container-title": "Advances in neural information processing systems", "volume": "33", "page": None},
        ),
    ],
)
def test_vancouver_journal_before_its_numbers(text: str, expected: dict[str, Any]) -> None:
    item = read_reference(text)
    _has(item, expected)
    assert _families(item)[0] == "Silver" or _families(item)[0] == "Brown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brown, T., Mann, B., Ryder, N. and Subbiah, M., 2020. Language models are few-shot learners. Advances "
            "in neural information processing systems, 33.",
            {"container-title": "Advances in neural information processing systems", "volume": "33", "page": None},
        ),
        (
            "Silver, D., Huang, A., Maddison, C.J., Guez, A. and Sifre, L., 2016. Mastering the game of Go with deep "
            "neural networks and tree search. the Journal of games research, 12, pp.484-489.",
            {
                "title": "Mastering the game of Go with deep neural networks and tree search",
                "container-title": "the Journal of games research",
                "volume": "12",
                "page": "484-489",
            },
        ),
    ],
)
def test_harvard_journal_before_its_numbers(text: str, expected: dict[str, Any]) -> None:
    _has(read_reference(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lin TY, Maire M, Belongie S, Hays J, Perona P. Microsoft coco: Common objects in context. InEuropean "
            "conference on computer vision 2014 Sep 6 (pp. 740-755). Cham: Springer International Publishing.",
            {
                "title": "Microsoft coco: Common objects in context",
                "container-title": "European conference on computer vision",
                "issued": {"date-parts": [[2014, 9, 6]]},
                "page": "740-755",
                "publisher-place": "Cham",
                "publisher": "Springer International Publishing",
                "volume": None,
            },
        ),
        (
            "Vygotsky LS. Interaction between learning and development. InMind in society 1978 (pp. 79-91). "
            "Harvard University Press.",
            {
                "title": "Interaction between learning and development",
                "container-title": "Mind in society",
                "page": "79-91",
                "publisher": "Harvard University Press",
            },
        ),
    ],
)
def test_vancouver_in_run_into_the_book(text: str, expected: dict[str, Any]) -> None:
    _has(read_reference(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pinker S. The language instinct: How the mind creates language. Penguin UK; 2003 Feb 27.",
            {"publisher": "Penguin UK", "issued": {"date-parts": [[2003, 2, 27]]}, "volume": None},
        ),
        (
            "Radford A, Kim JW, Hallacy C. Learning transferable visual models from natural language supervision. "
            "arXiv preprint arXiv:2103.00020. 2021 Feb 26.",
            {"issued": {"date-parts": [[2021, 2, 26]]}, "volume": None},
        ),
    ],
)
def test_vancouver_closing_imprint_and_day(text: str, expected: dict[str, Any]) -> None:
    _has(read_reference(text), expected)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Smith, John. Self-sealing valve. U.S. Patent No. 7,123,456. 17 Oct. 2006.", "Self-sealing valve"),
        ('Smith, John. "Self-sealing valve." U.S. Patent 7,123,456, issued October 17, 2006.', "Self-sealing valve"),
        ("Smith, J., 2006. Self-sealing valve. U.S. Patent 7,123,456.", "Self-sealing valve"),
        (
            "Smith J, inventor; Acme Corporation, assignee. Self-sealing valve. United States patent US 7,123,456. "
            "2006 Oct 17.",
            "Self-sealing valve",
        ),
    ],
)
def test_patent_number_is_no_journal(text: str, title: str) -> None:
    item = read_reference(text)
    _has(item, {"title": title, "container-title": None, "volume": None, "issue": None, "page": None})
    assert _families(item) == ["Smith"]
    assert item["issued"]["date-parts"][0][0] == 2006


@pytest.mark.parametrize(
    ("text", "school"),
    [
        (
            "Hinton, G.E., 1977. Relaxation and its role in vision (Doctoral dissertation, University of Edinburgh).",
            "University of Edinburgh",
        ),
        ("Hinton GE. Relaxation and its role in vision (Doctoral dissertation, University of Edinburgh).", None),
    ],
)
def test_school_in_the_degree_brackets(text: str, school: str | None) -> None:
    item = read_reference(text)
    assert item["title"] == "Relaxation and its role in vision"
    if school:
        assert item["publisher"] == school


def test_place_in_the_publisher_name() -> None:
    item = read_reference(
        "Rosenblatt, F., 1961. Principles of neurodynamics. In Brain theory (pp. 245-248). Berlin, Heidelberg: "
        "Springer Berlin Heidelberg."
    )
    _has(item, {"publisher": "Springer Berlin Heidelberg", "publisher-place": "Berlin, Heidelberg"})


@pytest.mark.parametrize(
    "text",
    [
        "Giddens, Anthony. The constitution of society: Outline of the theory of structuration. polity, 1984.",
        "Giddens, A., 1984. The constitution of society: Outline of the theory of structuration. polity.",
    ],
)
def test_lower_case_publisher_after_the_title(text: str) -> None:
    item = read_reference(text)
    _has(item, {"title": "The constitution of society: Outline of the theory of structuration", "publisher": "polity"})


@pytest.mark.parametrize(
    "text",
    [
        "Gates Jr, Henry Louis. The signifying monkey: A theory of African-American literary criticism. Oxford "
        "University Press, 1988.",
        "Gates Jr, H. L. (1988). The signifying monkey: A theory of African-American literary criticism. Oxford "
        "University Press.",
        "Gates Jr HL. The signifying monkey: A theory of African-American literary criticism. Oxford University "
        "Press; 1988.",
    ],
)
def test_suffix_after_the_family_name(text: str) -> None:
    (author,) = read_reference(text)["author"]
    assert author["family"] == "Gates" and author["suffix"] == "Jr"


# the mends on their own: a reading they do not describe is given back as it was


def test_nlm_numbers_keep_a_dotted_journal() -> None:
    text = "Smith AB, Jones CD. A study of things. Proc. Natl. Acad. Sci. USA. 2001;98(4):1234-9."
    spans = spans_of(
        text,
        ("author", "Smith AB, Jones CD."),
        ("title", "A study of things."),
        ("journal", "Proc. Natl. Acad. Sci. USA."),
        ("date", "2001;"),
        ("volume", "98"),
        ("issue", "(4):"),
        ("pages", "1234-9."),
    )
    assert journal_before_nlm_numbers(spans, text) is spans


def test_nlm_numbers_split_the_title() -> None:
    text = "Breiman L. Random forests. Machine learning. 2001 Oct;45(1):5-32."
    spans = spans_of(
        text, ("author", "Breiman L."), ("title", "Random forests. Machine learning. 2001 Oct;45(1):5-32.")
    )
    got = [(s.label, s.text) for s in journal_before_nlm_numbers(spans, text)]
    assert got == [
        ("author", "Breiman L."),
        ("title", "Random forests."),
        ("journal", "Machine learning"),
        ("date", "2001 Oct"),
        ("volume", "45"),
        ("issue", "1"),
        ("pages", "5-32"),
    ]


def test_harvard_numbers_leave_a_book_year() -> None:
    text = "Smith, J., 2011. A history of things. Routledge, 2011."
    spans = spans_of(text, ("author", "Smith, J.,"), ("date", "2011."), ("title", "A history of things."))
    assert journal_before_harvard_numbers(spans, text) is spans


def test_glued_in_needs_a_capital_after_in() -> None:
    text = "Smith J. Title of a paper. International affairs 2004 (pp. 1-9). Press."
    spans = spans_of(text, ("author", "Smith J."), ("title", "Title of a paper."))
    assert glued_in_book(spans, text) is spans


def test_day_alone_is_taken_only_with_its_month() -> None:
    text = "Smith J. Title of a paper. Report. 2004."
    spans = spans_of(text, ("author", "Smith J."), ("title", "Title of a paper."), ("volume", "Report."))
    assert imprint_before_nlm_date(spans, text) is spans


def test_patent_mends_leave_other_text() -> None:
    text = "Smith J. The patent system in 1990. Law review. 1991;3:1-9."
    spans = spans_of(text, ("author", "Smith J."), ("title", "The patent system in 1990."))
    assert patent_number_apart(spans, text) is spans
    assert inventor_role_apart(spans, text) is spans


def test_vancouver_initial_outside_ascii() -> None:
    item = read_reference(
        "Vaswani A, Shazeer N, Kaiser Ł, Polosukhin I. Attention is all you need. Advances in neural information "
        "processing systems. 2017;30."
    )
    assert _families(item) == ["Vaswani", "Shazeer", "Kaiser", "Polosukhin"]
    assert item["author"][2]["given"] == "Ł"


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        (
            'He, Kaiming, Xiangyu Zhang, Shaoqing Ren, and Jian Sun. "Deep residual learning for image '
            'recognition." In Proceedings of the IEEE conference on computer vision and pattern recognition, '
            "pp. 770-778. 2016.",
            ["He", "Zhang", "Ren", "Sun"],
            "Deep residual learning for image recognition",
        ),
        (
            'Mikolov, Tomas, Ilya Sutskever, Kai Chen, Greg S. Corrado, and Jeff Dean. "Distributed '
            'representations of words and phrases and their compositionality." Advances in neural information '
            "processing systems 26 (2013).",
            ["Mikolov", "Sutskever", "Chen", "Corrado", "Dean"],
            "Distributed representations of words and phrases and their compositionality",
        ),
    ],
)
def test_chicago_name_lists_end_before_the_quoted_title(text: str, families: list[str], title: str) -> None:
    item = read_reference(text)
    assert _families(item) == families
    assert item["title"] == title
