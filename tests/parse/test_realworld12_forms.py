"""Forms left wrong in the real-world sets after round rw11 (``realworld8/10/11.jsonl``): Zotero's Chicago in
British English (``‘Title’. *Journal* 6 (13 February 2018): e4375. doi.org/10/ckh5``), a proceedings' page and
year with no imprint, publishers' seats (``Chapman & Hall/CRC, Boca Raton``), a book's series run into its place."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.readers.chicago import parse_chicago


def test_british_quotes_close_a_chicago_title() -> None:
    item = parse_reference(
        "Piwowar, Heather, Jason Priem, Vincent Larivière, Juan Pablo Alperin, Lisa Matthias, Bree Norlander,"
        " Ashley Farley, Jevin West, and Stefanie Haustein. ‘The State of OA: A Large-Scale Analysis of the"
        " Prevalence and Impact of Open Access Articles’. *PeerJ* 6 (13 February 2018): e4375. doi.org/10/ckh5"
    )
    assert item["container-title"] == "PeerJ"
    assert (item["volume"], item["page"]) == ("6", "e4375")
    assert item["issued"] == {"date-parts": [[2018, 2, 13]]}
    assert "publisher" not in item
    item = parse_reference(
        "Smith, Arfon M., Kyle E. Niemeyer, Daniel S. Katz, Lorena A. Barba, George Githinji, Melissa Gymrek,"
        " Kathryn D. Huff, et al. ‘Journal of Open Source Software (JOSS): Design and First-Year Review’. *PeerJ"
        " Computer Science* 4 (12 February 2018): e147. doi.org/10/gc5sjf"
    )
    assert (item["volume"], item["page"]) == ("4", "e147")
    assert item["issued"] == {"date-parts": [[2018, 2, 12]]}


def test_an_apostrophe_closes_no_british_quoted_title() -> None:
    item = parse_chicago(
        "Wilson, Greg. ‘Teachers’ Notes on Software Carpentry’. *F1000Research* 3 (2016): 62. doi.org/10/gc5sjr"
    )
    assert item is not None
    assert item["title"] == "Teachers’ Notes on Software Carpentry"


def test_a_journal_named_with_digits_in_a_word() -> None:
    item = parse_reference(
        "Wilson, Greg. ‘Software Carpentry: Lessons Learned [Version 2; Referees: 3 Approved]’. *F1000Research* 3"
        " (2016): 62. doi.org/10/gc5sjr"
    )
    assert item["title"] == "Software Carpentry: Lessons Learned [Version 2; Referees: 3 Approved]"
    assert item["container-title"] == "F1000Research"
    assert (item["volume"], item["page"]) == ("3", "62")
    assert item["note"] == "doi.org/10/gc5sjr"


def test_a_british_quote_not_closed_before_the_stop_is_left_to_the_model() -> None:
    assert (
        parse_chicago(
            "Moreux, Jean-Philippe. ‘Innovative Approaches of Historical Newspapers: Data Mining, Data Visualization,"
            " Semantic Enrichment’, 2016, 17."
        )
        is None
    )


def test_a_proceedings_page_then_its_year() -> None:
    item = parse_reference(
        "Kestemont, Mike, Folgert Karsdorp, and Marten During. ‘Mining the Twentieth Century’s History from the Time"
        " Magazine Corpus’. In *Abstract Book of EACL 2014: The 14th Conference of the European Chapter of the"
        " Association for Computational Linguistics*, 62, 2014."
    )
    assert item["page"] == "62"
    assert item["issued"] == {"date-parts": [[2014]]}
    read = parse_chicago(
        "Kestemont, Mike, Folgert Karsdorp, and Marten During. “Mining the Twentieth Century’s History from the Time"
        " Magazine Corpus.” In *Abstract Book of EACL 2014: The 14th Conference of the European Chapter of the"
        " Association for Computational Linguistics*, 62, 2014."
    )
    assert read is not None
    assert read["page"] == "62"
    assert read["issued"] == {"date-parts": [[2014]]}


def test_a_publishers_seat_after_its_name() -> None:
    item = parse_reference(
        "McElreath R. (2015). Statistical rethinking : a Bayesian course with examples in R and Stan. Chapman;"
        " Hall/CRC, Boca Raton."
    )
    assert (item["publisher"], item["publisher-place"]) == ("Chapman; Hall/CRC", "Boca Raton")


def test_article_numbers_written_as_pages() -> None:
    item = parse_reference(
        "Goodman, Steven N., Daniele Fanelli, and John P. A. Ioannidis. ‘What Does Research Reproducibility Mean?’"
        " *Science Translational Medicine* 8, no. 341 (1 June 2016): 341ps12-341ps12. doi.org/10/gc5sjs"
    )
    assert item["page"] == "341ps12-341ps12"
    assert (item["volume"], item["issue"]) == ("8", "341")
    read = parse_chicago(
        "Pontika, Nancy, Petr Knoth, Matteo Cancellieri, and Samuel Pearce. ‘Fostering Open Science to Research"
        " Using a Taxonomy and an ELearning Portal’. In *Proceedings of the 15th International Conference on"
        " Knowledge Technologies and Data-Driven Business*, 11:1–11:8. New York, NY, USA: ACM, 2015."
    )
    assert read is not None
    assert read["page"] == "11:1-11:8"
    assert "volume" not in read
    read = parse_chicago(
        "Smith, John. “A Chapter.” In *The Collected Works*, edited by Ann Brown, 2:45–67. Chicago: University of"
        " Chicago Press, 2010."
    )
    assert read is not None
    assert (read["volume"], read["page"]) == ("2", "45-67")


def test_a_meetings_short_name_with_its_year_closing_the_proceedings() -> None:
    item = parse_reference(
        "Scacchi, Walt. ‘The Future of Research in Free/Open Source Software Development’. In *Proceedings of the"
        " FSE/SDP Workshop on Future of Software Engineering Research - FoSER’10*, 315. Santa Fe, New Mexico, USA:"
        " ACM Press, 2010. doi.org/10.1145/1882362.1882427"
    )
    assert item["container-title"].endswith("FoSER’10")
    assert item["page"] == "315"
    assert (item["publisher"], item["publisher-place"]) == ("ACM Press", "Santa Fe, New Mexico, USA")


def test_a_books_series_run_into_its_place() -> None:
    item = parse_reference(
        "Cha, M.S., Kim, N.N., Park, K.-J., Park, Y. (Eds.) (2020), Historical Statistics of Korea. Studies in"
        " Economic History, New York: Springer Publishing"
    )
    assert item["publisher-place"] == "New York"
    assert item["collection-title"] == "Studies in Economic History"
    assert item["publisher"] == "Springer Publishing"
