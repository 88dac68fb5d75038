"""Forms the style guides print, typed by hand in Chicago's notes, MLA 9, IEEE and a physics style: each was read
wrong before its mend (a locator after a note's facts, a given name read into an MLA title, a standard's number
left as an issue, a physics book's series read as a journal)."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_note_locator_after_the_facts_is_a_note() -> None:
    item = parse_reference(
        "4. Ruth Abel and Tom Grey, eds., *The Settlers' Charter* (Boston: Harbor Press, 1991), chap. 4, doc. 12, "
        "http://example.org/charter/."
    )
    assert item["type"] == "book"
    assert item["title"] == "The Settlers' Charter"
    assert "container-title" not in item and "volume" not in item and "page" not in item
    assert item["note"] == "chap. 4, doc. 12"
    assert item["URL"] == "http://example.org/charter/"


def test_note_ebook_format_before_the_locator_is_the_medium() -> None:
    item = parse_reference(
        "7. Edith Warren, *North of the River* (London: Quill Books, 2009), Kindle edition, chap. 2."
    )
    assert item["medium"] == "Kindle edition"
    assert item["note"] == "chap. 2"
    assert "page" not in item


def test_note_year_read_into_the_publisher_is_the_date() -> None:
    item = parse_reference(
        "2. Daniel Ross, *Slow Thinking, Fast Rivers* (New York: Farrar, Straus and Giroux, 2014), chap. 5, Kindle."
    )
    assert item["publisher"] == "Farrar, Straus and Giroux"
    assert item["issued"] == {"date-parts": [[2014]]}
    assert item["medium"] == "Kindle"


def test_mla_given_name_before_an_italic_title() -> None:
    item = parse_reference("Alvarado, Celia. *Reading the Unreadable*. 2012. U of Texas, PhD dissertation.")
    assert item["author"] == [{"family": "Alvarado", "given": "Celia"}]
    assert item["title"] == "Reading the Unreadable"


def test_title_word_before_an_italic_title_stays_in_the_title() -> None:
    from biblio.parse.mends.given_names import _given_word

    assert _given_word("Celia") and not _given_word("Introduction") and not _given_word("Review")


def test_ieee_standard_number_leaves_no_issue() -> None:
    item = parse_reference("[8] Wireless Mesh Procedures, IEEE Standard 802.15, 2011.")
    assert item["type"] == "standard"
    assert item["number"] == "IEEE Standard 802.15"
    assert "issue" not in item and "volume" not in item and "container-title" not in item


def test_physics_book_series_with_its_volume_is_no_journal() -> None:
    item = parse_reference(
        "12. A. Petrov and B. Ivanova, Statistical Physics: Part One, 2nd ed., Course of Applied Physics Vol. 5 "
        "(Pergamon, Oxford, 1980)."
    )
    assert item["type"] == "book"
    assert item["collection-title"] == "Course of Applied Physics"
    assert "container-title" not in item
    assert item["publisher"] == "Pergamon"


def test_harvard_outlet_day_and_month_after_its_italic_name() -> None:
    item = parse_reference(
        "Sky News (2021) 'Rail fares to rise by 4%', *Sky News*, 6 March. Available at: "
        "https://news.sky.com/story/rail-fares-123 (Accessed: 7 March 2021)."
    )
    assert item["container-title"] == "Sky News"
    assert item["issued"] == {"date-parts": [[2021, 3, 6]]}


def test_eu_document_number_closes_the_title() -> None:
    item = parse_reference("European Commission (2019). The European Green Deal. COM(2019) 640 final. Brussels.")
    assert item["title"] == "The European Green Deal"
    assert item["number"] == "COM(2019) 640 final"


def test_nature_book_edition_and_bracketed_imprint() -> None:
    item = parse_reference("3. Hartley, B. et al. *Molecular Signalling of the Cell* 6th edn (Garland Science, 2014).")
    assert item["type"] == "book"
    assert item["title"] == "Molecular Signalling of the Cell"
    assert item["edition"] == "6"
    assert item["publisher"] == "Garland Science"
    assert "container-title" not in item and "publisher-place" not in item


def test_ama_book_edition_after_the_italic_title() -> None:
    item = parse_reference("3. Mehta DL, Ortiz EJ. *Renal Medicine*. 2nd ed. Lippincott Williams & Wilkins; 2017.")
    assert item["title"] == "Renal Medicine"
    assert item["edition"] == "2"
    assert item["publisher"] == "Lippincott Williams & Wilkins"


def test_apa_in_spanish_keeps_its_edition() -> None:
    item = parse_reference("Ramos, M. y Vidal, A. (2018). *Estadística aplicada* (2.ª ed.). Madrid: Síntesis.")
    assert item["edition"] == "2"
    assert "note" not in item
    assert item["publisher"] == "Síntesis"


def test_plain_title_read_into_the_italic_journal_after_it() -> None:
    item = parse_reference(
        "Costa, J. A. da; Lima, M. (2017). Educação e cidade. *Revista Brasileira de Educação*, v. 22, n. 68, p. 12-30."
    )
    assert item["title"] == "Educação e cidade"
    assert item["container-title"] == "Revista Brasileira de Educação"


def test_journal_abbreviation_after_the_title_comma_opens_the_journal() -> None:
    item = parse_reference(
        "[7] Y. Kato , L. Bauer , Gradient-based learning applied to speech recognition , Proc. IEEE 88 ( 4 ) ( 2000 ) "
        "512 – 530 ."
    )
    assert item["title"] == "Gradient-based learning applied to speech recognition"
    assert item["container-title"] == "Proc. IEEE"


def test_apa_statistics_catalogue_number_is_the_number() -> None:
    item = parse_reference(
        "Statistics Bureau of Ruritania. (2020). *Census of farms: Regional tables* (Cat. No. 7121.0). "
        "https://www.stats.example.org/census"
    )
    assert item["number"] == "7121.0"
    assert "note" not in item


def test_apa_artwork_bracket_after_the_italic_title_is_its_medium() -> None:
    item = parse_reference(
        "Hale, D. (1938). *Dust bowl farmer* [Photograph]. Museum of Modern Art, New York, NY, United States. "
        "https://www.moma.org/collection/works/1234"
    )
    assert item["title"] == "Dust bowl farmer"
    assert item["medium"] == "Photograph"
    assert "collection-title" not in item
    # the museum holding the work and its place: CSL's archive, no publisher (APA 10.14)
    assert item["archive"] == "Museum of Modern Art"
    assert "publisher" not in item


def test_apa_forum_community_is_the_author_not_the_title() -> None:
    item = parse_reference(
        "r/askscience. (2021, May 4). *Why is the sky blue at noon?* [Online forum post]. Reddit. "
        "https://www.reddit.com/r/askscience/comments/xyz"
    )
    assert item["author"] == [{"literal": "r/askscience"}]
    assert item["title"] == "Why is the sky blue at noon?"


def test_ieee_access_date_with_its_colon_is_accessed_not_issued() -> None:
    item = parse_reference(
        '[15] "Tokenizers documentation," Hugging Face. Accessed: Jan. 12, 2024. [Online]. Available: '
        "https://huggingface.co/docs/tokenizers"
    )
    assert item["accessed"] == {"date-parts": [[2024, 1, 12]]}
    assert "issued" not in item and "note" not in item


def test_apa_named_edition_in_brackets() -> None:
    item = parse_reference("Brooks, F. P., Jr. (1995). *The tar pit: Essays on software* (Anniversary ed.). Wesley.")
    assert item["edition"] == "Anniversary"
    assert "note" not in item


def test_nlm_generational_suffix_after_the_initials() -> None:
    item = parse_reference(
        "6. Hollis LC 3rd, Benton FG, VanDam JP, editors. Operative surgery. 2nd ed. New York: McGraw-Hill; 2004."
    )
    assert item["editor"][0] == {"family": "Hollis", "given": "LC", "suffix": "3rd"}
    assert [e["family"] for e in item["editor"]] == ["Hollis", "Benton", "VanDam"]


def test_uk_command_paper_number_is_no_container() -> None:
    item = parse_reference(
        "Home Office (2014) *Reforming the police*. (Cm 8901). London: The Stationery Office."
    )
    assert item["number"] == "Cm 8901"
    assert "container-title" not in item
    assert item["publisher"] == "The Stationery Office"


def test_house_paper_number_leaves_the_publisher() -> None:
    item = parse_reference(
        "Department for Transport (2018) *Annual report and accounts 2017–18*. London: The Stationery Office (HC 1120)."
    )
    assert item["number"] == "HC 1120"
    assert item["publisher"] == "The Stationery Office"


def test_mla_general_editor_is_one_editor() -> None:
    item = parse_reference(
        "Greenwood, Stephen, general editor. *The Norton Anthology of World Poetry*. 4th ed., W. W. Norton, 2019."
    )
    assert item["editor"] == [{"family": "Greenwood", "given": "Stephen"}]
    assert item["title"] == "The Norton Anthology of World Poetry"


def test_mla_series_after_the_imprint_year() -> None:
    item = parse_reference(
        "Hollis, Audrey. *Voices Apart: Essays and Speeches*. 1986. Harbor Press, 2009. Harbor Press Feminist Series."
    )
    assert item["publisher"] == "Harbor Press"
    assert item["collection-title"] == "Harbor Press Feminist Series"


def test_a_volume_written_close_is_no_dotted_name() -> None:
    # "Vol.3" is a locator, not a file name or version like "Calls.jl" or "v0.6.0" that the title runs through
    item = parse_reference(
        "Schnackenburg, Rudolf, The Gospel According to St John: Vol.3 (tr. David Smith and G.A. Kon), London: "
        "Burns & Oates, 1987."
    )
    assert item["volume"] == "3"
    assert "Vol.3" not in item["title"]


def test_mdpi_report_title_holding_its_year_before_the_imprint() -> None:
    item = parse_reference(
        "2. World Health Organization. Global Status Report on Road Safety 2018; WHO: Geneva, Switzerland, 2018. "
        "Available online: https://www.who.int/publications/i/item/9789241565684 (accessed on 5 March 2021)."
    )
    assert item["title"] == "Global Status Report on Road Safety 2018"
    assert "container-title" not in item and "collection-title" not in item
    assert item["publisher"] == "WHO"


def test_iop_journal_with_a_section_after_its_colon() -> None:
    item = parse_reference(
        "[1] Smith J and Doe A 2019 Spin transport in bilayer ribbons J. Phys.: Condens. Matter 31 123001"
    )
    assert item["title"] == "Spin transport in bilayer ribbons"
    assert item["container-title"] == "J. Phys.: Condens. Matter"


def test_apa_audiobook_maker_is_its_publisher() -> None:
    item = parse_reference(
        "Harlan, B., & Moss, T. (2018). *Rules to work by: Notes on human choices* (K. Lane, Narr.) [Audiobook]. "
        "Brilliance Audio. http://example.com/rules"
    )
    assert item["type"] == "book"
    assert item["publisher"] == "Brilliance Audio"
    assert "container-title" not in item
