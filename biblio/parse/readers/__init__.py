"""Structured readers: one per citation style biblio knows exactly; each may say "not my style".

Every reader offers ``read(text) -> Reading | None`` (base.py).  ``READERS``
lists them in the order the chooser consults them.
"""

from __future__ import annotations

from collections.abc import Callable

from biblio.parse.readers import apa, cjk
from biblio.parse.readers.base import Reading

READERS: tuple[tuple[str, Callable[[str], Reading | None]], ...] = ((apa.NAME, apa.read),)
# Readers of styles marked in a way no other style is (GB/T 7714's "[J]", Chinese 《》 titles):
# their reading is taken before the sequence model's, which was trained on Latin-script text and
# reads such a reference as one long author with confidence.
EXCLUSIVE: tuple[tuple[str, Callable[[str], Reading | None]], ...] = ((cjk.NAME, cjk.read),)

__all__ = ["EXCLUSIVE", "READERS", "Reading"]
