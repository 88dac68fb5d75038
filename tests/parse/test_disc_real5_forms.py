"""Forms of computer-science, physics and humanities reference lists (``disc_real5.jsonl``): biblatex's standard
style as *The Art, Science, and Engineering of Programming* prints it (``In: Journal of the ACM 46.5 (Sept.
1999), pages 720–748.``, ``In: Proceedings of …. OOPSLA ’02. Seattle, Washington, USA: ACM, 2002, pages
311–330.``), EPTCS's ``J. L. Brown, Jr. (1965): Title. Fibonacci Quart. 3(1), pp. 1–8.``, the Quantum journal's
``Physical Review X, 2(3):031007, 2012.`` and the Unified Style Sheet's ``Journal 277(1683). 819–827.``."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_biblatex_volume_dot_number_before_bracketed_date() -> None:
    item = parse_reference(
        "[39] Mads Tofte and Jean-Pierre Talpin. “Region-Based Memory Management”. In: Information and "
        "Computation 132.2 (Feb. 1997), pages 109–176. issn: 0890-5401. doi: 10.1006/inco.1996.2613."
    )
    assert (item["container-title"], item["volume"], item["issue"]) == ("Information and Computation", "132", "2")
    assert item["issued"] == {"date-parts": [[1997, 2]]} and item["page"] == "109-176"
    # PACMPL's number is the conference's name, and an article's pages follow the date
    item = parse_reference(
        "[30] Matthew Parkinson, Dimitrios Vytiniotis, and Jonathan Balkind. “Project Snowflake: Non-blocking Safe "
        "Manual Memory Management in .NET”. In: Proceedings of the ACM on Programming Languages 1.OOPSLA "
        "(Oct. 2017), 95:1–95:25. issn: 2475-1421. doi: 10.1145/3141879."
    )
    assert item["container-title"] == "Proceedings of the ACM on Programming Languages"
    assert (item["volume"], item["issue"], item["page"]) == ("1", "OOPSLA", "95:1-95:25")
    item = parse_reference(
        "[20] Peter J. Landin. “The Mechanical Evaluation of Expressions”. In: The Computer Journal 6.4 (1964), "
        "pages 308–320. doi: 10.1093/comjnl/6.4.308."
    )
    assert (item["container-title"], item["volume"], item["issue"]) == ("The Computer Journal", "6", "4")


def test_biblatex_series_sentence_after_proceedings_title() -> None:
    item = parse_reference(
        "[11] Patrick Cousot and Radhia Cousot. “Abstract Interpretation: A Unified Lattice Model for Static "
        "Analysis of Programs by Construction or Approximation of Fixpoints”. In: Proceedings of the 4th ACM "
        "SIGACT-SIGPLAN Symposium on Principles of Programming Languages. POPL ’77. Los Angeles, California: ACM, "
        "1977, pages 238–252. doi: 10.1145/512950.512973."
    )
    assert item["container-title"] == (
        "Proceedings of the 4th ACM SIGACT-SIGPLAN Symposium on Principles of Programming Languages"
    )
    assert item["collection-title"] == "POPL ’77" and item["publisher"] == "ACM"
    item = parse_reference(
        "[22] Charles H. Lindsey. “A History of ALGOL 68”. In: The Second ACM SIGPLAN Conference on History of "
        "Programming Languages. HOPL-II. Cambridge, Massachusetts, USA: ACM, 1993, pages 97–132."
    )
    assert item["container-title"] == "The Second ACM SIGPLAN Conference on History of Programming Languages"
    assert item["publisher-place"] == "Cambridge, Massachusetts, USA"


def test_section_letter_before_comma_closes_journal() -> None:
    item = parse_reference(
        "[46] N. C. Jones, R. Van Meter, A. G. Fowler, P. L. McMahon, J. Kim, T. D. Ladd, and Y. Yamamoto. "
        "Layered Architecture for Quantum Computing. Physical Review X, 2(3):031007, 2012. "
        "DOI: 10.1103/PhysRevX.2.031007. arXiv:1010.5022."
    )
    assert (item["container-title"], item["volume"], item["issue"]) == ("Physical Review X", "2", "3")
    assert item["page"] == "031007"


def test_unified_issue_not_cut_inside_its_bracket() -> None:
    item = parse_reference(
        "Boto, Luis. 2010. Horizontal gene transfer in evolution: Facts and challenges. Proceedings of the Royal "
        "Society B: Biological Sciences 277(1683). 819–827."
    )
    assert (item["volume"], item["issue"], item["page"]) == ("277", "1683", "819-827")
    item = parse_reference("Lorenz, Konrad Z. 1958. The Evolution of Behavior. Scientific American 6(199). 67–78.")
    assert (item["container-title"], item["volume"], item["issue"]) == ("Scientific American", "6", "199")


def test_natural_name_with_suffix_is_a_person() -> None:
    item = parse_reference(
        "[3] J. L. Brown, Jr. (1965): A new characterization of the Fibonacci numbers. Fibonacci Quart. 3(1), pp. 1–8."
    )
    assert item["author"] == [{"family": "Brown", "given": "J. L.", "suffix": "Jr."}]


def test_abbreviated_journal_after_title_stays_whole() -> None:
    item = parse_reference(
        "[9] P. Hajnal (2023): A short note on numeration systems with negative digits allowed. Bull. Inst. "
        "Combin. Appl. 97, pp. 54–66."
    )
    assert item["title"] == "A short note on numeration systems with negative digits allowed"
    assert item["container-title"] == "Bull. Inst. Combin. Appl." and item["volume"] == "97"
    # a journal opening with its acronym: the acronym and abbreviation are no part of the title
    item = parse_reference(
        "[2] J. Berstel (2001): An exercise on Fibonacci representations. RAIRO Inform. Théor. App. 35, "
        "pp. 491–498, doi:10.1051/ita:2001127."
    )
    assert item["title"] == "An exercise on Fibonacci representations"
    assert item["container-title"] == "RAIRO Inform. Théor. App."


def test_federal_standard_number_is_no_journal() -> None:
    # cryptobib's FIPS entry (disc_real4): the series and number after the title are the standard's number
    item = parse_reference(
        "[Dwo15] Morris J Dworkin. SHA-3 standard: Permutation-based hash and extendable-output functions. "
        "FIPS 202, 2015."
    )
    assert "container-title" not in item and "volume" not in item
    assert "FIPS 202" in item.get("note", "")


def test_year_volume_with_issue_before_comma() -> None:
    # Quantum's list: the volume a year, its issue in brackets, then a comma (TCHES's colon form in disc_real4)
    item = parse_reference(
        "[34] John Watrous. Simpler semidefinite programs for completely bounded norms. Chicago Journal of "
        "Theoretical Computer Science, 2013(8), 2013. DOI: 10.4086/cjtcs.2013.008."
    )
    assert item["container-title"] == "Chicago Journal of Theoretical Computer Science"
    assert (item["volume"], item["issue"]) == ("2013", "8")


def test_single_letter_abbreviation_opens_journal() -> None:
    # Nature's list (disc_real4): "N. J. Phys." with its first letter read into the title
    item = parse_reference(
        "48. Takesue, H. et al. Differential phase shift quantum key distribution experiment over 105 km fibre. "
        "N. J. Phys. 7, 232 (2005)."
    )
    assert item["title"] == "Differential phase shift quantum key distribution experiment over 105 km fibre"
    assert item["container-title"] == "N. J. Phys."


def test_two_word_town_before_its_state_is_the_place() -> None:
    item = parse_reference(
        "[7] Chandrasekhar Boyapati and Martin Rinard. “A Parameterized Type System for Race-free Java Programs”. "
        "In: Proceedings of the 16th ACM SIGPLAN Conference on Object-oriented Programming, Systems, Languages, and "
        "Applications. OOPSLA ’01. Tampa Bay, FL, USA: ACM, 2001, pages 56–69. isbn: 1-58113-335-9. "
        "doi: 10.1145/504282.504287."
    )
    assert (item["publisher"], item["publisher-place"]) == ("ACM", "Tampa Bay, FL, USA")
    # Harvard's publisher before its town keeps its words
    item = parse_reference(
        "Schneider, Z, Whitehead, D & Elliott, D 2007, *Nursing and midwifery research: methods and appraisal for "
        "evidence-based practice*, 3rd edn, Elsevier Australia Marrickville, NSW."
    )
    assert (item["publisher"], item["publisher-place"]) == ("Elsevier Australia", "Marrickville, NSW")


def test_volume_sentence_before_the_place_is_the_volume() -> None:
    item = parse_reference(
        "Kobayashi, S. and Nomizu, K. (1963). Foundations of Differential Geometry. Vol. I. New York–London: "
        "Interscience Publishers, a division of John Wiley & Sons."
    )
    assert (item["volume"], item["publisher-place"]) == ("I", "New York–London")


def test_roman_front_matter_pages_after_the_book() -> None:
    item = parse_reference(
        "Dawkins, Richard. 1999. Foreword to The meme machine by Susan Blakemore. In Susan Blakemore (ed.), The meme "
        "machine, vii-xvii. Oxford University Press."
    )
    assert (item["container-title"], item["page"]) == ("The meme machine", "vii-xvii")

