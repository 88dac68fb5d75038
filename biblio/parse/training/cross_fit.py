"""Cross-fitting: references the sequence model has not seen, ten times more of them than calibration.

The needs-review score is fitted on references read by a model that was not trained on them.  The
calibration split gives some 1,800 real ones; cross-fitting gives the TRAINING split's too: its lines
are cut into ``folds`` folds by a fixed rule (``fold_of``: a hash of the id, never a dev or calibration
line), a CRF is trained on the other folds with the shipped recipe (``training.train``, generated
references drawn from the other folds' records only), and each fold is read by its own fold's model
through the shipped parser (only the CRF file swapped) with the word and mark tables built from the other
folds (``tables_of``), so that no signal has seen the gold of the line it describes.

Fold models and the out-of-fold rows are cached under ``FOLD_DIR`` (a temporary folder, never the
repository); ``python -m biblio.parse.training.review --cross-fit 2`` builds what is missing.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from biblio.parse.review import lexicon, marks
from biblio.parse.training import review_lexicon, review_marks
from biblio.parse.training.data import is_held_out

FOLD_DIR = Path(tempfile.gettempdir()) / "biblio-cross-fit"
PARSER_DIR = Path(__file__).resolve().parents[1]
# files the out-of-fold rows do not depend on: the fitting code, the review's fitted output, the shipped CRF
_NOT_READ = ("training/", "review/weights.json", "review/fitted_trees.py", "review/lexicon.json", "review/marks.json")


def fold_of(record_id: str, folds: int) -> int | None:
    """The fold of a training-split line (a hash of its id, independent of the dev and calibration rule,
    which takes the hash modulo 10); None for dev and calibration lines, which are in no fold."""
    if is_held_out(record_id):
        return None
    return int(hashlib.sha1(record_id.encode()).hexdigest(), 16) // 10 % folds


def trained_on(folds: int, fold: int) -> Callable[[str], bool]:
    """Whether a line is trained on by ``fold``'s model: a training-split line of another fold."""

    def keep(record_id: str) -> bool:
        mine = fold_of(record_id, folds)
        return mine is not None and mine != fold

    return keep


def in_fold(folds: int, fold: int) -> Callable[[str], bool]:
    """Whether a line is one of ``fold``'s, read out of fold by its model."""
    return lambda record_id: fold_of(record_id, folds) == fold


def recipe_fingerprint() -> str:
    """Short SHA-1 of what a fold model is trained from (features, tokens, labels, the training and
    generating code): a cached fold model is used only while it matches."""
    digest = hashlib.sha1()
    paths = [*(PARSER_DIR / "features").glob("*.py"), PARSER_DIR / "tokens.py", PARSER_DIR / "spans.py"]
    # not the review's own fitting code (``review*``, ``cross_fit``, ``boosting``): no fold model depends on it
    paths += [
        p for p in (PARSER_DIR / "training").glob("*.py") if not p.name.startswith(("review", "cross_fit", "boosting"))
    ]
    for path in sorted(paths):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]


def model_path(folds: int, fold: int, synthetic: int, iterations: int) -> Path:
    return FOLD_DIR / f"k{folds}-fold{fold}-gen{synthetic}-it{iterations}-{recipe_fingerprint()}.crfsuite"


def fold_model(data_dir: Path, folds: int, fold: int, synthetic: int, iterations: int) -> Path:
    """``fold``'s CRF (trained now unless cached): the shipped recipe on the other folds' lines."""
    from biblio.parse.training.train import PARAMS, train

    path = model_path(folds, fold, synthetic, iterations)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_suffix(".part")
        train(data_dir, part, synthetic, dict(PARAMS, max_iterations=iterations), trained_on(folds, fold))
        part.replace(path)
    return path


@contextmanager
def tables_of(records: Iterable[dict[str, Any]]) -> Iterator[None]:
    """The review's word and mark tables built from ``records`` alone while inside, the shipped ones after."""
    kept = list(records)
    saved = lexicon.LEXICON_PATH, marks.MARKS_PATH
    with tempfile.TemporaryDirectory() as tmp:
        lexicon.LEXICON_PATH = Path(tmp) / "lexicon.json"
        marks.MARKS_PATH = Path(tmp) / "marks.json"
        review_lexicon.write(kept, lexicon.LEXICON_PATH)
        review_marks.write(kept, marks.MARKS_PATH)
        lexicon.table.cache_clear()
        marks.table.cache_clear()
        try:
            yield
        finally:
            lexicon.LEXICON_PATH, marks.MARKS_PATH = saved
            lexicon.table.cache_clear()
            marks.table.cache_clear()


def parser_fingerprint(models: Iterable[Path]) -> str:
    """SHA-1 of the parser's files the out-of-fold rows depend on and of the fold models' names and sizes:
    a cached file of rows is used only while it matches (a new mend reads the folds again)."""
    digest = hashlib.sha1()
    for path in sorted(PARSER_DIR.rglob("*")):
        rel = path.relative_to(PARSER_DIR).as_posix()
        if not path.is_file() or "__pycache__" in rel or rel.startswith(_NOT_READ) or rel.endswith(".crfsuite"):
            continue
        digest.update(rel.encode() + b"\0" + path.read_bytes())
    for model in models:
        digest.update(f"{model.name} {model.stat().st_size}".encode())
    return digest.hexdigest()


Row = tuple[dict[str, float], bool]


def write_rows(path: Path, fingerprint: str, ids: list[str], rows: list[Row]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"fingerprint": fingerprint}) + "\n")
        for rid, (ev, wrong) in zip(ids, rows, strict=True):
            fh.write(json.dumps({"id": rid, "wrong": wrong, "signals": ev}) + "\n")


def read_rows(path: Path, fingerprint: str) -> tuple[list[str], list[Row]] | None:
    """The cached rows, or None when there are none or they were read by another parser."""
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as fh:
        if json.loads(fh.readline()).get("fingerprint") != fingerprint:
            return None
        lines = [json.loads(line) for line in fh if line.strip()]
    return [d["id"] for d in lines], [(d["signals"], bool(d["wrong"])) for d in lines]
