"""Forms of earth-science, machine-learning and computer-science reference lists (``sci_real6.jsonl``):
Copernicus's ``Names: Title, Journal, vol, pages, https://doi.org/…, year.`` with its closing
``(last access: …), year``, its bodies as authors, its ``Tech. rep., Body, Place,`` and journals opening
with a word in full; PeerJ's ``In: Names, eds. Book.``; BibTeX's plain ``volume 13, page 20, 2013.``.
The examples are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.input_text import tidy_input
from biblio.parse.mends.access_notes import year_after_access_bracket
from biblio.parse.mends.bibtex_proceedings import (
    publisher_after_pages,
    short_name_opens_publisher,
    year_closing_proceedings,
)
from biblio.parse.mends.chapters import role_opens_container
from biblio.parse.mends.degree_notes import school_note_after_degree
from biblio.parse.mends.link_words import container_ends_on_link_word
from biblio.parse.mends.opening_groups import group_runs_to_colon
from biblio.parse.mends.page_words import year_after_page_word
from biblio.parse.mends.proceedings import proceedings_word_alone
from biblio.parse.mends.report_bodies import body_after_comma_kind, body_closing_title
from biblio.parse.mends.titles_journal_abbrev import journal_head_after_comma, subtitle_read_into_journal
from biblio.parse.mends.venue_year import venue_year_after_dated_names, venue_year_before_date
from biblio.parse.mends.volume_page import page_in_volume
from biblio.parse.mends.years import title_head_in_date

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def test_year_after_the_access_bracket_is_the_date() -> None:
    text = (
        "WMO: State of the Global Climate 2021, https://library.wmo.int/records/item/56300 "
        "(last access: 3 May 2023), 2022."
    )
    spans = spans_of(
        text,
        [
            ("author", "WMO:"),
            ("title", "State of the Global Climate 2021,"),
            ("url", "https://library.wmo.int/records/item/56300"),
            ("accessed", "(last access: 3 May 2023), 2022."),
        ],
    )
    mended = labelled(year_after_access_bracket(spans, text))
    assert ("accessed", "(last access: 3 May 2023)") in mended
    assert ("date", "2022.") in mended


def test_access_month_read_as_the_date_gives_way_to_the_closing_year() -> None:
    text = "Ruiz, P.: Gauge records, Met Office, https://example.org/gauges.pdf (last access: April 2021), 2004."
    item = parse_reference(text)
    assert item["issued"] == {"date-parts": [[2004]]}
    assert item["accessed"] == {"date-parts": [[2021, 4]]}
    assert "note" not in item


def test_no_year_after_the_bracket_leaves_the_reading() -> None:
    text = "Ruiz, P.: Gauge records, https://example.org/gauges.pdf (last access: April 2021)."
    spans = spans_of(
        text,
        [
            ("author", "Ruiz, P.:"),
            ("title", "Gauge records,"),
            ("url", "https://example.org/gauges.pdf"),
            ("accessed", "(last access: April 2021)."),
        ],
    )
    assert year_after_access_bracket(spans, text) is spans


def test_body_runs_to_the_colon_of_the_author_element() -> None:
    text = "Northern Plains Water Resources Consortium: Basin Data Portal, https://example.org/basins, 2021."
    spans = spans_of(
        text,
        [
            ("author", "Northern Plains Water"),
            ("title", "Resources Consortium: Basin Data Portal,"),
            ("url", "https://example.org/basins,"),
            ("date", "2021."),
        ],
    )
    mended = labelled(group_runs_to_colon(spans, text))
    assert mended[0] == ("author", "Northern Plains Water Resources Consortium:")
    assert mended[1] == ("title", "Basin Data Portal,")


def test_a_person_and_a_title_with_a_colon_stay_apart() -> None:
    text = "Ruth Benedict, Patterns of Culture: An Essay (Boston: Houghton Mifflin, 1934)."
    spans = spans_of(text, [("author", "Ruth Benedict"), ("title", "Patterns of Culture: An Essay")])
    assert group_runs_to_colon(spans, text) is spans


def test_report_body_and_place_after_the_kind() -> None:
    text = (
        "Ames, R. and Hu, L.: Snowmelt runoff in alpine basins, Tech. rep., Swiss Federal Institute WSL, "
        "Birmensdorf, Switzerland, https://doi.org/10.1234/wsl.2019.7, 2019."
    )
    spans = spans_of(
        text,
        [
            ("author", "Ames, R. and Hu, L.:"),
            ("title", "Snowmelt runoff in alpine basins,"),
            ("genre", "Tech. rep., Swiss"),
            ("journal", "Federal Institute WSL,"),
            ("location", "Birmensdorf, Switzerland,"),
            ("url", "https://doi.org/10.1234/wsl.2019.7,"),
            ("date", "2019."),
        ],
    )
    mended = labelled(body_after_comma_kind(spans, text))
    assert ("genre", "Tech. rep.") in mended
    assert ("publisher", "Swiss Federal Institute WSL") in mended
    assert ("location", "Birmensdorf, Switzerland") in mended
    assert mended[-2:] == [("url", "https://doi.org/10.1234/wsl.2019.7,"), ("date", "2019.")]


def test_report_body_end_to_end() -> None:
    text = (
        "Kaur, S., Olsen, T., and Park, J.: Regional flood frequency estimates for the Upper Midwest, Tech. rep., "
        "US Geological Survey, Reston, VA, https://doi.org/10.3133/sir20225001, 2022."
    )
    item = parse_reference(text)
    assert item["publisher"] == "US Geological Survey"
    assert item["publisher-place"] == "Reston, VA"
    assert "container-title" not in item


def test_abbreviation_alone_heads_a_journal_opening_with_a_word() -> None:
    text = (
        "Lee, K. and Ortiz, M.: Soil moisture memory in semi-arid catchments, Hydrol. Earth Syst. Sci., 27, "
        "101–118, https://doi.org/10.5194/hess-27-101-2023, 2023."
    )
    spans = spans_of(
        text,
        [
            ("author", "Lee, K. and Ortiz, M.:"),
            ("title", "Soil moisture memory in semi-arid catchments, Hydrol."),
            ("journal", "Earth Syst. Sci.,"),
            ("volume", "27,"),
        ],
    )
    mended = labelled(journal_head_after_comma(spans, text))
    assert ("title", "Soil moisture memory in semi-arid catchments,") in mended
    assert ("journal", "Hydrol. Earth Syst. Sci.,") in mended


def test_a_place_before_a_journal_opening_with_a_word_stays_in_the_title() -> None:
    text = "Lee, K.: Floods of 1993 in Iowa, Missouri, Earth Surf. Process., 20, 1–9, 1995."
    spans = spans_of(
        text,
        [("author", "Lee, K.:"), ("title", "Floods of 1993 in Iowa, Missouri,"), ("journal", "Earth Surf. Process.,")],
    )
    assert journal_head_after_comma(spans, text) is spans


def test_subtitle_after_the_colon_is_no_part_of_the_journal() -> None:
    text = "Hale, D.: Drought indices in practice: A review, B. Am. Meteorol. Soc., 91, 1–12, 2010."
    spans = spans_of(
        text,
        [
            ("author", "Hale, D.:"),
            ("title", "Drought indices in practice:"),
            ("journal", "A review, B. Am. Meteorol. Soc.,"),
            ("volume", "91,"),
        ],
    )
    mended = labelled(subtitle_read_into_journal(spans, text))
    assert ("title", "Drought indices in practice: A review,") in mended
    assert ("journal", "B. Am. Meteorol. Soc.,") in mended


def test_peerj_role_after_the_editors_comma() -> None:
    text = (
        "Ito K, Sato M. 2022. Graph pruning for link prediction. In: Ng V, Ruiz L, eds. Proceedings of the "
        "2022 Workshop on Graph Learning. Online: Association for Computational Linguistics, 10–19."
    )
    spans = spans_of(
        text,
        [
            ("author", "Ito K, Sato M."),
            ("date", "2022."),
            ("title", "Graph pruning for link prediction."),
            ("editor", "In: Ng V, Ruiz L"),
            ("container-title", ", eds. Proceedings of the 2022 Workshop on Graph Learning."),
        ],
    )
    mended = labelled(role_opens_container(spans, text))
    assert ("editor", "In: Ng V, Ruiz L, eds.") in mended
    assert ("container-title", "Proceedings of the 2022 Workshop on Graph Learning.") in mended


def test_year_after_a_single_page() -> None:
    text = (
        "A. Roy and B. Chen. Fast kernels. In Proceedings of the 9th Python in Science Conference, volume 4, "
        "page 12, 2010."
    )
    spans = spans_of(
        text,
        [
            ("author", "A. Roy and B. Chen."),
            ("title", "Fast kernels."),
            ("container-title", "In Proceedings of the 9th Python in Science Conference,"),
            ("volume", "volume 4,"),
            ("pages", "page 12, 2010."),
        ],
    )
    mended = labelled(year_after_page_word(spans, text))
    assert mended[-2:] == [("pages", "page 12"), ("date", "2010")]
    item = parse_reference(text)
    assert item["page"] == "12"
    assert item["issued"] == {"date-parts": [[2010]]}


def test_bracketed_meeting_name_closes_the_proceedings_title() -> None:
    text = (
        "R. Diaz and P. Ng. Sparse attention. In A. Oh and T. Naumann, editors, Proceedings of the 37th Conference "
        "on Neural Information Processing Systems (NeurIPS’23). Curran Associates, 2023."
    )
    spans = spans_of(
        text,
        [
            ("author", "R. Diaz and P. Ng."),
            ("title", "Sparse attention."),
            ("editor", "In A. Oh and T. Naumann, editors"),
            ("container-title", ", Proceedings of the 37th Conference on Neural Information Processing Systems"),
            ("publisher", "(NeurIPS’23). Curran Associates,"),
            ("date", "2023."),
        ],
    )
    mended = labelled(short_name_opens_publisher(spans, text))
    assert mended[3][1].endswith("Systems (NeurIPS’23)")
    assert ("publisher", "Curran Associates,") in mended


def test_publisher_after_the_pages_full_stop() -> None:
    text = (
        "K. Ito and L. Moreau. Stable bandits. In Proceedings of the 40th International Conference on Machine "
        "Learning (ICML’23), volume 202, pages 101–112. Proceedings of Machine Learning Research, 2023."
    )
    spans = spans_of(
        text,
        [
            ("author", "K. Ito and L. Moreau."),
            ("title", "Stable bandits."),
            ("container-title", "In Proceedings of the 40th International Conference on Machine Learning (ICML’23),"),
            ("volume", "volume 202,"),
            ("pages", "pages 101–112."),
            ("container-title", "Proceedings of Machine Learning Research,"),
            ("date", "2023."),
        ],
    )
    mended = labelled(publisher_after_pages(spans, text))
    assert ("publisher", "Proceedings of Machine Learning Research,") in mended
    assert [label for label, _ in mended].count("container-title") == 1


def test_year_closing_the_proceedings_sentence() -> None:
    text = (
        "J. Park and H. Kim. Learning to prune. In Proceedings of the International Conference on Learning "
        "Representations (ICLR’21), 2021. Published online: iclr.cc."
    )
    spans = spans_of(
        text,
        [
            ("author", "J. Park and H. Kim."),
            ("title", "Learning to prune."),
            (
                "container-title",
                "In Proceedings of the International Conference on Learning Representations (ICLR’21), 2021.",
            ),
            ("note", "Published online: iclr.cc."),
        ],
    )
    mended = labelled(year_closing_proceedings(spans, text))
    assert ("date", "2021.") in mended
    assert mended[2][1].endswith("(ICLR’21)")


def test_title_head_read_into_the_date() -> None:
    text = "Ota K, Mori S. 2024. GraphQA2: a benchmark for question answering. Information Sciences 12:1–9."
    spans = spans_of(
        text,
        [
            ("author", "Ota K, Mori S."),
            ("date", "2024. GraphQA2:"),
            ("title", "a benchmark for question answering."),
            ("journal", "Information Sciences"),
        ],
    )
    mended = labelled(title_head_in_date(spans, text))
    assert mended[1:3] == [("date", "2024."), ("title", "GraphQA2: a benchmark for question answering.")]


def test_copernicus_article_number_and_link_read_as_the_volume() -> None:
    text = "Ode, T.: River ice, Remote Sens., 11, 2045, https://doi.org/10.3390/rs11172045, 2019."
    spans = spans_of(
        text,
        [
            ("author", "Ode, T.:"),
            ("title", "River ice,"),
            ("journal", "Remote Sens.,"),
            ("volume", "11, 2045, https://doi.org/10.3390/rs11172045,"),
            ("date", "2019."),
        ],
    )
    mended = labelled(page_in_volume(spans, text))
    assert mended[3:5] == [("volume", "11"), ("pages", "2045")]
    assert mended[5][0] == "doi"


def test_proceedings_title_cut_on_a_link_word_before_a_journal() -> None:
    text = (
        "Wu J, Li Q. 2020. Relational pooling. Proceedings of the AAAI Conference on Artificial Intelligence "
        "34(4):5120–5127."
    )
    spans = spans_of(
        text,
        [
            ("author", "Wu J, Li Q."),
            ("date", "2020."),
            ("title", "Relational pooling."),
            ("container-title", "Proceedings of the AAAI Conference on"),
            ("journal", "Artificial Intelligence"),
            ("volume", "34"),
        ],
    )
    mended = labelled(container_ends_on_link_word(spans, text))
    assert ("container-title", "Proceedings of the AAAI Conference on Artificial Intelligence") in mended
    assert not any(label == "journal" for label, _ in mended)


def test_family_name_broken_at_a_line_end_before_its_initials() -> None:
    assert (
        tidy_input("Hall, A. C., Pappen- berger, F., and Bates, P. D.:")
        == "Hall, A. C., Pappenberger, F., and Bates, P. D.:"
    )
    assert tidy_input("Garousi- Nejad, I.") == "Garousi- Nejad, I."


def test_ieee_proceedings_word_read_alone() -> None:
    text = (
        "[7] K. Ono and R. Das, ‘‘Emoji-aware sarcasm detection,’’ in Proc. IEEE Int. Conf. Big Data (BigData), "
        "Dec. 2021, pp. 310–317."
    )
    spans = spans_of(
        text,
        [
            ("author", "K. Ono and R. Das,"),
            ("title", "‘‘Emoji-aware sarcasm detection,’’"),
            ("container-title", "in Proc."),
            ("journal", "IEEE Int. Conf. Big Data (BigData),"),
            ("date", "Dec. 2021,"),
        ],
    )
    mended = labelled(proceedings_word_alone(spans, text))
    assert ("container-title", "in Proc. IEEE Int. Conf. Big Data (BigData),") in mended
    assert not any(label == "journal" for label, _ in mended)


def test_body_closing_a_copernicus_report_title() -> None:
    text = (
        "Ruiz, P. and Lam, K.: Snow drought outlook for the western United States, NOAA Climate Prediction Center, "
        "https://doi.org/10.1234/cpc.2021.3, 2021."
    )
    spans = spans_of(
        text,
        [
            ("author", "Ruiz, P. and Lam, K.:"),
            ("title", "Snow drought outlook for the western United States, NOAA Climate Prediction Center,"),
            ("doi", "https://doi.org/10.1234/cpc.2021.3,"),
            ("date", "2021."),
        ],
    )
    mended = labelled(body_closing_title(spans, text))
    assert ("title", "Snow drought outlook for the western United States") in mended
    assert ("publisher", "NOAA Climate Prediction Center") in mended


def test_a_title_closing_on_a_place_keeps_it() -> None:
    text = "Ruiz, P.: Floods in Lower Saxony, Germany, https://example.org/floods, 2021."
    spans = spans_of(
        text,
        [
            ("author", "Ruiz, P.:"),
            ("title", "Floods in Lower Saxony, Germany,"),
            ("url", "https://example.org/floods,"),
            ("date", "2021."),
        ],
    )
    assert body_closing_title(spans, text) is spans


def test_school_after_the_degree_before_the_year() -> None:
    text = "[12] K. Mori, Hydrogen trapping in titanium alloys, Ph.D. thesis, University of Tokyo, 2015."
    spans = spans_of(
        text,
        [
            ("author", "K. Mori,"),
            ("title", "Hydrogen trapping in titanium alloys,"),
            ("genre", "Ph.D. thesis,"),
            ("note", "University of Tokyo,"),
            ("date", "2015."),
        ],
    )
    mended = labelled(school_note_after_degree(spans, text))
    assert ("publisher", "University of Tokyo,") in mended
    assert mended[-1] == ("date", "2015.")


def test_meeting_year_in_the_proceedings_name_after_a_dated_author() -> None:
    text = "Kim H, Ota K. 2023. Sparse graph transformers. In: Proceedings of the ACM Web Conference 2023, 120–131."
    spans = spans_of(
        text,
        [
            ("author", "Kim H, Ota K."),
            ("date", "2023."),
            ("title", "Sparse graph transformers."),
            ("container-title", "In: Proceedings of the ACM Web Conference"),
            ("date", "2023,"),
            ("pages", "120–131."),
        ],
    )
    mended = labelled(venue_year_after_dated_names(spans, text))
    assert ("container-title", "In: Proceedings of the ACM Web Conference 2023") in mended
    assert [label for label, _ in mended].count("date") == 1


def test_a_year_after_the_venue_comma_stays_a_date() -> None:
    text = "Kim H. 2023. Sparse graph transformers. In: Proceedings of the Web Conference, 2023, 120–131."
    spans = spans_of(
        text,
        [
            ("author", "Kim H."),
            ("date", "2023."),
            ("title", "Sparse graph transformers."),
            ("container-title", "In: Proceedings of the Web Conference,"),
            ("date", "2023,"),
        ],
    )
    assert venue_year_after_dated_names(spans, text) is spans


def test_meeting_short_name_year_before_the_date() -> None:
    text = (
        "J. Ro and M. Wu. Fast graph search. In Proceedings of the 29th ACM SIGKDD Conference on Knowledge "
        "Discovery and Data Mining, KDD 2023, 2023."
    )
    spans = spans_of(
        text,
        [
            ("author", "J. Ro and M. Wu."),
            ("title", "Fast graph search."),
            (
                "container-title",
                "In Proceedings of the 29th ACM SIGKDD Conference on Knowledge Discovery and Data Mining, KDD",
            ),
            ("date", "2023, 2023."),
        ],
    )
    mended = labelled(venue_year_before_date(spans, text))
    assert mended[-2][1].endswith("KDD 2023")
    assert mended[-1] == ("date", "2023.")
