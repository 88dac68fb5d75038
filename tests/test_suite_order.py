"""The table of heavy modules that orders the suite for its workers (tests/conftest.py) names modules that exist."""

from __future__ import annotations

from tests.conftest import HEAVY_MODULES, ROOT


def test_heavy_modules_exist() -> None:
    missing = [name for name in HEAVY_MODULES if not (ROOT / name).is_file()]
    assert not missing, f"tests/conftest.py's HEAVY_MODULES names modules that are gone (renamed?): {missing}"
