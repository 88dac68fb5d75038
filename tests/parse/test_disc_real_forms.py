"""Forms of physics, computer-science and humanities reference lists (``disc_real.jsonl``): the APS's
``Journal Volume, Page (Year).`` with a one-digit page, ``Nature (London) 601,`` and a title opening
``99.92%-fidelity``; DBLP's ``CoRR, abs/2004.10240`` whose number opens like a year; Springer's and
biblatex's closing ``(Visited on 07.07.2022)``; LNCS's title with a question mark inside; BibTeX-Ruby's
``Title. 221–238 In *Book*.``; natural-order names before the year (``A B and C D (2017).``) and a quoted
title ``in`` a book whose own title holds ``in``; Springer's subseries ``LNCS (LNAI), vol. 11985`` and
``(2019, to appear)``."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.access_notes import access_date_without_address, bracketed_access_whole
from biblio.parse.mends.identifiers import arxiv_number_is_no_journal
from biblio.parse.mends.in_book import pages_closing_title_before_in
from biblio.parse.mends.quotes import quoted_title_in_container
from biblio.parse.mends.volume_page import issue_before_bracketed_year_is_page
from biblio.parse.mends.years import hyphened_head_of_title, volume_read_as_date
from biblio.parse.readers.apa.authors import parse_authors
from biblio.parse.readers.cs_common import initialled_names

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def test_number_after_the_volume_comma_is_the_page() -> None:
    text = "A. Wallraff, Engineering cryogenic setups, Eur. Phys. J. Quantum Technol. 6, 2 (2019)."
    spans = spans_of(
        text,
        [
            ("author", "A. Wallraff,"),
            ("title", "Engineering cryogenic setups,"),
            ("journal", "Eur. Phys. J. Quantum Technol."),
            ("volume", "6"),
            ("issue", ", 2"),
            ("date", "(2019)."),
        ],
    )
    assert ("pages", ", 2") in labelled(issue_before_bracketed_year_is_page(spans, text))
    item = parse_reference(
        "[32] C. Wang, X. Li, H. Xu, Z. Li, J. Wang, Z. Yang, Z. Mi, X. Liang, T. Su, C. Yang et al., Towards "
        "practical quantum computers: Transmon qubit with a lifetime approaching 0.5 milliseconds, npj Quantum Inf. "
        "8, 3 (2022)."
    )
    assert (item.get("volume"), item.get("page"), item.get("issue")) == ("8", "3", None)


def test_corr_number_read_as_a_year_and_pages_is_one_note() -> None:
    text = "Benidis, K., et al.: Neural forecasting. CoRR, abs/2004.10240 (2020)."
    spans = spans_of(
        text,
        [
            ("author", "Benidis, K., et al.:"),
            ("title", "Neural forecasting."),
            ("journal", "CoRR, abs/"),
            ("date", "2004."),
            ("pages", "10240"),
            ("date", "(2020)."),
        ],
    )
    assert ("note", "CoRR, abs/2004.10240") in labelled(arxiv_number_is_no_journal(spans, text))
    item = parse_reference(
        "4. Benidis, K., et al.: Neural forecasting: introduction and literature overview. CoRR, abs/2004.10240 "
        "(2020). https://arxiv.org/abs/2004.10240"
    )
    assert item["issued"] == {"date-parts": [[2020]]}
    assert "container-title" not in item and "page" not in item


def test_visited_on_in_brackets_is_the_access_date() -> None:
    text = "Kuhn, T., Schnicke, F.: BaSyx, https://wiki.eclipse.org/BaSyx, (Visited on 07.07.2022)"
    spans = spans_of(
        text,
        [
            ("author", "Kuhn, T., Schnicke, F.:"),
            ("title", "BaSyx,"),
            ("url", "https://wiki.eclipse.org/BaSyx,"),
            ("location", "(Visited on"),
            ("date", "07.07.2022)"),
        ],
    )
    assert ("accessed", "(Visited on 07.07.2022)") in labelled(bracketed_access_whole(spans, text))
    for source in (
        "18. Kuhn, T., Schnicke, F.: BaSyx, https://wiki.eclipse.org/BaSyx, (Visited on 07.07.2022)",
        "Plattform Industrie 4.0: Information Model for Capabilities, Skills & Services, "
        "https://www.plattform-i40.de/IP/Redaktion/EN/Downloads/Publikation/CapabilitiesSkillsServices.html, "
        "(Visited on 06.06.2023)",
        "Kuhn, T., Schnicke, F.: BaSyx, https://wiki.eclipse.org/BaSyx (visited on 07/07/2022)",
    ):
        item = parse_reference(source)
        assert "issued" not in item and "publisher-place" not in item
        assert item["accessed"]["date-parts"][0][0] in (2022, 2023)


def test_number_no_year_can_be_after_the_journal_is_the_volume() -> None:
    text = "A. Noiri, Fast universal quantum gate, Nature (London) 601, 338 (2022)."
    spans = spans_of(
        text,
        [
            ("author", "A. Noiri,"),
            ("title", "Fast universal quantum gate,"),
            ("journal", "Nature"),
            ("location", "(London)"),
            ("date", "601,"),
            ("pages", "338"),
            ("date", "(2022)."),
        ],
    )
    assert ("volume", "601,") in labelled(volume_read_as_date(spans, text))
    item = parse_reference(
        "[18] A. Noiri, K. Takeda, T. Nakajima, T. Kobayashi, A. Sammak, G. Scappucci, and S. Tarucha, Fast universal "
        "quantum gate above the fault-tolerance threshold in silicon, Nature (London) 601, 338 (2022)."
    )
    assert (item["container-title"], item["volume"], item["page"]) == ("Nature (London)", "601", "338")
    assert "publisher-place" not in item


def test_number_hyphened_to_the_title_opens_it() -> None:
    text = "J. Du, 99.92%-fidelity CNOT gates in solids, Phys. Rev. Lett. 130, 030601 (2023)."
    spans = spans_of(
        text,
        [
            ("author", "J. Du,"),
            ("date", "99.92%-"),
            ("title", "fidelity CNOT gates in solids,"),
            ("journal", "Phys. Rev. Lett."),
            ("volume", "130,"),
            ("pages", "030601"),
            ("date", "(2023)."),
        ],
    )
    assert ("title", "99.92%-fidelity CNOT gates in solids,") in labelled(hyphened_head_of_title(spans, text))
    item = parse_reference(
        "[19] T. Xie, Z. Zhao, S. Xu, X. Kong, Z. Yang, M. Wang, Y. Wang, F. Shi, and J. Du, 99.92%-fidelity CNOT "
        "gates in solids by noise filtering, Phys. Rev. Lett. 130, 030601 (2023)."
    )
    assert item["title"] == "99.92%-fidelity CNOT gates in solids by noise filtering"


def test_question_mark_inside_an_lncs_title() -> None:
    item = parse_reference(
        "3. Beber, A., Brandt, M.W., Kavajecz, K.A.: Flight-to-quality or flight-to-liquidity? Evidence from the "
        "Euro-area bond market. Rev. Financ. Stud. 22(3), 925–957 (2009)"
    )
    assert item["title"] == "Flight-to-quality or flight-to-liquidity? Evidence from the Euro-area bond market"
    assert item["container-title"] == "Rev. Financ. Stud."


def test_page_range_between_title_and_in_is_the_pages() -> None:
    text = "Marco Büchler. Towards a Historical Text Re-use Detection. 221–238 In Text Mining. Springer, 2014."
    spans = spans_of(
        text,
        [
            ("author", "Marco Büchler."),
            ("title", "Towards a Historical Text Re-use Detection. 221–238"),
            ("container-title", "In Text Mining."),
            ("publisher", "Springer,"),
            ("date", "2014."),
        ],
    )
    mended = labelled(pages_closing_title_before_in(spans, text))
    assert ("title", "Towards a Historical Text Re-use Detection.") in mended
    assert ("pages", "221–238") in mended
    item = parse_reference(
        "10. Axel J Soto, Abidalrahman Mohammad, Andrew Albert, Aminul Islam, Evangelos Milios, Michael Doyle, "
        "Rosane Minghim, Maria Cristina de Oliveira. Similarity-Based Support for Text Reuse in Technical Writing. "
        "97–106 In Proceedings of the 2015 ACM Symposium on Document Engineering. ACM, 2015."
    )
    assert (item["title"], item["page"]) == ("Similarity-Based Support for Text Reuse in Technical Writing", "97-106")


def test_name_and_lower_case_title_are_no_lncs_body() -> None:
    assert initialled_names("Lincoln Mullen. textreuse", inverted=True) is None
    item = parse_reference("5. Lincoln Mullen. textreuse: Detect Text Reuse and Document Similarity. (2016).")
    assert item["author"] == [{"family": "Mullen", "given": "Lincoln"}]
    assert item["title"] == "textreuse: Detect Text Reuse and Document Similarity"


def test_natural_order_names_before_the_year() -> None:
    assert parse_authors("Alboukadel Kassambara and Fabian Mundt") == (
        "author",
        [{"family": "Kassambara", "given": "Alboukadel"}, {"family": "Mundt", "given": "Fabian"}],
    )
    assert parse_authors("Fisheries and Oceans Canada")[1] == [{"literal": "Fisheries and Oceans Canada"}]
    item = parse_reference(
        "Rosa Filgueira, Claire Grover, Vasilios Karaiskos, Beatrice Alex, Sarah Van Eyndhoven, Lisa Gotthard, and "
        "Melissa Terras (2021). Extending defoe for the efficient analysis of historical texts at scale. In 2021 IEEE "
        "17th International Conference on eScience (eScience), pp. 21-29."
    )
    assert [n.get("family") for n in item["author"]] == [
        "Filgueira",
        "Grover",
        "Karaiskos",
        "Alex",
        "Van Eyndhoven",
        "Gotthard",
        "Terras",
    ]


def test_quoted_title_in_a_book_named_with_in() -> None:
    text = (
        'Katherine Faust (2005) "Using Correspondence Analysis" in Models and Methods in Social Network Analysis '
        "eds. John Scott."
    )
    spans = spans_of(
        text,
        [
            ("author", "Katherine Faust"),
            ("date", "(2005)"),
            ("title", '"Using Correspondence Analysis" in Models and Methods'),
            ("container-title", "in Social Network Analysis"),
            ("editor", "eds. John Scott."),
        ],
    )
    mended = labelled(quoted_title_in_container(spans, text))
    assert ("title", '"Using Correspondence Analysis"') in mended
    assert ("container-title", "Models and Methods in Social Network Analysis") in mended


def test_springer_subseries_in_brackets_closes_the_proceedings() -> None:
    item = parse_reference(
        "16. Koenecke, A., Gajewar, A.: Curriculum learning in deep neural networks for financial forecasting. In: "
        "Bitetta, V., Bordino, I., Ferretti, A., Gullo, F., Pascolutti, S., Ponti, G. (eds.) MIDAS 2019. LNCS "
        "(LNAI), vol. 11985, pp. 16–31. Springer, Cham (2020). https://doi.org/10.1007/978-3-030-37720-5_2"
    )
    assert (item["container-title"], item["volume"], item["page"]) == ("MIDAS 2019", "11985", "16-31")


def test_bracketed_year_of_a_forthcoming_article_is_its_date() -> None:
    text = "Gentzkow, M., Kelly, B., Taddy, M.: Text as data. J. Econ. Lit. (2019, to appear)"
    spans = spans_of(
        text,
        [
            ("author", "Gentzkow, M., Kelly, B., Taddy, M.:"),
            ("title", "Text as data."),
            ("journal", "J. Econ. Lit"),
            ("accessed", ". (2019,"),
            ("note", "to appear)"),
        ],
    )
    assert ("date", ". (2019,") in labelled(access_date_without_address(spans, text))
    item = parse_reference("12. " + text)
    assert item["issued"] == {"date-parts": [[2019]]} and "accessed" not in item
    # an access word anywhere keeps the access date: Wikipedia's "Retrieved" left between the spans
    wiki = parse_reference('"Official Singles Chart Top 100". Official Charts Company. Retrieved September 7, 2019.')
    assert "issued" not in wiki and wiki["accessed"] == {"date-parts": [[2019, 9, 7]]}
