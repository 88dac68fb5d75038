"""Forms of physics, computer-science and humanities reference lists (``disc_real3.jsonl``): DBLP's
proceedings titles that name the meeting's place and days (the ACM Reference Format's ``In Proceedings of …,
IMC 2013, Barcelona, Spain, October 23-25, 2013. ACM,``); Quantum's biblatex form ``In *Book*. Volume 293 of
*Lecture Notes in Computer Science*, pages 369–378. Springer (1987). url: `https://doi.org/…`.``."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_meeting_place_and_days_stay_in_a_dblp_proceedings_title() -> None:
    item = parse_reference(
        "[9] Matt Calder, Xun Fan, Zi Hu, Ethan Katz-Bassett, John S. Heidemann, and Ramesh Govindan. 2013. "
        "Mapping the expansion of Google's serving infrastructure. In *Proceedings of the 2013 Internet "
        "Measurement Conference, IMC 2013, Barcelona, Spain,* October 23-25, 2013. ACM, 313–326. "
        "https://doi.org/10.1145/2504730.2504754"
    )
    assert item["container-title"] == (
        "Proceedings of the 2013 Internet Measurement Conference, IMC 2013, Barcelona, Spain, October 23-25, 2013"
    )
    assert "publisher-place" not in item and item["publisher"] == "ACM"
    # the days read as a publisher ("October 27-29; ACM") go back to the title too
    item = parse_reference(
        "[23] Andra Lutu, Diego Perino, Marcelo Bagnulo, Enrique Frias-Martinez, and Javad Khangosstar. 2020. "
        "A Characterization of the COVID-19 Pandemic Impact on a Mobile Network Operator Traffic. In Proceedings "
        "of the Internet Measurement Conference, IMC 2020, Pittsburgh, PA, USA, October 27-29, 2020. ACM."
    )
    assert item["container-title"].endswith("IMC 2020, Pittsburgh, PA, USA, October 27-29, 2020")
    assert item["publisher"] == "ACM" and "publisher-place" not in item


def test_online_meeting_days_alone_close_a_dblp_title() -> None:
    # DBLP names a meeting held online by its days alone
    item = parse_reference(
        "[6] Nicholas Carlini, Florian Tramèr, and Eric Wallace. 2021. Extracting training data from large "
        "language models. In 30th USENIX Security Symposium, USENIX Security 2021, August 11-13, 2021. USENIX "
        "Association, 2633–2650."
    )
    assert item["container-title"] == "30th USENIX Security Symposium, USENIX Security 2021, August 11-13, 2021"
    assert item["issued"] == {"date-parts": [[2021]]} and item["publisher"] == "USENIX Association"


def test_meeting_year_cut_from_its_short_name_and_days_before_place() -> None:
    item = parse_reference(
        "[16] Dorit Aharonov, Itai Arad, Zeph Landau, and Umesh V. Vazirani. “The detectability lemma and quantum "
        "gap amplification”. In *Proceedings of the 41st Annual ACM Symposium on Theory of Computing, STOC 2009, "
        "Bethesda, MD, USA, May 31 - June 2, 2009*. Pages 417–426. ACM (2009)."
    )
    assert item["container-title"].endswith("STOC 2009, Bethesda, MD, USA, May 31 - June 2, 2009")
    assert item["publisher"] == "ACM"


def test_mdpi_meeting_place_before_days_first_dates_stays_a_place() -> None:
    # MDPI names the meeting's place before day-first dates and a semicolon: the place is the place
    item = parse_reference(
        "19. Brewer, E.A. Kubernetes and the path to cloud native. In Proceedings of the 6th ACM Symposium on "
        "Cloud Computing, Kohala Coast, HI, USA, 27–29 August 2015; p. 167."
    )
    assert item["publisher-place"] == "Kohala Coast, HI, USA"
    assert item["container-title"] == "Proceedings of the 6th ACM Symposium on Cloud Computing"
    # RePEc's meeting days followed by the paper's own year: the meeting's place and days are no title's
    item = parse_reference(
        "Werden, Gregory J. (1997). Simulating the effects of differentiated products mergers: A practitioners' "
        "guide. Economic Analysis Group, Proceedings of NE-165 Conference, Washington, D.C., June 20–21, 1996, 1997."
    )
    assert "June" not in item.get("container-title", "")


def test_quantum_volume_of_series_after_the_book() -> None:
    item = parse_reference(
        "[9] Zhengfeng Ji, Yi-Kai Liu, and Fang Song. “Pseudorandom quantum states”. In Hovav Shacham and "
        "Alexandra Boldyreva, editors, *Advances in Cryptology - CRYPTO 2018 - 38th Annual International "
        "Cryptology Conference, Santa Barbara, CA, USA, August 19-23, 2018, Proceedings, Part III*. Volume 10993 "
        "of *Lecture Notes in Computer Science*, pages 126–152. Springer (2018)."
    )
    assert item["container-title"].endswith("Santa Barbara, CA, USA, August 19-23, 2018, Proceedings, Part III")
    assert item["volume"] == "10993" and item["collection-title"] == "Lecture Notes in Computer Science"
    assert item["publisher"] == "Springer" and item["page"] == "126-152"


def test_publisher_after_the_pages_before_the_bracketed_year() -> None:
    item = parse_reference(
        "[8] Alessandro Chiesa, Fermi Ma, Nicholas Spooner, and Mark Zhandry. “Post-quantum succinct arguments: "
        "Breaking the quantum rewinding barrier”. In *62nd IEEE Annual Symposium on Foundations of Computer "
        "Science, FOCS 2021, Denver, CO, USA, February 7-10, 2022*. Pages 49–58. IEEE (2021)."
    )
    assert item["publisher"] == "IEEE" and item["page"] == "49-58"
    assert item["issued"] == {"date-parts": [[2021]]}


def test_doi_link_written_as_markdown_code() -> None:
    item = parse_reference(
        "[5] Silvio Micali. “Computationally sound proofs”. *SIAM J. Comput.* 30, 1253–1298 (2000). "
        "url: `https://doi.org/10.1137/S0097539795284959`."
    )
    assert item["DOI"] == "10.1137/S0097539795284959"


def test_ieee_meeting_year_opening_its_italic_title() -> None:
    item = parse_reference(
        'Jason M. Saragih, Simon Lucey and Jeffrey F. Cohn, "Face Alignment Through Subspace Constrained '
        'Mean-shifts," *2009 IEEE 12th International Conference on Computer Vision, Kyoto* (2009): 1034-1041. '
        "doi: 10.1109/ICCV.2009.5459377."
    )
    assert item["container-title"] == "2009 IEEE 12th International Conference on Computer Vision, Kyoto"
    assert item["issued"] == {"date-parts": [[2009]]}


def test_aps_meeting_place_and_year_before_the_bracketed_imprint() -> None:
    item = parse_reference(
        "[6] J. Safranek, G. Portmann, A. Terebilo, and C. Steier, MATLAB-based LOCO, in Proceedings of the 8th "
        "European Particle Accelerator Conference, Paris, 2002 (EPS-IGA and CERN, Geneva, 2002), pp. 1184–1186."
    )
    assert item["container-title"] == "Proceedings of the 8th European Particle Accelerator Conference, Paris, 2002"
    assert item["publisher"] == "EPS-IGA and CERN" and item["publisher-place"] == "Geneva"
    item = parse_reference(
        "[21] O. S. Brüning, Linear imperfections, in Proceedings of CAS-CERN Accelerator School:Intermediate "
        "Accelerator Physics, Tuusula, Finland (CERN, Geneva, 2006)."
    )
    assert item["title"] == "Linear imperfections"
    assert item["container-title"].endswith("Intermediate Accelerator Physics, Tuusula, Finland")
    assert item["publisher"] == "CERN" and item["publisher-place"] == "Geneva"


def test_ibid_note_holds_the_page_and_no_author() -> None:
    for text, page in [("Ibid., viii.", "viii"), ("Ibid., 45–46.", "45–46"), ("*Ibid.*, p. 12.", "12")]:
        item = parse_reference(text)
        assert item.get("page") == page and "author" not in item and "volume" not in item, text
        assert item["note"] == "Ibid."
    assert "author" not in parse_reference("Ibid.")


def test_aps_journal_opening_with_an_acronym() -> None:
    # "AIP Conf. Proc." and "ICFA Beam Dyn. Newslett." after the title's comma: the acronym opens the journal
    item = parse_reference("[4] C. Doe, Space charge effects in rings, AIP Conf. Proc. 1086, 45 (2009).")
    assert item["title"] == "Space charge effects in rings"
    assert item["container-title"].rstrip(".") == "AIP Conf. Proc" and item["volume"] == "1086"
    item = parse_reference(
        "[11] X. Huang, J. Safranek, and G. Portman, LOCO with constraints and improved fitting technique, ICFA "
        "Beam Dyn. Newslett. 44, 60 (2007)."
    )
    assert item["title"] == "LOCO with constraints and improved fitting technique"
    assert item["container-title"].rstrip(".") == "ICFA Beam Dyn. Newslett"
    # a title ending in a country's letters keeps them
    item = parse_reference("[7] G. Hoe, Flood risk in Texas, USA, Proc. Natl. Acad. Sci. U.S.A. 100, 1 (2003).")
    assert item["title"] == "Flood risk in Texas, USA"


def test_a_dblp_title_closed_by_its_track_keeps_the_meetings_place_and_days() -> None:
    # "San Diego, CA, USA, May 7-9, 2015," were read as the place and the date, leaving ", ," in the container
    item = parse_reference(
        "Kingma, D. P., & Ba, J. (2015). Adam: A method for stochastic optimization. In 3rd International Conference "
        "on Learning Representations, ICLR 2015, San Diego, CA, USA, May 7-9, 2015, Conference Track Proceedings. "
        "http://arxiv.org/abs/1412.6980"
    )
    assert item["container-title"] == (
        "3rd International Conference on Learning Representations, ICLR 2015, San Diego, CA, USA, May 7-9, 2015, "
        "Conference Track Proceedings"
    )
    assert "publisher-place" not in item


def test_volume_before_month_and_day_is_no_date() -> None:
    item = parse_reference(
        "Winnie Soon, “Throbber: Executing Micro-temporal Streams,” *Computational Culture* 7, October 21 (2019), "
        "http://computationalculture.net/throbber-executing-micro-temporal-streams/."
    )
    assert item["volume"] == "7" and item["issued"] == {"date-parts": [[2019, 10, 21]]}
    # a year before the month opens the date
    item = parse_reference(
        "[Spe08] Robert Speer and Catherine Havasi and Henry Lieberman. *AnalogySpace: Reducing the Dimensionality of "
        "Common Sense Knowledge*. Proceedings of AAAI 2008, July 2008."
    )
    assert "volume" not in item
