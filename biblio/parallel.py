"""Parsing spread over processes (``--jobs N``): references are independent, so order is all that must be kept."""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator

from biblio.parse import parse_reference
from biblio.records.model import Item

# Below this many references, starting processes costs more than it saves.
MIN_PARALLEL = 256
CHUNK = 128
# Chunks in flight per process: enough to keep each busy, few enough that neither the texts still to
# parse nor the records parsed ahead pile up (a pool's imap would read all texts at once).
AHEAD = 4


def parse_all(texts: Iterable[str], jobs: int = 1, total: int | None = None) -> Iterator[Item]:
    """``parse_reference`` of each text, in order, over ``jobs`` processes when that pays.

    ``texts`` is read as the records are taken, a few chunks ahead at most; ``total`` (how many
    texts there are) stands in for ``len(texts)`` when ``texts`` is an iterator.
    """
    count = total if total is not None else len(texts) if isinstance(texts, (list, tuple)) else MIN_PARALLEL
    if jobs <= 1 or count < MIN_PARALLEL:
        yield from map(parse_reference, texts)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    source = iter(texts)
    with context.Pool(jobs) as pool:
        pending: deque[multiprocessing.pool.AsyncResult[list[Item]]] = deque()

        def submit() -> bool:
            chunk = list(itertools.islice(source, CHUNK))
            if chunk:
                pending.append(pool.apply_async(_parse_chunk, (chunk,)))
            return bool(chunk)

        while len(pending) < jobs * AHEAD and submit():
            pass
        while pending:
            done = pending.popleft().get()
            submit()
            yield from done


def _parse_chunk(texts: list[str]) -> list[Item]:
    return [parse_reference(text) for text in texts]
