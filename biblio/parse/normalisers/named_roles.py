"""Older MLA's contributors named before their role, after the book's title: ``*Sexual Practices and the Medieval
Church*. Vern L. Bullough and James Brundage, eds. Buffalo: …``, ``Jacques Le Goff, ed. Lydia G. Cochrane, trans.``.

Fields touched: ``editor``, ``translator``, ``container-title``, ``note``, ``type``.

Read token by token, the names run into the book's title (``… Medieval Church. Vern``), a translator joins the
editors, or the book and its editors are left as a note. The sentence of names closed by ``, ed.``, ``, eds.``,
``, trans.`` or ``, tr.`` says who they are, and the sentence before it is the book's title.
"""

from __future__ import annotations

from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.names import parse_person_list
from biblio.parse.readers.contributors import NAMES_ROLE
from biblio.records.model import source_text

FIELDS = ("editor", "translator", "container-title", "note", "type")
# a sentence's end before the names (the book's title, or a quoted chapter title, closes there)
_SENTENCE_END = lazy_pattern(r"[.?!\"\u201d]\s+(?=[A-Z])")
# a lone capital's stop: a name's initial ("L. P. Hansen, eds."), no sentence's end
_INITIAL_STOP = lazy_pattern(r"[\s.-][A-Z]\.\s")
# a role's own stop, and names after the next role up to the imprint's bracket: "…, ed. Edward Peters, trans. Martha
# E. McGinty (Philadelphia:" names Peters the editor and McGinty the translator (where "Hugo Marchetti, ed. Sara K.
# Long, trans. London:" closes each list of names on its role)
_ROLE_STOP = lazy_pattern(r"\b(?:eds?|trans|tr)\.$")
_NAMES_THEN_BRACKET = lazy_pattern(r"\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}\s*[(\[]")
_ROLE_WORDS = (", ed.", ", eds.", ", trans.", ", tr.")


def _families(names: Any) -> set[str]:
    return {n.get("family", "") for n in names if isinstance(n, dict)} if isinstance(names, list) else set()


def contributors_before_role(item: dict[str, Any]) -> None:
    """(In place.) Each sentence of names closed by its role after the title names the book's editors or
    translators; a container cut inside the sentence before them (or left with them in a note) is that sentence."""
    text = source_text(item)
    if not any(w in text for w in _ROLE_WORDS) or not item.get("title"):
        return
    title = str(item["title"])
    at = text.find(title)
    # the names follow the title: a sentence opening it or inside it ("Vipers' Tangle, tr. Warre Bradley Wells") is
    # the title's own
    after = at + len(title) if at >= 0 else 0
    for end in _SENTENCE_END.finditer(text):
        # (a sentence end inside names already read is an initial's stop: "J. C. Richards and W. A. Renandya, eds.")
        if end.end() < after or end.start() >= 2 and _INITIAL_STOP.match(text, end.start() - 2):
            continue
        m = NAMES_ROLE.match(text, end.end())
        if m is None or m.start() < after:
            continue
        if _ROLE_STOP.search(text, 0, end.start() + 1) and _NAMES_THEN_BRACKET.match(text, m.end()):
            continue
        after = m.end()
        names = [n for n in parse_person_list(m["names"]) if n]
        if not names or any("family" not in n for n in names):
            continue
        role = m["short"]
        variables = ["editor"] if role.startswith("ed") else ["translator"]
        if " and " in role:
            variables.append("translator" if role.endswith("trans.") else "editor")
        named = _families(names)
        for variable in variables:
            item[variable] = names
        if "editor" not in variables and _families(item.get("editor")) & named:
            # "Jacques Le Goff, ed. Lydia G. Cochrane, trans.": the translator read as one more editor
            kept = [n for n in item["editor"] if n.get("family") not in named]
            if kept:
                item["editor"] = kept
            else:
                del item["editor"]
        if "editor" in variables:
            _book_before(item, text, end.start() + 1)


def _book_before(item: dict[str, Any], text: str, end: int) -> None:
    """The sentence of ``text`` closing at ``end`` is the book's title where the container is cut inside it, or
    is missing and a note holds it."""
    start = text.rfind(". ", 0, end - 1)
    quote = max(text.rfind("\u201d ", 0, end - 1), text.rfind('" ', 0, end - 1))
    start = max(start, quote)
    if start < 0:
        return
    book = text[start + 2 : end].strip().rstrip(".")
    if not book or book.startswith(("In ", "in ")):
        return
    container = item.get("container-title")
    if isinstance(container, str):
        if container != book and book.startswith(container.rstrip(". ")) or container.startswith(book + ". "):
            item["container-title"] = book
        return
    note = item.get("note")
    if isinstance(note, str) and note.startswith(book):
        item["container-title"] = book
        del item["note"]
        if item.get("type") == "book":
            item["type"] = "chapter"
