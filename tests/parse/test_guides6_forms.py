"""Chicago author-date forms of a philosophy textbook's reference lists (``guides_real6.jsonl``): an online
reference work's dated release (``Fall 2020 ed.``) after its editor, with or without ``In`` before the work and
with or without the publication facts after it, and a self-published book's printing platform as its
publisher. The examples are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.readers.chicago.parser import parse_chicago


def _families(names: object) -> list[str]:
    assert isinstance(names, list)
    return [str(n.get("family") or n.get("literal")) for n in names]


def test_reference_work_release_after_its_editor_as_a_sentence() -> None:
    item = parse_reference(
        "Okonkwo, Ada. 2018. “Moral Luck.” *The Cambridge Encyclopedia of Ethics*, edited by Lena M. Hart. "
        "Spring 2021 ed. https://ethics.example.org/archives/spr2021/entries/moral-luck/."
    )
    assert _families(item["editor"]) == ["Hart"]
    assert item["edition"] == "Spring 2021"
    assert item["container-title"] == "The Cambridge Encyclopedia of Ethics"
    assert item["issued"] == {"date-parts": [[2018]]}


def test_reference_work_release_before_the_publication_facts() -> None:
    item = parse_chicago(
        "Ferreira, Joao. 2017. “Free Will.” In *The Cambridge Encyclopedia of Ethics*, edited by Lena M. Hart, "
        "Winter 2019 ed. Boston, MA: Ethics Research Lab, Hart College. https://ethics.example.org/entries/free-will/."
    )
    assert item is not None
    assert _families(item["editor"]) == ["Hart"]
    assert item["edition"] == "Winter 2019"
    assert item["publisher"] == "Ethics Research Lab, Hart College" and item["publisher-place"] == "Boston, MA"


def test_mla_container_with_its_publisher_is_no_reference_work_release() -> None:
    # MLA runs the container on to its publisher and year: no Chicago entry without "In"
    item = parse_reference(
        'Lind, Mara. "Winter Roads." *Tales of the North*, edited by Sam Orr, Birch P, 2012, pp. 10-22.'
    )
    assert _families(item["editor"]) == ["Orr"]
    assert item["publisher"] == "Birch P"


def test_self_published_book_names_its_platform_as_publisher() -> None:
    item = parse_reference("Adeyemi, Tunde. 2016. *Songs of the River*. Self-published, CreateSpace.")
    assert item["publisher"] == "CreateSpace"
    item = parse_reference(
        "Moreau, Claire, trans. 2012. *The Book of Hours*. Self-published, Lulu. https://example.org/hours."
    )
    assert item["publisher"] == "Lulu"
