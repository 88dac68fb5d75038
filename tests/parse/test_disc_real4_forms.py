"""Forms of computer-science, physics and humanities reference lists (``disc_real4.jsonl``): cryptobib's BibTeX
``alpha`` list as the IACR's TCHES prints it (``[ABC + 23]`` keys, ``In E. Editor, editors, CRYPTO 2013, Part I,
volume 8042 of LNCS, pages 40–56. Springer, Heidelberg, August 2013.``, ``IACR TCHES, 2018(3):21–43, 2018.``,
``Cryptology ePrint Archive, Report 2019/844, 2019.``)."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_alpha_key_with_spaced_plus_is_a_label() -> None:
    # BibTeX's alpha key of four or more authors, its raised "+" spaced by the PDF's text
    item = parse_reference(
        "[DKL + 18] Léo Ducas, Eike Kiltz, Tancrède Lepoint, Vadim Lyubashevsky, Peter Schwabe, Gregor Seiler, "
        "and Damien Stehlé. CRYSTALS-Dilithium: A lattice-based digital signature scheme. IACR TCHES, "
        "2018(1):238–268, 2018."
    )
    assert item["author"][0] == {"family": "Ducas", "given": "Léo"}
    assert item["citation-label"] == "DKL+18"


def test_year_volume_with_bracketed_issue() -> None:
    item = parse_reference(
        "[BP18] Leon Groot Bruinderink and Peter Pessl. Differential fault attacks on deterministic lattice "
        "signatures. IACR TCHES, 2018(3):21–43, 2018. https://tches.iacr.org/index.php/TCHES/article/view/7267."
    )
    assert (item["container-title"], item["volume"], item["issue"]) == ("IACR TCHES", "2018", "3")
    assert item["page"] == "21-43" and "publisher" not in item


def test_editors_then_book_in_bibtex_chapter() -> None:
    item = parse_reference(
        "[DDLL13] Léo Ducas, Alain Durmus, Tancrède Lepoint, and Vadim Lyubashevsky. Lattice signatures and bimodal "
        "Gaussians. In Ran Canetti and Juan A. Garay, editors, CRYPTO 2013, Part I, volume 8042 of LNCS, pages "
        "40–56. Springer, Heidelberg, August 2013."
    )
    assert [e["family"] for e in item["editor"]] == ["Canetti", "Garay"]
    assert item["container-title"] == "CRYPTO 2013, Part I" and item["volume"] == "8042"
    assert item["publisher"] == "Springer" and item["publisher-place"] == "Heidelberg"
    item = parse_reference(
        "[HPS98] Jeffrey Hoffstein, Jill Pipher, and Joseph H. Silverman. NTRU: A ring-based public key "
        "cryptosystem. In Joe Buhler, editor, ANTS-III, volume 1423 of LNCS, pages 267–288. Springer, 1998."
    )
    assert item["editor"] == [{"family": "Buhler", "given": "Joe"}] and item["container-title"] == "ANTS-III"
    # a place after the book's name stays the place
    item = parse_reference(
        "Remler, Jane E. (1978). Some repairs on the notion of repairs in the interest of relevance. In Farkas, "
        "Donka, Jacobsen, Wesley M., and Todrys, Karol W., editors, Papers from the Fourteenth Regional Meeting of "
        "the Chicago Linguistic Society, Chicago, IL. Chicago Linguistic Society, pages 391-502."
    )
    assert item["container-title"] == "Papers from the Fourteenth Regional Meeting of the Chicago Linguistic Society"
    assert item["publisher-place"] == "Chicago, IL"


def test_meeting_place_and_days_before_bibtex_pages() -> None:
    item = parse_reference(
        "[GKOS18] Tim Güneysu, Markus Krausz, Tobias Oder, and Julian Speith. Evaluation of lattice-based signature "
        "schemes in embedded systems. In 25th IEEE International Conference on Electronics, Circuits and Systems, "
        "ICECS 2018, Bordeaux, France, December 9-12, 2018, pages 385–388. IEEE, 2018."
    )
    assert item["container-title"].endswith("ICECS 2018, Bordeaux, France, December 9-12, 2018")
    assert "publisher-place" not in item and item["publisher"] == "IEEE"


def test_archive_report_number_is_no_date_or_volume() -> None:
    item = parse_reference(
        "[Sei18] Gregor Seiler. Faster AVX2 optimized NTT multiplication for ring-LWE lattice cryptography. "
        "Cryptology ePrint Archive, Report 2018/039, 2018. https://eprint.iacr.org/2018/039."
    )
    assert item["container-title"] == "Cryptology ePrint Archive"
    assert "volume" not in item and "page" not in item and item["issued"] == {"date-parts": [[2018]]}


def test_in_before_a_meetings_acronym_is_no_part_of_its_name() -> None:
    # natbib's short venue "In NAACL." read as a journal keeps no "In" ("In Vivo" keeps it)
    item = parse_reference(
        "Arkil Patel, S. Bhattamishra, and Navin Goyal. 2021. Are nlp models really able to solve simple math word "
        "problems? In NAACL."
    )
    assert item["container-title"] == "NAACL"


def test_apa_description_closes_the_title() -> None:
    item = parse_reference(
        "Gadd, S., Simon, R., & Rees, G. (2024). Peripleo [Computer software]. The British Library. Retrieved 28 "
        "October 2024. Retrieved from https://github.com/britishlibrary/peripleo (Original work published 2022)"
    )
    assert item["title"] == "Peripleo" and item["publisher"] == "The British Library"
    item = parse_reference(
        "Jameson, L., & Simon, R. (2024). Recogito-Studio [PLpgSQL]. Recogito. Retrieved 30 October 2024. Retrieved "
        "from https://github.com/recogito/recogito-studio (Original work published 2024)"
    )
    assert item["title"] == "Recogito-Studio"
    # a page's site after its title
    item = parse_reference(
        "Collections Trust. (n.d.). Spectrum. Collections Trust. Retrieved 7 October 2024. Retrieved from "
        "https://collectionstrust.org.uk/spectrum/"
    )
    assert item["title"] == "Spectrum" and item["container-title"] == "Collections Trust"


def test_nature_names_end_on_their_initials_or_et_al() -> None:
    item = parse_reference(
        "38. Smit, M., Williams, K. & van der Tol, J. Past, present, and future of InP-based photonic integration. "
        "APL Photonics 4, 050901 (2019)."
    )
    assert item["title"] == "Past, present, and future of InP-based photonic integration"
    assert len(item["author"]) == 3
    item = parse_reference(
        "125. Bakir, B. B. et al. Low-loss (<1 dB) and polarization-insensitive edge fiber couplers fabricated on "
        "200-mm silicon-on-insulator wafers. IEEE Photonics Technol. Lett. 22, 739-741 (2010)."
    )
    assert item["author"] == [{"family": "Bakir", "given": "B. B."}]
    assert item["title"].startswith("Low-loss (<1 dB) and polarization-insensitive")


def test_word_after_lone_initials_opens_a_two_word_family() -> None:
    # a physics list abbreviates given names: a hyphenated word or "Ben" after the initials opens the family
    item = parse_reference(
        "[23] R. Tomas Garcia, A. Garcia-Tabares Valdivieso, A. S. Langner, L. Malina, and A. Franchi, Average "
        "beta-beating from random errors, CERN Report No. CERN-ACC-NOTE-2018-0034, 2018."
    )
    assert item["author"][1] == {"family": "Garcia-Tabares Valdivieso", "given": "A."}
    item = parse_reference(
        "[44] C. Agnesi, B. Da Lio, D. Cozzolino, L. Cardi, B. Ben Bakir, K. Hassan, A. Della Frera, and D. Bacco, "
        "Hongoumandel Interference between Independent IIIV on Silicon Waveguide Integrated Lasers, Opt. Lett. 44, "
        "271 (2019)."
    )
    assert {"family": "Ben Bakir", "given": "B."} in item["author"]
    # a given name written out among full names stays the given name's
    item = parse_reference(
        "W. Bruce Croft and John Lafferty. 2003. Language Modeling for Information Retrieval. Springer."
    )
    assert item["author"][0]["family"] == "Croft"


def test_inverted_iberian_compound_family_and_given_names() -> None:
    item = parse_reference(
        'Rodríguez Treviño, Julio César. "Cómo utilizar el Análisis de Redes Sociales para temas de historia." '
        "Signos Históricos 29 (2013): 102-41."
    )
    assert item["author"] == [{"family": "Rodríguez Treviño", "given": "Julio César"}]


def test_publisher_after_the_pages_is_no_second_author() -> None:
    item = parse_reference(
        "[ASY22] Shweta Agrawal, Damien Stehlé, and Anshu Yadav. Round-optimal lattice-based threshold signatures, "
        "revisited. In Mikolaj Bojanczyk, Emanuela Merelli, and David P. Woodruff, editors, ICALP 2022, volume 229 "
        "of LIPIcs, pages 8:1–8:20. Schloss Dagstuhl, July 2022."
    )
    assert [a["family"] for a in item["author"]] == ["Agrawal", "Stehlé", "Yadav"]
    assert item["publisher"] == "Schloss Dagstuhl" and item["page"] == "8:1-8:20"


def test_hyphenated_given_name_before_a_two_letter_family() -> None:
    item = parse_reference(
        "[Li04] Ren-Cang Li. Near optimality of chebyshev interpolation for elementary function computations. IEEE "
        "Trans. Computers, 53(6):678–687, 2004."
    )
    assert item["author"] == [{"family": "Li", "given": "Ren-Cang"}]


def test_bibtex_book_and_et_al_guards() -> None:
    # a full stop before a number goes on with the book's title
    item = parse_reference(
        "E. Dantsin and A. Voronkov. Complexity of query answering in logic databases with complex values. In S. "
        "Adian and A. Nerode, editors, Logical Foundations of Computer Science. 4th International Symposium, "
        "LFCS'97, volume 1234, of Lecture Notes in Computer Science, pages 56-66, Yaroslavl, Russia, July 1997."
    )
    assert item["container-title"] == "Logical Foundations of Computer Science. 4th International Symposium, LFCS'97"
    # the role after "et al." closes the names
    item = parse_reference("C.S. Hong et al. (Eds.) APNOMS 2009, LNCS 5787, pp. 486–489, 2009.")
    assert item["title"] == "APNOMS 2009"
