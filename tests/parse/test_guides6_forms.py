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


def test_ancient_work_original_date_with_its_era_before_the_year_cited() -> None:
    item = parse_reference(
        "Sophocles. (441 BCE) 2004. *Antigone*. Translated by Ruth Hale. Boston, MA: Harbor Classics."
    )
    assert _families(item["author"]) == ["Sophocles"]
    assert item["issued"] == {"date-parts": [[2004]]}
    assert item["publisher"] == "Harbor Classics" and item["publisher-place"] == "Boston, MA"
    item = parse_reference(
        "Xenophon. (390–355 BCE) 2011. *Memorabilia*. Translated by Amy Lowe. Revised by Carl Dunn. "
        "Chicago: Lakeside Press."
    )
    assert _families(item["author"]) == ["Xenophon"]
    assert _families(item["translator"]) == ["Lowe"]
    assert item["publisher"] == "Lakeside Press" and "editor" not in item


def test_two_places_joined_by_and_before_the_publisher() -> None:
    item = parse_reference("boyd, danah. 2014. *It’s Complicated*. New Haven and London: Yale University Press.")
    assert item["author"] == [{"family": "boyd", "given": "danah"}]
    assert item["publisher-place"] == "New Haven and London" and item["publisher"] == "Yale University Press"


def test_blog_named_with_its_host_or_owner_after_it() -> None:
    item = parse_reference(
        "Quinn, Tara. 2019. “Counting in Clay.” *Tablet Notes* (blog), *Archaeology Today*. May 2, 2019. "
        "https://blogs.example.org/tablet-notes/counting-in-clay/."
    )
    assert item["container-title"] == "Tablet Notes"
    assert "publisher" not in item
    item = parse_reference(
        "Osei, Kwame. 2021. “Why Logic Matters.” *The Reasoner Blog*, Society for Applied Logic. March 9, 2021. "
        "https://reasoner.example.org/2021/03/09/why-logic-matters/."
    )
    assert item["container-title"] == "The Reasoner Blog"
    assert item["publisher"] == "Society for Applied Logic"


def test_chinese_name_family_first_without_a_comma() -> None:
    item = parse_reference("Wang Hui. 2011. *The Politics of Imagining Asia*. Cambridge, MA: Harvard University Press.")
    assert item["author"] == [{"family": "Wang", "given": "Hui"}]
    item = parse_reference("Hsu Cho-yun. 1965. *Ancient China in Transition*. Stanford, CA: Stanford University Press.")
    assert item["author"] == [{"family": "Hsu", "given": "Cho-yun"}]
    # a Western name in its natural order is no Chinese name: its order is kept
    assert _families(parse_chicago("Ben Wu. 2019. *Tides*. London: Granta.")["author"]) == ["Wu"]  # type: ignore[index]


def test_volume_with_a_title_of_its_own() -> None:
    item = parse_chicago(
        "Hart, Mara. 1988. *A History of Greek Music*. Translated by Ian Roe. Vol. 2, *The Classical Age*. "
        "Oxford: Clarendon Press."
    )
    assert item is not None
    assert item["title"] == "A History of Greek Music"
    assert item["volume"] == "2" and item["volume-title"] == "The Classical Age"
    assert "container-title" not in item
    assert item["publisher"] == "Clarendon Press" and item["publisher-place"] == "Oxford"


def test_web_page_owner_with_its_date_after_the_site() -> None:
    item = parse_reference(
        "Ngata, Aroha, and Ben Cole. 2020. “Tides.” Oceanpedia. Ocean Data Trust, last modified March 3, 2020. "
        "https://oceanpedia.example.org/tides."
    )
    assert item["container-title"] == "Oceanpedia"
    assert item["publisher"] == "Ocean Data Trust"
