"""Shared test helpers: the project's own test data and, when present, ../shared."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "seeds" / "000_4828e8955879783b.txt"


def shared_path(*parts: str) -> Path:
    """A path inside ../shared, or a skip when that folder (or file) is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)}, which is absent (development data beside the project)")
    return path


@pytest.fixture(scope="session")
def seed_expectation() -> list[dict[str, Any]]:
    """The 11 records the sample's reference list must parse into (tests/data)."""
    refs: list[dict[str, Any]] = json.loads((DATA / "seed-references.json").read_text(encoding="utf-8"))["references"]
    return refs


@pytest.fixture(scope="session")
def csl_validator() -> Any:
    """A validator for the official CSL-JSON schema (../shared/schema/csl-data.json)."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(shared_path("schema", "csl-data.json").read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)
