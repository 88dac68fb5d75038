"""Structured readers: one per citation style biblio knows exactly; each may say "not my style".

Every reader offers ``read(text) -> Reading | None`` (base.py).  ``READERS``
lists them in the order the chooser consults them.
"""

from __future__ import annotations

from collections.abc import Callable

from biblio.parse.readers import apa
from biblio.parse.readers.base import Reading

READERS: tuple[tuple[str, Callable[[str], Reading | None]], ...] = ((apa.NAME, apa.read),)

__all__ = ["READERS", "Reading"]
