"""Parsing spread over processes (``--jobs N``): references are independent, so order is all that must be kept."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence

from biblio.parse import parse_reference
from biblio.records.model import Item

# Below this many references, starting processes costs more than it saves.
MIN_PARALLEL = 256
CHUNK = 128


def parse_all(texts: Sequence[str], jobs: int = 1) -> Iterator[Item]:
    """``parse_reference`` of each text, in order, over ``jobs`` processes when that pays."""
    if jobs <= 1 or len(texts) < MIN_PARALLEL:
        yield from map(parse_reference, texts)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(jobs) as pool:
        yield from pool.imap(parse_reference, texts, chunksize=CHUNK)
