"""``biblio cite --check``: hand-written citations of each kind linked to the document's own list."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.cli import main
from biblio.papers.check import check_document, link_document

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

HAND = Path(__file__).resolve().parents[1] / "data" / "papers" / "handwritten"


def _linked(name: str) -> list[tuple[int, str, list[int | None], str]]:
    text = (HAND / name).read_text(encoding="utf-8")
    linked = link_document(text, name)
    return [(c.line, c.kind, [x.record for x in c.cites], ",".join(x.locator for x in c.cites))
            for c in linked.citations]


def test_author_date_citations_link_by_names_year_and_letter() -> None:
    # records in list order: Amnesty, HRW, Khan, Lee, Nadeem, Smith & Lee, Smith et al. a, b
    assert _linked("author-date.md") == [
        (3, "parenthetical", [1], ""),
        (3, "narrative", [5], ""),
        (4, "parenthetical", [6, 3], ",4"),
        (5, "parenthetical", [7], "12\u201314"),
        (7, "narrative", [0], ""),
        (7, "narrative", [2], "7"),
        (8, "parenthetical", [None], ""),
    ]


def test_numeric_citations_ranges_and_superscripts() -> None:
    assert _linked("numeric.md") == [
        (3, "numeric", [0], ""),
        (3, "numeric", [1, 2], ","),
        (4, "numeric", [0, 1, 2, 6], ",,,"),
        (4, "numeric", [4], "12"),
        (5, "superscript", [4], ""),
        (5, "superscript", [3], ""),
        (6, "numeric", [None], ""),
    ]


def test_notes_link_by_names_and_title_and_ibid_follows_the_previous_note() -> None:
    # records in list order: Boxer, Costa et al., Ferreira Ports, Ferreira Sugar, Mendes, O'Halloran
    assert _linked("notes.md") == [
        (3, "note", [2], "45"),
        (3, "note", [3], "205"),
        (4, "note", [5], "312"),
        (4, "note", [5], "315"),
        (5, "note", [0], "4"),
        (5, "note", [None], "9"),
        (6, "note", [1], "77"),
    ]


@pytest.mark.parametrize(("name", "unmatched", "uncited"), [
    ("author-date.md", [(8, "(Brown, 2021)")], [20]),
    ("numeric.md", [(6, "[9]")], [15]),
    ("notes.md", [(5, "Maria Duarte, *Atlantic Ledgers* (Lisbon: Colibri, 2011), 9.")], [34]),
])
def test_report_names_each_problem_with_its_line(name: str, unmatched: list, uncited: list[int]) -> None:
    source = HAND / name
    report = check_document(type("S", (), {"name": name, "text": source.read_text(encoding="utf-8")})())
    assert report.unmatched == unmatched
    assert [line for line, _text in report.uncited] == uncited


def test_cli_check_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", str(HAND / "author-date.md"), "--check"]) == 9
    out = capsys.readouterr().out
    assert ":8: citation matches no reference: (Brown, 2021)" in out
    assert ":20: reference never cited: Nadeem, F. (2017). *Mountains and memory*. Verso." in out
    clean = tmp_path / "clean.md"
    clean.write_text("Only one source (Khan, 2018, p. 3).\n\n## References\n\n"
                     "Khan, A. (2018). *The state and the province*. Oxford University Press.\n", encoding="utf-8")
    assert main(["cite", str(clean), "--check"]) == 0
    assert capsys.readouterr().out.endswith("0 problems\n")
    nolist = tmp_path / "nolist.md"
    nolist.write_text("No references here (Khan, 2018).\n", encoding="utf-8")
    assert main(["cite", str(nolist), "--check"]) == 5


def test_group_abbreviations_harvard_colons_and_units() -> None:
    text = ("Vaccination rose (World Health Organization [WHO], 2020). Later the WHO (2020, p. 3) and Patel\n"
            "(2019: 12) agreed (WHO, 2020; Patel 2019, 14). The area was 12 km² and x² grows (Patel, 2019).\n\n"
            "## References\n\nPatel, R. (2019). *Vaccines*. Penguin.\n\n"
            "World Health Organization. (2020). *Immunization report*. WHO.\n")
    linked = link_document(text)
    assert [(c.text, [(x.record, x.locator) for x in c.cites]) for c in linked.citations] == [
        ("(World Health Organization [WHO], 2020)", [(1, "")]),
        ("WHO (2020, p. 3)", [(1, "3")]),
        ("Patel\n(2019: 12)", [(0, "12")]),
        ("(WHO, 2020; Patel 2019, 14)", [(1, ""), (0, "14")]),
        ("(Patel, 2019)", [(0, "")]),
    ]


def test_powers_and_units_are_no_superscript_citations() -> None:
    text = ("A survey of methods³ covers 40 km² and x² terms, as shown before².\n\n## References\n\n"
            "[1] A. Author, \"One,\" 2001.\n[2] B. Author, \"Two,\" 2002.\n[3] C. Author, \"Three,\" 2003.\n")
    linked = link_document(text)
    assert [(c.kind, c.text, [x.record for x in c.cites]) for c in linked.citations] == [
        ("superscript", "³", [2]), ("superscript", "²", [1])]


def test_link_citations_gives_each_cited_work_with_its_line_and_record_ids() -> None:
    from biblio import api
    from biblio.papers import link_citations
    from biblio.records.keys import with_ids

    text = (HAND / "author-date.md").read_text(encoding="utf-8")
    items = with_ids(api.document_records(text))
    links = link_citations(text, items)
    assert links[:2] == [
        {"line": 3, "text": "(Human Rights Watch, 2024)", "ids": [items[1]["id"]]},
        {"line": 3, "text": "Smith and Lee (2020)", "ids": [items[5]["id"]]},
    ]
    assert {"line": 8, "text": "(Brown, 2021)", "ids": []} in links
    cited = {i for link in links for i in link["ids"]}
    assert [item["id"] for item in items if item["id"] not in cited] == [items[4]["id"]]  # Nadeem
