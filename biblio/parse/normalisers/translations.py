"""A title's translation in brackets after it, read as a part of the title or of the book's title.

Fields touched: ``title``, ``container-title``, ``note``.

APA and the lists that follow it give a work in another language its English translation in square brackets
right after its title: ``Magyarország népessége a török hódoltság idején [Hungary’s Population in the Age of
Ottoman Occupation].``, ``In T. Koskinen (Ed.), Kirjoituksia neroudesta [Writings on geniusness: Myths, cultures,
persons]``. The translation names the same work in other words: no part of its title; it goes to the note.
"""

from __future__ import annotations

from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.hosts import add_note

FIELDS = ("title", "container-title", "note")

# the closing bracket of three words or more, in English: "[Writings on geniusness: Myths, cultures, persons]"
_CLOSING_TRANSLATION = lazy_pattern(r"\s+\[(?P<words>[A-Z][A-Za-z0-9’'\-–:,;.&? ]{10,200})\]\s*$")
# what a bracket after a title says of the work itself rather than translating it
_DESCRIPTION = lazy_pattern(
    r"(?i)(?:review|book review|letter|editorial|abstract|comment|interview|data ?set|video|film|podcast|audio|"
    r"motion picture|television|tv|doctoral|master|dissertation|thesis|report|blog|tweet|special issue|invited|"
    r"in (?:press|print)|online|electronic|computer|software|translated|translation|trans\.)\b"
)


def translation_closing_title(item: dict[str, Any]) -> None:
    """(In place.) A title or a book's title in a language with letters beyond English's, closed by three or more
    English words in square brackets: the brackets hold its translation, which goes to the note."""
    for var in ("title", "container-title"):
        value = item.get(var)
        if not isinstance(value, str) or not value.endswith("]") or (m := _CLOSING_TRANSLATION.search(value)) is None:
            continue
        head, words = value[: m.start()].rstrip(), m["words"]
        # the title's own letters show it is in another language; the bracket holds a phrase, no description
        if len(words.split()) < 3 or len(head.split()) < 2 or head.isascii() or _DESCRIPTION.match(words):
            continue
        item[var] = head
        add_note(item, f"[{words}]")
