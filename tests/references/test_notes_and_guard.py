"""Short notes, ditto authors, annotations, cited pages, and the markup guard on records."""

from __future__ import annotations

import pytest

from biblio.api import read_document
from biblio.references.guard import clean_value, guard, unwrap_url_marks
from biblio.references.notes import annotation, cited_page, same_authors, short_note


@pytest.mark.parametrize("text, names, year", [
    ("Smith (1970), p. 2.", "Smith", "1970"),
    ("Smith 1970, 2.", "Smith", "1970"),
    ("Smith and Jones (1999: 23).", "Smith and Jones", "1999"),
    ("Fuegi & Francis 2003, p. 16.", "Fuegi & Francis", "2003"),
    ("Smith, *Things*, 45.", "Smith", None),
    ("Williams, “Culture,” 12–14.", "Williams", None),
])
def test_short_notes(text: str, names: str, year: str | None) -> None:
    note = short_note(text)
    assert note is not None and note.names == names and note.year == year


@pytest.mark.parametrize("text", ["Ibid.", "Ibid., 12.", "ibid, p. 4", "Id. at 5."])
def test_ibid(text: str) -> None:
    note = short_note(text)
    assert note is not None and note.ibid


@pytest.mark.parametrize("text", [
    "Smith, J. (1970). *Things*. Press.",
    "John Smith, *Things* (London: Press, 2020), 12.",
    "Human Rights Watch. (2024). *Pakistan*.",
    "Smith (1970). https://doi.org/10.1/x",
])
def test_full_references_are_no_short_notes(text: str) -> None:
    assert short_note(text) is None


def test_ditto_annotation_and_cited_page() -> None:
    assert same_authors("———. 1983. *More*. Press.") == (True, "1983. *More*. Press.")
    assert same_authors("---, *More*, 1983.") == (True, "*More*, 1983.")
    assert annotation("X. 2020. *Y*. Press. [pp. 91–104]") == ("X. 2020. *Y*. Press.", "pp. 91–104")
    assert annotation("X. (2020). *Data* [Dataset].") == ("X. (2020). *Data* [Dataset].", None)
    assert cited_page("Jane Doe, *T* (London: P, 2020), 12.") == ("Jane Doe, *T* (London: P, 2020).", "12")


def test_ditto_takes_the_previous_authors() -> None:
    text = ("## References\n\nSmith, J. (2020). *First book*. Press.\n\n"
            "———. (2021). *Second book*. Press.\n")
    first, second = read_document(text, "x.md").items
    assert second["author"] == first["author"] == [{"family": "Smith", "given": "J."}]
    assert second["title"] == "Second book"


def test_a_short_note_is_never_a_record_even_without_its_entry() -> None:
    text = "Text.[^1]\n\n[^1]: Smith (1970), p. 2.\n\n## References\n\nDoe, A. (2019). *X*. P.\n"
    found = read_document(text, "x.md")
    assert [i["title"] for i in found.items] == ["X"]
    assert found.warnings == ["line 3: short note matches no full reference: Smith (1970), p. 2."]


@pytest.mark.parametrize("value, clean", [
    ("*Title* and _more_", "Title and more"),
    ("**Bold** [text](https://x.org) [ref][r]", "Bold text ref"),
    ("<span class='x'>a</span> &amp; <i>kept</i> <sup>2</sup>", "a & <i>kept</i> <sup>2</sup>"),
    ("\\*literal\\* stars", "*literal* stars"),
    ("see <https://x.org/a>[^3]", "see https://x.org/a"),
    ("snake_case_name", "snake_case_name"),
])
def test_clean_value(value: str, clean: str) -> None:
    assert clean_value(value) == clean


def test_guard_keeps_addresses_and_finds_the_work_s_link() -> None:
    item = {"type": "webpage", "title": "[A title](https://example.org/a_b)", "URL": "https://x.org/a_b_c"}
    assert guard(item, "")["URL"] == "https://x.org/a_b_c"
    item = {"type": "book", "title": "A title"}
    assert guard(item, "[Doe](https://wiki.org/Doe). [A title](https://doi.org/10.1000/ab)")["DOI"] == "10.1000/ab"
    assert "URL" not in guard({"type": "book", "title": "Other"}, "[Doe](https://wiki.org/Doe). Other.")


def test_a_linked_title_beside_a_doi_keeps_its_address() -> None:
    reference = "Smith, J. (2020). [Deep things](https://example.com/deep). *J*, 1. <https://doi.org/10.1234/abc>"
    item = guard({"type": "article-journal", "title": "Deep things", "DOI": "10.1234/abc"}, reference)
    assert item["URL"] == "https://example.com/deep" and item["DOI"] == "10.1234/abc"
    # the DOI's own link is no URL of the work
    reference = "Smith, J. (2020). [Deep things](https://doi.org/10.1234/abc). *J*, 1."
    assert "URL" not in guard({"type": "article-journal", "title": "Deep things", "DOI": "10.1234/abc"}, reference)


def test_a_note_citing_several_works_after_a_lead_in_gives_each() -> None:
    text = ("Text.\n\n## Notes\n\n1. See John Smith, *Things* (London: Press, 2020), 12; Jane Doe, *Other Things* "
            "(Paris: Maison, 2019), 3.\n2. Smith, *Things*, 14.\n3. On this I agree with my editor; she was right.\n")
    found = read_document(text, "x.md")
    assert [i["custom"]["biblio"]["source"] for i in found.items] == [
        "John Smith, *Things* (London: Press, 2020).", "Jane Doe, *Other Things* (Paris: Maison, 2019).",
    ]
    assert [i["custom"]["biblio"]["locator"] for i in found.items] == ["12", "3"]
    assert [n["line"] for n in found.items[0]["custom"]["biblio"]["notes"]] == [6]
    assert any("agree with my editor" in d for d in found.details)


def test_a_reference_inside_a_note_after_see_is_the_note_s_work() -> None:
    text = "## Notes\n\n1. For a good overview, see John Smith, *Things* (London: Press, 2020), 12.\n"
    assert [i["custom"]["biblio"]["source"] for i in read_document(text, "x.md").items] == [
        "John Smith, *Things* (London: Press, 2020)."]


def test_a_reference_cut_by_a_page_break_is_joined() -> None:
    text = "References\n\nSmith, J. (2020). Title of the\n\npaper. In Proc. X.\n\nDoe, A. (2019). Other. Press.\n"
    assert [i["custom"]["biblio"]["source"] for i in read_document(text, "x.txt").items] == [
        "Smith, J. (2020). Title of the paper. In Proc. X.", "Doe, A. (2019). Other. Press."]


def test_page_tails_and_comments_are_no_references() -> None:
    text = ("<!-- Smith, J. (2020). A commented-out entry. Press. -->\nReferences\n\nDoe, A. (2019). *X*. P.\n\n"
            "Roe, B. (2018). Y. Q.\n\nLast updated March 2024.\n\n© 2024 The Blog\n")
    assert [i["custom"]["biblio"]["source"] for i in read_document(text, "a.txt").items] == [
        "Doe, A. (2019). *X*. P.", "Roe, B. (2018). Y. Q."]


def test_addresses_inside_values_keep_their_underscores() -> None:
    assert clean_value("see https://x.org/_private_/x and *it*") == "see https://x.org/_private_/x and it"


def test_guard_decodes_only_complete_entities() -> None:
    from biblio.references.guard import guard

    item = guard({"URL": "https://x.org/?a=1&note=2", "title": "Caf&eacute; &amp; more"}, "reference")
    assert item == {"URL": "https://x.org/?a=1&note=2", "title": "Café & more"}


def test_r_citation_url_marks_give_the_bare_address() -> None:
    text = "Landau WM (2020). _drake_. R package version 7.10.0, <URL: https://CRAN.R-project.org/package=drake>."
    assert unwrap_url_marks(text).endswith("7.10.0, https://CRAN.R-project.org/package=drake.")
    item = read_document(f"# References\n\n- {text}\n", "post.md").items[0]
    assert item["URL"] == "https://CRAN.R-project.org/package=drake"
    assert "URL:" not in item.get("note", "") and ">" not in item.get("note", "")
