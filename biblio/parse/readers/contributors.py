"""A contributor statement after a title, as Chicago, MLA and Harvard set it: ``Translated by Harry Zohn.``,
``Trans. T. Parsons.``, ``Ed. Michael Holquist.``, ``Directed by …``; older MLA's names before their role
(``Rachel Jacoff, ed.``, ``Jane E. Lewin, tr.``, ``Mark Musa and Peter Bondanella, trans. and eds.``). Shared by
the structured readers."""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.names import parse_person_list
from biblio.parse.text import strip_value, unmark

CONTRIBUTOR = lazy_pattern(
    r"^(?:(?P<role>Edited and translated|Translated and edited|Translated|Translation|Trans\.|Edited|Ed\.|Compiled|"
    r"Directed|Revised|Produced|Presented|Hosted|Narrated|Interview|Interviewed|Filmed and edited)\s+by|"
    # "ed. and trans.", "trans. and ed.", "ed. and comp.", "comp.": a short role, or two joined
    # (the classicists' lower-case "tr." and Latin plural "edd.": "tr. Willis & de Heer", "edd. B. Carpenter")
    r"(?P<short>(?:eds?|edd|trans|tr|comp)\.(?:\s+and\s+(?:eds?|trans|comp)\.)?))\s+(?P<names>.+?)\.?$",
    re.I,
)
# older MLA names the contributors first, their role after a comma: "Karen Eales, trans.", "Alfonso Paolella et
# al., eds."; each name two to four capitalised words (a title's words before it are no names); matched at a
# sentence's start (``match``, no anchor: a reading may look for it after a title's full stop); no book after
# "In", no initials after the role ("In Book, eds. C.G. Cereti": the role before its names)
_PERSON = r"[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|de|da|di|van|von|le|la)){1,3}"
NAMES_ROLE = lazy_pattern(
    rf"(?!In\s)(?P<names>{_PERSON}(?:(?:,\s+|,?\s+and\s+|\s*&\s*){_PERSON})*(?:,?\s+et\s+al\.)?),\s+"
    r"(?P<short>(?:eds?|trans|tr)\.(?:\s+and\s+(?:eds?|trans)\.)?)(?=\s+[A-Z](?![A-Z]*\.)|\s*$)"
)
# the CSL role each word opens; a presenter, host or narrator has none (the text stays in the record's source)
_ROLES = (
    ("translat", "translator"),
    ("trans", "translator"),
    ("tr.", "translator"),
    ("edit", "editor"),
    ("ed.", "editor"),
    ("eds.", "editor"),
    ("edd.", "editor"),
    ("comp", "editor"),
    ("direct", "director"),
    ("produc", "producer"),
    ("interview", "interviewer"),
)


# a second role's phrase inside the first's statement: "Translated by Guy Marco and Claude Palisca, edited by Claude
# Palisca.", "Translated by Maria Rika Maniates and edited by Claude Palisca."
_SECOND_ROLE = lazy_pattern(r"(?:,\s*|\s+and\s+)(?=(?:edited|translated|compiled)\s+by\s+[A-Z])")


_DIGIT = lazy_pattern(r"\d")
# a name of one word (an editor has a given name or initials)
_ONE_WORD = lazy_pattern(r"[A-Z][^\W\d_]+")


def contributor_fields(unit: str) -> dict[str, Any] | None:
    """The fields a contributor statement gives (``{}`` for a role CSL has no place for), or None when ``unit``
    is no such statement: no role word, or no names after it (``directed by X, August 22, 2012``: a date)."""
    m = CONTRIBUTOR.match(unit) or NAMES_ROLE.fullmatch(unit.rstrip())
    if not m:
        return None
    split = _SECOND_ROLE.search(unit, m.start("names")) if " by " in m.group("names") else None
    if split is not None and m.groupdict().get("role"):
        # each role names its own contributors
        first, other = contributor_fields(unit[: split.start()]), contributor_fields(unit[split.end() :])
        if first is None or other is None:
            return None
        return {**other, **first}
    names = [n for n in parse_person_list(unmark(m.group("names"))) if n]
    if not names or _DIGIT.search(m.group("names")):
        return None
    if m.group("short") == "Ed." and _ONE_WORD.fullmatch(m.group("names")):
        return None  # Portuguese and Spanish "Ed. Springer", "Ed. Atlas": the house (editora), no editor
    role = (m.groupdict().get("role") or m.group("short")).lower()
    if role == "revised":  # "Translated by G. M. A. Grube. Revised by John M. Cooper.": CSL names no reviser
        return {"note": strip_value(unit)}
    out: dict[str, Any] = {}
    for word, variable in _ROLES:
        if (role.startswith(word) or word in ("translat", "edit") and word in role) and variable not in out:
            out[variable] = names
    # a second short role joined to the first: "ed. and trans.", "trans. and ed.", "ed. and comp."
    if " and " in role:
        second = role.rsplit(" and ", 1)[1]
        out.setdefault("translator" if second.startswith("trans") else "editor", names)
    return out
