"""Forms of humanities and social-science reading lists (``humsoc_real.jsonl``): teaching sites' link
labels before an address (``Link to PDF:``) and a link's lost words closing a reference (``[PDF]``),
Zotero's Chicago with its address glued to the page (``): 77.https://…``), a journal numbered by issue
alone, Chicago's ``with`` before a secondary editor and a role closing a whole list, Slovene ``(ur.)``, an
inverted first name with its particle, a publisher's page after the DOI, and Harvard's films cited title
first. The examples are written for these tests."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.input_text import tidy_input
from biblio.parse.normalisers.names import names_from_span, parse_names


def families(item: dict[str, Any], role: str = "author") -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get(role, [])]


def test_link_label_before_address_is_no_field() -> None:
    text = "Ilves, K. (2012). *Parliaments in Transition*. Tartu University Press. {}https://example.org/pit"
    labelled, plain = parse_reference(text.format("Link to publisher's website: ")), parse_reference(text.format(""))
    for item in (labelled, plain):
        item.pop("custom", None)
    assert labelled == plain
    assert labelled["publisher"] == "Tartu University Press"
    assert labelled["URL"] == "https://example.org/pit"


def test_link_labels_are_tidied_away() -> None:
    assert tidy_input("Title. Link to full text: https://x.org/a") == "Title. https://x.org/a"
    assert tidy_input("Press, 2017. Open Access: http://x.org/b.") == "Press, 2017. http://x.org/b."
    assert tidy_input("Workshop. Osaka, Japan. [PDF]") == "Workshop. Osaka, Japan."
    assert tidy_input("Lexicography. [DOI]") == "Lexicography."
    # a Markdown link named PDF keeps its address
    assert tidy_input("Title. [PDF](https://x.org/a.pdf)") == "Title. https://x.org/a.pdf"


def test_glued_address_gets_its_space_and_the_page_stays() -> None:
    assert tidy_input("(1 May 2011): 9.https://doi.org/10.1/x") == "(1 May 2011): 9. https://doi.org/10.1/x"
    # a second address inside an address is left as written
    assert tidy_input("see http://a.org/x.https://b.org") == "see http://a.org/x.https://b.org"
    item = parse_reference(
        "Lindqvist, Maja. ‘Counting Pamphlets’. *Book History Review* 12, no. 2 (1 May 2011): 9."
        "https://doi.org/10.1234/bhr.2011.9."
    )
    assert item["page"] == "9"
    assert item["DOI"] == "10.1234/bhr.2011.9"


def test_bracketed_date_after_issue_is_the_date() -> None:
    item = parse_reference(
        "Brink, Jan Van, and Sara Holm. ‘Reading the Ledger’. *Archival Science* 7, no. 3 (14 March 2019): "
        "210–31.https://doi.org/10.1234/as.2019.3."
    )
    assert item["issued"]["date-parts"][0][0] == 2019
    assert "accessed" not in item


def test_issue_without_volume_in_chicago() -> None:
    item = parse_reference(
        "Morel, Claire. “Les archives du quotidien.” *Revue d’histoire moderne*, no. 41 (June 2, 2004): 15–39."
    )
    assert item["container-title"] == "Revue d’histoire moderne"
    assert item["issue"] == "41"
    assert "volume" not in item
    assert item["page"] == "15-39"


def test_with_before_a_secondary_editor() -> None:
    names = names_from_span("edited by Ruth Kemp and Owen Lloyd with Hana Sato,")
    assert [n["family"] for n in names] == ["Kemp", "Lloyd", "Sato"]
    assert names_from_span("Association with Friends")[0].get("literal") == "Association with Friends"


def test_slovene_editor_role() -> None:
    names = names_from_span("Novak, A. & Horvat, B. (ur.).")
    assert [n["family"] for n in names] == ["Novak", "Horvat"]


def test_role_after_list_names_every_editor() -> None:
    item = parse_reference(
        "Ruth Kemp, Owen Lloyd, Hana Sato, and Ivo Petrov, ed., “The Harbour Registers – A Digital Edition.” "
        "Dunedin: Otago University Press, 2020."
    )
    assert families(item, "editor") == ["Kemp", "Lloyd", "Sato", "Petrov"]
    assert "author" not in item


def test_inverted_first_name_with_particle() -> None:
    names = parse_names("van Dalen, Pieter, Anna Berg, Tomas Lind and Eva Roos")
    assert [n["family"] for n in names] == ["Dalen", "Berg", "Lind", "Roos"]
    assert names[0].get("non-dropping-particle") == "van"


def test_publisher_page_after_doi_is_the_url() -> None:
    item = parse_reference(
        "Hanna Berg, Luca Moretti: Volunteers in the archive, 2019. Journal of Public History, Vol. 4 (2), "
        "11-29. DOI: 10.1234/jph.2019.4 https://www.example.org/article/jph-2019-4"
    )
    assert item["DOI"] == "10.1234/jph.2019.4"
    assert item["URL"] == "https://www.example.org/article/jph-2019-4"


def test_film_cited_title_first() -> None:
    item = parse_reference("Vertigo (1958). Hitchcock, Alfred USA: Paramount Pictures. [film].")
    assert item["title"] == "Vertigo"
    assert families(item, "director") == ["Hitchcock"]
    assert "author" not in item
    assert item["publisher-place"] == "USA"
    assert item["publisher"] == "Paramount Pictures"
    item = parse_reference("Rashomon (1950) Directed by Akira Kurosawa. [Film]. Japan: Daiei Film.")
    assert item["title"] == "Rashomon"
    assert families(item, "director") == ["Kurosawa"]
    assert item["publisher"] == "Daiei Film"


def test_page_after_the_date_bracket_before_the_address() -> None:
    from biblio.parse.mends.addresses import pages_before_address

    from .test_assemble import spans_of
    from .test_mends_humanities import labelled

    text = "Berg, Ola. ‘Ledgers’. *Archives* 5, no. 1 (1 April 2012): 3. https://doi.org/10.1234/ab.3."
    spans = spans_of(text, [("author", "Berg, Ola."), ("date", "April 2012"), ("url", "): 3. https://doi.org/10.1234/ab.3.")])
    mended = labelled(pages_before_address(spans, text))
    assert ("pages", "3") in mended
    assert ("url", "https://doi.org/10.1234/ab.3.") in mended


def test_body_named_before_a_quoted_title_is_the_author() -> None:
    item = parse_reference(
        "Open Heritage Network, \"Why shared vocabularies matter for local archives\", 2019 "
        "https://example.org/blog/shared-vocabularies"
    )
    assert item["title"] == "Why shared vocabularies matter for local archives"
    assert "author" in item
    assert item["issued"]["date-parts"][0][0] == 2019


def test_journal_with_a_colon_is_no_imprint() -> None:
    item = parse_reference(
        "Okafor, N., (2018). Drawn Borders: Maps in Graphic Memoir. The Comics Grid: Journal of Comics "
        "Scholarship. 8, p.4. DOI: https://doi.org/10.16995/cg.999."
    )
    assert item["container-title"] == "The Comics Grid: Journal of Comics Scholarship"
    assert "publisher" not in item and "publisher-place" not in item
    assert item["volume"] == "8"


def test_town_state_and_country_are_one_place() -> None:
    item = parse_reference(
        "Halvorsen, T. (2016). Linking session minutes. In Digital Parliaments, The Third Workshop on Records. "
        "Santa Fe, New Mexico, USA."
    )
    assert item.get("publisher-place") == "Santa Fe, New Mexico, USA"
    assert "publisher" not in item
