"""A Wikipedia article's source: inline refs once each in order of first citation, then the listed works."""

from __future__ import annotations

from pathlib import Path

from biblio.api import read_document
from biblio.documents.layout import flavour_of
from biblio.documents.wikitext import is_wikitext, wikitext_lines

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

ARTICLE = Path(__file__).parents[1] / "data" / "documents" / "wikitext-article.wiki"


def _names(item: dict) -> list[str]:
    return [str(n.get("family") or n.get("literal")) for n in item.get("author", [])]


def test_article_gives_each_cited_work_once_then_the_listed_ones() -> None:
    found = read_document(ARTICLE.read_text(encoding="utf-8"), str(ARTICLE))
    got = [(item["type"], item["title"], _names(item)) for item in found.items]
    assert got == [
        ("article-journal", "Sediment cores from upland lakes", ["Hall", "Okafor"]),  # named, reused twice
        ("book", "Die Seen des Nordens", ["Brandt"]),
        ("book", "Rails and resorts: Tourism in the uplands", ["Pérez"]),  # a plain-text ref, italics read
        ("webpage", "Char survey 2021", []),
        ("book", "Glacial lakes of Scandinavia", ["Lindqvist"]),  # Bibliography
        ("book", "Lakes and their histories", ["Moreau"]),  # Further reading
        ("article-journal", "Ice cover duration on small lakes", ["Tanaka"]),
    ]
    lines = [item["custom"]["biblio"]["line"] for item in found.items]
    assert lines == [6, 9, 11, 14, 23, 27, 28]


def test_prose_ref_is_reported_and_short_citation_linked() -> None:
    found = read_document(ARTICLE.read_text(encoding="utf-8"), str(ARTICLE))
    left = found.left_out("a.wiki")
    assert len(left) == 1 and "line 9: not a reference" in left[0] and "The dispute ended" in left[0]
    lindqvist = found.items[4]
    assert lindqvist["custom"]["biblio"]["notes"] == [{"line": 14, "text": "Lindqvist 2004, p. 102."}]


def test_detected_by_its_marks_in_a_text_file() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    assert is_wikitext(text)
    assert flavour_of(text, "article.txt") == "wikitext"
    assert flavour_of(text, "article.md") == "wikitext"
    assert not is_wikitext("== References ==\nSmith, J. (2020). Title. Publisher.\n")
    assert not is_wikitext("# Notes\n\nSee <ref> and <ref> in HTML.\n")  # no wiki heading


def test_named_ref_defined_in_the_reflist_counts_where_first_cited() -> None:
    text = (
        "Intro.<ref name=b /> More.<ref>{{cite book |last=Ade |title=First |year=2001}}</ref>\n\n"
        "== References ==\n{{Reflist|refs=\n<ref name=b>{{cite book |last=Bell |title=Second |year=2002}}</ref>\n}}\n"
    )
    lines, where = wikitext_lines(text)
    notes = [(line, at) for line, at in zip(lines, where, strict=True) if line.startswith("[^")]
    assert notes == [
        ("[^1]: {{cite book |last=Bell |title=Second |year=2002}}", 5),
        ("[^2]: {{cite book |last=Ade |title=First |year=2001}}", 1),
    ]


def test_plain_ref_markup_cleaned() -> None:
    text = (
        "A.<ref>[[John Smith (writer)|Smith, J.]] (2020). ''Title''. [https://x.org/a Site]. {{doi|10.1/x}}"
        "</ref> B.<ref>{{sfn|Roe|Poe|1999|pp=3–4}}</ref>\n\n== Notes ==\n<references />\n"
    )
    lines, _ = wikitext_lines(text)
    notes = [line for line in lines if line.startswith("[^")]
    assert notes == [
        "[^1]: Smith, J. (2020). *Title*. [Site](https://x.org/a). doi:10.1/x",
        "[^2]: Roe & Poe 1999, pp. 3–4",
    ]


def test_real_article_refs_lists_and_what_is_left_out() -> None:
    path = ARTICLE.parent / "real-wikipedia-stirling.wiki"
    found = read_document(path.read_text(encoding="utf-8"), str(path))
    assert len(found.items) == 25
    titles = [item.get("title") for item in found.items]
    assert titles[:3] == [
        "Combinatorics: Ancient & Modern",
        "Concrete Mathematics",
        "Section 1.2 – Subsets and binomial coefficients",
    ]
    assert titles[8:10] == [
        "Handbook of Discrete and Combinatorial Mathematics",  # a *{{Citation over lines
        "Commutation Relations, Normal Ordering, and Stirling Numbers",
    ]
    knuth = next(item for item in found.items if item.get("title") == "Two notes on notation")
    # the cited journal article and "D.E. Knuth, 1992." both point to the listed work
    assert [note["line"] for note in knuth["custom"]["biblio"]["notes"]] == [16, 59]
    left = [message.split(": ", 3)[-1] for message in found.left_out("a.wiki")]
    assert [text.split('"')[1][:20] for text in left] == ["*Concrete Mathematic", "(Section 26.8)."]


def test_french_article_notes_at_their_template_then_grouped_bibliography() -> None:
    """French Wikipedia's source: {{Lien web}} refs shown at {{Références}} (before "Voir aussi"), then the
    "Bibliographie" list of {{Ouvrage}} templates and a "Bibliographie supplémentaire" under sub-headings."""
    path = ARTICLE.parent / "real-wikipedia-fr-freebsd-lien-web.wiki"
    found = read_document(path.read_text(encoding="utf-8"), str(path))
    titles = [item.get("title") for item in found.items]
    assert len(titles) == 16
    assert titles[0] == "Record de transfert de données" and titles[9] == "Using pkgng for Binary Package Management"
    assert titles[12] == "Unix system administration handbook"
    assert "McKusick" in found.items[14]["custom"]["biblio"]["source"]


def test_other_languages_categories_are_layout_and_a_german_note_s_page_a_locator() -> None:
    """"[[Catégorie:…]]" is no text of the last entry above it; "…, Warszawa 1977, S. 36 ff." cites page 36."""
    path = ARTICLE.parent / "real-wikiversity-de-verteilungsfunktion.wiki"
    found = read_document(path.read_text(encoding="utf-8"), str(path))
    borowkow = found.items[4]
    assert "page" not in borowkow and borowkow["custom"]["biblio"]["locator"] == "S. 36 ff."
    assert not any("Kategorie" in str(item) for item in found.items)
    french = ARTICLE.parent / "real-wikipedia-fr-freebsd-lien-web.wiki"
    last = read_document(french.read_text(encoding="utf-8"), str(french)).items[-1]
    assert "Catégorie" not in last["custom"]["biblio"]["source"]
    assert last.get("publisher") != "Sécurité du système d'exploitation"
