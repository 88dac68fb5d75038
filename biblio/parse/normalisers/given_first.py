"""Two-word family names in names written given name first (``Catalina Naumis Peña``, ``A. Frisk Kockum``).

A name written in its natural order is read with its last word as the family name and the rest as the given name.
Where a family name has two words, that leaves the first closing the given name. Only where the reference itself
shows the word is no given name is it moved to the family name: a word no given-name list knows before a Spanish
surname (Spanish people carry two), a Flemish particle written as one word (``Vande``), a word spelled out after
a lone initial in a list that gives every other person's given names as initials alone, or a citation key that
names the person by both words (``[Horta Ribeiro et al., 2020] Manoel Horta Ribeiro, …``). A middle name (``Mary
Ellen Smith``, ``W. Bruce Croft``) stays the given name's.
"""

from __future__ import annotations

from collections.abc import Mapping

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.names import PARTICLES, family_word_in_given, is_initials, known_given_word
from biblio.records.model import NO_TITLE, Item, Name, drop_flag

_ROLES = ("author", "editor")
# a list that abbreviates given names shows it in this many other persons at least
_ABBREVIATED_OTHERS = 2
# given names people go by after a first initial (``W. Bruce Croft``, ``T. Kai Ng``, ``Y. Grant Chen``) that the
# given-name lists leave out, being family names or words as often
_GO_BY_NAMES = frozenset(
    "alex allan allen alan bliss brad bret brett bruce byron chris clay clifford colin craig dale dean don doug "
    "doyne drew duncan earl ellis eric gale gareth glen glenn grace grant greg gregory hal hunter irving jarrod "
    "jay kai keith kelley kelly kent kirk kyle lane lee leroy lewis lynn max maxwell morgan murray neal neil nelson "
    "randy ray reed rex rhett ross roy russell scott spencer sterling stuart taylor titus todd travis troy tucker "
    "wade wayne wells wesley wright bennett aditya ranjan prasad rao sitharama bhupal mehdi emil murat mehmet "
    "mustafa ahmet emre burak hakan kemal cem".split()
)
# an Italian reference shows itself by its editor's words, its articled prepositions or its towns
_ITALIAN = lazy_pattern(
    r"\b(?:a cura di|della|delle|degli|dello|nella|nelle|negli|sulla|Roma|Milano|Firenze|Torino|Napoli|Bologna"
    r"|Venezia|Palermo|Padova|Genova|Pisa|Bari|Verona|Siena|Udine|Trieste)\b"
)


def given_first_families(item: Item, body: str, key: str | None = None) -> None:
    """(In place.) Move the word closing a natural-order name's given name into its family name where the
    reference shows that word is the family's (see the module's note); ``key`` is the citation key before the
    reference, if any."""
    for role in _ROLES:
        names = item.get(role)
        if not isinstance(names, list) or not names:
            continue
        for k, name in enumerate(names):
            if not _turnable(name) or f"{name['given']} {name['family']}" not in body:
                continue
            given, family = str(name["given"]), str(name["family"])
            if (
                family_word_in_given(given, family)
                or _spelled_after_lone_initial(name, names)
                or _italian_first_family(given, family, body)
                or _patronymic_after_lone_initial(given)
                or key is not None and _named_by_key(given, family, key)
            ):
                head, _, word = given.rpartition(" ")
                moved: Name = {**name, "family": f"{word} {family}", "given": head}
                if not head:
                    del moved["given"]
                names[k] = moved


def _patronymic_after_lone_initial(given: str) -> bool:
    """``O. Ohlsson Sax``: one initial, then a Scandinavian family name in ``-sson`` (``Karlsson``, ``Persson``),
    which no one bears as a given name, so it opens a two-word family name."""
    toks = given.split()
    return len(toks) == 2 and _initial(toks[0]) and toks[1].endswith("sson") and _word(toks[1])


def _initial(tok: str) -> bool:
    return len(tok) == 2 and tok[0].isupper() and tok[1] == "."


def one_word_title_as_given(item: Item, body: str) -> None:
    """(In place.) ``Francesca Serra, Calvino, Roma, Salerno.``: a lone name written given name first, then a title
    of one word, then the imprint, read as ``Family, Given`` (``Francesca Serra`` the family name, ``Calvino`` the
    given one) and no title: where the family so read opens on a known given name and closes on a word no list
    knows as one, the name is the person's in natural order and the word after its comma the title."""
    names = item.get("author")
    if item.get("title") or not (item.get("publisher") or item.get("publisher-place")):
        return
    if not isinstance(names, list) or len(names) != 1 or not _turnable_pair(names[0]):
        return
    first, _, second = str(names[0]["family"]).partition(" ")
    word = str(names[0]["given"])
    if not known_given_word(first) or known_given_word(second) or not body.startswith(f"{first} {second}, {word},"):
        return
    item["author"] = [{"family": second, "given": first}]
    item["title"] = word
    drop_flag(item, NO_TITLE)


def _turnable_pair(name: object) -> bool:
    """A person read with a family name of two capitalised words and a given name of one."""
    if not isinstance(name, dict) or set(name) != {"family", "given"}:
        return False
    words = str(name["family"]).split()
    return len(words) == 2 and all(_word(w) for w in words) and _word(str(name["given"]))


def _italian_first_family(given: str, family: str, body: str) -> bool:
    """``Lorenza Mochi Onori``, ``Anna Maria Petrioli Tofani`` in an Italian reference: the given name written out
    closes on a word in ``-i`` no given-name list knows, before a family word closing on a vowel; Italian family
    names take that plural ending (``Mochi``, ``Tosi``), Italian given names hardly ever (``Giovanni`` is known),
    so the word opens a two-word family name."""
    toks = given.split()
    last = toks[-1]
    return (
        last.endswith("i")
        and family[-1:] in "aeiou"
        and _word(last)
        and _word(toks[0])
        and last.lower() not in PARTICLES
        and last.lower() not in _GO_BY_NAMES
        and not known_given_word(last)
        and _ITALIAN.search(body) is not None
    )


def _turnable(name: object) -> bool:
    """A person with a one-word capitalised family name and a given name of two words or more."""
    if not isinstance(name, dict) or "non-dropping-particle" in name or "dropping-particle" in name:
        return False
    given, family = name.get("given"), name.get("family")
    return (
        isinstance(given, str)
        and isinstance(family, str)
        and " " in given.strip()
        and _word(family)
    )


def _word(w: str) -> bool:
    return w[:1].isupper() and len(w) > 1 and w.replace("-", "").isalpha() and not w.isupper()


def _spelled_after_lone_initial(name: Name, names: list[object]) -> bool:
    """``A. Frisk Kockum`` among ``A. Osman, J. Fernández-Pendás, C. Warren, …`` (``A. Benito Santos`` after ``A. G.
    Losada, R. Therón``): one initial, then a word no given-name list knows, where every other person of the list
    (two at least) has initials alone for a given name, so the list abbreviates given names and the word spelled
    out is the family's (``T. Kai Ng``, ``W. Bruce Croft`` keep the middle names people go by)."""
    if not _lone_initial_word(name):
        return False
    abbreviated = 0
    for other in names:
        if other is name or not isinstance(other, dict):
            continue
        given = other.get("given")
        if not isinstance(given, str) or not other.get("family"):
            return False
        if is_initials(given):
            abbreviated += 1
        elif not _lone_initial_word(other):
            return False
    return abbreviated >= _ABBREVIATED_OTHERS


def _lone_initial_word(name: Mapping[str, object]) -> bool:
    toks = str(name.get("given") or "").split()
    return (
        len(toks) == 2
        and _initial(toks[0])
        and _word(toks[1])
        and toks[1].lower() not in PARTICLES
        and not known_given_word(toks[1])
        and toks[1].lower() not in _GO_BY_NAMES
        and isinstance(name.get("family"), str)
    )


def _named_by_key(given: str, family: str, key: str) -> bool:
    """The citation key opens on the given name's last word and the family name (``Horta Ribeiro et al., 2020``,
    ``Paula Leite2017``): an author-year key names the family."""
    word = given.rpartition(" ")[2]
    pair = f"{word} {family}"
    at = key.find(pair)
    if at < 0 or key[:at].strip("[( ") or not _word(word):
        return False
    after = key[at + len(pair) : at + len(pair) + 1]
    return not after.isalpha()
