"""CSL dates <-> .bib dates: year/month/day (classic), EDTF ``date`` (biblatex), ISO ``urldate``."""

from __future__ import annotations

import re
from typing import Any

from biblio.formats.bibtex.mapping import MONTHS

DateParts = list[list[int]]
_ISO = re.compile(r"(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
UNDATED = frozenset({"", "n.d.", "nd", "n. d.", "no date", "s.d.", "s. d."})


def date_parts(date: Any) -> DateParts | None:
    """The ``date-parts`` of a CSL date as ints (``raw`` ISO strings too), or None."""
    if not isinstance(date, dict):
        return None
    parts = date.get("date-parts")
    if not parts and isinstance(date.get("raw"), str):
        parsed = parse_edtf(date["raw"])
        parts = parsed["date-parts"] if parsed and "date-parts" in parsed else None
    try:
        clean = [[int(p) for p in part[:3]] for part in parts or [] if part]
    except (TypeError, ValueError):
        return None
    return clean or None


def _iso(part: list[int]) -> str:
    fields = [f"{part[0]:04d}"] + [f"{n:02d}" for n in part[1:3]]
    if len(part) > 1 and not 1 <= part[1] <= 12:
        fields = fields[:1]  # seasons (21-24) have no ISO form
    return "-".join(fields)


def to_edtf(date: dict[str, Any]) -> str | None:
    """biblatex ``date``: ``2024-07-31``, ``2020/2021``, ``2020~`` (circa)."""
    parts = date_parts(date)
    if not parts:
        return None
    circa = "~" if date.get("circa") else ""
    return "/".join(_iso(p) + circa for p in parts[:2])


def to_iso(date: Any) -> str | None:
    parts = date_parts(date)
    return _iso(parts[0]) if parts else None


def to_classic(date: dict[str, Any]) -> dict[str, str]:
    """Classic fields: ``year`` text, ``month`` macro name, ``day``; a range keeps only the years."""
    parts = date_parts(date)
    if not parts:
        literal = date.get("literal") or date.get("raw")
        return {"year": str(literal)} if literal else {}
    start, end = parts[0], parts[1] if len(parts) > 1 else parts[0]
    if end[0] != start[0]:
        return {"year": f"{start[0]}--{end[0]}"}
    out = {"year": str(start[0])}
    if len(start) > 1 and 1 <= start[1] <= 12 and end[:2] == start[:2]:
        out["month"] = MONTHS[start[1] - 1]
        if len(start) > 2 and end[:3] == start[:3]:
            out["day"] = str(start[2])
    return out


def parse_edtf(text: str) -> dict[str, Any] | None:
    """``2024-07-31``, ``2020/2021``, ``2020~`` as a CSL date; None when it is not one."""
    text = text.strip()
    circa = "~" in text or "?" in text
    parts: DateParts = []
    for piece in text.replace("~", "").replace("?", "").split("/")[:2]:
        match = _ISO.fullmatch(piece.strip())
        if not match:
            return None
        parts.append([int(g) for g in match.groups() if g])
    date: dict[str, Any] = {"date-parts": parts}
    if circa:
        date["circa"] = True
    return date


def parse_month(text: str) -> int | None:
    text = text.strip().lower().rstrip(".")
    if text.isdigit() and 1 <= int(text) <= 12:
        return int(text)
    return next((i + 1 for i, m in enumerate(MONTHS) if text[:3] == m), None)


def from_classic(year: str, month: str | None, day: str | None) -> dict[str, Any] | None:
    year = year.strip()
    if year.lower() in UNDATED:
        return None
    span = re.fullmatch(r"(\d{1,4})\s*(?:--?|–|/)\s*(\d{1,4})", year)
    if span:
        return {"date-parts": [[int(span.group(1))], [int(span.group(2))]]}
    if not re.fullmatch(r"-?\d{1,4}", year):
        return {"literal": year}
    part = [int(year)]
    number = parse_month(month) if month else None
    if number:
        part.append(number)
        if day and day.strip().isdigit():
            part.append(int(day))
    return {"date-parts": [part]}
