"""Mends of the boundary between names and a journal's abbreviated title or a title's first words,
and of a physics journal's section letter set against its volume; pages that stop before a word
after them; a year opening a volume span."""

from __future__ import annotations

import time

from biblio.parse import read_reference
from biblio.parse.mends.bracket_years import numbers_beside_year
from biblio.parse.mends.journal_heads import journal_head_in_names
from biblio.parse.mends.name_ends import initials_take_family
from biblio.parse.mends.sections import section_letter_volume
from biblio.parse.mends.title_heads import title_head_apart
from biblio.parse.mends.title_in_names import title_head_in_names
from biblio.parse.normalisers.pages import page_value
from biblio.parse.normalisers.volume import leading_year, volume_issue
from tests.parse.test_mends_confusions import fields, spans_of


def test_abbreviation_after_family_first_names_opens_the_journal() -> None:
    text = "Okafor, N., Lindqvist, P., Mon. Not. R. Astron. Soc. 410, 22-31 (2011)"
    spans = spans_of(
        text,
        [("author", "Okafor, N., Lindqvist, P., Mon."), ("journal", "Not. R. Astron. Soc."), ("volume", "410,")],
    )
    assert fields(journal_head_in_names(spans, text), text)[:2] == [
        ("author", "Okafor, N., Lindqvist, P."),
        ("journal", "Mon. Not. R. Astron. Soc."),
    ]


def test_initials_after_a_list_closed_by_and_open_the_journal() -> None:
    text = "R. Duval and K. L. Ferrante, C.R. Acad. 14, 77 (2004)."
    spans = spans_of(text, [("author", "R. Duval and K. L. Ferrante, C.R."), ("journal", "Acad."), ("volume", "14,")])
    assert fields(journal_head_in_names(spans, text), text)[:2] == [
        ("author", "R. Duval and K. L. Ferrante"),
        ("journal", "C.R. Acad."),
    ]


def test_abbreviated_journal_read_as_a_last_bare_name_before_the_date() -> None:
    text = "Hartley and Osei, Cell Biol. (2010) 7(2): 11-19"
    spans = spans_of(text, [("author", "Hartley and Osei, Cell Biol."), ("date", "(2010)"), ("volume", "7")])
    assert fields(journal_head_in_names(spans, text), text)[:3] == [
        ("author", "Hartley and Osei"),
        ("journal", "Cell Biol."),
        ("date", "(2010)"),
    ]


def test_a_last_authors_initials_and_suffix_stay_names() -> None:
    for names in ("Okafor, N. and Lindqvist, P. J.", "Okafor, N., Jr.", "Lindqvist, P., Okafor, N."):
        text = f"{names} Phys. Rev. 10, 116 (2009)."
        spans = spans_of(text, [("author", names), ("journal", "Phys. Rev."), ("volume", "10,")])
        assert journal_head_in_names(spans, text) == spans


def test_lone_initials_take_the_family_name_before_a_spelled_out_journal_word() -> None:
    text = "K. Oduya and T. Brandt Plasma Sci. Rev. 12 (2001) 90."
    spans = spans_of(text, [("author", "K. Oduya and T."), ("journal", "Brandt Plasma Sci. Rev."), ("volume", "12")])
    assert fields(initials_take_family(spans, text), text)[:2] == [
        ("author", "K. Oduya and T. Brandt"),
        ("journal", "Plasma Sci. Rev."),
    ]


def test_section_letter_glued_to_the_volume_then_the_page() -> None:
    text = "L. Moreau, Nucl. Phys. B612, 408 (2001)"
    spans = spans_of(text, [("author", "L. Moreau,"), ("journal", "Nucl. Phys. B612,"), ("volume", "408")])
    assert fields(section_letter_volume(spans, text), text)[1:] == [
        ("journal", "Nucl. Phys. B"),
        ("volume", "612,"),
        ("pages", "408"),
    ]


def test_section_letter_read_as_the_volume_goes_to_an_abbreviated_journal() -> None:
    text = "L. Moreau, Phys. Rev. D64 (2001) 014502."
    spans = spans_of(text, [("author", "L. Moreau,"), ("journal", "Phys. Rev."), ("volume", "D64")])
    assert fields(section_letter_volume(spans, text), text)[1:] == [("journal", "Phys. Rev. D"), ("volume", "64")]
    # a title in full words keeps the volume as written
    text = "Journal of the Statistical Society B41, 1-20."
    spans = spans_of(text, [("journal", "Journal of the Statistical Society"), ("volume", "B41,")])
    assert section_letter_volume(spans, text) == spans


def test_pages_stop_before_a_catalogue_number_or_a_word() -> None:
    assert page_value("233-240. MR1234567") == "233-240"
    assert page_value("12-30 reprinted") == "12-30"
    assert page_value("272 pp.") == "272"
    assert page_value("e0123456") == "e0123456"


def test_physics_references_parse_whole() -> None:
    item = read_reference("L. Moreau, Nucl. Phys. B612, 408 (2001).")
    assert (item["container-title"], item["volume"], item["page"]) == ("Nucl. Phys. B", "612", "408")
    item = read_reference("Okafor, N., Lindqvist, P., Mon. Not. R. Astron. Soc. 410, 22-31 (2011)")
    assert [a["family"] for a in item["author"]] == ["Okafor", "Lindqvist"]
    assert item["container-title"] == "Mon. Not. R. Astron. Soc."


def test_title_words_after_one_given_name_first_author_go_to_the_title() -> None:
    text = "Miriam Oyelaran, Beyond Port and Harbour: A History of Lagos Trade (Ibadan: Heinemann, 2001)."
    spans = spans_of(
        text,
        [
            ("author", "Miriam Oyelaran, Beyond Port and Harbour:"),
            ("title", "A History of Lagos Trade"),
            ("location", "(Ibadan:"),
        ],
    )
    assert fields(title_head_in_names(spans, text), text)[:2] == [
        ("author", "Miriam Oyelaran"),
        ("title", "Beyond Port and Harbour: A History of Lagos Trade"),
    ]
    text = "Tomas Brandt, Salt, trade and empire in the Baltic, Baltic Review, Vol. 3, 2010"
    spans = spans_of(text, [("author", "Tomas Brandt, Salt,"), ("title", "trade and empire in the Baltic,")])
    assert fields(title_head_in_names(spans, text), text)[:2] == [
        ("author", "Tomas Brandt"),
        ("title", "Salt, trade and empire in the Baltic,"),
    ]


def test_given_name_first_lists_stay_names() -> None:
    for names in (
        "Ada Moss, Bill Tran, and Cy Lee,",
        "Ada Moss, Bill Tran, et Cy Lee.",
        "Ada Moss, Bill Tran:",
        "A. Moss, B. Tran, C. Lee, et al.",
        "Ada Moss, Bill Tran, Kara H. Woo, and Jeffrey W Hollister:",
    ):
        text = f"{names} Title of the work. Journal 4, 1-2."
        spans = spans_of(text, [("author", names), ("title", "Title of the work.")])
        assert title_head_in_names(spans, text) == spans


def test_a_long_list_of_initials_and_double_names_is_read_at_once() -> None:
    # each double-barrelled family name once split many ways: fourteen names took seconds
    people = ", ".join(f"K.{chr(65 + k)}. Tanaka-Santos{chr(97 + k)}" for k in range(14))
    names = f"H. Moss-Lee, {people}, Why air pollution matters, BMJ 78"
    text = f"{names} (1984) 687-716."
    spans = spans_of(text, [("author", names), ("title", "(1984) 687-716.")])
    started = time.perf_counter()
    assert title_head_in_names(spans, text) == spans
    assert time.perf_counter() - started < 0.5


def test_chicago_family_given_period_ends_the_names() -> None:
    text = "Okonjo, Adaeze. Michel Serres: a philosophy of noise. (Lagos: Kachifo, 2011)."
    spans = spans_of(text, [("author", "Okonjo, Adaeze. Michel"), ("title", "Serres: a philosophy of noise.")])
    assert fields(title_head_in_names(spans, text), text)[:2] == [
        ("author", "Okonjo, Adaeze."),
        ("title", "Michel Serres: a philosophy of noise."),
    ]
    text = "MOREAU, Anne. DUVAL, Paul. Le sel et la mer."
    spans = spans_of(text, [("author", "MOREAU, Anne. DUVAL, Paul."), ("title", "Le sel et la mer.")])
    assert title_head_in_names(spans, text) == spans


def test_title_head_after_family_and_initials() -> None:
    text = "Osei, K.A.; Brandt, T.L. Vitamin K: a review of its roles. Nutr. Rev. 2014, 12, 40-48."
    spans = spans_of(
        text,
        [
            ("author", "Osei, K.A.; Brandt, T.L. Vitamin K:"),
            ("title", "a review of its roles."),
            ("journal", "Nutr. Rev."),
        ],
    )
    assert fields(title_head_apart(spans, text), text)[:2] == [
        ("author", "Osei, K.A.; Brandt, T.L."),
        ("title", "Vitamin K: a review of its roles."),
    ]


def test_year_then_volume_in_one_span() -> None:
    assert leading_year("2012, 70,") == 2012
    assert volume_issue("2012, 70(3),")[:2] == ("70", "3")
    assert volume_issue("2012")[0] == "2012"
    item = read_reference("Osei, K. A. Vitamin K and bone. Nutr. Rev. 2014, 12, 40-48.")
    assert (item["issued"]["date-parts"][0][0], item["volume"], item["page"]) == (2014, "12", "40-48")


def test_bracketed_year_keeps_the_issue_and_page_beside_it_apart() -> None:
    text = "Rev. Mod. Opt. 41 ( 2)( 2018)026501 ."
    spans = spans_of(
        text, [("journal", "Rev. Mod. Opt."), ("volume", "41"), ("date", "( 2)( 2018)"), ("pages", "026501 .")]
    )
    assert fields(numbers_beside_year(spans, text), text)[2:4] == [("issue", "( 2)"), ("date", "( 2018)")]
    text = "Opt. Lett. 12 ( 1987),2211 ."
    spans = spans_of(text, [("journal", "Opt. Lett."), ("volume", "12"), ("date", "( 1987),2211 .")])
    assert fields(numbers_beside_year(spans, text), text)[2:] == [("date", "( 1987),"), ("pages", "2211 .")]
    text = "OpticsReports 301 , 7- 45 (2009 )."
    spans = spans_of(text, [("journal", "OpticsReports"), ("volume", "301 ,"), ("pages", "7- 45 (2009 ).")])
    assert fields(numbers_beside_year(spans, text), text)[2:] == [("pages", "7- 45 "), ("date", "(2009 ).")]


def test_title_after_names_closed_by_and_and_a_period() -> None:
    text = "K. Osei, L. Brandt, and T. Moreau. A Lattice Model of Salt Transport. In Proc. ICSM, 2001."
    spans = spans_of(
        text, [("author", "K. Osei, L. Brandt, and T. Moreau. A Lattice"), ("title", "Model of Salt Transport.")]
    )
    assert fields(title_head_in_names(spans, text), text)[:2] == [
        ("author", "K. Osei, L. Brandt, and T. Moreau."),
        ("title", "A Lattice Model of Salt Transport."),
    ]


def test_one_word_before_the_date_stays_a_name() -> None:
    text = "Osei, Kwame, and Lena Brandt. 1994. A title."
    spans = spans_of(text, [("author", "Osei, Kwame, and Lena Brandt."), ("date", "1994.")])
    assert journal_head_in_names(spans, text) == spans
