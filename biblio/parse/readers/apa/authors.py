"""The author element (before the date) -> ``author`` / ``editor`` / ``director``.

Fields touched: ``author``, ``editor``, ``director``, ``producer``.

APA puts an editor in the author position as ``Family, G. (Ed.).`` and a
film's director as ``Family, G. (Director).``; the role marker decides the
CSL variable.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.names import (
    compound_families,
    family_first_pairs,
    has_org_name_word,
    has_org_word,
    known_given,
    language_conjunctions,
    make_person,
    names_from_span,
    national_body,
    parse_names,
    screen_name,
)
from biblio.parse.text import clean_space, unmark
from biblio.records.model import Name

_ROLE = lazy_pattern(
    r"[\s,]*[(\[]?\s*(?P<role>Eds?|Edd|Editors?|Reds?|Haz|Hrsg|Hg|Hgg|Coords?|Dirs?|Orgs?|Comps?|Director|Directors|"
    r"Producers?(?:\s*(?:&|and)\s*Directors?)?|Executive\s+Producers?|Writers?(?:\s*(?:&|and)\s*(?:Director|Producer|Host))?|Host|Hosts|"
    r"Presenters?|Trans|Translators?)"
    r"\.?\s*[)\]]?\s*[.,:]?\s*$",
    re.I,
)
# a hyphenated initial with a space before its hyphen, as PDFs give "M.-R.": "M. -R."
_SPACED_HYPHEN = lazy_pattern(r"(?<=\b[^\W\d_]\.)\s+-\s*(?=[^\W\d_]\.)")
_ROLE_VAR = {
    "director": "director", "directors": "director", "producer": "producer", "producers": "producer",
    "trans": "translator", "translator": "translator", "translators": "translator",
}  # fmt: skip


# two groups (a band, a company) joined as APA joins its last name: "Coldplay, & BTS"; no initials on
# either side, so no "Family, I."
_GROUP_PAIR = lazy_pattern(r"([^\W\d_][\w'\u2019-]+),\s*&\s*([^\W\d_][\w'\u2019-]+)\.?")
# "Shapiro and Wilk (1965). Title": two family names alone, as docstrings, help pages and lecture notes shorten an
# author-year reference; two single capitalised words that name no organisation are two persons
_FAMILY = r"[A-Z][^\W\d_]+(?:[-'\u2019][A-Z]?[^\W\d_]+)?"
_FAMILY_PAIR = lazy_pattern(rf"({_FAMILY}) and ({_FAMILY})")
# "Alboukadel Kassambara and Fabian Mundt (2017).", "Rosa Filgueira, Claire Grover, …, and Melissa Terras (2021).":
# persons in natural order, as an R package's citation or a lesson's reference list prints them; two words at least
# in each name ("Fisheries and Oceans Canada", "Jack Smith and Sons" are bodies)
_NATURAL_WORD = r"[A-Z][^\W\d_]+(?:[-'\u2019][A-Z]?[^\W\d_]+)?"
_NATURAL_NAME = rf"{_NATURAL_WORD}(?: [A-Z]\.)?(?: {_NATURAL_WORD}){{1,2}}"
_NATURAL_LIST = lazy_pattern(rf"{_NATURAL_NAME}(?:, {_NATURAL_NAME})*,? and {_NATURAL_NAME}")
# "Aki Vehtari. (2024).", "Simon Hettrick. (2018).": one person in natural order, a given name the lists know, then
# one family word that is none ("Social Blade", "Canadian Solar" open on no given name)
_GIVEN_FAMILY = lazy_pattern(rf"(?P<given>{_NATURAL_WORD}) {_NATURAL_WORD}\.?")
# (a screen name may be words: APA's "Fogarty, M. [Grammar Girl].")
_NAME_BRACKET = lazy_pattern(
    r"\s*\[(?!@)(?:[^\[\]\s]{1,30}|[A-Z][\w'\u2019.-]*(?:\s[A-Z\d][\w'\u2019.-]*){1,3})\][.\s]*$"
)
# APA 9.10's contributor "with" the author: "Kübler-Ross, E. (with Byock, I.)" is no author of the work
_WITH_CONTRIBUTOR = lazy_pattern(r"\s*\(with\s+[^()]{2,80}\)\.?$", re.I)
_COMMA_ROLE = lazy_pattern(r",\s*(?:eds?|hrsg|hg)\.?$", re.I)
# "Pearce, Susan Ed. (1994):": an inverted name, then the role with neither bracket nor comma (a given name "Ed"
# is written without the stop)
_BARE_ED = lazy_pattern(r"^[^\W\d_][^,]*,\s*[A-Z][^\W\d_]*\.?(?:\s[A-Z]\.)*\sEds?\.$")
# the classicists' lower-case role after the names' full stop: "Foley, H. ed. (1981)", "Porter, Stanley. ed."
_DOT_ROLE = lazy_pattern(r"\.\s+(?:eds?|edd)\.?$")
# Past its run of spaces and commas a role match is at most 27 characters long in spacing-collapsed
# text (no two spaces in a row): ``(Executive Producers).``
_ROLE_WINDOW = 40


def _role(s: str) -> re.Match[str] | None:
    """``_ROLE.search(s)`` for spacing-collapsed ``s``, looking only at its end: a match that begins
    earlier begins in its run of spaces and commas, so it also begins at the window's start, and only
    then is the whole text searched for where it really begins."""
    start = max(0, len(s) - _ROLE_WINDOW)
    m = _ROLE.search(s, start)
    if m and start and m.start() == start:
        m = _ROLE.search(s)
    return m


# a role after one name of several: "Oakley, B. (Writer), & Lazarus, J. (Director)."
# (two roles of one person joined: "Gilbert, D. (Writer & Host), & Gazit, C. (Writer & Director).")
_EACH_ROLE = lazy_pattern(
    r"\s*\((?P<role>[A-Z][a-z]+(?:\s+[A-Z][a-z]+|\s*&\s*[A-Z][a-z]+)?)\)\s*[,;]?\s*(?:&\s*)?", re.I
)


def parse_roles(segment: str) -> list[tuple[str, list[Name]]]:
    """``(CSL variable, names)`` for each role of a creators' element that gives each name its own role
    (APA's TV episode: ``Oakley, B. (Writer), & Lazarus, J. (Director).``); one pair for any other."""
    s = clean_space(unmark(segment)).strip(" ,;:")
    marks = list(_EACH_ROLE.finditer(s))
    if len(marks) < 2 or s[marks[-1].end() :].strip(" .") or not all(_role(f"({m['role']})") for m in marks):
        return [parse_authors(segment)]
    out: list[tuple[str, list[Name]]] = []
    start = 0
    for m in marks:
        out.append(parse_authors(s[start : m.end("role") + 1]))  # the names and their "(Role)"
        start = m.end()
    return out


# an initial: APA's persons all carry one
_INITIAL = lazy_pattern(r"(?<![\w'\u2019-])[^\W\d_]\.")


# words that qualify a body's name but name none alone: "World Travel & Tourism Council" is one body
_BODY_QUALIFIERS = frozenset(["world", "global", "international", "national", "european", "american"])


def _one_body_joined(s: str) -> bool:
    """Whether a body's name joins its words with "&" or "and": APA inverts its persons with a comma before
    their initials, so an "&" with no comma about it after a word or two that name no body ("Pew Internet &
    American Life Project"), or an "and" in a list with no initial ("Surveillance, Epidemiology, and End Results
    Program"), joins one body's words."""
    if not has_org_name_word(s):
        return False
    if "&" in s:
        # (two bodies joined by "&" each hold a body's name or are an acronym: "CITES & General Secretariat …")
        head = s.split("&", 1)[0].split()
        return (
            "," not in s
            and s.count("&") == 1
            and 1 <= len(head) <= 2
            and not has_org_name_word(" ".join(w for w in head if w.lower() not in _BODY_QUALIFIERS))
            and not any(w.isupper() for w in head)
        )
    return " and " in s and _INITIAL.search(s) is None


def parse_authors(segment: str) -> tuple[str, list[Name]]:
    """Return (CSL variable, names) for the text before the date."""
    s = _SPACED_HYPHEN.sub("-", clean_space(unmark(segment)).strip(" ,;:"))
    var = "author"
    m = _role(s)
    # "(Ed.)" always marks a role; a bare ", ed." only after a comma, or a capital "Ed." after an inverted name
    if m and (
        s[m.start() :].lstrip(" ,")[:1] in "(["
        or s[: m.start()].rstrip().endswith(",")
        or _COMMA_ROLE.search(s)
        or _BARE_ED.search(s) is not None
        or _DOT_ROLE.search(s)
    ):
        role = m.group("role").lower()
        if role.startswith("exec"):
            role = "producer"
        # "(Writer & Director)": the writer is the author, as is a podcast's or programme's host or presenter
        var = _ROLE_VAR.get(role, "author" if role.startswith(("writer", "host", "presenter")) else "editor")
        if role.startswith("producer") and "direct" in role:
            var = "director"  # "(Producer & Director)": who made the film or episode is its director
        s = s[: m.start()].strip(" ,")
    # "National Aeronautics and Space Administration [NASA]": the group's abbreviation or screen name is
    # no further name ("[@handle]" is kept apart by the conventions)
    if "(" in s and (w := _WITH_CONTRIBUTOR.search(s)):
        s = s[: w.start()].rstrip(" ,")
    if (alias := screen_name(s)) is not None:
        return var, [{"literal": alias}]
    s = _NAME_BRACKET.sub("", s)
    if national_body(s) and "," not in s:
        # "U.S. EPA", "UK Health Security Agency", "Greenpeace UK": a body, no initials "U.S." or "UK"
        return var, [{"literal": s[:-1] if s.endswith(".") else s}]
    if _one_body_joined(s):
        return var, [{"literal": s[:-1] if s.endswith(".") else s}]
    pair = _GROUP_PAIR.fullmatch(s)
    if pair:  # "Coldplay, & BTS": two groups, APA's comma before "&" kept between them
        return var, [{"literal": pair.group(1)}, {"literal": pair.group(2)}]
    family = _FAMILY_PAIR.fullmatch(s)
    if family and family.group(1) != family.group(2) and not any(has_org_word(w) for w in family.groups()):
        return var, [{"family": family.group(1)}, {"family": family.group(2)}]
    if " " in s and "," not in s and (first := family_first_pairs([s.rstrip(".")])):
        # "Keller Emile. (1866).": French and Central European lists' family name before the given, no comma
        return var, [make_person(family, given) for family, given in first]
    if (
        (one := _GIVEN_FAMILY.fullmatch(s)) is not None
        and known_given(one["given"])
        and not known_given(s.rstrip(".").rsplit(" ", 1)[1])
        and not has_org_name_word(s)
    ):
        return var, names_from_span(s)
    if _NATURAL_LIST.fullmatch(s) and not has_org_name_word(s):
        persons = names_from_span(s)
        if persons and all("family" in n and "given" in n for n in persons):
            return var, persons
    # APA written in other languages joins the last name with the language's "and" (``M. ve Demir``)
    return var, _missing_comma_apart(compound_families(s, parse_names(language_conjunctions(s))))


# initials then a capitalised word in one given name, the next name only initials: "Aviles, A. Dávila, E. &
# Benson, R.D." (the comma after the first initials left out)
_INITIALS_THEN_FAMILY = lazy_pattern(
    r"(?P<initials>(?:[^\W\d_]\.\s?-?)+)\s*(?P<family>[A-Z][^\W\d_]+(?:[-'\u2019][A-Z]?[^\W\d_]+)?)"
)
_ONLY_INITIALS = lazy_pattern(r"(?:[^\W\d_]\.\s?-?)+")


def _missing_comma_apart(names: list[Name]) -> list[Name]:
    """An inverted list whose comma after one person's initials was left out (``Aviles, A. Dávila, E.``), read as a
    given name ``A. Dávila`` and a family ``E.``: the word after the initials is the next person's family."""
    for k in range(len(names) - 1):
        given, nxt = names[k].get("given"), names[k + 1]
        if (
            isinstance(given, str)
            and " " in given
            and set(nxt) == {"family"}
            and _ONLY_INITIALS.fullmatch(str(nxt["family"]))
            and (m := _INITIALS_THEN_FAMILY.fullmatch(given))
        ):
            names = [*names]
            names[k] = {**names[k], "given": m["initials"].strip()}
            names[k + 1] = {"family": m["family"], "given": str(nxt["family"])}
    return names
