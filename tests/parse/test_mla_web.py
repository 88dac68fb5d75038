"""MLA 9's web source, ``Author. "Title." Website, Publisher, Day Mon. Year, URL.``: the site is the
container, a second part before the date its publisher, a scheme-less address whole, the type a web
page unless the site is a newspaper or magazine; other MLA forms are left as they were."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.mends.mla_web import web_source_parts
from biblio.parse.normalisers.identifiers import url_value
from biblio.parse.spans import Span


def _read(text: str) -> dict[str, Any]:
    item = read_reference(text)
    return {k: item.get(k) for k in ("type", "title", "container-title", "publisher", "URL", "note", "accessed")}


@pytest.mark.parametrize(
    ("text", "site", "publisher", "url", "kind"),
    [
        (
            '"Climate change." Wikipedia, Wikimedia Foundation, 10 Jan. 2023, en.wikipedia.org/wiki/Climate_change.',
            "Wikipedia",
            "Wikimedia Foundation",
            "en.wikipedia.org/wiki/Climate_change",
            "webpage",
        ),
        (
            'Smith, Anna. "Why Bees Matter." National Geographic, National Geographic Society, 12 May 2019, '
            "www.nationalgeographic.com/bees.",
            "National Geographic",
            "National Geographic Society",
            "www.nationalgeographic.com/bees",
            "article-magazine",
        ),
        (
            'Jones, Bob. "Coding Tips." Medium, 4 Feb. 2020, medium.com/@bob/coding-tips.',
            "Medium",
            None,
            "medium.com/@bob/coding-tips",
            "webpage",
        ),
        (
            '"COVID-19 Vaccines." Centers for Disease Control and Prevention, U.S. Department of Health and Human '
            "Services, 5 Mar. 2021, www.cdc.gov/vaccines.html.",
            "Centers for Disease Control and Prevention",
            "U.S. Department of Health and Human Services",
            "www.cdc.gov/vaccines.html",
            "webpage",
        ),
        (
            '"Voting Rights." Brennan Center for Justice, New York University School of Law, Sept. 2020, '
            "https://www.brennancenter.org/voting.",
            "Brennan Center for Justice",
            "New York University School of Law",
            "https://www.brennancenter.org/voting",
            "webpage",
        ),
        (
            'Lee, Kim. "Storm Warnings." The New York Times, 2 Oct. 2021, '
            "www.nytimes.com/2021/10/02/weather/storm.html.",
            "The New York Times",
            None,
            "www.nytimes.com/2021/10/02/weather/storm.html",
            "article-newspaper",
        ),
        (
            '"Home Page." Example Site, 3 Mar. 2018, www.example.org/~user/page%20one.html.',
            "Example Site",
            None,
            "www.example.org/~user/page%20one.html",
            "webpage",
        ),
    ],
)
def test_web_source_parts(text: str, site: str, publisher: str | None, url: str, kind: str) -> None:
    item = _read(text)
    assert item["container-title"] == site
    assert item["publisher"] == publisher
    assert item["URL"] == url
    assert item["type"] == kind
    assert item["note"] is None


def test_access_date_after_address() -> None:
    item = _read('Jones, Bob. "Coding Tips." Medium, 4 Feb. 2020, medium.com/@bob/coding-tips. Accessed 5 Apr. 2022.')
    assert item["URL"] == "medium.com/@bob/coding-tips"
    assert item["accessed"] == {"date-parts": [[2022, 4, 5]]}
    assert item["container-title"] == "Medium"
    assert item["note"] is None


def test_italic_site_closed_by_full_stop() -> None:
    item = _read('"Al-Qaeda." *Wikipedia*. Wikimedia Foundation, 25 Aug. 2017, https://en.wikipedia.org/wiki/Al-Qaeda.')
    assert item["container-title"] == "Wikipedia"
    assert item["publisher"] == "Wikimedia Foundation"


def test_journal_article_left_alone() -> None:
    item = read_reference('Brown, Ann. "A Study of Things." Journal of Stuff, vol. 3, no. 2, 2019, pp. 1-9.')
    assert item["type"] == "article-journal"
    assert item["container-title"] == "Journal of Stuff"
    assert (item["volume"], item["issue"], item["page"]) == ("3", "2", "1-9")
    assert "publisher" not in item


def _spans(text: str, *cuts: tuple[str, str]) -> list[Span]:
    out, at = [], 0
    for label, part in cuts:
        a = text.index(part, at)
        out.append(Span(label, part, a, a + len(part), 0.9))
        at = a + len(part)
    return out


def test_mend_leaves_other_forms() -> None:
    # three parts before the date: not the form (a site, a publisher), nothing is guessed
    text = '"Page." Site, Publisher, Place, 5 Mar. 2021, www.example.org/page.'
    spans = _spans(
        text,
        ("title", '"Page."'),
        ("publisher", "Site, Publisher, Place,"),
        ("date", "5 Mar. 2021,"),
        ("url", "www.example.org/page."),
    )
    assert web_source_parts(spans, text) is spans
    # a locator among the parts: a journal's volume, not a publisher
    text = '"Title." Journal, vol. 3, 5 Mar. 2021, www.example.org/page.'
    spans = _spans(
        text,
        ("title", '"Title."'),
        ("journal", "Journal, vol. 3,"),
        ("date", "5 Mar. 2021,"),
        ("url", "www.example.org/page."),
    )
    assert web_source_parts(spans, text) is spans
    # no address at the end
    text = '"Title." Site, Publisher, 5 Mar. 2021.'
    spans = _spans(text, ("title", '"Title."'), ("publisher", "Site, Publisher,"), ("date", "5 Mar. 2021."))
    assert web_source_parts(spans, text) is spans


def test_lone_two_part_host_is_an_address() -> None:
    assert url_value("medium.com/@bob/coding-tips") == "medium.com/@bob/coding-tips"
    assert url_value("see medium.com/@bob") is None  # only a span that is the address alone


def test_comma_inside_italic_site_is_its_own() -> None:
    item = _read(
        "Brocardo, Marcelo. “Authorship Verification.” _2013 International Conference on Computer, Information and "
        "Telecommunication Systems (CITS)_, 2013, https://example.org/cits."
    )
    assert (
        item["container-title"]
        == "2013 International Conference on Computer, Information and Telecommunication Systems (CITS)"
    )
    assert item["publisher"] is None


def test_a_site_named_by_its_host_is_the_container_not_a_genre() -> None:
    # "martinfowler.com," was read as the genre, leaving the page with no site
    item = read_reference(
        'Fowler, Martin. "Microservices." martinfowler.com, 25 March 2014, '
        "https://martinfowler.com/articles/microservices.html."
    )
    assert item["container-title"] == "martinfowler.com"
    assert "genre" not in item
    assert item["issued"] == {"date-parts": [[2014, 3, 25]]}
