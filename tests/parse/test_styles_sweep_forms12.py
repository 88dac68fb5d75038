"""Conventions the styles sweep's round styles12 showed biblio reading wrong (benchmarks/styles_sweep.py: real
records rendered through 45 styles); each reference here is typed by hand in that style, none is a sweep entry."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_nlm_publisher_before_year_then_doi_or_address() -> None:
    # NLM/AMA: ``Title. Publisher; Year.`` with the DOI, the address or the day cited after the year
    rec = parse_reference(
        "12. Okafor C, Lindgren B. Coastal erosion monitoring with low-cost drones. Marine Science Institute; "
        "2019. doi:10.5555/msi.2019.04"
    )
    assert (rec.get("title"), rec.get("publisher")) == (
        "Coastal erosion monitoring with low-cost drones",
        "Marine Science Institute",
    )
    assert rec.get("DOI") == "10.5555/msi.2019.04"
    rec = parse_reference(
        "4. Haddad T. Riverflow [Internet]. Open Hydrology Project; 2022 [cited 2023 Jan 5]. Available from: "
        "https://example.org/riverflow"
    )
    assert rec.get("publisher") == "Open Hydrology Project"
    assert rec.get("URL") == "https://example.org/riverflow"
    # a subtitle's colon before ``; Year`` and an address is no ``Place: Publisher``
    rec = parse_reference(
        "Okafor C, Lindgren B. Field Notes on Erosion: A Surveyor's Handbook; 2016. Available from: "
        "https://example.org/erosion.pdf."
    )
    assert rec.get("title") == "Field Notes on Erosion: A Surveyor's Handbook"
    assert "publisher" not in rec and "publisher-place" not in rec


def test_nlm_site_before_internet() -> None:
    # NLM's page in an online periodical or site: ``Title. Site [Internet]. 2019 Mar 2. Available from: URL``
    rec = parse_reference(
        "7. Marsh K. How tidal gauges drift over a decade. Coastal Notes [Internet]. 2019 Mar 2. Available from: "
        "https://example.org/coastal/tidal-gauges"
    )
    assert (rec.get("title"), rec.get("container-title")) == ("How tidal gauges drift over a decade", "Coastal Notes")


def test_ama_site_before_published_online() -> None:
    # AMA 11's web page: ``Title. Site. Published online Month D, YYYY. URL`` or the date alone before the address
    rec = parse_reference(
        "3. Ruiz P. Ten habits of careful field botanists. Botany Today. Published online June 4, 2020. "
        "https://example.org/botany/ten-habits"
    )
    assert (rec.get("title"), rec.get("container-title")) == ("Ten habits of careful field botanists", "Botany Today")
    rec = parse_reference(
        "9. Nakamura E. Why bridges hum in the wind. Structures Weekly. October 12, 2018. https://example.org/hum"
    )
    assert (rec.get("title"), rec.get("container-title")) == ("Why bridges hum in the wind", "Structures Weekly")


def test_cell_publisher_in_closing_brackets() -> None:
    # Cell Press: a book is ``Names (Year). Title (Publisher).``
    rec = parse_reference("14. Hartmann, L., and Osei, K. (2011). Soil Microbial Ecology (Harcourt Academic).")
    assert (rec.get("title"), rec.get("publisher")) == ("Soil Microbial Ecology", "Harcourt Academic")
    # an acronym of the title's words or the copy's format stays with the title
    rec = parse_reference("Lee, J. (2020). Open Source Geospatial Toolkit (OSGT).")
    assert rec.get("title") == "Open Source Geospatial Toolkit (OSGT)"
    assert "publisher" not in rec


def test_dblp_meeting_place_and_days_before_pages() -> None:
    # DBLP's proceedings name holds the meeting's place and days; APA sets the pages after it, Chicago the year
    rec = parse_reference(
        "Ortiz, P., & Weller, S. (2015). Fast sparse sketches. Proceedings of the 47th Annual ACM Symposium on "
        "Theory of Computing, STOC 2015, Portland, OR, USA, June 14-17, 2015, 21–30."
    )
    assert rec.get("container-title") == (
        "Proceedings of the 47th Annual ACM Symposium on Theory of Computing, STOC 2015, Portland, OR, USA, "
        "June 14-17, 2015"
    )
    assert "publisher-place" not in rec and rec.get("page") == "21-30"
    rec = parse_reference(
        "Ortiz, Pablo, and Sarah Weller. “Fast Sparse Sketches.” Proceedings of the 47th Annual ACM Symposium on "
        "Theory of Computing, STOC 2015, Portland, OR, USA, June 14-17, 2015, 2015, 21–30."
    )
    assert "publisher-place" not in rec and rec["container-title"].endswith("June 14-17, 2015")


def test_chapter_imprint_in_brackets_after_book() -> None:
    # MHRA, the APS and AIP: ``in Book (Publisher, Year)``; a comma before the year makes it an imprint, where a
    # meeting's bracket has none (``(SciPy 2009)``)
    rec = parse_reference(
        "[8] K. Osei and L. Hartmann, Sampling soil fungi, in Open Data Curation: Community Standards for Field Data "
        "Preservation (Association of College and Research Libraries, 2021)."
    )
    assert rec.get("container-title") == "Open Data Curation: Community Standards for Field Data Preservation"
    assert rec.get("publisher") == "Association of College and Research Libraries"


def test_cell_chapter_publisher_in_brackets() -> None:
    # Cell Press: ``In Book (Publisher), pp. 45–61.``
    rec = parse_reference("5. Osei, K. (2004). Root exudates. In Handbook of Rhizosphere Biology (Springer), pp. 4–6.")
    assert (rec.get("container-title"), rec.get("publisher")) == ("Handbook of Rhizosphere Biology", "Springer")
    # and the book's editors before the bracket: ``In Book, A. Name and B. Name, eds. (Publisher)``
    rec = parse_reference(
        "6. Osei, K. (2004). Root exudates. In Rhizosphere Biology, L. M. Hartmann and P. Ortiz, eds. (Springer), "
        "pp. 45–61."
    )
    assert (rec.get("container-title"), rec.get("publisher")) == ("Rhizosphere Biology", "Springer")
    assert [n.get("family") for n in rec.get("editor", [])] == ["Hartmann", "Ortiz"]
    rec = parse_reference("7. Osei, K. (1999). Maps. In Field Notes, Royal Society of Ghana, ed. (Anansi), pp. 4–6.")
    assert (rec.get("container-title"), rec.get("publisher")) == ("Field Notes", "Anansi")
    assert rec.get("editor") == [{"literal": "Royal Society of Ghana"}]


def test_science_book_imprint_bracket_after_initials_names() -> None:
    # Science and PNAS: ``J. A. Name, Title (Publisher, Year).`` (a title the model took for names), and with the place
    rec = parse_reference("12. M. T. Reyes, Poesías Completas (Biblioteca Nacional, 1965).")
    assert (rec.get("title"), rec.get("publisher")) == ("Poesías Completas", "Biblioteca Nacional")
    rec = parse_reference("7. R. Lind, Walden Revisited (Grim and Drang, New York, 1988).")
    assert (rec.get("title"), rec.get("publisher"), rec.get("publisher-place")) == (
        "Walden Revisited",
        "Grim and Drang",
        "New York",
    )


def test_author_date_publisher_closing_the_reference() -> None:
    # Chicago author-date, Elsevier Harvard, the AAA: ``Names. Year. Title. Publisher.`` (its place after a comma)
    rec = parse_reference("Osei, Kwame. 2011. Forest Soils of the Volta Basin. Kumasi Field Station.")
    assert (rec.get("title"), rec.get("publisher")) == ("Forest Soils of the Volta Basin", "Kumasi Field Station")
    rec = parse_reference("Hartmann, L., Ortiz, P., 2019. Mapping Coastal Wetlands. Tidewater Data Trust, Boston.")
    assert (rec.get("title"), rec.get("publisher"), rec.get("publisher-place")) == (
        "Mapping Coastal Wetlands",
        "Tidewater Data Trust",
        "Boston",
    )
    # one word alone may be a place, a journal in press or a publisher (AnyStyle's ``1787. Title. Worcester.``)
    rec = parse_reference("Osei, Kwame. 1850. A Specimen of Printing Types. Salem.")
    assert "publisher" not in rec
    # a kind of work closing it is no publisher
    rec = parse_reference("Osei, Kwame. 2011. Soil Microbial Ecology in Practice. Unpublished manuscript.")
    assert "publisher" not in rec


def test_cite_them_right_no_date() -> None:
    # Cite Them Right writes ``(no date)`` with no stop after the title or before the next part
    rec = parse_reference(
        "Tidal Gauge Network Overview (no date). Available at: https://example.org/tides (Accessed: 2 May 2023)."
    )
    assert rec.get("title") == "Tidal Gauge Network Overview"
    assert "issued" not in rec
    rec = parse_reference(
        "CoastWatch (no date) Sea level records and tide tables. Available at: https://example.org/sea-level "
        "(Accessed: 2 May 2023)."
    )
    assert rec.get("title") == "Sea level records and tide tables"
    assert [n.get("family") or n.get("literal") for n in rec.get("author", [])] == ["CoastWatch"]
