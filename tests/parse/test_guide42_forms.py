"""Forms the style guides' own APA 7 and Chicago examples print (``guides_real14``): a museum holding an artwork,
a patent or standard numbered without "No.", a government author named body by body, a television episode, a
work of art with its medium and size, a film's title before its director, a translator who also edits, a
bracketed author, a year spanning two, a post's time of day."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    # APA 10.14: the museum and its place are the artwork's archive, no publisher
    (
        "Hopper, E. (1942). Nighthawks [Oil on canvas]. Art Institute of Chicago, Chicago, IL, United States. "
        "https://www.artic.edu/artworks/111628/nighthawks",
        {"title": "Nighthawks", "archive": "Art Institute of Chicago", "archive-place": "Chicago, IL, United States",
         "publisher": None, "publisher-place": None, "container-title": None},
    ),
    (
        "Rodin, A. (1904). The thinker [Sculpture]. Musée Rodin, Paris, France.",
        {"title": "The thinker", "archive": "Musée Rodin", "archive-place": "Paris, France", "publisher": None},
    ),
    (
        "Kahlo, F. (1939). The two Fridas [Painting]. Museo de Arte Moderno, Mexico City, Mexico.",
        {"archive": "Museo de Arte Moderno", "archive-place": "Mexico City, Mexico", "publisher": None},
    ),
    # a patent's office letters and number with no "No.", a standard's code: numbers, not the title's words
    (
        "Lindqvist, K. (2021). Folding ladder bracket (Patent SE 543210). Patent- och registreringsverket.",
        {"title": "Folding ladder bracket", "number": "SE 543210", "type": "patent",
         "publisher": "Patent- och registreringsverket"},
    ),
    (
        "Standards Australia. (2013). Gas installations general installations (AS/NZS 5601.1:2013). SAI Global.",
        {"title": "Gas installations general installations", "number": "AS/NZS 5601.1:2013", "type": "standard"},
    ),
    (
        "Bevitt, A. J. (2018). Litter, waste disposal and recycling app (Australian Patent No. AU 2018100960). "
        "IP Australia.",
        {"title": "Litter, waste disposal and recycling app", "number": "AU 2018100960", "publisher": "IP Australia"},
    ),
    # APA's entry in an app: the app's name is the container, its version apart
    (
        "Medscape. (2022, May 4). Drug interaction checker. In Medscape (Version 11.2) [Mobile app]. App Store. "
        "https://apps.apple.com/us/app/medscape/id321367289",
        {"title": "Drug interaction checker", "container-title": "Medscape", "publisher": "App Store"},
    ),
    # APA 10.12: a film's studio is its publisher, with its address after it
    (
        "Waititi, T. (Director). (2016). Hunt for the wilderpeople [Film]. Piki Films. https://www.nzonscreen.com/title/x",
        {"title": "Hunt for the wilderpeople", "publisher": "Piki Films", "container-title": None},
    ),
    # CMOS 14.280: the government's bodies, set off by full stops, are one author
    (
        "U.S. Department of the Interior. National Park Service. America's Landscape Legacy. Washington D.C.: "
        "Government Printing Office, 1993.",
        {"author": [{"literal": "U.S. Department of the Interior. National Park Service"}],
         "title": "America's Landscape Legacy", "publisher": "Government Printing Office"},
    ),
    (
        "U.S. Congress. House. Committee on Ways and Means. Tax Reform Act of 1985. 99th Cong., 1st sess., H. Rep. "
        "99-426. Washington, DC: GPO, 1985.",
        {"author": [{"literal": "U.S. Congress. House. Committee on Ways and Means"}],
         "title": "Tax Reform Act of 1985"},
    ),
    (
        "U.S. Department of Commerce. Bureau of the Census. Statistical Abstract of the United States. Washington, "
        "DC: GPO, 2011.",
        {"author": [{"literal": "U.S. Department of Commerce. Bureau of the Census"}],
         "title": "Statistical Abstract of the United States"},
    ),
    # "Edited and translated by": the same names in both roles
    (
        "Propertius. Elegies. Edited and translated by G. P. Goold. Cambridge, MA: Harvard University Press, 1990.",
        {"editor": [{"family": "Goold", "given": "G. P."}], "translator": [{"family": "Goold", "given": "G. P."}]},
    ),
    (
        "Machiavelli, Niccolò. Letter to Francesco Vettori, 10 December 1513. In *Machiavelli: The Chief Works and "
        "Others*, translated and edited by Allan Gilbert, 2:927-931. Durham, N.C.: Duke University Press, 1965.",
        {"container-title": "Machiavelli: The Chief Works and Others",
         "editor": [{"family": "Gilbert", "given": "Allan"}],
         "translator": [{"family": "Gilbert", "given": "Allan"}], "page": "927-931"},
    ),
    # CMOS 14.265: the series, not its season, is the container; the network is the publisher
    (
        "“The Constant.” Lost, season 4, episode 5. ABC, February 20, 2008.",
        {"title": "The Constant", "container-title": "Lost", "publisher": "ABC", "volume": None},
    ),
    (
        "Gilligan, Vince. “Ozymandias.” Breaking Bad, season 5, episode 14, directed by Rian Johnson, aired "
        "September 15, 2013, on AMC.",
        {"title": "Ozymandias", "container-title": "Breaking Bad", "publisher": "AMC",
         "director": [{"family": "Johnson", "given": "Rian"}]},
    ),
    # CMOS 14.235: a work of art's medium and size are no volume or pages, its museum no journal
    (
        "Tomlin, Bradley Walker. French Literature. ca. 1930. Oil on canvas, 20 1/16 x 24 1/8 in. (51 x 61.3 cm). "
        "Harn Museum of Art, Gainesville, FL.",
        {"author": [{"family": "Tomlin", "given": "Bradley Walker"}], "title": "French Literature",
         "volume": None, "page": None, "container-title": None},
    ),
    (
        "Picasso, Pablo. Bull’s Head. Spring 1942. Bicycle saddle and handlebars, 33.5 × 43.5 × 19 cm. Musée "
        "Picasso Paris.",
        {"title": "Bull’s Head", "volume": None, "issue": None, "publisher": None},
    ),
    (
        "Lange, Dorothea. Migrant Mother. February 1936. Photograph. Library of Congress, Washington, DC.",
        {"title": "Migrant Mother", "container-title": None, "publisher-place": None},
    ),
    # a film's title, its director, its studio; how it was seen is its medium
    (
        "Oppenheimer. Directed by Christopher Nolan. Universal Pictures, 2023. Peacock streaming video, 3:00:00.",
        {"title": "Oppenheimer", "director": [{"family": "Nolan", "given": "Christopher"}],
         "publisher": "Universal Pictures", "editor": None},
    ),
    # CMOS 14.80: an author supplied in brackets
    (
        "[Klein, Joe]. Primary Colors: A Novel of Politics. New York: Random House, 1996.",
        {"author": [{"family": "Klein", "given": "Joe"}], "title": "Primary Colors: A Novel of Politics"},
    ),
    # a year spanning two is the date, not the title
    (
        "U.S. Federal Energy Regulatory Commission. 1977/78. Annual report of the U.S. Federal Energy Regulatory "
        "Commission. Washington, D.C.: GPO.",
        {"title": "Annual report of the U.S. Federal Energy Regulatory Commission"},
    ),
    # a post's time of day after its month and day is no volume or pages
    (
        "Equity and Inclusion Office (@ubcequity). 2020. \"Check out this resource on anti-racist work.\" "
        "Facebook, June 16, 10:41. https://www.facebook.com/ubcequity/posts/1",
        {"container-title": "Facebook", "volume": None, "page": None},
    ),
    # an interview published on a blog: the blog's name, then the date
    (
        "Jong-un, Kim. Interviewed by Dennis Rodman. Embrace the Worm (blog). January 8, 2018. "
        "https://www.embracetheworm.wordpress.com/",
        {"container-title": "Embrace the Worm", "issued": {"date-parts": [[2018, 1, 8]]}},
    ),
    # APA 10.5: a symposium's chairs are no part of its title; the meeting after the bracket is the event
    (
        "Hobbs, N. & Dixon, D. (2009, September 9-11). Do implementation intentions affect behaviour in individuals? "
        "In D. Johnston and M. Johnston (Chairs), Do our Theories Work Within the Individual? [Symposium]. Annual "
        "conference of the BPS Division of Health Psychology, Birmingham, England.",
        {"container-title": "Do our Theories Work Within the Individual?", "publisher": None,
         "publisher-place": None, "event-title": "Annual conference of the BPS Division of Health Psychology"},
    ),
    (
        "Kushner, X., & Spicer, K. (2017, January 19). The economic effect of the Magnitsky Act. In M. Kardashian "
        "(Chair), *Conference on Russian-American relations* [Symposium]. Itinerant Economists Society Conference, "
        "Boston, MA, United States.",
        {"container-title": "Conference on Russian-American relations", "publisher": None,
         "event-place": "Boston, MA, United States"},
    ),
    # APA names PubMed Central beside PsyArXiv as a preprint's repository: the container
    (
        "Hetland, B., McAndrew, N., Perazzo, J., & Hickman, R. (2018). A qualitative study of factors that influence "
        "active family involvement with patient care in the ICU: Survey of critical care nurses. PubMed Central.",
        {"container-title": "PubMed Central", "publisher": None},
    ),
    # APA's archival documents: the archive and its place hold the document, they do not publish it
    (
        "Frank, L. K. (1935, February 4). [Letter to Robert M. Ogden]. Rockefeller Archive Center (GEB Series 1.3, "
        "Box 371, Folder 3877), Tarrytown, NY, United States.",
        {"archive": "Rockefeller Archive Center", "archive-place": "Tarrytown, NY, United States",
         "publisher": None, "publisher-place": None, "type": "personal_communication"},
    ),
    (
        "Paperboard Packaging Council. (2008, July 9). Meeting of the PPC Board of Directors. Archives of the "
        "American Forest Products Association, Washington, DC.",
        {"title": "Meeting of the PPC Board of Directors", "publisher": None, "publisher-place": None,
         "archive": "Archives of the American Forest Products Association"},
    ),
    # the archive that distributes a data set is its publisher
    (
        "U.S. Department of Commerce. Bureau of the Census. Census Tract-Level Data, 1960. Ann Arbor, MI, 13 "
        "December 2007. Distributed by The Inter-university Consortium for Political and Social Research. "
        "ICPSR07552-v1.",
        {"publisher": "The Inter-university Consortium for Political and Social Research"},
    ),
    # a numbered series is no edition
    (
        "Propertius. Elegies. Edited and translated by G. P. Goold. Loeb Classical Library 18. Cambridge, MA: "
        "Harvard University Press, 1990.",
        {"edition": None, "publisher": "Harvard University Press"},
    ),
    # "By" naming an interviewer after an interview's title is no part of the periodical's name
    (
        "Rode, Michael. “What’s New in the Recording Industry: Interview with Michael Rode.” By Jim Shure. The Right "
        "Focus 2, no. 5 (2017): 99-104.",
        {"container-title": "The Right Focus", "volume": "2", "issue": "5", "page": "99-104"},
    ),
    # Chicago's reprint: the original year bracketed before the edition's own is no APA date and title
    (
        "Austen, Jane. (1813) 2003. Pride and Prejudice. London: T. Egerton. Reprint, New York: Penguin Classics.",
        {"title": "Pride and Prejudice", "issued": {"date-parts": [[2003]]}},
    ),
    # CMOS 14.265's role after the names: "host" is no person
    (
        "McElroy, Sydnee, host. \"Raw Water.\" Sawbones (podcast). January 14, 2018. Accessed January 16, 2018.",
        {"author": [{"family": "McElroy", "given": "Sydnee"}], "title": "Raw Water"},
    ),
    # APA's report in a numbered series with its issue (APA 10.4), its title not italic
    (
        "Blackwell, D. L., Lucas, J. W., & Clarke, T. C. (2014). Summary health statistics for U.S. adults: National "
        "Health Interview Survey, 2012 (Vital and Health Statistics Series 10, Issue 260). National Center for Health "
        "Statistics. https://www.cdc.gov/nchs/data/series/sr_10/sr10_260.pdf",
        {"title": "Summary health statistics for U.S. adults: National Health Interview Survey, 2012",
         "publisher": "National Center for Health Statistics", "note": None},
    ),
    # APA 6's database named with its plural word: the database, no publisher
    (
        "Hymel, K. M. (2009). Essays in urban economics (Doctoral dissertation). Available from ProQuest "
        "Dissertations and Theses databases. (AAT 3355930)",
        {"publisher": None, "archive": "ProQuest Dissertations and Theses databases"},
    ),
    # CMOS 14.267's recorded talk with no address after it: "Filmed" is no journal, the state no part of the medium
    (
        "Bouman, Katie. “How to Take a Picture of a Black Hole.” Filmed November 2016 at TEDxBeaconStreet, "
        "Brookline, MA. TED video, 12:51.",
        {"title": "How to Take a Picture of a Black Hole", "container-title": None,
         "issued": {"date-parts": [[2016, 11]]}, "medium": "TED video"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_guide_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a recording's form read as the publisher
        "Steinke, Darcy. 2007. Interview by Sam Tanenhaus and Dwight Garner, New York Times Book Review, "
        "podcast audio, April 22, 2007, http://podcasts.nytimes.com/podcasts/2007/04/20/21bookupdate.mp3.",
        # a government body's word read as a family name
        "Colorado General Assembly, Colorado Commission on Higher Education. 1996. 1996 Legislative report on higher "
        "education admission standards. Denver.",
    ],
)
def test_held_form_is_flagged(text: str) -> None:
    assert needs_review(text)
