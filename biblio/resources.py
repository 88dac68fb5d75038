"""Data shipped with biblio: the sample article (``seeds/``) and the style registry (``styles/``).

Installed, they live inside the package as ``biblio._seeds`` and
``biblio._styles`` (see pyproject.toml); in a source checkout they are the
top-level folders of the same names.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

_SOURCE_TREE = Path(__file__).resolve().parent.parent


def data_file(folder: str, name: str) -> Traversable:
    """The file ``name`` of the shipped folder ``folder`` ("seeds" or "styles")."""
    try:
        found = resources.files(f"biblio._{folder}").joinpath(name)
        if found.is_file():
            return found
    except (ModuleNotFoundError, TypeError):
        pass
    return _SOURCE_TREE / folder / name


def sample_name() -> str:
    return "000_4828e8955879783b.txt"


def sample_text() -> str:
    """The bundled sample article, biblio's default input."""
    return data_file("seeds", sample_name()).read_text(encoding="utf-8")
