"""Forms of reference lists outside publishing (realworld27): a resource list's author names set in bold before
APA's bracketed year with the title in quotes, and Chicago author-date entries of bodies: an abbreviation in
brackets after the body's name, and a second undated work's lettered ``n.d.a.``; a standard's designation after a
quoted title and its comma, as specifications cite them (``"Title", ITU-T Recommendation V.42, 1994.``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        '**Lee, K. M.** (2019). "How do runners taper? A cohort study?" *Journal of Running Science*, 12(3), 44–51. '
        "DOI: https://doi.org/10.1234/jrs.2019.0312",
        {
            "author": [{"family": "Lee", "given": "K. M."}],
            "title": "How do runners taper? A cohort study?",
            "container-title": "Journal of Running Science",
            "volume": "12",
        },
    ),
    (
        '**Okafor, N. et al.** (2020). "Sleep and recovery in youth football." *Sports Health*, 9(2), 101–109.',
        {
            "author": [{"family": "Okafor", "given": "N."}],
            "title": "Sleep and recovery in youth football",
            "container-title": "Sports Health",
        },
    ),
    (
        '**Moreau, A., & Tanaka, H.** (2018). "Warm-up habits of amateur cyclists." *Cycling Research Notes*.',
        {
            "author": [{"family": "Moreau", "given": "A."}, {"family": "Tanaka", "given": "H."}],
            "title": "Warm-up habits of amateur cyclists",
            "container-title": "Cycling Research Notes",
        },
    ),
    (
        "Association for Industrial Archaeology (AIA). n.d. “Industrial Heritage Guidance Notes.” Accessed May 2, "
        "2022. https://industrial-archaeology.org/guidance-notes/",
        {"title": "Industrial Heritage Guidance Notes", "URL": "https://industrial-archaeology.org/guidance-notes/"},
    ),
    (
        "National Library of Wales. n.d.b. Welsh Newspapers Online. Aberystwyth: National Library of Wales. "
        "Accessed March 3, 2021. https://newspapers.library.wales/",
        {
            "author": [{"literal": "National Library of Wales"}],
            "title": "Welsh Newspapers Online",
            "publisher-place": "Aberystwyth",
        },
    ),
    (
        '[V42] International Telecommunication Union, "Error-correcting procedures for DCEs using '
        'asynchronous-to-synchronous conversion", ITU-T Recommendation V.42, March 2002.',
        {
            "title": "Error-correcting procedures for DCEs using asynchronous-to-synchronous conversion",
            "container-title": None,
            "volume": None,
        },
    ),
    (
        'National Institute of Standards and Technology, "Secure Hash Standard (SHS)", Federal Information '
        "Processing Standards Publication 180, May 1993.",
        {"title": "Secure Hash Standard (SHS)", "container-title": None, "volume": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("item", "signal"),
    [
        # a medium's word in its bracket read into the title
        ({"title": "Walking the Old Town (video)"}, "title:closes-on-medium"),
        # an edition statement after the title's comma read into it
        (
            {"title": "A Guide to Timber Framing: Joints and Repairs, revised ed", "edition": None},
            "title:closes-on-edition",
        ),
    ],
)
def test_held_form_is_named(item: dict[str, Any], signal: str) -> None:
    from biblio.parse.review.held_forms import held_form_signals

    assert held_form_signals(item, str(item["title"])).get(signal)


@pytest.mark.parametrize(
    "item",
    [
        {"title": "Statistics Every Marketer Should Know in 2021 (Infographic)"},
        {"title": "The Book of the Red Ed"},
        {"title": "Seventeen things I learned, and what I wished"},
    ],
)
def test_held_form_not_named(item: dict[str, Any]) -> None:
    from biblio.parse.review.held_forms import held_form_signals

    found = held_form_signals(item, str(item["title"]))
    assert not found.get("title:closes-on-medium") and not found.get("title:closes-on-edition")
