"""The sample article's 11 references parse to the records in tests/data/seed-references.json."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from biblio.parse import parse_reference
from biblio.records.model import plain

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_4828e8955879783b.txt"

# The reference strings as the splitter gives them: the sample's list, one
# reference per entry, its URL line joined onto it.
SEED_STRINGS = [
    re.sub(r"\s+", " ", block).strip()
    for block in re.split(
        r"\n\s*\n(?=[A-Z])",
        SAMPLE.read_text(encoding="utf-8").split("References and Further Reading", 1)[1].strip(),
    )
]
BIBLIOGRAPHIC_EXTRA = {
    "container-title",
    "publisher",
    "volume",
    "issue",
    "page",
    "editor",
    "DOI",
    "number",
    "edition",
    "genre",
    "medium",
    "status",
    "accessed",
    "event-title",
    "publisher-place",
}


def test_seed_strings_shape() -> None:
    assert len(SEED_STRINGS) == 11
    assert all("<https://" in s for s in SEED_STRINGS)


def test_seed_references(seed_expectation: list[dict[str, Any]]) -> None:
    assert len(seed_expectation) == len(SEED_STRINGS)
    for text, want in zip(SEED_STRINGS, seed_expectation, strict=True):
        got = parse_reference(text)
        item = want["item"]
        assert got["type"] in want["accepted_types"], (got["type"], text)
        for key in ("author", "title", "issued", "URL"):
            assert got.get(key) == item.get(key), (key, got.get(key), item.get(key))
        assert not (set(plain(got)) & BIBLIOGRAPHIC_EXTRA), plain(got)
        assert got["custom"]["biblio"]["source"] == text
        assert "id" not in got


def test_seed_items_are_valid_csl(csl_validator: Any) -> None:
    for text in SEED_STRINGS:
        item = dict(parse_reference(text), id="x")
        errors = list(csl_validator.iter_errors([item]))
        assert not errors, errors[0].message
