"""JSTOR's Chicago citations name a book's editors family name first with no comma: ``In Museums in a Digital
Culture, edited by Van Den Akker Chiel and Legêne Susan, 75-92. … http://www.jstor.org/stable/j.ctt1s475tm.8``,
``edited by Pellew Jill and Goldman Lawrence``. Only a citation that carries JSTOR's stable address is turned.

Field touched: ``editor``.

Read as natural order (``Chiel`` the family name), the names are turned: where a name opens on a capitalised
particle (``Van Den Akker``), or closes on a given name the lists know after a word they do not know as one
(``Goldman Lawrence``), and no name reads the natural way (a known given name first, ``Mary Anne Andrei``), every
name is family name then given name.
"""

from __future__ import annotations

from typing import Any

from biblio.parse.normalisers.names import CAPITAL_PARTICLES, known_given
from biblio.records.model import source_text

FIELDS = ("editor",)


def _vote(given: str, family: str) -> int:
    """1 where the name as read (``given family``) reads family name first, -1 where it reads the natural way, 0
    where its words do not tell."""
    first = given.split()[0]
    if first in CAPITAL_PARTICLES:
        return 1
    if known_given(family) and not known_given(first):
        return 1
    if known_given(first) and not known_given(family):
        return -1
    return 0


def editors_given_last(item: dict[str, Any]) -> None:
    """(In place.) ``edited by Pellew Jill and Goldman Lawrence`` read as the given names Pellew and Goldman: each
    name is family name, then given name."""
    editors = item.get("editor")
    if not isinstance(editors, list) or not editors:
        return
    pairs: list[tuple[str, str]] = []
    for name in editors:
        if not isinstance(name, dict) or set(name) != {"family", "given"}:
            return
        given, family = str(name["given"]), str(name["family"])
        if "." in given or " " in family or not given or not given[0].isupper():
            return  # (initials, or a family name of its own words: no such list)
        pairs.append((given, family))
    source = source_text(item)
    # (JSTOR's own citation, its stable address in it: other lists write "edited by Joad Raymond and Noah Moxham",
    # where a family name may be a given name too)
    if "jstor.org/stable/" not in source or "edited by " not in source:
        return
    if not all(f"{g} {f}" in source for g, f in pairs):
        return
    votes = [_vote(g, f) for g, f in pairs]
    if max(votes) < 1 or min(votes) < 0:
        return
    item["editor"] = [{"family": g, "given": f} for g, f in pairs]
