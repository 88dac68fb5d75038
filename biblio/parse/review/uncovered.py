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

from biblio.parse.connectors import CONNECTORS, NAME_DATE
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import MONTHS, SEASONS
from biblio.parse.normalisers.edition import ORDINALS
from biblio.parse.text import ascii_fold, unmark
from biblio.records.model import Item, biblio_data

WORDS = lazy_pattern(r"[^\W_]+")
# the same words in lower-case ASCII text (most references): a plain class, which the engine tests faster
_ASCII_WORDS = lazy_pattern(r"[a-z0-9]+")


def words_of(low: str) -> list[str]:
    """The words of lower-case text (``WORDS``)."""
    return (_ASCII_WORDS if low.isascii() else WORDS).findall(low)


_HTML = lazy_pattern(r"</?\s*[a-zA-Z]+\s*/?>")
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
# The words of a note a style writes after the fields and the parser keeps in no field: an access or
# archive note ("[Online]. Available:", "Abrufbar unter", "Acesso em", "[cit. 2023-05-23]. Dostupné online.",
# "[dostęp 2018-07-07]", "Дата обращения: 3 мая 2014. Архивировано 3 мая 2014 года.") and APA's "(Original
# work published 1814)", whose year the record keeps as its original date.  Not the locator words
# ("vol.", "p.", "с."): a number beside one is a volume or page the reading lost.
ACCESS_NOTE_WORDS = frozenset(
    "online available accessed retrieved viewed cited cit last visited pdf html internet web electronic at from "
    "on in the verfügbar unter abrufbar zugriff abgerufen aufgerufen am zuletzt disponível disponivel disponible "
    "em acesso acessado acceso accedido consultado el consulté consultée le consultato il ultimo accesso "
    "geraadpleegd op citováno citované dostupné dostupný dostupná dostęp pobrano archivováno дата обращения "
    "архивировано из оригинала года original work published luettu viitattu katsottu haettu saatavissa saatavilla "
    "luettavissa".split()
)
# the language of the cited item, as ISO 690 and Wikipedia note it after a title: "(anglicky)",
# "(slovensky)", "(англ.)", "(ang.)", "(niem.)", "(in German)"
_LANGUAGE_NOTE = lazy_pattern(
    r"(?i)[(\[]\s*(?:in\s+)?(?:angl|англ|ang|eng|nem|нем|niem|deut|germ|fr|фр|span|исп|hiszp|ital|итал|wł|rus|рус|"
    r"ros|ukr|укр|pol|пол|slov|česk|cesk|jap|яп|chin|кит)[^\W\d_]*\.?\s*[)\]]"
)
_MONTH_LIKE = frozenset(MONTHS) | frozenset(SEASONS)
# the medium or genre a style names after the fields (Harvard's "online video", IEEE's "blog", Chicago's "DVD",
# a press release's "release"), which the record need not keep in a scored field
MEDIUM_WORDS = frozenset("blog video audio podcast dvd blu ray cd rom dataset software release".split())
# a value made only of words naming a medium or a genre ("blog", "Website", "Ph.D. Dissertation"; "Twitter video" is
# a platform's): the note on the kind of work read as the outlet ("“Title”, blog, 3 Oct. 2014") or as the title
_MEDIUM_ONLY = MEDIUM_WORDS | frozenset(
    "blogs tweet film online website web television radio interview lecture speech repository photo broadcast "
    "recording post thesis dissertation phd poster slides presentation report".split()
)
_VALUE_WORDS = lazy_pattern(r"[\w-]+")
_PHD = lazy_pattern(r"(?i)\bph\.?\s?d\b\.?")


def medium_only(value: str, besides: frozenset[str] = frozenset()) -> bool:
    """Whether ``value`` is made only of a medium's or a genre's words (and of ``besides``), with one of those."""
    if "h" in value or "H" in value:  # (the degree's letter: most values name none)
        value = _PHD.sub("phd", value)
    words = _VALUE_WORDS.findall(value.lower())
    return any(w in _MEDIUM_ONLY for w in words) and all(w in _MEDIUM_ONLY or w in besides for w in words)
# a running time or a timestamp ("1:23:00", Chicago's and MLA's films and recordings): hours, minutes and
# seconds, not a volume and its page ("45:12")
_RUNNING_TIME = lazy_pattern(r"(?<![\d:])\d{1,2}:\d{2}:\d{2}(?![\d:])")
# an edition statement: its number (or ordinal word), up to six words ("durchgesehene und bibliographisch
# ergänzte"), its edition word
_EDITION_NUMBER = r"(?<!\w)(?:\d{1,3}\s*(?:st|nd|rd|th|e|er|re|ème|°|º|ª|\.)?|" + "|".join(ORDINALS) + r")\.?,?\s+"
# the word of an edition, in the languages both patterns below read
_EDITION_WORDS = "ed|edn|edition|éd|édition|aufl|auflage|edición|edição|edizione"
EDITION_STATEMENT = lazy_pattern(
    _EDITION_NUMBER
    + r"(?:[^\W\d_]+,?\s+){0,6}?(?:" + _EDITION_WORDS + r")(?!\w)",
    re.I,
)
# the same in more languages, told as a value alone: Dutch's ordinals ("4de", "8ste"), German's abbreviated "verb."
# and "erw.", the edition word in German ("2. Bearb."), Dutch ("4de druk"), a Nordic ("2. utg.") or a Slavic language
# ("3. wyd.", "5. izd."); the words a record's edition left uncovered stay as they were
EDITION_STATEMENT_ANY = lazy_pattern(
    r"(?<!\w)(?:\d{1,3}\s*(?:st|nd|rd|th|ste|de|te|e|er|re|ème|°|º|ª|\.)?|" + "|".join(ORDINALS) + r")\.?,?\s+"
    r"(?:[^\W\d_]+,?\s+|(?:verb|erw|überarb|neubearb|durchges|herz)\w*\.,?\s+){0,6}?"
    r"(?:" + _EDITION_WORDS + r"|druk|oplage|upplaga"
    r"|(?:bearb|uitg|utg|wyd|izd|kiad)\w*)(?!\w)",
    re.I,
)


def connecting(word: str) -> bool:
    """A word (lower case) that styles write between fields: a connector or a month, in any language."""
    return word in CONNECTING or (word.isalpha() and ascii_fold(word) in _MONTH_LIKE)


def lost_remainder(item: Item) -> bool:
    """Whether the text the record puts in no field (its remainder and note) holds words a style does not
    write between fields: an access or archive note, a month, a date or the cited item's language, in
    the reference's language, or a death date after the author's name, is the style's, not text a reading
    lost."""
    left = " ".join((str(biblio_data(item).get("remainder", "")), str(item.get("note", ""))))
    if "(" in left:
        left = NAME_DATE.sub(" ", left)  # an author's dates after the name: no field holds them
    words = WORDS.findall(_RUNNING_TIME.sub(" ", _LANGUAGE_NOTE.sub(" ", left)).lower())
    notes = sum(w in ACCESS_NOTE_WORDS for w in words)
    months = sum(w.isalpha() and ascii_fold(w) in _MONTH_LIKE for w in words)
    numbers = sum(w.isdigit() for w in words)
    media = sum(w in MEDIUM_WORDS for w in words)
    # a number is a date's only inside an access or archive note; months alone ("Agosto") are an issue's date
    return notes + months + numbers + media < len(words) or numbers > 0 and not notes


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


# where a number of one or two digits is a date's or a link's: links and DOIs, numeric dates, bracketed
# notes ("[cit. 2022-04-25]"), a month and its day ("June 9", "8 Aug."); elsewhere it is a locator
_LINK = lazy_pattern(r"(?i)(?:https?://|www\.|doi:?\s*|10\.\d{4,}/)\S*")
_NUMERIC_DATE = lazy_pattern(r"\b\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b")
_BRACKETED = lazy_pattern(r"\[[^\]]*\]")
_MONTH_NAMES = "|".join(sorted((m for m in _MONTH_LIKE if len(m) > 2), key=len, reverse=True))
_DAY_MONTH = lazy_pattern(
    r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\.?\s*(?:" + _MONTH_NAMES + r")\b|\b(?:" + _MONTH_NAMES + r")\.?\s*\d{1,2}\b"
    r"(?:\s*[-\u2013]\s*\d{1,2}\b)?"
)


def _short_numbers(text: str) -> Counter[str]:
    """The numbers of one or two digits in ``text`` outside dates, links and brackets."""
    for pattern in (_LINK, _NUMERIC_DATE, _BRACKETED, _DAY_MONTH):
        text = pattern.sub(" ", text)
    return Counter(w for w in words_of(text.lower()) if w.isdigit() and len(w) <= 2)


def uncovered(item: Item, source: str) -> tuple[list[str], int]:
    """Words of ``source`` that no field of ``item`` holds (connecting words aside), and how many
    words the source has.  A number of one or two digits counts only outside dates, links and
    brackets (``_short_numbers``): most are a date's day, but ``…, 2016, 17.`` lost its page."""
    held = held_words(item)
    text = unmark(source)
    if "<" in text:
        text = _HTML.sub(" ", text)
    if item.get("edition"):
        text = EDITION_STATEMENT.sub(" ", text)
    words = words_of(text.lower())
    out = []
    count = held.get
    short: list[str] = []
    for w in words:
        k = count(w, 0)
        if k > 0:
            held[w] = k - 1
        elif len(w) <= 2 and w.isdigit():
            short.append(w)
        elif len(w) > 1 and not connecting(w):
            out.append(w)
    if short:
        outside = _short_numbers(text)
        for w in short:
            if outside[w] > 0:
                outside[w] -= 1
                out.append(w)
    return out, len(words)
