"""Values the parser once lost or mislaid: PubMed numbers, a review's description, a title word read
into the date, a German edition statement."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.normalisers.identifiers import pubmed_ids_apart
from biblio.parse.text import MARKERS
from biblio.records.model import UNPARSED_REMAINDER, Item, flags


def test_vancouver_pubmed_numbers_are_variables() -> None:
    item = read_reference(
        "Smith J, Brown K. Effects of X on Y. Lancet. 2019;393(10170):123-130. "
        "doi:10.1016/S0140-6736(18)32000-0. PMID: 30000000; PMCID: PMC6000000."
    )
    assert item["PMID"] == "30000000"
    assert item["PMCID"] == "PMC6000000"
    assert "note" not in item
    assert item["DOI"] == "10.1016/S0140-6736(18)32000-0"


def test_apa_pubmed_number_after_doi() -> None:
    item = read_reference(
        "Smith, J. (2019). Effects of X. Journal of Y, 12(3), 45-67. https://doi.org/10.1000/xyz PMID: 12345678"
    )
    assert item["PMID"] == "12345678"
    assert "note" not in item


def test_other_note_text_stays() -> None:
    item: Item = {"type": "article-journal", "note": "Epub 2019 Mar 3; PMID: 30000000"}
    pubmed_ids_apart(item)
    assert item == {"type": "article-journal", "note": "Epub 2019 Mar 3", "PMID": "30000000"}


def test_remainder_of_only_numbers_is_no_loss() -> None:
    item: Item = {
        "type": "article-journal",
        "note": "PMID: 30000000",
        "custom": {"biblio": {"remainder": "PMID: 30000000", "flags": [UNPARSED_REMAINDER]}},
    }
    pubmed_ids_apart(item)
    assert item["PMID"] == "30000000"
    assert "remainder" not in item["custom"]["biblio"]
    assert UNPARSED_REMAINDER not in flags(item)


def test_a_note_without_pubmed_numbers_is_untouched() -> None:
    item: Item = {"type": "book", "note": "Reprint of the 1901 edition"}
    pubmed_ids_apart(item)
    assert item == {"type": "book", "note": "Reprint of the 1901 edition"}


def test_review_description_is_a_review_without_markers() -> None:
    item = read_reference(
        "Girish, D. (2021, February 18). Refocusing the lens on race and gender [Review of the film *Test Pattern,* "
        "by S. M. Ford, Dir.]. *The New York Times.* https://www.nytimes.com/2021/02/18/movies/test-pattern-review.html"
    )
    assert item["type"] == "review"
    assert item["genre"] == "Review of the film Test Pattern, by S. M. Ford, Dir."
    assert not any(c in str(v) for v in item.values() for c in MARKERS)
    assert item["container-title"] == "The New York Times"


def test_author_date_title_word_after_bare_year_is_kept() -> None:
    # the title's first word was read into the date span and dropped with it
    item = read_reference("Ullenboom, C. 2021. Java ist auch eine Insel. 16. Aufl. Rheinwerk-Verlag.")
    assert item["title"] == "Java ist auch eine Insel"
    assert item["edition"] == "16"
    assert item["publisher"] == "Rheinwerk-Verlag"
    assert item["issued"] == {"date-parts": [[2021]]}


def test_german_edition_statement_across_title_and_imprint() -> None:
    item = read_reference(
        "Müller, Hans: Einführung in die Soziologie. 2., überarb. u. erw. Aufl. Wiesbaden: VS Verlag, 2010."
    )
    assert item["title"] == "Einführung in die Soziologie"
    assert item["edition"] == "2"
    assert item["publisher-place"] == "Wiesbaden"
    assert item["publisher"] == "VS Verlag"


def test_page_name_before_its_address_is_the_title() -> None:
    item = read_reference("58. PyTorch-ignite documentation. https://pytorch.org/ignite/ (2020).")
    assert item["title"] == "PyTorch-ignite documentation"
    assert item["URL"] == "https://pytorch.org/ignite/"
    assert item["issued"] == {"date-parts": [[2020]]}


def test_words_before_an_address_never_vanish() -> None:
    from biblio.parse.mends.addresses import words_before_address
    from biblio.parse.spans import Span

    text = "Title. Site notes here https://example.org/a"
    spans = [Span("title", "Title.", 0, 6), Span("url", text[7:], 7, len(text))]
    out = words_before_address(spans, text)
    assert [(s.label, s.text) for s in out] == [
        ("title", "Title."),
        ("note", "Site notes here "),
        ("url", "https://example.org/a"),
    ]
    # a locator beside the address is left to the mends of locators
    text = "Title. 1, https://doi.org/10.1/x"
    spans = [Span("title", "Title.", 0, 6), Span("url", text[7:], 7, len(text))]
    assert words_before_address(spans, text) == spans


def test_words_after_a_quoted_title_are_kept() -> None:
    # the title ran on past its quote into a book the model read as more title: the book is kept
    item = read_reference(
        "Josling, Tim and Alan Swinbank, (2011). “The European Union”, Chapter 3 in Orden, David, David Blandford "
        "and Tim Josling, (eds.) WTO Disciplines on Agricultural Support: Seeking a Fair Basis for Trade. "
        "Cambridge UK: Cambridge University Press."
    )
    assert item["title"] == "The European Union"
    held = " ".join(str(v) for v in item.values())
    assert "WTO Disciplines on Agricultural Support" in held


def test_quoted_main_title_and_its_subtitle() -> None:
    item = read_reference(
        "Powell, R.C. 2007: ‘The rigours of an arctic experiment’: the precarious authority of field practices in "
        "the Canadian High Arctic, 1958-1970. Environment and Planning A 39, 1794-1811."
    )
    # the quotes are the title's own (it quotes a phrase): the subtitle after the colon stays with it
    assert item["title"] == (
        "‘The rigours of an arctic experiment’: the precarious authority of field practices in the Canadian High "
        "Arctic, 1958-1970"
    )
    assert item["container-title"] == "Environment and Planning A"


def test_chicago_review_names_the_reviewed_work() -> None:
    item = read_reference(
        'Kakutani, Michiko. 2016. "Friendship Takes a Path That Diverges." Review of *Swing Time*, by Zadie Smith. '
        "*New York Times*, November 7, 2016."
    )
    assert item["type"] == "review"
    assert item["reviewed-title"] == "Swing Time"
    assert item["reviewed-author"] == [{"family": "Smith", "given": "Zadie"}]
    assert item["container-title"] == "New York Times"


def test_spanish_compound_surname_inverted_is_a_person() -> None:
    item = read_reference(
        "Daudinot Founier, Isabel. (2006). Organización y recuperación de información en Internet: teoría de los "
        "metadatos. *ACIMED*, *14*(5)."
    )
    assert item["author"] == [{"family": "Daudinot Founier", "given": "Isabel"}]
    # an organisation with a comma stays whole
    from biblio.parse.normalisers.names import parse_names

    assert parse_names("Amnesty International, London") == [{"literal": "Amnesty International, London"}]


def test_words_read_into_a_date_are_kept() -> None:
    from biblio.parse.normalisers.dates import words_beside_date

    text = "(2018): *lobid-organisations* [Software]. Zugriff am 2018-09-21. Verfügbar unter"
    assert words_beside_date(text) == "lobid-organisations Software"
    assert words_beside_date("(2019, November 7).") == ""
    assert words_beside_date("Retrieved March 3, 2020, from") == ""
    assert words_beside_date("(forthcoming).") == ""
    item = read_reference(
        "Pohl, Adrian, Fabian Steeg, Simon Ritter, Philipp v. Böselager, Pascal Christoph & Jakob Voß (2018): "
        "*lobid-organisations* [Software]. Zugriff am 2018-09-21. Verfügbar unter https://doi.org/10.5281/zenodo.1423192"
    )
    held = " ".join(str(v) for v in item.values())
    assert "lobid-organisations" in held


def test_chicago_note_book_imprint_in_the_dated_bracket() -> None:
    item = read_reference("Tim Ingold, *Lines: A Brief History* (Routledge, 2016), 105-6.")
    assert item["type"] == "book"
    assert item["title"] == "Lines: A Brief History"
    assert item["publisher"] == "Routledge"
    assert item["issued"] == {"date-parts": [[2016]]}
    assert item["page"] == "105-6"


def test_a_season_in_the_bracket_is_no_publisher() -> None:
    from biblio.parse.mends.bracket_imprints import publisher_in_dated_bracket
    from biblio.parse.spans import Span

    text = "Smith, J. *Title* (Spring, 2016)."
    spans = [
        Span("author", "Smith, J.", 0, 9),
        Span("journal", "Title", 11, 16),
        Span("date", text[18:], 18, len(text)),
    ]
    assert publisher_in_dated_bracket(spans, text) == spans


def test_chicago_handle_and_the_post_s_full_date() -> None:
    item = read_reference(
        'Souza, Pete (@petesouza). 2016. "President Obama bids farewell to President Xi of China." Instagram '
        "photo, April 1, 2016. https://www.instagram.com/p/BOJ6aJqjMH0/."
    )
    assert item["author"] == [{"family": "Souza", "given": "Pete"}]
    assert item["custom"]["biblio"]["handles"] == ["@petesouza"]
    assert item["issued"] == {"date-parts": [[2016, 4, 1]]}


def test_venue_year_is_the_date_and_no_span_is_read_twice() -> None:
    from biblio.parse.mends.venue_year import bracketed_venue_year
    from biblio.parse.spans import Span

    text = "Title. Proceedings of the 8th Python in Science conference (SciPy 2009), pp. 51-57."
    a, b = text.index("Proceedings"), text.index("2009")
    spans = [Span("title", "Title.", 0, 6), Span("container-title", text[a:b], a, b), Span("date", "2009),", b, b + 6)]
    mended = bracketed_venue_year(spans, text)
    assert all(x.end <= y.start for x, y in zip(mended, mended[1:], strict=False))
    item = read_reference(
        "[ref2009] B. Refsdal et al. *Sherpa: 1D/2D modeling in fitting in Python* Proceedings of the 8th Python "
        "in Science conference (SciPy 2009), G Varoquaux, S van der Walt, J Millman (Eds.), pp. 51-57."
    )
    assert item["container-title"] == "Proceedings of the 8th Python in Science conference (SciPy 2009)"
    assert item["issued"] == {"date-parts": [[2009]]}


def test_chicago_last_modified_is_kept_as_written() -> None:
    item = read_reference(
        'Google. 2017. "Privacy Policy." Privacy & Terms. Last modified April 17, 2017. '
        "https://www.google.com/policies/privacy/."
    )
    assert item["title"] == "Privacy Policy"
    assert item["issued"] == {"date-parts": [[2017]]}
    assert item["note"] == "Last modified April 17, 2017"


def test_french_wikipedia_doi_in_the_bracketed_identifiers_is_the_doi() -> None:
    # French Wikipedia prints a citation's identifiers in brackets after it: "(ISSN …, PMID …, DOI 10.…, lire en ligne)"
    item = read_reference(
        "(en) Ruthie E. Amir, Ignatia B. Van den Veyver, Mimi Wan et Charles Q. Tran, « Rett syndrome is caused by "
        "mutations in X-linked MECP2, encoding methyl-CpG-binding protein 2 », Nature Genetics, vol. 23, no 2, "
        "1er octobre 1999, p. 185–188 (ISSN 1061-4036, DOI 10.1038/13810, lire en ligne)"
    )
    assert item["DOI"] == "10.1038/13810"
    assert "10.1038" not in item.get("note", "") and ", ," not in item.get("note", "")
