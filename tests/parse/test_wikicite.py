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


def test_french_wikipedia_templates_read_as_the_english_ones() -> None:
    """French Wikipedia's {{Lien web}} and {{Ouvrage}} (FreeBSD's article): a language mark before the
    template, month and year apart, the edition written into the title, a book's page count."""
    web = read_reference(
        "{{en}} {{Lien web|url=http://www.freebsd.org/releases/7.0R/announce.html|titre=FreeBSD 7.0-RELEASE "
        "Announcement|consulté le=24 février 2006}}"
    )
    assert web["type"] == "webpage" and web["title"] == "FreeBSD 7.0-RELEASE Announcement"
    assert web["URL"] == "http://www.freebsd.org/releases/7.0R/announce.html"
    assert web["accessed"] == {"date-parts": [[2006, 2, 24]]}
    book = read_reference(
        "{{Ouvrage|titre=Unix system administration handbook, 3rd edition|auteur=Evi Nemeth|langue=anglais"
        "|lien langue={{en}}|mois=septembre|année=2000|pages=896|isbn=978-0-13-020601-5}}."
    )
    assert book["author"] == [{"family": "Nemeth", "given": "Evi"}]
    assert (book["title"], book["edition"]) == ("Unix system administration handbook", "3")
    assert book["issued"] == {"date-parts": [[2000, 9]]} and "page" not in book
    many = read_reference("{{Ouvrage|auteurs=Chris DiBona {{et al.}}|titre=Open sources|éditeur=O'Reilly|année=1999}}")
    assert many["author"] == [{"family": "DiBona", "given": "Chris"}] and many["publisher"] == "O'Reilly"


def test_german_literatur_template() -> None:
    item = read_reference(
        "{{Literatur |Autor=Norbert Kusolitsch |Titel=Maß- und Wahrscheinlichkeitstheorie |TitelErg=Eine "
        "Einführung |Auflage=2., überarbeitete und erweiterte |Verlag=Springer-Verlag |Ort=Berlin / Heidelberg "
        "|Datum=2014 |ISBN=978-3-642-45386-1 |DOI=10.1007/978-3-642-45387-8}}"
    )
    assert item["type"] == "book" and item["author"] == [{"family": "Kusolitsch", "given": "Norbert"}]
    assert item["title"] == "Maß- und Wahrscheinlichkeitstheorie: Eine Einführung"
    assert (item["edition"], item["publisher"]) == ("2", "Springer-Verlag")
    assert item["publisher-place"] == "Berlin / Heidelberg"
    assert item["DOI"] == "10.1007/978-3-642-45387-8"
    chapter = read_reference(
        "{{Literatur |Autor=Anna Muster |Titel=Ein Beitrag |Sammelwerk=Ein Sammelband |Verlag=Beck |Ort=München "
        "|Jahr=2001 |Seiten=10–20}}"
    )
    assert (chapter["type"], chapter["title"]) == ("chapter", "Ein Beitrag")
    assert chapter["container-title"] == "Ein Sammelband"
    web = read_reference(
        "{{cita web |url=https://example.org/a |título=Un título |sitioweb=Ejemplo |fechaacceso=3 de mayo de 2020}}"
    )
    assert (web["title"], web["container-title"], web["URL"]) == ("Un título", "Ejemplo", "https://example.org/a")
