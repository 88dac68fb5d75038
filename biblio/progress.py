"""What the user sees on standard error besides errors: a progress bar on long runs and a summary line."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any

# Shorter runs finish before a bar would be worth drawing.
MIN_REFERENCES_FOR_BAR = 500


def summary_line(total: int, review: int, counts: dict[str, int]) -> str:
    """``11 references in 1 section: 11 parsed, 0 need review`` (``review``: how many are not fully parsed)."""
    sections, files = counts.get("sections", 0), counts.get("files", 0)
    where = []
    if sections:
        where.append(f"{sections} section{'s' if sections != 1 else ''}")
    if files:
        where.append(f"{files} file{'s' if files != 1 else ''}")
    noun = "reference" if total == 1 else "references"
    verb = "needs" if review == 1 else "need"
    place = f" in {' and '.join(where)}" if where else ""
    return f"{total} {noun}{place}: {total - review} parsed, {review} {verb} review"


class ProgressBar:
    """A rich progress bar on standard error, drawn only on a terminal, unless quiet, and only for long runs."""

    def __init__(self, quiet: bool = False) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self._bar: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < MIN_REFERENCES_FOR_BAR:
            return
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            self._bar = Progress("parsing", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                 console=Console(file=sys.stderr), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("parsing", total=total)
        if done % 100 == 0 or done == total - 1:
            self._bar.update(self._task, completed=done + 1, total=total)

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
