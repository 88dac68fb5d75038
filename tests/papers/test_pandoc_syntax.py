"""Pandoc's citation syntax: clusters, prefixes, locators and their CSL labels, narrative citations."""

from __future__ import annotations

import pytest

from biblio.papers.pandoc_syntax import parse, split_locator


def test_every_citation_form() -> None:
    text = ("As [see @smith2020a, p. 33] and [@lee2019; @kim2018, chap. 2] say, @smith2020b [p. 4]\n"
            "argues [-@lee2019], and @{odd:key} too [@doe99, pp. 33-35, 38-39 and passim].\n")
    clusters = parse(text).clusters
    assert [(c.line, c.narrative, c.items) for c in clusters] == [
        (1, False, [{"id": "smith2020a", "locator": "33", "label": "page", "prefix": "see"}]),
        (1, False, [{"id": "lee2019"}, {"id": "kim2018", "locator": "2", "label": "chapter"}]),
        (1, True, [{"id": "smith2020b", "locator": "4", "label": "page"}]),
        (2, False, [{"id": "lee2019", "suppress-author": True}]),
        (2, True, [{"id": "odd:key"}]),
        (2, False, [{"id": "doe99", "locator": "33-35, 38-39", "label": "page", "suffix": "and passim"}]),
    ]
    assert clusters[2].source == "@smith2020b [p. 4]"


def test_code_mail_links_and_escapes_are_not_citations() -> None:
    text = ("Mail info@example.org, `[@inline]`, \\@escaped, [a link](http://x.org/@user).\n\n"
            "```\n[@fenced] @fenced\n```\n")
    assert parse(text).clusters == []


def test_a_bracket_with_a_part_without_key_is_no_cluster() -> None:
    # as in pandoc, the key inside is then a narrative citation
    clusters = parse("[see above] and [@a; not a key]").clusters
    assert [(c.narrative, c.keys) for c in clusters] == [(True, ["a"])]


@pytest.mark.parametrize(("suffix", "expected"), [
    (", p. 33", ("page", "33", "")),
    (", pp. 33-35, 38-39 and passim", ("page", "33-35, 38-39", "and passim")),
    (" 33", ("page", "33", "")),
    (", chap. 2", ("chapter", "2", "")),
    (", chapter 2", ("chapter", "2", "")),
    (", sec. 3.2", ("section", "3.2", "")),
    (", \u00a7 4", ("section", "4", "")),
    (", para. 4", ("paragraph", "4", "")),
    (", fig. 2", ("figure", "2", "")),
    (", vol. 2, p. 4", ("volume", "2", ", p. 4")),
    (", pp. iv-vi", ("page", "iv-vi", "")),
    (", {pp. iv, vi-xi, (xv)}", ("page", "pp. iv, vi-xi, (xv)", "")),
    (", and passim", ("", "", ", and passim")),
    (", p. 3, in context", ("page", "3", ", in context")),
    (", pp. 33, 35-37, and passim", ("page", "33, 35-37", ", and passim")),
])
def test_locators_take_their_csl_label(suffix: str, expected: tuple[str, str, str]) -> None:
    assert split_locator(suffix) == expected


def test_footnotes_are_found() -> None:
    text = "Body[^a] with [@k].\n\n[^a]: A note citing [@j].\n"
    parsed = parse(text)
    assert [(c.keys, c.note) for c in parsed.clusters] == [(["k"], None), (["j"], "a")]
    assert [label for _pos, label in parsed.footnote_refs] == ["a"]
