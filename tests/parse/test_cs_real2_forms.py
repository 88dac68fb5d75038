"""Computer-science forms of ``cs_real2.jsonl``: the ACM Reference Format's journal numbers
(``Vol, Number (Year), Pages``, a conference's name as the number, an article's ``12:1-12:30`` pages),
its proceedings series in brackets (``In ABC (LNCS, Vol. 1234). Springer, 1-10.``), a DOI's link cut
by a PDF's line break, biblatex's ``*Journal*, 12, 3, 45–67.``, ``Ed. by`` and italic proceedings, and
natural-order name lists the Chicago reader must not invert; checked on spans as the model hands them
over and end to end."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.input_text import tidy_input
from biblio.parse.mends.acm_reference import (
    article_pages_joined,
    issue_before_bracketed_date,
    series_volume_after_venue,
    volume_before_bracketed_date,
)
from biblio.parse.mends.biblatex_parts import (
    editors_end_at_names,
    issue_between_commas,
    italic_container_whole,
    publisher_after_italic_container,
)
from biblio.parse.mends.ieee_status import place_before_report_kind, proceedings_read_as_place, to_be_published_apart

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def test_acm_number_before_the_bracketed_year_is_the_issue() -> None:
    text = "Ann Lee. 2003. A title. J. Syst. Softw. 7, 2 (2003), 100-120."
    spans = spans_of(
        text,
        [
            ("author", "Ann Lee."),
            ("date", "2003."),
            ("title", "A title."),
            ("journal", "J. Syst. Softw."),
            ("volume", "7,"),
            ("pages", "2"),
            ("date", "(2003),"),
            ("pages", "100-120."),
        ],
    )
    mended = labelled(issue_before_bracketed_date(spans, text))
    assert ("issue", "2") in mended and ("pages", "100-120.") in mended
    item = parse_reference(
        "[4] Ann Lee and Bo Chen. 2003. Typed holes in practice. J. Syst. Softw. 7, 2 (2003), 100-120."
    )
    assert (item["volume"], item["issue"], item["page"]) == ("7", "2", "100-120")


def test_acm_conference_name_as_the_number_and_article_pages() -> None:
    item = parse_reference(
        "[9] Ann Lee, Bo Chen, and Cy Park. 2022. Gradual effects for the masses. "
        "Proc. ACM Program. Lang. 6, OOPSLA (2022), 12:1-12:30. https://doi.org/10.1145/1234567"
    )
    assert item["container-title"] == "Proc. ACM Program. Lang."
    assert (item["volume"], item["issue"], item["page"]) == ("6", "OOPSLA", "12:1-12:30")
    assert item["DOI"] == "10.1145/1234567"


def test_article_pages_read_as_volume_and_pages_are_one_range() -> None:
    text = "Vol 3 (2019), 12:1-12:30."
    spans = spans_of(text, [("volume", "Vol 3"), ("date", "(2019),"), ("volume", "12:"), ("pages", "1-12:30.")])
    assert ("pages", "12:1-12:30.") in labelled(article_pages_joined(spans, text))
    # a page range that does not repeat the article's number is left alone
    other = spans_of("12: 1-30.", [("volume", "12:"), ("pages", "1-30.")])
    assert article_pages_joined(other, "12: 1-30.") == other


def test_acm_volume_read_into_the_date() -> None:
    text = "J. Funct. Program. 31 (2021), e4."
    spans = spans_of(text, [("journal", "J. Funct. Program."), ("date", "31 (2021),"), ("pages", "e4.")])
    mended = labelled(volume_before_bracketed_date(spans, text))
    assert ("volume", "31") in mended and ("date", "(2021),") in mended
    # a year before the bracket is no volume
    year = spans_of("Conf 2014 (2014), 1-6.", [("journal", "Conf"), ("date", "2014 (2014),"), ("pages", "1-6.")])
    assert volume_before_bracketed_date(year, "Conf 2014 (2014), 1-6.") == year


def test_acm_series_and_volume_in_brackets_after_the_proceedings() -> None:
    text = "Ann Lee. 2015. A title. In CAV (LNCS, Vol. 9206). Springer, 3-19."
    spans = spans_of(
        text,
        [
            ("author", "Ann Lee."),
            ("date", "2015."),
            ("title", "A title."),
            ("journal", "In CAV (LNCS,"),
            ("volume", "Vol. 9206)."),
            ("publisher", "Springer,"),
            ("pages", "3-19."),
        ],
    )
    mended = labelled(series_volume_after_venue(spans, text))
    assert ("container-title", "CAV") in mended
    assert ("collection-title", "LNCS") in mended and ("volume", "9206") in mended
    item = parse_reference(
        "[12] Ann Lee and Bo Chen. 2015. Bounded model checking of heaps. In TACAS (2) (LNCS, Vol. 9035). "
        "Springer, 401-417. https://doi.org/10.1007/978-3-662-46681-0_1"
    )
    assert item["container-title"] == "TACAS (2)"
    assert (item["volume"], item["publisher"], item["page"]) == ("9035", "Springer", "401-417")


def test_a_doi_link_cut_at_a_line_break_is_joined() -> None:
    assert tidy_input("X. 2001. T. In PLDI. ACM, 1-9. https://doi. org/10.1145/378795.378811").endswith(
        "https://doi.org/10.1145/378795.378811"
    )
    assert tidy_input("Y. J 2, 3 (1992), 1-9. https://doi.org/ 10.1093/abc/2.3.297").endswith(
        "https://doi.org/10.1093/abc/2.3.297"
    )
    item = parse_reference("Ann Lee. 2001. A title. In PLDI. ACM, 59-69. https://doi.org/10. 1145/378795.378811")
    assert item["DOI"] == "10.1145/378795.378811"
    assert "URL" not in item
    # a link with a second cut inside its DOI, not closing the reference, is left as written
    assert tidy_input("J 12:3: 45. http://dx.doi.org/ 10.1061/(ASCE)0733(1992)118: 7(45).").count(" 10.1061") == 1


def test_biblatex_volume_number_and_pages_between_commas() -> None:
    text = "T. Ng. 2019. “A title.” *Nature*, 571, 7763, 95–98."
    spans = spans_of(text, [("journal", "Nature*,"), ("volume", "571,"), ("pages", "7763, 95–98.")])
    mended = labelled(issue_between_commas(spans, text))
    assert ("issue", "7763") in mended and ("pages", "95–98") in mended
    text = "*Constraints*, 4, 3/4, 10–19."
    spans = spans_of(text, [("journal", "Constraints*,"), ("volume", "4, 3/4,"), ("pages", "10–19.")])
    assert ("issue", "3/4") in labelled(issue_between_commas(spans, text))
    # MDPI's year before the volume is not a volume and number
    text = "Nutr. Rev. 2012, 70, 520–533."
    spans = spans_of(text, [("journal", "Nutr. Rev."), ("volume", "2012, 70,"), ("pages", "520–533.")])
    assert issue_between_commas(spans, text) == spans
    # "8, 1945, 39-52": a year between the volume and the pages is the date
    text = "Revue d’histoire, 12, 1951, 7-30."
    spans = spans_of(text, [("journal", "Revue d’histoire,"), ("volume", "12,"), ("pages", "1951, 7-30.")])
    assert labelled(issue_between_commas(spans, text))[1:] == [("volume", "12,"), ("date", "1951"), ("pages", "7-30")]
    item = parse_reference("A. Ng and B. Ode. 2021. “Neural sorting.” *Science*, 372, 6541, 1010–1014.")
    assert (item["volume"], item["issue"], item["page"]) == ("372", "6541", "1010-1014")


def test_biblatex_editors_end_before_the_publisher() -> None:
    text = "In: *Book*. Ed. by J. Roe. Springer, 1–9."
    spans = spans_of(
        text, [("container-title", "In: *Book*."), ("editor", "Ed. by J. Roe. Springer,"), ("pages", "1–9.")]
    )
    mended = labelled(editors_end_at_names(spans, text))
    assert ("editor", "Ed. by J. Roe.") in mended and ("publisher", " Springer,") in mended


def test_biblatex_italic_proceedings_keep_their_place_and_days() -> None:
    text = "In: *Proc. of the Meeting, Lyon, France, 3-5 May 2020*. ACL, 1–9."
    spans = spans_of(
        text,
        [
            ("container-title", "In: *Proc. of the Meeting,"),
            ("location", "Lyon, France,"),
            ("date", "3-5 May 2020*."),
            ("publisher", "ACL,"),
            ("pages", "1–9."),
        ],
    )
    mended = labelled(italic_container_whole(spans, text))
    assert ("container-title", "In: *Proc. of the Meeting, Lyon, France, 3-5 May 2020") in mended
    assert [label for label, _ in mended] == ["container-title", "publisher", "pages"]


def test_biblatex_publisher_after_the_italic_proceedings() -> None:
    text = "In: *Workshop Track*. PMLR, 10–20."
    spans = spans_of(text, [("container-title", "In: *Workshop Track*. PMLR,"), ("pages", "10–20.")])
    mended = labelled(publisher_after_italic_container(spans, text))
    assert ("container-title", "In: *Workshop Track*") in mended and ("publisher", "PMLR") in mended


def test_natural_order_names_are_not_read_as_chicago_inverted() -> None:
    item = parse_reference("[3] K. Ito, L. Moss, and P. Ruiz. 2018. Sparse graph codes. In Proceedings of the ISIT.")
    assert [a["family"] for a in item["author"]] == ["Ito", "Moss", "Ruiz"]
    item = parse_reference(
        "[5] Ruth Adler, Tom B. Kessel, and Ann Voss. 2011. Checking C programs. https://example.org/tutorial"
    )
    assert [a["family"] for a in item["author"]] == ["Adler", "Kessel", "Voss"]


def test_biblatex_et_al_with_a_doubled_stop_and_in_colon() -> None:
    item = parse_reference(
        "Q. Zhu et al.. 2023. “Sparse routing for agents.” In: *The Eleventh International Conference on "
        "Learning Representations*. https://openreview.net/forum?id=abc123."
    )
    assert [a["family"] for a in item["author"]] == ["Zhu"]
    assert item["container-title"] == "The Eleventh International Conference on Learning Representations"
    assert "publisher-place" not in item


def test_an_isbn_closing_an_apa_entry_is_no_place_and_publisher() -> None:
    item = parse_reference(
        "Ode, K., & Lind, J. (2016). Fast posterior sampling. Proceedings of the 30th Conference on Artificial "
        "Intelligence, 101-109. ISBN: 9781577357601"
    )
    assert "publisher" not in item and "publisher-place" not in item
    assert item["page"] == "101-109"


def test_report_kind_and_number_then_the_body() -> None:
    item = parse_reference(
        "[7] Ann Lee and Bo Chen. 2010. A verified allocator. Technical Report TR-2010-3. Inria. https://hal.example.org/1"
    )
    assert item["publisher"] == "Inria"
    item = parse_reference("Ode K, Lind J. 1999. Clock drift in receivers. Technical Report. Citeseer.")
    assert item["publisher"] == "Citeseer"


def test_ieee_to_be_published_is_no_part_of_the_journal() -> None:
    text = "IEEE Trans. Softw. Eng., to be published, doi: 10.1109/TSE.2020.1."
    spans = spans_of(text, [("journal", "IEEE Trans. Softw. Eng., to be"), ("note", "published,")])
    mended = labelled(to_be_published_apart(spans, text))
    assert mended == [("journal", "IEEE Trans. Softw. Eng."), ("note", "to be published,")]
    item = parse_reference(
        "A. Ode et al., “Sound taint tracking for apps,” IEEE Trans. Softw. Eng., to be published, "
        "doi: 10.1109/TSE.2021.3051234."
    )
    assert item["container-title"].rstrip(".") == "IEEE Trans. Softw. Eng"
    assert item["DOI"] == "10.1109/TSE.2021.3051234"


def test_ieee_report_body_then_its_place() -> None:
    text = "Univ. of Oslo, Norway, Tech. Rep. 12, 2001."
    spans = spans_of(text, [("publisher", "Univ. of Oslo, Norway,"), ("genre", "Tech. Rep."), ("date", "12, 2001.")])
    mended = labelled(place_before_report_kind(spans, text))
    assert ("publisher", "Univ. of Oslo") in mended and ("location", "Norway") in mended
    item = parse_reference(
        "K. Ito and L. Moss, “Bytecode slicing for verifiers,” Lund University, Sweden, Tech. Rep. 2001-7, 2001."
    )
    assert (item["publisher"], item["publisher-place"]) == ("Lund University", "Sweden")


def test_ieee_abbreviated_proceedings_are_no_place() -> None:
    text = "in Proc. Int. Conf. Softw. Maint. Evol., 2019, pp. 1–10."
    spans = spans_of(
        text,
        [("container-title", "in Proc. Int. Conf."), ("location", "Softw. Maint. Evol.,"), ("date", "2019,")],
    )
    assert labelled(proceedings_read_as_place(spans, text))[0] == (
        "container-title",
        "in Proc. Int. Conf. Softw. Maint. Evol.,",
    )
    # a real place before the year stays the place
    text = "in Proc. IEEE Conf., Las Vegas, NV, USA, 2016."
    spans = spans_of(
        text, [("container-title", "in Proc. IEEE Conf.,"), ("location", "Las Vegas, NV, USA,"), ("date", "2016.")]
    )
    assert proceedings_read_as_place(spans, text) == spans
