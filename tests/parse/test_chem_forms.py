"""Forms of real chemistry, materials and engineering reference lists (``chem_real.jsonl``): the ACS's and
MDPI's ``Journal Year, Volume`` with no mark between journal and year, the ACS's short form without an
article title, its italic volume and ``No.`` article numbers, and standards opened by their designation;
checked on spans as the model hands them over and end to end."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.event_dates import day_before_month, days_closing_place
from biblio.parse.mends.journal_heads import family_opening_journal, journal_head_in_names, word_journal_after_names
from biblio.parse.mends.journal_year import (
    italic_numbers_after_year,
    journal_alone_before_year,
    journal_head_closing_title,
    year_closing_journal,
)
from biblio.parse.mends.sections import lettered_volume_in_pages
from biblio.parse.mends.standards import designation_opens_standard
from biblio.parse.spans import Span

from .span_cases import spans_of


def _labelled(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in spans]


# ---------------------------------------------------------------- the ACS's short form: no article title


def test_short_form_journal_read_as_title() -> None:
    text = "Okafor, C.; Lindqvist, P. Anal. Biochem. 2019, 41 (3), 212−219."
    spans = spans_of(
        text,
        ("author", "Okafor, C.; Lindqvist, P."),
        ("title", "Anal. Biochem."),
        ("date", "2019,"),
        ("volume", "41"),
        ("issue", "(3),"),
        ("pages", "212−219."),
    )
    assert _labelled(journal_alone_before_year(spans, text))[:3] == [
        ("author", "Okafor, C.; Lindqvist, P."),
        ("journal", "Anal. Biochem."),
        ("date", "2019,"),
    ]


def test_short_form_journal_head_among_the_names() -> None:
    text = "Berger, T.; Moreau, A. Chem. Mater. 2011, 23, 4010−4018."
    spans = spans_of(
        text,
        ("author", "Berger, T.; Moreau, A. Chem."),
        ("journal", "Mater."),
        ("date", "2011,"),
        ("volume", "23,"),
        ("pages", "4010−4018."),
    )
    assert _labelled(journal_alone_before_year(spans, text))[:2] == [
        ("author", "Berger, T.; Moreau, A."),
        ("journal", "Chem. Mater."),
    ]


def test_full_form_title_is_kept() -> None:
    # the ACS's full form: a title in sentence case before the journal is no journal's name
    text = "Berger, T. Layered oxides for sodium cells. Chem. Mater. 2011, 23, 4010−4018."
    spans = spans_of(
        text,
        ("author", "Berger, T."),
        ("title", "Layered oxides for sodium cells."),
        ("journal", "Chem. Mater."),
        ("date", "2011,"),
        ("volume", "23,"),
        ("pages", "4010−4018."),
    )
    assert journal_alone_before_year(spans, text) is spans


def test_title_alone_with_lower_case_words_is_kept() -> None:
    text = "Berger, T. Layered oxides for sodium cells 2011, 23, 4010."
    spans = spans_of(
        text,
        ("author", "Berger, T."),
        ("title", "Layered oxides for sodium cells"),
        ("date", "2011,"),
        ("volume", "23,"),
        ("pages", "4010."),
    )
    assert journal_alone_before_year(spans, text) is spans


def test_suffix_after_the_names_stays_a_name() -> None:
    text = "Hale, R. J., Jr. Sci. Rep. 2015, 5, 101."
    spans = spans_of(
        text,
        ("author", "Hale, R. J., Jr."),
        ("journal", "Sci. Rep."),
        ("date", "2015,"),
        ("volume", "5,"),
        ("pages", "101."),
    )
    assert journal_alone_before_year(spans, text) is spans


def test_short_form_end_to_end() -> None:
    item = parse_reference("(7) Haddad, N.; Ortiz, L. Nat. Chem. 2020, 12 (4), 355−362.")
    assert item["container-title"].rstrip(".") == "Nat. Chem"
    assert "title" not in item
    assert [a["family"] for a in item["author"]] == ["Haddad", "Ortiz"]
    assert (item["volume"], item["issue"], item["issued"]["date-parts"][0][0]) == ("12", "4", 2020)


# ---------------------------------------------------------------- MDPI's journal and year with no mark between


def test_year_read_into_the_journal() -> None:
    text = "Ruiz, A.; Kim, S. Fatigue of bolted joints. Wind Energy 2019, 22, 301-315."
    spans = spans_of(
        text,
        ("author", "Ruiz, A.; Kim, S."),
        ("title", "Fatigue of bolted joints."),
        ("journal", "Wind Energy 2019,"),
        ("volume", "22,"),
        ("pages", "301-315."),
    )
    assert _labelled(year_closing_journal(spans, text))[2:4] == [("journal", "Wind Energy"), ("date", "2019,")]


def test_journal_named_with_a_number_keeps_it_without_a_year() -> None:
    text = "Ruiz, A. Title. Acta 21, 22, 301."
    spans = spans_of(text, ("author", "Ruiz, A."), ("title", "Title."), ("journal", "Acta 21,"), ("volume", "22,"))
    assert year_closing_journal(spans, text) is spans


def test_journal_head_read_as_the_title_last_sentence() -> None:
    text = "Sato, K.; Weber, M. Porosity of printed lattices and their stiffness. Addit. Manuf. 2021, 40, 101-110."
    spans = spans_of(
        text,
        ("author", "Sato, K.; Weber, M."),
        ("title", "Porosity of printed lattices and their stiffness. Addit."),
        ("journal", "Manuf."),
        ("date", "2021,"),
        ("volume", "40,"),
        ("pages", "101-110."),
    )
    assert _labelled(journal_head_closing_title(spans, text))[1:3] == [
        ("title", "Porosity of printed lattices and their stiffness."),
        ("journal", "Addit. Manuf."),
    ]


def test_journal_head_end_to_end() -> None:
    item = parse_reference(
        "3. Sato, K.; Weber, M. Porosity of Printed Lattices and Their Stiffness. Mech. Mater. 2021, 40, 101–110."
    )
    assert item["title"] == "Porosity of Printed Lattices and Their Stiffness"
    assert item["container-title"].rstrip(".") == "Mech. Mater"
    assert item["issued"]["date-parts"][0][0] == 2021


# ---------------------------------------------------------------- the ACS's italic volume and article numbers


def test_italic_volume_read_into_the_date_and_pages() -> None:
    text = "Lund, E. Gels. *Soft Matter* 2016, *12* (34), 7079−7088."
    spans = spans_of(
        text,
        ("author", "Lund, E."),
        ("title", "Gels."),
        ("journal", "Soft Matter"),
        ("date", "2016, *12* ("),
        ("pages", "34), 7079−7088."),
    )
    assert _labelled(italic_numbers_after_year(spans, text))[3:] == [
        ("date", "2016,"),
        ("volume", "*12*"),
        ("issue", "(34)"),
        ("pages", "7079−7088."),
    ]


def test_article_number_after_no_end_to_end() -> None:
    item = parse_reference(
        "(12) Vogel, H.; Sandoval, R. A solver for granular flows. *Comput. Phys. Commun.* 2022, *270*, No. 108171."
    )
    assert (item["volume"], item["page"]) == ("270", "108171")
    assert "issue" not in item
    item = parse_reference("(3) Ito, M. Ionic gels. *Chem. Eur. J.* 2023, *29* (8), No. e202203011.")
    assert (item["volume"], item["issue"], item["page"]) == ("29", "8", "e202203011")


def test_short_number_after_no_stays_the_issue() -> None:
    text = "Bauer, K. Chem. Ber. 1999, 32, No. 8"
    spans = spans_of(
        text,
        ("author", "Bauer, K."),
        ("journal", "Chem. Ber."),
        ("date", "1999,"),
        ("volume", "32,"),
        ("issue", "No. 8"),
    )
    assert italic_numbers_after_year(spans, text) is spans


# ---------------------------------------------------------------- the RSC's names and journals


def test_last_family_name_read_into_the_journal() -> None:
    text = "P. Moreau, K. Lind and T. Okafor, Dalton Trans., 2014, 43, 100–108."
    spans = spans_of(
        text,
        ("author", "P. Moreau, K. Lind and T."),
        ("journal", "Okafor, Dalton Trans.,"),
        ("date", "2014,"),
        ("volume", "43,"),
        ("pages", "100–108."),
    )
    assert _labelled(family_opening_journal(spans, text))[:2] == [
        ("author", "P. Moreau, K. Lind and T. Okafor,"),
        ("journal", "Dalton Trans.,"),
    ]


def test_whole_last_name_keeps_the_journal() -> None:
    text = "P. Moreau and T. Okafor, Nature, 2014, 43, 100."
    spans = spans_of(text, ("author", "P. Moreau and T. Okafor,"), ("journal", "Nature,"), ("date", "2014,"))
    assert family_opening_journal(spans, text) is spans


def test_journal_head_with_a_comma_inside_read_among_the_names() -> None:
    text = "B. Ortiz, Angew. Chem., Int. Ed., 2016, 55, 1200–1204."
    spans = spans_of(
        text,
        ("author", "B. Ortiz, Angew. Chem.,"),
        ("journal", "Int. Ed.,"),
        ("date", "2016,"),
        ("volume", "55,"),
        ("pages", "1200–1204."),
    )
    assert _labelled(journal_head_in_names(spans, text))[:2] == [
        ("author", "B. Ortiz"),
        ("journal", "Angew. Chem., Int. Ed.,"),
    ]


def test_two_word_journal_read_as_a_last_name() -> None:
    text = "K. Lind and T. Okafor, Sci Adv, 2014, 43, 100."
    spans = spans_of(text, ("author", "K. Lind and T. Okafor, Sci Adv,"), ("date", "2014,"), ("volume", "43,"))
    assert _labelled(word_journal_after_names(spans, text))[:2] == [
        ("author", "K. Lind and T. Okafor"),
        ("journal", "Sci Adv,"),
    ]


def test_lettered_volume_read_as_pages() -> None:
    text = "H. Berg and S. Ota, Acta Cryst., 2011, E67, o1203–o1204."
    spans = spans_of(
        text,
        ("author", "H. Berg and S. Ota,"),
        ("journal", "Acta Cryst.,"),
        ("date", "2011,"),
        ("pages", "E67, o1203–o1204."),
    )
    assert _labelled(lettered_volume_in_pages(spans, text))[-2:] == [
        ("volume", "E67"),
        ("pages", "o1203–o1204."),
    ]


def test_rsc_short_form_end_to_end() -> None:
    item = parse_reference("4 H. Berg, K. Lind and S. Ota, J. Phys. Chem. A, 2011, 115, 1203–1210.")
    assert [a["family"] for a in item["author"]] == ["Berg", "Lind", "Ota"]
    assert item["container-title"].rstrip(".") == "J. Phys. Chem. A"
    assert (item["volume"], item["page"]) == ("115", "1203-1210")


# ---------------------------------------------------------------- MDPI's meeting days before the month


def test_meeting_days_read_as_pages() -> None:
    text = "Ito, M. Title. In Proceedings of the Fifth Symposium, Lyon, France, 4–6 May 2015."
    spans = spans_of(
        text,
        ("author", "Ito, M."),
        ("title", "Title."),
        ("container-title", "In Proceedings of the Fifth Symposium,"),
        ("location", "Lyon, France,"),
        ("pages", "4–6"),
        ("date", "May 2015."),
    )
    assert _labelled(day_before_month(spans, text))[-1] == ("date", "4–6 May 2015.")


def test_meeting_days_read_into_the_place() -> None:
    text = "Ito, M. Title. In Proceedings of the Fifth Symposium, Lyon, 4–6 May 2015."
    spans = spans_of(
        text,
        ("author", "Ito, M."),
        ("title", "Title."),
        ("container-title", "In Proceedings of the Fifth Symposium,"),
        ("location", "Lyon, 4–6"),
        ("date", "May 2015."),
    )
    assert _labelled(days_closing_place(spans, text))[-2:] == [("location", "Lyon"), ("date", "4–6 May 2015.")]


def test_meeting_days_end_to_end() -> None:
    item = parse_reference(
        "8. Novak, P.; Ueda, T. Crack growth in welded joints. In Proceedings of the 9th International "
        "Conference on Fatigue, Porto, Portugal, 10–12 September 2018."
    )
    assert "page" not in item
    assert item["publisher-place"] == "Porto, Portugal"
    assert item["issued"]["date-parts"][0][0] == 2018


# ---------------------------------------------------------------- standards opened by their designation


def test_designation_read_as_an_author() -> None:
    text = "ISO 178:2019; Plastics—Determination of Flexural Properties. ISO: Geneva, Switzerland, 2019."
    spans = spans_of(
        text,
        ("author", "ISO 178:2019"),
        ("title", "; Plastics—Determination of Flexural Properties."),
        ("publisher", "ISO"),
        ("location", "Geneva, Switzerland,"),
        ("date", "2019."),
    )
    assert _labelled(designation_opens_standard(spans, text))[:2] == [
        ("note", "ISO 178:2019"),
        ("title", "; Plastics—Determination of Flexural Properties."),
    ]


def test_designation_split_into_journal_and_date() -> None:
    text = "EN 1993-1-9:2005; Eurocode 3: Design of Steel Structures. CEN: Brussels, Belgium, 2005."
    spans = spans_of(
        text,
        ("journal", "EN 1993-1-9:"),
        ("date", "2005;"),
        ("title", "Eurocode 3: Design of Steel Structures."),
    )
    assert _labelled(designation_opens_standard(spans, text))[0] == ("note", "EN 1993-1-9:2005")


def test_names_before_a_semicolon_are_no_designation() -> None:
    text = "Smith, J.; Jones, B. Title. Journal 2010, 5, 1."
    spans = spans_of(text, ("author", "Smith, J.; Jones, B."), ("title", "Title."))
    assert designation_opens_standard(spans, text) is spans


def test_standard_end_to_end() -> None:
    item = parse_reference(
        "22. ASTM E8/E8M-22; Standard Test Methods for Tension Testing of Metallic Materials. "
        "ASTM International: West Conshohocken, PA, USA, 2022."
    )
    assert "author" not in item
    assert item["note"] == "ASTM E8/E8M-22"
    assert item["title"].startswith("Standard Test Methods for Tension Testing of Metallic Materials")
    assert item["issued"]["date-parts"][0][0] == 2022
