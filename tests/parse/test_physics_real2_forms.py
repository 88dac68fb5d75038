"""Forms of real physics and astronomy reference lists (``physics_real2.jsonl``): IOP's italic journal
straight after the title, IOP's bracketed imprint, the AAS journals' comma-parted numbers and APS's
volume read into the journal, checked on spans as the model hands them over and end to end."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.assemble import assemble
from biblio.parse.mends.aas_numbers import comma_numbers_apart, volume_in_journal
from biblio.parse.mends.colon_imprints import place_colon_publisher
from biblio.parse.mends.italic_journal import italic_journal_after_title
from biblio.parse.mends.volume_page import volume_in_pages

from .test_assemble import spans_of
from .test_mends_humanities import labelled as _labelled


def test_iop_title_words_read_into_the_italic_journal() -> None:
    text = "Smith A B and Jones C 2018 Edge transport. Part 1. Linear theory *J. Plasma Phys.* **84** 905840101"
    spans = spans_of(
        text,
        [
            ("author", "Smith A B and Jones C"),
            ("date", "2018"),
            ("title", "Edge transport. Part 1."),
            ("journal", "Linear theory *J. Plasma Phys."),
            ("volume", "84"),
            ("pages", "905840101"),
        ],
    )
    mended = _labelled(italic_journal_after_title(spans, text))
    assert ("title", "Edge transport. Part 1. Linear theory") in mended
    assert ("journal", "*J. Plasma Phys.*") in mended
    item = assemble(italic_journal_after_title(spans, text), text)
    assert item["title"] == "Edge transport. Part 1. Linear theory"
    assert item["container-title"] == "J. Plasma Phys."


def test_iop_italic_journal_cut_by_the_title() -> None:
    text = "Brown K et al 2015 Divertor heat loads in a compact device *Fusion Eng. Des.* **90** 112"
    spans = spans_of(
        text,
        [
            ("author", "Brown K et al"),
            ("date", "2015"),
            ("title", "Divertor heat loads in a compact device *Fusion"),
            ("journal", "Eng. Des."),
            ("volume", "90"),
            ("pages", "112"),
        ],
    )
    mended = _labelled(italic_journal_after_title(spans, text))
    assert mended[2:4] == [("title", "Divertor heat loads in a compact device"), ("journal", "*Fusion Eng. Des.*")]


def test_iop_thesis_in_italics_is_the_degree() -> None:
    text = "Lee M 2020 Heating of dense plasmas by waves *PhD Thesis* University of Oxford"
    spans = spans_of(
        text,
        [
            ("author", "Lee M"),
            ("date", "2020"),
            ("title", "Heating of dense plasmas by waves *PhD Thesis"),
            ("publisher", "University of Oxford"),
        ],
    )
    assert _labelled(italic_journal_after_title(spans, text))[2:4] == [
        ("title", "Heating of dense plasmas by waves"),
        ("genre", "*PhD Thesis*"),
    ]


def test_a_role_word_before_an_italic_book_is_left_alone() -> None:
    text = "Hart, Ann, editor. *Essays on the Sea*. Harbour Press, 2004."
    spans = spans_of(
        text,
        [
            ("editor", "Hart, Ann,"),
            ("title", "editor."),
            ("container-title", "*Essays on the Sea*."),
            ("publisher", "Harbour Press,"),
            ("date", "2004."),
        ],
    )
    assert italic_journal_after_title(spans, text) == spans


def test_an_italic_journal_already_read_whole_is_left_alone() -> None:
    text = "Smith A 2010 Waves in plasmas *Phys. Plasmas* **17** 012101"
    spans = spans_of(
        text,
        [
            ("author", "Smith A"),
            ("date", "2010"),
            ("title", "Waves in plasmas"),
            ("journal", "*Phys. Plasmas*"),
            ("volume", "17"),
            ("pages", "012101"),
        ],
    )
    assert italic_journal_after_title(spans, text) == spans


def test_iop_bracketed_imprint_is_place_and_publisher() -> None:
    text = "Chen F F 1984 *Introduction to Plasma Physics* (New York, NY: Plenum Press)"
    spans = spans_of(
        text,
        [
            ("author", "Chen F F"),
            ("date", "1984"),
            ("title", "*Introduction to Plasma Physics*"),
            ("publisher", "(New York, NY: Plenum Press)"),
        ],
    )
    mended = place_colon_publisher(spans, text)
    assert [s.label for s in mended][-2:] == ["location", "publisher"]
    item = assemble(mended, text)
    assert item["publisher"] == "Plenum Press"
    assert item["publisher-place"] == "New York, NY"


def test_aas_volume_read_into_the_pages() -> None:
    text = "Smith, J., Doe, A., et al. 2014, Proc. SPIE, 9147, 91470Q"
    spans = spans_of(
        text,
        [
            ("author", "Smith, J., Doe, A., et al."),
            ("date", "2014,"),
            ("container-title", "Proc. SPIE,"),
            ("pages", "9147, 91470Q"),
        ],
    )
    assert _labelled(comma_numbers_apart(spans, text))[-2:] == [("volume", "9147"), ("pages", "91470Q")]


def test_aas_journal_read_into_the_volume() -> None:
    text = "Wang, L., & Li, Q. 2021b, RAA, 21, 104"
    spans = spans_of(
        text,
        [("author", "Wang, L., & Li, Q."), ("date", "2021b,"), ("volume", "RAA, 21,"), ("pages", "104")],
    )
    assert _labelled(comma_numbers_apart(spans, text))[2:4] == [("journal", "RAA"), ("volume", "21,")]


def test_aps_volume_read_into_the_journal() -> None:
    text = "A. Author and B. Writer, Some title, J. Phys. Conf. Ser. 456, 12 (2013)."
    spans = spans_of(
        text,
        [
            ("author", "A. Author and B. Writer,"),
            ("title", "Some title,"),
            ("journal", "J. Phys. Conf. Ser. 456,"),
            ("volume", "12"),
            ("date", "(2013)."),
        ],
    )
    assert _labelled(volume_in_journal(spans, text))[2:5] == [
        ("journal", "J. Phys. Conf. Ser."),
        ("volume", "456,"),
        ("pages", "12"),
    ]


def test_iop_bold_volume_read_into_the_pages() -> None:
    text = "Ito K et al 2012 Blanket design *Fusion Eng. Des.* **87–88** 1204"
    spans = spans_of(
        text,
        [
            ("author", "Ito K et al"),
            ("date", "2012"),
            ("title", "Blanket design"),
            ("journal", "*Fusion Eng. Des.*"),
            ("pages", "87–88** 1204"),
        ],
    )
    assert _labelled(volume_in_pages(spans, text))[-2:] == [("volume", "87–88"), ("pages", "1204")]


def test_a_page_range_without_bold_is_left_alone() -> None:
    text = "Ito K 2012 Blanket design *Fusion Eng. Des.* 87–88"
    spans = spans_of(text, [("author", "Ito K"), ("date", "2012"), ("title", "Blanket design"), ("pages", "87–88")])
    assert volume_in_pages(spans, text) == spans


def test_iop_reference_end_to_end() -> None:
    item = parse_reference(
        "[7] Kim S J and Park H 2017 Turbulent transport in helical plasmas and its scaling "
        "*Plasma Phys. Control. Fusion* **59** 045004"
    )
    assert item["title"] == "Turbulent transport in helical plasmas and its scaling"
    assert item["container-title"] == "Plasma Phys. Control. Fusion"
    assert item["volume"] == "59"
    assert item["page"] == "045004"


def test_aas_reference_end_to_end() -> None:
    item = parse_reference("Garcia, M., Novak, P., & Ruiz, T. 2016, ApJ, 826, 94")
    assert [a["family"] for a in item["author"]] == ["Garcia", "Novak", "Ruiz"]
    assert item["container-title"] == "ApJ"
    assert item["volume"] == "826"
    assert item["page"] == "94"
