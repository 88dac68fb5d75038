"""Forms the weakest real gold sets showed the parser misreading, each a style's convention: AMA's and
JMIR's ``Presented at: Meeting; Days; Place.``, the RSC's abbreviated journal after the title, the ACS's
journal with no article title before it, APA 6's patent number in the title's place, the RSC's ``US Pat.,``,
a UN document symbol after an APA title, Vancouver's title in title case before a one-word journal, the
RSC's ``Publisher, Place, 5th edn, 2007.``, MDPI's ``*Journal* **2018**,``, Zenodo's ``*owner/repo: Title*
v1.0 (2021).``, Vancouver's group author with its short name in brackets. The references are written for
these tests in the styles' manner."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.bold_years import bold_year_after_journal
from biblio.parse.mends.group_abbreviations import group_with_short_name
from biblio.parse.mends.patents import patent_number_apart
from biblio.parse.mends.presentations import event_value, presented_at_meeting
from biblio.parse.mends.rsc_books import publisher_before_edition
from biblio.parse.mends.rsc_journals import abbreviated_journal_closing_title
from biblio.parse.mends.software_releases import italic_release
from biblio.parse.mends.titles_journal_abbrev import journal_head_after_comma
from biblio.parse.split_journal import journal_split
from tests.parse.span_cases import spans_of


def test_ama_paper_presented_at_a_meeting_is_an_event() -> None:
    item = parse_reference(
        "12. Okafor C. Screening for diabetic retinopathy with a phone camera. Paper presented at: Annual Meeting "
        "of the Society for Rural Health 2019; October 3-5, 2019; Nairobi, Kenya."
    )
    assert item["type"] == "paper-conference"
    assert item["title"] == "Screening for diabetic retinopathy with a phone camera"
    assert item["event-title"] == "Annual Meeting of the Society for Rural Health 2019"
    assert item["event-place"] == "Nairobi, Kenya"
    assert item["issued"]["date-parts"][0][0] == 2019
    assert not {"container-title", "publisher", "publisher-place", "note"} & set(item)


def test_jmir_presentation_with_pages_and_a_poster_mark() -> None:
    item = parse_reference(
        "7. Lind M, Berg K. Chatbots for smoking cessation: a pilot study. Presented at: CHI '21; May 8-13, "
        "2021:1-14; Yokohama, Japan. [doi: 10.1145/3411764.3445000]"
    )
    assert (item["type"], item["event-title"], item["page"]) == ("paper-conference", "CHI '21", "1-14")
    assert item["event-place"] == "Yokohama, Japan" and "container-title" not in item
    poster = parse_reference(
        "3. Park J, Chen Y. Readmission risk from discharge notes [Poster]. Presented at: AMIA 2022 Annual "
        "Symposium; Nov 5-9, 2022; Washington, D.C."
    )
    assert poster["title"] == "Readmission risk from discharge notes"
    assert (poster["genre"], poster["event-place"]) == ("Poster", "Washington, D.C")


def test_presentation_mend_cuts_the_title_and_the_container() -> None:
    text = "Kim S. A title. Presented at: Some Meeting; June 2, 2020; Oslo, Norway."
    spans = spans_of(
        text,
        ("author", "Kim S."),
        ("container-title", "A title. Presented at: Some Meeting;"),
        ("date", "June 2, 2020;"),
        ("publisher", "Oslo, Norway."),
    )
    got = [(s.label, s.text) for s in presented_at_meeting(spans, text)]
    assert got == [
        ("author", "Kim S."),
        ("title", "A title."),
        ("event", "Presented at: Some Meeting"),
        ("date", "June 2, 2020"),
        ("event-place", "Oslo, Norway"),
    ]
    assert event_value("Paper presented at: Some Meeting") == "Some Meeting"


def test_presented_at_without_the_semicolon_form_is_left_alone() -> None:
    text = "Kim S. A title. Paper presented at the annual meeting of the Society, Oslo, Norway, June 2, 2020."
    spans = spans_of(text, ("author", "Kim S."), ("title", "A title."), ("note", "Paper presented at the annual"))
    assert presented_at_meeting(spans, text) == spans


def test_rsc_journal_opening_in_lower_case_or_read_into_the_title() -> None:
    item = parse_reference(
        "21 K. Ito, T. Sato and Y. Mori, Graph networks for alloy phase stability, npj Comput. Mater., 2022, 8, 211."
    )
    expected = ("Graph networks for alloy phase stability", "npj Comput. Mater.")
    assert (item["title"], item["container-title"]) == expected
    text = "5 A. Roy and B. Das, PyCrystal: crystal structures in Python, J. Open Source Softw., 2021, 6, 3120."
    spans = spans_of(
        text,
        ("citation-number", "5"),
        ("author", "A. Roy and B. Das,"),
        ("title", "PyCrystal: crystal structures in Python, J. Open Source Softw"),
        ("date", "2021,"),
        ("volume", "6,"),
        ("pages", "3120."),
    )
    got = [(s.label, s.text) for s in abbreviated_journal_closing_title(spans, text)]
    assert got[2:4] == [("title", "PyCrystal: crystal structures in Python"), ("journal", "J. Open Source Softw")]
    # a title's own last clause, with no year, volume and page after it, stays
    book = "5 A. Roy, Crystal structures, Vol. Two, Springer, 2021."
    kept = spans_of(book, ("author", "A. Roy,"), ("title", "Crystal structures, Vol. Two"), ("date", "2021."))
    assert abbreviated_journal_closing_title(kept, book) == kept
    lower = "Kim S, Lee J. Title of the work, npj Comput. Mater., 2020, 6, 1."
    mended = journal_head_after_comma(
        spans_of(
            lower, ("author", "Kim S, Lee J."), ("title", "Title of the work, npj"), ("journal", "Comput. Mater.,")
        ),
        lower,
    )
    assert [(s.label, s.text) for s in mended][1:] == [
        ("title", "Title of the work,"),
        ("journal", "npj Comput. Mater.,"),
    ]


def test_acs_journal_without_a_title_is_not_cut_by_a_reader() -> None:
    item = parse_reference("(7) Okafor, C.; Li, W. J. Exp. Clin. Cancer Res. 2021, 40 (2), 88.")
    assert item["container-title"].startswith("J. Exp. Clin. Cancer Res")
    assert [a["family"] for a in item["author"]] == ["Okafor", "Li"] and "title" not in item
    pnas = parse_reference("(3) Ward, D. C.; Singh, R. Proc. Natl. Acad. Sci. U. S. A. 1990, 87 (4), 1331−1335.")
    assert pnas["container-title"].startswith("Proc. Natl. Acad. Sci. U. S. A") and pnas["volume"] == "87"
    model = {"container-title": "J. Exp. Clin. Cancer Res."}
    assert journal_split({"title": "Clin", "container-title": "Cancer Res"}, model)
    # the reader's title opening the model's journal: the model ran two fields together
    assert not journal_split({"title": "J. Exp.", "container-title": "Clin. Cancer Res."}, model)
    assert not journal_split({"title": "Clin"}, {**model, "title": "A title"})


def test_apa6_patent_number_in_the_title_place_is_the_number() -> None:
    item = parse_reference(
        "Tesla, N. (1888). U.S. Patent No. 381,968. Washington, DC: U.S. Patent and Trademark Office."
    )
    assert (item["type"], item["number"]) == ("patent", "381,968") and "title" not in item
    assert item["publisher"] == "U.S. Patent and Trademark Office"
    titled = parse_reference(
        "Tesla, N. (1888). *Electro-magnetic motor* (U.S. Patent No. 381,968). U.S. Patent and Trademark Office."
    )
    assert (titled["title"], titled["number"]) == ("Electro-magnetic motor", "381,968")


def test_rsc_patent_number_is_no_journal() -> None:
    item = parse_reference(
        "5 K. Tanaka, T. Mori and H. Sato, Method for Producing a Porous Carbon Material, US Pat., 9156694, 2015."
    )
    assert item["title"] == "Method for Producing a Porous Carbon Material"
    assert not {"container-title", "page", "volume"} & set(item)
    text = "110 A. Roy, Silica Polymorph, US Pat., 4073865, 1978."
    spans = spans_of(
        text, ("author", "A. Roy,"), ("title", "Silica Polymorph,"), ("journal", "US Pat.,"), ("pages", "4073865,")
    )
    got = [(s.label, s.text) for s in patent_number_apart(spans, text)]
    assert got == [("author", "A. Roy,"), ("title", "Silica Polymorph,"), ("note", "US Pat., 4073865")]


def test_un_document_symbol_after_an_apa_title_is_its_number() -> None:
    item = parse_reference(
        "United Nations General Assembly. (2015). Transforming our world: The 2030 Agenda for Sustainable "
        "Development (A/RES/70/1). United Nations. https://undocs.org/A/RES/70/1"
    )
    assert item["title"] == "Transforming our world: The 2030 Agenda for Sustainable Development"
    assert item["number"] == "A/RES/70/1"
    who = parse_reference("World Health Organization. (2019). Global tuberculosis report 2019 (WHO/CDS/TB/2019.15).")
    assert (who["title"], who["number"]) == ("Global tuberculosis report 2019", "WHO/CDS/TB/2019.15")


def test_vancouver_title_case_title_before_a_one_word_journal() -> None:
    item = parse_reference("Jones AB. Machine Learning For Medical Imaging. Radiology. 2020;295(1):4-15.")
    assert (item["title"], item["container-title"]) == ("Machine Learning For Medical Imaging", "Radiology")
    assert (item["volume"], item["issue"], item["page"]) == ("295", "1", "4-15")
    bmj = parse_reference("Jones AB. Machine Learning For Medical Imaging. Radiology 2020;295:4-15.")
    assert (bmj["title"], bmj["container-title"], bmj["volume"]) == (
        "Machine Learning For Medical Imaging",
        "Radiology",
        "295",
    )
    # a title-case title with a comma after a single Vancouver name is no second name
    book = parse_reference("Kahneman D. Thinking, Fast And Slow. New York: Farrar, Straus and Giroux; 2011.")
    assert ([a["family"] for a in book["author"]], book["title"]) == (["Kahneman"], "Thinking, Fast And Slow")
    # a journal's name in abbreviations before the numbers keeps its beginning
    pnas = parse_reference("Ward DC. Gene mapping. Proc. Natl. Acad. Sci. USA. 1990;87(4):1331-5.")
    assert pnas["title"] == "Gene mapping" and pnas["container-title"].startswith("Proc. Natl. Acad. Sci")


def test_rsc_book_publisher_and_place_before_the_edition() -> None:
    item = parse_reference(
        "31 M. B. Smith, March's Advanced Organic Chemistry: Reactions, Mechanisms, and Structure, "
        "Wiley, 7th edn, 2013."
    )
    assert item["title"] == "March's Advanced Organic Chemistry: Reactions, Mechanisms, and Structure"
    assert (item["publisher"], item["edition"], item["issued"]["date-parts"][0][0]) == ("Wiley", "7", 2013)
    text = "7 C. Reichardt, Solvents and Solvent Effects, Wiley-VCH, Weinheim, 3rd edn, 2003."
    spans = spans_of(
        text,
        ("author", "7 C. Reichardt,"),
        ("title", "Solvents and Solvent Effects, Wiley-VCH, Weinheim,"),
        ("edition", "3rd edn,"),
        ("date", "2003."),
    )
    got = [(s.label, s.text) for s in publisher_before_edition(spans, text)]
    assert got == [
        ("author", "7 C. Reichardt,"),
        ("title", "Solvents and Solvent Effects,"),
        ("publisher", "Wiley-VCH"),
        ("location", "Weinheim"),
        ("edition", "3rd edn"),
        ("date", "2003"),
    ]
    read = spans_of(
        text,
        ("author", "7 C. Reichardt,"),
        ("title", "Solvents and Solvent Effects,"),
        ("publisher", "Wiley-VCH,"),
        ("location", "Weinheim,"),
        ("edition", "3rd edn,"),
        ("date", "2003."),
    )
    assert publisher_before_edition(read, text) == read


def test_mdpi_bold_year_after_a_short_italic_journal() -> None:
    item = parse_reference(
        "12. Kim, S.; Park, J. Sequence models for outbreak forecasting. *arXiv* **2019**, arXiv:1905.01234."
    )
    assert (item["container-title"], item["issued"]["date-parts"][0][0]) == ("arXiv", 2019)
    text = "Okafor, C. A title of the paper. *PLoS ONE* **2018**, *13*, e0201987."
    spans = spans_of(
        text,
        ("author", "Okafor, C."),
        ("title", "A title of the paper."),
        ("journal", "PLoS ONE* **2018**,"),
        ("volume", "13*,"),
        ("pages", "e0201987."),
    )
    got = [(s.label, s.text) for s in bold_year_after_journal(spans, text)]
    assert got[2:5] == [("journal", "PLoS ONE"), ("date", "2018"), ("volume", "13*,")]


def test_zenodo_software_release_italic_title_version_and_year() -> None:
    item = parse_reference(
        "Ana Ortega, Luis Prieto, Marta Gil, et al. *aprieto/corpus-tools: Release 2* v2.1 (2022). "
        "https://doi.org/10.5281/zenodo.6543210"
    )
    assert (item["title"], item["version"]) == ("aprieto/corpus-tools: Release 2", "2.1")
    assert item["issued"]["date-parts"][0][0] == 2022 and "container-title" not in item
    text = "Lee, Antony, et al. *Owner/repo:* v0.10.1 (2019). https://doi.org/10.5281/zenodo.3559751."
    spans = spans_of(
        text,
        ("author", "Lee, Antony, et al."),
        ("doi", "Owner/repo:* v0.10"),
        ("issue", ".1"),
        ("date", "(2019)."),
    )
    got = [(s.label, s.text) for s in italic_release(spans, text)]
    assert got[1:4] == [("title", "Owner/repo:"), ("version", "v0.10.1"), ("date", "(2019)")]


def test_group_author_with_its_short_name_in_brackets() -> None:
    item = parse_reference(
        "4. Global Burden of Disease Child Mortality Collaborators (GBD-CM). Global, regional, and national "
        "under-5 mortality, 1950-2019. Lancet 2020 Oct 17;396(10258):1204-1222."
    )
    assert item["author"] == [{"literal": "Global Burden of Disease Child Mortality Collaborators (GBD-CM)"}]
    assert item["title"] == "Global, regional, and national under-5 mortality, 1950-2019"
    text = "3. NCD Risk Factor Collaboration (NCD-RisC). Worldwide trends in diabetes. Lancet 2016;387:1513-30."
    spans = spans_of(
        text,
        ("note", "3. NCD Risk Factor Collaboration ("),
        ("title", "NCD-RisC). Worldwide trends in diabetes."),
        ("journal", "Lancet"),
    )
    got = [(s.label, s.text) for s in group_with_short_name(spans, text)]
    assert got == [
        ("note", "3."),
        ("author", "NCD Risk Factor Collaboration (NCD-RisC)."),
        ("title", "Worldwide trends in diabetes."),
        ("journal", "Lancet"),
    ]
    # APA's year and a role in brackets are no short name
    apa = "Smith, J. (2019). Title of the work. Publisher."
    kept = spans_of(apa, ("author", "Smith, J."), ("date", "(2019)."), ("title", "Title of the work."))
    assert group_with_short_name(kept, apa) == kept
    role = "Okafor C (ed). Handbook of rural health. Lagos: Press; 2010."
    kept = spans_of(role, ("author", "Okafor C"), ("note", "(ed)."), ("title", "Handbook of rural health."))
    assert group_with_short_name(kept, role) == kept
