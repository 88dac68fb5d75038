"""Publisher and place spans -> ``publisher``, ``publisher-place``.

Fields touched: ``publisher``, ``publisher-place``.

``Oxford: Clarendon Press.`` labelled as one publisher span keeps the place
apart when a colon separates them; ``Published by``, ``Verlag:`` and similar
lead-ins are dropped.  Several publishers are joined with ``; ``.
"""

from __future__ import annotations

import re

from biblio.parse.normalisers.markup import plain
from biblio.parse.text import strip_value

FIELDS = ("publisher", "publisher-place")

_LEAD = re.compile(r"^(?:published\s+by|publisher\s*:|issued\s+by|verlag\s*:|editorial\s*:)\s*", re.I)


def publisher_value(text: str) -> str | None:
    s = _LEAD.sub("", plain(text).strip(" ,;:"))
    return strip_value(s) or None


def place_value(text: str) -> str | None:
    return strip_value(plain(text).strip(" ,;:")) or None
