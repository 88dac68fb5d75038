"""Reference strings -> CSL-JSON records.

``parse_reference(text)`` is the public entry point: APA (and author-date
look-alikes) first, then a fallback that keeps only what is safe.  It never
raises: a bug in a parsing unit degrades to the ``unparsed`` record.
"""

from __future__ import annotations

from biblio.parse.readers.apa import parse_apa
from biblio.parse.readers.fallback import parse_fallback, unparsed
from biblio.records.model import Item

__all__ = ["Item", "parse_reference"]

# Longer than any real reference (a 21-author APA entry runs to ~1,500 characters):
# such text is a run of several references or prose, and only the fallback's
# linear-time extraction runs on it.
MAX_REFERENCE_CHARS = 4000


def parse_reference(text: str) -> Item:
    """Parse one reference string into a CSL-JSON item without ``id``."""
    if not isinstance(text, str):
        text = str(text)
    if not text.strip():
        return unparsed(text)
    try:
        item = parse_apa(text) if len(text) <= MAX_REFERENCE_CHARS else None
        if item is None:
            item = parse_fallback(text)
    except Exception:  # noqa: BLE001 - a parser bug must not lose the reference
        return unparsed(text)
    item.setdefault("custom", {}).setdefault("biblio", {})["source"] = text
    return item
