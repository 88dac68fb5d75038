"""Wikipedia's citation templates, as pasted from an article's source: every parameter in its CSL
variable, wiki markup read as the text it shows, and nothing dropped (the rest in ``note``)."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.readers import wikicite
from biblio.references.cues import is_reference
from biblio.references.finder import find_reference_sections
from biblio.references.splitter import split_references


def test_journal_template_with_vancouver_authors() -> None:
    item = read_reference(
        "{{cite journal |vauthors=Watson JD, Crick FH |title=Molecular structure of nucleic acids |journal=Nature "
        "|volume=171 |issue=4356 |pages=737–8 |date=April 1953 |pmid=13054692 |doi=10.1038/171737a0 "
        "|bibcode=1953Natur.171..737W}}"
    )
    assert item["type"] == "article-journal"
    assert [a["family"] for a in item["author"]] == ["Watson", "Crick"]
    assert item["container-title"] == "Nature"
    assert (item["volume"], item["issue"], item["page"]) == ("171", "4356", "737-8")
    assert item["issued"] == {"date-parts": [[1953, 4]]}
    assert item["PMID"] == "13054692" and item["DOI"] == "10.1038/171737a0"
    assert item["note"] == "bibcode: 1953Natur.171..737W"


def test_book_template_in_a_ref_tag_with_links() -> None:
    item = read_reference(
        '<ref name="a">{{cite book |last1=Darwin |first1=Charles |author-link=Charles Darwin |title=[[On the '
        "Origin of Species]] |publisher=[[John Murray (publishing house)|John Murray]] |location=London "
        "|year=1859 |edition=1st |page=490}}</ref>"
    )
    assert item["type"] == "book"
    assert item["author"] == [{"family": "Darwin", "given": "Charles"}]
    assert item["title"] == "On the Origin of Species"
    assert item["publisher"] == "John Murray"
    assert item["edition"] == "1"
    assert item["page"] == "490"


def test_chapter_with_editor_and_organisation_author() -> None:
    item = read_reference(
        "{{cite book |editor-last=Smith |editor-first=Anne |chapter=The chapter |title=The Edited Volume "
        "|publisher=Oxford University Press |year=2005 |pages=10–20 |author=World Health Organization}}"
    )
    assert item["type"] == "chapter"
    assert item["title"] == "The chapter" and item["container-title"] == "The Edited Volume"
    assert item["editor"] == [{"family": "Smith", "given": "Anne"}]
    assert item["author"] == [{"literal": "World Health Organization"}]


def test_web_template_written_over_lines_in_a_list() -> None:
    text = (
        "==References==\n{{reflist}}\n\n* {{cite web\n |url=https://example.org/page\n |title=A page\n"
        " |website=Example\n |date=2020-05-04\n |access-date=2021-01-02\n}}\n"
        "* {{Citation |last=Doe |first=John |title=Some ''italic'' words |journal=Journal of Things |year=2001}}\n"
    )
    sections = find_reference_sections(text)
    assert [s.heading for s in sections] == ["References"]
    refs = [r.text for r in split_references(sections[0].text) if is_reference(r.text)]
    assert len(refs) == 2
    web = read_reference(refs[0])
    assert web["type"] == "webpage" and web["container-title"] == "Example"
    assert web["accessed"] == {"date-parts": [[2021, 1, 2]]}
    cited = read_reference(refs[1])
    assert cited["type"] == "article-journal" and cited["title"] == "Some italic words"


def test_not_a_template() -> None:
    assert wikicite.read("Smith, J. (2020). A title {{with braces}}. Journal, 1, 2.") is None


def test_a_value_without_a_name_is_kept() -> None:
    item = read_reference("{{cite journal |last=Smith |title=T |journal=J |year=2020 | stray words }}")
    assert item["title"] == "T"
    assert item["note"] == "stray words"
