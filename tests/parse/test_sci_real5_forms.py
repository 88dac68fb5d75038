"""Forms of the reference lists of ``sci_real5.jsonl``: LIPIcs' short venues (``In Proc. of PODC, 1997.``,
``Comm. of the ACM, 1978.``), reports (``Technical report, MIT, July 2012.``) and words broken at a PDF's line
end (``specu- lating``); IOP's book heads (``Finnis M 2003 *Title* (Publisher)``); and the entries of Digital
Humanities Quarterly's bibliographies (``“Title”. Site, 8 Dec 2017, URL.``). The references are real ones from
the set."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_venue_acronym_after_of_is_the_containers_end() -> None:
    rec = parse_reference(
        "8 Danny Dolev, Roy Friedman, Idit Keidar, and Dahlia Malkhi. Failure detectors in omission failure "
        "environments. In Proc. of PODC, 1997."
    )
    assert rec["container-title"] == "Proc. of PODC"
    assert "publisher" not in rec
    rec = parse_reference(
        "18 Leslie Lamport. Time, clocks, and the ordering of events in a distributed system. Comm. of the ACM, 1978."
    )
    assert rec["container-title"] == "Comm. of the ACM"
    assert "publisher" not in rec


def test_site_and_posting_day_after_a_quoted_title() -> None:
    rec = parse_reference(
        "Fessler, Leah. (2017) “Apple and Amazon are Under Fire for Siri and Alexa’s Responses to Sexual "
        "Harassment”. Quartz at Work, 8 Dec 2017, https://qz.com/work/1151282/siri-and-alexa-are-under-fire-for-"
        "their-replies-to-sexual-harassment/. Accessed 10 Mar 2021."
    )
    assert rec["container-title"] == "Quartz at Work"
    assert rec["issued"] == {"date-parts": [[2017, 12, 8]]}
    rec = parse_reference(
        "Ortega, Élika. (2014) “Multilingualism in DH.” Disrupting the Digital Humanities, 31 Dec. 2014, "
        "http://www.disruptingdh.com/multilingualism-in-dh/."
    )
    assert rec["container-title"] == "Disrupting the Digital Humanities"
    assert rec["issued"] == {"date-parts": [[2014, 12, 31]]}


def test_report_institution_named_by_its_letters() -> None:
    rec = parse_reference(
        "22 Barbara Liskov and James Cowling. Viewstamped Replication revisited. Technical report, MIT, July 2012."
    )
    assert rec["publisher"] == "MIT"
    assert "note" not in rec
    rec = parse_reference(
        "30 R.C. Oliveira, R. Guerraoui, and A. Schiper. Consensus in the crash recover model. Tech- nical Report "
        "TR-97/239, EPFL, Lausanne, Switzerland, 1997."
    )
    assert rec["publisher"] == "EPFL"
    assert rec["publisher-place"] == "Lausanne, Switzerland"


def test_iop_book_head_read_as_its_title() -> None:
    rec = parse_reference("[20] Finnis M 2003 *Interatomic Forces in Condensed Matter* (Oxford University Press)")
    assert rec["author"] == [{"family": "Finnis", "given": "M"}]
    assert rec["issued"] == {"date-parts": [[2003]]}
    assert rec["title"] == "Interatomic Forces in Condensed Matter"
    assert rec["type"] == "book"


def test_bracketed_imprint_loses_its_brackets() -> None:
    rec = parse_reference("[3] Aubin T 1982 *Nonlinear Analysis on Manifolds. Monge-Ampère Equations* (Springer)")
    assert rec["publisher"] == "Springer"


def test_uploader_before_the_site_of_a_video() -> None:
    rec = parse_reference(
        "pat dhens. (2016) “Alexa, sudo make me a sandwich”, uploaded by pat dhens, YouTube, 6 Jul 2016, "
        "https://www.youtube.com/watch?v=IP4xlNTizlQ. Accessed 2 Apr 2021."
    )
    assert rec["container-title"] == "YouTube"
    assert rec["issued"] == {"date-parts": [[2016, 7, 6]]}
    rec = parse_reference(
        "Griffith, Jamie. (2018) “Alexa makes me a sandwich…?”, uploaded by Jamie Griffith, 7 Jan 2018, "
        "https://www.youtube.com/watch?v=6BvyHSUuO6w. Accessed 7 Apr 2021."
    )
    assert "container-title" not in rec
    assert rec["issued"] == {"date-parts": [[2018, 1, 7]]}


def test_doi_link_after_the_database_host() -> None:
    rec = parse_reference(
        "Rybas, Natalia, and Gajjala, Radhika. (2007) “Developing Cyberethnographic Research Methods for "
        "Understanding Digitally Mediated Identities.” Forum Qualitative Sozialforschung / Forum: Qualitative Social "
        "Research, 8(3), 3 Sept. 2007. www.qualitative-research.net, https://doi.org/10.17169/fqs-8.3.282."
    )
    assert rec["DOI"] == "10.17169/fqs-8.3.282"
    assert "URL" not in rec


def test_inverted_last_author_with_a_middle_initial() -> None:
    rec = parse_reference(
        "Shankar, Shalini, and Cavanaugh, Jillian R. (2012) “Language and Materiality in Global Capitalism.” "
        "Annual Review of Anthropology, vol. 41, pp. 355–69."
    )
    assert rec["author"][1] == {"family": "Cavanaugh", "given": "Jillian R."}
    assert rec["container-title"] == "Annual Review of Anthropology"


def test_word_broken_at_a_line_end_whose_second_piece_is_no_word() -> None:
    rec = parse_reference(
        "10 Eli Gafni and Dahlia Malkhi. Elastic configuration maintenance via a parsimonious specu- lating "
        "snapshot solution. In Proc. of DISC, 2015."
    )
    assert rec["title"] == "Elastic configuration maintenance via a parsimonious speculating snapshot solution"


def test_no_journal_cut_inside_a_quoted_title() -> None:
    rec = parse_reference(
        "Gupta, Saheli Sen. (2020) “Status Update: In a Relationship with Alexa. Thank you, 2020”. Your Story, "
        "24 December 2020, https://yourstory.com/weekender/status-update-in-a-relationship-with-amazon-alexa-2020/amp. "
        "Accessed 15 May 2021."
    )
    assert rec["title"] == "Status Update: In a Relationship with Alexa. Thank you, 2020"
    assert rec["container-title"] == "Your Story"


def test_iop_chapter_with_its_book_in_italics_and_editors() -> None:
    rec = parse_reference(
        "[18] Drautz R 2020 From electrons to interatomic potentials for materials simulations *Topology, "
        "Entanglement and Strong Correlations* ed E Pavarini and E Koch (Forschungszentrum Jülich GmbH, Institute "
        "for Advanced Simulation) ch 3"
    )
    assert rec["type"] == "chapter"
    assert rec["title"] == "From electrons to interatomic potentials for materials simulations"
    assert rec["container-title"] == "Topology, Entanglement and Strong Correlations"
    assert len(rec["editor"]) == 2


def test_book_then_its_imprint_after_a_quoted_part() -> None:
    rec = parse_reference(
        "Lizárraga, José Ramón, et al. (2015) “Translingual Literacies in a Social Media Age: Lessons Learned from "
        "Youth’s Transnational Communication Online.” Multilingual Learners and Academic Literacies, "
        "Abingdon-on-Thames: Routledge, pp. 117–44."
    )
    assert rec["type"] == "chapter"
    assert rec["container-title"] == "Multilingual Learners and Academic Literacies"
    assert (rec["publisher-place"], rec["publisher"]) == ("Abingdon-on-Thames", "Routledge")


def test_bracketed_year_after_the_names_with_the_year_again_in_the_imprint() -> None:
    rec = parse_reference(
        "Alighieri, Dante. (1996) Dante: De Vulgari Eloquentia. Translated by Steven Botterill. Cambridge: "
        "Cambridge University Press, 1996."
    )
    assert rec["title"] == "Dante: De Vulgari Eloquentia"
    assert rec["issued"] == {"date-parts": [[1996]]}
