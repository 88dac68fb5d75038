"""Forms of APA 7 and Chicago examples as a university library's referencing guide prints them."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_group_author_closed_before_the_date() -> None:
    item = parse_reference(
        "Primal Pictures. (2014, September 19). *Primal’s 3D atlas of human anatomy* [Video]. YouTube. "
        "https://youtu.be/g-BtsX3bGvs"
    )
    assert item["author"] == [{"literal": "Primal Pictures"}]
    assert item["container-title"] == "YouTube"


def test_blog_word_inside_the_italics() -> None:
    item = parse_reference(
        'Tudor, Ken. 2015. "Protecting Pets in Abusive Human Relationships." *The Daily Vet (blog)*, June 9. '
        "http://www.petmd.com/blogs/thedailyvet/ken-tudor/2015/june/pets-abusive-human-relationships-32819."
    )
    assert item["container-title"] == "The Daily Vet"
    assert item["type"] == "post-weblog"
    item = parse_reference(
        'Lai, Gladys, and Pema Bakshi. "5 TikTok Fashion Trends Everyone is Wearing IRL." *Vogue (blog),* '
        "May 28, 2021. Accessed June 28, 2021. https://www.vogue.com.au/fashion/trends/4-tiktok-fashion-trends."
    )
    assert item["container-title"] == "Vogue"


def test_site_after_a_described_work_is_the_container() -> None:
    item = parse_reference(
        "Haavik, H. (2014). *How to confidently communicate the science of chiropractic* [PowerPoint slides]. "
        "SlideShare. https://www.slideshare.net/heidihaavik/how-to-confidently-communicate-the-science-of-chiropractic"
    )
    assert item["container-title"] == "SlideShare"
    assert "publisher" not in item


def test_unsigned_article_led_by_its_newspaper() -> None:
    item = parse_reference("*New York Times*. 2002. “In Texas, Ad Heats Up Race For Governor.” July 30, 2002.")
    assert item["container-title"] == "New York Times"
    assert item["title"] == "In Texas, Ad Heats Up Race For Governor"
    assert item["issued"] == {"date-parts": [[2002, 7, 30]]}
    item = parse_reference(
        '*Wall Street Journal.* "Inside the Homes of Architects; the Designers are Getting a Chance to Test their '
        'Own Designs." May 14, 2020. https://www-proquest-com.ezproxy.lib.rmit.edu.au/newspapers/inside-homes.'
    )
    assert item["container-title"] == "Wall Street Journal"
    assert item["title"].startswith("Inside the Homes of Architects")


def test_author_date_publisher_without_place() -> None:
    item = parse_reference("Webb, Jela. 2008. *Strategic Information Management: A Practitioner's Guide*. Chandos.")
    assert item["publisher"] == "Chandos"
    item = parse_reference(
        "Carroll, Henry. 2014. *Read This If You Want To Take Great Photographs.* Laurence King. "
        "ProQuest Ebook Central."
    )
    assert item["publisher"] == "Laurence King"
    item = parse_reference("Fenna, Alan. 2004. *Australian Public Policy*. 2nd ed. Pearson Education Australia.")
    assert item["publisher"] == "Pearson Education Australia"
    assert "publisher-place" not in item
    item = parse_reference(
        'Jucker, Lodovico. 2012. "Ten Key Steps Towards Sustainable Fashion." In *The Beautiful and the Good: '
        "Reasons for Sustainable Fashion*, edited by Marco Ricchetti and Maria Luisa Frisa. Marsilio Editori."
    )
    assert item["publisher"] == "Marsilio Editori"


def test_group_handle_after_a_full_stop() -> None:
    item = parse_reference(
        "National Gallery of Australia. [@nationalgalleryaus]. (2023, November 6). *It is estimated that Emily Kam "
        "Kngwarray produced over 3000 paintings in her short eight-year career, an average of one* [Photograph]. "
        "Instagram. https://www.instagram.com/p/CzRtYfBSGNO/"
    )
    assert item["author"] == [{"literal": "National Gallery of Australia"}]
    assert item["custom"]["biblio"]["handles"] == ["@nationalgalleryaus"]


def test_unsigned_title_in_sentence_case_before_the_date() -> None:
    item = parse_reference(
        "Budget to link school spending to outcomes. (2016, May 2). *The Australian*. "
        "https://www.theaustralian.com.au/opinion/editorials/budget-to-link-school-spending-to-outcomes/news-story/"
        "b1b98475b68869356cc6540766d6358a"
    )
    assert "author" not in item
    assert item["title"] == "Budget to link school spending to outcomes"
    assert item["container-title"] == "The Australian"


def test_month_inside_a_notes_magazine_date() -> None:
    item = parse_reference(
        'Arthur Lubow, "The Triumph of Frank Lloyd Wright," *Smithsonian Magazine,* June, 2009, '
        "https://www.smithsonianmag.com/history/the-triumph-of-frank-lloyd-wright-132535844/."
    )
    assert item["container-title"] == "Smithsonian Magazine"
    assert item["issued"] == {"date-parts": [[2009, 6]]}


def test_companies_joined_by_semicolons() -> None:
    item = parse_reference(
        "Haynes, T. (Director). (1995). *Safe* [Film]. American Playhouse; Killer Films; Film4 Productions; "
        "Good Machine."
    )
    assert item["publisher"] == "American Playhouse; Killer Films; Film4 Productions; Good Machine"


def test_two_groups_joined_as_apa_joins_names() -> None:
    item = parse_reference(
        "Coldplay, & BTS. (2021). My universe [Song]. On *Music of the spheres*. Parlophone; Atlantic."
    )
    assert item["author"] == [{"literal": "Coldplay"}, {"literal": "BTS"}]
    assert item["container-title"] == "Music of the spheres"


def test_printed_newspaper_pages_after_the_paper() -> None:
    item = parse_reference(
        "Parnell, S. (2016, November 16). Medicare freeze no check on GP visits. *The Australian*, 1, 5."
    )
    assert item["page"] == "1, 5"
    assert "volume" not in item


def test_chicago_note_for_a_book_opens_with_names_and_italic_title() -> None:
    item = parse_reference(
        "Henry Carroll, *Read This If You Want To Take Great Photographs* (London: Laurence King, 2014), 10, "
        "ProQuest Ebook Central."
    )
    assert item["author"] == [{"family": "Carroll", "given": "Henry"}]
    assert item["title"] == "Read This If You Want To Take Great Photographs"
    assert item["publisher"] == "Laurence King"
    item = parse_reference(
        "Institute of Contemporary Arts, *Nought to 60: 60 Projects, 6 months* (London: Institute of "
        "Contemporary Art, 2009), 179."
    )
    assert item["author"] == [{"literal": "Institute of Contemporary Arts"}]
    assert item["title"] == "Nought to 60: 60 Projects, 6 months"
    assert "volume" not in item


def test_database_after_a_notes_page() -> None:
    item = parse_reference(
        "Clive Scott, *The Spoken Image: Photography and Language* (London: Reaktion, 1999), 166, "
        "EBSCOhost Ebooks, PDF."
    )
    assert item["publisher"] == "Reaktion"
    assert item["title"] == "The Spoken Image: Photography and Language"
    assert item["page"] == "166"


def test_body_opening_an_author_date_entry() -> None:
    item = parse_reference(
        "Gehl Architects. 1994. *Perth 2009: Public Spaces and Public Life.* Department of Planning and Urban "
        "Developments."
    )
    assert item["author"] == [{"literal": "Gehl Architects"}]
    assert item["publisher"] == "Department of Planning and Urban Developments"
    item = parse_reference(
        "Institute of Contemporary Arts. *Nought to 60: 60 Projects, 6 months.* London: Institute of Contemporary "
        "Art, 2009."
    )
    assert item["author"] == [{"literal": "Institute of Contemporary Arts"}]
    assert item["title"] == "Nought to 60: 60 Projects, 6 months"


def test_capitalised_no_date_after_a_body() -> None:
    item = parse_reference(
        'Leadership Conference. N.d. “Chapter Three: Race, Sentencing and the "Tough Crime" Movement.” Retrieved '
        "February 2, 2012 (http://www.civilrights.org/publications/justice-on-trial/sentencing.html)."
    )
    assert item["author"] == [{"literal": "Leadership Conference"}]


def test_mla_director_opens_a_film() -> None:
    item = parse_reference("Anderson, Wes, director. *Rushmore*. Buena Vista International, 1998.")
    assert item["director"] == [{"family": "Anderson", "given": "Wes"}]
    assert "author" not in item
    assert item["title"] == "Rushmore"
    assert item["publisher"] == "Buena Vista International"
    assert "publisher-place" not in item
