"""The word itself: its lower-case form and its affixes."""

from __future__ import annotations

NAME = "word"


def features(norm: str) -> list[str]:
    low = norm.lower()
    out = ["w=" + low]
    if len(low) > 3:
        out += ["p3=" + low[:3], "s3=" + low[-3:], "s2=" + low[-2:]]
    return out
