"""MLA 9's and MHRA's book and anthology imprints (``mends/mla_imprints``, ``mends/imprints``,
``normalisers/title``), a translator's sentence closing a Harvard title (``normalisers/title.translator_apart``)
and APA theses described in Portuguese and Italian (``readers/apa/title``)."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_a_firm_named_by_its_partners_is_one_publisher() -> None:
    # "Little" was read as the place and "Brown and Company" as the publisher
    item = parse_reference("Gladwell, Malcolm. Outliers: The Story of Success. Little, Brown and Company, 2008.")
    assert item["publisher"] == "Little, Brown and Company"
    assert "publisher-place" not in item


def test_a_short_place_before_a_press_still_opens_the_imprint() -> None:
    item = parse_reference(
        "Dupont, Jean. Les villes du nord. Louvain La Neuve, Presses Universitaires de Louvain, 2010."
    )
    assert (item["publisher-place"], item["publisher"]) == ("Louvain La Neuve", "Presses Universitaires de Louvain")


def test_the_book_of_a_quoted_essay_before_its_publisher_after_a_comma() -> None:
    item = parse_reference(
        'Baldwin, James. "Stranger in the Village." Notes of a Native Son, Beacon Press, 1955, pp. 159-75.'
    )
    assert (item["title"], item["container-title"], item["publisher"]) == (
        "Stranger in the Village", "Notes of a Native Son", "Beacon Press",
    )
    assert item["page"] == "159-75"


def test_a_volume_letter_after_vol_is_no_part_of_the_publisher() -> None:
    item = parse_reference(
        'Walker, Alice. "Everyday Use." The Norton Anthology of American Literature, edited by Nina Baym, 8th ed., '
        "vol. E, W. W. Norton, 2012, pp. 1200-06."
    )
    assert (item["volume"], item["publisher"]) == ("E", "W. W. Norton")
    assert item["container-title"] == "The Norton Anthology of American Literature"


def test_a_translator_named_by_initials_then_family_leaves_the_title() -> None:
    for text, title, family in [
        (
            "Bourdieu, P. (1984) Distinction: A Social Critique of the Judgement of Taste. Translated by R. Nice. "
            "London: Routledge & Kegan Paul.",
            "Distinction: A Social Critique of the Judgement of Taste",
            "Nice",
        ),
        (
            "Foucault, M. (1977) Discipline and Punish: The Birth of the Prison. Translated from the French by "
            "A. Sheridan. New York: Pantheon.",
            "Discipline and Punish: The Birth of the Prison",
            "Sheridan",
        ),
    ]:
        item = parse_reference(text)
        assert item["title"] == title
        assert [t["family"] for t in item["translator"]] == [family]


def test_two_editors_end_at_the_comma_before_the_publisher_and_the_closing_series() -> None:
    # "Simon & Schuster" was read as two more editors and the series after the year as the publisher
    item = parse_reference(
        "Shakespeare, William. Hamlet. Edited by Barbara A. Mowat and Paul Werstine, Simon & Schuster, 2012. "
        "Folger Shakespeare Library."
    )
    assert [e["family"] for e in item["editor"]] == ["Mowat", "Werstine"]
    assert (item["publisher"], item["collection-title"]) == ("Simon & Schuster", "Folger Shakespeare Library")


def test_mhras_imprint_bracket_opening_after_the_title_is_no_part_of_it() -> None:
    # the title kept the imprint's "(" and the record was flagged for it
    item = parse_reference("Bourdieu, Pierre, La Distinction: critique sociale du jugement (Paris: Minuit, 1979)")
    assert item["title"] == "La Distinction: critique sociale du jugement"
    assert (item["publisher-place"], item["publisher"]) == ("Paris", "Minuit")


def test_apa_theses_described_in_portuguese_and_italian_leave_the_title() -> None:
    # "(Tese de doutorado)" stayed in the title; "(Tesi di laurea)" made a book
    item = parse_reference(
        "Silva, A. B. (2019). Título da tese (Tese de doutorado). Universidade de São Paulo, São Paulo."
    )
    assert (item["title"], item["genre"], item["type"]) == ("Título da tese", "Tese de doutorado", "thesis")
    item = parse_reference("Bianchi, L. (2015). Titolo della tesi (Tesi di laurea). Università di Bologna.")
    assert (item["title"], item["type"]) == ("Titolo della tesi", "thesis")
