"""The title-first medical form: ``Title. Names. Journal Year: vol(issue); pages.``"""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference

CASES = [
    ("Randomised trials in surgery: problems and solutions. Schulz KF, Grimes DA. Lancet 2002: 359(9306); 57-61.",
     {"title": "Randomised trials in surgery: problems and solutions", "family": ["Schulz", "Grimes"],
      "container-title": "Lancet", "volume": "359", "issue": "9306"}),
    ("Is it clinically significant? Erill S. Lancet 2002: 359(9318); 1708.",
     {"title": "Is it clinically significant?", "family": ["Erill"], "container-title": "Lancet",
      "volume": "359", "page": "1708"}),
    ("The double-blind trial: gold standard or golden calf? T. J. Kaptchuk. J Clin Epidemiol 2001: 54(6); 541-9.",
     {"family": ["Kaptchuk"], "container-title": "J Clin Epidemiol", "volume": "54", "issue": "6"}),
    ("The visual analog scale for pain in surgical patients. Bodian CA, Freedman G, Hossain S. Anesthesiology "
     "2001: 95; 1356-61.",
     {"family": ["Bodian", "Freedman", "Hossain"], "container-title": "Anesthesiology", "volume": "95"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_title_first_medical(text: str, expected: dict) -> None:
    item = parse_reference(text)
    for key, value in expected.items():
        if key == "family":
            assert [a.get("family") for a in item.get("author", [])] == value
        else:
            assert item.get(key) == value, key


# a qualified edition statement closing a title: "corrected Fifth edition"
EDITIONS = [
    ("[5] Apostol, T., Introduction to Analytic Number Theory, corrected Fifth edition, Springer-Verlag, New York, "
     "1998.", "Introduction to Analytic Number Theory", "5"),
    ("Smith, J., Linear Algebra, revised 2nd edition, Wiley, New York, 2001.", "Linear Algebra", "2"),
]


@pytest.mark.parametrize(("text", "title", "edition"), EDITIONS)
def test_qualified_edition_closing_title(text: str, title: str, edition: str) -> None:
    item = parse_reference(text)
    assert (item.get("title"), item.get("edition")) == (title, edition)


def test_author_first_vancouver_not_read_title_first() -> None:
    text = ("48. Tattersall MH, Butow PN. Consultation audio tapes: an underused cancer patient information aid and "
            "clinical research tool. Lancet Oncol. Jul 2002;3(7): 431-7.")
    item = parse_reference(text)
    assert [a.get("family") for a in item.get("author", [])] == ["Tattersall", "Butow"]
