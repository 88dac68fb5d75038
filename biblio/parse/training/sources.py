"""Records to render, read in place from the development data beside the project.

* ``../shared/training/*.jsonl``: the ``fields`` of the labelled references, TRAINING part
  only.  A line belongs to the dev split when ``sha1(id) % 10 == 0``; those lines are never read
  into generated data.
* ``../shared/render-dev/items.json``: the project's rendering corpus (166 items).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from biblio.parse.training.data import is_dev, is_held_out  # noqa: F401  (is_dev: the one dev rule)

_FOREIGN_MARKUP = re.compile(r"</?(?!(?:i|b|sup|sub|sc)>)[a-z]+[ >]")
TRAINING_FILES = ("anystyle-core", "anystyle-good", "anystyle-ugly", "anystyle-bad", "grobid-citation-train-minus-eval")


def shared_dir() -> Path:
    """``$BIBLIO_SHARED``, else the ``shared`` folder beside the project."""
    env = os.environ.get("BIBLIO_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared"


def training_records(shared: Path | None = None, keep: Callable[[str], bool] | None = None) -> list[dict[str, Any]]:
    """The CSL ``fields`` of every training-part line (dev lines skipped), each with its line id;
    ``keep``: only lines whose id it accepts (a cross-fitting fold's model draws on the other folds only)."""
    folder = (shared or shared_dir()) / "training"
    out: list[dict[str, Any]] = []
    for name in TRAINING_FILES:
        path = folder / f"{name}.jsonl"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if is_held_out(row["id"]) or (keep is not None and not keep(row["id"])):
                    continue
                fields = dict(row.get("fields") or {})
                if _FOREIGN_MARKUP.search(json.dumps(fields, ensure_ascii=False)):
                    continue  # tags CSL rich text does not know would print as text
                if fields.get("title") or fields.get("author") or fields.get("container-title"):
                    fields["id"] = row["id"]
                    out.append(fields)
    return out


def render_dev_records(shared: Path | None = None) -> list[dict[str, Any]]:
    path = (shared or shared_dir()) / "render-dev" / "items.json"
    if not path.is_file():
        return []
    items: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return items
