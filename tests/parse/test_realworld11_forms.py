"""Forms of real reading lists of open-science handbooks and a research institute's tutorials
(``realworld11.jsonl``): titles cited after them in brackets, link texts pasted as they show (a site's host,
an address with no scheme, a short DOI's link), and Elsevier's names with the particle after the initials."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.records.model import flags


def test_a_title_then_its_author_date_citation() -> None:
    item = parse_reference("Open science is a research accelerator (Woelfle et al., 2011).")
    assert item["title"] == "Open science is a research accelerator"
    assert item["author"] == [{"family": "Woelfle"}]
    assert item["issued"] == {"date-parts": [[2011]]}
    item = parse_reference("Making Data Count (Kratz and Strasser, 2015).")
    assert item["title"] == "Making Data Count"
    assert item["author"] == [{"family": "Kratz"}, {"family": "Strasser"}]
    item = parse_reference("When will 'open science' become simply 'science'? (Watson, 2015).")
    assert item["title"] == "When will 'open science' become simply 'science'?"
    assert item["author"] == [{"family": "Watson"}]
    item = parse_reference(
        "Making Science Transparent By Default; Introducing the TOP Statement (Aalbersberg et al., 2018)."
    )
    assert item["title"] == "Making Science Transparent By Default; Introducing the TOP Statement"
    item = parse_reference(
        "Current issues and research trends on open-source software communities (Martinez-Torres and"
        " Diaz-Fernandez, 2013)."
    )
    assert item["author"] == [{"family": "Martinez-Torres"}, {"family": "Diaz-Fernandez"}]


def test_a_note_closing_on_its_imprint_in_brackets_is_no_citation() -> None:
    item = parse_reference(
        "Ruth Wilson Gilmore, \"Fatal Couplings of Power and Difference: Notes on Racism and Geography\" in Ruth"
        " Wilson Gilmore, Brenna Bhanda and Alberto Toscano, *Abolition Geography* (Verso, 2022)."
    )
    assert item.get("author") != [{"family": "Verso"}]
    item = parse_reference(
        "Jon Duckett, *JavaScript and jQuery: Interactive Front End Development*, (Wiley, 2014)."
    )
    assert item.get("author") != [{"family": "Wiley"}]
