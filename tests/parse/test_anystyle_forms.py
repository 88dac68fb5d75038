"""Mixed-discipline reference forms of the kind AnyStyle's labelled sets hold (humanities and social-science
books and chapters, journal articles in author-date and notes styles) that the parser read wrong: each a
reference written for this test in the form, and what the user gets."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.book_series import journal_read_as_series
from biblio.parse.mends.bracket_series import series_opens_bracketed_imprint
from biblio.parse.mends.doi_notes import schemeless_doi_note
from biblio.parse.mends.editors import family_before_editor_initials
from biblio.parse.mends.ieee_series import series_after_ser
from biblio.parse.mends.link_words import container_ends_on_link_word
from biblio.parse.mends.mla_imprints import container_before_publisher
from biblio.parse.mends.named_venues import venue_read_as_edition
from biblio.parse.mends.place_lists import towns_before_semicolon
from biblio.parse.mends.possessives import plural_possessive_in_title
from biblio.parse.mends.proceedings import neurips_number_in_title
from biblio.parse.mends.publisher_first import publisher_closing_work
from biblio.parse.mends.quotes import quoted_words_inside_title
from biblio.parse.mends.title_first import title_in_author_place
from biblio.parse.mends.volumes import volume_closing_journal
from biblio.parse.normalisers.names import names_from_span
from biblio.parse.readers.apa.parser import parse_apa
from biblio.parse.readers.chicago.parser import parse_chicago
from tests.parse.test_mends_humanities import labelled, spans_of


def test_doi_link_without_its_scheme_is_the_doi() -> None:
    item = parse_reference(
        "Marsh K, Olsen P (2016) Coastal dunes and their grasses. Front Mar Sci. doi.org/10.3389/fmars.2016.00112."
    )
    assert item["DOI"] == "10.3389/fmars.2016.00112"
    assert "note" not in item


def test_catalogue_towns_set_apart_by_semicolons() -> None:
    item = parse_reference(
        "Hardy, Thomas J. Rural Credit in Europe: A History. 2nd ed. Oxford ; New York: Berghahn Books, 2004."
    )
    assert item["publisher-place"] == "Oxford ; New York"
    assert item["edition"] == "2"
    assert item["title"] == "Rural Credit in Europe: A History"


def test_publisher_before_town_after_a_book_in_a_chapter() -> None:
    item = parse_reference(
        "HALE B. 1994 Bronze tools, in R. Ames, T. Wood (Eds.), Handbook of Early Metallurgy, Routledge, London, "
        "211-230."
    )
    assert item["container-title"] == "Handbook of Early Metallurgy"
    assert item["publisher"] == "Routledge"
    assert item["publisher-place"] == "London"


def test_apa_publisher_before_its_country() -> None:
    item = parse_reference(
        "Vermeer, H.J. (2011). Soil and scale. In: Vermeer, H.J. (Ed.), Learning Landscapes: Farms in Change. "
        "(pp. 12-30). Wageningen Academic Publishers, The Netherlands."
    )
    assert item["publisher"] == "Wageningen Academic Publishers"
    assert item["publisher-place"] == "The Netherlands"


def test_book_title_quoting_a_word() -> None:
    item = parse_reference(
        "Moro, Lucia. Faith and Kinship: A Historical Study of the “Household” Churches of Asia Minor. "
        "Leuven: Peeters Press, 2011."
    )
    assert item["title"] == "Faith and Kinship: A Historical Study of the “Household” Churches of Asia Minor"
    assert "container-title" not in item


def test_apa_reader_takes_town_and_publisher_after_commas_for_a_book() -> None:
    item = parse_apa("Scott, James, 1998, Seeing like a state, New Haven, Yale University Press, p. 445.")
    assert item is not None
    assert item["type"] == "book"
    assert item["publisher"] == "Yale University Press"
    assert item["publisher-place"] == "New Haven"
    assert "container-title" not in item


def test_chicago_translator_and_editor_before_the_title() -> None:
    item = parse_chicago("Rowe, Gwen, trans. and ed. Early Welsh Lyrics. Cardiff: Gwasg Prifysgol, 2001.")
    assert item is not None
    assert item["translator"] == [{"family": "Rowe", "given": "Gwen"}]
    assert item["title"] == "Early Welsh Lyrics"


# --- the mends, on the readings the model gave ------------------------------------------------------


def test_schemeless_doi_note_mend() -> None:
    text = "Title. Front Ecol. doi.org/10.3389/fevo.2015.00067."
    spans = spans_of(
        text, [("title", "Title."), ("journal", "Front Ecol."), ("note", "doi.org/10.3389/fevo.2015.00067.")]
    )
    assert labelled(schemeless_doi_note(spans, text))[-1] == ("doi", "doi.org/10.3389/fevo.2015.00067.")


def test_towns_before_semicolon_mend() -> None:
    text = "Title. 3rd ed. Lincoln ; London: University of Nebraska Press, 2000."
    spans = spans_of(
        text,
        [
            ("title", "Title."),
            ("edition", "3rd ed. Lincoln"),
            ("location", "; London:"),
            ("publisher", "University of Nebraska Press,"),
            ("date", "2000."),
        ],
    )
    assert labelled(towns_before_semicolon(spans, text))[1:3] == [
        ("edition", "3rd ed."),
        ("location", "Lincoln ; London:"),
    ]
    # a title that is itself a town's name only stays
    text = "Lincoln ; London: Press."
    spans = spans_of(text, [("title", "Lincoln ;"), ("location", "London:"), ("publisher", "Press.")])
    assert towns_before_semicolon(spans, text) is spans


def test_publisher_closing_work_mend() -> None:
    text = "in A. Ames (Eds.), Handbook of Metallurgy, Garland, New York, 419-420."
    spans = spans_of(
        text,
        [
            ("editor", "in A. Ames (Eds.),"),
            ("container-title", "Handbook of Metallurgy, Garland,"),
            ("location", "New York,"),
            ("pages", "419-420."),
        ],
    )
    assert labelled(publisher_closing_work(spans, text))[1:4] == [
        ("container-title", "Handbook of Metallurgy"),
        ("publisher", "Garland,"),
        ("location", "New York,"),
    ]
    # a meeting's proceedings name the meeting's town after it
    text = "In NIPS 2011, BigLearning Workshop, Granada, Spain."
    spans = spans_of(
        text, [("container-title", "In NIPS 2011, BigLearning Workshop,"), ("location", "Granada, Spain.")]
    )
    assert publisher_closing_work(spans, text) is spans


def test_quoted_words_inside_title_mend() -> None:
    text = "Tavo, F. A Study Into the “Ecclesial” Notions of the Apocalypse. Leuven: Peeters, 2007."
    spans = spans_of(
        text,
        [
            ("author", "Tavo, F."),
            ("title", "A Study Into the “Ecclesial”"),
            ("container-title", "Notions of the Apocalypse."),
            ("location", "Leuven:"),
            ("publisher", "Peeters,"),
            ("date", "2007."),
        ],
    )
    assert labelled(quoted_words_inside_title(spans, text))[1] == (
        "title",
        "A Study Into the “Ecclesial” Notions of the Apocalypse.",
    )
    # a newspaper's name after a quoted headline stays apart
    text = "Wambura, B. “Msondo Yapata Mpiga Besi Mpya” Uhuru September 10, 2002 p 19"
    spans = spans_of(
        text,
        [
            ("author", "Wambura,"),
            ("title", "B. “Msondo Yapata Mpiga Besi Mpya”"),
            ("journal", "Uhuru"),
            ("date", "September 10, 2002"),
        ],
    )
    assert quoted_words_inside_title(spans, text) is spans


def test_container_ends_on_link_word_mend() -> None:
    text = "In A. Ruiz (eds.), Proceedings of the 31st Annual Meeting on Child Language (112–120). Boston: Press."
    spans = spans_of(
        text,
        [
            ("editor", "In A. Ruiz (eds.),"),
            ("container-title", "Proceedings of"),
            ("note", "the 31st Annual Meeting on Child Language (112–120)."),
            ("location", "Boston:"),
            ("publisher", "Press."),
        ],
    )
    assert labelled(container_ends_on_link_word(spans, text))[1:3] == [
        ("container-title", "Proceedings of the 31st Annual Meeting on Child Language"),
        ("pages", "(112–120)."),
    ]


def test_plural_possessive_in_title_mend() -> None:
    text = "Lee, A. 2015. Young Learners' use of gesture in class. Journal 3: 1-9."
    spans = spans_of(
        text,
        [
            ("author", "Lee, A."),
            ("date", "2015."),
            ("note", "Young Learners"),
            ("title", "' use of gesture in class."),
            ("journal", "Journal"),
        ],
    )
    assert labelled(plural_possessive_in_title(spans, text))[2] == ("title", "Young Learners' use of gesture in class.")


def test_family_before_editor_initials_mend() -> None:
    text = "In: Fate of Pesticides in Soil. Brandt, K. L. (Ed.). Boston: Press."
    spans = spans_of(
        text,
        [
            ("container-title", "In: Fate of Pesticides in Soil. Brandt"),
            ("editor", ", K. L. (Ed.)."),
            ("location", "Boston:"),
            ("publisher", "Press."),
        ],
    )
    assert labelled(family_before_editor_initials(spans, text))[:2] == [
        ("container-title", "In: Fate of Pesticides in Soil."),
        ("editor", "Brandt, K. L. (Ed.)."),
    ]


def test_series_opens_bracketed_imprint_mend() -> None:
    text = "Collins, J. Galatians (WBC 41; Waco, TX: Word Books, 1990)."
    spans = spans_of(
        text,
        [
            ("author", "Collins, J."),
            ("title", "Galatians"),
            ("location", "(WBC 41; Waco, TX:"),
            ("publisher", "Word Books,"),
            ("date", "1990)."),
        ],
    )
    assert labelled(series_opens_bracketed_imprint(spans, text))[1:4] == [
        ("title", "Galatians"),
        ("collection-title", "WBC 41"),
        ("location", "Waco, TX:"),
    ]


def test_container_before_publisher_mend() -> None:
    text = "“Irony.” Cambridge Dictionary of Rhetoric. Cambridge University Press, 2004."
    spans = spans_of(
        text,
        [
            ("title", "“Irony.”"),
            ("publisher", "Cambridge Dictionary of Rhetoric. Cambridge University Press,"),
            ("date", "2004."),
        ],
    )
    assert labelled(container_before_publisher(spans, text))[1:3] == [
        ("container-title", "Cambridge Dictionary of Rhetoric."),
        ("publisher", "Cambridge University Press,"),
    ]


def test_title_in_author_place_mend() -> None:
    text = "Mad cow disease. (1997, March 3). Newsweek, 129(9), 12."
    spans = spans_of(
        text,
        [("author", "Mad cow disease."), ("date", "(1997, March 3)."), ("journal", "Newsweek,"), ("volume", "129")],
    )
    assert labelled(title_in_author_place(spans, text))[0] == ("title", "Mad cow disease.")
    text = "Smith, J. (1997). Newsweek, 129(9), 12."
    spans = spans_of(text, [("author", "Smith, J."), ("date", "(1997)."), ("journal", "Newsweek,"), ("volume", "129")])
    assert title_in_author_place(spans, text) is spans


def test_special_issue_is_no_part_of_the_journal_name() -> None:
    item = parse_reference(
        "J. Park and R. Singh, “Planning under uncertainty,” IEEE Transactions on Robotics, Special Issue on "
        "Autonomous Systems, vol. 12, no. 4, pp. 301-315, 1996."
    )
    assert item["container-title"] == "IEEE Transactions on Robotics"
    assert item["note"] == "Special Issue on Autonomous Systems"


def test_journal_read_as_series_mend() -> None:
    text = 'Roy, A. "Mills of the Eastern Townships", Journal of the Brome County Historical Society, 14 (1988) 3-19.'
    spans = spans_of(
        text,
        [
            ("author", "Roy, A."),
            ("title", '"Mills of the Eastern Townships",'),
            ("collection-title", "Journal of the Brome County Historical Society,"),
            ("volume", "14"),
            ("date", "(1988)"),
            ("pages", "3-19."),
        ],
    )
    assert labelled(journal_read_as_series(spans, text))[2] == (
        "journal",
        "Journal of the Brome County Historical Society,",
    )


def test_venue_read_as_edition_mend() -> None:
    text = "Lee, K., Seismic imaging of salt, SEG Technical Program Expanded Abstracts, v. 30, pp. 12-16, 2011"
    spans = spans_of(
        text,
        [
            ("author", "Lee, K.,"),
            ("title", "Seismic imaging of salt,"),
            ("edition", "SEG Technical Program Expanded Abstracts,"),
            ("volume", "v. 30,"),
            ("pages", "pp. 12-16,"),
            ("date", "2011"),
        ],
    )
    assert labelled(venue_read_as_edition(spans, text))[2] == ("journal", "SEG Technical Program Expanded Abstracts,")


def test_neurips_number_in_title_mend() -> None:
    text = "In Advances in Neural Information Processing Systems 7 (NIPS*94), pages 11-18. MIT Press."
    spans = spans_of(
        text,
        [
            ("container-title", "In Advances in Neural Information Processing Systems"),
            ("volume", "7"),
            ("issue", "(NIPS*94),"),
            ("pages", "pages 11-18."),
            ("publisher", "MIT Press."),
        ],
    )
    assert labelled(neurips_number_in_title(spans, text))[0] == (
        "container-title",
        "In Advances in Neural Information Processing Systems 7 (NIPS*94),",
    )


def test_ieee_series_after_ser() -> None:
    text = "[3] J. Smith, Matrix Analysis. ser. Cambridge Series in Applied Mathematics. Cambridge, U.K.: CUP, 1997."
    spans = spans_of(
        text,
        [
            ("author", "J. Smith,"),
            ("title", "Matrix Analysis. ser."),
            ("journal", "Cambridge Series"),
            ("collection-title", "in Applied Mathematics."),
            ("location", "Cambridge, U.K.:"),
        ],
    )
    assert labelled(series_after_ser(spans, text))[1:3] == [
        ("title", "Matrix Analysis."),
        ("collection-title", "ser. Cambridge Series in Applied Mathematics"),
    ]
    item = parse_reference(text)
    assert item["title"] == "Matrix Analysis"
    assert item["collection-title"] == "Cambridge Series in Applied Mathematics"


def test_french_capitals_pairs_with_commas_only() -> None:
    assert names_from_span("LE GOFF, Jacques, DE LA RONCIÈRE, Charles,") == [
        {"family": "LE GOFF", "given": "Jacques"},
        {"family": "DE LA RONCIÈRE", "given": "Charles"},
    ]
    assert names_from_span("VAN DER MEER, Anna, ROUSSEL, Marie P. (eds),") == [
        {"family": "VAN DER MEER", "given": "Anna"},
        {"family": "ROUSSEL", "given": "Marie P."},
    ]


def test_chicago_short_cross_reference_names_the_editors() -> None:
    item = parse_chicago("Kaplan, Amy. “Manifest Domesticity.” In Davidson, Hatcher, and Lee, 183–207.")
    assert item is not None
    assert item["editor"] == [{"family": "Davidson"}, {"family": "Hatcher"}, {"family": "Lee"}]
    assert "container-title" not in item
    assert item["page"] == "183-207"


def test_volume_closing_journal_mend() -> None:
    text = "Rossi, L. 1931. Sulle equazioni. Rendiconti del Circolo Matematico di Palermo 5. 12–40."
    spans = spans_of(
        text,
        [
            ("author", "Rossi, L."),
            ("date", "1931."),
            ("title", "Sulle equazioni."),
            ("journal", "Rendiconti del Circolo Matematico di Palermo 5."),
            ("pages", "12–40."),
        ],
    )
    assert labelled(volume_closing_journal(spans, text))[3:5] == [
        ("journal", "Rendiconti del Circolo Matematico di Palermo"),
        ("volume", "5."),
    ]
    # a numbered series keeps its number in its name
    text = "Title. Geological Survey Special Paper 29, p. 105-120."
    spans = spans_of(
        text, [("title", "Title."), ("journal", "Geological Survey Special Paper 29,"), ("pages", "p. 105-120.")]
    )
    assert volume_closing_journal(spans, text) is spans
