"""The typed-case modules (``test_*_forms.py`` and those holding a ``CASES`` table): a test parametrised over a
module's table of cases runs as one test over all of them, its failure naming every failing case and the fields it
was read with otherwise.

Each case's test is what pytest would have run, called with the case's values; only the per-test bookkeeping
goes (2.3 CPU ms a test under pytest-xdist, workers and controller together, on empty tests; the
5,000 typed cases parse in a few ms each). A case with marks of its own (``xfail``, ``skip``), a test
that asks for fixtures, or a run that selects single cases keeps pytest's own tests.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from itertools import groupby
from pathlib import Path
from typing import Any

import pytest

from biblio.formats.variables import KNOWN_KEYS


def _typed_cases_module(item: pytest.Item) -> bool:
    """A module of typed cases: named ``test_*_forms.py``, or holding a ``CASES`` table."""
    name = item.path.name
    return (name.startswith("test_") and name.endswith("_forms.py")) or hasattr(getattr(item, "module", None), "CASES")


def _alone(item: pytest.Item) -> bool:
    """Whether the item is kept as pytest made it (it cannot run as a plain call of its function)."""
    if not isinstance(item, pytest.Function) or not hasattr(item, "callspec"):
        return True
    params = item.callspec.params
    return set(item.fixturenames) != set(params) or any(m.name != "parametrize" for m in item.iter_markers())


class CasesFailed(Exception):
    """The failing cases of a table, each with why."""


class TypedCases(pytest.Item):
    """One test over the cases of a parametrised test: every case is run, the failures are collected."""

    def __init__(self, *, cases: list[pytest.Function], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cases = cases

    def runtest(self) -> None:
        failures: list[str] = []
        for case in self.cases:
            function: Callable[..., object] = case.obj
            try:
                function(**case.callspec.params)
            except Exception as exc:  # noqa: BLE001 - every failing case is named, not only the first
                failures.append(_failure(case, exc))
        if failures:
            raise CasesFailed(f"{len(failures)} of {len(self.cases)} cases failed:\n\n" + "\n\n".join(failures))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, CasesFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, self.name


def _failure(case: pytest.Function, exc: Exception) -> str:
    """The case's id and values, where its test failed and why, and each field the text is read with otherwise."""
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    lines = [f"{case.name}", f"  {Path(frame.filename).name}:{frame.lineno}: {frame.line}",
             f"  {type(exc).__name__}: {exc}"]
    params = case.callspec.params
    text = params.get("text")
    if isinstance(text, str):
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


@pytest.hookimpl(trylast=True)  # after -k, -m and --deselect have chosen the cases
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    grouped: list[pytest.Item] = []
    for (parent, name), run in groupby(items, key=lambda i: (i.parent, getattr(i, "originalname", i.name))):
        cases = list(run)
        if len(cases) < 2 or not _typed_cases_module(cases[0]) or any(_alone(c) for c in cases):
            grouped += cases
            continue
        functions = [c for c in cases if isinstance(c, pytest.Function)]
        grouped.append(TypedCases.from_parent(parent, name=f"{name}[{len(functions)} cases]", cases=functions))
    items[:] = grouped
