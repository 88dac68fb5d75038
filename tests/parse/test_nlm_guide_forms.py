"""Citing Medicine's (NLM) and AMA's forms, typed as the guides write them: a proceedings paper with the meeting's
days and town before the book's imprint, a newspaper's lettered pages, a homepage named by its domain, an online
article's extent in brackets, a patent with its inventor and assignee; and IEEE's dataset in a repository."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_meeting_days_and_town_before_the_imprint() -> None:
    item = parse_reference(
        "Christensen S, Oppacher F. An analysis of Koza's computational effort statistic for genetic programming. "
        "In: Foster JA, Lutton E, Miller J, Ryan C, Tettamanzi AG, editors. Genetic programming. EuroGP 2002: "
        "Proceedings of the 5th European Conference on Genetic Programming; 2002 Apr 3-5; Kinsdale, Ireland. "
        "Berlin: Springer; 2002. p. 182-91."
    )
    assert (item.get("publisher"), item.get("publisher-place")) == ("Springer", "Berlin")
    assert item.get("event-place") == "Kinsdale, Ireland"
    assert "volume" not in item
    assert item["page"] == "182-91"


def test_newspaper_lettered_pages() -> None:
    item = parse_reference(
        "Pollack A. Drug makers pressed to report on trials. New York Times. September 8, 2004:C1, C4."
    )
    assert item.get("page") == "C1, C4"
    assert "volume" not in item


def test_homepage_named_by_its_domain() -> None:
    item = parse_reference(
        "Cancer-Pain.org [Internet]. New York: Association of Cancer Online Resources, Inc.; c2000-01 [updated 2002 "
        "May 16; cited 2002 Jul 9]. Available from: http://www.cancer-pain.org/."
    )
    assert item.get("title") == "Cancer-Pain.org"
    assert "author" not in item and "page" not in item
    assert item["issued"]["date-parts"][0][0] == 2000  # the copyright date, not the update
    assert "updated 2002 May 16" in item["note"]


def test_extent_in_brackets_is_a_note() -> None:
    item = parse_reference(
        "Abood S. Quality improvement initiative in nursing homes: the ANA acts in an advisory role. Am J Nurs "
        "[Internet]. 2002 Jun [cited 2002 Aug 12];102(6):[about 1 p.]. Available from: "
        "https://www.nursingworld.org/AJN/2002/june/Wawatch.htmArticle"
    )
    assert "publisher" not in item
    assert (item.get("volume"), item.get("issue")) == ("102", "6")
    assert "[about 1 p.]" in item["note"]


def test_patent_with_inventor_and_assignee() -> None:
    item = parse_reference(
        "Pagedas AC, inventor; Ancel Surgical R&D Inc., assignee. Flexible endoscopic grasping and cutting device and "
        "positioning tool assembly. United States patent US 20020103498. 2002 Aug 1."
    )
    assert item["type"] == "patent"
    assert item["author"] == [{"family": "Pagedas", "given": "AC"}]
    assert item.get("number") == "US 20020103498"
    assert "Ancel Surgical R&D Inc." in item["note"]


def test_repository_of_a_deposited_dataset_is_its_publisher() -> None:
    item = parse_reference(
        '[20] T. Kato, "Dataset of traffic flows," Zenodo, 2021. [Online]. Available: '
        "https://doi.org/10.5281/zenodo.1234567"
    )
    assert (item.get("publisher"), item.get("container-title")) == ("Zenodo", None)
    # a help page on the repository's site keeps it as the site
    item = parse_reference('"What are the size limits in Zenodo?", Zenodo, https://help.zenodo.org')
    assert (item.get("publisher"), item.get("container-title")) == (None, "Zenodo")
