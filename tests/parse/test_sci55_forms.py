"""Forms of tests/data/parse/physcs_real17.jsonl: the ACM reference format's ``In`` read alone before the
proceedings (``Title. In Proceedings of … (CHI ’08). ACM, …``), its ``Article 705, 22 pages.`` after the imprint,
a chapter's publisher after the editors' ``(Eds.).``, a bracket closing the proceedings' name
(``… Technologies (System Demonstrations). Association for Computational Linguistics, Albuquerque, New Mexico,
163–172.``) and a company's product named before its link (``Ai2. 2026. Asta Paper Finder. https://…``); Physical
Review's title with commas before the abbreviated journal (``…, in MnO, MnS, and NiO, Phys. Rev. B **28**, 6443``),
its untitled chapter ``Names, in *Book*, edited by …`` and software named before its link; a given name written out
before a German particle (``O Anatole von Lilienfeld``).  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.mends.acm_reference import article_count_after_imprint
from biblio.parse.mends.in_book import lone_in_before_book
from biblio.parse.mends.kind_words import product_name_read_as_kind
from biblio.parse.mends.titles_journal_abbrev import title_read_into_abbreviated_journal
from tests.parse.form_cases import assert_read_as, assert_read_with_families
from tests.parse.span_cases import spans_of

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "[9] K. Ito and L. Moreau, Exchange paths in FeO, CoO, and NiO, Phys. Rev. B **31**, 2208 (1985).",
        {"title": "Exchange paths in FeO, CoO, and NiO", "container-title": "Phys. Rev. B", "volume": "31"},
    ),
    (
        "Paul Weiss and O Anatole von Lilienfeld. Alchemical paths through chemical space. Physical Review B, "
        "92(4):045121, 2015.",
        {"author": [{"family": "Weiss", "given": "Paul"}, {"family": "Lilienfeld", "given": "O Anatole",
                                                            "non-dropping-particle": "von"}]},
    ),
    (
        "[21] Helen M Grant and Omar B Lutz. 1993. Shared ground in talk. In Studies in Joint Attention, R. T. Ames "
        "and K. L. Boyd (Eds.). American Psychological Association, Washington, DC, USA, 45–70.",
        {
            "container-title": "Studies in Joint Attention",
            "publisher": "American Psychological Association",
            "publisher-place": "Washington, DC, USA",
        },
    ),
    (
        "[30] Rita Chao, Dev Nair, and Ines Roth. 2024. PageMate: Guiding Readers Through Long Reports. In Proceedings "
        "of the 2024 Conference of the North American Chapter of the Association for Computational Linguistics: "
        "Human Language Technologies (System Demonstrations). Association for Computational Linguistics, Mexico City, "
        "Mexico, 201–209. doi:10.18653/v1/2024.naacl-demo.20",
        {
            "container-title": "Proceedings of the 2024 Conference of the North American Chapter of the Association "
            "for Computational Linguistics: Human Language Technologies (System Demonstrations)",
            "publisher": "Association for Computational Linguistics",
        },
    ),
    (
        "[31] Rita Chao, Dev Nair, and Ines Roth. 2024. PageMate: Guiding Readers Through Long Reports. In Proceedings "
        "of the 2024 Conference of the North American Chapter of the Association for Computational Linguistics: "
        "Human Language Technologies (System Demonstrations). Association for Computational Linguistics, Albuquerque, "
        "New Mexico, 201–209. doi:10.18653/v1/2024.naacl-demo.20",
        {"publisher": "Association for Computational Linguistics", "publisher-place": "Albuquerque, New Mexico"},
    ),
    (
        "[51] LAPACK software, http://www.netlib.org/lapack/.",
        {"title": "LAPACK software", "URL": "http://www.netlib.org/lapack/", "note": None},
    ),
    (
        "[14] A. B. Kovac and M. Sato, in *Magnetism in Transition-Metal Oxides*, edited by R. Vogt and T. Lang "
        "(Springer, Berlin, 2001).",
        {
            "type": "chapter",
            "title": None,
            "container-title": "Magnetism in Transition-Metal Oxides",
            "publisher": "Springer",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_with_families(text, expected) if "families" in expected else assert_read_as(text, expected)


def _read(spans: list[Any]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in spans]


def test_a_lone_in_opens_the_proceedings() -> None:
    """``Title. In Proceedings of … (CHI ’08). ACM, …`` as the model may read it: ``In`` alone, as a journal."""
    text = (
        "Mara Lind and Tomas Ek. 1994. Read Trails. In Proceedings of the SIGCHI Conference on Human Factors in "
        "Computing Systems (CHI ’94). ACM, New York, NY, USA, 11–18."
    )
    read = spans_of(
        text,
        ("author", "Mara Lind and Tomas Ek."),
        ("date", "1994."),
        ("title", "Read Trails."),
        ("journal", "In"),
        ("container-title", "Proceedings of the SIGCHI Conference on Human Factors in Computing Systems (CHI ’94)."),
        ("publisher", "ACM,"),
        ("location", "New York, NY, USA,"),
        ("pages", "11–18."),
    )
    mended = _read(lone_in_before_book(read, text))
    assert mended[3] == (
        "container-title",
        "In Proceedings of the SIGCHI Conference on Human Factors in Computing Systems (CHI ’94).",
    )
    assert ("journal", "In") not in mended


def test_article_word_and_count_are_the_pages() -> None:
    """``…, New York, NY, USA, Article 311, 14 pages.`` as the model may read it: ``Article`` in the place, the
    article's number as a volume and the count as the pages."""
    text = "In Proceedings of Meetings. ACM, New York, NY, USA, Article 311, 14 pages. doi:10.1145/1"
    read = spans_of(
        text,
        ("container-title", "In Proceedings of Meetings."),
        ("publisher", "ACM,"),
        ("location", "New York, NY, USA, Article"),
        ("volume", "311,"),
        ("pages", "14 pages."),
        ("doi", "doi:10.1145/1"),
    )
    mended = _read(article_count_after_imprint(read, text))
    assert ("pages", "Article 311, 14 pages.") in mended
    assert not any(label == "volume" for label, _ in mended)


def test_title_read_into_an_abbreviated_journal() -> None:
    """APS's ``Names, Title: Subtitle, Phys. Rev. Lett. **61**, 1402 (1988).`` as the model may read it: the title
    in the journal's span."""
    text = (
        "[3] R. B. Hale and S. T. Marsh, New Class of Oxides: Half-Metallic Magnets, Phys. Rev. Lett. **61**, 1402 "
        "(1988)."
    )
    read = spans_of(
        text,
        ("author", "R. B. Hale and S. T. Marsh,"),
        ("journal", "New Class of Oxides: Half-Metallic Magnets, Phys. Rev. Lett."),
        ("volume", "61**,"),
        ("pages", "1402"),
        ("date", "(1988)."),
    )
    mended = _read(title_read_into_abbreviated_journal(read, text))
    assert mended[1:3] == [("title", "New Class of Oxides: Half-Metallic Magnets"), ("journal", "Phys. Rev. Lett.")]


def test_a_journal_of_abbreviations_alone_is_not_cut() -> None:
    """``Proc. R. Soc. London, Ser. A`` before the volume: no title's word before the last clause."""
    text = "[5] A. Bell, Proc. R. Soc. London, Ser. A **12**, 3 (1901)."
    read = spans_of(
        text,
        ("author", "A. Bell,"),
        ("journal", "Proc. R. Soc. London, Ser. A"),
        ("volume", "12**,"),
        ("pages", "3"),
        ("date", "(1901)."),
    )
    assert title_read_into_abbreviated_journal(read, text) is read


def test_a_product_read_as_a_kind_is_the_title() -> None:
    """``Ai2. 2025. Asta Scholar QA. https://…`` as the model may read it: the product's name as a genre."""
    text = "Semble. 2025. Quill Search Engine. https://search.semble.example.org/"
    read = spans_of(
        text,
        ("author", "Semble."),
        ("date", "2025."),
        ("genre", "Quill Search Engine."),
        ("url", "https://search.semble.example.org/"),
    )
    assert _read(product_name_read_as_kind(read, text))[2] == ("title", "Quill Search Engine.")
    kind = spans_of(
        "Semble. 2025. Technical report. https://x.example.org/",
        ("author", "Semble."),
        ("date", "2025."),
        ("genre", "Technical report."),
        ("url", "https://x.example.org/"),
    )
    assert product_name_read_as_kind(kind, "Semble. 2025. Technical report. https://x.example.org/") is kind
