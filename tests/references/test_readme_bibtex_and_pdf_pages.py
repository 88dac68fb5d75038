"""README citation sections with BibTeX entries in fenced code, PDF text whose reference list runs over
page breaks (running head, foot and page number between), numbered lists whose wrapped lines begin with a
number, and plain text wrapped at 72 columns with no blank lines. Real files of tests/data/documents
(PROVENANCE.md) and small texts written here; the CLI runs in process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from biblio.api import read_document
from biblio.documents.plaintext import plain_lines
from biblio.references.bibtex_entries import entry_lines, entry_record, is_entry
from biblio.references.splitter import split_reference_lines
from tests.conftest import run_cli

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"


def exported(path: Path, *extra: str) -> tuple[list[dict[str, Any]], str]:
    run = run_cli("export", str(path), "--to", "csl-json", *extra)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout), run.stderr


def test_a_bibtex_fence_gives_one_exact_record_per_entry() -> None:
    items, _ = exported(DOCUMENTS / "real-autoregressive-readme-bibtex.md")
    assert [i["title"] for i in items] == [
        "Autoregressive Models",
        "Wavenet: A generative model for raw audio",
        "Fast wavenet generation algorithm",
        "Conditional image generation with pixelcnn decoders",
    ]
    assert items[0]["URL"] == "https://github.com/cheind/autoregressive"  # howpublished={\url{…}}
    assert [n["family"] for n in items[2]["author"]][:2] == ["Paine", "Khorrami"]
    assert all(i["custom"]["biblio"]["section"] == "References" for i in items)
    assert items[1]["custom"]["biblio"]["source"].startswith("@article{oord2016wavenet,")


def test_the_prose_around_a_cite_section_s_entry_is_left_out() -> None:
    items, err = exported(DOCUMENTS / "real-pyg-readme-cite.md", "--report")
    assert len(items) == 1
    assert items[0]["title"] == "Fast Graph Representation Learning with PyTorch Geometric"
    assert [n["family"] for n in items[0]["author"]] == ["Fey", "Lenssen"]
    assert "left out: Please cite" in err and "left out: Feel free" in err


def test_code_that_is_not_bibtex_stays_out() -> None:
    text = (
        "# Tool\n\n## References\n\n```bash\npip install tool\n```\n\n"
        "Knuth, D. E. (1984). Literate programming. *The Computer Journal*, 27(2), 97–111.\n"
    )
    items = read_document(text, "README.md").items
    assert len(items) == 1 and items[0]["author"][0]["family"] == "Knuth"


def test_bibtex_entries_in_a_block() -> None:
    block = [
        "% from the paper's page",
        "@article{a,",
        "  title={One},",
        "  year={2020}",
        "}",
        "",
        "@book{b, title={Two}, year=2021}",
    ]
    assert entry_lines(block) == [
        (1, "@article{a, title={One}, year={2020} }"),
        (6, "@book{b, title={Two}, year=2021}"),
    ]
    assert entry_lines(["pip install x", "@article{a, title={One}}"]) is None  # other code first
    assert entry_lines(["@misc{x}"]) is None  # no field: no reference
    assert is_entry("@inproceedings{Fey/Lenssen/2019, title={Fast}, year={2019},}")
    assert not is_entry("@string{acm = {ACM}}") and not is_entry("@someone said {hi}")
    record = entry_record("@article{k, author={Doe, Jane}, title={A {Title}}, journal={J}, year={2001}}")
    assert record is not None and record["title"] == "A Title" and record["container-title"] == "J"
    assert entry_record("Doe, J. (2001). A title.") is None


PAGES = """\
Short Title of the Article

Body text of the article, long enough to be a paragraph of its own on the first page of the paper.

References
1. Doe J (2001) A title of a paper. J Biol 12: 1–9.
2. Roe R (2002) Another paper on the subject. Nature 400: 10–12.
Journal of Things | DOI:10.1000/xyz.123 March 26, 2015

1 / 9

\fShort Title of the Article

3. Poe E (2003) A third paper. Science 300: 1–2.
Journal of Things | DOI:10.1000/xyz.123 March 26, 2015

2 / 9
"""


def test_running_head_and_foot_beside_page_numbers_are_page_furniture() -> None:
    lines = plain_lines(PAGES.replace("\f", ""))
    assert not any("Journal of Things" in line or "Short Title" in line for line in lines)
    assert not any(line.strip() in ("1 / 9", "2 / 9") for line in lines)
    assert sum(1 for line in lines if line.startswith(("1.", "2.", "3."))) == 3


def test_a_sentence_repeated_away_from_page_numbers_stays() -> None:
    body = [f"Line {word} of the body text." for word in "abcdefgh"]
    text = "\n".join(
        [
            *body[:4],
            "Graph colouring assigns colours.",
            *body[4:],
            "Graph colouring assigns colours.",
            "",
            "1",
            "",
            *body[:3],
        ]
    )
    assert plain_lines(text).count("Graph colouring assigns colours.") == 2


def test_a_wrapped_line_starting_with_a_number_out_of_turn_continues_its_entry() -> None:
    lines = [
        "50. Vicsek T (1995) Novel type of phase transition. Phys Rev Lett 75: 1226–1229.",
        "51. Møhl B (1988) Target detection by echolocating bats. In: Animal Sonar, NATO ASI Series, volume",
        "156. pp. 435–450.",
        "52. Vanderelst D (2013) Chiroping project. Personal communication.",
    ]
    refs = split_reference_lines(lines)
    assert [r.number for r in refs] == ["50", "51", "52"]
    assert refs[1].text.endswith("volume 156. pp. 435–450.")
    # a list with numbers left out (trimmed) still splits where the line above is finished
    trimmed = split_reference_lines([lines[0], "57. Doe J (2001) A title. J Biol 12: 1–9."])
    assert [r.number for r in trimmed] == ["50", "57"]


def test_pdf_text_over_page_breaks_gives_each_reference_once() -> None:
    for name in ("real-plos-bats-pdftotext.txt", "real-plos-bats-pdftotext-layout.txt"):
        items, _ = exported(DOCUMENTS / name)
        labels = [i["custom"]["biblio"]["label"] for i in items]
        assert labels == [f"{n}." for n in range(24, 53)], name
        dietz = items[6]  # the last entry before the first page break: no running foot in it
        assert "PLOS" not in dietz["custom"]["biblio"]["source"] and "DOI" not in dietz
        assert items[27]["volume"] == "156" or "156" in items[27]["custom"]["biblio"]["source"]


def test_plain_text_wrapped_at_72_columns_without_blank_lines() -> None:
    items, _ = exported(DOCUMENTS / "real-plos-bats-plain72.txt")
    assert [i["custom"]["biblio"]["label"] for i in items] == [f"{n}." for n in range(16, 24)]
    assert items[1]["title"] == "Inferring the rules of interaction of shoaling fish"  # "et" / "al." over a line end
    assert items[2]["DOI"] == "10.1073/pnas.0711437105"  # "doi:" then the DOI on the next line


def test_a_page_s_footnotes_between_two_entries_are_no_part_of_either() -> None:
    # pdftotext prints the superscript marks on lines of their own, then the notes, above the running foot
    page = ("References\n[1] A. Barth. A first paper. Journal of Things, 2022.\n[2] B. Eaton. A second paper,\n"
            "2023.\n2\n3\n\nhttps://github.com/Unidata/netcdf-c\nAll contributors are also acknowledged.\n\n"
            "A. Barth, University of Liège\n\nPage 2\n\nShort title\n\nOf the paper\n\n"
            "[3] C. Rew. A third paper. IEEE, 1990.\n\nA. Barth, University of Liège\n\nPage 3\n\nShort title\n\n"
            "Of the paper\n")
    lines = plain_lines(page)
    assert not any("netcdf-c" in line or "acknowledged" in line or line.strip() in ("2", "3") for line in lines)
    items = read_document(page, "paper.txt").items
    assert [i["custom"]["biblio"]["source"] for i in items] == [
        "A. Barth. A first paper. Journal of Things, 2022.", "B. Eaton. A second paper, 2023.",
        "C. Rew. A third paper. IEEE, 1990."]
    # the running head's two pieces, a blank line apart, are page furniture too: no label over entry 3
    assert [i["custom"]["biblio"].get("group") for i in items] == [None, None, None]


def test_a_lone_number_far_above_the_page_foot_stays() -> None:
    text = "Body\n\n4\n" + "\n".join(f"Line {k} of text that goes on." for k in range(12)) + "\n\nFoot\n\nPage 2\n"
    assert plain_lines(text)[2] == ""  # a page number standing alone
    assert "Line 0 of text that goes on." in plain_lines(text)
