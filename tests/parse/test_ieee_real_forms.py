"""Forms of real IEEE reference lists as PDF text gives them (``ieee_acm_real.jsonl``): a double
quote typeset as two single ones, IEEE's ``Accessed: date. [Online]. Available: URL`` web pages
without an author, initials before a long family name with a particle, and Elsevier's numbered
``Title, Journal Abbrev. 12 (2019) pages`` with the journal's first words read into the title."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.input_text import tidy_input
from biblio.parse.mends.titles_journal_abbrev import journal_head_after_comma
from biblio.parse.normalisers.names import names_from_span
from biblio.parse.readers.chicago import chicago_shaped
from biblio.parse.readers.ieee.parser import parse_ieee

from .test_assemble import spans_of


def _family(name: dict[str, Any]) -> str:
    return " ".join(str(name[k]) for k in ("non-dropping-particle", "family") if k in name)


def test_two_single_quotes_are_one_double_quote() -> None:
    assert tidy_input("K. Ono, ‘‘Sparse coding of sound,’’ *J. Acoust.*, 2011.") == (
        "K. Ono, “Sparse coding of sound,” *J. Acoust.*, 2011."
    )
    assert tidy_input("K. Ono, ``Sparse coding of sound,'' J. Acoust., 2011.") == (
        "K. Ono, “Sparse coding of sound,” J. Acoust., 2011."
    )
    # an apostrophe inside the quotation stays, and each pair is read on its own
    assert tidy_input("‘‘Earth’s core’’ and ‘‘Moon’’") == "“Earth’s core” and “Moon”"
    # single quotes (one on each side) are left as written
    assert tidy_input("‘Title’, J. 3") == "‘Title’, J. 3"


def test_an_ieee_reference_quoted_with_doubled_single_quotes() -> None:
    item = parse_reference(
        "[12] R. Alvarez and T. Mehta, ‘‘Adaptive beam tracking for mmWave vehicular links,’’ in "
        "*Proc. IEEE Veh. Technol. Conf. (VTC)*, Sep. 2019, pp. 1–5, doi: 10.1109/VTC.2019.1234567."
    )
    assert item["title"] == "Adaptive beam tracking for mmWave vehicular links"
    assert item["container-title"] == "Proc. IEEE Veh. Technol. Conf. (VTC)"
    assert item["issued"] == {"date-parts": [[2019, 9]]}
    assert item["page"] == "1–5" or item["page"] == "1-5"
    assert item["DOI"] == "10.1109/VTC.2019.1234567"


def test_accessed_before_online_in_a_web_page_without_author() -> None:
    text = "*Open Rail Sensor Toolkit*. Accessed: Mar. 3, 2021. [Online]. Available: https://example.org/orst/"
    item = parse_ieee(text)
    assert item is not None
    assert item["title"] == "Open Rail Sensor Toolkit"
    assert item["accessed"] == {"date-parts": [[2021, 3, 3]]}
    assert item["URL"] == "https://example.org/orst/"
    assert "publisher" not in item and "publisher-place" not in item
    whole = parse_reference("[8] " + text)
    assert whole["title"] == "Open Rail Sensor Toolkit"
    assert "publisher" not in whole and "issue" not in whole and "page" not in whole


def test_online_mark_is_not_chicago() -> None:
    assert not chicago_shaped("*Open Rail Sensor Toolkit*. [Online]. Available: https://example.org/orst/")
    assert chicago_shaped("*Open Rail Sensor Toolkit*. Chicago: Rail Press, 2019.")
    item = parse_reference("[9] *Wayside Monitor Suite*. [Online]. Available: https://example.org/wms")
    assert item["title"] == "Wayside Monitor Suite"
    assert item["URL"] == "https://example.org/wms"
    assert "container-title" not in item and "publisher" not in item


def test_initials_then_a_particle_and_a_long_family_name() -> None:
    names = names_from_span("L. M. da Silva Pereira Neto, R. Okafor, and A. B. Lee")
    assert [_family(n) for n in names] == ["da Silva Pereira Neto", "Okafor", "Lee"]
    assert names[0]["given"] == "L. M."
    # an organisation of many words stays one body
    assert names_from_span("Institute of Electrical and Electronics Engineers Standards Association") == [
        {"literal": "Institute of Electrical and Electronics Engineers Standards Association"}
    ]


def test_journal_head_after_the_titles_last_comma() -> None:
    text = "[3] L. Ortiz, K. Lund, Graph kernels for proteins: a survey, Curr Opin. Struct. Biol. 64 (2020) 1–9."
    spans = spans_of(
        text,
        [
            ("author", "L. Ortiz, K. Lund,"),
            ("title", "Graph kernels for proteins: a survey, Curr Opin."),
            ("journal", "Struct. Biol."),
            ("volume", "64"),
        ],
    )
    out = journal_head_after_comma(spans, text)
    assert [(s.label, s.text) for s in out[1:3]] == [
        ("title", "Graph kernels for proteins: a survey,"),
        ("journal", "Curr Opin. Struct. Biol."),
    ]
    # a journal that opens with a whole word leaves the title as read
    plain = spans_of(
        text.replace("Struct. Biol.", "Structural Biology"),
        [("title", "Graph kernels for proteins: a survey, Curr Opin."), ("journal", "Structural Biology")],
    )
    assert journal_head_after_comma(plain, text.replace("Struct. Biol.", "Structural Biology")) == plain
    # a short title keeps its clause
    short = "Kernels, Curr Opin. Struct. Biol. 64 (2020) 1–9."
    few = spans_of(short, [("title", "Kernels, Curr Opin."), ("journal", "Struct. Biol.")])
    assert journal_head_after_comma(few, short) == few


def test_an_elsevier_numbered_reference_with_a_two_word_journal_head() -> None:
    item = parse_reference(
        "[7] P. Novak, R. Hale, et al., Protein language models for enzyme design: methods, data, and tools, "
        "Wiley Interdiscip. Rev. Comput. Mol. Sci. (2023) e1650."
    )
    assert item["title"] == "Protein language models for enzyme design: methods, data, and tools"
    assert item["container-title"] == "Wiley Interdiscip. Rev. Comput. Mol. Sci."
    assert item["page"] == "e1650"


def test_ieee_access_date_after_a_colon_is_no_issued_date() -> None:
    # "Accessed: Mar. 3," was left a note and 2024 read as the date of publication
    item = parse_reference('[4] "Git," Wikipedia. Accessed: Mar. 3, 2024. [Online]. Available: https://en.wikipedia.org/wiki/Git')
    assert item["accessed"] == {"date-parts": [[2024, 3, 3]]}
    assert "issued" not in item and "note" not in item


def test_ieee_meeting_days_between_month_and_year_are_no_pages() -> None:
    item = parse_reference(
        '[3] J. Doe, "Title of talk," presented at the 10th Int. Conf. Things, Berlin, Germany, Sep. 12–15, 2018.'
    )
    assert "page" not in item
    assert item["issued"]["date-parts"][0][:2] == [2018, 9]


def test_an_abbreviated_journal_before_a_bodys_initials_is_one_name() -> None:
    # "Proc." was the container and "IEEE" the publisher
    item = parse_reference('K. Kim, J. Park, "Title with words," Proc. IEEE, 2020.')
    assert item["container-title"] == "Proc. IEEE"
    assert "publisher" not in item


def test_ieee_presented_at_a_meeting_whose_name_holds_commas() -> None:
    item = parse_reference(
        '[8] R. Jones, "Efficient coding," presented at the Int. Conf. Acoustics, Speech, Signal Process., '
        "Brighton, U.K., May 2019."
    )
    assert item["type"] == "paper-conference"
    assert "container-title" not in item and "publisher" not in item
    assert item["event-title"].startswith("Int. Conf. Acoustics, Speech, Signal Process")
    assert item["event-place"].startswith("Brighton")


def test_nlm_proceedings_days_and_town_leave_the_book() -> None:
    item = parse_reference(
        "6. Kim S, Lee H. Sleep and memory in older adults. In: Proceedings of the 10th International Conference "
        "on Health; 2019 May 1-3; Seoul, Korea. New York: ACM; 2019. p. 45-50."
    )
    assert item["container-title"] == "Proceedings of the 10th International Conference on Health"
    assert item["event-place"] == "Seoul, Korea"
    assert item["publisher"] == "ACM"


def test_natural_order_names_are_not_family_and_initials_before_a_title() -> None:
    item = parse_reference(
        "David F. Bacon and Robert E. Strom. Optimistic Parallelization of Communicating Sequential Processes. "
        "ACM SiGPLAN Symposium on Principles Practice of Parallel Programming, April 1991."
    )
    assert [a["family"] for a in item["author"]] == ["Bacon", "Strom"]
