"""Classical Arabic names as Islamic studies write them in transliteration.

- A name in its natural order that is a chain of kunya and nasab (``Abu al-Faraj al-Isfahani``, ``Ibn Hajar
  al-'Asqalani``, ``Malik b. Anas``) has no given name and family name in the European sense: the bibliography
  files it under the whole, so it is kept whole as the family name (split at its last word, ``al-Isfahani`` lost
  its ``Abu al-Faraj``).
- An inverted name whose family is the nisba (``al-Alusi, Mahmud``, ``al-Maqdisi, Mutahhar b. Tahir``,
  ``AN-Nawbakhti, Abu Muhammad, al-Hasan ibn Musa``) is one person, the parts after the comma his given names: a
  one-word given name no list knows was read as a second family.
- A compound name closing a natural-order name (``Muhammad Fu'ad 'Abd al-Baqi``, ``Muhammad Husayn Shams al-Din``)
  is the family name whole: ``'Abd`` and the laqab's word before ``al-Din`` belong to it.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.records.model import Name

_Q = "'\u2018\u2019"
# a word of a transliterated name: capitalised (a lower-case letter after the capital: no Vancouver initials, "Abu
# Bakar AI"), maybe after an apostrophe ('Ali, ‘Abd), or the article joined to it (al-Qasim, 'l-Faraj), or the
# nasab's "b."/"ibn"/"bin"
_WORD = (
    rf"(?:[{_Q}]?[A-Z][^\W\d_A-Z][^\W\d_]*(?:[-{_Q}][^\W\d_]+)*"
    rf"|[{_Q}]?[a-z]{{1,3}}-[{_Q}]?[^\W\d_]+|b\.|ibn|bin|bint)"
)
# natural order opening on the kunya or "Ibn", or holding the nasab's "b."/"ibn"/"bin" between two names
_CHAIN = lazy_pattern(
    rf"(?:(?:Ibnu?|Abu|Ab\u016b|Umm)\s{_WORD}(?:\s{_WORD}){{0,3}}"
    rf"|[A-Z][^\W\d_]+(?:\s{_WORD})?\s(?:b\.|ibn|bin|bint)\s{_WORD}(?:\s{_WORD}){{0,2}})"
)
# an inverted name under its nisba ("al-Alusi", "AN-Nawbakhti", "Ibnu 'N-Nadim"), then one or two comma parts of
# given names written out (no initials but the nasab's "b.", no second person's "and" or "&")
_NISBA = rf"(?:[Aa][lnrstdzLNRSTDZ]|[Aa]dh|[Aa]sh|AD|AS|AZ)-[{_Q}]?[A-Z][^\W\d_]*|(?:Ibnu?|IBN)\s{_WORD}"
_GIVEN_PART = rf"(?:al-\s|{_WORD})(?:\s(?:al-\s|{_WORD})){{0,5}}"
_INVERTED = lazy_pattern(rf"(?P<family>{_NISBA}),\s(?P<given>{_GIVEN_PART}(?:,\s{_GIVEN_PART})?)")
_SERVANT = frozenset(["'Abd", "\u2018Abd", "\u2019Abd", "Abd"])
_LAQAB_CLOSES = frozenset(["al-Din", "ad-Din", "al-D\u012bn", "al-Dawla"])


def arabic_name(text: str) -> list[Name] | None:
    """The one person a classical Arabic name names (see the module's note), or None for any other name."""
    if _CHAIN.fullmatch(text):
        return [{"family": text}]
    m = _INVERTED.fullmatch(text)
    if m is None:
        return None
    return [{"family": m["family"], "given": m["given"]}]


def compound_family(name: Name) -> Name:
    """``Muhammad Fu'ad | 'Abd al-Baqi``: the word of a compound name left closing the given name moved to the
    family name."""
    family, given = str(name.get("family", "")), str(name.get("given", ""))
    head, _, last = given.rpartition(" ")
    if not head or not family.startswith(("al-", "ad-")):
        return name
    if last in _SERVANT or family in _LAQAB_CLOSES and last[:1].isupper() and not last.endswith("."):
        return {**name, "family": f"{last} {family}", "given": head}
    return name
