"""Forms of astronomy's reference lists (``astro_real.jsonl``): the AAS journals', A&A's and MNRAS's compact
``Names YEAR, Journal, volume, page`` with no title, bibcode abbreviations of any shape (``JGRE``, ``P&SS``,
``Icar``), pages that look like years, journals whose volume is a year, and a collaboration opening an
inverted list of names. The examples are written for these tests."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.mends.aas_tails import aas_tail, book_tail_after_names, journal_tail_after_names
from biblio.parse.mends.collaborations import collaboration_opens_names
from biblio.parse.normalisers.names import names_from_span
from biblio.parse.readers.apa.style import not_apa

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def _fields(text: str) -> dict[str, Any]:
    item = parse_reference(text)
    item.pop("custom", None)
    return item


def test_bibcode_journal_after_names_is_the_journal() -> None:
    item = _fields("Haines, K. L. 2019, JGRE, 124, 871")
    assert item["container-title"] == "JGRE"
    assert (item["volume"], item["page"]) == ("124", "871")
    assert item["author"] == [{"family": "Haines", "given": "K. L."}]
    assert "title" not in item


def test_short_journal_after_a_long_list_is_no_title() -> None:
    item = _fields("Moreno, P. J., Ortiz, A. B., Lind, C. E., & Saldaña, R. 2016, Icar, 272, 301")
    assert (item["container-title"], item["volume"], item["page"]) == ("Icar", "272", "301")
    assert "title" not in item


def test_page_that_looks_like_a_year_is_the_page() -> None:
    item = _fields("Banerji, S. 2011, P&SS, 59, 1987")
    assert item["issued"] == {"date-parts": [[2011]]}
    assert (item["volume"], item["page"]) == ("59", "1987")


def test_year_that_is_the_volume_in_mnras_form() -> None:
    item = _fields("Okafor E., Lindqvist M., 2021, J. Cosmology Astropart. Phys., 2021, 047")
    assert item["container-title"] == "J. Cosmology Astropart. Phys."
    assert (item["volume"], item["page"]) == ("2021", "047")
    item = _fields("Reyes D., Amari T., 2019b, Advances in Astronomy, 2019, 6591023")
    assert (item["container-title"], item["volume"], item["page"]) == ("Advances in Astronomy", "2019", "6591023")


def test_mend_reads_the_tail_the_labeller_put_into_the_date() -> None:
    text = "Vega, R. D., Kim, E. P., et al. 2017, JHATD, 33, 27"
    spans = spans_of(text, [("author", "Vega, R. D., Kim, E. P., et al."), ("date", "2017, JHATD, 33, 27")])
    mended = labelled(journal_tail_after_names(spans, text))
    assert mended == [
        ("author", "Vega, R. D., Kim, E. P., et al."),
        ("date", "2017"),
        ("journal", "JHATD"),
        ("volume", "33"),
        ("pages", "27"),
    ]


def test_mend_leaves_a_title_before_the_year_alone() -> None:
    text = "Vega, R. D. A study of haze. 2017, JHATD, 33, 27"
    spans = spans_of(text, [("author", "Vega, R. D."), ("title", "A study of haze."), ("date", "2017, JHATD, 33, 27")])
    assert journal_tail_after_names(spans, text) == spans


def test_tail_is_no_chapter_preprint_or_page_word() -> None:
    assert aas_tail("Lee, S. 2014, in Titan, ed. I. Ming (Cambridge: CUP), 122") is None
    assert aas_tail("Lee, S. 2014, arXiv e-prints, 1, 2") is None
    assert aas_tail("Lee, S. 2014, pp. Book, 1, 2") is None
    assert aas_tail("Lee, S. 2014, P&SS, 55, 1990") is not None


def test_apa_reader_declines_the_compact_form() -> None:
    assert not_apa("Croes, G. A. 1958, OR, 6, 791") == "astronomy-numbers"
    assert not_apa("Croes, G. A. (1958). Title. OR, 6, 791.") is None


def test_collaboration_before_inverted_names_is_the_first_author() -> None:
    item = _fields("Astropy Collaboration, Robitaille, T. P., Tollerud, E. J., et al. 2013, A&A, 558, A33")
    assert item["author"] == [
        {"literal": "Astropy Collaboration"},
        {"family": "Robitaille", "given": "T. P."},
        {"family": "Tollerud", "given": "E. J."},
    ]


def test_collaboration_beside_given_first_names_is_left() -> None:
    text = "PHOBOS Collaboration, B. B. Back et al., Nucl. Phys. A 757 (2005) 28"
    spans = spans_of(text, [("note", "PHOBOS Collaboration,"), ("author", "B. B. Back et al.,")])
    assert collaboration_opens_names(spans, text) == spans
    text = "Gaia Collaboration, Vallenari, A., Brown, A. G. A., et al. 2023, A&A, 674, A1"
    spans = spans_of(text, [("note", "Gaia Collaboration,"), ("author", "Vallenari, A., Brown, A. G. A., et al.")])
    assert labelled(collaboration_opens_names(spans, text))[0] == (
        "author",
        "Gaia Collaboration, Vallenari, A., Brown, A. G. A., et al.",
    )


def test_chapter_in_book_with_editor_and_imprint() -> None:
    item = _fields("Moreau, S., & Tanaka, K. 2011, in Icy Worlds, ed. B. Jansen (Tucson, AZ: Univ. Arizona Press), 415")
    assert item["container-title"] == "Icy Worlds"
    assert item["editor"] == [{"family": "Jansen", "given": "B."}]
    assert (item["publisher-place"], item["publisher"], item["page"]) == ("Tucson, AZ", "Univ. Arizona Press", "415")
    assert "title" not in item


def test_asp_conference_series_with_editors() -> None:
    item = _fields(
        "Okoro, C. N. 2007, in ASP Conf. Ser. 376, Astronomical Data Analysis Software and Systems XVI, "
        "ed. R. A. Shaw, F. Hill, & D. J. Bell (San Francisco, CA: ASP), 127"
    )
    assert item["container-title"] == "ASP Conf. Ser. 376, Astronomical Data Analysis Software and Systems XVI"
    assert [n["family"] for n in item["editor"]] == ["Shaw", "Hill", "Bell"]
    assert (item["publisher-place"], item["publisher"], item["page"]) == ("San Francisco, CA", "ASP", "127")


def test_meeting_abstract_with_its_place_and_number() -> None:
    text = "Lind, J., & Ortega, P. 2016, in 41st COSPAR Scientific Assembly (Istanbul), B0.4-12-16"
    spans = spans_of(
        text,
        [
            ("author", "Lind, J., & Ortega, P."),
            ("date", "2016,"),
            ("title", "in 41st COSPAR"),
            ("journal", "Scientific Assembly"),
            ("location", "(Istanbul),"),
            ("pages", "B0.4-12-16"),
        ],
    )
    assert labelled(book_tail_after_names(spans, text))[1:] == [
        ("date", "2016"),
        ("container-title", "41st COSPAR Scientific Assembly"),
        ("location", "Istanbul"),
        ("pages", "B0.4-12-16"),
    ]


def test_book_cited_with_a_page_is_left() -> None:
    text = "Lind, J. 2016, Stellar Winds (Berlin: Springer), 12"
    spans = spans_of(
        text,
        [
            ("author", "Lind, J."),
            ("date", "2016,"),
            ("title", "Stellar Winds"),
            ("location", "(Berlin:"),
            ("publisher", "Springer),"),
            ("pages", "12"),
        ],
    )
    assert book_tail_after_names(spans, text) == spans


def test_company_with_its_legal_form_is_one_body() -> None:
    assert names_from_span("Gurobi Optimization, LLC") == [{"literal": "Gurobi Optimization, LLC"}]
    assert names_from_span("Wolfram Research, Inc.") == [{"literal": "Wolfram Research, Inc."}]
    assert names_from_span("Smith, L.") == [{"family": "Smith", "given": "L."}]
    item = _fields("Mosek ApS, Ltd. 2022, MOSEK Optimizer API for Python, https://docs.mosek.com")
    assert item["author"] == [{"literal": "Mosek ApS, Ltd."}]
