"""biblio's own parser gold sets (tests/data/parse/*.jsonl) are well formed.

Each line is {"id", "text", "fields"} with CSL fields of the right shape; ids are
unique across all sets; and every value the gold states is in the reference text
(the gold records only what the text says).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "parse"
SETS = sorted(GOLD_DIR.glob("*.jsonl"))
NAME_VARS = {"author", "editor", "translator", "director"}
DATE_VARS = {"issued", "accessed"}
STRING_VARS = {
    "title",
    "container-title",
    "publisher",
    "publisher-place",
    "volume",
    "issue",
    "page",
    "DOI",
    "URL",
    "edition",
    "genre",
    "number",
    "collection-title",
    "event-title",
    "event-place",
}
# An edition written as a word ("Second edition", "Troisième édition", "terza edizione") is
# stored as its number.
ORDINAL_WORDS = {
    "2": ("second", "deuxième", "seconde", "seconda", "zweite"),
    "3": ("third", "troisième", "terza", "dritte"),
    "4": ("fourth", "quatrième", "quarta", "vierte"),
    "5": ("fifth", "cinquième", "quinta", "fünfte"),
    "6": ("sixth", "sixième", "sesta", "sechste"),
    "7": ("seventh", "septième", "settima", "siebente", "siebte"),
    "8": ("eighth", "huitième", "ottava", "achte"),
    "9": ("ninth", "neuvième", "nona", "neunte"),
    "10": ("tenth", "dixième", "decima", "zehnte"),
}
LINE_BREAK_HYPHEN = re.compile(r"(\w)- (\w)")
NAME_KEYS = {"family", "given", "literal", "suffix", "non-dropping-particle", "dropping-particle"}
# CSL 1.0.2 item types used by the sets.
TYPES = {
    "article",
    "article-journal",
    "article-magazine",
    "article-newspaper",
    "book",
    "broadcast",
    "chapter",
    "bill",
    "dataset",
    "document",
    "entry-dictionary",
    "entry-encyclopedia",
    "graphic",
    "hearing",
    "interview",
    "legal_case",
    "legislation",
    "manuscript",
    "map",
    "motion_picture",
    "pamphlet",
    "paper-conference",
    "patent",
    "personal_communication",
    "post",
    "post-weblog",
    "regulation",
    "report",
    "review",
    "software",
    "song",
    "speech",
    "standard",
    "thesis",
    "treaty",
    "webpage",
}


@cache
def records(path: Path) -> list[dict[str, Any]]:
    """The set's records, read once for the module's tests (which only read them)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_the_sets_are_there() -> None:
    names = {p.stem for p in SETS}
    assert {"apa7", "chicago", "mla_ieee_vancouver_physics", "realworld"} <= names
    sizes = {p.stem: len(records(p)) for p in SETS}
    assert sizes["apa7"] >= 60 and sizes["chicago"] >= 60 and sizes["realworld"] >= 60
    assert sizes["mla_ieee_vancouver_physics"] >= 80
    assert sizes.get("physics_cs_real", 0) >= 50


def test_ids_are_unique_across_sets() -> None:
    ids = [r["id"] for p in SETS for r in records(p)]
    assert len(ids) == len(set(ids))


def _check_name(name: Any) -> None:
    assert isinstance(name, dict) and name, name
    assert set(name) <= NAME_KEYS, name
    assert "literal" in name or "family" in name, name
    assert all(isinstance(v, str) and v.strip() == v and v for v in name.values()), name


def _check_date(date: Any) -> None:
    assert set(date) == {"date-parts"}, date
    (parts,) = date["date-parts"]
    assert 1 <= len(parts) <= 3 and all(isinstance(p, int) for p in parts), date
    assert 1500 <= parts[0] <= 2100
    if len(parts) > 1:
        assert 1 <= parts[1] <= 12
    if len(parts) > 2:
        assert 1 <= parts[2] <= 31


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_records_are_valid_csl(path: Path) -> None:
    for rec in records(path):
        assert set(rec) == {"id", "text", "fields"}, rec.get("id")
        assert isinstance(rec["text"], str) and rec["text"].strip() == rec["text"] and rec["text"]
        assert "\n" not in rec["text"]
        fields = rec["fields"]
        assert fields["type"] in TYPES, rec["id"]
        assert set(fields) <= NAME_VARS | DATE_VARS | STRING_VARS | {"type"}, rec["id"]
        for var in NAME_VARS & set(fields):
            assert isinstance(fields[var], list) and fields[var], rec["id"]
            for name in fields[var]:
                _check_name(name)
        for var in DATE_VARS & set(fields):
            _check_date(fields[var])
        for var in STRING_VARS & set(fields):
            value = fields[var]
            assert isinstance(value, str) and value and value.strip() == value, (rec["id"], var)
        assert not fields.get("title", "").endswith("."), rec["id"]
        doi = fields.get("DOI")
        assert doi is None or re.fullmatch(r"10\.\d{4,9}/\S+", doi), rec["id"]
        url = fields.get("URL", "")
        assert "doi.org/" not in url, rec["id"]  # the DOI's own link is not a URL


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_the_gold_states_only_what_the_text_says(path: Path) -> None:
    for rec in records(path):
        text = rec["text"].replace("*", "").lower()
        # a word the PDF hyphenated across a line break (`excep- tional`) is stored joined
        text += " " + LINE_BREAK_HYPHEN.sub(r"\1\2", text)
        # Markdown's other italics (`_Title_`) are no part of a value either
        text += " " + re.sub(r"(?<![\w/])_|_(?![\w/])", "", text)
        fields = rec["fields"]
        for var in STRING_VARS - {"edition", "genre"}:  # an edition or genre is normalised
            if var in fields:
                assert fields[var].lower() in text, (rec["id"], var)
        for var in NAME_VARS & set(fields):
            for name in fields[var]:
                assert (name.get("family") or name["literal"]).lower() in text, (rec["id"], var)
        if "issued" in fields:
            assert str(fields["issued"]["date-parts"][0][0]) in text, rec["id"]
        if "edition" in fields:
            edition = fields["edition"].lower()
            assert edition in text or any(w in text for w in ORDINAL_WORDS.get(edition, ())), rec["id"]


def test_each_set_has_one_provenance_row() -> None:
    rows = re.findall(r"^\| `([^`]+)\.jsonl` \|", (GOLD_DIR / "PROVENANCE.md").read_text(encoding="utf-8"), re.M)
    assert sorted(rows) == sorted(p.stem for p in SETS)
