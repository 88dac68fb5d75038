"""Citation keys: readable, stable, unique ASCII keys for BibTeX and biblatex.

A key is ``<name><year><titleword>``, lower-case ASCII:

* name: the first author's family name with its particles (``van der Berg`` ->
  ``vanderberg``); for an organisation (``{"literal": ...}``) the first three
  significant words of its name. No author: the first editor; no editor either:
  the first three significant words of the title (and then no title word).
* year: the first year of ``issued``; an undated work gets ``nd`` (APA's
  "n.d."), which keeps the three-part shape readable and stops a number in the
  title from passing for a year.
* titleword: the first significant word of the title.

Collisions within one list: the first item keeps the key, later ones get
``a``, ``b``, … appended in list order, so adding a reference never renames
the ones already cited.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, TypeGuard

from biblio.records.model import Item, biblio_data

STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "in",
        "on",
        "at",
        "to",
        "by",
        "with",
        "from",
        "or",
        "de",
        "la",
        "le",
        "les",
        "du",
        "des",
        "der",
        "die",
        "das",
    ]
)
# Letters NFKD does not decompose into ASCII.
_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)
_VALID_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_:.\-]{0,99}")
_YEAR = re.compile(r"\b(\d{4})\b")
UNDATED = "nd"
FALLBACK = "anon"


def ascii_fold(text: str) -> str:
    """``Łukasz Müller`` -> ``Lukasz Muller``: drop accents, keep the base letters."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if c.isascii())


_NOT_SLUG = re.compile(r"[^a-z0-9]")
_WORD_BREAK = re.compile(r"[\s\-–—/:;,.!?\"'‘’“”()\[\]]+")


def _slug(text: str) -> str:
    return _NOT_SLUG.sub("", ascii_fold(text).lower())


def _words(text: str, limit: int = 3) -> list[str]:
    """The first ``limit`` significant words, slugged; single letters ("I", "A") carry no meaning in a key."""
    words: list[str] = []
    for word in _WORD_BREAK.split(text):
        w = _slug(word)
        if w and w not in STOP_WORDS and (len(w) > 1 or w.isdigit()):
            words.append(w)
            if len(words) == limit:
                break
    return words


def is_valid_key(key: Any) -> TypeGuard[str]:
    """A key both BibTeX and biber accept and that needs no escaping in ``\\cite``."""
    return isinstance(key, str) and _VALID_KEY.fullmatch(key) is not None


def _name_part(name: dict[str, Any]) -> str:
    if name.get("literal"):
        return "".join(_words(str(name["literal"]))[:3])
    parts = [name.get(k, "") for k in ("dropping-particle", "non-dropping-particle", "family")]
    return _slug("".join(str(p) for p in parts)) or _slug(str(name.get("given", "")))


def _year(item: Item) -> str:
    issued = item.get("issued")
    if not isinstance(issued, dict):
        return UNDATED
    parts = issued.get("date-parts")
    if parts and parts[0] and str(parts[0][0]).lstrip("-").isdecimal():  # "¹" is a digit int() refuses
        return str(int(parts[0][0]))
    for text in (issued.get("literal"), issued.get("raw")):
        match = _YEAR.search(str(text or ""))
        if match:
            return match.group(1)
    return UNDATED


def citation_key(item: Item) -> str:
    """The item's base key, before making it unique in a list."""
    title_words = _words(str(item.get("title") or ""))
    name = ""
    for role in ("author", "editor"):
        names = item.get(role)
        if isinstance(names, list) and names and isinstance(names[0], dict):
            name = _name_part(names[0])
            if name:
                break
    title_word = title_words[0] if title_words else ""
    if not name:  # anonymous: the title stands in for the name
        name, title_word = "".join(title_words[:3]), ""
    return (name or FALLBACK) + _year(item) + title_word


def _suffixes() -> Iterable[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    yield from letters
    for first in letters:
        for second in letters:
            yield first + second
    yield from (str(n) for n in itertools.count(1))  # never runs out


def assign_keys(items: Sequence[Item], taken: Iterable[str] = ()) -> list[str]:
    """Unique keys for ``items`` in order, also avoiding the keys in ``taken``."""
    used = set(taken)
    keys: list[str] = []
    for item in items:
        base = citation_key(item)
        key = base
        if key in used:
            key = next(base + s for s in _suffixes() if base + s not in used)
        used.add(key)
        keys.append(key)
    return keys


def with_ids(items: list[Item], taken: set[str] | None = None) -> list[Item]:
    """Each item with a unique ``id``: the user's own key (``citation-key``, else ``id``) when it is
    usable, else a readable citation key.

    ``taken``, when given, holds the keys already used (by earlier inputs) and receives the new ones.
    """
    used: set[str] = taken if taken is not None else set()
    pending: list[Item] = []
    for item in items:
        own = item.get("citation-key") if is_valid_key(item.get("citation-key")) else item.get("id")
        if is_valid_key(own) and own not in used:
            if item.get("id") not in (None, "", own):
                biblio_data(item)["original-id"] = item["id"]
            item["id"] = own
            used.add(own)
        else:
            pending.append(item)
    for item, key in zip(pending, assign_keys(pending, taken=used), strict=True):
        if item.get("id") not in (None, ""):
            biblio_data(item)["original-id"] = item["id"]  # duplicate or unusable: kept, not lost
        item["id"] = key
        used.add(key)
    return items


class KeyRegistry:
    """Unique ids handed out one record at a time, as records stream past.

    Linear in the number of records: the used keys are never copied, and each
    base key remembers how far its suffixes ("a", "b", … "aa") have gone.
    """

    def __init__(self) -> None:
        self.used: set[str] = set()
        self._tried: dict[str, int] = {}

    def add_list(self, items: list[Item]) -> list[Item]:
        """A whole input's records (``with_ids`` within it, avoiding the keys of earlier inputs)."""
        return with_ids(items, self.used)

    def add(self, item: Item) -> Item:
        """One record (no user key of its own can clash with a later one: parsed references have none)."""
        own = item.get("citation-key") if is_valid_key(item.get("citation-key")) else item.get("id")
        if is_valid_key(own) and own not in self.used:
            key = str(own)
        else:
            base = citation_key(item)
            key = base
            if key in self.used:
                start = self._tried.get(base, 0)
                for n, suffix in enumerate(itertools.islice(_suffixes(), start, None), start + 1):
                    if base + suffix not in self.used:
                        key, self._tried[base] = base + suffix, n
                        break
        if item.get("id") not in (None, "", key):
            biblio_data(item)["original-id"] = item["id"]
        item["id"] = key
        self.used.add(key)
        return item
