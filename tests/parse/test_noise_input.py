"""Text as PDFs and web pages produce it: ``biblio.parse.input_text.tidy_input`` and parses of noisy references."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from biblio.parse import parse_reference, read_reference
from biblio.parse.input_text import joined_word, tidy_input


def test_clean_text_comes_back_unchanged() -> None:
    for text in (
        "Smith, J. (2010). The gravity of cognition. Journal of Psychology, 12(3), 45-67.",
        "Müller, K. (2001). Sozial- und Wirtschaftsgeschichte. Böhlau.",
        "a . . . b",
        "",
    ):
        assert tidy_input(text) == text


def test_each_kind_of_noise() -> None:
    assert tidy_input("The grav- ity of cog- nition") == "The gravity of cognition"
    assert tidy_input("The \ufb01eld of \ufb02ow and e\ufb00ect, o\ufb03ce") == "The field of flow and effect, office"
    assert tidy_input("Smith &amp; Lee, pp. 3&#8211;9, &#x2019;t, &amp;amp;") == "Smith & Lee, pp. 3\u20139, \u2019t, &"
    assert tidy_input("J.&nbsp;Smith") == "J. Smith"
    assert tidy_input("J.\u00a0Smith,\u2009K.\u202fLee\u3000and\u200b Co") == "J. Smith, K. Lee and Co"
    assert tidy_input("Mem\u00adory and mem\u00ad ory") == "Memory and memory"
    assert (
        tidy_input("Smith , J . , & Lee , K . ( 2010 ) . Title [ 12 ] .") == "Smith, J., & Lee, K. (2010). Title [12]."
    )


def test_pdf_spacing_closes_colons_too() -> None:
    assert tidy_input("Smith , J . ( 2010 ) . Title : subtitle ; more .") == "Smith, J. (2010). Title: subtitle; more."


def test_compounds_keep_their_hyphen() -> None:
    assert tidy_input("non- prompted recall") == "non-prompted recall"
    assert tidy_input("linear parameter- varying systems") == "linear parameter-varying systems"
    assert tidy_input("rigid- body motion") == "rigid-body motion"
    assert tidy_input("a meta- analysis") == "a meta-analysis"
    assert tidy_input("the TATA- box") == "the TATA-box"  # an acronym's compound
    assert tidy_input("arXiv:hep- ph/0601234") == "arXiv:hep-ph/0601234"  # an identifier
    assert tidy_input("un- certain") == "uncertain"  # a two-letter piece is a prefix
    assert joined_word("grav", "ity") and joined_word("bureau", "cracy")
    assert not joined_word("self", "esteem")


def test_what_is_left_as_written() -> None:
    kept = [
        "https://doi.org/10.1000/ abc",  # a DOI broken after its slash has its own handling
        "https://example.org/long- path and doi:10.1000/x- y",
        "pp. 12- 15",  # a page range
        "Jean- Pierre Dupont",  # a capitalised continuation: a name
        "Sozial- und Wirtschaftsgeschichte, self- and peer-review",  # suspended hyphens
        "d'histoire ; et de la culture : essai",  # French typography spaces a semicolon and a colon
        "Mart\u00c3\u00adnez",  # UTF-8 read as Latin-1: its second byte is no soft hyphen
        "at 2 . 76 TeV, wait . . . then",  # a spaced decimal, an ellipsis
    ]
    for text in kept:
        assert tidy_input(text) == text, text


def fields(item: dict[str, Any], *names: str) -> dict[str, Any]:
    return {name: item.get(name) for name in names}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # APA from a PDF: spaced punctuation, line-break hyphens, an entity
            "Smith , J . , &amp; Lee , K . ( 2010 ) . The grav- ity of cog- nition . Journal of Psy- chology , "
            "12 ( 3 ) , 45- 67 . https://doi.org/10.1000/xyz123",
            {
                "title": "The gravity of cognition",
                "container-title": "Journal of Psychology",
                "volume": "12",
                "issue": "3",
                "page": "45-67",
                "DOI": "10.1000/xyz123",
            },
        ),
        (  # Chicago author-date with ligatures and a no-break space
            "Hart, Roger. 2019. \u201cThe E\ufb00ects of Di\ufb03cult Re\ufb02ection.\u201d American Journal of "
            "Sociology 124\u00a0(3): 455\u2013501.",
            {
                "title": "The Effects of Difficult Reflection",
                "container-title": "American Journal of Sociology",
                "volume": "124",
                "issue": "3",
                "page": "455-501",
            },
        ),
        (  # IEEE with thin spaces, compounds broken at their hyphen and an entity dash
            "[3] A.\u2009B. Chen and C. Diaz, \u201cParameter- varying control of rigid- body motion,\u201d IEEE "
            "Trans. Autom. Control, vol. 61, no. 4, pp. 1012&#8211;1020, 2016.",
            {
                "title": "Parameter-varying control of rigid-body motion",
                "container-title": "IEEE Trans. Autom. Control",
                "volume": "61",
                "issue": "4",
                "page": "1012-1020",
            },
        ),
        (  # MLA with a soft hyphen and HTML italics
            "Morrison, Toni. \u201cThe Site of Mem\u00adory.\u201d <i>Inventing the Truth</i>, edited by William "
            "Zinsser, Houghton Mi\ufb04in, 1995, pp. 83\u2013102.",
            {
                "title": "The Site of Memory",
                "container-title": "Inventing the Truth",
                "publisher": "Houghton Mifflin",
                "page": "83-102",
            },
        ),
        (  # Vancouver with a zero-width space and a compound
            "Jones AB, Brown C. Non- prompted recall in older adults. Lancet. 2015;\u200b386(9995):743-800.",
            {
                "title": "Non-prompted recall in older adults",
                "container-title": "Lancet",
                "volume": "386",
                "issue": "9995",
                "page": "743-800",
            },
        ),
        (  # Harvard with an entity and an ideographic space
            "Patel, R. (2018) Urban water &amp; sanitation\u3000in practice. 2nd edn. London: Routledge.",
            {"title": "Urban water & sanitation in practice", "publisher": "Routledge", "publisher-place": "London"},
        ),
    ],
)
def test_noisy_references_parse(text: str, expected: dict[str, Any]) -> None:
    item = read_reference(text)
    assert fields(item, *expected) == expected
    assert item["custom"]["biblio"]["source"] == text  # the text as given is kept
    assert parse_reference(text)["custom"]["biblio"]["source"] == text


def test_noisy_and_clean_read_alike() -> None:
    clean = "Smith, J. (2010). The gravity of cognition. Journal of Psychology, 12(3), 45-67."
    noisy = "Smith , J . ( 2010 ) . The grav- ity of cog- nition . Journal of Psy- chology , 12 ( 3 ) , 45- 67 ."
    drop = ("custom",)
    a = {k: v for k, v in read_reference(clean).items() if k not in drop}
    b = {k: v for k, v in read_reference(noisy).items() if k not in drop}
    assert a == b


# pieces of noisy text, run together at random
NOISY = st.lists(
    st.sampled_from(
        list("ab Az.,;:-()[]/&#;0123456789\u00ad\u00a0\u2009\u200b\u3000\ufb01\ufb02")
        + [
            "&amp;",
            "&#8211;",
            "&nbsp;",
            "- ",
            " , ",
            " . ",
            "( ",
            " )",
            "https://",
            "10.1000/",
            "grav- ity",
            "non- prompted",
            "&amp;amp;",
            "&#38;amp;",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(NOISY)
@example("https://\xa010.1000/&nbsp;a&nbsp; . ")  # a spaced link that only shows once the entities are decoded
@example("&amp;amp;#2\xad;A#")  # an entity that only shows once the soft hyphen is dropped
@example("[A9](https://&amp; )7")  # a link that only shows once its address is decoded
def test_tidy_never_raises_and_is_idempotent(text: str) -> None:
    once = tidy_input(text)
    assert tidy_input(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
@example("0*\xa0A*")  # a no-break space after an italics mark: made plain before the marks are spaced
def test_tidy_on_any_text(text: str) -> None:
    once = tidy_input(text)
    assert tidy_input(once) == once
