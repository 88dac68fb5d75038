"""Reference styles, read through assemble: one hand-labelled reference per style.

The spans are what a correct sequence labeller gives (a field's own characters,
connecting words such as ``vol.``/``pp.`` between fields left unlabelled); the
assertions are the CSL fields the record conventions require.  End-to-end
cases through ``parse_reference`` follow at the end.
"""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.assemble import assemble
from biblio.parse.spans import Span
from biblio.records.model import flags


def spans_of(text: str, labelled: list[tuple[str, str]]) -> list[Span]:
    """Spans for the ``(label, piece)`` pairs, found left to right; the text between them is ``other``."""
    out: list[Span] = []
    pos = 0
    for label, piece in labelled:
        start = text.index(piece, pos)
        if text[pos:start].strip():
            out.append(Span("other", text[pos:start], pos, start))
        out.append(Span(label, piece, start, start + len(piece), 0.9))
        pos = start + len(piece)
    if text[pos:].strip():
        out.append(Span("other", text[pos:], pos, len(text)))
    return out


def names(item: dict[str, Any], var: str = "author") -> list[str]:
    return [" ".join(x for x in (n.get("non-dropping-particle"), n.get("family") or n.get("literal")) if x)
            for n in item.get(var, [])]


ARTICLE = {
    "type": "article-journal", "title": "Title of the article", "volume": "12", "issue": "3", "page": "45-67",
    "DOI": "10.1000/abc123", "year": 2020,
}

STYLES: list[tuple[str, str, list[tuple[str, str]], dict[str, Any]]] = [
    (
        "apa",
        "Smith, J. A., & van der Lee, K. (2020). Title of the article. *Journal of Things*, *12*(3), 45\u201367. "
        "https://doi.org/10.1000/abc123",
        [("author", "Smith, J. A., & van der Lee, K."), ("date", "(2020)"), ("title", "Title of the article."),
         ("journal", "*Journal of Things*"), ("volume", "*12*"), ("issue", "(3)"), ("pages", "45\u201367"),
         ("doi", "https://doi.org/10.1000/abc123")],
        {**ARTICLE, "authors": ["Smith", "van der Lee"], "container-title": "Journal of Things"},
    ),
    (
        "chicago-author-date",
        "Smith, John A., and Kim van der Lee. 2020. \u201cTitle of the Article.\u201d *Journal of Things* 12 (3): "
        "45\u201367. https://doi.org/10.1000/abc123.",
        [("author", "Smith, John A., and Kim van der Lee."), ("date", "2020."),
         ("title", "\u201cTitle of the Article.\u201d"), ("journal", "*Journal of Things*"), ("volume", "12"),
         ("issue", "(3)"), ("pages", "45\u201367."), ("doi", "https://doi.org/10.1000/abc123.")],
        {**ARTICLE, "title": "Title of the Article", "authors": ["Smith", "van der Lee"],
         "container-title": "Journal of Things"},
    ),
    (
        "chicago-notes-bibliography",
        "Smith, John A., and Kim van der Lee. \u201cTitle of the Article.\u201d *Journal of Things* 12, no. 3 "
        "(2020): 45\u201367. https://doi.org/10.1000/abc123.",
        [("author", "Smith, John A., and Kim van der Lee."), ("title", "\u201cTitle of the Article.\u201d"),
         ("journal", "*Journal of Things*"), ("volume", "12,"), ("issue", "no. 3"), ("date", "(2020):"),
         ("pages", "45\u201367."), ("doi", "https://doi.org/10.1000/abc123.")],
        {**ARTICLE, "title": "Title of the Article", "authors": ["Smith", "van der Lee"],
         "container-title": "Journal of Things"},
    ),
    (
        "mla",
        "Smith, John A., and Kim van der Lee. \u201cTitle of the Article.\u201d *Journal of Things*, vol. 12, "
        "no. 3, 2020, pp. 45\u201367, https://doi.org/10.1000/abc123.",
        [("author", "Smith, John A., and Kim van der Lee."), ("title", "\u201cTitle of the Article.\u201d"),
         ("journal", "*Journal of Things*,"), ("volume", "vol. 12, no. 3,"), ("date", "2020,"),
         ("pages", "pp. 45\u201367,"), ("doi", "https://doi.org/10.1000/abc123.")],
        {**ARTICLE, "title": "Title of the Article", "authors": ["Smith", "van der Lee"],
         "container-title": "Journal of Things"},
    ),
    (
        "harvard",
        "Smith, J.A. and van der Lee, K. (2020) \u2018Title of the article\u2019, *Journal of Things*, 12(3), "
        "pp. 45\u201367. doi:10.1000/abc123.",
        [("author", "Smith, J.A. and van der Lee, K."), ("date", "(2020)"),
         ("title", "\u2018Title of the article\u2019,"), ("journal", "*Journal of Things*,"), ("volume", "12(3),"),
         ("pages", "pp. 45\u201367."), ("doi", "doi:10.1000/abc123.")],
        {**ARTICLE, "authors": ["Smith", "van der Lee"], "container-title": "Journal of Things"},
    ),
    (
        "ieee",
        "[4] J. A. Smith and K. van der Lee, \u201cTitle of the article,\u201d *J. Things*, vol. 12, no. 3, "
        "pp. 45\u201367, Mar. 2020, doi: 10.1000/abc123.",
        [("citation-number", "[4]"), ("author", "J. A. Smith and K. van der Lee,"),
         ("title", "\u201cTitle of the article,\u201d"), ("journal", "*J. Things*,"), ("volume", "12,"),
         ("issue", "3,"), ("pages", "45\u201367,"), ("date", "Mar. 2020,"), ("doi", "doi: 10.1000/abc123.")],
        {**ARTICLE, "authors": ["Smith", "van der Lee"], "container-title": "J. Things", "month": 3},
    ),
    (
        "vancouver",
        "4. Smith JA, van der Lee K. Title of the article. J Things. 2020 Mar;12(3):45-67. doi:10.1000/abc123",
        [("citation-number", "4."), ("author", "Smith JA, van der Lee K."), ("title", "Title of the article."),
         ("journal", "J Things."), ("date", "2020 Mar;"), ("volume", "12(3):"), ("pages", "45-67."),
         ("doi", "doi:10.1000/abc123")],
        {**ARTICLE, "authors": ["Smith", "van der Lee"], "container-title": "J Things", "month": 3},
    ),
    (
        "physics",
        "[12] A. B. Smith and C. D. Jones, Phys. Rev. Lett. 94, 094516 (2002).",
        [("citation-number", "[12]"), ("author", "A. B. Smith and C. D. Jones,"), ("journal", "Phys. Rev. Lett."),
         ("volume", "94,"), ("pages", "094516"), ("date", "(2002).")],
        {"type": "article-journal", "authors": ["Smith", "Jones"], "container-title": "Phys. Rev. Lett.",
         "volume": "94", "page": "094516", "year": 2002},
    ),
]


@pytest.mark.parametrize(("style", "text", "labelled", "expected"), STYLES, ids=[s[0] for s in STYLES])
def test_style(style: str, text: str, labelled: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = assemble(spans_of(text, labelled), text)
    assert names(item) == expected["authors"]
    assert item["issued"]["date-parts"][0][0] == expected["year"]
    if "month" in expected:
        assert item["issued"]["date-parts"][0][1] == expected["month"]
    for var in ("type", "title", "container-title", "volume", "issue", "page", "DOI"):
        assert item.get(var) == expected.get(var), var
    assert "URL" not in item  # only the DOI's link
    # a physics reference has no title: flagged as a detail, nothing else is
    assert flags(item) == ([] if "title" in expected else ["no-title"])
    assert "remainder" not in item["custom"]["biblio"]
    assert item["custom"]["biblio"]["source"] == text


def test_chicago_book() -> None:
    text = "Smith, John. *The Book Title: A Subtitle*. 2nd ed. New York: Penguin Press, 2019."
    item = assemble(spans_of(text, [("author", "Smith, John."), ("title", "*The Book Title: A Subtitle*."),
                                    ("edition", "2nd ed."), ("location", "New York:"),
                                    ("publisher", "Penguin Press,"), ("date", "2019.")]), text)
    assert item["type"] == "book" and item["title"] == "The Book Title: A Subtitle"
    assert (item["edition"], item["publisher"], item["publisher-place"]) == ("2", "Penguin Press", "New York")


def test_apa_chapter_with_editors() -> None:
    text = ("Lee, K. (2018). A chapter. In A. Editor & B. Other (Eds.), *The handbook* (2nd ed., pp. 10\u201320). "
            "Routledge.")
    item = assemble(spans_of(text, [
        ("author", "Lee, K."), ("date", "(2018)."), ("title", "A chapter."),
        ("editor", "In A. Editor & B. Other (Eds.),"),
        ("container-title", "*The handbook*"), ("edition", "(2nd ed.,"), ("pages", "pp. 10\u201320)."),
        ("publisher", "Routledge.")]), text)
    assert item["type"] == "chapter"
    assert names(item, "editor") == ["Editor", "Other"]
    assert (item["container-title"], item["edition"], item["page"]) == ("The handbook", "2", "10-20")


def test_apa_webpage_by_an_organisation() -> None:
    text = "World Health Organization. (2021, March 3). *Fact sheet on things*. https://www.who.int/news/fact_sheet"
    item = assemble(spans_of(text, [("author", "World Health Organization."), ("date", "(2021, March 3)."),
                                    ("title", "*Fact sheet on things*."),
                                    ("url", "https://www.who.int/news/fact_sheet")]), text)
    assert item["author"] == [{"literal": "World Health Organization"}]
    assert item["issued"] == {"date-parts": [[2021, 3, 3]]}
    assert item["URL"] == "https://www.who.int/news/fact_sheet" and item["type"] == "webpage"


def test_mla_webpage_no_author_with_access_date() -> None:
    text = "\u201cPage Title.\u201d *Site Name*, 3 Mar. 2020, www.example.org/page. Accessed 5 May 2021."
    item = assemble(spans_of(text, [("title", "\u201cPage Title.\u201d"), ("container-title", "*Site Name*,"),
                                    ("date", "3 Mar. 2020,"), ("url", "www.example.org/page."),
                                    ("accessed", "Accessed 5 May 2021.")]), text)
    assert item["title"] == "Page Title" and item["container-title"] == "Site Name"
    assert item["issued"] == {"date-parts": [[2020, 3, 3]]}
    assert item["accessed"] == {"date-parts": [[2021, 5, 5]]}
    assert item["URL"] == "www.example.org/page" and item["type"] == "webpage"
    assert "author" not in item


def test_news_article_with_nd() -> None:
    text = "Doe, J. (n.d.). Council votes on budget. *The Guardian*. https://www.theguardian.com/x"
    item = assemble(spans_of(text, [("author", "Doe, J."), ("date", "(n.d.)."), ("title", "Council votes on budget."),
                                    ("journal", "*The Guardian*."), ("url", "https://www.theguardian.com/x")]), text)
    assert "issued" not in item and item["type"] == "article-newspaper"
