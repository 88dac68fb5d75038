"""Web and real-world forms: Cite Them Right's authorless page whose title holds a comma or a colon before its date
(``Vaccines, how they work (2021) Health Direct. Available at: …``), APA's authorless title of two sentences before
the site (``Heart failure. Symptoms and causes. (2023). Mayo Clinic.``), a standard's section before ``In``
(``Glycemic targets. Sec. 6. In Standards of Medical Care in Diabetes 2017. Diabetes Care.``), a paper's names cut
to ``Family et al,`` before its title and journal (``Stanaway et al, Title, Lancet, July 2016.``), a number that is
part of a body's name (``42 Entertainment. (2007).``) and a revision closing a standard's title (``…, Revision
35.``)."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.citation_label import split_label
from tests.parse.form_cases import assert_read_as

CITE_THEM_RIGHT_PAGES: list[tuple[str, dict[str, Any]]] = [
    (
        "Vaccines, how they work (2021) Health Direct. Available at: "
        "https://www.healthdirect.gov.au/how-vaccines-work (Accessed: 3 May 2023).",
        {
            "title": "Vaccines, how they work",
            "container-title": "Health Direct",
            "author": None,
            "issued": {"date-parts": [[2021]]},
        },
    ),
    (
        "Coronavirus, the facts (2021) NHS. Available at: https://www.nhs.uk/conditions/coronavirus "
        "(Accessed: 3 May 2023).",
        {"title": "Coronavirus, the facts", "container-title": "NHS", "author": None},
    ),
    (
        "Climate change: what you can do (2020) Friends of the Earth. Available at: "
        "https://friendsoftheearth.uk/climate (Accessed: 12 January 2022).",
        {
            "title": "Climate change: what you can do",
            "container-title": "Friends of the Earth",
            "author": None,
            "issued": {"date-parts": [[2020]]},
        },
    ),
    (
        "Diabetes, type 2 (no date) NHS. Available at: https://www.nhs.uk/conditions/type-2-diabetes/ "
        "(Accessed: 5 March 2024).",
        {"title": "Diabetes, type 2", "container-title": "NHS", "author": None, "issued": None},
    ),
    (
        "Sleep, stress and you (2019) Mind. Available at: https://www.mind.org.uk/sleep (Accessed: 1 June 2022).",
        {"title": "Sleep, stress and you", "container-title": "Mind", "author": None},
    ),
    (
        "Wildfires, causes and effects (2022) National Geographic. Available at: "
        "https://www.nationalgeographic.com/wildfires (Accessed: 9 September 2023).",
        {"title": "Wildfires, causes and effects", "container-title": "National Geographic", "author": None},
    ),
    # names before the date stay the authors
    (
        "Smith, John and Jones, Mary (2021) Vaccines and you. Health Direct. Available at: "
        "https://www.healthdirect.gov.au/v (Accessed: 3 May 2023).",
        {
            "author": [{"family": "Smith", "given": "John"}, {"family": "Jones", "given": "Mary"}],
            "title": "Vaccines and you",
            "container-title": "Health Direct",
        },
    ),
]

TWO_SENTENCE_TITLES: list[tuple[str, dict[str, Any]]] = [
    (
        "Coronavirus disease 2019. Symptoms and causes. (2021). Mayo Clinic. https://www.mayoclinic.org/covid",
        {
            "title": "Coronavirus disease 2019. Symptoms and causes",
            "container-title": "Mayo Clinic",
            "issued": {"date-parts": [[2021]]},
            "author": None,
            "note": None,
        },
    ),
    (
        "Heart failure. Symptoms and causes. (2023, August 10). Mayo Clinic. "
        "https://www.mayoclinic.org/diseases-conditions/heart-failure/symptoms-causes/syc-20373142",
        {"title": "Heart failure. Symptoms and causes", "container-title": "Mayo Clinic", "note": None},
    ),
    (
        "Type 2 diabetes. Diagnosis and treatment. (n.d.). Mayo Clinic. "
        "https://www.mayoclinic.org/diseases-conditions/type-2-diabetes/diagnosis-treatment/drc-20351199",
        {"title": "Type 2 diabetes. Diagnosis and treatment", "container-title": "Mayo Clinic", "author": None},
    ),
]

# a body's name between the title and the date, nothing but the address after it: the page's site
SITES_BEFORE_DATE: list[tuple[str, dict[str, Any]]] = [
    (
        "Philavax. Philadelphia Immunization Program. (n.d.). Retrieved October 26, 2022, from "
        "https://vax.phila.gov/index.php/our-programs/philavax/",
        {"title": "Philavax", "container-title": "Philadelphia Immunization Program", "note": None},
    ),
    (
        "Flu vaccine finder. Ohio Department of Health. (2023). Retrieved May 1, 2023, from https://odh.ohio.gov/flu",
        {"title": "Flu vaccine finder", "container-title": "Ohio Department of Health", "note": None},
    ),
]

STANDARD_SECTIONS: list[tuple[str, dict[str, Any]]] = [
    (
        "American Diabetes Association. Microvascular complications and foot care. Sec. 10. In Standards of "
        "Medical Care in Diabetes 2017. Diabetes Care 2017;40(Suppl. 1):S88-S98",
        {
            "title": "Microvascular complications and foot care",
            "container-title": "Diabetes Care",
            "note": "Sec. 10. In Standards of Medical Care in Diabetes 2017",
            "page": "S88-S98",
        },
    ),
    (
        "American Diabetes Association. Classification and diagnosis of diabetes. Sec. 2. In Standards of Medical "
        "Care in Diabetes 2016. Diabetes Care 2016;39(Suppl. 1):S13-S22.",
        {"title": "Classification and diagnosis of diabetes", "container-title": "Diabetes Care", "volume": "39"},
    ),
    (
        "American Diabetes Association. Glycemic targets. Sec. 6. In Standards of Medical Care in Diabetes 2017. "
        "Diabetes Care. 2017;40(Suppl 1):S48-S56.",
        {"title": "Glycemic targets", "container-title": "Diabetes Care"},
    ),
    (
        "American Diabetes Association. (2017). Microvascular complications and foot care. Sec. 10. In Standards "
        "of medical care in diabetes 2017. Diabetes Care, 40(Suppl. 1), S88–S98.",
        {"title": "Microvascular complications and foot care", "container-title": "Diabetes Care"},
    ),
]

ET_AL_PAPERS: list[tuple[str, dict[str, Any]]] = [
    (
        "Stanaway et al, The global burden of viral hepatitis from 1990 to 2013: findings from the Global Burden "
        "of Disease Study 2013, Vol 388, 1081-88, Lancet, July 2016.",
        {
            "title": "The global burden of viral hepatitis from 1990 to 2013: findings from the Global Burden of "
            "Disease Study 2013",
            "container-title": "Lancet",
            "issued": {"date-parts": [[2016, 7]]},
            "volume": "388",
        },
    ),
    (
        "Stanaway et al, Title of the paper, Lancet, July 2016.",
        {
            "author": [{"family": "Stanaway"}],
            "title": "Title of the paper",
            "container-title": "Lancet",
            "publisher": None,
            "issued": {"date-parts": [[2016, 7]]},
        },
    ),
    (
        "Smith et al, Global burden of hypertension, BMJ, 2019.",
        {"title": "Global burden of hypertension", "container-title": "BMJ", "publisher": None},
    ),
    (
        "Jones et al, Cardiovascular risk in young adults, N Engl J Med, March 2020.",
        {
            "title": "Cardiovascular risk in young adults",
            "container-title": "N Engl J Med",
            "publisher": None,
            "issued": {"date-parts": [[2020, 3]]},
        },
    ),
    (
        "Lozano et al, Global and regional mortality from 235 causes of death for 20 age groups in 1990 and 2010, "
        "Lancet, Dec 2012.",
        {"container-title": "Lancet", "issued": {"date-parts": [[2012, 12]]}},
    ),
]

NUMBERED_BODIES: list[tuple[str, dict[str, Any]]] = [
    (
        "42 Entertainment. (2007). I love bees [Alternate reality game].",
        {"author": [{"literal": "42 Entertainment"}], "title": "I love bees", "citation-number": None},
    ),
    (
        "30 Minute Seder. (2012). The Haggadah. https://www.30minuteseder.com",
        {"author": [{"literal": "30 Minute Seder"}], "title": "The Haggadah", "citation-number": None},
    ),
    (
        "24 Hour Fitness. (2019). Annual report. https://www.24hourfitness.com/report",
        {"author": [{"literal": "24 Hour Fitness"}], "citation-number": None},
    ),
    (
        '30 Minute Seder. "The Haggadah That Blends Brevity with Tradition." THE 205 A&B Course Website. Accessed '
        "September 19, 2017. https://learning.up.edu/moodle/pluginfile.php/1/Haggadah.pdf.",
        {"author": [{"literal": "30 Minute Seder"}], "title": "The Haggadah That Blends Brevity with Tradition"},
    ),
    ("3M. (2020). Sustainability report 2020. https://www.3m.com/report", {"author": [{"literal": "3M"}]}),
    # a list's number before a body's or a person's name stays the label
    (
        "1 UNESCO. (2020). Global education monitoring report. UNESCO.",
        {"author": [{"literal": "UNESCO"}], "citation-number": "1"},
    ),
    (
        "3 Microsoft. (2020). Annual report. Redmond, WA.",
        {"author": [{"literal": "Microsoft"}], "citation-number": "3"},
    ),
    (
        "12 Luca Geatti, Nicola Gigante, and Angelo Montanari. 2021. A SAT-based encoding. In Proc. TIME.",
        {"citation-number": "12"},
    ),
]

REVISIONS: list[tuple[str, dict[str, Any]]] = [
    (
        "The Unicode Consortium. Unicode Standard Annex #9: Unicode Bidirectional Algorithm, Revision 35. "
        "https://www.unicode.org/reports/tr9/tr9-35.html",
        {"title": "Unicode Standard Annex #9: Unicode Bidirectional Algorithm, Revision 35", "volume": None},
    ),
    (
        "W3C. Web Content Accessibility Guidelines (WCAG) 2.1, Revision 35. https://www.w3.org/TR/WCAG21/ "
        "(accessed 3 May 2023).",
        {"container-title": None, "volume": None},
    ),
    (
        "Khronos Group. OpenGL ES Shading Language Specification, Version 3.00, Revision 6. 2016.",
        {"title": "OpenGL ES Shading Language Specification, Version 3.00, Revision 6", "edition": None},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CITE_THEM_RIGHT_PAGES
    + TWO_SENTENCE_TITLES
    + SITES_BEFORE_DATE
    + STANDARD_SECTIONS
    + ET_AL_PAPERS
    + NUMBERED_BODIES
    + REVISIONS,
)
def test_form_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("42 Entertainment. (2007). Title.", None),
        ("30 Minute Seder. (2012). Title.", None),
        ("22 Studios. (2015). Title.", None),
        ("4 Smith, J. (2020). Title.", "4"),
        ("7 World Health Organization. (2019). Title.", "7"),
    ],
)
def test_number_of_a_body_is_no_label(text: str, label: str | None) -> None:
    found = split_label(text)
    assert (found.value if found else None) == label


def test_phrase_read_as_given_name_is_held() -> None:
    from biblio.parse.review.held_forms import held_form_signals

    text = "Vaccines, how they work (2021) Health Direct. Available at: https://example.org/v (Accessed: 3 May 2023)."
    misread = {"type": "webpage", "author": [{"family": "Vaccines"}, {"family": "work", "given": "how they"}]}
    assert held_form_signals(misread, text).get("name:phrase-as-given")
    for given in ("bell", "danah", "en Mai Lin", "d."):
        item = {"type": "book", "author": [{"family": "hooks", "given": given}]}
        assert not held_form_signals(item, text).get("name:phrase-as-given")
