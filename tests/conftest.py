"""Shared test helpers: the project's own test data and, when present, ../shared."""

from __future__ import annotations

import contextlib
import gc
import io
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "seeds" / "000_4828e8955879783b.txt"


def pytest_configure(config: pytest.Config) -> None:
    """CI runs the property tests on the same examples every time (a failure there is reproducible);
    a developer's run draws new ones.

    Loaded before any test module is imported (a module's ``@settings`` inherit the profile), in each
    process that runs tests: not in pytest-xdist's controller, which runs none and would only wait the
    second hypothesis takes to import before it starts the workers."""
    # The suite keeps some million objects alive (modules, the model, compiled patterns): with the default
    # threshold (700) the collector ran some 2,300 times and scanned them all again and again, 7-10 % of the
    # tests' CPU; collecting less often frees the same garbage, later (benchmarks/README.md, round ttime16).
    gc.set_threshold(20_000, 20, 20)
    if not hasattr(config, "workerinput") and config.getoption("dist", "no") != "no":
        return
    from hypothesis import settings

    settings.register_profile("ci", derandomize=True)
    if os.environ.get("CI"):
        settings.load_profile("ci")


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection loaded stays to the end: the collector need not scan it again (nor pytest's five
    collections at the end of the session, which look for objects a test left unreachable)."""
    gc.freeze()


# CPU seconds of the modules whose cost their count of tests hides (the TeX and Zotero tools, real processes, the
# documents corpus, whole-table checks), measured on the whole suite under pytest-xdist (benchmarks/README.md,
# "Test suite time"); the others are reckoned at 3 ms a case. Rounded: only the order matters.
HEAVY_MODULES = {
    "tests/formats/test_latex_toolchain.py": 14, "tests/documents/test_documents_corpus.py": 13,
    "tests/documents/test_documents_corpus_second_half.py": 13, "tests/parse/test_mend_needs.py": 7,
    "tests/formats/test_zotero_import.py": 4, "tests/csl/test_csl_conformance.py": 3.3,
    "tests/integration/test_styled.py": 2.2, "tests/references/test_splitter.py": 2.2, "tests/parse/test_fuzz.py": 2.1,
    "tests/integration/test_end_to_end.py": 1.9, "tests/parse/test_typed_forms_expected.py": 1.9,
    "tests/parse/test_pattern_rewrites.py": 1.8, "tests/parse/test_speed47_forms.py": 1.7,
    "tests/papers/test_restyle.py": 1.5, "tests/formats/test_bibtex.py": 1.3, "tests/test_module_names.py": 1.3,
    "tests/integration/test_usability.py": 1.3, "tests/integration/test_signals.py": 1.3,
    "tests/parse/test_review_cross_fit.py": 1.2, "tests/integration/test_streaming.py": 1.2,
    "tests/integration/test_cli.py": 1.1, "tests/documents/test_office.py": 1.1, "tests/formats/test_round_trip.py": 1,
}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session: pytest.Session, items: list[pytest.Item]) -> None:
    """The modules in the order of their cost, the heaviest first, so that two workers end together.

    pytest-xdist (``--dist loadfile --no-loadscope-reorder``, pyproject.toml) hands each worker whole modules in the
    order met here; by its own order (the most tests first) a heavy module with few tests went late and one worker
    ran it alone at the end. A module keeps its tests' order; a grouped table counts its cases
    (tests/parse/conftest.py)."""
    cost: dict[Path, float] = {}
    for item in items:
        cost[item.path] = cost.get(item.path, 0.0) + 0.003 * len(getattr(item, "cases", ()) or (item,))
    for path in cost:
        if path.is_relative_to(ROOT):
            cost[path] = HEAVY_MODULES.get(path.relative_to(ROOT).as_posix(), cost[path])
    items.sort(key=lambda item: -cost[item.path])


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


@dataclass(frozen=True)
class CliRun:
    """What one in-process run of the command line gave: exit code, standard output and error."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str, stdin: bytes = b"", framework: bool = False) -> CliRun:
    """``biblio ARGS`` run in this process (no interpreter start-up), standard input given as bytes.

    As the program runs it: ``parse --lines`` by ``biblio.entry``, the rest by ``biblio.cli``
    (``framework``: everything by ``biblio.cli``)."""
    from biblio.cli import main
    from biblio.entry import parse_lines_command

    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = None if framework else parse_lines_command(list(args))
            if code is None:
                code = main(list(args))
    finally:
        sys.stdin = saved
    return CliRun(code, out.getvalue(), err.getvalue())


@pytest.fixture
def small_parallel_batches(monkeypatch: pytest.MonkeyPatch) -> int:
    """``--jobs`` parses in processes from 16 references on, 4 to a batch: a list of some forty references goes
    over the processes in ten batches, more than are sent ahead at once, as a list of thousands does (the
    threshold and the batch are sizes, not the code that keeps the order). Gives the threshold."""
    import biblio.parallel

    monkeypatch.setattr(biblio.parallel, "MIN_PARALLEL", 16)
    monkeypatch.setattr(biblio.parallel, "CHUNK", 4)
    return biblio.parallel.MIN_PARALLEL
