"""An annotated bibliography's remark after a book's imprint, read as a field of the work.

Fields touched: ``container-title``, ``page``, ``note``.

Wikipedia's hand-written lists and reading lists follow an entry with a remark on it: ``Harmondsworth: Penguin
Books, 1966. A readable and accessible English translation of the *Anecdota*.``, ``(London: …, 1961). journal.``.
After a book's publisher and year the reference is over: words in sentence case read there as its container, or
a page with no number, are that remark and go to the note (a journal's name there, ``to appear in Journal of …``,
stays).
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.normalisers.hosts import add_note
from biblio.parse.normalisers.markup import plain
from biblio.records.model import source_text

FIELDS = ("container-title", "page", "note")

# a page's value: a number, or roman numerals alone or in a range ("xii-xiii", "XV-XLII")
_PAGE_LIKE = re.compile(r"\d|^[ivxlcdm]+(?:\s*[-\u2013]\s*[ivxlcdm]+)?$", re.I)


# the small words a title in title case leaves in lower case
_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())


def _prose(value: str) -> bool:
    """A remark, not a name: two words or more in lower case that are no small words (``A readable and
    accessible English translation``), where a journal's name in title case has none (``Journal of Optimization
    Theory and Applications``)."""
    return sum(w[:1].islower() and w not in _SMALL_WORDS for w in value.split()) >= 2


def _to_note(item: dict[str, Any], var: str) -> None:
    add_note(item, str(item.pop(var)).strip())


def annotation_after_imprint(item: dict[str, Any]) -> None:
    """(In place.) A remark after a book's imprint read as its container or its page goes to the note."""
    publisher, container, page = item.get("publisher"), item.get("container-title"), item.get("page")
    if not isinstance(publisher, str) or not (isinstance(container, str) or isinstance(page, str)):
        return
    year = (item.get("issued") or {}).get("date-parts", [[None]])[0][0]
    source = plain(source_text(item))
    at = source.rfind(publisher)  # the imprint's, not a body named as the author too
    if year is None or at < 0 or (end := source.find(str(year), at + len(publisher))) < 0:
        return
    end += 4
    if isinstance(page, str) and not _PAGE_LIKE.search(page) and source.find(page, end) > 0:
        _to_note(item, "page")  # "(London: …, 1961). journal."
    if (
        isinstance(container, str)
        and not any(var in item for var in ("volume", "issue", "page"))
        and source.find(container, end) > 0
        and source.find(container) > end
        and _prose(container)
    ):
        _to_note(item, "container-title")
