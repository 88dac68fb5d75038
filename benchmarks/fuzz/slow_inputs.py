"""Adversarial timing of the parsing path: the slowest inputs per regular expression and per unit.

    PYTHONPATH=$PWD python benchmarks/fuzz/slow_inputs.py [--regexes] [--units] [--budget 2.0]

Inputs are runs of the tokens the parser's patterns expect (initials, ``Family, ``, commas,
dots, quotes, brackets, ``*``, dashes, digits, spaces, long words, names with particles),
repeated up to ~2,000 characters (``MAX_REFERENCE_CHARS`` is 4,000), each behind a few
openings and before a character no pattern expects.  ``--regexes`` searches every pattern
the parsing modules compile (module level or in a call) over each input; ``--units`` runs
the public units (input tidying, tokens and features, the model, each mend, each reader, the
whole ``read_reference``, the splitter) on each input.  Every call runs in a worker process
killed after ``--budget`` seconds, so a pattern that backtracks for minutes costs seconds.
Prints the slowest inputs and, for ``--units``, the worst time per reference over the corpus.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import multiprocessing as mp
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

BLOCKS = (
    "A. B. ",
    "A.B. ",
    "A. ",
    "A.-B. ",
    "Smith, ",
    "Smith, J., ",
    "Smith, J. A., ",
    "J. Smith, ",
    "John Smith, ",
    "Smith J, ",
    "Smith JA, ",
    "Smith ",
    "van der Berg, ",
    "J. van der Berg, ",
    "de la ",
    "O'Neil-Ruiz ",
    "Smith and ",
    "& ",
    "et al. ",
    ",",
    ", ",
    ".",
    ". ",
    ". . ",
    "'",
    '"',
    "\u201c",
    "\u201d",
    "\u2018",
    "(",
    ")",
    "[",
    "]",
    "()",
    "[a] ",
    "(a ",
    "*",
    "**",
    "*a ",
    "_",
    "-",
    "--",
    "\u2013",
    "- ",
    "1",
    "12 ",
    "1-",
    "1.",
    "1, ",
    "(1) ",
    "1:",
    " ",
    "  ",
    "Aaaaaaaaaa",
    "aaaaaaaa ",
    "Aaaa ",
    "AB ",
    "ABC, ",
    "A ",
    "a ",
    "a. ",
    "In ",
    "Ed. ",
    "(Eds.) ",
    "pp. 1\u20132, ",
    "2020, ",
    "(2020) ",
    "vol. 1, ",
    "no. ",
    "/",
    ":",
    ": ",
    "; ",
    "?",
    "http://a.b/",
    "doi:10.1/",
    "\u00dc",
    "Ab-Cd ",
    "\u7b2c",
    "Title: ",
    "Title. ",
    "Journal, ",
    "Press, ",
    "New York: ",
)
OPENINGS = ("", "Smith, J. (2020). ", "Title. In ")
CLOSING = "\u00a7"
LENGTH = 2000


def inputs(length: int = LENGTH) -> Iterator[str]:
    """Each block repeated to about ``length`` characters, behind each opening, with and without a closing."""
    for block in BLOCKS:
        run = block * max(1, length // len(block))
        for opening in OPENINGS:
            yield opening + run + CLOSING
            yield opening + run


# ---- the patterns the parsing path compiles


def parsing_patterns() -> list[tuple[str, int]]:
    """Every pattern compiled by importing the parsing modules and parsing a few references."""
    found: dict[tuple[str, int], None] = {}
    original = re._compile  # type: ignore[attr-defined]

    def record(pattern: Any, flags: Any) -> Any:
        compiled = original(pattern, flags)
        if isinstance(pattern, str):
            found[(pattern, int(compiled.flags))] = None
        return compiled

    re._compile = record  # type: ignore[attr-defined]
    try:
        for package in ("biblio.parse", "biblio.references"):
            module = importlib.import_module(package)
            for info in pkgutil.walk_packages(module.__path__, package + "."):
                if ".training" not in info.name:
                    importlib.import_module(info.name)
        from biblio.parse import parse_reference
        from biblio.references.splitter import split_references

        samples = [
            "Smith, J. A., & van der Berg, K. (2020). A title: The subtitle. *Journal*, 12(3), 45\u201367. https://doi.org/10.1/x",
            "J. Smith and K. Lee, \u201cTitle,\u201d in Proc. IEEE, vol. 3, no. 2, pp. 1\u20139, 2019. [Online].",
            "Rajchman, John. Michel Foucault: The Freedom of Philosophy. New York: Columbia UP, 1985.",
            "Smith J, Lee K. Title. Lancet. 2002 Jul 25;347(4):1-9.",
        ]
        for sample in samples:
            parse_reference(sample)
        split_references("\n".join(samples))
    finally:
        re._compile = original  # type: ignore[attr-defined]
    return list(found)


# ---- the public units


def _units() -> dict[str, Callable[[str], object]]:
    from biblio.parse import read_reference
    from biblio.parse.citation_label import split_label
    from biblio.parse.features import sequence_features
    from biblio.parse.input_text import tidy_input
    from biblio.parse.mends import MENDS
    from biblio.parse.model.labeller import default_labeller
    from biblio.parse.readers import EXCLUSIVE, READERS
    from biblio.parse.tokens import tokenize
    from biblio.references.splitter import split_references

    labeller = default_labeller()
    units: dict[str, Callable[[str], object]] = {
        "tidy_input": tidy_input,
        "split_label": split_label,
        "tokens+features": lambda text: sequence_features(tokenize(text)),
        "model": labeller.read,
        "read_reference": read_reference,
        "split_references": split_references,
        "split_references(lines)": lambda text: split_references(text.replace(" ", "\n")),
    }
    for name, read in (*EXCLUSIVE, *READERS):
        units[f"reader {name}"] = read
    for mend in MENDS:
        units[f"mend {mend.__module__.rsplit('.', 1)[-1]}.{mend.__name__}"] = _mend_unit(labeller, mend)
    return units


class _Mend:
    """A mend on the model's spans of the text, read before the clock starts (the model's time is not the mend's)."""

    def __init__(self, labeller: Any, mend: Callable[..., Any]) -> None:
        self.labeller, self.mend, self.spans = labeller, mend, []

    def prepare(self, text: str) -> None:
        self.spans = self.labeller.read(text).spans

    def __call__(self, text: str) -> object:
        return self.mend(self.spans, text)


def _mend_unit(labeller: Any, mend: Callable[..., Any]) -> Callable[[str], object]:
    return _Mend(labeller, mend)


# ---- the worker


def _serve(conn: Connection, kind: str) -> None:
    units = _units() if kind == "units" else {}
    compiled: dict[tuple[str, int], re.Pattern[str]] = {}
    while True:
        job = conn.recv()
        if job is None:
            return
        key, text = job
        if kind == "units":
            call = units[key]
            if isinstance(call, _Mend):
                call.prepare(text)
            started = time.perf_counter()
            with contextlib.suppress(Exception):  # a crash is the fuzz tests' business; time is ours
                call(text)
        else:
            pattern = compiled.setdefault(key, re.compile(*key))
            started = time.perf_counter()
            pattern.search(text)
        conn.send(time.perf_counter() - started)


class Worker:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._start()

    def _start(self) -> None:
        self.conn, child = mp.Pipe()
        self.process = mp.Process(target=_serve, args=(child, self.kind), daemon=True)
        self.process.start()

    def time(self, key: object, text: str, budget: float) -> float:
        """Seconds the call took, or ``inf`` when it ran past ``budget`` (the worker is then replaced)."""
        self.conn.send((key, text))
        if self.conn.poll(budget + (30 if self.kind == "units" and not self._warm else 0)):
            self._warm = True
            return float(self.conn.recv())
        self.process.kill()
        self.process.join()
        self._start()
        self._warm = False
        return float("inf")

    _warm = False

    def close(self) -> None:
        self.conn.send(None)
        self.process.join()


def _show(results: list[tuple[float, str, str]], top: int) -> None:
    results.sort(key=lambda r: -r[0])
    for seconds, key, text in results[:top]:
        shown = "over budget" if seconds == float("inf") else f"{seconds * 1000:9.1f} ms"
        print(f"{shown}  {key[:90]!s}\n            input ({len(text)} chars): {text[:70]!r}")


def scan_regexes(budget: float, top: int) -> None:
    patterns = parsing_patterns()
    print(f"{len(patterns)} patterns")
    worker = Worker("regexes")
    slowest: list[tuple[float, str, str]] = []
    for key in patterns:
        worst = (0.0, "")
        for text in inputs(600):  # a quick pass; a slow pattern is then timed at full length
            seconds = worker.time(key, text, budget)
            if seconds > worst[0]:
                worst = (seconds, text)
        if worst[0] > 0.002:
            text = worst[1]
            long = text[: len(text) - 600] + text[-600:] * (LENGTH // 600) if worst[0] != float("inf") else text
            worst = (worker.time(key, long, budget), long)
        slowest.append((worst[0], repr(key[0]), worst[1]))
    worker.close()
    _show(slowest, top)


def scan_units(budget: float, top: int, only: str = "") -> float:
    names = [name for name in _units() if only in name]
    worker = Worker("units")
    slowest: list[tuple[float, str, str]] = []
    whole = 0.0
    for name in names:
        for text in inputs():
            seconds = worker.time(name, text, budget)
            slowest.append((seconds, name, text))
            if name == "read_reference":
                whole = max(whole, seconds)
    worker.close()
    _show(slowest, top)
    if "read_reference" in names:
        print(
            f"worst read_reference time over {sum(1 for _ in inputs())} adversarial references: {whole * 1000:.0f} ms"
        )
    return whole


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--regexes", action="store_true")
    parser.add_argument("--units", action="store_true")
    parser.add_argument("--budget", type=float, default=2.0, help="seconds allowed per call")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--only", default="", help="the units whose name holds this")
    args = parser.parse_args()
    if args.regexes or not args.units:
        scan_regexes(args.budget, args.top)
    if args.units or not args.regexes:
        scan_units(args.budget, args.top, args.only)


if __name__ == "__main__":
    main()
