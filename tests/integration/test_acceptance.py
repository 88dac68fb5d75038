"""The sample article's reference list parses into exactly the expected records."""

from __future__ import annotations

import json
from typing import Any

from biblio import api
from tests.conftest import run_cli

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

# Fields an expected record may be compared on; anything else bibliographic is invented.
COMPARED = ("author", "title", "issued", "URL")
ALLOWED_EXTRA = {"type", "id", "custom"}


def check_records(items: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    assert len(items) == len(expected)
    for got, want in zip(items, expected, strict=True):
        item = want["item"]
        assert got["type"] in want["accepted_types"], (got["type"], item["title"])
        for field in COMPARED:
            assert got.get(field) == item.get(field), (field, got.get(field), item.get(field))
        invented = set(got) - set(item) - ALLOWED_EXTRA
        assert not invented, (item["title"], invented)
        assert got["custom"]["biblio"]["source"]
        lost = {"unparsed", "unparsed-remainder"} & set(got["custom"]["biblio"].get("flags", []))
        assert not lost, (item["title"], lost)


def test_sample_parses_into_the_expected_records(seed_expectation: list[dict[str, Any]]) -> None:
    check_records(api.load([]), seed_expectation)


# (in this process: tests/integration/test_end_to_end.py runs the program as its own process)
def test_cli_export_csl_json_on_the_sample(seed_expectation: list[dict[str, Any]]) -> None:
    run = run_cli("export", "--to", "csl-json")
    assert run.returncode == 0, run.stderr
    assert run.stderr.startswith("biblio: no input given"), run.stderr
    assert run.stderr.endswith("biblio: 11 references in 1 section: 11 parsed, 0 need review\n"), run.stderr
    check_records(json.loads(run.stdout), seed_expectation)


def test_ids_are_readable_citation_keys() -> None:
    ids = [item["id"] for item in api.load([])]
    assert ids[0] == "humanrightswatch2024pakistan"
    assert "unitednationsoffice2025pakistan" in ids
    assert len(set(ids)) == len(ids)


def test_records_say_where_their_reference_stood() -> None:
    from biblio.resources import sample_text

    lines = sample_text().split("\n")
    for item in api.load([]):
        data = item["custom"]["biblio"]
        start = lines[data["line"] - 1]
        assert data["source"].startswith(start.strip()), (start, data["source"])


def test_numbered_list_markers_are_kept() -> None:
    from biblio.api import document_records

    items = document_records(
        "References\n\n[1] Doe, J. (2020). *A book*. Press.\n[2] Roe, R. (2021). *Another*. Press.\n"
    )
    assert [i["custom"]["biblio"]["label"] for i in items] == ["[1]", "[2]"]
    assert [i["custom"]["biblio"]["line"] for i in items] == [3, 4]
    assert items[0]["title"] == "A book"
