"""Conventions many reference lists print that the parser misread, each with references written for this
test in that form (none copied from a gold set): a book series between the title and the imprint, a
Harvard imprint ``Publisher, Place``, a software version, a collaboration as author, and the others below."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.container import bracketed_city_of_journal
from biblio.parse.normalisers.edition import edition_apart
from biblio.parse.normalisers.publisher import imprint_apart, site_with_subtitle
from biblio.parse.normalisers.report_series import report_series
from biblio.parse.normalisers.series import series_apart
from biblio.parse.normalisers.title import translator_apart
from biblio.parse.normalisers.version import version_apart
from biblio.parse.normalisers.volumes import volumes_apart

# --- a book's series between its title and its imprint --------------------------------------------------


def test_series_closing_the_title_after_a_comma() -> None:
    item = parse_reference(
        "Hodder, I. 1992 Reading the Past: Current Approaches, Cambridge Studies in Archaeology, Cambridge: "
        "Cambridge University Press."
    )
    assert item["title"] == "Reading the Past: Current Approaches"
    assert item["publisher"] == "Cambridge University Press"
    assert item["collection-title"] == "Cambridge Studies in Archaeology"


def test_series_opening_the_publisher() -> None:
    item = {"type": "book", "title": "Linear Models", "publisher": "Springer Texts in Statistics. Springer"}
    series_apart(item)
    assert item["publisher"] == "Springer"
    assert item["collection-title"] == "Springer Texts in Statistics"


def test_numbered_series_before_the_publisher() -> None:
    item = {"type": "book", "title": "Plane Geometry", "publisher": "Mathematical Expositions #12, Oxford Press"}
    series_apart(item)
    assert item["publisher"] == "Oxford Press"
    assert item["collection-title"] == "Mathematical Expositions #12"


def test_series_named_series_before_the_publisher_in_brackets() -> None:
    item = parse_reference(
        "4. A. B. Jones, *Radar Receivers* (Lincoln Laboratory Series, McGraw-Hill, New York, 1951)."
    )
    assert item["title"] == "Radar Receivers"
    assert item["publisher"] == "McGraw-Hill"


def test_title_with_studies_in_its_own_words_is_kept() -> None:
    item = {"type": "book", "title": "Forecasting: Time Series Methods", "publisher": "Wiley"}
    series_apart(item)
    assert item["title"] == "Forecasting: Time Series Methods"
    assert "collection-title" not in item


# --- Harvard's imprint: the publisher, then its place ---------------------------------------------------


def test_harvard_publisher_then_place_after_italic_title() -> None:
    item = parse_reference("Lowe, K (ed.) 1998, *British film in the 1980s*, Croom Helm, London.")
    assert item["title"] == "British film in the 1980s"
    assert item["publisher"] == "Croom Helm"
    assert item["publisher-place"] == "London"
    assert "collection-title" not in item


def test_firm_of_partners_then_place_read_as_one_place() -> None:
    item = {"type": "book", "title": "Optics", "publisher-place": "Harcourt, Brace and World, New York"}
    imprint_apart(item)
    assert item["publisher"] == "Harcourt, Brace and World"
    assert item["publisher-place"] == "New York"


def test_press_then_its_city_read_as_one_publisher() -> None:
    item = {"type": "book", "title": "Optics", "publisher": "Oxford University Press, Oxford"}
    imprint_apart(item)
    assert item["publisher"] == "Oxford University Press"
    assert item["publisher-place"] == "Oxford"


def test_body_initials_then_town_and_state() -> None:
    item = {"type": "book", "title": "Campus map", "publisher-place": "UNSW, Kensington, NSW"}
    imprint_apart(item)
    assert item["publisher"] == "UNSW"
    assert item["publisher-place"] == "Kensington, NSW"


def test_city_and_country_stay_one_place() -> None:
    for place in ("Mexico City, Mexico", "Santa Barbara, CA, USA", "Dayton, OH"):
        item = {"type": "paper-conference", "title": "A talk", "publisher-place": place}
        imprint_apart(item)
        assert item == {"type": "paper-conference", "title": "A talk", "publisher-place": place}


# --- a software release's version after its name -------------------------------------------------------


def test_version_after_the_italic_name_and_its_year() -> None:
    item = parse_reference("Doe, Jane. *tidyparse* v2.1.3 (2021). https://example.org/tidyparse/")
    assert item["title"] == "tidyparse"
    assert item["version"] == "2.1.3"
    assert item["issued"] == {"date-parts": [[2021]]}


def test_bracketed_version_with_its_build() -> None:
    item = {"type": "software", "title": "Word Processor (version 2207 (Build 15427.20210))"}
    version_apart(item)
    assert item["title"] == "Word Processor"
    assert item["version"] == "2207"


def test_version_read_as_a_journal_with_volume_and_issue() -> None:
    item = {"type": "article-journal", "title": "Manual of GAP", "container-title": "version", "volume": "4",
            "issue": "12.2"}
    version_apart(item)
    assert item == {"type": "software", "title": "Manual of GAP", "version": "4.12.2"}


def test_version_in_the_titles_own_words_is_kept() -> None:
    for title in ("The Secure Shell Protocol Version 2.0", "“Language reference, version 3.12.”"):
        item = {"type": "report", "title": title.strip("“”."), "custom": {"biblio": {"source": f"A. {title}"}}}
        version_apart(item)
        assert "version" not in item


# --- a multivolume work ---------------------------------------------------------------------------------


def test_volume_of_a_named_whole_is_its_series() -> None:
    item = parse_reference(
        "Kerr, Anna. *Ruth and Esther: A Commentary*. Vol. 4 of *The Harbour Companion to Scripture*. Leeds: "
        "Harbour Press, 2011."
    )
    assert item["title"] == "Ruth and Esther: A Commentary"
    assert item["volume"] == "4"
    assert item["collection-title"] == "The Harbour Companion to Scripture"
    assert "container-title" not in item


def test_volume_of_a_series_read_into_the_title() -> None:
    item = {"type": "book", "title": "Random Graphs, of Grundlehren der Mathematik", "volume": "212",
            "custom": {"biblio": {"source": "Bollob, B. Random Graphs, vol. 212 of Grundlehren der Mathematik."}}}
    volumes_apart(item)
    assert item["title"] == "Random Graphs"
    assert item["collection-title"] == "Grundlehren der Mathematik"


def test_counted_volumes_make_a_book_not_a_journal() -> None:
    item = {"type": "article-journal", "container-title": "Calendar of State Papers, 1547-1580", "volume": "4",
            "publisher": "Longman",
            "custom": {"biblio": {"source": "R. Lemon, *Calendar of State Papers, 1547-1580*, 4 vols. (London: "
                                            "Longman, 1856)."}}}
    volumes_apart(item)
    assert item["type"] == "book"
    assert item["title"] == "Calendar of State Papers, 1547-1580"
    assert item["volume"] == "4"  # the labelled data keep the count as the volume


def test_count_after_the_volume_cited_is_no_issue() -> None:
    item = {"type": "book", "title": "The Ancient Towns", "volume": "2", "issue": "5",
            "custom": {"biblio": {"source": "Hall, J. 1930. *The Ancient Towns*. Vol. 2. 5 vol. London: Methuen."}}}
    volumes_apart(item)
    assert item["volume"] == "2" and item["number-of-volumes"] == "5" and "issue" not in item


def test_apa_volumes_cited_after_the_title() -> None:
    item = parse_reference(
        "Ortega, L. (Ed.). (2015). *Music of the Andes: An encyclopedia* (Vols. 1–2). Greenfield Press."
    )
    assert item["volume"] == "1-2"
    assert item["publisher"] == "Greenfield Press"


# --- an edition word left in the title or the publisher -------------------------------------------------


def test_edition_after_the_publisher_and_place() -> None:
    item = parse_reference(
        "A. N. Kolmogorov and S. V. Fomin. Introductory Real Analysis. Dover, New York, third edition, 1975."
    )
    assert item["publisher"] == "Dover"
    assert item["edition"] == "3"


def test_edition_as_the_titles_last_sentence() -> None:
    item = {"type": "book", "title": "Special Functions. Second edition", "publisher": "AMS"}
    edition_apart(item)
    assert item["title"] == "Special Functions"
    assert item["edition"] == "2"


def test_edition_words_inside_a_title_are_kept() -> None:
    item = {"type": "book", "title": "The second edition of the Bible", "publisher": "Norton"}
    edition_apart(item)
    assert item["title"] == "The second edition of the Bible"
    assert "edition" not in item


# --- a report's series and number ------------------------------------------------------------------------


def test_body_open_file_report_and_number() -> None:
    item = parse_reference(
        "Hart, R.K. 1991. *Groundwater levels in the Sacramento valley*. US Geological Survey Open-File Report "
        "91-412."
    )
    assert item["title"] == "Groundwater levels in the Sacramento valley"
    assert item["publisher"] == "US Geological Survey"
    for field in ("container-title", "page", "volume"):
        assert field not in item


def test_numbered_report_series_read_as_a_journal() -> None:
    item = {"type": "article-journal", "title": "Animal bones from Low Farm", "container-title":
            "Wessex Environmental Report Series", "volume": "12/", "page": "03",
            "custom": {"biblio": {"source": "Reed, P. 2003 Animal bones from Low Farm, Wessex Environmental Report "
                                            "Series 12/03."}}}
    report_series(item)
    assert item == {"type": "report", "title": "Animal bones from Low Farm", "collection-title":
                    "Wessex Environmental Report Series", "number": "12/03", "custom": item["custom"]}


def test_university_technical_report_as_publisher() -> None:
    item = {"type": "book", "title": "Fast sorting", "publisher": "Brown University Technical Report",
            "custom": {"biblio": {"source": "A. Lee. *Fast sorting*. Brown University Technical Report, 2001."}}}
    report_series(item)
    assert item["publisher"] == "Brown University"
    assert item["genre"] == "Technical Report"


def test_report_code_before_the_publisher() -> None:
    item = {"type": "book", "title": "Offshore Wind Loads on Floating Platforms",
            "publisher": "NREL/TP-5000-61234; National Renewable Energy Laboratory", "publisher-place": "Golden, CO"}
    report_series(item)
    assert item["publisher"] == "National Renewable Energy Laboratory"
    assert item["number"] == "NREL/TP-5000-61234"


def test_journal_of_research_papers_is_kept() -> None:
    item = {"type": "article-journal", "title": "Krill", "container-title": "Marine Research Papers",
            "volume": "45", "page": "1-20",
            "custom": {"biblio": {"source": "Lee, A. (1998). Krill. Marine Research Papers 45, 1-20."}}}
    report_series(item)
    assert item["container-title"] == "Marine Research Papers"


# --- a place whose town was read into the field before it -----------------------------------------------


def test_town_of_a_state_place_after_a_publisher_and_colon() -> None:
    item = parse_reference(
        "12. ASTM E8-16; Standard Test Methods for Tension Testing of Metallic Materials; Annual Book of ASTM "
        "Standards. ASTM International: West Conshohocken, PA, USA, 2016; pp. 1–27."
    )
    assert item["publisher-place"] == "West Conshohocken, PA, USA"
    assert item["publisher"] == "ASTM International"
    assert item["container-title"] == "Annual Book of ASTM Standards"


def test_meeting_town_and_state_closing_the_proceedings() -> None:
    item = parse_reference(
        "7. Lee, K. Scheduling containers at scale. In Proceedings of the 9th ACM Symposium on Cloud Computing, "
        "Santa Clara, CA, USA, 11–13 October 2018; pp. 44–52."
    )
    assert item["container-title"] == "Proceedings of the 9th ACM Symposium on Cloud Computing"
    assert item["publisher-place"] == "Santa Clara, CA, USA"


def test_journal_abbreviation_before_its_country_is_kept() -> None:
    item = parse_reference(
        "Smith AB, Jones CD. Receptor signalling in taste cells. Proc Natl Acad Sci USA 1998; 95: 1201-1206."
    )
    assert item["container-title"].startswith("Proc Natl Acad Sci")


# --- a compound family name after initials ---------------------------------------------------------------


def test_compound_family_name_with_particle_after_initials() -> None:
    item = parse_reference(
        "14 R. Gómez de la Torre, A. B. Smith and C. Jones, Phonon transport in thin films, Phys. Rev. B, 2019, "
        "99, 104301."
    )
    assert item["author"][0]["family"] == "Gómez de la Torre"
    assert item["author"][0]["given"] == "R."


def test_given_name_written_out_before_the_particle_stays_given() -> None:
    item = parse_reference("J. Carlos de Souza and A. Lima, Thin films, Braz. J. Phys. 12, 33 (2001).")
    first = item["author"][0]
    assert first["family"] == "Souza" and first["given"] == "J. Carlos"


# --- a web page's site whose name has a subtitle ---------------------------------------------------------


def test_site_with_subtitle_is_no_place_and_publisher() -> None:
    item = {"type": "webpage", "title": "Counting the uncounted", "publisher-place": "Open Notes",
            "publisher": "A blog on statistics and policy", "URL": "https://example.org/post",
            "custom": {"biblio": {"source": "Reid, M. (2020), Counting the uncounted, Open Notes: A blog on "
                                            "statistics and policy. https://example.org/post"}}}
    site_with_subtitle(item)
    assert item["container-title"] == "Open Notes: A blog on statistics and policy"
    assert "publisher" not in item and "publisher-place" not in item


def test_place_and_publisher_with_a_link_are_kept() -> None:
    item = {"type": "book", "title": "Learning", "publisher-place": "Thousand Oaks", "publisher": "Sage",
            "URL": "https://example.org/book",
            "custom": {"biblio": {"source": "Lee, A. (2020). Learning. Thousand Oaks: Sage. https://example.org/book"}}}
    site_with_subtitle(item)
    assert item["publisher"] == "Sage" and item["publisher-place"] == "Thousand Oaks"


# --- a translator's phrase left as the title's last sentence ----------------------------------------------


def test_translator_phrase_closing_the_title() -> None:
    for phrase, family in (("Translated by Moss, H. J.", "Moss"), ("Traducción de Ana Ruiz Vega", None)):
        item = {"type": "book", "title": f"The Long Road Home. {phrase}"}
        translator_apart(item)
        assert item["title"] == "The Long Road Home"
        assert item["translator"]
        if family:
            assert item["translator"][0]["family"] == family


def test_translated_in_the_titles_words_is_kept() -> None:
    item = {"type": "book", "title": "Poems translated by hand from the Welsh"}
    translator_apart(item)
    assert item["title"] == "Poems translated by hand from the Welsh"


# --- APA's bracketed description, then the publisher -----------------------------------------------------


def test_network_after_the_bracketed_description() -> None:
    item = parse_reference(
        "Glass, I. (Host). (1995–present). *This American life* [Audio podcast]. WBEZ. https://www.thisamericanlife.org/"
    )
    assert item["publisher"] == "WBEZ"
    assert item["medium"] == "Audio podcast"


def test_studio_with_a_digit_after_the_film_description() -> None:
    item = parse_reference("Gerwig, G. (Director). (2017). *Lady Bird* [Film]. A24.")
    assert item["title"] == "Lady Bird"
    assert item["publisher"] == "A24"


def test_labels_after_the_album_description() -> None:
    item = parse_reference("Blur. (1994). *Parklife* [Album]. Food; Parlophone.")
    assert item["publisher"] == "Food; Parlophone"
    assert item["medium"] == "Album"


# --- a journal's city in brackets after its name ---------------------------------------------------------


def test_city_in_brackets_after_the_journal_belongs_to_its_name() -> None:
    item = parse_reference("[4] A. B. Cole and D. F. Marsh, *Nature* (London) **412**, 433 (2001).")
    assert item["container-title"] == "Nature (London)"
    assert "publisher-place" not in item
    assert item["volume"] == "412"


def test_publisher_and_place_of_a_book_are_kept() -> None:
    item = {"type": "book", "title": "Optics", "publisher-place": "London", "volume": "2",
            "custom": {"biblio": {"source": "Born, M. Optics (London) 2"}}}
    bracketed_city_of_journal(item)
    assert item["publisher-place"] == "London"
