"""A flag: something about one reference that needs the user's look."""

from __future__ import annotations

from typing import Any

Flag = dict[str, Any]


def flag(code: str, message: str, field: str | None = None) -> Flag:
    """``{"flag": code, "message": message, "field": field}`` (``field`` only when one field is concerned)."""
    found: Flag = {"flag": code, "message": message}
    if field is not None:
        found["field"] = field
    return found
