"""Forms of engineering, education and sociology reference lists (``eng_real.jsonl``): IEEE's conference papers
whose proceedings' name carries the meeting's abbreviation in brackets (``in Proc. Int. Conf. … (ICRA), May 2020,``)
or a comma (``in Proc. 17th Int. Conf. Control, Autom. Syst. (ICCAS),``), names with four or more initials
(``H. M. C. W. B. Herath``) and an unquoted title after a list closed by "and" (``…, and J. Liu, Title, 2017.``);
APA's title that asks a question before its subtitle (``Hype or help? A meta-analysis. Journal, 119,``) and MDPI's
``arXiv, arXiv:2505.24126.``; ASA's ``CBS News. 2011.``. The examples are written for these tests."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.chooser import merged_fields
from biblio.parse.normalisers.names import parse_names
from biblio.parse.readers.ieee import read as read_ieee


def _fields(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != "custom"}


def test_the_meetings_abbreviation_in_brackets_is_no_boundary_before_a_doi() -> None:
    item = parse_reference(
        "[12] K. Nakamura, P. Osei, and T. Lindqvist, ‘‘Adaptive gain scheduling for tethered quadrotors in "
        "gusty wind,’’ in Proc. Int. Conf. Unmanned Aircr. Syst. (ICUAS), Jun. 2019, pp. 1045–1052, "
        "doi: 10.1109/ICUAS.2019.8798121."
    )
    assert item["type"] == "paper-conference"
    assert item["container-title"] == "Proc. Int. Conf. Unmanned Aircr. Syst. (ICUAS)"
    assert item["issued"] == {"date-parts": [[2019, 6]]}
    assert item["page"] == "1045-1052"
    assert item["DOI"] == "10.1109/ICUAS.2019.8798121"
    assert "publisher" not in item


def test_a_bracketed_abbreviation_held_by_the_readers_name_is_not_a_merged_field() -> None:
    found = {"container-title": "Proc. IEEE Int. Conf. Robot. Autom. (ICRA)", "title": "Title"}
    model = {"container-title": "Syst", "publisher": "ICRA", "title": "Title"}
    assert not merged_fields(found, model)
    # a publisher the reader ran into its name, outside any bracket, still is
    assert merged_fields({"container-title": "Proc. Conf. Springer Verlag"}, {"publisher": "Springer Verlag"})


def test_a_proceedings_name_cut_at_a_comma_goes_on() -> None:
    found = read_ieee(
        "R. Okafor and L. Brandt, “Fault ride-through of grid-forming inverters under unbalanced sags,” in "
        "Proc. 21st Int. Conf. Power Electron., Drives Energy Syst. (PEDES), Dec. 2022, pp. 88–93."
    )
    assert found is not None
    assert found.item["container-title"] == "Proc. 21st Int. Conf. Power Electron., Drives Energy Syst. (PEDES)"
    assert found.item["page"] == "88-93"
    assert found.item["issued"] == {"date-parts": [[2022, 12]]}


def test_a_conference_place_after_the_name_stays_a_place() -> None:
    found = read_ieee(
        "M. Duarte, “Low-cost vibration logging for rail bogies,” in Proc. IEEE Int. Instrum. Meas. Technol. "
        "Conf., St. Louis, MO, USA, May 2024, pp. 1–6."
    )
    assert found is not None
    assert found.item["container-title"] == "Proc. IEEE Int. Instrum. Meas. Technol. Conf."
    assert found.item["publisher-place"] == "St. Louis, MO, USA"


def test_names_with_five_initials() -> None:
    assert parse_names("H. M. C. W. B. Herath, K. A. S. P. Perera, and D. Silva") == [
        {"family": "Herath", "given": "H. M. C. W. B."},
        {"family": "Perera", "given": "K. A. S. P."},
        {"family": "Silva", "given": "D."},
    ]
    item = parse_reference(
        "[7] W. M. R. B. Wijesinghe and R. A. D. S. Ranasinghe, ‘‘Design of a solar-assisted battery swapping "
        "kiosk for electric three-wheelers,’’ in Proc. 19th Int. Conf. Control, Autom. Syst. (ICCAS), Oct. 2019, "
        "pp. 412–417, doi: 10.23919/ICCAS47443.2019.8971541."
    )
    assert _fields(item)["author"] == [
        {"family": "Wijesinghe", "given": "W. M. R. B."},
        {"family": "Ranasinghe", "given": "R. A. D. S."},
    ]
    assert item["container-title"] == "Proc. 19th Int. Conf. Control, Autom. Syst. (ICCAS)"
    assert item["page"] == "412-417"


def test_an_ieee_list_closed_by_and_ends_before_an_unquoted_title() -> None:
    item = parse_reference(
        "[9] R. Meyer, T. Okonkwo, and S. Varga, Probabilistic Hosting Capacity Assessment for Low-Voltage "
        "Feeders with Electric Vehicles, 2021."
    )
    assert item["author"] == [
        {"family": "Meyer", "given": "R."},
        {"family": "Okonkwo", "given": "T."},
        {"family": "Varga", "given": "S."},
    ]
    assert item["title"] == (
        "Probabilistic Hosting Capacity Assessment for Low-Voltage Feeders with Electric Vehicles"
    )
    assert item["issued"] == {"date-parts": [[2021]]}


def test_a_question_then_a_subtitle_is_one_title_before_the_journal() -> None:
    item = parse_reference(
        "Brandt, K., & Osei, A. (2023). Flipped classrooms in engineering: Fad or future? A systematic review. "
        "Computers & Education, 201, 104812. [CrossRef]"
    )
    assert item["title"] == "Flipped classrooms in engineering: Fad or future? A systematic review"
    assert item["container-title"] == "Computers & Education"
    assert item["volume"] == "201"
    assert item["page"] == "104812"


def test_a_title_asking_a_question_before_the_journal_stays_whole() -> None:
    item = parse_reference(
        "Lindgren, P., & Moreau, C. (2024). Should universities license their own chatbots? "
        "Applied Sciences, 14, 5521. [CrossRef]"
    )
    assert item["title"] == "Should universities license their own chatbots?"
    assert item["container-title"] == "Applied Sciences"


def test_mdpis_arxiv_server_and_identifier_are_no_imprint() -> None:
    item = parse_reference(
        "Okafor, U., & Schmidt, J. (2025). Tutoring dialogues with large language models: A field study in "
        "first-year calculus. arXiv, arXiv:2503.01234. [CrossRef]"
    )
    assert item["type"] == "article"
    assert item["title"] == "Tutoring dialogues with large language models: A field study in first-year calculus"
    assert item["number"] == "arXiv:2503.01234"
    for var in ("publisher", "publisher-place", "container-title"):
        assert var not in item


def test_a_broadcasters_name_before_a_bare_year_is_a_body() -> None:
    item = parse_reference(
        "NBC News. 2018. “Rural Districts Move to Four-Day School Weeks.” *NBC*, May 2. Retrieved June 1, 2019 "
        "(https://www.nbcnews.com/news/us-news/rural-districts-four-day-school-weeks-n870011)."
    )
    assert item["author"] == [{"literal": "NBC News"}]
    assert item["title"] == "Rural Districts Move to Four-Day School Weeks"


def test_a_one_word_name_among_inverted_names() -> None:
    # Indonesian lists name some people by one word: the initials that follow belong to the next name
    assert parse_names("Yupelmi, M., Giatman, M., Ernawati, Hidayat, H., & Islami, S.") == [
        {"family": "Yupelmi", "given": "M."},
        {"family": "Giatman", "given": "M."},
        {"family": "Ernawati"},
        {"family": "Hidayat", "given": "H."},
        {"family": "Islami", "given": "S."},
    ]
    # a spelled-out given name before a suffix, and initials after a name of two words, are no such case
    assert parse_names("Blood, Robert, Jr., and Wolfe, D.") == [
        {"family": "Blood", "given": "Robert", "suffix": "Jr."},
        {"family": "Wolfe", "given": "D."},
    ]
    assert parse_names("Chiu, C., Puduru, V.R. Xian, W.")[1] == {"family": "Puduru", "given": "V.R. Xian"}


def test_the_elsevier_like_bare_edition_number_after_the_book() -> None:
    item = parse_reference(
        "[4] L. Ferreira, K. Tanaka, Digital twins for substation maintenance, in: M. Rossi, J. Park (Eds.), "
        "Smart Grid Asset Management, 2 ed., Springer International Publishing, Cham, 2020, pp. 77 - 102."
    )
    assert item["type"] == "chapter"
    assert item["container-title"] == "Smart Grid Asset Management"
    assert item["edition"] == "2"
    assert item["editor"] == [{"family": "Rossi", "given": "M."}, {"family": "Park", "given": "J."}]
