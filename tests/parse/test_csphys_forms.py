"""Forms of real physics and computer-science reference lists (``csphys_real.jsonl``): APS's italic
``*et al.*``, its journal and volume set in one bold run and its Rapid Communications' ``(R)`` pages,
natbib's italic arXiv number, checked on spans as the model hands them over and end to end."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.identifiers import arxiv_number_is_no_journal
from biblio.parse.mends.in_book import in_book_before_imprint
from biblio.parse.mends.italic_journal import in_before_italic_work, italic_journal_after_title
from biblio.parse.mends.physics_imprint import publisher_in_editors, year_closes_imprint
from biblio.parse.mends.rapid_page import volume_page_letter_mark
from biblio.parse.mends.report_numbers import body_report_number, number_and_institution, report_read_as_journal
from biblio.parse.mends.series_volumes import volume_of_series
from biblio.parse.mends.titles import book_title, italic_is_no_name, whole_emphasis

from .test_assemble import spans_of
from .test_mends_humanities import labelled as _labelled


def test_italic_et_al_closes_the_names() -> None:
    text = "K. Ito *et al.*, *Phys. Fluids* **12**, 77 (1999)."
    spans = spans_of(
        text,
        [("author", "K. Ito *et al.*,"), ("journal", "*Phys. Fluids*"), ("volume", "**12**,"), ("pages", "77")],
    )
    assert italic_is_no_name(spans, text) == spans
    item = parse_reference("[7] K. Ito *et al.*, *Phys. Fluids* **12**, 77 (1999).")
    assert "title" not in item
    assert [a["family"] for a in item["author"]] == ["Ito"]


def test_an_italic_title_among_names_is_still_a_title() -> None:
    text = "Doug Rohde. *SVDLIBC*. 2005."
    spans = spans_of(text, [("author", "Doug Rohde. *SVDLIBC*."), ("date", "2005.")])
    assert ("title", "*SVDLIBC*.") in _labelled(italic_is_no_name(spans, text))


def test_bold_journal_and_volume_keep_the_volume() -> None:
    text = "A. Bell and C. Dunn, Title of the work, **J. Phys.: Condens. Matter 30**, 125501 (2018)."
    spans = spans_of(
        text,
        [
            ("author", "A. Bell and C. Dunn,"),
            ("title", "Title of the work,"),
            ("journal", "**J. Phys.: Condens. Matter"),
            ("volume", "30**,"),
            ("pages", "125501"),
            ("date", "(2018)."),
        ],
    )
    mended = _labelled(whole_emphasis(spans, text))
    assert ("volume", "30**,") in mended
    item = parse_reference("[3] A. Bell and C. Dunn, Spin waves in thin films, **Phys. Rev. Lett. 99**, 045501 (2007).")
    assert item["container-title"] == "Phys. Rev. Lett."
    assert item["volume"] == "99"


def test_rapid_communication_page_read_into_the_volume() -> None:
    text = "Phys. Rev. B 61, 104502(R) (2000)."
    spans = spans_of(
        text, [("journal", "Phys. Rev. B"), ("volume", "61, 104502"), ("issue", "(R)"), ("date", "(2000).")]
    )
    mended = _labelled(volume_page_letter_mark(spans, text))
    assert mended[1:3] == [("volume", "61"), ("pages", "104502(R)")]
    spaced = "Phys. Rev. B 61, 104502 (R) (2000)."
    apart = spans_of(
        spaced, [("journal", "Phys. Rev. B"), ("volume", "61, 104502"), ("issue", "(R)"), ("date", "(2000).")]
    )
    assert volume_page_letter_mark(apart, spaced) == apart  # the letter glues to its page, or it is no page's


def test_italic_arxiv_number_is_no_journal() -> None:
    text = "Ann Lee and Bo Wu. Sparse graphs. *arXiv preprint arXiv:2101.01234*, 2021."
    spans = spans_of(
        text,
        [
            ("author", "Ann Lee and Bo Wu."),
            ("title", "Sparse graphs."),
            ("journal", "*arXiv preprint arXiv:2101.01234*,"),
            ("date", "2021."),
        ],
    )
    assert ("note", "*arXiv preprint arXiv:2101.01234*,") in _labelled(arxiv_number_is_no_journal(spans, text))
    server = "Ann Lee. Sparse graphs. *arXiv* [Preprint]. 2021. arXiv:2101.01234."
    named = spans_of(server, [("author", "Ann Lee."), ("title", "Sparse graphs."), ("journal", "*arXiv*")])
    assert arxiv_number_is_no_journal(named, server) == named  # the server's name stays the container
    item = parse_reference(
        "Ann Lee and Bo Wu. Spectral clustering of sparse random graphs with planted partitions. "
        "*arXiv preprint arXiv:2101.01234*, 2021."
    )
    assert item["title"] == "Spectral clustering of sparse random graphs with planted partitions"
    assert "container-title" not in item


def test_editors_before_a_book_in_a_numbered_series_stay() -> None:
    text = (
        "A. Bo and C. Dee. Fast kernels. In E. Fox and G. Hill, editors, Proceedings of the 9th Workshop on "
        "Learning, volume 12 of Lecture Notes in Learning, pages 10-20, 2019."
    )
    spans = spans_of(
        text,
        [
            ("author", "A. Bo and C. Dee."),
            ("title", "Fast kernels."),
            ("editor", "In E. Fox and G. Hill, editors"),
            ("container-title", "Proceedings of the 9th Workshop on Learning, volume 12 of Lecture Notes in Learning,"),
            ("pages", "pages 10-20,"),
            ("date", "2019."),
        ],
    )
    mended = _labelled(volume_of_series(spans, text))
    assert mended[2:6] == [
        ("editor", "In E. Fox and G. Hill, editors"),
        ("container-title", "Proceedings of the 9th Workshop on Learning"),
        ("volume", "12"),
        ("collection-title", "Lecture Notes in Learning"),
    ]


def test_technical_report_and_institution_read_as_a_journal() -> None:
    text = "Ann Lee. Sorting in practice. Tech. Rep. CS-95-12, Dept. of Computer Science, Univ. of Xanadu, 1995."
    spans = spans_of(
        text,
        [
            ("author", "Ann Lee."),
            ("title", "Sorting in practice."),
            ("journal", "Tech. Rep. CS-95-12, Dept. of Computer Science, Univ. of Xanadu,"),
            ("date", "1995."),
        ],
    )
    mended = _labelled(report_read_as_journal(spans, text))
    assert mended[2:4] == [
        ("genre", "Tech. Rep. CS-95-12"),
        ("publisher", "Dept. of Computer Science, Univ. of Xanadu"),
    ]
    item = parse_reference(
        "Ann Lee. Monetary policy and prices. Technical report, National Bureau of Economic Research, 2006."
    )
    assert item["publisher"] == "National Bureau of Economic Research"
    assert "container-title" not in item


def test_technical_report_then_an_institution_read_as_a_note() -> None:
    text = "Ann Lee. Sorting. Technical report, Research Institute for Sorting, 2014."
    spans = spans_of(
        text,
        [
            ("author", "Ann Lee."),
            ("title", "Sorting."),
            ("genre", "Technical report,"),
            ("note", "Research Institute for Sorting,"),
            ("date", "2014."),
        ],
    )
    assert ("publisher", "Research Institute for Sorting,") in _labelled(number_and_institution(spans, text))
    status = "Ann Lee. Sorting. Technical report, To appear, 2014."
    kept = spans_of(
        status, [("author", "Ann Lee."), ("title", "Sorting."), ("genre", "Technical report,"), ("note", "To appear,")]
    )
    assert number_and_institution(kept, status) == kept  # no body named: the note stays a note


def test_body_before_report_number_is_the_publisher() -> None:
    text = "G. Ray, Oak Ridge National Laboratory Report No. ORNL-123, 1990 (unpublished)."
    spans = spans_of(
        text,
        [
            ("author", "G. Ray,"),
            ("title", "Oak Ridge National Laboratory Report No."),
            ("journal", "ORNL-123,"),
            ("date", "1990"),
            ("note", "(unpublished)."),
        ],
    )
    mended = _labelled(body_report_number(spans, text))
    assert mended[:3] == [
        ("author", "G. Ray,"),
        ("publisher", "Oak Ridge National Laboratory"),
        ("genre", "Report No. ORNL-123"),
    ]
    item = parse_reference(
        "[7] J. Doe, Equation of state of tin, Los Alamos National Laboratory Report No. LA-12345-MS, 1995."
    )
    assert item["title"] == "Equation of state of tin"
    assert item["publisher"] == "Los Alamos National Laboratory"
    # words that name no body before "Report No." are left to the model
    plain = "G. Ray, Final Report No. 12, 1990."
    assert (
        body_report_number(spans_of(plain, [("author", "G. Ray,"), ("title", "Final Report No. 12,")]), plain)[1].label
        == "title"
    )


def test_imprint_bracket_read_into_the_editors() -> None:
    text = "*Handbook of Optics*, 3rd ed., edited by M. Bass (McGraw-Hill, New York, 2010)."
    spans = spans_of(
        text,
        [
            ("title", "*Handbook of Optics*,"),
            ("edition", "3rd ed.,"),
            ("editor", "edited by M. Bass (McGraw-Hill,"),
            ("location", "New York,"),
            ("date", "2010)."),
        ],
    )
    mended = _labelled(publisher_in_editors(spans, text))
    assert mended[2:4] == [("editor", "edited by M. Bass "), ("publisher", "McGraw-Hill,")]


def test_aps_chapter_in_a_book_before_its_imprint() -> None:
    text = "A. Ray, Phonons in metals, in Lattice Dynamics of Solids (Springer, Berlin, 2001), Chap. 3, pp. 10-40."
    spans = spans_of(
        text,
        [
            ("author", "A. Ray,"),
            ("title", "Phonons in metals, in Lattice Dynamics of Solids"),
            ("publisher", "(Springer,"),
            ("location", "Berlin,"),
            ("note", "2001), Chap. 3,"),
            ("pages", "pp. 10-40."),
        ],
    )
    mended = _labelled(year_closes_imprint(in_book_before_imprint(spans, text), text))
    assert mended[1:3] == [("title", "Phonons in metals"), ("container-title", "Lattice Dynamics of Solids")]
    assert mended[5:7] == [("date", "2001), "), ("note", "Chap. 3,")]
    item = parse_reference(
        "[4] B. Lee, Spin waves in ferromagnets, in Magnetism in Condensed Matter (Wiley, New York, 1999), "
        "Chap. 2, pp. 5-9."
    )
    assert item["container-title"] == "Magnetism in Condensed Matter"
    assert item["issued"] == {"date-parts": [[1999]]}


def test_in_before_an_italic_book_opens_it() -> None:
    text = "F. Lee and M. Ray. Local search. In *Handbook of heuristics*, pages 10–40. Springer, 1998."
    spans = spans_of(
        text,
        [
            ("author", "F. Lee and M. Ray."),
            ("title", "Local search. In *Handbook of heuristics*,"),
            ("pages", "pages 10–40."),
            ("publisher", "Springer,"),
            ("date", "1998."),
        ],
    )
    mended = _labelled(italic_journal_after_title(spans, text))
    assert mended[1:3] == [("title", "Local search."), ("journal", "*Handbook of heuristics*,")]
    series = "E. Dinic. Flows in networks. In *Soviet Math. Doklady*, volume 11, pages 1–4, 1970."
    read = spans_of(
        series,
        [
            ("author", "E. Dinic."),
            ("title", "Flows in networks."),
            ("journal", "In *Soviet Math. Doklady*,"),
            ("volume", "volume 11,"),
            ("pages", "pages 1–4,"),
            ("date", "1970."),
        ],
    )
    assert ("journal", "*Soviet Math. Doklady*,") in _labelled(in_before_italic_work(read, series))
    plain = "A. Roe. Cats. *In Vivo*, 3:1–9, 1990."
    vivo = spans_of(plain, [("author", "A. Roe."), ("title", "Cats."), ("journal", "*In Vivo*,")])
    assert in_before_italic_work(vivo, plain) == vivo  # "In" inside the italics is the journal's


def test_italic_book_with_a_volume_read_as_a_journal() -> None:
    text = "Ann Lee. *Sparse Models in Practice*, volume 12. Cambridge University Press, 2019."
    spans = spans_of(
        text,
        [
            ("author", "Ann Lee."),
            ("journal", "Sparse Models in Practice*,"),
            ("volume", "volume 12."),
            ("publisher", "Cambridge University Press,"),
            ("date", "2019."),
        ],
    )
    assert ("title", "Sparse Models in Practice*,") in _labelled(book_title(spans, text))
    mixed = "Ann Lee. Notes on *Sparse Models*, volume 12. Cambridge University Press, 2019."
    parts = spans_of(
        mixed,
        [
            ("author", "Ann Lee."),
            ("journal", "Notes on *Sparse Models*,"),
            ("volume", "volume 12."),
            ("publisher", "Cambridge University Press,"),
        ],
    )
    assert book_title(parts, mixed) == parts  # a span holding more than its italics is divided after assembly


def test_corr_and_its_number_are_no_journal() -> None:
    text = "A. Lee and B. Wu. Sparse graph networks. *CoRR*, abs/1711.01234, 2017."
    spans = spans_of(
        text,
        [
            ("author", "A. Lee and B. Wu."),
            ("title", "Sparse graph networks."),
            ("journal", "CoRR*,"),
            ("pages", "abs/1711.01234,"),
            ("date", "2017."),
        ],
    )
    assert ("note", "CoRR*, abs/1711.01234,") in _labelled(arxiv_number_is_no_journal(spans, text))


def test_report_mends_leave_codes_and_notes_alone() -> None:
    coded = "A. Vee. Language definition. Technical Report TU Wien rr-02-92, Dept. for Systems, TU Vienna, 1993."
    spans = spans_of(
        coded,
        [
            ("author", "A. Vee."),
            ("title", "Language definition."),
            ("genre", "Technical Report"),
            ("note", "TU Wien rr-02-92, Dept. for Systems, TU Vienna,"),
            ("date", "1993."),
        ],
    )
    assert number_and_institution(spans, coded) == spans
    noted = (
        "J. Allen. Plans. PhD thesis, 1979. Published as University of Toronto, Department of Science Report No. 131."
    )
    read = spans_of(
        noted,
        [
            ("author", "J. Allen."),
            ("title", "Plans."),
            ("genre", "PhD thesis,"),
            ("date", "1979."),
            ("note", "Published as University of Toronto, Department of Science Report No. 131."),
        ],
    )
    assert body_report_number(read, noted) == read
