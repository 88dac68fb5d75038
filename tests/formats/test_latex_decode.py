"""Decoding .bib values: text with nothing for LaTeX to decode takes a short path that must give
exactly what the LaTeX decoder gives."""

from __future__ import annotations

import pytest

from biblio.formats.bibtex.latex import _latex_to_text, decode


@pytest.mark.parametrize("value", [
    "A plain title: with a colon, commas; and semi-colons",
    "O'Brien and the well-known case (2nd ed.)",
    "Ünïcödé stays — as written – here",
    "  spaces\n  and   line breaks  ",
    "Pages 12-34 and a URL https://example.org/a?b=c",
])
def test_plain_text_decodes_as_the_latex_decoder_would(value: str) -> None:
    assert decode(value) == " ".join(_latex_to_text(value).split())


@pytest.mark.parametrize(("value", "text"), [
    ("12--34", "12–34"),
    ("``quoted''", "“quoted”"),
    ("{DNA} and {\\\"u}ber", "DNA and über"),
    ("50\\% of \\$5", "50% of $5"),
])
def test_latex_still_decodes(value: str, text: str) -> None:
    assert decode(value) == text


def test_an_ads_entrys_journal_macro_is_the_journals_name() -> None:
    # Astropy's CITATION: NASA ADS exports write the journal as an AAS macro (aas_macros.sty)
    assert decode(r"\aap") == "Astronomy & Astrophysics"
    assert decode(r"{\mnras}") == "Monthly Notices of the Royal Astronomical Society"
    assert decode(r"\ss") == "ß"  # other commands are decoded as before


def test_the_tex_family_s_logos_are_written_as_their_names() -> None:
    # pylatexenc knows \TeX and \LaTeX but drops \BibTeX and \LaTeXe: a title must keep every word
    assert decode(r"The {\TeX}book") == "The TeXbook"
    assert decode(r"Tame the \BibTeX{} beast: \LaTeXe\ for authors") == "Tame the BibTeX beast: LaTeX2e for authors"
