# ruff: noqa: E501  (the documents' lines are kept as they are written)
"""Round docs58: a forum post's BBCode, a Jira ticket's wiki markup pasted as text, bullets naming a work before
its address in angle brackets, a short list of links before a closing remark, a last item whose link to a page
of the same project left its words alone."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.bbcode import bbcode_markdown, is_bbcode
from biblio.documents.layout import flavour_of
from biblio.documents.textile import is_textile, textile_markdown
from biblio.references.guard import clean_value


def _sources(text: str, name: str) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


_POST = """[b]Inspiration[/b] – helpers are a tradition:

[list]
[*][url=https://www.nexusmods.com/skyrim/mods/70171]Skyrim Alchemy Helper[/url] by cguebert – the tool that inspired this one.
[/list]

[b]References[/b]

[list]
[*][url=https://en.uesp.net/wiki/Skyrim:Ingredients]UESP[/url] – the ingredient, effect, and save-format documentation this tool is built on.
[*][url=https://github.com/mdfairch/FallrimTools]FallrimTools / ReSaver[/url] (Apache-2.0) – read as a save-format reference.
[/list]

[b]AI[/b] – built with an assistant under human direction: it wrote most of the code and drew the icon.
"""


def test_a_forum_post_s_bbcode_is_read_as_the_markdown_it_stands_for() -> None:
    assert is_bbcode(_POST) and flavour_of(_POST, "post.txt") == "bbcode"
    markdown = bbcode_markdown(_POST).split("\n")
    assert len(markdown) == len(_POST.split("\n"))  # line for line
    assert markdown[6] == "**References**" and markdown[8] == ""
    assert markdown[9].startswith("- [UESP](https://en.uesp.net/wiki/Skyrim:Ingredients) – ")
    assert bbcode_markdown("[list=1]\n[*][i]Title[/i] [url]https://x.org/a[/url]\n[/list]") == "\n1. *Title* https://x.org/a\n"
    assert not is_bbcode("An array index [i] and a range [a, b] in prose, [1] a citation.")


def test_a_short_list_of_links_outweighs_the_closing_remark_after_it() -> None:
    sources = _sources(_POST, "post.txt")
    assert len(sources) == 2 and sources[0].startswith("[UESP](") and sources[1].startswith("[FallrimTools / ReSaver](")


_TICKET = """h2. Recommendation for Production

_Approach 4_ is recommended for the following reasons:

# _Relationship integrity_ — all layers originate from the same FeatureService(s)

- The {{CatalogService}} already supports this approach

---

h2. References

- [ArcGIS Portal — Categories|https://enterprise.arcgis.com/en/portal/latest/administer/windows/manage-categories.htm]
- [ArcGIS REST API — Query Related Records|https://developers.arcgis.com/rest/services-reference/enterprise/query-related-records-feature-service-layer-/]
- [RIMA Content Catalog Implementation|documentation/644-webclient_content_catalog/content-catalog.md]
"""


def test_a_jira_ticket_pasted_as_text_has_headings_links_and_code_spans() -> None:
    assert is_textile(_TICKET) and flavour_of(_TICKET, "ticket.txt") == "textile"
    assert not is_textile("h2. A single heading-like line\n\nand prose.")
    lines = textile_markdown(_TICKET).split("\n")
    assert lines[0] == "## Recommendation for Production" and lines[6] == "- The `CatalogService` already supports this approach"
    assert lines[12].startswith("- [ArcGIS Portal — Categories](https://enterprise.arcgis.com/")
    assert textile_markdown("See [https://example.org/a] and [a smart link|https://example.org/b|smart-link].") == (
        "See https://example.org/a and [a smart link](https://example.org/b).")


def test_a_last_item_linking_within_the_project_stays_one_of_the_list() -> None:
    sources = _sources(_TICKET, "ticket.txt")
    assert len(sources) == 3 and sources[-1] == "RIMA Content Catalog Implementation"
    closing = """## References

- [Title One](https://example.org/one)
- [Title Two](https://example.org/two)
- Thanks to everyone who sent these links over the years.
"""
    assert len(_sources(closing, "links.md")) == 2  # a closing sentence is still no reference


def test_bullets_naming_a_work_before_its_address_in_angle_brackets_are_a_list() -> None:
    text = """Polynomials

## References

* Monomial order <http://en.wikipedia.org/wiki/Monomial_order>

* Polynomial class for Ruby <http://www.math.kobe-u.ac.jp/~kodama/tips-RubyPoly.html>

* constructive-algebra package <http://hackage.haskell.org/package/constructive-algebra>
"""
    items = read_document(text, "notes.md").items
    assert [item["title"] for item in items] == ["Monomial order", "Polynomial class for Ruby", "constructive-algebra package"]
    assert items[2]["URL"] == "http://hackage.haskell.org/package/constructive-algebra"
    assert clean_value("constructive-algebra package <") == "constructive-algebra package"
    assert clean_value("x < y") == "x < y"


def test_a_page_s_title_and_site_set_apart_by_dashes_before_its_address() -> None:
    text = """## 참고 문헌

1. A/B (seamless) system updates — AOSP — https://source.android.com/docs/core/ota/ab
2. Implement A/B updates — AOSP — https://source.android.com/docs/core/ota/ab/ab_implement
"""
    items = read_document(text, "handbook.md").items
    assert [(item["title"], item.get("container-title")) for item in items] == [
        ("A/B (seamless) system updates", "AOSP"), ("Implement A/B updates", "AOSP")]


def test_a_link_s_parenthesis_then_a_dash_and_a_remark() -> None:
    items = read_document(_POST, "post.txt").items
    assert items[1]["title"] == "FallrimTools / ReSaver"
    assert "read as a save-format reference" in items[1]["custom"]["biblio"]["annotation"]
