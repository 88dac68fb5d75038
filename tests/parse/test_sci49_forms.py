"""Forms of tests/data/parse/physcs_real11.jsonl: the ACM Reference Format's meeting brackets after a proceedings'
title (``(Denver, Colorado, USA) (CHI ’17).``), its issue before a bracketed date with the day (``13, 1 (28 Feb.
2017), 1–22``) and an article's pages after the imprint (``ACM, New York, NY, USA, 9:1–9:14.``), amsalpha's
``In Proc. 32nd Sympos. Comp. Geom., …``, the AMS's ``Victor Klee and Stan Wagon, Title, …``, natbib's opening
``X and Y, editors.``, its ``Title. Technical Report NIST AI 100-1, Institution, 2023.`` and ``Title. McGraw-Hill
Education, 5th edition, 2015.``, APS's title-less ``Radiochim. Acta 99, 395 (2011).``, and the needs-review check of
a title read where the text names the container after ``in``.  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    # the ACM's meeting place and short name: neither the proceedings', the publisher's nor its place's
    (
        "[3] Ana Ruiz, Li Wei, and Tom Berg. 2019. Edible Displays for Shared Meals. In Proceedings of the 2019 CHI "
        "Conference on Human Factors in Computing Systems (Glasgow, Scotland Uk) (CHI ’19). Association for Computing "
        "Machinery, New York, NY, USA, 1–12. https://doi.org/10.1145/3290605.3300001",
        {
            "container-title": "Proceedings of the 2019 CHI Conference on Human Factors in Computing Systems",
            "publisher": "Association for Computing Machinery",
            "publisher-place": "New York, NY, USA",
            "page": "1-12",
        },
    ),
    (
        "[8] Mia Holt and Jon Park. 2020. Printing Soft Sweets. In Proceedings of the Fourteenth International "
        "Conference on Tangible, Embedded, and Embodied Interaction (Sydney, NSW, Australia) (TEI ’20). Association "
        "for Computing Machinery, New York, NY, USA, Article 7, 9 pages. https://doi.org/10.1145/3374920.3374999",
        {
            "container-title": "Proceedings of the Fourteenth International Conference on Tangible, Embedded, and "
            "Embodied Interaction",
            "publisher": "Association for Computing Machinery",
            "publisher-place": "New York, NY, USA",
            "page": "7",
        },
    ),
    # a short name alone closing the proceedings stays in it (as USENIX's "(USENIX ATC ’20)")
    (
        "[4] Sara Lind. 2024. Haptic Menus. In Proceedings of the 37th Annual ACM Symposium on User Interface "
        "Software and Technology (UIST ’24). ACM, New York, NY, USA, 1–15. https://doi.org/10.1145/3654777.3676001",
        {
            "container-title": "Proceedings of the 37th Annual ACM Symposium on User Interface Software and "
            "Technology (UIST ’24)",
            "publisher": "ACM",
        },
    ),
    # the issue before a bracketed date with its day
    (
        "[12] Kai Sato and Rina Mori. 2019. Taste by wire. ACM Trans. Appl. Percept. 16, 3 (14 Sept. 2019), 1–20. "
        "https://doi.org/10.1145/3340000",
        {"volume": "16", "issue": "3", "page": "1-20", "issued": {"date-parts": [[2019, 9, 14]]}},
    ),
    # an article's pages after the publisher's place
    (
        "[9] Eva Lind and Omar Said. 2023. Folding food. In Seventeenth International Conference on Tangible, "
        "Embedded, and Embodied Interaction (TEI ’23). ACM, New York, NY, USA, 12:1–12:10. "
        "https://doi.org/10.1145/3569009.3572000",
        {"page": "12:1-12:10", "publisher-place": "New York, NY, USA", "issue": None},
    ),
    # amsalpha's proceedings cut at its abbreviations' full stops
    (
        "[KW19] P. Keller and J. Wolf. Shellings of random complexes. In Proc. 35th Sympos. Comput. Geom., "
        "pages 44:1–44:12, Dagstuhl, 2019.",
        {"title": "Shellings of random complexes", "container-title": "Proc. 35th Sympos. Comput. Geom."},
    ),
    (
        "[Ros12] A. Rosen. Minors of random hypergraphs. In Proc. 28th Sympos. Comput. Geom., pages 101–110, "
        "ACM Press, 2012.",
        {"title": "Minors of random hypergraphs", "container-title": "Proc. 28th Sympos. Comput. Geom."},
    ),
    # natbib's list of editors opening the reference
    (
        "Martin P. T. Hughes and Sally Brown, editors. Handbook for Systematic Reviews of Trials. Wiley, 2010. "
        "doi: 10.1002/9780470000000.",
        {
            "editor": [{"family": "Hughes", "given": "Martin P. T."}, {"family": "Brown", "given": "Sally"}],
            "author": None,
            "title": "Handbook for Systematic Reviews of Trials",
        },
    ),
    # natbib's report kind and number closing the title, and a publisher closing it before the edition
    (
        "National Institute of Health Research. Guidance for model audits (MA 2.0). Technical Report NIHR 200-3, "
        "National Institute of Health Research, 2021.",
        {"title": "Guidance for model audits (MA 2.0)", "publisher": "National Institute of Health Research"},
    ),
    (
        "Dana K. Ford. Simulation Modeling Methods. Pearson Education, 2nd edition, 2009.",
        {"title": "Simulation Modeling Methods", "publisher": "Pearson Education", "edition": "2"},
    ),
    # a subtitle before the edition names no firm: it stays in the title
    (
        "W. H. Moss. Numerical Methods. The Art of Scientific Computing, 3rd edition, 2007.",
        {"title": "Numerical Methods. The Art of Scientific Computing", "publisher": None},
    ),
    # the AMS's last name after "and" read into the title
    (
        "7. Victor Lund and Stan Berg, Old and New Problems in Number Theory, Math. Assoc. America, 1994.",
        {
            "author": [{"family": "Lund", "given": "Victor"}, {"family": "Berg", "given": "Stan"}],
            "title": "Old and New Problems in Number Theory",
        },
    ),
    # APS's title-less reference with an abbreviated journal
    (
        "[13] B. Kowal, Radiochim. Acta 104, 211 (2016).",
        {"container-title": "Radiochim. Acta", "volume": "104", "page": "211", "title": None},
    ),
    (
        "[51] K. Ono, S. Park, and L. Berg, At. Data Nucl. Data Tables 125-126, 1 (2019).",
        {"container-title": "At. Data Nucl. Data Tables", "volume": "125-126", "page": "1", "title": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sci49_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # APS's title-less chapter: a title read where the text names the book after "in" is flagged
        ("[25] K. Ono, in Nuclear Dynamics at the Limits (World Scientific, Singapore, 2003), pp. 11–24.", True),
        # a chapter's own title before "in" is read right and not flagged by this
        (
            "[26] K. Ono, Shell effects, in Nuclear Dynamics at the Limits, edited by A. Berg (World Scientific, "
            "Singapore, 2003), pp. 11–24.",
            False,
        ),
    ],
)
def test_title_after_in_flagged(text: str, flagged: bool) -> None:
    assert needs_review(text) is flagged
