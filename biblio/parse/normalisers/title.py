"""Title spans -> ``title``, ``collection-title``.

Fields touched: ``title``, ``collection-title``.

The final period goes (it is the style's separator), ``?`` and ``!`` stay
(they belong to the title); wrapping quotes, Markdown italics and HTML go;
a title broken across lines (``grav- ity``) is joined.
"""

from __future__ import annotations

import re

from biblio.parse.input_text import HYPHEN_BREAK
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.markup import plain
from biblio.parse.text import strip_value

FIELDS = ("title", "collection-title")

_BRACKETED = lazy_pattern(r"[(\[][^()\[\]]*[)\]]")
_SERIES_WORD = lazy_pattern(r"^(?:series|ser\.|collection|coll\.|reihe)\s*:?\s*", re.I)


def title_value(text: str) -> str | None:
    s = plain(text)
    if "- " in s:
        s = HYPHEN_BREAK.sub(r"\1-\2", s)
    # a bracketed description after the title belongs to genre/medium, not here
    s = strip_value(s)
    if s.startswith(("(", "[")) and _BRACKETED.fullmatch(s):
        s = re.sub(r"^[(\[]\s*|\s*[)\]]$", "", s)
    return strip_value(s) or None


def series_value(text: str) -> str | None:
    s = _SERIES_WORD.sub("", plain(text).strip(" ([,"))
    return title_value(s)
