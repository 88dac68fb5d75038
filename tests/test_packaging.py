"""The wheel ships every package and the data biblio needs at run time."""

from __future__ import annotations

from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")
ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "biblio").rglob("__init__.py")}
    assert found <= set(config["packages"]), found - set(config["packages"])
    assert config["package-dir"] == {"biblio._seeds": "seeds", "biblio._styles": "styles"}


def test_shipped_data_is_found() -> None:
    from biblio.resources import sample_text
    from biblio.styles import registry

    assert "References and Further Reading" in sample_text()
    assert registry()["chicago"] == "chicago-author-date"
    assert (ROOT / "seeds" / "000_4828e8955879783b.txt").is_file()
    assert Path(ROOT / "styles" / "registry.json").is_file()
