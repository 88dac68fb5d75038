"""Shared test helpers: the project's own test data and, when present, ../shared."""

from __future__ import annotations

import contextlib
import copy
import gc
import io
import json
import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

import pytest

from biblio.formats.variables import KNOWN_KEYS

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
        _prepare_for_workers(config.getoption("numprocesses", 0) or 1)
        return
    from hypothesis import settings

    settings.register_profile("ci", derandomize=True)
    if os.environ.get("CI"):
        settings.load_profile("ci")


def _prepare_for_workers(processes: int) -> None:
    """Do once, before pytest-xdist starts its workers, what each worker did again on a fresh clone.

    Each worker compiled the same 1,200 modules of biblio and of the tests as it imported them (some 1.7 to 3.6 CPU s
    a worker), and hypothesis, at each worker's first property test, parsed every module of biblio for the constants
    it mixes into the examples it draws (some 3 to 4 CPU s a worker; benchmarks/README.md "Test suite time"). The
    controller now writes the bytecode and hypothesis's cache of each module's constants (hypothesis's own function,
    its own cache: the workers read the same constants), shared out to as many processes as there will be workers.
    A module already done is only looked at; no bytecode is written when Python is told not to write any."""
    files = sorted(str(path) for folder in ("biblio", "tests") for path in (ROOT / folder).rglob("*.py")
                   if not path.is_relative_to(DATA))  # tests/data's .py files are documents, never imported
    _in_processes(files, processes, _prepare_modules)


def _in_processes(files: list[str], processes: int, work: Callable[[list[str]], None]) -> None:
    """``work`` over ``files`` shared out to ``processes`` processes (this one and forks of it), all waited for."""
    if processes < 2 or not hasattr(os, "fork"):
        work(files)
        return
    children = []
    for share in range(1, processes):
        pid = os.fork()
        if pid == 0:  # the child does its share and leaves at once: no pytest or atexit code runs in it
            try:
                work(files[share::processes])
            finally:
                os._exit(0)
        children.append(pid)
    work(files[::processes])
    for pid in children:
        os.waitpid(pid, 0)


def _prepare_modules(files: list[str]) -> None:
    """Each file's bytecode and, for biblio's modules (hypothesis skips the tests'), its constants in its cache.

    Hypothesis is imported only when a module's constants are not cached yet (where hypothesis keeps them, by the
    digest of the source): a run after the first pays neither."""
    import compileall
    import hashlib

    cache = Path(os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY", ".hypothesis")) / "constants"
    package = str(ROOT / "biblio")
    to_mine = []
    for file in files:
        if not sys.dont_write_bytecode:
            compileall.compile_file(file, quiet=2)
        if file.startswith(package) and not (cache / hashlib.sha1(Path(file).read_bytes()).hexdigest()[:16]).exists():
            to_mine.append(file)
    if not to_mine:
        return
    import types

    try:  # an internal of recent hypothesis: where it is missing, each worker scans as before
        from hypothesis.internal.constants_ast import constants_from_module
    except ImportError:
        return

    for file in to_mine:
        module = types.ModuleType(Path(file).stem)
        module.__file__ = file
        constants_from_module(module)  # writes the cache the workers read


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection loaded stays to the end: the collector need not scan it again (nor pytest's five
    collections at the end of the session, which look for objects a test left unreachable)."""
    gc.freeze()


# CPU seconds of the modules whose cost their count of tests hides (the TeX and Zotero tools, real processes, the
# documents corpus, whole-table checks), measured on the whole suite under pytest-xdist (benchmarks/README.md,
# "Test suite time"); the others are reckoned at 3 ms a case. Rounded: only the order matters.
HEAVY_MODULES = {
    "tests/formats/test_latex_toolchain.py": 10, "tests/documents/test_documents_corpus.py": 13,
    "tests/documents/test_documents_corpus_second_half.py": 13, "tests/parse/test_mend_needs.py": 6,
    "tests/formats/test_zotero_import.py": 4, "tests/csl/test_csl_conformance.py": 3.3,
    "tests/integration/test_styled.py": 2.2, "tests/references/test_splitter.py": 2.2, "tests/parse/test_fuzz.py": 2.1,
    "tests/integration/test_end_to_end.py": 1.9, "tests/parse/test_typed_forms_expected.py": 1.9,
    "tests/parse/test_pattern_rewrites.py": 1.8, "tests/parse/test_speed47_forms.py": 1.7,
    "tests/papers/test_restyle.py": 1.5, "tests/formats/test_bibtex.py": 1.3, "tests/test_module_names.py": 1.3,
    "tests/integration/test_usability.py": 1.3, "tests/integration/test_signals.py": 1.3,
    "tests/parse/test_review_cross_fit.py": 1.2, "tests/integration/test_streaming.py": 1.2,
    "tests/integration/test_cli.py": 1.1, "tests/documents/test_office.py": 1.1, "tests/formats/test_round_trip.py": 1,
}


# The tables of cases, and the runs of plain tests. A test parametrised over a table of cases runs as one test over all
# of them, its failure naming every failing case and why (and, for a case with a reference text, the fields it was
# read with otherwise): the typed-case modules' tables (`test_*_forms.py`, the modules holding a `CASES` table) and
# every other module's (the gold sets' checks, the finder's and the review's tables, the normalisers' cases, the
# documents corpus...). A module's (or class's) run of plain tests one after another (no parameters, no fixtures, no
# marks) runs as one test the same way, each test in its order, every failing test named.
#
# Each case's test is what pytest would have run, called with the case's values; only the per-test bookkeeping goes
# (2.3 CPU ms a test under pytest-xdist, workers and controller together, on empty tests; the 5,000 typed cases parse
# in a few ms each). A case with marks of its own (`xfail`, `skip`) keeps its own test beside its table's group; a test
# that asks for fixtures, or a run that selects single cases, keeps pytest's own tests. A case that skips itself
# (`pytest.skip`: a tool or ../shared absent) is named in the group's skip, which the summary shows.


def _alone(item: pytest.Item) -> bool:
    """Whether the item is kept as pytest made it (it cannot run as a plain call of its function): a unittest case,
    a test asking for fixtures (xunit-style setups are fixtures too), a test with marks but its table's."""
    if type(item) is not pytest.Function:
        return True
    params = item.callspec.params if hasattr(item, "callspec") else {}
    return set(item.fixturenames) != set(params) or any(m.name != "parametrize" for m in item.iter_markers())


def _params(item: pytest.Function) -> dict[str, Any]:
    return item.callspec.params if hasattr(item, "callspec") else {}


class CasesFailed(Exception):
    """The failing cases of a table, each with why."""


class TypedCases(pytest.Item):
    """One test over the cases of a parametrised test, or over a run of plain tests: every case is run, the failures
    are collected."""

    def __init__(self, *, cases: list[pytest.Function], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cases = cases

    def runtest(self) -> None:
        failures: list[str] = []
        skipped: list[str] = []
        for case in self.cases:
            function: Callable[..., object] = case.obj
            try:
                function(**_params(case))
            except pytest.skip.Exception as exc:
                skipped.append(f"{case.name}: {exc.msg}")
            except (Exception, pytest.fail.Exception) as exc:  # noqa: BLE001 - every failing case is named
                failures.append(_failure(case, exc))
        if failures:
            raise CasesFailed(f"{len(failures)} of {len(self.cases)} cases failed:\n\n" + "\n\n".join(failures)
                              + "".join(f"\n\nskipped {line}" for line in skipped))
        if skipped:
            others = " (the others passed)" if len(skipped) < len(self.cases) else ""
            pytest.skip(f"{len(skipped)} of {len(self.cases)} cases skipped{others}: " + "; ".join(skipped))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, CasesFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, self.name


def _failure(case: pytest.Function, exc: BaseException) -> str:
    """The case's id and values, where its test failed and why, and each field the text is read with otherwise."""
    frames = traceback.extract_tb(exc.__traceback__)
    # the test's own line, and the helper's line where it failed inside one
    shown = [f for f in frames if f.name == case.originalname][-1:] + frames[-1:]
    places = dict.fromkeys(f"  {Path(f.filename).name}:{f.lineno}: {f.line}" for f in shown)
    lines = [f"{case.name}", *places]
    lines.append(f"  {type(exc).__name__}: {exc}")
    params = _params(case)
    text = params.get("text")
    if not isinstance(text, str):
        if params:  # (a plain test has none: its name, line and exception say it all)
            lines.insert(1, "  " + ", ".join(f"{name}={value!r}" for name, value in params.items())[:300])
    else:
        from biblio.parse import parse_reference

        lines.insert(1, f"  text: {text!r}")
        record = parse_reference(text)
        wanted: dict[str, object] = {}
        for name, value in params.items():
            if isinstance(value, dict):
                wanted.update(value)
            elif name.replace("_", "-") in KNOWN_KEYS:
                wanted[name.replace("_", "-")] = value
        lines += [f"  {field}: read {record.get(field)!r}, expected {value!r}"
                  for field, value in wanted.items() if field in KNOWN_KEYS and record.get(field) != value]
    return "\n".join(lines)


def _group_case_tables(items: list[pytest.Item]) -> None:
    """Each parametrised test's plain cases as one ``TypedCases`` test (its cases with marks of their own beside it),
    then each run of plain tests of one module or class as one."""
    tables: list[pytest.Item] = []
    for (_parent, name), run in groupby(items, key=lambda i: (i.parent, getattr(i, "originalname", i.name))):
        cases = list(run)
        plain = [c for c in cases if isinstance(c, pytest.Function) and hasattr(c, "callspec") and not _alone(c)]
        if len(plain) < 2:
            tables += cases
            continue
        group = TypedCases.from_parent(cases[0].parent, name=f"{name}[{len(plain)} cases]", cases=plain)
        at = cases.index(plain[0])
        tables += [*cases[:at], group, *(c for c in cases[at:] if c not in plain)]
    grouped: list[pytest.Item] = []
    for (parent, plain), run in groupby(tables, key=lambda i: (i.parent, not hasattr(i, "callspec") and not _alone(i))):
        tests = list(run)
        if not plain or len(tests) < 2:
            grouped += tests
            continue
        functions = [t for t in tests if isinstance(t, pytest.Function)]
        name = f"{functions[0].name} to {functions[-1].name} [{len(functions)} tests]"
        grouped.append(TypedCases.from_parent(parent, name=name, cases=functions))
    items[:] = grouped


@pytest.hookimpl(trylast=True)  # after -k, -m and --deselect have chosen the cases
def pytest_collection_modifyitems(session: pytest.Session, items: list[pytest.Item]) -> None:
    """The tables of cases grouped (above), then the modules in the order of their cost, the heaviest first, so
    that two workers end together.

    pytest-xdist (``--dist loadfile --no-loadscope-reorder``, pyproject.toml) hands each worker whole modules in the
    order met here; by its own order (the most tests first) a heavy module with few tests went late and one worker
    ran it alone at the end. A module keeps its tests' order; a grouped table counts its cases."""
    _group_case_tables(items)
    cost: dict[Path, float] = {}
    for item in items:
        cost[item.path] = cost.get(item.path, 0.0) + 0.003 * len(getattr(item, "cases", ()) or (item,))
    for path in cost:
        if path.is_relative_to(ROOT):
            cost[path] = HEAVY_MODULES.get(path.relative_to(ROOT).as_posix(), cost[path])
    items.sort(key=lambda item: -cost[item.path])


# Reference texts read once a session. The documents corpus, the sample and the documents the command-line and the
# formats' tests read share many reference texts (the sample's in some twenty modules, a document's list in its other
# formats): a module that declares ``PARSE_EACH_TEXT_ONCE = True`` has each text it parses read by the parser once
# in the process and handed a copy of that reading after (some 1,800 texts a run met again in the same worker, 9
# CPU s). Only modules that patch nothing the parser reads declare it: a reading depends on its text alone there.
_READ_ONCE: dict[str, Any] = {}


def _reading_once(read: Callable[[str], Any]) -> Callable[[str], Any]:
    """``read`` (what ``parse_reference`` calls for a text's reading) of each text once, a copy of it each time."""

    def read_once(text: str) -> Any:
        found = _READ_ONCE.get(text)
        if found is None:
            found = _READ_ONCE[text] = read(text)
        return copy.deepcopy(found)

    return read_once


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Any:
    """A test of a module that declares ``PARSE_EACH_TEXT_ONCE`` runs with the session's readings (above)."""
    module = item.getparent(pytest.Module)
    if module is None or getattr(module.obj, "PARSE_EACH_TEXT_ONCE", False) is not True:
        yield
        return
    import biblio.parse

    saved = biblio.parse.read_reference
    biblio.parse.read_reference = _reading_once(saved)
    try:
        yield
    finally:
        biblio.parse.read_reference = saved


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
