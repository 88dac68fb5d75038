"""Forms of biomedical reference lists the parser reads (tests/data/parse/biomed_real.jsonl): NLM and
PLOS numbers with a DOI link and a PMID after the pages, eLife's ``Journal 44:109–120. DOI: …, PMID: …``,
supplements after the volume, AMA's ``In: Names, eds. *Book*``."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.chapters import editors_open_container
from biblio.parse.mends.colon_pages import pages_after_colon, supplement_in_volume
from biblio.parse.mends.identifiers import index_number_apart
from biblio.parse.normalisers.names import parse_names
from biblio.parse.spans import Span
from tests.parse.test_web_grey_forms import spans_of  # the same helper, written once


def test_plos_pages_before_doi_link_and_pmid() -> None:
    item = parse_reference(
        "7. Ortiz P, Lund K. Fever surveillance in rural clinics: a cohort study. Clin Infect Dis. "
        "2011;52(4):512–9. https://doi.org/10.1093/cid/ciq999 PMID: 21222222"
    )
    assert item["container-title"] == "Clin Infect Dis"
    assert (item["volume"], item["issue"], item["page"]) == ("52", "4", "512-9")
    assert item["DOI"] == "10.1093/cid/ciq999"
    assert item["issued"]["date-parts"][0][0] == 2011


def test_elife_pages_after_volume_colon() -> None:
    item = parse_reference(
        "Marsh AB, Keane TR. 2014. Place cells and the timing of memory recall. Neuron 81:1124–1136. "
        "DOI: https://doi.org/10.1016/j.neuron.2014.01.001, PMID: 24555555"
    )
    assert (item["container-title"], item["volume"], item["page"]) == ("Neuron", "81", "1124-1136")
    assert "issue" not in item and "publisher" not in item
    assert item["DOI"] == "10.1016/j.neuron.2014.01.001"


def test_pages_after_colon_mend() -> None:
    text = "Clin Infect Dis. 2008;46(6):913–8. https://doi.org/10.1086/527443 PMID: 18260783"
    spans = spans_of(
        text,
        ("journal", "Clin Infect Dis."),
        ("date", "2008;"),
        ("volume", "46"),
        ("issue", "(6):913–8. https://doi.org/10.1086/527443"),
        ("note", "PMID: 18260783"),
    )
    got = [(s.label, s.text) for s in pages_after_colon(spans, text)]
    assert got[2:5] == [("volume", "46"), ("issue", "(6)"), ("pages", "913–8")]
    assert got[5] == ("url", ". https://doi.org/10.1086/527443")
    # read pages are left alone
    read = [*spans[:3], Span("pages", "913–8", 0, 0)]
    assert pages_after_colon(read, text) == read


def test_supplement_after_volume() -> None:
    text = "Proteins 53 Suppl 6: 480-5."
    spans = spans_of(text, ("journal", "Proteins"), ("volume", "53 Suppl 6:"), ("pages", "480-5."))
    got = [(s.label, s.text) for s in supplement_in_volume(spans, text)]
    assert got[1:3] == [("volume", "53"), ("issue", "Suppl 6")]
    item = parse_reference(
        "3. Hale RD, Oduya M (2004) Fragment libraries for loop modelling. Proteins 55 Suppl 2: 310-8."
    )
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == (
        "Proteins",
        "55",
        "Suppl 2",
        "310-8",
    )


def test_pmid_is_no_publisher() -> None:
    text = "Nature Neuroscience 20:115–125. DOI: https://doi.org/10.1038/nn.4450, PMID: 27918531"
    spans = spans_of(text, ("url", "https://doi.org/10.1038/nn.4450"), ("publisher", ", PMID: 27918531"))
    assert [s.label for s in index_number_apart(spans, text)] == ["url", "note"]


def test_ama_editors_then_eds_before_book() -> None:
    item = parse_reference(
        "10. Ruiz T, Okafor B. Learning cardiac rhythms with few labels. In: Patel R, Moreau C, Lind S, eds. "
        "*Proceedings of the IEEE International Conference on Image Processing.* Piscataway, NJ: IEEE; "
        "2021:338-353."
    )
    assert [n["family"] for n in item["editor"]] == ["Patel", "Moreau", "Lind"]
    assert item["container-title"] == "Proceedings of the IEEE International Conference on Image Processing"
    assert (item["publisher"], item["page"]) == ("IEEE", "338-353")


def test_capital_in_then_editors_and_eds() -> None:
    text = "In: Meila M and Zhang T, eds. *Proceedings of the 38th International Conference on Machine Learning*."
    spans = spans_of(text, ("container-title", text))
    got = [(s.label, s.text) for s in editors_open_container(spans, text)]
    assert got[0] == ("editor", "In: Meila M and Zhang T, eds. ")
    assert got[1] == ("container-title", text[len("In: Meila M and Zhang T, eds. ") :])


def test_vancouver_initials_and_hyphenated_family_are_no_organisation() -> None:
    assert parse_names("Leaver-For A, Tyka M, Lange OF, Thompson J, et al.") == [
        {"family": "Leaver-For", "given": "A"},
        {"family": "Tyka", "given": "M"},
        {"family": "Lange", "given": "OF"},
        {"family": "Thompson", "given": "J"},
    ]
    assert parse_names("Society for Neuroscience SFN") == [{"literal": "Society for Neuroscience SFN"}]
