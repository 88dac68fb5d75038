"""Forms of real physics reference lists (``physics_real3.jsonl``): IOP's Harvard form without marks,
*JHEP*'s month issues, a place abbreviated with stops, a title opening with ``3D`` after the year and a
thesis's school after its degree, checked on spans as the model hands them over and end to end."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.assemble import assemble
from biblio.parse.mends.bracket_publishers import publisher_bracket_after_volume
from biblio.parse.mends.degree_notes import school_note_after_degree
from biblio.parse.mends.dotted_places import dotted_place_whole
from biblio.parse.mends.inspire_numbers import journal_before_bracketed_year, volume_in_bracketed_year
from biblio.parse.mends.iop_journals import imprint_after_iop_title, journal_before_iop_numbers
from biblio.parse.mends.month_issues import month_issue_before_year
from biblio.parse.mends.numeral_titles import numeral_word_opens_title

from .test_assemble import spans_of
from .test_mends_humanities import labelled as _labelled


def test_iop_journal_first_word_read_into_the_title() -> None:
    text = "[4] Okafor N, Berg L and Tan W Y 2016 Decoherence of trapped electrons New J. Phys. 18 043021"
    spans = spans_of(
        text,
        [
            ("citation-number", "[4]"),
            ("author", "Okafor N, Berg L and Tan W Y"),
            ("date", "2016"),
            ("title", "Decoherence of trapped electrons New"),
            ("journal", "J. Phys."),
            ("volume", "18"),
            ("pages", "043021"),
        ],
    )
    mended = _labelled(journal_before_iop_numbers(spans, text))
    assert ("title", "Decoherence of trapped electrons") in mended
    assert ("journal", "New J. Phys.") in mended
    item = assemble(journal_before_iop_numbers(spans, text), text)
    assert item["container-title"].rstrip(".") == "New J. Phys"
    assert (item["volume"], item["page"]) == ("18", "043021")


def test_iop_one_word_journal_and_numbers_read_as_a_note() -> None:
    text = "Ruiz P and Holm K 2011 Optical trapping of silica beads in water Nature 471 204–8"
    spans = spans_of(
        text,
        [
            ("author", "Ruiz P and Holm K"),
            ("date", "2011"),
            ("title", "Optical trapping of silica beads in water Nature"),
            ("note", "471 204–8"),
        ],
    )
    mended = _labelled(journal_before_iop_numbers(spans, text))
    assert mended[2:] == [
        ("title", "Optical trapping of silica beads in water"),
        ("journal", "Nature"),
        ("volume", "471"),
        ("pages", "204–8"),
    ]


def test_iop_title_read_into_the_journal() -> None:
    text = "Ito H et al 2003 Vortex lattices in rotating condensates Phys. Rev. A 67 033601"
    spans = spans_of(
        text,
        [
            ("author", "Ito H et al"),
            ("date", "2003"),
            ("journal", "Vortex lattices in rotating condensates Phys. Rev. A"),
            ("volume", "67"),
            ("pages", "033601"),
        ],
    )
    mended = _labelled(journal_before_iop_numbers(spans, text))
    assert ("title", "Vortex lattices in rotating condensates") in mended
    assert ("journal", "Phys. Rev. A") in mended


def test_iop_acronym_ending_the_title_stays_the_titles() -> None:
    text = "Marsh D 2019 Jet quenching at the LHC Phys. Lett. B 790 55"
    spans = spans_of(
        text,
        [
            ("author", "Marsh D"),
            ("date", "2019"),
            ("title", "Jet quenching at the LHC"),
            ("journal", "Phys. Lett. B"),
            ("volume", "790"),
            ("pages", "55"),
        ],
    )
    assert journal_before_iop_numbers(spans, text) is spans


def test_iop_journal_begun_earlier_by_the_model_keeps_its_beginning() -> None:
    text = "Kerr T 2001 Sparse solvers for banded matrices SIAM J. Sci. Comput. 23 517"
    spans = spans_of(
        text,
        [
            ("author", "Kerr T"),
            ("date", "2001"),
            ("title", "Sparse solvers for banded matrices"),
            ("journal", "SIAM J. Sci. Comput."),
            ("volume", "23"),
            ("pages", "517"),
        ],
    )
    assert journal_before_iop_numbers(spans, text) is spans


def test_iop_form_end_to_end() -> None:
    item = parse_reference("[12] Vance R and Osei K 2020 Squeezed light in coupled cavities Nat. Commun. 11 2754")
    assert item["title"] == "Squeezed light in coupled cavities"
    assert item["container-title"].rstrip(".") == "Nat. Commun"
    assert (item["volume"], item["page"]) == ("11", "2754")


def test_jhep_month_is_the_issue() -> None:
    text = "[9] P. Roth, Flux vacua and modular forms, JHEP 03 (2019) 117 [arXiv:1812.00001] [INSPIRE]."
    spans = spans_of(
        text,
        [
            ("citation-number", "[9]"),
            ("author", "P. Roth,"),
            ("title", "Flux vacua and modular forms,"),
            ("journal", "JHEP"),
            ("volume", "03"),
            ("date", "(2019)"),
            ("pages", "117"),
            ("note", "[arXiv:1812.00001] [INSPIRE]."),
        ],
    )
    item = assemble(month_issue_before_year(spans, text), text)
    assert item["issue"] == "03" and "volume" not in item
    # a volume that is no month, and another journal's number, stay volumes
    other = text.replace("JHEP 03", "JHEP 1003")
    spans_other = spans_of(
        other,
        [(label, value.replace("03", "1003") if label == "volume" else value) for label, value in _labelled(spans)],
    )
    assert month_issue_before_year(spans_other, other) is spans_other


def test_dotted_place_read_as_an_initial() -> None:
    text = "[3] A. Noor, Stellar pulsation, Harbor University Press, U.S.A. (1999)."
    spans = spans_of(
        text,
        [
            ("citation-number", "[3]"),
            ("author", "A. Noor,"),
            ("title", "Stellar pulsation,"),
            ("publisher", "Harbor University Press,"),
            ("location", "U.S"),
            ("author", ".A."),
            ("date", "(1999)."),
        ],
    )
    item = assemble(dotted_place_whole(spans, text), text)
    assert item["publisher-place"].rstrip(".") == "U.S.A"
    assert [a["family"] for a in item["author"]] == ["Noor"]


def test_numeral_title_head_read_into_the_date() -> None:
    text = "Okoro, B. & Lind, S., 2017. 3D imaging of karst conduits with radar, Near Surf. Geophys., 15(2), 101–112."
    spans = spans_of(
        text,
        [
            ("author", "Okoro, B. & Lind, S.,"),
            ("date", "2017. 3D"),
            ("title", "imaging of karst conduits with radar,"),
            ("journal", "Near Surf. Geophys.,"),
            ("volume", "15"),
            ("issue", "(2),"),
            ("pages", "101–112."),
        ],
    )
    item = assemble(numeral_word_opens_title(spans, text), text)
    assert item["title"] == "3D imaging of karst conduits with radar"
    assert item["issued"] == {"date-parts": [[2017]]}


def test_school_after_degree_read_as_a_note() -> None:
    text = "Moreau, C., 2016. Imaging of shallow aquifers with guided waves, PhD thesis, Université de Lyon."
    spans = spans_of(
        text,
        [
            ("author", "Moreau, C.,"),
            ("date", "2016."),
            ("title", "Imaging of shallow aquifers with guided waves,"),
            ("genre", "PhD thesis,"),
            ("note", "Université de Lyon."),
        ],
    )
    item = assemble(school_note_after_degree(spans, text), text)
    assert item["publisher"] == "Université de Lyon"
    assert item["genre"] == "PhD thesis"


def test_iop_book_with_edition_and_imprint() -> None:
    text = "[7] Hale R J 2011 Waves in Layered Media 3rd edn (Oxford: Clarendon)"
    spans = spans_of(
        text,
        [
            ("citation-number", "[7]"),
            ("author", "Hale R"),
            ("title", "J 2011 Waves in Layered Media 3rd edn (Oxford:"),
            ("publisher", "Clarendon)"),
        ],
    )
    item = assemble(imprint_after_iop_title(spans, text), text)
    assert [(a["family"], a["given"]) for a in item["author"]] == [("Hale", "R J")]
    assert item["title"] == "Waves in Layered Media"
    assert (item["edition"], item["publisher-place"], item["publisher"]) == ("3", "Oxford", "Clarendon")
    assert item["issued"] == {"date-parts": [[2011]]}


def test_iop_bracket_that_is_no_imprint_is_left() -> None:
    text = "Ndiaye F 2004 Scaling in random magnets (arxiv:cond-mat/0401234)"
    spans = spans_of(
        text,
        [
            ("author", "Ndiaye F"),
            ("date", "2004"),
            ("title", "Scaling in random magnets"),
            ("note", "(arxiv:cond-mat/0401234)"),
        ],
    )
    assert imprint_after_iop_title(spans, text) is spans


def test_inspire_journal_read_as_the_titles_last_clause() -> None:
    text = "[14] L. Brandt, Lectures on gauge fields, Ecole de Physique 12 (1998) 211 [hep-th/9801001] [INSPIRE]."
    spans = spans_of(
        text,
        [
            ("citation-number", "[14]"),
            ("author", "L. Brandt,"),
            ("title", "Lectures on gauge fields, Ecole de Physique"),
            ("volume", "12"),
            ("date", "(1998)"),
            ("pages", "211"),
            ("note", "[hep-th/9801001] [INSPIRE]."),
        ],
    )
    item = assemble(journal_before_bracketed_year(spans, text), text)
    assert item["title"] == "Lectures on gauge fields"
    assert item["container-title"] == "Ecole de Physique"
    # a clause in lower case is the title's own
    lower = text.replace("Ecole de Physique", "a short course")
    spans_lower = spans_of(
        lower, [(label, value.replace("Ecole de Physique", "a short course")) for label, value in _labelled(spans)]
    )
    assert journal_before_bracketed_year(spans_lower, lower) is spans_lower


def test_inspire_volume_read_into_the_bracketed_year() -> None:
    text = "[8] K. Abe, Title of a paper, Nonlin. Anal. Real World 10 (2009) 347 [INSPIRE]."
    spans = spans_of(
        text,
        [
            ("citation-number", "[8]"),
            ("author", "K. Abe,"),
            ("title", "Title of a paper,"),
            ("journal", "Nonlin. Anal. Real World"),
            ("date", "10 (2009)"),
            ("pages", "347"),
            ("note", "[INSPIRE]."),
        ],
    )
    item = assemble(volume_in_bracketed_year(spans, text), text)
    assert (item["volume"], item["page"]) == ("10", "347")
    assert item["issued"] == {"date-parts": [[2009]]}
    # a volume named by its year stays as read
    same = text.replace("10 (2009)", "2009 (2009)")
    spans_same = spans_of(
        same, [(label, value.replace("10 (2009)", "2009 (2009)")) for label, value in _labelled(spans)]
    )
    assert volume_in_bracketed_year(spans_same, same) is spans_same


def test_optica_proceedings_publisher_in_the_bracket() -> None:
    text = (
        "5. K. Mori and T. Lund, “Cooling of slab amplifiers,” in Solid State Lasers XII, vol. 4968 (SPIE, 2003),"
        " pp. 12–20."
    )
    spans = spans_of(
        text,
        [
            ("citation-number", "5."),
            ("author", "K. Mori and T. Lund,"),
            ("title", "“Cooling of slab amplifiers,”"),
            ("container-title", "in Solid State Lasers XII,"),
            ("volume", "vol. 4968"),
            ("date", "("),
            ("container-title", "SPIE,"),
            ("date", "2003),"),
            ("pages", "pp. 12–20."),
        ],
    )
    item = assemble(publisher_bracket_after_volume(spans, text), text)
    assert item["container-title"] == "Solid State Lasers XII"
    assert (item["publisher"], item["volume"], item["page"]) == ("SPIE", "4968", "12-20")
    assert item["issued"] == {"date-parts": [[2003]]}
