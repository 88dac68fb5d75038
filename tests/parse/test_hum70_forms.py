"""Forms of humanities reference lists (``humanities_real35.jsonl``): a classical text cited by its edition, the
ancient author, the title, the editor or translator named after it (with ``(ed.)``/``(trans.)`` or none) and the
bracketed imprint; Spanish names in natural order whose family opens on a particle and its article. The examples are
written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import names_from_span


def test_ancient_author_title_editor_with_role_and_bracketed_imprint() -> None:
    item = parse_reference("Lucan, Pharsalia. Carl Hosius (ed.) (Leipzig: B. G. Teubner, 1905).")
    assert item["author"] == [{"family": "Lucan"}]
    assert item["title"] == "Pharsalia"
    assert item["editor"] == [{"family": "Hosius", "given": "Carl"}]
    assert item["publisher-place"] == "Leipzig"
    assert item["publisher"] == "B. G. Teubner"
    assert item["issued"] == {"date-parts": [[1905]]}


def test_translator_after_the_title() -> None:
    item = parse_reference("Catullus, Poems. Peter Green (trans.) (Berkeley: University of California Press, 2005).")
    assert item["author"] == [{"family": "Catullus"}]
    assert item["title"] == "Poems"
    assert item["translator"] == [{"family": "Green", "given": "Peter"}]
    assert "editor" not in item


def test_inverted_roman_name_and_editor_named_without_role() -> None:
    item = parse_reference("Livius, T., Ab Urbe Condita Libri I-V. R. M. Ogilvie (Oxford: Clarendon Press, 1974).")
    assert item["author"] == [{"family": "Livius", "given": "T."}]
    assert item["title"] == "Ab Urbe Condita Libri I-V"
    assert item["editor"] == [{"family": "Ogilvie", "given": "R. M."}]
    assert item["publisher"] == "Clarendon Press"


def test_particle_and_article_open_a_two_word_family() -> None:
    assert names_from_span("Carlos de la Mora Ruiz") == [
        {"family": "Mora Ruiz", "non-dropping-particle": "de la", "given": "Carlos"}
    ]
    # a devotional given name keeps its particle
    assert names_from_span("María del Carmen Rodríguez") == [{"family": "Rodríguez", "given": "María del Carmen"}]


def test_book_with_commas_before_publisher_town_and_bracketed_year() -> None:
    item = parse_reference(
        "Weber, K. “Filmdialog im Wandel”. In A. Roth, B. Kern (eds) Mediensprache – historisch, vergleichend, "
        "kritisch, Niemeyer, Tübingen (2009): 101-118."
    )
    assert item["container-title"] == "Mediensprache – historisch, vergleichend, kritisch"
    assert item["publisher"] == "Niemeyer"
    assert item["publisher-place"] == "Tübingen"
    assert item["page"] == "101-118"


def test_title_sentence_before_publisher_town_and_bracketed_year() -> None:
    item = parse_reference("Pratt, L. The Voices of Radio. Sound and Memory, Continuum, London – New York (2012).")
    assert item["title"] == "The Voices of Radio. Sound and Memory"
    assert item["publisher"] == "Continuum"
    assert item["publisher-place"] == "London – New York"


def test_house_named_by_its_words_after_the_title_stop() -> None:
    item = parse_reference("Dyer, R. Heavenly Bodies. British Film Institute, London (1987).")
    assert item["title"] == "Heavenly Bodies"
    assert item["publisher"] == "British Film Institute"
    assert item["publisher-place"] == "London"


def test_chapter_with_bracketed_first_year_before_in() -> None:
    item = parse_reference(
        "Mary Poovey, “The Model System of Contemporary Literary Criticism” [2001], in *Critical Inquiry Reader* "
        "(Chicago: University of Chicago Press, 2004), 112–30; 115."
    )
    assert item["title"] == "The Model System of Contemporary Literary Criticism"
    assert item["container-title"] == "Critical Inquiry Reader"
    assert item["issued"] == {"date-parts": [[2004]]}
    assert item["page"] == "112-30"  # the page the note cites lies in the chapter's range


def test_unpublished_manuscript_whose_title_holds_years() -> None:
    item = parse_reference(
        "Rosa Vidal, “La imprenta en Lima septiembre de 1584 hasta octubre de 1599” (unpublished manuscript, 2016)."
    )
    assert item["title"] == "La imprenta en Lima septiembre de 1584 hasta octubre de 1599"
    assert item["issued"] == {"date-parts": [[2016]]}


def test_natural_order_editor_with_bracketed_role_then_title_and_comma_imprint() -> None:
    item = parse_reference("J. Smith (ed.), Film and Sound, Wallflower Press, London (2010).")
    assert item["editor"] == [{"family": "Smith", "given": "J."}]
    assert "author" not in item
    assert item["title"] == "Film and Sound"
    assert item["publisher"] == "Wallflower Press"
    assert item["publisher-place"] == "London"
