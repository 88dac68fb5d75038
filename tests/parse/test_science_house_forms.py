"""Forms of the sciences' house styles and of APA 7 read wrong without a flag: Nature's one-name imprint
(``mends/publisher_split``), an article opening the title after initials (``mends/title_in_names``), the ACS's
chapter (``mends/acs_chapters``), an edition with words before its bracketed imprint (``mends/physics_imprint``),
a firm's legal form after its comma (``mends/publisher_split``), and APA's newspaper page, app and thesis forms
(``readers/apa/parser``, ``normalisers/publisher``)."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_nature_book_imprint_names_the_publisher_not_a_place() -> None:
    item = parse_reference("Alberts, B. et al. Molecular Biology of the Cell 6th edn (Garland Science, 2014).")
    assert item["publisher"] == "Garland Science"
    assert "publisher-place" not in item


def test_a_town_alone_in_the_bracket_stays_the_place() -> None:
    item = parse_reference(
        'Cannon, E. and L. Brunt, "Weekly British Grain Prices from the *London Gazette*, 1770-1820", '
        "[computer file] (Colchester, 2004): UK Data Archive [distributor], SN: 4383."
    )
    assert item.get("publisher") != "Colchester"


def test_an_article_after_the_initials_opens_the_title() -> None:
    item = parse_reference("Hawking, S. A Brief History of Time (Bantam, 1988).")
    assert [a["family"] for a in item["author"]] == ["Hawking"]
    assert item["author"][0]["given"] == "S."
    assert item["title"] == "A Brief History of Time"


def test_acs_chapter_book_editors_and_series_apart() -> None:
    item = parse_reference(
        "(4) Smith, A. B. Catalysis in Water. In Green Chemistry; Brown, C. D., Ed.; ACS Symposium Series 123; "
        "American Chemical Society: Washington, DC, 2012; pp 45–67."
    )
    assert item["container-title"] == "Green Chemistry"
    assert [e["family"] for e in item["editor"]] == ["Brown"]
    assert item["collection-title"] == "ACS Symposium Series"
    assert (item["publisher"], item["publisher-place"]) == ("American Chemical Society", "Washington, DC")


def test_an_edition_with_words_before_the_bracketed_imprint() -> None:
    item = parse_reference(
        "4. M. Nielsen and I. Chuang, Quantum Computation and Quantum Information, 10th anniversary ed. "
        "(Cambridge University Press, Cambridge, 2010)."
    )
    assert (item["publisher"], item["publisher-place"]) == ("Cambridge University Press", "Cambridge")
    assert item["issued"]["date-parts"] == [[2010]]
    assert "note" not in item


def test_a_legal_form_after_the_comma_closes_the_publisher() -> None:
    item = parse_reference(
        "[3] Donald E. Knuth. 1997. The Art of Computer Programming, Vol. 1: Fundamental Algorithms (3rd ed.). "
        "Addison Wesley Longman Publishing Co., Inc., Redwood City, CA."
    )
    assert item["publisher"] == "Addison Wesley Longman Publishing Co., Inc."
    assert item["publisher-place"] == "Redwood City, CA"


def test_apa_print_newspaper_section_page_is_the_page() -> None:
    item = parse_reference(
        "Goldman, C. (2018, November 28). The complicated calculus of fighting forest fires. Chicago Tribune, 2A."
    )
    assert item["page"] == "2A"
    assert "volume" not in item
    assert item["type"] == "article-newspaper"


def test_apa_app_names_its_publisher() -> None:
    item = parse_reference("Kuo, C. (2020). The science of sleep (Version 2.1) [Mobile app]. Sleep Research Lab.")
    assert item["publisher"] == "Sleep Research Lab"
    assert "container-title" not in item


def test_apa_thesis_school_with_its_campus_is_one_name() -> None:
    item = parse_reference(
        "Zhang, L. (2018). Ethics of artificial intelligence [Doctoral dissertation, University of California, "
        "Berkeley]. ProQuest Dissertations and Theses Global."
    )
    assert item["publisher"] == "University of California, Berkeley"
    assert "publisher-place" not in item


def test_chicago_middle_initial_then_the_title_article() -> None:
    item = parse_reference(
        "Churchill, Winston S. The Second World War. Vol. 2, Their Finest Hour. Boston: Houghton Mifflin, 1949."
    )
    assert item["author"] == [{"family": "Churchill", "given": "Winston S."}]
    assert (item["title"], item["volume"]) == ("The Second World War", "2")
    assert item["publisher"] == "Houghton Mifflin"


def test_mla_original_year_then_the_edition_cited() -> None:
    item = parse_reference("Lee, Harper. To Kill a Mockingbird. 1960. Grand Central Publishing, 2006.")
    assert item["issued"]["date-parts"][0][0] == 2006
    assert item["publisher"] == "Grand Central Publishing"
    item = parse_reference(
        "Whitman, Walt. *Leaves of Grass*. 1892. *Project Gutenberg*, 2010, www.gutenberg.org/ebooks/1322."
    )
    assert (item["title"], item["container-title"]) == ("Leaves of Grass", "Project Gutenberg")
    assert item["issued"]["date-parts"][0][0] == 2010


def test_a_stop_after_a_spelled_out_given_name_ends_the_names() -> None:
    item = parse_reference(
        "Wollstonecraft, Mary. A Vindication of the Rights of Woman. 1792. Project Gutenberg, 2002, "
        "www.gutenberg.org/ebooks/3420."
    )
    assert item["author"] == [{"family": "Wollstonecraft", "given": "Mary"}]
    assert item["title"] == "A Vindication of the Rights of Woman"
    assert item["issued"]["date-parts"][0][0] == 2002


def test_mla_post_time_is_no_volume_and_the_bare_address_is_the_url() -> None:
    item = parse_reference(
        "@tombrokaw. “SC demonstrated why all the debates are probably doing more harm than good.” Twitter, "
        "22 Jan. 2012, 3:06 a.m., twitter.com/tombrokaw/status/160996868971704320."
    )
    assert "volume" not in item and "page" not in item
    assert item["URL"] == "twitter.com/tombrokaw/status/160996868971704320"


def test_a_volume_and_page_after_the_year_are_no_clock_time() -> None:
    item = parse_reference(
        "Jay C, Haines R, Katz DS et al. The challenges of theory-software translation [version 1; peer review: "
        "2 approved, 1 approved with reservations]. F1000Research 2020, 9:1192 "
        "(https://doi.org/10.12688/f1000research.25561.1)."
    )
    assert (item["volume"], item["page"]) == ("9", "1192")


def test_mla_database_after_the_date_is_no_part_of_the_journal() -> None:
    item = parse_reference(
        "Chan, Evans. “Postmodernism and Hong Kong Cinema.” Postmodern Culture, vol. 10, no. 3, May 2000. "
        "Project Muse, doi:10.1353/pmc.2000.0021."
    )
    assert item["container-title"] == "Postmodern Culture"


def test_mla_newspaper_site_is_the_container() -> None:
    item = parse_reference(
        "Dean, Cornelia. “Executive on a Mission: Saving the Planet.” The New York Times, 22 May 2007, "
        "www.nytimes.com/2007/05/22/science/earth/22ander.html."
    )
    assert item["container-title"] == "The New York Times"
    assert "publisher" not in item


def test_nlm_book_title_is_not_a_first_publisher() -> None:
    item = parse_reference(
        "4. Murray PR, Rosenthal KS, Kobayashi GS, Pfaller MA. Medical microbiology. 4th ed. St. Louis: Mosby; 2002."
    )
    assert item["title"] == "Medical microbiology"
    assert (item["publisher"], item["publisher-place"]) == ("Mosby", "St. Louis")


def test_ama_chapter_editors_before_the_book() -> None:
    item = parse_reference(
        "19. Pei Y, Chen X. Kidney disease. In: Goldman L, Schafer AI, eds. Goldman-Cecil Medicine. 26th ed. "
        "Elsevier; 2020:750-759."
    )
    assert [e["family"] for e in item["editor"]] == ["Goldman", "Schafer"]
    assert item["container-title"] == "Goldman-Cecil Medicine"


def test_ama_web_page_title_before_updated() -> None:
    item = parse_reference(
        "16. Centers for Disease Control and Prevention. Influenza (flu). Updated March 1, 2021. Accessed April 5, "
        "2021. https://www.cdc.gov/flu/index.htm"
    )
    assert item["title"] == "Influenza (flu)"
    assert item["issued"]["date-parts"] == [[2021, 3, 1]]


def test_nlm_place_with_its_state_in_brackets() -> None:
    item = parse_reference(
        "8. Borkowski MM. Infant sleep and feeding: a telephone survey of Hispanic Americans [dissertation]. "
        "Mount Pleasant (MI): Central Michigan University; 2002."
    )
    assert (item["publisher"], item["publisher-place"]) == ("Central Michigan University", "Mount Pleasant (MI)")


def test_ieee_volume_title_before_the_editors() -> None:
    item = parse_reference(
        "[3] G. O. Young, “Synthetic structure of industrial plastics,” in Plastics, vol. 3, Polymers of "
        "Hexadromicon, J. Peters, Ed., 2nd ed. New York, NY, USA: McGraw-Hill, 1964, pp. 15–64."
    )
    assert item["editor"] == [{"family": "Peters", "given": "J."}]
    assert (item["container-title"], item["volume"]) == ("Plastics", "3")


def test_ieee_access_word_is_no_part_of_the_site() -> None:
    item = parse_reference(
        "[4] M. Shell. “IEEEtran homepage.” IEEE.org. Accessed: Oct. 12, 2023. [Online]. Available: "
        "https://www.michaelshell.org/tex/ieeetran/"
    )
    assert item["container-title"] == "IEEE.org"
    assert item["accessed"]["date-parts"] == [[2023, 10, 12]]


def test_harvard_revised_edition_after_the_title() -> None:
    item = parse_reference(
        "Williams, R. (1983) Keywords: a vocabulary of culture and society. Rev. edn. London: Fontana."
    )
    assert item["title"] == "Keywords: a vocabulary of culture and society"
    assert (item["publisher"], item["publisher-place"]) == ("Fontana", "London")
