"""Forms of web and grey-literature reference lists the parser reads (tests/data/parse/web_grey_real.jsonl):
lesson releases with a version and a bare DOI, ``Cook2012:`` keys, ecology styles' ``Journal 5: e3159v2``,
seasons before the year, quoted titles, addresses read as dates."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.citation_label import split_label
from biblio.parse.mends.identifiers import doi_after_address
from biblio.parse.mends.journal_numbers import journal_numbers_apart
from biblio.parse.mends.quotes import quoted_work_is_title
from biblio.parse.mends.seasons import months_before_year
from biblio.parse.mends.versions import version_apart, version_value
from biblio.parse.spans import Span
from tests.parse.span_cases import spans_of


def test_lesson_release_with_version_and_bare_doi() -> None:
    item = parse_reference(
        'Capes, Gerard (ed): "Software Carpentry: Automation and Make" Version 2017.08, August 2017, '
        "https://github.com/swcarpentry/make-novice/tree/2017.08 10.5281/zenodo.838764"
    )
    assert item["editor"] == [{"family": "Capes", "given": "Gerard"}]
    assert item["title"] == "Software Carpentry: Automation and Make"
    assert item["URL"] == "https://github.com/swcarpentry/make-novice/tree/2017.08"
    assert item["DOI"] == "10.5281/zenodo.838764"
    assert item["version"] == "2017.08"
    assert item["issued"]["date-parts"][0][0] == 2017
    assert "publisher" not in item and "container-title" not in item


def test_parenthesised_version_is_no_publisher() -> None:
    item = parse_reference(
        "N. P. Chue Hong, A. Allen, A. Gonzalez-Beltran, et al., Software Citation Checklist for Developers "
        "(Version 0.9.0). Zenodo. 2019b."
    )
    assert item["publisher"] == "Zenodo"
    assert item["version"] == "0.9.0"
    assert item["title"] == "Software Citation Checklist for Developers"


def test_doi_after_address_is_split() -> None:
    text = "Title. https://github.com/a/b/tree/1.0 10.5281/zenodo.42"
    spans = doi_after_address(spans_of(text, ("title", "Title."), ("url", text[7:])), text)
    assert [(s.label, s.text) for s in spans][1:] == [
        ("url", "https://github.com/a/b/tree/1.0"),
        ("doi", "10.5281/zenodo.42"),
    ]
    # an address alone, or a DOI inside the address, stays as it was
    lone = "https://doi.org/10.5281/zenodo.42"
    assert doi_after_address([Span("url", lone, 0, len(lone))], lone)[0].text == lone


@pytest.mark.parametrize(
    ("text", "value"),
    [("(Version 0.9.0).", "0.9.0"), ("Version 2.1,", "2.1"), ("version v1.4", "1.4"), ("2017.08,", "2017.08")],
)
def test_version_value(text: str, value: str) -> None:
    assert version_value(text) == value


def test_version_words_inside_a_publisher_stay() -> None:
    text = "Title. Version Control Press."
    spans = spans_of(text, ("title", "Title."), ("publisher", "Version Control Press."))
    assert version_apart(spans, text) == spans


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ('Cook2012: John D. Cook: "Moore\'s law squared". http://x.org/', "citation-label", "Cook2012"),
        ('Wilson2006a: Greg Wilson: "Where\'s the Bottleneck?" 2006.', "citation-label", "Wilson2006a"),
    ],
)
def test_name_year_keys_with_a_colon(text: str, label: str, value: str) -> None:
    found = split_label(text)
    assert found is not None and (found.variable, found.value) == (label, value)


def test_a_title_with_a_colon_is_no_key() -> None:
    assert split_label("Python 3: a guide. 2012.") is None
    assert split_label("Smith, J. 2012: a title.") is None


def test_keyed_bibliography_entry() -> None:
    item = parse_reference(
        'Wilson1996: Gregory V. Wilson: "What Should Computer Scientists Teach to Physical Scientists and '
        'Engineers?" *IEEE Computational Science & Engineering*, Summer-Fall 1996.'
    )
    assert item["citation-label"] == "Wilson1996"
    assert item["author"] == [{"family": "Wilson", "given": "Gregory V."}]
    assert item["container-title"] == "IEEE Computational Science & Engineering"
    assert item["issued"]["date-parts"][0][0] == 1996


def test_address_read_as_a_date() -> None:
    item = parse_reference(
        'Cook2012: John D. Cook: "Moore\'s law squared". http://www.johndcook.com/blog/2012/01/01/moores-law-squared/, '
        "viewed 2013-05-17."
    )
    assert item["URL"] == "http://www.johndcook.com/blog/2012/01/01/moores-law-squared/"
    assert item["accessed"] == {"date-parts": [[2013, 5, 17]]}
    assert "issued" not in item


def test_journal_volume_and_page_run_into_the_title() -> None:
    item = parse_reference(
        "Bryan J. (2017). Excuse me, do you have a moment to talk about version control? PeerJ Preprints 5: "
        "e3159v2. URL: https://peerj.com/preprints/3159. DOI: 10.7287/peerj.preprints.3159v2."
    )
    assert item["title"] == "Excuse me, do you have a moment to talk about version control?"
    assert (item["container-title"], item["volume"], item["page"]) == ("PeerJ Preprints", "5", "e3159v2")
    assert "publisher" not in item


def test_journal_numbers_mend() -> None:
    text = "A title. Ecosphere 6 (7): 1-13."
    spans = journal_numbers_apart([Span("title", text, 0, len(text))], text)
    assert [(s.label, s.text) for s in spans] == [
        ("title", "A title."),
        ("journal", "Ecosphere"),
        ("volume", "6"),
        ("issue", "7"),
        ("pages", "1-13"),
    ]
    # a title with a colon and a number of its own stays whole
    own = "Windows 10: the missing manual"
    assert journal_numbers_apart([Span("title", own, 0, len(own))], own)[0].text == own


def test_months_before_year_mend() -> None:
    text = "*Computing in Science & Engineering*, November-December 2006."
    spans = spans_of(text, ("journal", "*Computing in Science & Engineering*, November-December"), ("date", "2006."))
    mended = months_before_year(spans, text)
    assert [(s.label, s.text) for s in mended] == [
        ("journal", "*Computing in Science & Engineering*"),
        ("date", "November-December 2006."),
    ]
    # a journal whose name ends in a word that is no month keeps it
    other = "Journal of Things, Letters 2006."
    kept = spans_of(other, ("journal", "Journal of Things, Letters"), ("date", "2006."))
    assert months_before_year(kept, other) == kept


def test_quoted_container_without_numbers_is_the_title() -> None:
    text = 'Ed, A. (ed): "A Lesson" 2017.'
    spans = spans_of(text, ("editor", "Ed, A. (ed):"), ("container-title", '"A Lesson"'), ("date", "2017."))
    assert quoted_work_is_title(spans, text)[1].label == "title"
    numbered = 'Ed, A. "Senryo Kogyo", vol. 32'
    with_volume = spans_of(
        numbered, ("author", "Ed, A."), ("container-title", '"Senryo Kogyo",'), ("volume", "vol. 32")
    )
    assert quoted_work_is_title(with_volume, numbered) == with_volume


def test_particle_opens_a_family_of_two_words() -> None:
    from biblio.parse.normalisers.names import names_from_span

    assert names_from_span("Felipe da Veiga Leprevost, Christian Fufezan,") == [
        {"family": "Veiga Leprevost", "non-dropping-particle": "da", "given": "Felipe"},
        {"family": "Fufezan", "given": "Christian"},
    ]
    assert names_from_span("Ludwig van Beethoven") == [
        {"family": "Beethoven", "non-dropping-particle": "van", "given": "Ludwig"}
    ]


def test_one_word_with_digits_is_a_name_not_affiliation_marks() -> None:
    from biblio.parse.normalisers.names import names_from_span

    assert names_from_span("Force11,") == [{"literal": "Force11"}]
    assert names_from_span("Ligia C. Gomes1,2,3") == [{"family": "Gomes", "given": "Ligia C."}]


def test_editors_through_their_role_mark() -> None:
    item = parse_reference(
        'Gonzalez, Ivan and Huang, Daisie (eds): "Software Carpentry: Version Control with Git" Version 2017.08, '
        "August 2017, https://github.com/swcarpentry/git-novice/tree/2017.08 10.5281/zenodo.838762"
    )
    assert item["editor"] == [{"family": "Gonzalez", "given": "Ivan"}, {"family": "Huang", "given": "Daisie"}]
    assert "author" not in item
    assert item["title"] == "Software Carpentry: Version Control with Git"


def test_last_name_before_a_quoted_title_and_a_lost_link() -> None:
    item = parse_reference(
        'A. M. Smith, D. S. Katz, K. E. Niemeyer, and FORCE11 Software Citation Working Group, "Software citation '
        'principles," PeerJ Comput. Sci., vol. 2, no. e86, 2016 (DOI)'
    )
    assert [n.get("family") or n.get("literal") for n in item["author"]] == [
        "Smith",
        "Katz",
        "Niemeyer",
        "FORCE11 Software Citation Working Group",
    ]
    assert item["title"] == "Software citation principles"
    assert (item["volume"], item["issue"]) == ("2", "e86")


def test_inverted_names_with_a_family_of_two_words() -> None:
    from biblio.parse.normalisers.names import names_from_span

    assert names_from_span("Cabunoc Mayes, Abigail and McKay, Sheldon (eds):") == [
        {"family": "Cabunoc Mayes", "given": "Abigail"},
        {"family": "McKay", "given": "Sheldon"},
    ]


def test_only_address_in_a_note_is_the_url() -> None:
    item = parse_reference(
        "Usher, Will, How Not to Cite Software (and how to be cited), "
        "https://www.software.ac.uk/blog/2017-03-30-how-not-cite-software-and-how-be-cited"
    )
    assert item["URL"] == "https://www.software.ac.uk/blog/2017-03-30-how-not-cite-software-and-how-be-cited"


def test_year_after_the_names_and_a_collective_as_the_last_name() -> None:
    item = parse_reference(
        "Krause, C., Dunn, B., Bishop-Taylor, R., Hicks, A., DEA Notebooks contributors 2021. Digital Earth "
        "Australia notebooks and tools repository. Geoscience Australia, Canberra. https://doi.org/10.26186/145234"
    )
    assert item["author"][-1] == {"literal": "DEA Notebooks contributors"}
    assert item["issued"]["date-parts"][0][0] == 2021
    assert item["title"] == "Digital Earth Australia notebooks and tools repository"
    assert (item["publisher"], item["publisher-place"], item["DOI"]) == (
        "Geoscience Australia",
        "Canberra",
        "10.26186/145234",
    )


def test_title_cut_short_runs_on() -> None:
    from biblio.parse.mends.brackets import title_runs_on

    text = "Usher, Will, How Not to Cite Software (and how to be cited), https://x.org/a"
    spans = spans_of(
        text,
        ("author", "Usher, Will,"),
        ("title", "How Not"),
        ("container-title", "to Cite Software (and how to be"),
        ("note", "cited),"),
        ("url", "https://x.org/a"),
    )
    mended = title_runs_on(spans, text)
    assert [(s.label, s.text) for s in mended] == [
        ("author", "Usher, Will,"),
        ("title", "How Not to Cite Software (and how to be cited)"),
        ("url", "https://x.org/a"),
    ]
    # a journal that opens in lowercase but is no function word stays
    other = "A title. eLife 5: e1."
    kept = spans_of(other, ("title", "A title."), ("journal", "eLife"))
    assert title_runs_on(kept, other) == kept
