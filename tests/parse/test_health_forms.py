"""Forms of health and medicine reference lists the parser reads (tests/data/parse/health_real.jsonl):
the Vancouver source block ``2019 Sep 30;51(5):1-42`` in its variants, AMA's ``*medRxiv*. Preprint posted
online March 7, 2023.``, NLM's and WHO's ``Title [Internet].`` / ``Title [website].``, JMIR's ``Site.
URL: … [accessed …]`` and AMA's group author after ``et al;``. The references are written for these
tests in the styles' manner."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.ama_groups import group_after_et_al
from biblio.parse.mends.media import medium_closes_title
from biblio.parse.mends.numbered_lists import particle_after_number
from biblio.parse.mends.preprints import server_before_posting
from biblio.parse.mends.vancouver_numbers import source_block_apart
from biblio.parse.spans import Span
from tests.parse.span_cases import spans_of


def labelled(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in spans]


def test_source_block_read_as_one_page_span() -> None:
    text = "Health Policy Plan 2018 Mar 14;33(2):215-24. [doi: 10.1093/heapol/czx155]"
    spans = spans_of(text, ("journal", "Health Policy Plan"), ("date", "2018 Mar 14;"), ("pages", "33(2):215-24."))
    got = labelled(source_block_apart(spans, text))
    assert got[1:5] == [("date", "2018 Mar 14;"), ("volume", "33"), ("issue", "2"), ("pages", "215-24")]


def test_day_read_as_volume_joins_the_date() -> None:
    text = "Trop Med Int Health 2017 Nov 21;22(11):1440-8."
    spans = spans_of(
        text, ("journal", "Trop Med Int Health"), ("date", "2017 Nov"), ("volume", "21"), ("issue", ";22(11):1440-8.")
    )
    got = labelled(source_block_apart(spans, text))
    assert got[1:5] == [("date", "2017 Nov 21;"), ("volume", "22"), ("issue", "11"), ("pages", "1440-8")]


def test_volume_that_is_a_year_and_a_supplement() -> None:
    item = parse_reference(
        "4. Okafor C, Banda T. Malaria in pregnancy in two districts of Malawi. J Trop Med. 2016;2016:4815902."
    )
    assert (item["volume"], item["page"], item["issued"]["date-parts"][0][0]) == ("2016", "4815902", 2016)
    text = "Vaccine 2011;29 Suppl 4:D40-8."
    spans = spans_of(text, ("journal", "Vaccine"), ("volume", "2011;29 Suppl 4:"), ("pages", "D40-8."))
    got = labelled(source_block_apart(spans, text))
    assert got[1:5] == [("date", "2011;"), ("volume", "29"), ("issue", "Suppl 4"), ("pages", "D40-8")]


def test_block_without_pages_and_read_right_is_left_alone() -> None:
    item = parse_reference(
        "12. Osei K, Mensah A, et al. Community health workers and hypertension care. "
        "*NEJM Catal Innov Care Deliv*. 2021;2(6). doi:10.1056/CAT.21.0101"
    )
    assert (item["volume"], item["issue"], item["issued"]["date-parts"][0][0]) == ("2", "6", 2021)
    assert "accessed" not in item
    text = "Lancet 2016;388(10053):1545-602."
    read = spans_of(
        text, ("journal", "Lancet"), ("date", "2016;"), ("volume", "388"), ("issue", "(10053)"), ("pages", "1545-602")
    )
    assert source_block_apart(read, text) is read


def test_the_access_date_before_the_block_stays_the_access_date() -> None:
    text = "Nutrients [Internet]. 2020 Mar 17 [cited 2021 Jan 5];12(3):801."
    spans = spans_of(
        text, ("journal", "Nutrients"), ("date", "2020 Mar 17"), ("accessed", "[cited 2021 Jan 5];12(3):801.")
    )
    got = labelled(source_block_apart(spans, text))
    assert got[2:] == [("accessed", "[cited 2021 Jan 5];"), ("volume", "12"), ("issue", "3"), ("pages", "801")]


def test_preprint_server_before_posting_date() -> None:
    text = "Title of the work. *medRxiv*. Preprint posted online June 2, 2021. doi:10.1101/2021.05.30.21258080"
    spans = spans_of(
        text,
        ("title", "Title of the work."),
        ("journal", "*medRxiv*. Preprint"),
        ("date", "posted online June 2, 2021."),
        ("doi", "doi:10.1101/2021.05.30.21258080"),
    )
    got = labelled(server_before_posting(spans, text))
    assert got[1:4] == [
        ("container-title", "*medRxiv*"),
        ("genre", "Preprint"),
        ("date", "posted online June 2, 2021"),
    ]
    item = parse_reference(
        "8. Mwangi J, Otieno P. Household air pollution and childhood pneumonia: a cohort study. arXiv. "
        "Preprint posted online on Feb 3, 2024. [doi: 10.48550/arXiv.2402.01234]"
    )
    assert (item["container-title"], item["issued"]["date-parts"][0]) == ("arXiv", [2024, 2, 3])
    assert "note" not in item and "publisher" not in item


def test_bracketed_medium_closes_the_title() -> None:
    text = "Malaria Atlas Project [Internet]. [cited 2022 May 3]. Available from: https://malariaatlas.org/"
    spans = spans_of(
        text,
        ("date", "Malaria Atlas Project [Internet]."),
        ("accessed", "[cited 2022 May 3]."),
        ("url", "Available from: https://malariaatlas.org/"),
    )
    got = labelled(medium_closes_title(spans, text))
    assert got[:2] == [("title", "Malaria Atlas Project "), ("medium", "[Internet]")]
    item = parse_reference(
        "3. Immunization dashboard [website]. Global Vaccine Data Network; 2023 (https://example.org/immunization)."
    )
    assert (item["title"], item["URL"]) == ("Immunization dashboard", "https://example.org/immunization")
    assert item["issued"]["date-parts"] == [[2023]]
    # a title read is left alone
    read = spans_of(text, ("title", "Malaria Atlas Project"), ("medium", "[Internet]."))
    assert medium_closes_title(read, text) is read


def test_group_author_after_et_al_semicolon() -> None:
    text = "Adeyemi O, Chukwu N, Bello S, et al; West African Sickle Cell Network. Hydroxyurea in children."
    spans = spans_of(
        text,
        ("author", "Adeyemi O, Chukwu N, Bello S, et al;"),
        ("title", "West African Sickle Cell Network. Hydroxyurea in children."),
    )
    got = labelled(group_after_et_al(spans, text))
    assert got == [
        ("author", "Adeyemi O, Chukwu N, Bello S, et al;"),
        ("author", "West African Sickle Cell Network"),
        ("title", "Hydroxyurea in children."),
    ]
    item = parse_reference(
        "6. Haddad R, Lima P, Costa F, et al; Brazilian Stroke Registry Investigators. Thrombolysis after "
        "wake-up stroke: a registry study. *Stroke*. 2022;53(3):840-848. doi:10.1161/STROKEAHA.121.000000"
    )
    assert item["author"][-1] == {"literal": "Brazilian Stroke Registry Investigators"}
    assert item["title"] == "Thrombolysis after wake-up stroke: a registry study"
    # names closed by "et al." and a full stop are left alone
    plain = spans_of(
        text.replace("et al;", "et al."), ("author", "Adeyemi O, Chukwu N, Bello S, et al."), ("title", "W")
    )
    assert group_after_et_al(plain, text.replace("et al;", "et al.")) is plain


def test_jmir_site_url_label_and_medline_number() -> None:
    item = parse_reference(
        "2. Hepatitis B fact sheet. World Health Organization. URL: https://www.who.int/news-room/hepb "
        "[accessed 2023-07-28]"
    )
    assert (item["title"], item["container-title"]) == ("Hepatitis B fact sheet", "World Health Organization")
    assert item["accessed"]["date-parts"] == [[2023, 7, 28]]
    item = parse_reference(
        "14. Rahman M, Ali K. Text messages for antenatal care attendance: randomized trial. JMIR mHealth uHealth. "
        "Mar 3, 2021;9(3):e21345. [doi: 10.2196/21345] [Medline: 33650000]"
    )
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == (
        "JMIR mHealth uHealth",
        "9",
        "3",
        "e21345",
    )
    assert "publisher-place" not in item and "publisher" not in item


def test_particle_after_a_bare_list_number() -> None:
    text = "7 van Dijk H, Okoro E. Title of the study. BMJ Open 2019;9:e025000."
    spans = spans_of(
        text, ("citation-number", "7 van"), ("author", "Dijk H, Okoro E."), ("title", "Title of the study.")
    )
    got = labelled(particle_after_number(spans, text))
    assert got[:2] == [("citation-number", "7"), ("author", "van Dijk H, Okoro E.")]
    # a capitalised word after the number is left alone
    other = spans_of(text, ("citation-number", "7"), ("author", "van Dijk H, Okoro E."))
    assert particle_after_number(other, text) is other


def test_jmir_meeting_after_proceedings_title() -> None:
    item = parse_reference(
        "11. Osei A, Boateng K. Triage by text message in rural clinics. In: Proceedings of the 2019 IEEE Global "
        "Humanitarian Technology Conference (GHTC). 2019 Presented at: 2019 IEEE Global Humanitarian Technology "
        "Conference (GHTC); Oct 17-20, 2019; Seattle, WA, USA. [doi: 10.1109/GHTC46095.2019.9033000]"
    )
    assert item["container-title"] == "Proceedings of the 2019 IEEE Global Humanitarian Technology Conference (GHTC)"
    assert item["issued"]["date-parts"][0][0] == 2019
    assert "publisher-place" not in item and item["DOI"] == "10.1109/GHTC46095.2019.9033000"


def test_lone_name_before_address_is_the_title() -> None:
    item = parse_reference("45. REDCap. URL: https://www.project-redcap.org [accessed 2024-01-12]")
    assert (item["title"], item["URL"]) == ("REDCap", "https://www.project-redcap.org")
    assert "author" not in item
