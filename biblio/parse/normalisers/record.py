"""Normalisers of the whole record, run on whichever reading the chooser took (the model's or a structured
reader's), in this order: each repairs one convention that any reading may leave in the wrong field, in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from biblio.parse.normalisers.annotations import annotation_after_imprint
from biblio.parse.normalisers.container import (
    acronym_closing_container,
    advance_state_apart,
    advance_state_in_note,
    author_after_italic_container,
    blog_site_apart,
    bracketed_city_of_journal,
    company_is_publisher,
    description_end_apart,
    editor_read_as_container,
    in_container_note,
    issue_word_apart,
    journal_after_in_apart,
    journal_year_read_as_publisher,
    letter_description_apart,
    magazine_word_apart,
    medium_closing_container,
    medium_read_as_publisher,
    meeting_date_closing_container,
    no_date_is_no_container,
    online_host_apart,
    online_outlet_apart,
    quoted_book_in_note,
    quoted_container_described,
    roman_pages_apart,
    site_after_from,
    site_closing_page_title,
    site_named_website,
    spanish_in_container,
    special_issue_apart,
    title_opening_on_in,
    words_before_italic_container,
)
from biblio.parse.normalisers.databases import database_closing_apart
from biblio.parse.normalisers.dates import day_of_year_apart, no_date_closing_title
from biblio.parse.normalisers.edition import (
    edition_apart,
    edition_imprint_in_note,
    first_edition_year_apart,
    french_edition_apart,
    named_edition,
    printing_apart,
    year_edition_closing_title,
)
from biblio.parse.normalisers.figure_notes import figures_after_title_dash
from biblio.parse.normalisers.identifiers import math_reviews_number_apart
from biblio.parse.normalisers.jstor_editors import editors_given_last
from biblio.parse.normalisers.named_roles import contributors_before_role
from biblio.parse.normalisers.numbered_documents import (
    numbered_document,
    opening_designation,
    patent_issue_day,
    rfc_read_as_author,
)
from biblio.parse.normalisers.paper_series import paper_series, series_closing_title
from biblio.parse.normalisers.publisher import (
    body_read_as_person,
    body_repeated_as_publisher,
    company_line_after_colon,
    degree_before_school,
    ebook_format_after_publisher,
    editors_read_as_publisher,
    extent_apart,
    format_before_publisher,
    host_is_no_place,
    imprint_apart,
    imprint_closing_book,
    language_note_apart,
    part_opening_place,
    platform_before_place,
    press_name_cut_into_place,
    publisher_alone_in_note,
    publisher_before_place,
    publisher_pieces_apart,
    region_opening_publisher,
    report_body_is_publisher,
    repository_is_publisher,
    school_read_as_place,
    short_name_repeated_as_publisher,
    site_with_subtitle,
    subtitle_before_imprint,
    trade_closing_publisher,
    unknown_imprint_marks,
)
from biblio.parse.normalisers.report_series import body_number_apart, report_series
from biblio.parse.normalisers.series import (
    bracketed_series_after_publisher,
    equals_series_closing_container,
    named_collection_apart,
    series_apart,
    series_of_book,
    series_run_on_title,
)
from biblio.parse.normalisers.series_before_publisher import series_before_publisher
from biblio.parse.normalisers.title import (
    date_closing_title,
    editor_phrase_closing_title,
    journal_head_closing_title,
    journal_part_opening_container,
    kind_closing_italic_title,
    ordinal_closing_title,
    original_year_closing_title,
    part_number_closing_title,
    repository_slug_as_title,
    short_note_title,
    source_read_for_title,
    sub_verbo_apart,
    title_cut_at_abbreviation,
    translator_apart,
    unicode_report_title,
)
from biblio.parse.normalisers.translations import translation_closing_title
from biblio.parse.normalisers.venues import (
    in_before_venue_acronym,
    meeting_sentence_closing_title,
    number_closing_proceedings,
    publishing_body_closing_container,
    repeated_year_apart,
    scholar_proceedings,
    series_closing_venue,
    server_holds_preprint,
    short_name_of_venue,
    short_name_year_closes_venue,
    venue_acronym_as_publisher,
    venue_closing_title,
    venue_short_name_after_proceedings,
    year_after_venue_acronym,
    year_closing_venue,
    year_cut_off_proceedings,
    year_of_bracketed_short_name,
    year_span_read_as_pages,
)
from biblio.parse.normalisers.version import version_apart
from biblio.parse.normalisers.volume import (
    chapter_range_is_pages,
    german_pages_in_note,
    newspaper_pages_read_as_volume,
    number_over_year,
    paired_volumes,
    part_note_is_issue,
    range_closing_article_is_pages,
    series_bracket_in_publisher,
    series_number_closing_series,
    series_number_in_note,
)
from biblio.parse.normalisers.volumes import (
    closing_count_apart,
    roman_volume_after_journal,
    volume_closing_name,
    volumes_apart,
)

STEPS: tuple[Callable[[dict[str, Any]], None], ...] = (
    year_span_read_as_pages,  # "1941-4, pp. 28-33": the years, then the pages
    volumes_apart,  # "3 vols.", "Vol. 8 of *Whole*"
    closing_count_apart,  # "…, 1937. 3V.", "(in 6 Vols.)": the count of volumes, no page or edition
    volume_closing_name,  # "In Ed, editor, Book, Vol. 2, pages …"
    roman_volume_after_journal,  # "«Lettere Italiane», XXVI", "*Bulletin Hispanique*, VII (1905)"
    extent_apart,  # "Prentice Hall, 720p": the work's length
    part_opening_place,  # "C. I. Ankara", "Volume II, London": the volume, then the town
    translation_closing_title,  # "Cím [Title in English]": the translation, no part of the title
    contributors_before_role,  # older MLA's "*Book*. Vern L. Bullough, ed. Place: …"
    editors_read_as_publisher,  # "In Book, A. Lee and J. Roe, eds. Place: Publisher"
    editors_given_last,  # JSTOR's "edited by Pellew Jill and Goldman Lawrence": family name first
    edition_apart,  # "Verlag, 22. Auflage" holds the edition
    french_edition_apart,  # "Librairie Belin, Seconde édition", "*Title, Fourth Edition*": the edition
    trade_closing_publisher,  # "Louis Vivès, libraire-éditeur": the firm's trade, no part of its name
    year_edition_closing_title,  # "*Title* (2008) 5th ed.": the year and the edition, no part of the title
    original_year_closing_title,  # "La Argentina [1602]. … 1912": the first appearance's year
    first_edition_year_apart,  # "1ère éd. 1939, Paris, Albin Michel, 1994": the first edition's year
    named_edition,  # "Rev. ed." is the edition "Rev"
    printing_apart,  # "…, 9th printing" closing the title
    edition_imprint_in_note,  # "(3rd ed.) The Bat Conservation Trust, London" left as a note
    language_note_apart,  # "(in Korean with English abstract)" is no publisher
    series_of_book,
    equals_series_closing_container,  # "Book (= Nova mediaevalia. Band 24)": the series and its number
    series_apart,
    series_run_on_title,  # "… and Beyond WUNT 417. Tübingen: …": the series run on after the title
    named_collection_apart,  # "Gallimard, Collection Tel": the collection, no part of the publisher
    format_before_publisher,  # Harvard's "image, Publisher"
    degree_before_school,  # "Proefschrift Universiteit Leiden": the thesis's kind, then its school
    ebook_format_after_publisher,  # "Zondervan. Kindle Edition."
    subtitle_before_imprint,  # "Title. Subtitle, parts. Lisboa, Publisher": the subtitle, no place
    imprint_apart,  # Harvard's "Publisher, Place"
    imprint_closing_book,  # "in: Eds (coord.), Book. Coimbra, Imprensa …": the book's imprint
    press_name_cut_into_place,  # "Cambridge, Cambridge | University Press"
    publisher_before_place,  # "StataCorp LP: College Station, TX"
    company_line_after_colon,  # "Gale: A Cengage Company"
    region_opening_publisher,  # "Vancouver, | BC: New Star Books": the province's code is the place's
    body_repeated_as_publisher,  # "StataCorp. Title. StataCorp LP: …"
    body_read_as_person,  # "Europeana Newspapers. *Title.* Europeana Newspapers, 2015."
    unknown_imprint_marks,  # "N.p.: n.p., 1901.": no place, no publisher
    publisher_pieces_apart,  # "second edition; Clarendon Press" read as one publisher
    bracketed_series_after_publisher,  # "Paris, Seuil (Points Histoire), 1990"
    site_with_subtitle,
    title_opening_on_in,  # "*In Defense of Pure Reason*" is the title
    host_is_no_place,  # "Linux.com" is a site, no town
    platform_before_place,  # a ludography's "Xbox 360, United States: Publisher"
    repository_is_publisher,  # a dataset's "Zenodo"
    report_body_is_publisher,  # "Technical Report 4, USAF School of …": the body that issued it
    publisher_alone_in_note,  # "pp. 874-884: PMLR." with the publisher read as the note
    school_read_as_place,  # "D. Phil. thesis, Oxford": the school
    version_apart,
    translator_apart,
    source_read_for_title,  # a title read as the record's source database
    editor_phrase_closing_title,  # "Saggi (a cura di Giovanni da Pozzo)"
    sub_verbo_apart,  # 's.v. "Fortune."': the entry's headword
    repository_slug_as_title,  # "owner/repo. (n.d.).": the title where the author goes
    title_cut_at_abbreviation,  # "… IoT-based App. Development, Journal of …": the title's words
    journal_head_closing_title,  # "…, Spectrochim. Acta A Mol. …": the journal's first word
    part_number_closing_title,  # "… of the rat. II. Am. J. Psychol.": the part's number is the title's
    journal_part_opening_container,  # "… response. Proc IMechE, Part G: J …": the journal's head
    kind_closing_italic_title,  # MLA's "*Delpher.* Database.": the kind of work, no part of the title
    bracketed_city_of_journal,
    journal_year_read_as_publisher,  # Vancouver's "BMC Public Health 2019. DOI:": the journal
    special_issue_apart,  # a journal's special issue is no part of its name
    advance_state_apart,  # "AIAA J, Article in Advance": the article's state
    advance_state_in_note,  # "Management Sci., ePub ahead of print September 11": the journal, its state
    meeting_date_closing_container,  # Sage's "In: Proceedings …. August 2014, Lyon": the paper's date
    issue_word_apart,  # "Museum Practice, Issue No. 12": the word for the issue
    medium_closing_container,  # Harvard's "Nature [online]": the medium, no part of the name
    medium_read_as_publisher,  # MLA's "2015. Web. URL": the medium, no publisher
    quoted_container_described,  # in "Book" [Training manual]: the name in the quotes, the kind its genre
    letter_description_apart,  # "'Title', letter to council leaders, 5 February.": the letter's kind, no container
    acronym_closing_container,  # "Report 2016. ISSC": the publisher's acronym closing the book's name
    words_before_italic_container,  # "In the *Dictionary …*", "in Levine, *Book*"
    author_after_italic_container,  # "in *Book* by Sasha Sokolov": the book's author
    roman_pages_apart,  # "The meme machine, vii-xvii"
    no_date_is_no_container,  # "(n.d.)" after a page's title names no site
    online_host_apart,  # "Online at Gutenberg": the site, no publisher
    online_outlet_apart,  # "Title. [Online] Wikipedia, 2022.": the outlet holds the work, no publisher
    company_is_publisher,  # "PeerJ Inc." publishes, contains nothing
    editor_read_as_container,  # "Title. N. J. Kippenhan (Ed.). New York: …"
    site_after_from,  # "From MathWorld--A Wolfram Web Resource."
    site_closing_page_title,  # "Page — Wikipedia. Retrieved …", "Title. Spotify. https://…"
    blog_site_apart,  # "…, OpenSSF Blog": the weblog, no publisher
    description_end_apart,  # "[Tweet], Greta Thunberg" read as "Tweet], Greta Thunberg"
    database_closing_apart,  # the Style Manual's "…, accessed …, IBISWorld database."
    site_named_website,  # the Style Manual's "*Title*, ZDNet website, accessed …"
    magazine_word_apart,  # "*Runner's World* magazine": the kind of periodical, no part of its name
    quoted_book_in_note,  # '"Chapter" in "Book"'
    in_container_note,  # "‘Title’ in Rivista d’Arte, 1933"
    spanish_in_container,  # '"Título", en *Libro*, ed. …': the book the chapter is in
    journal_after_in_apart,  # "Museum Informatics in Annual Review of …": the title, then the journal
    annotation_after_imprint,  # "Penguin, 1966. A readable translation.": a remark
    series_closing_title,  # "Title. IMF Working Papers 09/202. Publisher.": the series, no sentence of the title
    paper_series,
    report_series,
    date_closing_title,  # "Appraisal, October 2014" after "(2014)": the date again
    day_of_year_apart,  # "(2019) “Title”, 17 Jun 2019, GitHub repository": the day of the year read first
    no_date_closing_title,  # "Post-hoc (no date) Available at": the mark of no date, no part of the title
    unicode_report_title,  # "Unicode Standard Annex #15: Title" is the title
    short_note_title,  # "DLUHC, NPPF, pp. 71-72.": the document's short name
    ordinal_closing_title,  # "Title, 15th" before "National … Conference"
    part_note_is_issue,  # "Volume 2, part 4": the part is the issue
    german_pages_in_note,  # "(Series, H. 41), S. 23-36.": the pages left in the note
    series_number_in_note,  # "(Series, H. 41)": the series' number left in the note
    series_number_closing_series,  # "(Sammlung Metzler. Bd. 74)": the series' number read into its name
    series_bracket_in_publisher,  # "Steiner (Epistemata, H. 7)": the series and its number after the publisher
    number_over_year,  # "132/2014": the volume (or a monthly's issue) over the year
    paired_volumes,  # "7/8 (1982–83)": two volumes bound as one
    range_closing_article_is_pages,  # "Journal , 1–19.": the pages, no volume
    chapter_range_is_pages,  # Copernicus's "edited by: …, 337–359, Elsevier": the chapter's pages
    newspaper_pages_read_as_volume,  # APA's "*Chicago Tribune*, 1, 4–6." dated by the day: the pages
    body_number_apart,  # "Texas A&M AgriLife Extension, E-273": the bulletin's number
    series_before_publisher,  # Chicago's "*Circular Técnica 80*. Embrapa Trigo."
    rfc_read_as_author,  # "RFC 2396, Berners-Lee T, …": the number, no author
    opening_designation,  # "ISO/IEC 10181-3:1996 Title": the designation first, no authors
    numbered_document,  # "U.S. Patent 3 624 125", "IEEE Std 802.11-2020": no journal with its volume
    math_reviews_number_apart,  # "Wiley, New York. MR0595165": the review's number, a note
    patent_issue_day,  # "1876. … filed February 14, 1876, and issued March 7, 1876.": the day it was issued
    year_cut_off_proceedings,  # "Proceedings of PKC 2006, to appear": the year is the name's
    scholar_proceedings,  # Scholar's '"Title." Series 2015: …, Proceedings, Part I 35. Springer, 2015.'
    venue_closing_title,  # "Title Proceedings of … (ICML).": the meeting closes the reference
    meeting_sentence_closing_title,  # "Title. International Conference on … Representations, 2015.": the meeting
    short_name_of_venue,  # "Workshop on … (WHISPERS), 2016": the bracket is the meeting's name
    short_name_year_closes_venue,  # "Proceedings of … management. CIKM ’14, pp": the short name closes it
    repeated_year_apart,  # "… Systems (2016).": the head's year again, no issue
    series_closing_venue,  # "…, PMLR 119:4692-4701": the series is no part of the book
    server_holds_preprint,  # "Title. ArXiv.": the server holds the preprint
    venue_acronym_as_publisher,  # "Title. VLDB, 2009.": the meeting holds the paper
    venue_short_name_after_proceedings,  # "In: Proceedings of … Pattern Recognition. CVPR.": the meeting again
    year_closing_venue,  # "In: … conference on … (ICAC3N), 2021, pp.": the paper's year, no part of the name
    in_before_venue_acronym,  # "In Nips, volume 1": the meeting's acronym alone
    number_closing_proceedings,  # "Proc. SPIE 3068, …": the volume closing the proceedings' name
    year_after_venue_acronym,  # "NeurIPS 2023.": the meeting named with its year, the paper's year
    year_of_bracketed_short_name,  # "Workshop on IR (IR'95).": the meeting's year, the paper's where none is read
    publishing_body_closing_container,  # "Computer, IEEE, 42(8)": the society publishes the periodical
    short_name_repeated_as_publisher,  # "Body (RBA) (2024) *Title*. RBA.": the body publishes, no site
    figures_after_title_dash,  # "„Title" – Rang 22/190 URL": the source's figures, a note
)


def normalise_record(item: dict[str, Any]) -> dict[str, Any]:
    """(In place.) Every step of ``STEPS``, in order."""
    for step in STEPS:
        step(item)
    return item
