"""Forms misread in real lists, round fix57: the ACS's paper cited ``In Title, 22nd … Conference; MDPI, 2018; p
48.``; a journal named in two languages joined by a slash.  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim, J.; Lee, S. In Wireless Sensor Networks for Monitoring Crops, 5th International Electronic Conference "
         "on Sensors and Applications; MDPI, 2018; p 48.",
         {"title": "Wireless Sensor Networks for Monitoring Crops", "publisher": "MDPI",
          "container-title": "5th International Electronic Conference on Sensors and Applications"}),
        ("Smith, A. B.; Jones, C. In Catalytic Conversion of Biomass to Fuels, 3rd International Conference on Green "
         "Chemistry; Elsevier: Amsterdam, 2016; pp 101-105.",
         {"title": "Catalytic Conversion of Biomass to Fuels", "publisher": "Elsevier", "page": "101-105",
          "container-title": "3rd International Conference on Green Chemistry"}),
        ("Li, X.; Zhao, Y. In Deep Learning for Protein Folding, 12th Annual Symposium on Computational Biology; "
         "IEEE, 2020; p 7.",
         {"title": "Deep Learning for Protein Folding", "publisher": "IEEE",
          "container-title": "12th Annual Symposium on Computational Biology"}),
        ("Brown, T. In Novel Ligands for Copper Catalysis, 250th ACS National Meeting; American Chemical Society, "
         "2015; p 33.",
         {"title": "Novel Ligands for Copper Catalysis", "container-title": "250th ACS National Meeting",
          "publisher": "American Chemical Society", "type": "paper-conference"}),
        # a book whose title opens "In" stays a book
        ("Brown, T. In Search of Lost Time; Penguin: London, 2003.",
         {"title": "In Search of Lost Time", "publisher": "Penguin", "container-title": None}),
    ],
)  # fmt: skip
def test_an_acs_paper_cited_in_its_meeting_has_its_title_after_in(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        ("Bock, U.; Krause, W. Comparative studies on the permeation of ketoprofen in human skin. Arzneimittel "
         "Forschung/Drug Res. 2004, 54 (9), 522−529.",
         "Comparative studies on the permeation of ketoprofen in human skin", "Arzneimittel Forschung/Drug Res."),
        ("Bock, U.; Krause, W. Comparative studies on the permeation of ketoprofen in human skin. Arzneim. "
         "Forsch./Drug Res. 2004, 54 (9), 522−529.",
         "Comparative studies on the permeation of ketoprofen in human skin", "Arzneim. Forsch./Drug Res."),
        ("Smith, J.; Doe, R. Pharmacokinetics of ibuprofen in dogs. Arzneimittel Forschung/Drug Research 1998, 48, "
         "112-118.", "Pharmacokinetics of ibuprofen in dogs", "Arzneimittel Forschung/Drug Research"),
    ],
)  # fmt: skip
def test_a_journal_named_in_two_languages_is_not_cut_at_its_slash(text: str, title: str, journal: str) -> None:
    assert_read_as(text, {"title": title, "container-title": journal})


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        ("[1] M. Hagood, Highway Routine Maintenance Cost Estimation for Nevada, University of Nevada, Las Vegas, "
         "2014.", "Highway Routine Maintenance Cost Estimation for Nevada", "University of Nevada, Las Vegas"),
        ("[4] P. Dunn, Seismic Retrofit of Bridges, University of Wisconsin, Eau Claire, 2011.",
         "Seismic Retrofit of Bridges", "University of Wisconsin, Eau Claire"),
    ],
)  # fmt: skip
def test_a_university_named_with_its_town_after_the_title_is_the_publisher(
    text: str, title: str, publisher: str
) -> None:
    assert_read_as(text, {"title": title, "publisher": publisher})


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("Hill, D. J. (2015). A beginners' guide to plagiarism. Ako Aotearoa. https://ako.ac.nz/assets/guide.pdf",
         "Ako Aotearoa"),
        ("Carroll, J. & Zetterling, C-M. (2009). Guiding students away from plagiarism. KTH Learning Lab. "
         "https://www.tvrl.lth.se/fileadmin/tvrl/files/Guidingstudents_plagiarism.pdf", "KTH Learning Lab"),
        ("Smith, J. (2019). Writing clear reports: A guide for students. University of Auckland. "
         "https://www.auckland.ac.nz/guide.pdf", "University of Auckland"),
    ],
)  # fmt: skip
def test_apa_a_persons_file_a_body_publishes_has_the_body_as_publisher(text: str, publisher: str) -> None:
    assert_read_as(text, {"publisher": publisher, "container-title": None, "type": "book"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('3GPP TS 38.214 v17.6.0, "NR; Physical layer procedures for data," Jun. 2023 — §5.1.2.',
         {"title": "NR; Physical layer procedures for data", "volume": None, "issue": None, "page": None,
          "note": "3GPP TS 38.214 v17.6.0; §5.1.2", "issued": {"date-parts": [[2023, 6]]}}),
        ('3GPP, "NR; Physical layer procedures for data," TS 38.214, v17.6.0, Jun. 2023, §5.1.2.',
         {"title": "NR; Physical layer procedures for data", "volume": None, "issue": None, "page": None,
          "author": [{"literal": "3GPP"}]}),
        ("[12] 3GPP TS 38.214 V16.2.0, NR; Physical layer procedures for data (Release 16), July 2020.",
         {"title": "NR; Physical layer procedures for data", "volume": None, "issue": None,
          "note": "3GPP TS 38.214 V16.2.0"}),
        ("[13] 3GPP TS 36.213 V15.0.0, LTE; Physical layer procedures, Dec. 2017.",
         {"title": "LTE; Physical layer procedures", "note": "3GPP TS 36.213 V15.0.0"}),
        ('ETSI TS 123 501 V16.6.0, "5G; System architecture for the 5G System (5GS)," Oct. 2020.',
         {"title": "5G; System architecture for the 5G System (5GS)", "container-title": None, "volume": None,
          "note": "ETSI TS 123 501 V16.6.0"}),
    ],
)  # fmt: skip
def test_a_specifications_number_version_and_section_are_no_volume_issue_or_pages(
    text: str, expected: dict[str, Any]
) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("Nestor Maslej, Loredana Fattorini, and Jack Clark. Artificial Intelligence Index Report 2024. Technical "
         "report, Stanford Human-Centered Artificial Intelligence, 2024. arXiv:2405.19522.",
         "Artificial Intelligence Index Report 2024", 2024),
        ("J. Smith and K. Lee. State of the Climate 2022. Technical report, National Oceanic and Atmospheric "
         "Administration, 2023.", "State of the Climate 2022", 2023),
        ("A. Brown. World Energy Outlook 2021. Technical report, International Energy Agency, Paris, 2021.",
         "World Energy Outlook 2021", 2021),
    ],
)  # fmt: skip
def test_a_reports_title_closing_on_a_year_keeps_it_when_the_reference_is_dated_after(
    text: str, title: str, year: int
) -> None:
    assert_read_as(text, {"title": title, "issued": {"date-parts": [[year]]}})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I. Adachi et al. [Belle-II], Belle-II:2023esi (2024), Search for lepton-flavor-violating tau decays, Phys. "
         "Rev. D 110, 112003.",
         {"issued": {"date-parts": [[2024]]}, "author": [{"family": "Adachi", "given": "I."}],
          "title": "Search for lepton-flavor-violating tau decays"}),
        ("[3] Belle-II:2023esi (2024) I. Adachi et al., Measurement of the B0 lifetime, Phys. Rev. D 107, 091102.",
         {"issued": {"date-parts": [[2024]]}, "author": [{"family": "Adachi", "given": "I."}]}),
        ("G. Aad et al. [ATLAS], Observation of a new particle, Phys. Lett. B 716 (2012) 1.",
         {"title": "Observation of a new particle", "author": [{"family": "Aad", "given": "G."}]}),
    ],
)  # fmt: skip
def test_inspires_key_and_bracketed_collaboration_are_no_date_names_or_title(
    text: str, expected: dict[str, Any]
) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Giuseppe Savoca, ''Il *Canzoniere* di Petrarca. Tra codicologia ed ecdotica'', Olschki, Firenze, 2008,",
         "Il Canzoniere di Petrarca. Tra codicologia ed ecdotica"),
        ("M. Rossi, ''L'arte dell'Ottocento'', Einaudi, Torino, 1990.", "L'arte dell'Ottocento"),
        ("Smith, John (2001). ''The Great Book''. Oxford: Clarendon Press.", "The Great Book"),
        ("Smith, John (2001). \"Great article\". ''Journal of Things''. 12 (3): 45–67.", "Great article"),
        ("J. Smith, `Dark matter searches at colliders', Phys. Rev. D 90 (2014) 015001.",
         "Dark matter searches at colliders"),
        # a prime's quotes stay
        ("[25] J. Bała, *Structure of spin polarons in the t-t'-t''-$J^z$ model*, Eur. Phys. J. B **16**, 495 (2000).",
         "Structure of spin polarons in the t-t'-t''-$J^z$ model"),
    ],
)  # fmt: skip
def test_latex_quotes_around_a_title_are_no_part_of_it(text: str, title: str) -> None:
    assert_read_as(text, {"title": title})


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        ("COHEN, H.F., Quantifying Music. The Science of Music at the First Stage of the Scientific Revolution. "
         "1580-1650, Dordrecht/Boston/Lancaster, D. Reidel Publishing Company, 1984, 308 p.",
         "Dordrecht/Boston/Lancaster", "D. Reidel Publishing Company"),
        ("SMITH, J., The Logic of Discovery, Dordrecht/Boston, D. Reidel Publishing Company, 1979, 210 p.",
         "Dordrecht/Boston", "D. Reidel Publishing Company"),
    ],
)  # fmt: skip
def test_towns_joined_by_slashes_are_the_place_whole(text: str, place: str, publisher: str) -> None:
    assert_read_as(text, {"publisher-place": place, "publisher": publisher})


@pytest.mark.parametrize(
    ("text", "title", "volume"),
    [
        ("Eggers Lan, C. (1988). Platón. Diálogos IV. República (Vol. 94). Gredos.",
         "Platón. Diálogos IV. República", "94"),
        ("García Gual, C. (1995). Aristóteles. Política (Vol. 116). Gredos.", "Aristóteles. Política", "116"),
        ("Calvo, J. (1992). Platón. Diálogos V. Parménides, Teeteto (Vol. 117). Gredos.",
         "Platón. Diálogos V. Parménides, Teeteto", "117"),
        ("Eggers Lan C. Platón. Diálogos IV. República (Vol. 94). Madrid: Gredos; 1988.",
         "Platón. Diálogos IV. República", "94"),
    ],
)  # fmt: skip
def test_a_books_bracketed_volume_closes_a_title_of_several_sentences(text: str, title: str, volume: str) -> None:
    assert_read_as(text, {"title": title, "volume": volume, "issue": None, "container-title": None})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith J, Brown K. Infección urinaria. En: Lewis DM, Jones P, eds. Manual de nefrología. 2.a ed. Madrid: "
         "Elsevier; 2010. p. 45-60.",
         {"author": [{"family": "Smith", "given": "J"}, {"family": "Brown", "given": "K."}],
          "editor": [{"family": "Lewis", "given": "DM"}, {"family": "Jones", "given": "P"}],
          "title": "Infección urinaria", "container-title": "Manual de nefrología"}),
        ("Silva A, Souza B. Hipertensão arterial. Em: Costa C, Lima D, editores. Cardiologia clínica. São Paulo: "
         "Atheneu; 2012. p. 10-25.",
         {"editor": [{"family": "Costa", "given": "C"}, {"family": "Lima", "given": "D"}],
          "title": "Hipertensão arterial", "container-title": "Cardiologia clínica"}),
        ("García P. Asma infantil. En: Martín L, editor. Neumología pediátrica. Madrid: Ergon; 2009. p. 101-12.",
         {"author": [{"family": "García", "given": "P."}], "editor": [{"family": "Martín", "given": "L"}],
          "title": "Asma infantil", "container-title": "Neumología pediátrica"}),
    ],
)  # fmt: skip
def test_vancouver_chapter_in_spanish_or_portuguese_has_its_authors_title_and_editors(
    text: str, expected: dict[str, Any]
) -> None:
    assert_read_as(text, expected)


def test_chicago_numbered_series_after_the_books_editors_is_no_part_of_the_book() -> None:
    text = (
        "Green, Paul. 1972. “Vowel Harmony in Turkish.” In _Papers from the Eighth Regional Meeting of the Chicago "
        "Linguistic Society_, edited by Paul Peranteau. Monograph Series on Languages and Linguistics 25. Georgetown "
        "University Press."
    )
    assert_read_as(
        text,
        {
            "container-title": "Papers from the Eighth Regional Meeting of the Chicago Linguistic Society",
            "publisher": "Georgetown University Press",
        },
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A. Smith and B. Jones. Fast graph algorithms. In Proc. 27th Sympos. Comput. Geom., pages 1–10. ACM, 2011.",
         "paper-conference"),
        ("A. Smith, B. Jones, Fast graph algorithms, in: Proc. of the 7th Int. Joint Conf. Artif. Intell., Morgan "
         "Kaufmann, 1981, pp. 674–679.", "paper-conference"),
        ("Smith A, Jones B. Fast graph algorithms. In: Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR). IEEE; "
         "2016. p. 770–8.", "paper-conference"),
        # journals named "Proc." stay journals
        ("Smith A, Jones B. Gene regulation in yeast. Proc Natl Acad Sci USA. 2002;99(12):7821-6.", "article-journal"),
        ("A. Smith, Elliptic curves, Proc. Am. Math. Soc. 130 (2002) 1-10.", "article-journal"),
    ],
)  # fmt: skip
def test_a_container_opening_proc_before_its_meeting_is_a_conference_paper(text: str, kind: str) -> None:
    assert_read_as(text, {"type": kind})


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        ("A. Smith, Gene regulation in yeast, Proc. Natl. Acad. Sci. USA 99, 7821 (2002).",
         "Gene regulation in yeast", "Proc. Natl. Acad. Sci. USA"),
        ("B. Jones, Tides and the moon, Proc. R. Soc. A 470, 20140001 (2014).", "Tides and the moon",
         "Proc. R. Soc. A"),
    ],
)  # fmt: skip
def test_a_journal_named_proc_after_the_titles_comma_keeps_its_first_word(text: str, title: str, journal: str) -> None:
    assert_read_as(text, {"title": title, "container-title": journal, "type": "article-journal"})
