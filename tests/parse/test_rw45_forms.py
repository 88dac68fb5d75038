"""Forms of hand-written reference lists in students' code and project write-ups, a museum studies bibliography and a
game studies ludography (``realworld24``): a product's documentation or a studio named as the author, and a citation
generator's page title repeated after the title with the site behind a bar, a game's platform before its country."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, dict[str, Any]]] = [
    # a product's documentation, its developer docs or a studio signing the entry: a body, no person
    (
        "Kotlin Documentation. 2025. Coroutines and Flow. [Online]. Available at: "
        "https://kotlinlang.org/docs/coroutines-overview.html [Accessed 16 Nov 2025].",
        {"author": [{"literal": "Kotlin Documentation"}]},
    ),
    (
        "Flutter Documentation (2023) Layouts in Flutter. Available at: https://docs.flutter.dev/ui/layout "
        "(Accessed: 2 March 2024).",
        {"author": [{"literal": "Flutter Documentation"}], "title": "Layouts in Flutter"},
    ),
    (
        "GitHub Docs(2024) Hello World[Online]. Available at: https://docs.github.com/en/get-started/hello-world "
        "(Accessed: 13 December 2024)",
        {"author": [{"literal": "GitHub Docs"}]},
    ),
    (
        "Android Docs (2022) Activity lifecycle. Available at: https://developer.android.com/guide/activities "
        "(Accessed: 9 May 2023).",
        {"author": [{"literal": "Android Docs"}]},
    ),
    (
        "Naughty Dog Studios (2013) The Last of Us. Available at: https://www.playstation.com/tlou "
        "(Accessed: 3 May 2024).",
        {"author": [{"literal": "Naughty Dog Studios"}]},
    ),
    # a ludography's platform (or the game's kind) before the country: the medium, no part of the place
    (
        "Bioware. (2003). Star Wars: Knights of the Old Republic. Xbox, United States: LucasArts.",
        {"publisher-place": "United States", "publisher": "LucasArts", "medium": "Xbox"},
    ),
    (
        "Nintendo EPD. (2017). The Legend of Zelda: Breath of the Wild. Nintendo Switch, Japan: Nintendo.",
        {"publisher-place": "Japan", "medium": "Nintendo Switch"},
    ),
    (
        "Supergiant Games. (2011). Bastion. Microsoft Windows, United States: Warner Bros. Interactive.",
        {"publisher-place": "United States", "medium": "Microsoft Windows"},
    ),
    # a generator's "Title, Title | Site": the page's own title after the comma is the site
    (
        "Microsoft (no date) What is EDR? endpoint detection and response: Microsoft security, What Is EDR? Endpoint "
        "Detection and Response | Microsoft Security. Available at: https://www.microsoft.com/en-us/security/edr "
        "(Accessed: 27 April 2025).",
        {"title": "What is EDR? endpoint detection and response: Microsoft security",
         "container-title": "What Is EDR? Endpoint Detection and Response | Microsoft Security"},
    ),
    (
        "Amazon (no date) What is a data lake? - introduction to data lakes and analytics, What is a Data Lake? - "
        "Introduction to Data Lakes and Analytics | AWS. Available at: https://aws.amazon.com/what-is/data-lake/ "
        "(Accessed: 3 January 2024).",
        {"title": "What is a data lake? - introduction to data lakes and analytics",
         "container-title": "What is a Data Lake? - Introduction to Data Lakes and Analytics | AWS"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw45_forms(text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for field, value in expected.items():
        assert item.get(field) == value, (field, item.get(field))


def test_name_cut_at_ampersand_signal() -> None:
    # a body's name cut at its unspaced ampersand fires; a list's spaced ampersand between two people does not
    from biblio.parse.review.held_forms import held_form_signals

    cut = {"author": [{"literal": "MITRE ATT"}, {"literal": "CK®"}]}
    source = "MITRE ATT&CK®. (2023). Enterprise attack matrix. Retrieved from https://attack.mitre.org/"
    assert "name:cut-at-ampersand" in held_form_signals(cut, source)
    pair = {"author": [{"family": "Kim", "given": "D."}, {"family": "Solomon", "given": "M. G."}]}
    source = "Kim, D., & Solomon, M. G. (2016). Fundamentals of information systems security. Jones & Bartlett."
    assert "name:cut-at-ampersand" not in held_form_signals(pair, source)
