"""Forms of humanities reference lists (``humanities_real31.jsonl``): a reader's comment in brackets closing a
dated reference, the first edition's year in brackets straight after a title (with a reprint's statement), a
Spanish chapter's ``En`` before its italic book, Spanish ``núm.`` standing without a volume, and a family of two
words before a given name closing on its particle. The examples are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.annotations import annotation_apart, title_first_edition_apart
from biblio.parse.normalisers.names import parse_names


def test_reader_comment_closing_a_reference_is_a_note() -> None:
    item = parse_reference(
        "Marlowe, Ruth. 1998. *Spinoza and the Passions*. Cambridge University Press. (The old standard biography "
        "of the philosopher)"
    )
    assert item["publisher"] == "Cambridge University Press"
    assert "container-title" not in item
    assert item["title"] == "Spinoza and the Passions"
    # a comment after the publisher's name with no full stop before it
    unstopped = parse_reference(
        "Haldane, Iris. 2011. *Fichte's Deduction*. Yale University Press (A dense book that rewards a second "
        "reading. First written in German in 2009)."
    )
    assert unstopped["publisher"] == "Yale University Press"
    assert "container-title" not in unstopped


def test_a_bracket_that_names_the_work_is_kept() -> None:
    # a short bracket, a role, a kind of work or an undated reference stays the reference's
    for text in (
        "Smith, John. 2001. *A Title of Some Length*. Penguin. (In Polish)",
        "Smith, John. 2001. *A Title of Some Length*. Penguin. (Translated by Anne Roe and her students at Leeds)",
        "Smith, John. 2001. *A Title*. (Doctoral dissertation, University of the West of England at Bristol)",
        "Smith, John. *A Title of Some Length*. Penguin. (The best account of the matter in any language)",
        # a series after the publisher, in sentence case, and a series with its number
        "Nowak, Jan. 1951. *Dzieje miasta*. Warszawa: Wydawnictwo Instytutu (Materiały do dziejów kultury i sztuki).",
        "Roux, Paul. *Les ports de Provence*. Paris, 1978. (Bibliothèque des écoles et des instituts de recherche, 14)",
    ):
        assert annotation_apart(text) == (text, None)


def test_first_edition_year_after_the_title_is_a_note() -> None:
    item = parse_reference(
        "Ortega, Diego de. *Discursos de la justicia real* [1622]. Nueva impresión. Madrid: por la viuda "
        "de Ibarra, 1789."
    )
    assert item["title"] == "Discursos de la justicia real"
    assert item["issued"] == {"date-parts": [[1789]]}
    body, note = title_first_edition_apart(
        "Ruiz, Ana. *Tratado de la clemencia* [1ª ed. 1601]. Reimpresión de la edición de 1650. Sevilla: "
        "imprenta de Ruiz, 1770."
    )
    assert note == "[1ª ed. 1601]. Reimpresión de la edición de 1650"
    assert body == "Ruiz, Ana. *Tratado de la clemencia*. Sevilla: imprenta de Ruiz, 1770."
    # the bracket inside a chapter's quotation marks
    body, note = title_first_edition_apart(
        'Pérez, Luis. "Carta sobre los indultos [1781]". En *Obras*, II:3–9. Madrid: Ibarra, 1830.'
    )
    assert note == "[1781]"
    assert body.startswith('Pérez, Luis. "Carta sobre los indultos". En')


def test_bracketed_year_not_earlier_than_the_imprint_stays() -> None:
    text = "Ruiz, Ana. *Tratado de la clemencia* [1801]. Sevilla: imprenta de Ruiz, 1770."
    assert title_first_edition_apart(text) == (text, None)


def test_spanish_en_before_an_italic_book_is_its_container() -> None:
    item = parse_reference(
        'Campomanes, Pedro Rodríguez de. "Dictamen sobre la amortización". En *Escritos regalistas del siglo '
        "ilustrado*, III:40–55. Madrid: Imprenta Real, 1842."
    )
    assert item["type"] == "chapter"
    assert item["container-title"] == "Escritos regalistas del siglo ilustrado"
    assert item["title"] == "Dictamen sobre la amortización"


def test_spanish_issue_mark_without_a_volume() -> None:
    news = parse_reference(
        '"Bando sobre el alumbrado", *Gaceta de la ciudad de Lima*, núm. 27, 3 de mayo de 1794, 211.'
    )
    assert news["issue"] == "27"
    assert news["issued"] == {"date-parts": [[1794, 5, 3]]}
    assert news["container-title"] == "Gaceta de la ciudad de Lima"
    article = parse_reference(
        'Marta Ruiz Gil, "Los soldados del rey en la frontera del sur", núm. 14 (2009): 45–67.'
    )
    assert article["issue"] == "14"
    assert "volume" not in article


def test_two_word_family_before_a_given_name_closing_on_its_particle() -> None:
    assert parse_names("Ortega Salcedo, Diego de.") == [{"family": "Ortega Salcedo", "given": "Diego de"}]
    item = parse_reference("Rodríguez Campomanes, Pedro de. *Tratado de la regalía*. Madrid: Ibarra, 1765.")
    assert item["author"] == [{"family": "Rodríguez Campomanes", "given": "Pedro de"}]
    # two persons in natural order are still two
    assert len(parse_names("Ana Ruiz, Pedro Gil")) == 2
