"""How readers report a broken entry: ``file:line: reason``, then carry on with the next one.

A reader calls ``report(message)`` for each entry it cannot read and keeps
every valid entry. The default reporter raises (the strict behaviour);
``biblio export`` warns on standard error instead unless ``--strict``.
"""

from __future__ import annotations

from collections.abc import Callable

from biblio.errors import MalformedInput

Report = Callable[[str], None]
# A message starting with this is a notice (e.g. a repeated key, renamed): reported, never fatal.
NOTICE = "notice: "


def raise_first(message: str) -> None:
    if not message.startswith(NOTICE):
        raise MalformedInput(message)


class Collector:
    """A reporter that keeps the messages (for warnings, or to count the broken entries)."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, message: str) -> None:
        self.messages.append(message)

    @property
    def errors(self) -> list[str]:
        return [m for m in self.messages if not m.startswith(NOTICE)]
