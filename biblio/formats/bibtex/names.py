"""CSL names <-> BibTeX name lists (``Family, Jr., Given`` joined with `` and ``)."""

from __future__ import annotations

import re
from typing import Any

from pybtex.bibtex.utils import split_name_list
from pybtex.database import Person

from biblio.formats.bibtex import latex
from biblio.formats.bibtex.mapping import Dialect

Name = dict[str, Any]
_AND = re.compile(r"\band\b", re.I)


def _text(text: str, dialect: Dialect, for_zotero: bool = False) -> str:
    escaped = latex.escape(latex.clean(text), for_zotero=for_zotero)
    if for_zotero:
        return escaped  # Zotero reads raw UTF-8
    return latex.braced_accents(escaped) if dialect == "bibtex" else latex.pdflatex_safe(escaped, biber=True)


def _part(text: str, dialect: Dialect, brace: bool = False, for_zotero: bool = False) -> str:
    encoded = _text(text, dialect, for_zotero)
    # A comma or a lone "and" would split the name; braces make the part one token.
    if brace or "," in text or _AND.search(text):
        return "{" + encoded + "}"
    return encoded


def _family_needs_brace(family: str) -> bool:
    # "Pérez de Cuéllar": a lower-case word after the first would be read as a "von" particle.
    # (any word not starting with a capital letter may be taken for one, e.g. "\\&" or "{x}")
    return any(not word[:1].isupper() for word in family.split()[1:])


def encode_name(name: Name, dialect: Dialect, for_zotero: bool = False) -> str | None:
    if not isinstance(name, dict):
        return None
    family = latex.clean(str(name.get("family") or ""))
    given = latex.clean(str(name.get("given") or ""))
    if name.get("literal") or (family and not given and " " in family and not name.get("suffix")):
        # organisations (and a family name alone that has several words): one unsplittable name
        return "{" + _text(latex.clean(str(name.get("literal") or family)), dialect, for_zotero) + "}"
    if not family:
        family, given = given, ""
    if not family:
        return None
    roles = ("non-dropping-particle",) if for_zotero else ("dropping-particle", "non-dropping-particle")
    particles = " ".join(latex.clean(str(name[k])) for k in roles if name.get(k))
    if for_zotero and name.get("dropping-particle"):
        # Zotero keeps a dropping particle at the end of the first name ("Goethe, Johann Wolfgang von").
        given = " ".join(p for p in (given, latex.clean(str(name["dropping-particle"]))) if p)
    last = _part(family, dialect, _family_needs_brace(family), for_zotero)
    if particles:
        last = _part(particles, dialect, for_zotero=for_zotero) + " " + last
    suffix = latex.clean(str(name.get("suffix") or ""))
    pieces = (
        [last] + ([_part(suffix, dialect, for_zotero=for_zotero)] if suffix else [])
        + ([_part(given, dialect, for_zotero=for_zotero)] if given else [])
    )
    if suffix and not given:
        pieces.append("")
    return ", ".join(pieces)


def encode_names(names: Any, dialect: Dialect, for_zotero: bool = False) -> str | None:
    if not isinstance(names, list):
        return None
    encoded = [e for e in (encode_name(n, dialect, for_zotero) for n in names) if e]
    return " and ".join(encoded) or None


def _single_group(token: str) -> bool:
    """``{Human Rights Watch}``: one brace group spanning the whole token."""
    if not (token.startswith("{") and token.endswith("}")):
        return False
    depth = 0
    for index, char in enumerate(token):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0 and index < len(token) - 1:
            return False
    return True


def decode_person(person: Person) -> Name | None:
    last = person.last_names
    if not (person.first_names or person.middle_names or person.prelast_names or person.lineage_names):
        if len(last) == 1 and _single_group(last[0]):
            return {"literal": latex.decode(last[0])}
        if [p.lower() for p in last] == ["others"]:
            return None
    name: Name = {}
    parts = {
        "family": last,
        "given": person.first_names + person.middle_names,
        "non-dropping-particle": person.prelast_names,
        "suffix": person.lineage_names,
    }
    for key, words in parts.items():
        text = latex.decode(" ".join(words))
        if text:
            name[key] = text
    return name or None


def split_names(value: str) -> list[Person]:
    """A name list field pybtex did not split itself (translator, bookauthor, …)."""
    return [Person(n) for n in split_name_list(value)]
