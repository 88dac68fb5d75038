"""Forms of real physics and computer-science reference lists (``physics_cs_real.jsonl``): the
mends and reader rules that read them, checked on spans as the model hands them over and end to end."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.assemble import assemble
from biblio.parse.readers.lncs.parser import parse_lncs

from .test_assemble import spans_of


def test_an_italic_title_opening_among_the_names() -> None:
    text = "J. Backus, *Can Programming be Liberated from the von Neumann Style?*, Commun. ACM, vol. 16, 1978."
    item = assemble(
        spans_of(
            text,
            [
                ("author", "J. Backus, *Can"),
                ("title", "Programming be Liberated from the von Neumann Style?*,"),
                ("journal", "Commun. ACM,"),
                ("volume", "vol. 16,"),
                ("date", "1978."),
            ],
        ),
        text,
    )
    assert item["author"] == [{"family": "Backus", "given": "J."}]
    assert item["title"] == "Can Programming be Liberated from the von Neumann Style?"


def test_an_italic_title_opening_after_et_al() -> None:
    text = "R. Protassov et al. *Statistics, Handle with Care: Detecting Components*, ApJ, 571:545-559, 2002."
    item = assemble(
        spans_of(
            text,
            [
                ("author", "R. Protassov et al. *Statistics, Handle with Care:"),
                ("title", "Detecting Components*,"),
                ("journal", "ApJ,"),
                ("volume", "571:"),
                ("pages", "545-559,"),
                ("date", "2002."),
            ],
        ),
        text,
    )
    assert item["author"] == [{"family": "Protassov", "given": "R."}]
    assert item["title"] == "Statistics, Handle with Care: Detecting Components"


def test_last_initials_take_their_family_name_from_the_title() -> None:
    text = (
        "I. S. Duff, and S. Hammarling, Algorithm 679: A set of Level 3 BLAS, ACM Trans. Math. Soft., 16:18-28, 1990."
    )
    item = assemble(
        spans_of(
            text,
            [
                ("author", "I. S. Duff, and S."),
                ("title", "Hammarling, Algorithm 679: A set of Level 3 BLAS,"),
                ("journal", "ACM Trans. Math. Soft.,"),
                ("volume", "16:"),
                ("pages", "18-28,"),
                ("date", "1990."),
            ],
        ),
        text,
    )
    assert [a["family"] for a in item["author"]] == ["Duff", "Hammarling"]
    assert item["title"] == "Algorithm 679: A set of Level 3 BLAS"


def test_the_number_after_the_volumes_colon_is_the_page() -> None:
    text = "D. van Dyk et al. *Analysis of Energy Spectra*, The Astrophysical Journal, 548:224, February 2001."
    item = assemble(
        spans_of(
            text,
            [
                ("author", "D. van Dyk et al."),
                ("title", "Analysis of Energy Spectra*,"),
                ("journal", "The Astrophysical Journal,"),
                ("volume", "548"),
                ("issue", ":224,"),
                ("date", "February 2001."),
            ],
        ),
        text,
    )
    assert (item["volume"], item["page"]) == ("548", "224")
    assert "issue" not in item


def test_a_page_after_a_bold_volume_without_a_comma() -> None:
    text = "A. Pecchia and A. Di Carlo, *Green's functions*, New J. Phys. **10** 065022 (2008)."
    item = assemble(
        spans_of(
            text,
            [
                ("author", "A. Pecchia and A. Di Carlo,"),
                ("title", "Green's functions*,"),
                ("journal", "New J. Phys."),
                ("volume", "10** 065022"),
                ("date", "(2008)."),
            ],
        ),
        text,
    )
    assert (item["volume"], item["page"]) == ("10", "065022")


def test_a_publisher_ending_in_of_runs_on_into_the_place() -> None:
    text = "A. Scopatz, *flmake: the flash workflow utility,* The University of Chicago, June 2012."
    item = assemble(
        spans_of(
            text,
            [
                ("author", "A. Scopatz,"),
                ("title", "flmake: the flash workflow utility,*"),
                ("publisher", "The University of"),
                ("location", "Chicago,"),
                ("date", "June 2012."),
            ],
        ),
        text,
    )
    assert item["publisher"] == "The University of Chicago"
    assert "publisher-place" not in item


def test_initialled_names_that_end_in_a_journal_abbreviation_are_no_lncs_names() -> None:
    text = "L. Q. Chen and Z K Liu, J. Phys.: Condens. Matter. 22, 202201 (2010)"
    assert parse_lncs(text) is None
    assert parse_lncs("Smith, J., Jones, B.: A study of things. J. Stud. 12, 45-67 (2020)") is not None


def test_real_physics_and_cs_references_end_to_end() -> None:
    item = parse_reference(
        "[lee2011] H. Lee et al. *Accounting for Calibration Uncertainties in X-ray Analysis: "
        "Effective Area in Spectral Fitting*, The Astrophysical Journal 731:126, 2011."
    )
    assert item["author"] == [{"family": "Lee", "given": "H."}]
    item = parse_reference(
        "Y. Wang , J. J. Wang , W. Y. Wang , Z. G. Mei , S. L. Shang , L. Q. Chen and Z K Liu, "
        "J. Phys.: Condens. Matter. 22, 202201 (2010)"
    )
    assert item["container-title"] == "J. Phys.: Condens. Matter"
    assert [a["family"] for a in item["author"]][-1] == "Liu"


def test_a_venue_named_with_its_year_at_the_end() -> None:
    text = 'B. Klimt and Y. Yang. "The Enron corpus". In ECML 2004.'
    item = assemble(
        spans_of(
            text,
            [
                ("author", "B. Klimt and Y. Yang."),
                ("title", '"The Enron corpus".'),
                ("journal", "In ECML"),
                ("date", "2004."),
            ],
        ),
        text,
    )
    assert (item["container-title"], item["issued"]) == ("ECML 2004", {"date-parts": [[2004]]})
    text = 'M. Zaharia, I. Stoica. "Resilient Distributed Datasets". In USENIX NSDI 2012.'
    item = assemble(
        spans_of(
            text,
            [
                ("author", "M. Zaharia, I. Stoica."),
                ("title", '"Resilient Distributed Datasets".'),
                ("note", "In USENIX NSDI 2012."),
            ],
        ),
        text,
    )
    assert (item["container-title"], item["issued"]) == ("USENIX NSDI 2012", {"date-parts": [[2012]]})
    # a journal's volume and pages: "In" opens the journal's name, no venue's
    text = "A. Author. Title. In Vivo 12, 3-9, 2004."
    item = assemble(
        spans_of(
            text,
            [
                ("author", "A. Author."),
                ("title", "Title."),
                ("journal", "In Vivo"),
                ("volume", "12,"),
                ("pages", "3-9,"),
                ("date", "2004."),
            ],
        ),
        text,
    )
    assert item["container-title"] == "In Vivo"


def test_a_body_before_the_italic_title_is_the_author() -> None:
    text = "R Development Core Team, *R: A Language and Environment for Statistical Computing*, Vienna, Austria, 2011."
    spans = spans_of(
        text,
        [
            ("container-title", "R Development Core Team, *R: A Language and Environment for Statistical Computing*,"),
            ("location", "Vienna, Austria,"),
            ("date", "2011."),
        ],
    )
    item = assemble(spans, text)
    assert item["author"] == [{"literal": "R Development Core Team"}]
    assert item["title"] == "R: A Language and Environment for Statistical Computing"


def test_an_address_read_among_the_names_is_the_url() -> None:
    text = "A. Scopatz, *flmake,* http://flash.uchicago.edu/flmake/index.html, University of Chicago, 2012."
    spans = spans_of(
        text,
        [
            ("author", "A. Scopatz,"),
            ("title", "flmake,"),
            ("director", "* http://flash.uchicago.edu/flmake/index.html,"),
            ("publisher", "University of Chicago,"),
            ("date", "2012."),
        ],
    )
    item = assemble(spans, text)
    assert item["URL"] == "http://flash.uchicago.edu/flmake/index.html"
    assert "director" not in item


def test_a_title_head_and_its_colon_read_among_the_names() -> None:
    text = "D. P. Kingma and J. Ba. Adam: A method for stochastic optimization. In ICLR, 2015."
    spans = spans_of(
        text,
        [
            ("author", "D. P. Kingma and J. Ba. Adam:"),
            ("title", "A method for stochastic optimization."),
            ("container-title", "In ICLR,"),
            ("date", "2015."),
        ],
    )
    item = assemble(spans, text)
    assert [a["family"] for a in item["author"]] == ["Kingma", "Ba"]
    assert item["title"] == "Adam: A method for stochastic optimization"
    # the colon that ends the names ("Linton C. Freeman: A set of …") is no title's head
    text = "Linton C. Freeman: A set of measures of centrality. Sociometry 40: 35–41, 1977"
    spans = spans_of(
        text,
        [
            ("author", "Linton C. Freeman:"),
            ("title", "A set of measures of centrality."),
            ("journal", "Sociometry"),
            ("volume", "40:"),
            ("pages", "35–41,"),
            ("date", "1977"),
        ],
    )
    assert assemble(spans, text)["title"] == "A set of measures of centrality"


def test_a_title_head_read_as_a_place_after_the_year() -> None:
    text = "Diederik P. Kingma and Jimmy Ba. 2015. Adam: A method for stochastic optimization. In ICLR."
    item = parse_reference(text)
    assert item["author"] == [{"family": "Kingma", "given": "Diederik P."}, {"family": "Ba", "given": "Jimmy"}]
    assert (item["title"], item["container-title"]) == ("Adam: A method for stochastic optimization", "ICLR")


def test_a_venue_then_a_comma_and_the_year_is_no_journal() -> None:
    item = parse_reference("A. Grover and J. Leskovec. node2vec: Scalable feature learning for networks. In KDD, 2016.")
    assert (item["container-title"], item["issued"]) == ("KDD", {"date-parts": [[2016]]})


def test_a_first_author_of_initials_alone_takes_the_names_read_into_the_title() -> None:
    text = "M. Born and E. Wolf, Principles of Optics, 7th ed. (Cambridge University Press, Cambridge, 1999)."
    spans = spans_of(
        text,
        [
            ("author", "M."),
            ("title", "Born and E. Wolf, Principles of Optics,"),
            ("edition", "7th ed."),
            ("publisher", "(Cambridge University Press,"),
            ("location", "Cambridge,"),
            ("date", "1999)."),
        ],
    )
    item = assemble(spans, text)
    assert item["author"] == [{"family": "Born", "given": "M."}, {"family": "Wolf", "given": "E."}]
    assert item["title"] == "Principles of Optics"


def test_a_book_title_read_into_its_edition() -> None:
    text = "J. D. Jackson, Classical Electrodynamics, 3rd ed. (Wiley, New York, 1999)."
    spans = spans_of(
        text,
        [
            ("author", "J. D. Jackson,"),
            ("edition", "Classical Electrodynamics, 3rd ed."),
            ("publisher", "(Wiley,"),
            ("location", "New York,"),
            ("date", "1999)."),
        ],
    )
    item = assemble(spans, text)
    assert (item["title"], item["edition"]) == ("Classical Electrodynamics", "3")


def test_iop_volume_and_page_read_as_one_volume() -> None:
    text = "Kitaev A Y 2003 Ann. Phys. 303 2"
    spans = spans_of(text, [("author", "Kitaev A Y"), ("date", "2003"), ("journal", "Ann. Phys."), ("volume", "303 2")])
    item = assemble(spans, text)
    assert (item["volume"], item["page"]) == ("303", "2")


def test_physics_in_proceedings_with_the_imprint_in_brackets() -> None:
    text = "P. W. Shor, in Proceedings of the 35th Annual Symposium (IEEE, Los Alamitos, CA, 1994), p. 124."
    spans = spans_of(
        text,
        [
            ("author", "P. W."),
            ("container-title", "Shor, in Proceedings of the 35th Annual Symposium"),
            ("location", "(IEEE, Los Alamitos, CA,"),
            ("date", "1994),"),
            ("pages", "p. 124."),
        ],
    )
    item = assemble(spans, text)
    assert item["author"] == [{"family": "Shor", "given": "P. W."}]
    assert item["container-title"] == "Proceedings of the 35th Annual Symposium"
    assert (item["publisher"], item["publisher-place"]) == ("IEEE", "Los Alamitos, CA")


def test_physics_in_book_read_among_the_names_and_as_the_title() -> None:
    text = "C. Cohen-Tannoudji and G. Grynberg, in Atom-Photon Interactions (Wiley, New York, 1992), pp. 1-20."
    spans = spans_of(
        text,
        [
            ("author", "C. Cohen-Tannoudji and G. Grynberg, in Atom-Photon"),
            ("title", "Interactions"),
            ("publisher", "(Wiley,"),
            ("location", "New York,"),
            ("date", "1992),"),
            ("pages", "pp. 1-20."),
        ],
    )
    item = assemble(spans, text)
    assert [a["family"] for a in item["author"]] == ["Cohen-Tannoudji", "Grynberg"]
    assert item["container-title"] == "Atom-Photon Interactions"
    assert "title" not in item


def test_a_title_read_into_the_container_before_in() -> None:
    text = "J. Dean and S. Ghemawat. MapReduce: Simplified data processing. In OSDI, pages 137–150, 2004."
    spans = spans_of(
        text,
        [
            ("author", "J. Dean and S. Ghemawat."),
            ("container-title", "MapReduce: Simplified data processing. In OSDI,"),
            ("pages", "pages 137–150,"),
            ("date", "2004."),
        ],
    )
    item = assemble(spans, text)
    assert (item["title"], item["container-title"]) == ("MapReduce: Simplified data processing", "OSDI")


def test_an_arxiv_preprint_in_apa_form_has_no_place_or_publisher() -> None:
    item = parse_reference(
        "Hinton, G. E., Srivastava, N., & Salakhutdinov, R. R. (2012). Improving neural networks by preventing "
        "co-adaptation of feature detectors. arXiv preprint arXiv:1207.0580."
    )
    assert "publisher" not in item and "publisher-place" not in item
    assert item["title"] == "Improving neural networks by preventing co-adaptation of feature detectors"


def test_an_issue_joined_to_the_volume_by_a_dot() -> None:
    text = "Smith et al., npj Quantum Information 6.1 (2020), https://www.nature.com/articles/s41534-019-0231-2"
    spans = spans_of(
        text,
        [
            ("author", "Smith et al.,"),
            ("journal", "npj Quantum Information"),
            ("volume", "6."),
            ("pages", "1"),
            ("date", "(2020),"),
            ("url", "https://www.nature.com/articles/s41534-019-0231-2"),
        ],
    )
    item = assemble(spans, text)
    assert (item["volume"], item["issue"]) == ("6", "1")
    assert "page" not in item


def test_a_year_closing_the_venues_bracket_is_part_of_its_name() -> None:
    text = "B. Refsdal et al. *Sherpa* Proceedings of the 8th Python in Science conference (SciPy 2009), pp. 51-57."
    spans = spans_of(
        text,
        [
            ("author", "B. Refsdal et al."),
            ("title", "Sherpa*"),
            ("container-title", "Proceedings of the 8th Python in Science conference (SciPy"),
            ("date", "2009),"),
            ("pages", "pp. 51-57."),
        ],
    )
    item = assemble(spans, text)
    assert item["container-title"] == "Proceedings of the 8th Python in Science conference (SciPy 2009)"
    assert item["issued"] == {"date-parts": [[2009]]}


def test_a_programs_version_is_no_volume_or_issue() -> None:
    text = "MATLAB, version 7.10.0 (R2010a). Natick, Massachusetts: The MathWorks Inc., 2010."
    spans = spans_of(
        text,
        [
            ("journal", "MATLAB, version"),
            ("volume", "7"),
            ("issue", ".10.0 (R2010a)."),
            ("location", "Natick, Massachusetts:"),
            ("publisher", "The MathWorks Inc.,"),
            ("date", "2010."),
        ],
    )
    item = assemble(spans, text)
    assert item["title"] == "MATLAB"
    assert "volume" not in item and "issue" not in item and "container-title" not in item


def test_a_rapid_communication_page_and_a_family_name_before_the_journal() -> None:
    item = parse_reference("2. X. Gonze, J.-C. Charlier, D.C. Allan, and M.P. Teter Phys. Rev. B 50, 13035(R) (1994)")
    assert [a["family"] for a in item["author"]] == ["Gonze", "Charlier", "Allan", "Teter"]
    assert (item["container-title"], item["volume"], item["page"]) == ("Phys. Rev. B", "50", "13035(R)")


def test_physics_book_imprint_with_a_series_and_the_opening_bracket() -> None:
    item = parse_reference(
        "[5] C. W. Gardiner and P. Zoller, Quantum Noise, 3rd ed., Springer Series in Synergetics "
        "(Springer, Berlin, 2004)."
    )
    assert (item["publisher"], item["publisher-place"]) == ("Springer", "Berlin")
    assert item["collection-title"] == "Springer Series in Synergetics"
    text = (
        "H.-P. Breuer and F. Petruccione, The Theory of Open Quantum Systems (Oxford University Press, New York, 2002)."
    )
    spans = spans_of(
        text,
        [
            ("author", "H.-P. Breuer and F. Petruccione,"),
            ("title", "The Theory of Open Quantum Systems ("),
            ("publisher", "Oxford University Press,"),
            ("location", "New York,"),
            ("date", "2002)."),
        ],
    )
    assert assemble(spans, text)["title"] == "The Theory of Open Quantum Systems"


def test_iop_title_run_into_the_journal_abbreviation() -> None:
    text = "Zurek W H 2003 Decoherence and the quantum origins of the classical Rev. Mod. Phys. 75 715–75"
    spans = spans_of(
        text,
        [
            ("author", "Zurek W H"),
            ("date", "2003"),
            ("title", "Decoherence and the quantum origins of the classical Rev."),
            ("journal", "Mod. Phys."),
            ("volume", "75"),
            ("pages", "715–75"),
        ],
    )
    item = assemble(spans, text)
    assert (item["title"], item["container-title"]) == (
        "Decoherence and the quantum origins of the classical",
        "Rev. Mod. Phys.",
    )


def test_acm_issue_before_the_month() -> None:
    text = "J. Dean and S. Ghemawat. 2008. MapReduce. Commun. ACM 51, 1 (January 2008), 107–113."
    spans = spans_of(
        text,
        [
            ("author", "J. Dean and S. Ghemawat."),
            ("date", "2008."),
            ("title", "MapReduce."),
            ("journal", "Commun. ACM"),
            ("volume", "51,"),
            ("pages", "1"),
            ("date", "(January 2008),"),
            ("pages", "107–113."),
        ],
    )
    item = assemble(spans, text)
    assert (item["volume"], item["issue"], item["page"]) == ("51", "1", "107-113")


def test_a_titles_own_last_word_stays_and_a_publisher_runs_on_to_the_places_comma() -> None:
    text = "A. B. Author 2015 Clinics in Kinshasa, Democratic Republic of Congo. J. HIV AIDS 1 12"
    spans = spans_of(
        text,
        [
            ("author", "A. B. Author"),
            ("date", "2015"),
            ("title", "Clinics in Kinshasa, Democratic Republic of Congo."),
            ("journal", "J. HIV AIDS"),
            ("volume", "1"),
            ("pages", "12"),
        ],
    )
    assert assemble(spans, text)["title"] == "Clinics in Kinshasa, Democratic Republic of Congo"
    text = "C. Durand, Crisis and Contingency, June 25-27, University of Amsterdam, Amsterdam, The Netherlands, 2013."
    spans = spans_of(
        text,
        [
            ("author", "C. Durand,"),
            ("title", "Crisis and Contingency,"),
            ("date", "June 25-27,"),
            ("publisher", "University of"),
            ("location", "Amsterdam, Amsterdam, The Netherlands,"),
            ("date", "2013."),
        ],
    )
    item = assemble(spans, text)
    assert (item["publisher"], item["publisher-place"]) == ("University of Amsterdam", "Amsterdam, The Netherlands")


def test_full_names_run_into_the_title_and_a_year_ending_an_identifier() -> None:
    item = parse_reference(
        "Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun. Deep residual learning for image recognition. "
        "CoRR, abs/1512.03385, 2015."
    )
    assert [a["family"] for a in item["author"]] == ["He", "Zhang", "Ren", "Sun"]
    assert (item["title"], item["issued"]) == ("Deep residual learning for image recognition", {"date-parts": [[2015]]})


def test_iop_name_and_initials_read_as_a_journal() -> None:
    text = "Hunter J D 2007 Matplotlib: A 2D graphics environment Comput. Sci. Eng. 9 90–5"
    spans = spans_of(
        text,
        [
            ("journal", "Hunter J D"),
            ("date", "2007"),
            ("title", "Matplotlib: A 2D graphics environment"),
            ("journal", "Comput. Sci. Eng."),
            ("volume", "9"),
            ("pages", "90–5"),
        ],
    )
    item = assemble(spans, text)
    assert item["author"] == [{"family": "Hunter", "given": "J D"}]
    assert item["container-title"] == "Comput. Sci. Eng."


def test_a_series_read_into_the_title_before_the_publisher() -> None:
    text = (
        "J. Nocedal and S. J. Wright. Numerical Optimization. Springer Series in Operations Research. Springer, 2006."
    )
    spans = spans_of(
        text,
        [
            ("author", "J. Nocedal and S. J. Wright."),
            ("title", "Numerical Optimization. Springer Series in Operations Research."),
            ("publisher", "Springer,"),
            ("date", "2006."),
        ],
    )
    item = assemble(spans, text)
    assert (item["title"], item["publisher"]) == ("Numerical Optimization", "Springer")
    assert item["collection-title"] == "Springer Series in Operations Research"
