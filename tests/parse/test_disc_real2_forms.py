"""Forms of physics, computer-science and humanities reference lists (``disc_real2.jsonl``): natbib's
natural-order ``and Quoc V. Le.`` closing a list; MLA's ``“Title”, 8 Jan. 2021, Polygon. URL`` (the outlet
after the date) and ``First edition., Jossey-Bass, 2016.``; a note's book imprint without a place
``SAGE, 1991: 252-255.``; the plain (LIPIcs) form's one author ``Rom Pinchasi. Lines With Many …``."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.edition_title import edition_opening_publisher
from biblio.parse.mends.outlet_names import outlet_after_date
from biblio.parse.mends.title_in_journal import title_words_before_journal_comma
from biblio.parse.mends.title_in_names import title_head_in_names
from biblio.parse.mends.year_colon_pages import publisher_before_year_colon
from biblio.parse.normalisers.names import names_from_span

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def _families(item: dict) -> list[str]:
    return [str(n.get("family", n.get("literal"))) for n in item.get("author", [])]


def test_family_after_a_dotted_middle_initial_closing_the_list() -> None:
    # the list's full stop after "Le": a family name, not an abbreviated given name like "Th."
    assert names_from_span("Zhilin Yang, Zihang Dai, and Quoc V. Le.")[-1] == {"family": "Le", "given": "Quoc V."}
    assert names_from_span("Smith J. Th.") == [{"family": "Smith", "given": "J. Th."}]
    item = parse_reference(
        "Zhilin Yang, Zihang Dai, Yiming Yang, Jaime Carbonell, Ruslan Salakhutdinov, and Quoc V. Le. Xlnet: "
        "Generalized autoregressive pretraining for language understanding, 2020."
    )
    assert _families(item)[-1] == "Le"


def test_outlet_after_the_date_is_the_container() -> None:
    text = "Boyle, B. “How Board Gamers Embraced Tabletop Sims During Lockdown”, 29 May 2020, Vice. https://www.vice.com/x"
    spans = spans_of(
        text,
        [
            ("author", "Boyle, B."),
            ("title", "“How Board Gamers Embraced Tabletop Sims During Lockdown”,"),
            ("date", "29 May 2020,"),
            ("title", "Vice."),
            ("url", "https://www.vice.com/x"),
        ],
    )
    assert ("container-title", "Vice.") in labelled(outlet_after_date(spans, text))
    item = parse_reference(
        "Hall, C. “Tabletop gaming in 2021 will be defined by these last 12 months of chaos”, 8 Jan. 2021, Polygon. "
        "https://www.polygon.com/2021/1/8/22178462/board-games-rpgs-2021. Accessed 25 Jan. 2024."
    )
    assert (item.get("container-title"), item.get("issued")) == ("Polygon", {"date-parts": [[2021, 1, 8]]})


def test_publisher_and_year_before_the_cited_page() -> None:
    text = "Fox, John. Regression Diagnostics: An Introduction. SAGE, 1991: 252-255."
    spans = spans_of(
        text,
        [
            ("author", "Fox, John."),
            ("title", "Regression Diagnostics: An Introduction."),
            ("journal", "SAGE,"),
            ("date", "1991:"),
            ("pages", "252-255."),
        ],
    )
    assert ("publisher", "SAGE,") in labelled(publisher_before_year_colon(spans, text))
    item = parse_reference(
        "Nisbet, Robert, John Elder, and Gary Miner. Handbook of Statistical Analysis and Data Mining "
        "Applications. Academic Press, 2009: 8."
    )
    assert (item.get("title"), item.get("publisher"), item.get("container-title")) == (
        "Handbook of Statistical Analysis and Data Mining Applications",
        "Academic Press",
        None,
    )
    # a journal's year and page follow its volume: no book imprint
    journal = parse_reference(
        'Atack, Jeremy, and Robert A. Margo. "Did railroads induce or follow economic growth?" '
        "Social Science History 34, no. 2 (2010): 171-197."
    )
    assert journal.get("container-title") == "Social Science History"


def test_edition_opening_the_publisher() -> None:
    text = "Lang, James M. Small Teaching. First edition., Jossey-Bass, 2016."
    spans = spans_of(
        text,
        [("author", "Lang, James M."), ("title", "Small Teaching."), ("publisher", "First edition., Jossey-Bass,"),
         ("date", "2016.")],
    )
    assert labelled(edition_opening_publisher(spans, text))[2:4] == [
        ("edition", "First edition."),
        ("publisher", "Jossey-Bass,"),
    ]
    item = parse_reference(
        "Lang, James M. Small Teaching: Everyday Lessons from the Science of Learning. First edition., "
        "Jossey-Bass, 2016."
    )
    assert (item.get("edition"), item.get("publisher")) == ("1", "Jossey-Bass")


def test_one_author_given_name_first_closed_by_a_period() -> None:
    text = "Rom Pinchasi. Lines With Many Points On Both Sides. Discrete & Computational Geometry, 30(3):415–435, 2003."
    spans = spans_of(
        text,
        [
            ("author", "Rom Pinchasi. Lines With Many"),
            ("title", "Points On Both Sides."),
            ("journal", "Discrete & Computational Geometry,"),
        ],
    )
    assert labelled(title_head_in_names(spans, text))[:2] == [
        ("author", "Rom Pinchasi."),
        ("title", "Lines With Many Points On Both Sides."),
    ]
    item = parse_reference(
        "[19] Manfred Scheucher. A SAT Attack on Erdős-Szekeres Numbers in R^d and the Empty Hexagon Theorem. "
        "Computing in Geometry and Topology, 2(1):2:1–2:13, March 2023."
    )
    assert (_families(item), item.get("title")) == (
        ["Scheucher"],
        "A SAT Attack on Erdős-Szekeres Numbers in R^d and the Empty Hexagon Theorem",
    )


def test_title_words_before_the_journal_comma() -> None:
    text = "A. S. Brown and M. A. Green, Detailed balance limit for the tandem solar cell, Phys. E 14, 96 (2002)."
    spans = spans_of(
        text,
        [
            ("author", "A. S. Brown and M. A. Green,"),
            ("title", "Detailed balance limit for the tandem"),
            ("journal", "solar cell, Phys. E"),
            ("volume", "14,"),
            ("pages", "96"),
            ("date", "(2002)."),
        ],
    )
    assert labelled(title_words_before_journal_comma(spans, text))[1:3] == [
        ("title", "Detailed balance limit for the tandem solar cell"),
        ("journal", "Phys. E"),
    ]
    item = parse_reference(
        "[43] K. R. McIntosh, M. D. Abbott, and B. A. Sudbury, Ray Tracing Isotextured Solar Cells, Energy "
        "Procedia 92, 122 (2016)."
    )
    assert (item.get("title"), item.get("container-title")) == (
        "Ray Tracing Isotextured Solar Cells",
        "Energy Procedia",
    )
    # a journal's own part after its comma stays with it
    part = "J. Smith, On the rings, Proc. R. Soc. London, Ser. A 12, 34 (1900)."
    spans = spans_of(
        part,
        [
            ("author", "J. Smith,"),
            ("title", "On the rings,"),
            ("journal", "Proc. R. Soc. London, Ser. A"),
            ("volume", "12,"),
        ],
    )
    assert title_words_before_journal_comma(spans, part) == spans
    # a title closed by its full stop: the journal's name holds a comma of its own
    item = parse_reference(
        "Lee J, Park S. Coffee intake and liver function in adults. Cancer Epidemiology, Biomarkers and Prevention "
        "12:101-109, 2003."
    )
    assert (item.get("title"), item.get("container-title")) == (
        "Coffee intake and liver function in adults",
        "Cancer Epidemiology, Biomarkers and Prevention",
    )


def test_nuclear_fusion_journal_without_a_title() -> None:
    item = parse_reference("[3] Dinklage A. et al 2007 Nucl. Fusion 47 1265")
    assert (item.get("title"), item.get("container-title"), item.get("volume")) == (None, "Nucl. Fusion", "47")
    item = parse_reference(
        "[18] Fischer U., Bachmann C., Jaboulay J.-C., Moro F., Palermo I., Pereslavtsev P. and Villari R. 2016 "
        "Fusion Eng. Des. 109-111 1458–63"
    )
    assert (item.get("volume"), item.get("page"), len(item.get("author", []))) == ("109-111", "1458-63", 7)


def test_last_initials_take_a_family_with_its_particle() -> None:
    item = parse_reference(
        "[31] M. De Bastiani, M. Babics, E. Aydin, A. S. Subbiah, L. Xu, and S. De Wolf, All set for efficient and "
        "reliable perovskite/silicon tandem photovoltaic modules?, Sol. RRL 6, 2100493, (2021)."
    )
    assert _families(item)[-1] == "De Wolf"
    assert item.get("title") == "All set for efficient and reliable perovskite/silicon tandem photovoltaic modules?"


def test_quoted_title_before_an_inverted_ieee_journal_keeps_its_journal() -> None:
    item = parse_reference(
        "[13] P. W. Kimball and S. M. Rock, “Mapping of translating, rotating icebergs with an autonomous underwater "
        "vehicle,” Oceanic Engineering, IEEE Journal of, vol. 40, no. 1, pp. 196–208, 2015."
    )
    assert item.get("container-title") == "Oceanic Engineering, IEEE Journal of"


def test_last_name_after_and_read_into_the_title() -> None:
    item = parse_reference(
        "Victor Sanh, Lysandre Debut, Julien Chaumond, and Thomas Wolf. Distilbert, a distilled version of bert: "
        "smaller, faster, cheaper and lighter, 2019."
    )
    assert _families(item) == ["Sanh", "Debut", "Chaumond", "Wolf"]
    assert str(item.get("title", "")).startswith("Distilbert")


def test_year_after_the_colon_pages() -> None:
    item = parse_reference(
        "Herbert Robbins. Some aspects of the sequential design of experiments. Bulletin of the American "
        "Mathematical Society, 58(5):527-535, 1952."
    )
    assert (item.get("page"), item.get("issued")) == ("527-535", {"date-parts": [[1952]]})
    item = parse_reference(
        "Nitish Srivastava, Geoffrey E. Hinton, Alex Krizhevsky, Ilya Sutskever, and Ruslan Salakhutdinov. Dropout: "
        "a simple way to prevent neural networks from overfitting. Journal of Machine Learning Research, "
        "15(1):1929-1958, 2014. URL http://www.cs.toronto.edu/~rsalakhu/papers/srivastava14a.pdf."
    )
    assert (item.get("page"), item.get("issued")) == ("1929-1958", {"date-parts": [[2014]]})


def test_organisation_named_with_at_before_a_title() -> None:
    item = parse_reference(
        "The University of Texas at Austin. Statistics Online Support: Variable Types, http://sites.utexas.edu/sos/variables/."
    )
    assert (item.get("author"), item.get("title")) == (
        [{"literal": "The University of Texas at Austin"}],
        "Statistics Online Support: Variable Types",
    )


def test_site_after_a_quoted_entry_title() -> None:
    item = parse_reference(
        'Oxford University Press. "uncommon, adj. (and adv.)". OED Online. 2022. Oxford University Press. '
        "https://www.oed.com/view/Entry/210577."
    )
    assert (item.get("title"), item.get("container-title")) == ("uncommon, adj. (and adv.)", "OED Online")


def test_surnames_and_page_alone() -> None:
    item = parse_reference("Nisbet et. al., 74.")
    assert (item.get("page"), item.get("volume")) == ("74", None)


def test_publisher_after_the_proceedings_stop_before_its_place() -> None:
    item = parse_reference(
        'Hermann, T. 2008. "Taxonomy and definitions for sonification and auditory display". In P. Susini and '
        "O. Warusfel (eds.) Proceedings of the 14th international conference on auditory display (ICAD 2008). "
        "IRCAM, Paris. http://www.icad.org/Proceedings/2008/Hermann2008.pdf"
    )
    assert (item.get("container-title"), item.get("publisher"), item.get("publisher-place")) == (
        "Proceedings of the 14th international conference on auditory display (ICAD 2008)",
        "IRCAM",
        "Paris",
    )
    # a book's subtitle after its stop is no publisher
    item = parse_reference(
        "J.M. Foley, ‘What South Slavic Oral Epic Can - and Cannot - Tell Us about Homer’, in Epea Pteroenta. "
        "Beiträge zur Homerforschung, Stuttgart 2002, pp. 53-62."
    )
    assert (item.get("container-title"), item.get("publisher")) == ("Epea Pteroenta. Beiträge zur Homerforschung", None)


def test_group_closing_a_list_after_and() -> None:
    item = parse_reference(
        "[25] Pauli Virtanen, Ralf Gommers, Eric Larson, C J Carey, İlhan Polat, Paul van Mulbregt, and SciPy 1.0 "
        "Contributors. SciPy 1.0: Fundamental Algorithms for Scientific Computing in Python. Nature Methods, "
        "17:261–272, 2020."
    )
    assert _families(item)[-1] == "SciPy 1.0 Contributors"
    assert item.get("title") == "SciPy 1.0: Fundamental Algorithms for Scientific Computing in Python"


def test_title_before_directed_by() -> None:
    item = parse_reference(
        "Timeline & Stag Hunt. Directed by Richard Malena-Webber, vol. 8, 2017. YouTube, "
        "https://www.youtube.com/watch?v=dZbkxMuBR_I."
    )
    assert (item.get("author"), item.get("title"), item.get("container-title")) == (
        None,
        "Timeline & Stag Hunt",
        "YouTube",
    )


def test_mla_journal_number_before_vol_and_database_after_pages() -> None:
    item = parse_reference(
        "Hodkinson, Alan, and Christine Smith. “Chronology and the New National Curriculum for History: Is It Time "
        "to Refocus the Debate?” Education 3-13, vol. 46, no. 6, Sept. 2018, pp. 700–11. Taylor and Francis+NEJM, "
        "https://doi.org/10.1080/03004279.2018.1483804."
    )
    assert (item.get("container-title"), item.get("volume"), item.get("publisher")) == ("Education 3-13", "46", None)
