"""What the parser itself says: references it could not fully parse, and its confidence.

The parser marks records in ``custom.biblio``: ``flags`` (``unparsed``,
``unparsed-remainder``, ``needs-review``, and informational ones such as
``uncertain-type``), and, where it computes them, ``confidence`` (0–1) and
``field_confidence`` ({variable: 0–1}).
"""

from __future__ import annotations

from typing import Any

from biblio.check.flag import Flag, flag
from biblio.records.model import NEEDS_REVIEW, REVIEW_FLAGS, UNPARSED, UNPARSED_REMAINDER
from biblio.records.model import read_biblio as biblio_custom

# Below this a field's confidence is worth a look even when the parser did not ask for one.
LOW_FIELD_CONFIDENCE = 0.5


def review_flags(item: dict[str, Any]) -> list[Flag]:
    data = biblio_custom(item)
    found: list[Flag] = []
    parser_flags = data.get("flags", [])
    if UNPARSED in parser_flags:
        found.append(flag(UNPARSED, "biblio found no structure in this reference; only its text is kept"))
    if UNPARSED_REMAINDER in parser_flags:
        found.append(flag(UNPARSED_REMAINDER, f"text that went into no field: '{data.get('remainder', '')}'"))
    if NEEDS_REVIEW in parser_flags:
        found.append(flag(NEEDS_REVIEW, "the parser is unsure of this reference"))
    for field, value in sorted(field_confidence(item).items()):
        if value < LOW_FIELD_CONFIDENCE and NEEDS_REVIEW not in parser_flags:
            found.append(flag("low-confidence", f"{field} parsed with confidence {value:.2f}", field))
    return found


def details(item: dict[str, Any]) -> list[str]:
    """Informational parser flags (e.g. ``uncertain-type``): shown, not flags."""
    return [f for f in biblio_custom(item).get("flags", []) if f not in REVIEW_FLAGS]


def confidence(item: dict[str, Any]) -> float | None:
    value = biblio_custom(item).get("confidence")
    return float(value) if isinstance(value, (int, float)) else None


def field_confidence(item: dict[str, Any]) -> dict[str, float]:
    values = biblio_custom(item).get("field_confidence")
    if not isinstance(values, dict):
        return {}
    return {str(k): float(v) for k, v in values.items() if isinstance(v, (int, float))}
