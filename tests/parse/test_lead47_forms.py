"""Forms the merged tree read with a stray value, mended at the merges and the final read."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as


# a quoted title's last letters are no outlet: the initial of the name after the quote is not a container
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'RFC 2119, "Key words for use in RFCs to Indicate Requirement Levels", S. Bradner.',
            {"title": "Key words for use in RFCs to Indicate Requirement Levels", "container-title": None},
        ),
        (
            'RFC 1034, "DOMAIN NAMES - CONCEPTS AND FACILITIES", S. Mockapetris.',
            {"title": "DOMAIN NAMES - CONCEPTS AND FACILITIES", "container-title": None},
        ),
    ],
)
def test_initial_after_quoted_title_is_no_outlet(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# a span holding only the section sign before its number is left empty by no mend
@pytest.mark.parametrize("text", ["§3", "§ 12", "Smith, J. (2020). Title. § 4"])
def test_section_sign_alone_leaves_no_empty_span(text: str) -> None:
    from biblio.parse.mends.section_locators import chapter_or_section_locator
    from biblio.parse.model.labeller import default_labeller

    spans = chapter_or_section_locator(default_labeller().read(text).spans, text)
    assert all(s.start < s.end and text[s.start : s.end] == s.text for s in spans)


# names closed by "et al." before an imprint stay names: the no-author entry's sentence is no title there
@pytest.mark.parametrize(
    "text",
    [
        "Marie Dupont Jean Martin Paul Leroy et al. Paris: Gallimard, 2004.",
        "Anna Berg Karl Holm et al. Stockholm: Norstedts, 1999.",
    ],
)
def test_names_closed_by_et_al_are_no_title(text: str) -> None:
    assert_read_as(text, {"title": None})


# the session's new mends read their form when a link or an access date closes the reference
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wikipedia, [UTF-8](https://en.wikipedia.org/wiki/UTF-8), accessed 3 March 2020.",
            {"title": "UTF-8", "container-title": "Wikipedia", "URL": "https://en.wikipedia.org/wiki/UTF-8"},
        ),
        (
            "Kowalski, Jan. Twierdza Kłodzko, Jelenia Góra 2014. https://example.pl/twierdza",
            {"title": "Twierdza Kłodzko", "publisher-place": "Jelenia Góra", "URL": "https://example.pl/twierdza"},
        ),
        (
            "Novák, Petr. Dějiny pevnosti, Hradec Králové 2005. Dostupné z: https://example.cz/pevnost",
            {"title": "Dějiny pevnosti", "publisher-place": "Hradec Králové"},
        ),
        (
            "ALVES, Maria. Sistema de gestão. 2019. 60 f. Trabalho de Conclusão de Curso (Graduação em Engenharia) – "
            "Universidade Estadual de Feira de Santana, Feira de Santana, 2019. Orientador: Prof. Dr. João Souza. "
            "Disponível em: https://example.br/tcc.pdf",
            {"publisher": "Universidade Estadual de Feira de Santana", "publisher-place": "Feira de Santana"},
        ),
    ],
)
def test_new_forms_keep_a_closing_link(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# a list number before a body whose name holds only a body's small words stays a label; a counted noun opens a title
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 Friends of the Earth. (2020). Climate report. London.", {"author": [{"literal": "Friends of the Earth"}]}),
        ("4 Save the Children. (2018). Stop the war on children.", {"author": [{"literal": "Save the Children"}]}),
        ("8 Reasons for the Decline of Bees. (2020). Bee Journal.", {"title": "8 Reasons for the Decline of Bees"}),
    ],
)
def test_number_before_a_body_stays_a_label(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# an inverted name closes on its initials: the short title after them, before the imprint, is the title
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Schmidt, K. Grundriss der Physik. Berlin: Springer, 1987.",
            {"author": [{"family": "Schmidt", "given": "K."}], "title": "Grundriss der Physik"},
        ),
        (
            "Hale, R. Cotton Lands. Houston: Rice University Press, 1990.",
            {
                "author": [{"family": "Hale", "given": "R."}],
                "title": "Cotton Lands",
                "publisher": "Rice University Press",
            },
        ),
    ],
)
def test_short_title_after_initials(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# the styles sweep's two readings the session's rules had spoilt: an AIP book's imprint bracket after a body's name,
# a list of editors closed by "Eds"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OECD, The Role of Sustainability Initiatives in Mandatory Due Diligence (OECD Publishing, Paris, 2022).",
            {
                "title": "The Role of Sustainability Initiatives in Mandatory Due Diligence",
                "publisher": "OECD Publishing",
            },
        ),
        (
            "J. Feather and P. Sturges, Eds, International Encyclopedia of Information and Library Science, Routledge, "
            "2003.",
            {"title": "International Encyclopedia of Information and Library Science"},
        ),
    ],
)
def test_imprint_bracket_and_closing_role_keep_the_title(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
