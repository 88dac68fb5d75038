"""Words of the source that no field of the record holds: text a reading lost or put nowhere.

A word counts when no value of the record holds it and it is none of the words styles write
between fields.  Those words are written in the reference's language: ``In:``, ``Hrsg.``,
``Online-Zugriff``, ``Abrufbar unter``, ``Disponível em``, ``Acesso em``, ``Consultado el``, and
months in several languages (``22 out. 2017``, ``Mars 1887``) are style, not lost text, as are
the words of an edition statement the record keeps as its edition (``2., durchgesehene und
ergänzte Auflage``, ``7th edn``).  Read on English-language references only, those would flag a right reading of a
German or Portuguese reference for its language.
"""

from __future__ import annotations

import re
from collections import Counter

from biblio.parse.connectors import CONNECTORS
from biblio.parse.normalisers.dates import MONTHS, SEASONS
from biblio.parse.normalisers.edition import ORDINALS
from biblio.parse.text import ascii_fold, unmark
from biblio.records.model import Item, biblio_data

WORDS = re.compile(r"[^\W_]+")
# the same words in lower-case ASCII text (most references): a plain class, which the engine tests faster
_ASCII_WORDS = re.compile(r"[a-z0-9]+")


def words_of(low: str) -> list[str]:
    """The words of lower-case text (``WORDS``)."""
    return (_ASCII_WORDS if low.isascii() else WORDS).findall(low)
_HTML = re.compile(r"</?\s*[a-zA-Z]+\s*/?>")
# words a style writes between fields, which no field keeps (English; the parser's connecting words
# of other languages and month names are added below)
_ENGLISH = frozenset(
    "in pp p pg pgs vol vols v no nos nr iss issue issues ed eds edn edition editor editors edited by trans "
    "translated transl and et al the of a an s doi url http https www org com retrieved from available at "
    "accessed online accessed viewed cited n d nd th st rd hrsg hg ff art article number pages page vol "
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december spring summer autumn fall winter press pdf html abstract".split()
)
# "dx" of a DOI's link (``http://dx.doi.org/…``), which the record keeps as the DOI alone; "und" and
# "ou" of lists of names and places
CONNECTING = _ENGLISH | frozenset(CONNECTORS) | {"dx", "und", "ou"}
_MONTH_LIKE = frozenset(MONTHS) | frozenset(SEASONS)
# an edition statement: its number (or ordinal word), up to six words ("durchgesehene und bibliographisch
# ergänzte"), its edition word
EDITION_STATEMENT = re.compile(
    r"(?<!\w)(?:\d{1,3}\s*(?:st|nd|rd|th|e|er|re|ème|°|º|ª|\.)?|" + "|".join(ORDINALS) + r")\.?,?\s+"
    r"(?:[^\W\d_]+,?\s+){0,6}?(?:ed|edn|edition|éd|édition|aufl|auflage|edición|edição|edizione)(?!\w)",
    re.I,
)


def connecting(word: str) -> bool:
    """A word (lower case) that styles write between fields: a connector or a month, in any language."""
    return word in CONNECTING or (word.isalpha() and ascii_fold(word) in _MONTH_LIKE)


def held_words(item: Item) -> Counter[str]:
    """The words the record's values hold (lower case), counted."""
    parts = []
    for var, value in item.items():
        if var == "custom":
            continue
        if isinstance(value, list):  # names
            parts += [" ".join(map(str, n.values())) if isinstance(n, dict) else str(n) for n in value]
        elif isinstance(value, dict):  # dates
            parts += [str(x) for part in value.get("date-parts", []) for x in part]
            parts.append(str(value.get("literal", "")))
        else:
            parts.append(str(value))
    parts.append(str(biblio_data(item).get("label", "")))
    return Counter(words_of(" ".join(parts).lower()))


def uncovered(item: Item, source: str) -> tuple[list[str], int]:
    """Words of ``source`` that no field of ``item`` holds (connecting words aside), and how many
    words the source has."""
    held = held_words(item)
    text = unmark(source)
    if "<" in text:
        text = _HTML.sub(" ", text)
    if item.get("edition"):
        text = EDITION_STATEMENT.sub(" ", text)
    words = words_of(text.lower())
    out = []
    count = held.get
    for w in words:
        k = count(w, 0)
        if k > 0:
            held[w] = k - 1
        elif len(w) > 1 and not (len(w) <= 2 and w.isdigit()) and not connecting(w):
            out.append(w)
    return out, len(words)
