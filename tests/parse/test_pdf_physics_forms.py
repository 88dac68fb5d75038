"""Forms of physics and engineering references as PDF text gives them (GROBID's kind of data): a meeting's
place as ``City, Country`` or ``City (Country)`` before its dates, IOP's page count ``(7pp)`` after an article
number, a section letter set off from the journal by a comma (``Phys. Lett., B129``), addresses that run
into the next field with no space between, biblatex's language before ``In:`` (``eng. In: Cell``), a book
cited with no title of its own (``in: Astrophysics of Cosmic Rays``), a year's letter in brackets
(``1999 (a),``), a journal's head glued to the title's last word (``detectorClass .Quantum Grav``) and the volume
after a journal closing on its city (``C. R. Acad. Sci. Paris 317 (1993), 1033-1038``)."""

from __future__ import annotations

from biblio.parse.assemble import assemble
from biblio.parse.mends.city_year import publisher_then_city_year
from biblio.parse.mends.imprints import title_before_imprint
from biblio.parse.normalisers.identifiers import url_value
from biblio.parse.normalisers.pages import page_value
from biblio.parse.normalisers.publisher import place_value

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def test_meeting_city_and_country_before_the_dates_is_one_place() -> None:
    text = "Working Group Meeting #48, Gothenburg, Sweden 14-18 May 2018"
    spans = spans_of(
        text, [("title", "Working Group Meeting #48,"), ("location", "Gothenburg, Sweden"), ("date", "14-18 May 2018")]
    )
    assert ("location", "Gothenburg, Sweden") in labelled(publisher_then_city_year(spans, text))


def test_italian_imprint_before_the_year_is_still_split() -> None:
    text = "Rossi, M. La città. Laterza, Bari 2001."
    spans = spans_of(
        text, [("author", "Rossi, M."), ("title", "La città."), ("location", "Laterza, Bari"), ("date", "2001.")]
    )
    assert labelled(publisher_then_city_year(spans, text))[2:4] == [("publisher", "Laterza"), ("location", "Bari")]


def test_meeting_city_with_its_country_in_brackets_stays_the_place() -> None:
    text = "K. Ono et al., Proc. 31st Int. Cosmic Ray Conf., Lodz (Poland) 2009."
    spans = spans_of(
        text,
        [
            ("author", "K. Ono et al.,"),
            ("title", "Proc. 31st Int. Cosmic Ray Conf.,"),
            ("location", "Lodz (Poland)"),
            ("date", "2009."),
        ],
    )
    assert ("location", "Lodz (Poland)") in labelled(title_before_imprint(spans, text))


def test_iop_page_count_after_the_article_number() -> None:
    assert page_value("105012 (14pp)") == "105012"
    assert page_value("045007 (9 pp.)") == "045007"
    assert page_value("13035(R)") == "13035(R)"


def test_section_letter_after_a_comma_stays_with_the_volume() -> None:
    text = "G. Veneziano, Phys. Lett., B265, (1991)."
    item = assemble(
        spans_of(text, [("author", "G. Veneziano,"), ("journal", "Phys. Lett., B265,"), ("date", "(1991).")]), text
    )
    assert (item["container-title"].rstrip("."), item["volume"]) == ("Phys. Lett", "B265")


def test_glued_section_letter_names_the_journal() -> None:
    text = "G. Veneziano, Phys. Lett. B265, 287 (1991)."
    spans = spans_of(
        text, [("author", "G. Veneziano,"), ("journal", "Phys. Lett. B265,"), ("pages", "287"), ("date", "(1991).")]
    )
    item = assemble(spans, text)
    assert (item["container-title"], item["volume"]) == ("Phys. Lett. B", "265")


def test_address_ends_where_the_next_field_runs_on() -> None:
    assert url_value("http://geant4.web.cern.ch( 12/03/2016).") == "http://geant4.web.cern.ch"
    assert url_value("http://www.kstat.go.kr/a/b.aspx(2020. 3. 1. 검색).") == "http://www.kstat.go.kr/a/b.aspx"
    assert (
        url_value("http://arxiv.org/abs/1101.0001v2;http://arxiv.org/pdf/1101.0001v2")
        == "http://arxiv.org/abs/1101.0001v2"
    )
    assert (
        url_value("http://ntrs.nasa.gov/reports/naca-tn-2345.pdf,NASA (1951).")
        == "http://ntrs.nasa.gov/reports/naca-tn-2345.pdf"
    )
    # a bracket or a semicolon inside an address stays
    assert (
        url_value("https://en.wikipedia.org/wiki/Mercury_(planet)") == "https://en.wikipedia.org/wiki/Mercury_(planet)"
    )
    assert url_value("https://example.org/view;jsessionid=A1B2") == "https://example.org/view;jsessionid=A1B2"


def test_meeting_place_loses_its_verb() -> None:
    assert place_value("held in Calgary, Alberta, Canada,") == "Calgary, Alberta, Canada"
    assert place_value("Innsbruck") == "Innsbruck"


def test_biblatex_language_before_in_is_no_part_of_the_journal() -> None:
    from biblio.parse.normalisers.container import container_value

    assert container_value("eng. In: Nucleic Acids Research", journal=True) == "Nucleic Acids Research"
    assert container_value("ger. In:Zeitschrift für Physik", journal=True) == "Zeitschrift für Physik"
    assert container_value("In Vivo", journal=True) == "In Vivo"


def test_book_cited_with_no_title_of_its_own_loses_its_in() -> None:
    from biblio.parse.normalisers.title import title_value

    assert title_value("in: Cosmic Ray Astrophysics,") == "Cosmic Ray Astrophysics"
    assert title_value("in Proc. 33rd Int. Cosmic Ray Conference (ICRC2013),") == (
        "Proc. 33rd Int. Cosmic Ray Conference (ICRC2013)"
    )
    assert title_value("In Praise of Idleness") == "In Praise of Idleness"
    assert title_value("in vitro assays of kinase activity") == "in vitro assays of kinase activity"


def test_year_letter_in_brackets_closes_the_date() -> None:
    from biblio.parse.mends.year_letters import bracketed_year_letter

    text = "Sofue, Y., 2001 (b), Publications of the Astronomical Society of Japan, 53, 707"
    spans = spans_of(
        text,
        [
            ("author", "Sofue, Y.,"),
            ("date", "2001 ("),
            ("journal", "b), Publications of the Astronomical Society of Japan,"),
            ("volume", "53,"),
            ("pages", "707"),
        ],
    )
    mended = labelled(bracketed_year_letter(spans, text))
    assert mended[1:3] == [("date", "2001 (b)"), ("journal", "Publications of the Astronomical Society of Japan,")]


def test_journal_head_glued_to_the_titles_last_word() -> None:
    from biblio.parse.mends.glued_heads import glued_head_apart

    text = "Abbott B P et al 2016 Calibration of the Advanced LIGO detectorsClass .Quantum Grav .33 134001"
    spans = spans_of(
        text,
        [
            ("author", "Abbott B P et al"),
            ("date", "2016"),
            ("title", "Calibration of the Advanced LIGO detectorsClass"),
            ("journal", ".Quantum Grav ."),
            ("volume", "33"),
            ("pages", "134001"),
        ],
    )
    assert labelled(glued_head_apart(spans, text))[2:4] == [
        ("title", "Calibration of the Advanced LIGO detectors"),
        ("journal", "Class .Quantum Grav ."),
    ]
    text = "J. Haegeman, Time-dependent variational principle for quantum latticesarXiv :1103.0936."
    spans = spans_of(
        text,
        [
            ("author", "J. Haegeman,"),
            ("title", "Time-dependent variational principle for quantum latticesarXiv"),
            ("note", ":1103.0936."),
        ],
    )
    assert labelled(glued_head_apart(spans, text))[1:] == [
        ("title", "Time-dependent variational principle for quantum lattices"),
        ("note", "arXiv :1103.0936."),
    ]
    # a journal that opens on its own is left as read
    text = "A. Smith, Quantum walks on graphsNew J. Phys. 12 (2010) 1."
    spans = spans_of(text, [("author", "A. Smith,"), ("title", "Quantum walks on graphsNew"), ("journal", "J. Phys.")])
    assert glued_head_apart(spans, text) == spans


def test_volume_after_the_city_closing_a_journals_name() -> None:
    from biblio.parse.mends.volumes import volume_before_date

    text = "H. Brezis, Remarks on a Liouville problem. C. R. Acad. Sci. Paris 317 (1993), 1033-1038."
    spans = spans_of(
        text,
        [
            ("author", "H. Brezis,"),
            ("title", "Remarks on a Liouville problem."),
            ("journal", "C. R. Acad. Sci."),
            ("location", "Paris"),
            ("pages", "317"),
            ("date", "(1993),"),
            ("pages", "1033-1038."),
        ],
    )
    assert ("volume", "317") in labelled(volume_before_date(spans, text))
