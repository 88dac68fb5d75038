"""Forms of tests/data/parse/physcs_real10.jsonl: accents a PDF's text sets apart from their letters (``Sipocz, B. M.,
et al. ˝ 2018``, ``ApJ, 622, 759, ´ doi:…``, ``Sp¨onemann``), the AAS journals' title-less compact form closed by
a DOI (``2018, JCAP, 2018, 031, doi:…``, ``1998, AJ, 115, 1693, doi:…``) and SIAM's article without pages
(``Adv. Neural Inf. Process. Syst., 32 (2019).``).  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.input_text import tidy_input


def _families(item: dict[str, Any]) -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get("author", [])]


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        ("Lang, B. M., et al. ˝ 2018, AJ, 156, 123", "Lang, B. M., et al. 2018, AJ, 156, 123"),
        ("ApJ, 622, 759, ´ doi:10.1086/427976", "ApJ, 622, 759, doi:10.1086/427976"),
        ("K. Novak,´ and I. Stone", "K. Novak, and I. Stone"),
        ("Q. Marat ´ *et al.*, \"Title", "Q. Marat *et al.*, \"Title"),
        ("Sp¨onemann, M., R¨uegg, U.: Title. Technische Universit¨at Kiel", "Spönemann, M., Rüegg, U.: Title. "
         "Technische Universität Kiel"),
        ("L´eon, M.", "Léon, M."),
    ],
)
def test_accent_apart_from_letter(text: str, tidied: str) -> None:
    assert tidy_input(text) == tidied


@pytest.mark.parametrize(
    "text",
    [
        "A. Potocˇnik, J. J. Dı´az-Mochon and H. Stu¨ker, Title, J. Phys. 12, 3 (2020).",
        "O´Brien, K. 2001, ApJ, 12, 4",
    ],
)
def test_accent_after_its_letter_kept(text: str) -> None:
    assert tidy_input(text) == text


def test_lone_accent_not_in_page() -> None:
    item = parse_reference("Hollis, K. M., Vance, E., Bird, A. J., et al. 2005, ApJ, 622, 759, ´ doi:10.1086/427976")
    assert item.get("page") == "759"
    assert item.get("DOI") == "10.1086/427976"


@pytest.mark.parametrize(
    ("text", "families", "journal", "volume", "page", "doi"),
    [
        ("Bengal, C. A. P., Martens, R., & Santo, M. G. 2018, JCAP, 2018, 031, doi:10.1088/1475-7516/2018/04/031",
         ["Bengal", "Martens", "Santo"], "JCAP", "2018", "031", "10.1088/1475-7516/2018/04/031"),
        ("Nadal, T., Dürr, R., Kunst, M., & Padma, H. 2021, JCAP, 2021, 009, doi:10.1088/1475-7516/2021/11/009",
         ["Nadal", "Dürr", "Kunst", "Padma"], "JCAP", "2021", "009", "10.1088/1475-7516/2021/11/009"),
        ("Conway, J. J., Cotter, W. D., Greis, E. W., et al. 1998, AJ, 115, 1693, doi:10.1086/300337",
         ["Conway", "Cotter", "Greis"], "AJ", "115", "1693", "10.1086/300337"),
    ],
)
def test_aas_compact_form_closed_by_doi(
    text: str, families: list[str], journal: str, volume: str, page: str, doi: str
) -> None:
    item = parse_reference(text)
    assert _families(item) == families
    assert item.get("container-title") == journal
    assert item.get("volume") == volume
    assert item.get("page") == page
    assert item.get("DOI") == doi
    assert "title" not in item


@pytest.mark.parametrize(
    ("text", "journal", "volume"),
    [
        ("[40] J. Kile, M. Trag, and J. Brun, On the expressive power of deep polynomial neural networks, Adv. "
         "Neural Inf. Process. Syst., 32 (2019).", "Adv. Neural Inf. Process. Syst.", "32"),
        ("[7] A. Beck and B. Cole, Stable schemes for transport on moving grids, J. Sci. Comput., 81 (2019).",
         "J. Sci. Comput.", "81"),
    ],
)
def test_siam_article_without_pages(text: str, journal: str, volume: str) -> None:
    item = parse_reference(text)
    assert item.get("container-title") == journal
    assert item.get("volume") == volume
    assert "page" not in item


def test_eprints_left_in_note_is_flagged() -> None:
    from biblio.parse.review.held_forms import held_form_signals
    from biblio.parse.review.score import FORCED_BY_HELD_FORM

    assert "note:holds-eprints" in FORCED_BY_HELD_FORM
    item = {"author": [{"family": "Hurst", "given": "N."}], "note": "arXiv e-prints, arXiv:1703.06635"}
    assert "note:holds-eprints" in held_form_signals(item, "")
    right = {"container-title": "arXiv e-prints", "note": "arXiv e-prints"}
    assert "note:holds-eprints" not in held_form_signals(right, "")
    parsed = parse_reference("Hurst, N. 2017, arXiv e-prints, arXiv:1703.06635. https://arxiv.org/abs/1703.06635")
    if "e-prints" in str(parsed.get("note", "")) and not parsed.get("container-title"):
        assert "needs-review" in parsed["custom"]["biblio"].get("flags", [])


def test_titleless_journal_number_stays_page() -> None:
    # chemistry's title-less "Synthesis, 706 (1977).": the year is the volume, the number the page
    item = parse_reference("S. HOLT et R. EPSTEIN. Synthesis, 706 (1977).")
    assert item.get("page") == "706"
    assert "volume" not in item
