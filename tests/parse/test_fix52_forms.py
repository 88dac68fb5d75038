"""Parse cases of real-world forms: a product or site named by its address's host, or before a Harvard
reference's bracketed year, as the author; an Australian Harvard newspaper cited by the paper and the day; a
person's generational suffix after a natural-order name; a family name run into the year with no stop."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import read_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "React Native (2025) Components and APIs. Available at: https://reactnative.dev/docs/components-and-apis"
            " (Accessed: 3 March 2025).",
            {"author": [{"literal": "React Native"}], "title": "Components and APIs"},
        ),
        (
            "Beautiful Soup (2024) Documentation. Available at: https://beautifulsoup.readthedocs.io/en/latest/"
            " (Accessed: 1 May 2024).",
            {"author": [{"literal": "Beautiful Soup"}]},
        ),
        (
            "Power BI (2024) Get started. Available at: https://powerbi.microsoft.com/en-us/getting-started/"
            " (Accessed: 2 May 2024).",
            {"author": [{"literal": "Power BI"}]},
        ),
        (
            "Visual Studio (2024) Docs. Available at: https://visualstudio.microsoft.com/docs/ (Accessed: 2 May 2024).",
            {"author": [{"literal": "Visual Studio"}]},
        ),
        (
            "MDN Web Docs (2025) Using the Fetch API. Available at:"
            " https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch (Accessed: 3 March 2025).",
            {"author": [{"literal": "MDN Web Docs"}], "title": "Using the Fetch API"},
        ),
        (
            "MDN Web Docs (2025) JavaScript Reference – Language Documentation. Mozilla Foundation. Available at:"
            " https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference (Accessed: 10 May 2025).",
            {"author": [{"literal": "MDN Web Docs"}]},
        ),
        # a person's own site stays a person
        (
            "Grayson Cooke, 2019. Invalid data. https://www.graysoncooke.com/invalid-data",
            {"author": [{"family": "Cooke", "given": "Grayson"}]},
        ),
        (
            "Rob Chrisman, “ESOP Ownership, Retail & Wholesale Jobs,” http://www.robchrisman.com, accessed January 20,"
            " 2018.",
            {"author": [{"family": "Chrisman", "given": "Rob"}]},
        ),
        (
            "John Smith (2022) My blog post. Available at: https://johnsmith.com/post (Accessed: 5 June 2022).",
            {"author": [{"family": "Smith", "given": "John"}]},
        ),
        (
            "Sydney Morning Herald, 3 April 2014, accessed 4 April 2014, <https://www.smh.com.au/news/x.html>.",
            {
                "container-title": "Sydney Morning Herald",
                "issued": {"date-parts": [[2014, 4, 3]]},
                "accessed": {"date-parts": [[2014, 4, 4]]},
                "type": "article-newspaper",
            },
        ),
        (
            "The Age, 12 March 2019, viewed 14 March 2019, <https://www.theage.com.au/national/y.html>.",
            {"container-title": "The Age", "accessed": {"date-parts": [[2019, 3, 14]]}},
        ),
        (
            "Martin Luther King III. 2020. The dream today. Boston: Beacon Press.",
            {"author": [{"family": "King", "given": "Martin Luther", "suffix": "III"}]},
        ),
        (
            "George Herbert Walker III. 2001. A family history. Boston: Beacon Press.",
            {"author": [{"family": "Walker", "given": "George Herbert", "suffix": "III"}]},
        ),
        (
            "Smith 2019. My page. https://example.org/page",
            {"author": [{"family": "Smith"}], "title": "My page", "issued": {"date-parts": [[2019]]}},
        ),
        (
            "Jones 2021. Climate notes. Retrieved from https://example.org/climate",
            {"author": [{"family": "Jones"}], "title": "Climate notes"},
        ),
        (
            "Garcia 2018. Field guide to birds. Oxford University Press.",
            {"author": [{"family": "Garcia"}], "publisher": "Oxford University Press"},
        ),
    ],
)
def test_fix52_forms(text: str, expected: dict[str, Any]) -> None:
    item = read_fields(text)
    for key, value in expected.items():
        assert item.get(key) == value, (key, item)
    if "author" in expected:
        assert "author" not in item or item["author"] == expected["author"]


def test_newspaper_day_has_no_author() -> None:
    assert "author" not in read_fields(
        "The Australian, 5 June 2020, accessed 6 June 2020, https://www.theaustralian.com.au/z"
    )


def test_journal_before_year_stays_the_container() -> None:
    item = read_fields("Clinical Science (2008) 114, 687–697 (Printed in Great Britain)")
    assert "author" not in item
