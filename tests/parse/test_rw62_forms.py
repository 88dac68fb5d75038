"""Forms of hand-written reference lists met in realworld41: Harvard's title-first entry with its quoted title before
the bracketed year and the site or work holding it after (``'ASCII' (2026) *Wikipedia*.``, ``'XML Tutorial' (no
date) *W3Schools*.``, ``'code, n.' (2026) in *Oxford English Dictionary*.``), the site after ``(no date)``, and a
title before it (``Post-hoc (no date) Available at: …``), kept apart from it; an italic title before its year and
edition (``*Extensible Markup Language (XML) 1.0* (2008) 5th ed.``); a public-health body's name opening a page
cited with no date (``Public Health Ontario. Title. Retrieved from …``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "'ASCII' (2026) *Wikipedia*. Available at: https://en.wikipedia.org/wiki/ASCII [Accessed: 24 May 2026]",
        {"author": None, "title": "ASCII", "container-title": "Wikipedia", "issued": {"date-parts": [[2026]]}},
    ),
    (
        "'Pip (package manager)' (2017) *Wikipedia.* Available at: https://en.wikipedia.org/wiki/Pip_(package_manager)"
        " (Accessed: 14 April 2017).",
        {"author": None, "title": "Pip (package manager)", "container-title": "Wikipedia"},
    ),
    (
        "'XML Tutorial' (no date) *W3Schools*. Available at: https://www.w3schools.com/xml/default.asp "
        "[Accessed: 24 May 2026]",
        {"author": None, "title": "XML Tutorial", "container-title": "W3Schools"},
    ),
    (
        "'Heat pumps' (2024) *Which?*. Available at: https://www.which.co.uk/reviews/heat-pumps "
        "(Accessed: 3 March 2025).",
        {"author": None, "title": "Heat pumps"},
    ),
    (
        "'code, n., sense II.4.b' (2026) in *Oxford English Dictionary*. Available at: "
        "https://doi.org/10.1093/OED/1750064856 [Accessed: 24 May 2026]",
        {"author": None, "title": "code, n., sense II.4.b", "container-title": "Oxford English Dictionary"},
    ),
    (
        "'Children’s rights' (2020) *Wikipedia*. Available at: https://en.wikipedia.org/wiki/Children%27s_rights "
        "(Accessed: 2 May 2024).",
        {"author": None, "title": "Children’s rights", "container-title": "Wikipedia"},
    ),
    (
        '"Heat pumps" (no date) *Which*. Available at: https://www.which.co.uk/heat (Accessed: 3 March 2025).',
        {"author": None, "title": "Heat pumps", "container-title": "Which"},
    ),
    (
        "Post-hoc (no date) Available at: http://www.unt.edu/rss/class/Jon/ISSS_SC/Module009/isss_m91_onewayanova/node7.html",
        {"title": "Post-hoc", "URL": "http://www.unt.edu/rss/class/Jon/ISSS_SC/Module009/isss_m91_onewayanova/node7.html"},
    ),
    (
        "Post-hoc tests (n.d.) Available from: https://www.example.org/posthoc",
        {"title": "Post-hoc tests"},
    ),
    (
        "*Extensible Markup Language (XML) 1.0* (2008) 5th ed. Available at: https://www.w3.org/TR/2008/REC-xml-20081126/"
        " [Accessed: 24 May 2026]",
        {"title": "Extensible Markup Language (XML) 1.0", "edition": "5", "issued": {"date-parts": [[2008]]}},
    ),
    (
        "*Namespaces in XML 1.1* (2006) 2nd ed. Available at: https://www.w3.org/TR/2006/REC-xml-names11-20060816",
        {"title": "Namespaces in XML 1.1", "edition": "2", "issued": {"date-parts": [[2006]]}},
    ),
    (
        "*Social Trends* (2019) 3rd edn. London: Office for National Statistics.",
        {"title": "Social Trends", "edition": "3", "publisher": "Office for National Statistics"},
    ),
    (
        "Public Health Ontario. Drinking Water Testing – Private Citizen. Retrieved from "
        "https://www.publichealthontario.ca/en/laboratory-services/test-information-index/drinking-watertesting-private-citizen",
        {"author": [{"literal": "Public Health Ontario"}], "title": "Drinking Water Testing – Private Citizen"},
    ),
    (
        "Public Health Scotland. Childhood immunisation statistics. Available at: https://publichealthscotland.scot/x",
        {"author": [{"literal": "Public Health Scotland"}], "title": "Childhood immunisation statistics"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw62_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_quoted_title_read_as_name_is_flagged() -> None:
    from biblio.parse.review.held_forms import held_form_signals

    source = "'XML Tutorial' (no date) *W3Schools*. Available at: https://www.w3schools.com/xml/default.asp"
    wrong = {"type": "webpage", "author": [{"family": "Tutorial'", "given": "'XML"}], "title": "W3Schools"}
    assert held_form_signals(wrong, source).get("name:quoted-title")
    right = {"type": "webpage", "title": "XML Tutorial", "container-title": "W3Schools"}
    assert not held_form_signals(right, source).get("name:quoted-title")
    named = {"type": "article-journal", "author": [{"family": "'t Hooft", "given": "G."}], "title": "Gauge theories"}
    assert not held_form_signals(named, "G. 't Hooft, Gauge theories").get("name:quoted-title")
