"""Forms of the APA 7 and Chicago references of the guides10 round (OpenStax's Writing Guide student samples,
The Programming Historian's English lessons) that biblio read wrong before the round."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_paper_presented_at_an_italic_meeting_with_its_year_in_brackets() -> None:
    item = parse_reference(
        "Krijn H.J. Boom, et al. “Teaching through Play: Using Video Games as a Platform to Teach about the Past.” "
        "Paper presented at *Communicating the Past in the Digital Age*, (2020)."
    )
    assert item["event-title"] == "Communicating the Past in the Digital Age"
    assert item["issued"] == {"date-parts": [[2020]]}
    assert "container-title" not in item


def test_edition_inside_a_book_title_italics() -> None:
    item = parse_reference(
        "Géron, Aurélien. *Hands-on machine learning with Scikit-Learn, Keras, and TensorFlow. Concepts, tools, and "
        "techniques to build intelligent systems, 2nd ed*. Sebastopol: O’Reilly, 2019."
    )
    assert item["title"].endswith("techniques to build intelligent systems")
    assert item["edition"] == "2"
    assert item["publisher"] == "O’Reilly"


def test_capitalised_access_date_of_a_note_read_as_a_journal() -> None:
    item = parse_reference(
        'The Processing Foundation, "Our Mission", Accessed December 23, 2022. https://processingfoundation.org/.'
    )
    assert item["accessed"] == {"date-parts": [[2022, 12, 23]]}
    assert "issued" not in item
    assert "container-title" not in item


def test_note_author_before_an_italic_title() -> None:
    item = parse_reference(
        "The Coding Train, *Beginner's Guide to Machine Learning in JavaScript with ml5.js*, YouTube video, 1:30, "
        "March 4 2022, https://youtu.be/26uABexmOX4."
    )
    assert item["author"] == [{"literal": "The Coding Train"}]
    assert item["title"] == "Beginner's Guide to Machine Learning in JavaScript with ml5.js"
    item = parse_reference("3Blue1Brown, *Neural Networks*, https://www.3blue1brown.com/topics/neural-networks.")
    assert item["author"] == [{"literal": "3Blue1Brown"}]
    assert item["title"] == "Neural Networks"


def test_a_videos_date_with_no_word_of_access_is_its_date() -> None:
    item = parse_reference(
        "The Coding Train, *10.1: Introduction to Neural Networks - The Nature of Code*, YouTube video, 7:31, "
        "26 June, 2017, https://youtu.be/XJ7HLz9VYz0."
    )
    assert item["issued"] == {"date-parts": [[2017, 6, 26]]}
    assert "accessed" not in item


def test_a_document_designation_before_an_italic_title_is_no_author() -> None:
    item = parse_reference(
        "OMB Circular A-130, *Managing Federal Information as a Strategic Resource*, July 28, 2016, available at: "
        "https://obamawhitehouse.archives.gov/omb/circulars_a130_a130revised/"
    )
    assert "author" not in item


def test_a_body_named_for_its_country_before_the_date() -> None:
    item = parse_reference(
        "Green America (2020). Top 10 solutions to reverse climate change. "
        "https://www.greenamerica.org/climate-change-100-reasons-hope/top-10-solutions-reverse-climate-change."
    )
    assert item["author"] == [{"literal": "Green America"}]
    item = parse_reference("Jeroen Ooms (2021). The jsonlite package. https://cran.r-project.org/package=jsonlite")
    assert item["author"] == [{"family": "Ooms", "given": "Jeroen"}]


def test_a_body_opening_on_its_countrys_abbreviation_before_the_date() -> None:
    item = parse_reference(
        "U.S. Global Change Research Program (2014a). Melting ice. *National Climate Assessment.* "
        "https://nca2014.globalchange.gov/report/our-changing-climate/melting-ice"
    )
    assert item["author"] == [{"literal": "U.S. Global Change Research Program"}]
    assert item["title"] == "Melting ice"
    assert item["container-title"] == "National Climate Assessment"


def test_an_italic_course_of_a_lecture_keeps_no_italic_marks() -> None:
    item = parse_reference(
        "Smith, Alice. “Quilting.” Lecture, *Women and Art*, University of Auckland, Auckland, March 28, 2016."
    )
    assert item["event-title"] == "Women and Art"
