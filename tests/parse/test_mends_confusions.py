"""Mends of title, container, publisher and name boundaries (title/container/name confusions)."""

from __future__ import annotations

from biblio.parse.mends.chapters import (
    container_in_title,
    edited_book_title,
    editors_open_container,
    role_opens_container,
    title_after_in_editors,
    title_before_journal,
)
from biblio.parse.mends.imprints import publisher_after_place, title_before_imprint
from biblio.parse.mends.link_words import title_ends_on_link_word
from biblio.parse.mends.names import family_name_in_title
from biblio.parse.mends.quotes import quote_closes_title
from biblio.parse.mends.years import month_after_journal, year_after_title, years_closing_title
from biblio.parse.normalisers.quoted import quoted_span
from biblio.parse.spans import Span
from tests.parse import span_cases


def spans_of(text: str, parts: list[tuple[str, str]]) -> list[Span]:
    """Spans over ``text`` for (label, piece) pairs found left to right."""
    return span_cases.spans_of(text, *parts)


def fields(spans: list[Span], text: str) -> list[tuple[str, str]]:
    assert all(text[s.start : s.end] == s.text for s in spans)
    return [(s.label, s.text) for s in spans]


def test_title_ending_on_of_takes_the_names_after_it() -> None:
    text = "Lewis, Linda M. The Promethean Politics of Milton, Blake, and Shelley. University of Missouri Press, 1992."
    spans = spans_of(
        text,
        [
            ("author", "Lewis, Linda M."),
            ("title", "The Promethean Politics of"),
            ("author", "Milton, Blake, and Shelley."),
            ("publisher", "University of Missouri Press,"),
            ("date", "1992."),
        ],
    )
    assert fields(title_ends_on_link_word(spans, text), text) == [
        ("author", "Lewis, Linda M."),
        ("title", "The Promethean Politics of Milton, Blake, and Shelley"),
        ("publisher", "University of Missouri Press,"),
        ("date", "1992."),
    ]


def test_title_ending_on_de_runs_on_until_a_bracket() -> None:
    text = "H. Bol: La basse de viole du temps de Marin Marais et d'Antoine Forqueray (Bilthoven, 1973)"
    spans = spans_of(
        text,
        [
            ("author", "H. Bol:"),
            ("title", "La basse de viole du temps de"),
            ("editor", "Marin Marais et d'Antoine Forqueray"),
            ("location", "(Bilthoven,"),
            ("date", "1973)"),
        ],
    )
    out = fields(title_ends_on_link_word(spans, text), text)
    assert out[1] == ("title", "La basse de viole du temps de Marin Marais et d'Antoine Forqueray")
    assert [label for label, _ in out] == ["author", "title", "location", "date"]


def test_journal_takes_the_title_last_sentence_when_the_title_ends_on_and() -> None:
    text = (
        "Reimold, W. U., Rb-Sr dating of the impact melt from East Clearwater, Quebec. "
        "Contributions to Mineralogy and Petrology, v. 76, pp. 73-76."
    )
    spans = spans_of(
        text,
        [
            ("author", "Reimold, W. U.,"),
            ("title", "Rb-Sr dating of the impact melt from East Clearwater, Quebec. Contributions to Mineralogy and"),
            ("journal", "Petrology,"),
            ("volume", "v. 76,"),
            ("pages", "pp. 73-76."),
        ],
    )
    out = fields(title_ends_on_link_word(spans, text), text)
    assert out[1:3] == [
        ("title", "Rb-Sr dating of the impact melt from East Clearwater, Quebec."),
        ("journal", "Contributions to Mineralogy and Petrology,"),
    ]


def test_article_ending_the_title_opens_the_journal() -> None:
    text = (
        "Suarez, P. (2014). Evidence from Spanish-English bilinguals "
        "The Journal of the International Neuropsychological Society, 20, 342-348."
    )
    spans = spans_of(
        text,
        [
            ("author", "Suarez, P."),
            ("date", "(2014)."),
            ("title", "Evidence from Spanish-English bilinguals The"),
            ("journal", "Journal of the International Neuropsychological Society,"),
            ("volume", "20,"),
            ("pages", "342-348."),
        ],
    )
    out = fields(title_ends_on_link_word(spans, text), text)
    assert out[2:4] == [
        ("title", "Evidence from Spanish-English bilinguals"),
        ("journal", "The Journal of the International Neuropsychological Society,"),
    ]


def test_title_ending_in_a_capital_letter_word_is_left() -> None:
    text = "Doe, J. Vitamin E and Part A. Journal of Things, 3, 1-2."
    parts = [("author", "Doe, J."), ("title", "Vitamin E and Part A."), ("journal", "Journal of Things,")]
    spans = spans_of(text, parts)
    assert title_ends_on_link_word(spans, text) == spans


def test_bare_year_closing_the_title_before_the_journal_is_the_date() -> None:
    text = "Stone, M. Cross-validation: A review 1978 Math. Operationsforsch. Statist., Ser. Statistics 9 127--139"
    spans = spans_of(
        text,
        [
            ("author", "Stone, M."),
            ("title", "Cross-validation: A review 1978"),
            ("journal", "Math. Operationsforsch. Statist., Ser. Statistics"),
            ("volume", "9"),
            ("pages", "127--139"),
        ],
    )
    out = fields(year_after_title(spans, text), text)
    assert out[1:4] == [
        ("title", "Cross-validation: A review"),
        ("date", "1978"),
        ("journal", "Math. Operationsforsch. Statist., Ser. Statistics"),
    ]


def test_year_in_the_title_stays_where_a_date_was_read() -> None:
    text = "Doe, J. (2001). The crisis of 1978 Journal 9 1-2"
    spans = spans_of(
        text,
        [("author", "Doe, J."), ("date", "(2001)."), ("title", "The crisis of 1978"), ("journal", "Journal")],
    )
    assert year_after_title(spans, text) == spans


def test_names_opening_on_a_comma_take_the_family_name_from_the_title() -> None:
    text = "Quantifying cooling water use Baker, J., K.M. Strzepek and C.A. Schlosser 2014 Journal of Water, 50(5)"
    spans = spans_of(
        text,
        [
            ("title", "Quantifying cooling water use Baker"),
            ("author", ", J., K.M. Strzepek and C.A. Schlosser"),
            ("date", "2014"),
            ("journal", "Journal of Water,"),
        ],
    )
    out = fields(family_name_in_title(spans, text), text)
    assert out[:2] == [
        ("title", "Quantifying cooling water use"),
        ("author", "Baker, J., K.M. Strzepek and C.A. Schlosser"),
    ]


def test_role_word_opening_the_container_goes_to_the_editors() -> None:
    text = "Remler, J. E. (1978). Some repairs. In Farkas, Donka, and Todrys, Karol W., editors, Papers."
    spans = spans_of(
        text,
        [
            ("author", "Remler, J. E."),
            ("date", "(1978)."),
            ("title", "Some repairs."),
            ("editor", "In Farkas, Donka, and Todrys, Karol W.,"),
            ("container-title", "editors, Papers."),
        ],
    )
    out = fields(role_opens_container(spans, text), text)
    assert out[3:] == [
        ("editor", "In Farkas, Donka, and Todrys, Karol W., editors"),
        ("container-title", "Papers."),
    ]


def test_names_and_ed_opening_the_container_are_the_editors() -> None:
    text = 'Bradbury, Bettina. "The Fragmented Family," in Joy Parr, ed., Childhood and Family in Canadian History.'
    spans = spans_of(
        text,
        [
            ("author", "Bradbury, Bettina."),
            ("title", '"The Fragmented Family,"'),
            ("container-title", "in Joy Parr, ed., Childhood and Family in Canadian History."),
        ],
    )
    out = fields(editors_open_container(spans, text), text)
    assert out[2:] == [
        ("editor", "in Joy Parr, ed., "),
        ("container-title", "Childhood and Family in Canadian History."),
    ]


def test_title_after_in_and_editors_is_the_container() -> None:
    text = "Goldstein, L. (2006). The role of gestures. In M. Arbib (Ed.) From Action to Language. Cambridge: CUP."
    spans = spans_of(
        text,
        [
            ("author", "Goldstein, L."),
            ("date", "(2006)."),
            ("title", "The role of gestures."),
            ("editor", "In M. Arbib (Ed.)"),
            ("title", "From Action to Language."),
            ("location", "Cambridge:"),
            ("publisher", "CUP."),
        ],
    )
    out = fields(title_after_in_editors(spans, text), text)
    assert out[2:5] == [
        ("title", "The role of gestures."),
        ("editor", "In M. Arbib (Ed.)"),
        ("container-title", "From Action to Language."),
    ]


def test_last_part_of_a_place_that_is_no_place_is_the_publisher() -> None:
    text = "Germano Celant, Witkin (Zurich: Scalo, 1995), plate 83."
    spans = spans_of(
        text, [("author", "Germano Celant,"), ("title", "Witkin"), ("location", "(Zurich: Scalo,"), ("date", "1995),")]
    )
    out = fields(publisher_after_place(spans, text), text)
    assert out[2:4] == [("location", "(Zurich"), ("publisher", "Scalo,")]


def test_place_of_a_meeting_or_a_state_after_a_city_stays_whole() -> None:
    text = "Doe, J. Fair SMG. In Proc. Workshop on Verification, Grenoble, Frankreich, 1990."
    spans = spans_of(
        text,
        [
            ("author", "Doe, J."),
            ("title", "Fair SMG."),
            ("container-title", "In Proc. Workshop on Verification,"),
            ("location", "Grenoble, Frankreich,"),
            ("date", "1990."),
        ],
    )
    assert publisher_after_place(spans, text) == spans
    text = "Doe, J. A Book. Cambridge, Mass., 1990."
    spans = spans_of(
        text, [("author", "Doe, J."), ("title", "A Book."), ("location", "Cambridge, Mass.,"), ("date", "1990.")]
    )
    assert publisher_after_place(spans, text) == spans


def test_the_one_work_after_the_opening_editors_is_the_edited_book() -> None:
    text = "Feigenbaum, Edward A. and Julian Feldman, (eds.). Computers and Thought. New York: McGraw-Hill, 1963."
    spans = spans_of(
        text,
        [
            ("editor", "Feigenbaum, Edward A. and Julian Feldman, (eds.)."),
            ("container-title", "Computers and Thought."),
            ("location", "New York:"),
            ("publisher", "McGraw-Hill,"),
            ("date", "1963."),
        ],
    )
    assert fields(edited_book_title(spans, text), text)[1] == ("title", "Computers and Thought.")
    text = "In Wrobel, S. (Ed.), Proceedings of the Fourth Workshop. Bonn."
    spans = spans_of(
        text,
        [
            ("editor", "In Wrobel, S. (Ed.),"),
            ("container-title", "Proceedings of the Fourth Workshop."),
            ("location", "Bonn."),
        ],
    )
    assert edited_book_title(spans, text) == spans


def test_a_quote_nested_in_a_quoted_title_closes_first() -> None:
    found = quoted_span("M. Sordi, « Le « staseis » di Turi e la guerra del Peloponneso » in Tyche, n°19, 2004.")
    assert found is not None
    assert found[0] == "Le « staseis » di Turi e la guerra del Peloponneso"
    assert found[1].startswith(" in Tyche")


def test_quotes_around_part_of_a_title_do_not_end_it() -> None:
    assert quoted_span("BARON-YELLES N., « Etat composé » ou décomposé ? La réforme, L'Espace politique, 2010") is None
    assert quoted_span("S.R. van der Mije, ‘Achilles’ keuze: over l 488-9’, in A. Kip (eds.), Propemptikon") is None
    found = quoted_span("Notícias (25/07/75) ‘Moçambique Independente: A Mensagem’ pp1-5 Maputo")
    assert found is not None and found[0] == "Moçambique Independente: A Mensagem"


def test_sentence_opened_by_in_inside_a_title_is_the_container() -> None:
    text = "Kvamme, K. 2006 Magnetometry. In Remote Sensing in Archaeology, edited by J.K. Johnson, pp. 205-233."
    spans = spans_of(
        text,
        [
            ("author", "Kvamme, K."),
            ("date", "2006"),
            ("title", "Magnetometry. In Remote Sensing in Archaeology,"),
            ("editor", "edited by J.K. Johnson,"),
            ("pages", "pp. 205-233."),
        ],
    )
    out = fields(container_in_title(spans, text), text)
    assert out[2:4] == [("title", "Magnetometry."), ("container-title", "Remote Sensing in Archaeology,")]
    # "in" inside a sentence, or in lower case, opens no container
    text = "Doe, J. 2006 Life in Towns. in the north of England. Leeds: Smith."
    spans = spans_of(
        text, [("author", "Doe, J."), ("date", "2006"), ("title", "Life in Towns. in the north of England.")]
    )
    assert container_in_title(spans, text) == spans


def test_journal_span_opening_on_sentences_in_full_words_holds_the_title() -> None:
    text = "Borlinghaus J, Slusarenko AJ. 2014. Allicin: Chemistry and Biological Properties. Molecules. 19: 12591"
    spans = spans_of(
        text,
        [
            ("author", "Borlinghaus J, Slusarenko AJ."),
            ("date", "2014."),
            ("journal", "Allicin: Chemistry and Biological Properties. Molecules."),
            ("volume", "19:"),
            ("pages", "12591"),
        ],
    )
    out = fields(title_before_journal(spans, text), text)
    assert out[2:4] == [("title", "Allicin: Chemistry and Biological Properties."), ("journal", "Molecules.")]
    text = "Smith, J. 2001, Ann. Rev. Astron. Astrophys., 49, 409"
    parts = [("author", "Smith, J."), ("date", "2001,"), ("journal", "Ann. Rev. Astron. Astrophys.,")]
    spans = spans_of(text, parts)
    assert title_before_journal(spans, text) == spans


def test_quoted_title_runs_on_to_its_closing_quote() -> None:
    text = "Childs, Peter. “True Maturity: The Child in Time (1987).” The Fiction of Ian McEwan. Basingstoke, 2006."
    spans = spans_of(
        text,
        [
            ("author", "Childs, Peter."),
            ("title", "“True Maturity: The Child in Time"),
            ("date", "(1987).”"),
            ("container-title", "The Fiction of Ian McEwan."),
            ("location", "Basingstoke,"),
            ("date", "2006."),
        ],
    )
    out = fields(quote_closes_title(spans, text), text)
    assert out[1:3] == [
        ("title", "“True Maturity: The Child in Time (1987).”"),
        ("container-title", "The Fiction of Ian McEwan."),
    ]
    closed = spans_of(text, [("author", "Childs, Peter."), ("title", "“True Maturity: The Child in Time (1987).”")])
    assert quote_closes_title(closed, text) == closed


def test_range_of_years_after_a_book_title_ends_the_title() -> None:
    text = "Doe, J. Friendship’s Shadows in England, 1640-1705. Edinburgh: Edinburgh University Press, 2012."
    parts = [
        ("author", "Doe, J."),
        ("title", "Friendship’s Shadows in England,"),
        ("pages", "1640-1705."),
        ("location", "Edinburgh:"),
        ("publisher", "Edinburgh University Press,"),
        ("date", "2012."),
    ]
    out = fields(years_closing_title(spans_of(text, parts), text), text)
    assert out[1:3] == [("title", "Friendship’s Shadows in England, 1640-1705"), ("location", "Edinburgh:")]
    # a falling range is pages, not years
    text = "Doe, J. A Chapter, 1250-1200. Edinburgh: EUP, 2012."
    parts = [("author", "Doe, J."), ("title", "A Chapter,"), ("pages", "1250-1200."), ("location", "Edinburgh:")]
    spans = [*spans_of(text, parts), *spans_of(text, [("date", "2012.")])]
    assert years_closing_title(spans, text) == spans


def test_words_before_a_bracketed_imprint_end_the_title() -> None:
    text = "Levin, D., Unsettling Opera: Staging Mozart, Verdi, Wagner, and Zemlinsky (U of Chicago Press, 2007)."
    parts = [
        ("author", "Levin, D.,"),
        ("title", "Unsettling Opera: Staging Mozart, Verdi,"),
        ("publisher", "Wagner, and Zemlinsky (U of Chicago Press,"),
        ("date", "2007)."),
    ]
    out = fields(title_before_imprint(spans_of(text, parts), text), text)
    assert out[1:3] == [
        ("title", "Unsettling Opera: Staging Mozart, Verdi, Wagner, and Zemlinsky"),
        ("publisher", "(U of Chicago Press,"),
    ]
    text = "Doe, J. A Book. Cambridge (Mass.), 1990."
    parts = [("author", "Doe, J."), ("title", "A Book."), ("location", "Cambridge (Mass.),"), ("date", "1990.")]
    spans = spans_of(text, parts)
    assert title_before_imprint(spans, text) == spans


def test_month_after_the_journal_full_stop_is_the_date() -> None:
    text = "Tattersall MH, Butow PN. Consultation audio tapes. Lancet Oncol. Jul 2002;3(7): 431-7."
    parts = [
        ("author", "Tattersall MH, Butow PN."),
        ("title", "Consultation audio tapes."),
        ("journal", "Lancet Oncol. Jul"),
        ("date", "2002;"),
    ]
    out = fields(month_after_journal(spans_of(text, parts), text), text)
    assert out[2:5] == [("journal", "Lancet Oncol."), ("date", "Jul"), ("date", "2002;")]
    text = "Doe J. A study. Proc. Mar. Biol. Soc. 2002;3:1-2."
    parts = [("author", "Doe J."), ("title", "A study."), ("journal", "Proc. Mar. Biol. Soc.")]
    spans = spans_of(text, parts)
    assert month_after_journal(spans, text) == spans
