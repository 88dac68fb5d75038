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
