"""Japanese names romanised in Hepburn and written family first with no comma (``Hayami Akira``, ``Kikuchi Kazuo``),
as Chicago and MLA lists of Japanese studies write them beside inverted Western names (``Hayami, Akira``).

A word is Japanese when it parses wholly into Hepburn syllables (``si``, ``ti``, ``tu``, ``hu``, ``l``, ``v``
never occur), so that ``Maria Moreno`` passes but ``Sara Tomasi`` or ``Marco Polo`` do not. Which of two such words
is the given name is told by the endings the two kinds of names have: given names close on morphemes such as
``-hiko``, ``-nori``, ``-suke``, ``-ichi``, ``-rō``, ``-ko``, ``-o`` after a vowel; family names on ``-mura``,
``-moto``, ``-kawa``, ``-da``, ``-hara``, ``-zaki``, ``-ai``/``-ii``. A pair is read family first only when its
endings say so and nothing says the reverse (``Akira Hayami``, ``Osamu Saito`` keep their natural order).
"""

from __future__ import annotations

from collections.abc import Callable

from biblio.parse.lazy_patterns import lazy_pattern

_V = "aiueoāīūēōâîûêô"
# a Hepburn syllable: onset (palatalised or not) and vowel, or the moraic n, or a geminate's first consonant;
# an "h" after o lengthens it (``Ohno``, ``Mukoh``)
_SYLLABLE = (
    rf"(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsztdnhbpmrjfwy])?[{_V}])"
    rf"|n['\u2019]?(?![{_V}y])|(?:k(?=k)|s(?=s)|t(?=t|ch)|p(?=p))|(?<=o)h(?![{_V}y])"
)
_HEPBURN = lazy_pattern(rf"(?:{_SYLLABLE})+")
# the onsets Hepburn never writes before these vowels: "si", "ti", "tu", "hu", "zi", "di", "du", "wi", "yi", "fa"
_NOT_HEPBURN = lazy_pattern(r"s[iīy]|t[iīuūy]|h[uū]|z[iīy]|d[iīuūy]|w[iīuūeē]|y[iīeē]|f[aāiīeēoō]|j[eē]")
# the closing morphemes of given names, and of family names (a word may close on both: then neither tells)
_GIVEN_END = lazy_pattern(
    r"(?:hide|hiko|nori|fumi|suke|yoshi|(?<=[aeiou])aki|ichi|(?<!o)r[oō]|z[oō]|[aeiu]o|ko|(?<!i)ru|mu|ira|"
    r"(?<!ha)(?<!ya)(?<!i)shi|(?<!ts)ji|hei|[oue]mi)$"
)
_FAMILY_END = lazy_pattern(
    r"(?:moto|mura|yama|kawa|gawa|da|no|shima|jima|zaki|saki|hara|bara|oka|be|sawa|zawa|hashi|ishi|naka|"
    r"uchi|guchi|kuchi|mori|hira|kubo|tani|ba|ga|(?<!i)ra|[aiu]i)$"
)
_FOLD = str.maketrans("âîûêô", "āīūēō")


def _japanese(word: str) -> str | None:
    """``word`` in lower case if it is one capitalised Hepburn word of three letters or more, else None."""
    if len(word) < 3 or not word[0].isupper() or not word[1:].islower():
        return None
    w = word.lower().translate(_FOLD)
    if not _HEPBURN.fullmatch(w) or _NOT_HEPBURN.search(w):
        return None
    return w


def _order(first: str, second: str) -> int:
    """1 when the endings read ``first second`` family first, -1 when given first, 0 when they do not tell."""
    g1, g2 = bool(_GIVEN_END.search(first)), bool(_GIVEN_END.search(second))
    f1, f2 = bool(_FAMILY_END.search(first)), bool(_FAMILY_END.search(second))
    # (a family ending alone is too weak a sign: "Masaki Eto", "Misaki" are given names too)
    family_first = g2 and not g1 and not (f2 and not f1)
    given_first = (g1 and not g2) or (f2 and not f1 and not g2)
    return 0 if family_first == given_first else 1 if family_first else -1


def japanese_family_first(pairs: list[list[str]], known_given: Callable[[str], bool]) -> bool:
    """Whether every pair of words is a romanised Japanese name, none a given name ``known_given`` knows (a
    Western list's ``Anna Moro``), and they read family first: some pair's endings say so, none the reverse."""
    told = False
    for pair in pairs:
        if len(pair) != 2 or any(known_given(w) for w in pair):
            return False
        first, second = _japanese(pair[0]), _japanese(pair[1])
        if first is None or second is None:
            return False
        order = _order(first, second)
        if order < 0:
            return False
        told = told or order > 0
    return told
