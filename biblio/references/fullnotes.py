"""Full notes counted as a careful reader counts works.

A full note ("Beatriz Ferreira, *Ports of Empire* (Cambridge, 2018), 45.")
describes a work. When the document has a reference list, a full note of a
work listed there is a citation of that entry: it is linked to it and is no
record. A full note of a work missing from the list stays a record (nothing
the user gave is lost). A document whose only sources are notes keeps one
record per work: the first full note of a work is the record, later ones
cite it.

Works are compared by author names and title words, not by exact text: a note
writes "Beatriz Ferreira, *Ports*" where the list writes "Ferreira, Beatriz. *Ports*".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from biblio.records.model import Item, biblio_data
from biblio.references.notes import fold

# The first title: emphasis or quotation marks.
_TITLE = re.compile(r"\*{1,2}(?P<a>[^*]{2,300})\*{1,2}|(?<![\w])_(?P<b>[^_]{2,300})_(?![\w])"
                    r"|[“\"](?P<c>[^”\"]{2,300})[”\"]|[〈《](?P<d>[^〉》]{1,300})[〉》]|\[(?P<e>[^\]]{2,300})\]\(")
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_STOP = frozenset(
    "the and for with from into über und der die das les des une and a an of in on to la le el los las del "
    "eds ed edited trans translated by et al".split()
)
_MIN_OVERLAP = 0.6
_TITLE_ALONE = 2  # title words a note without names must share, all of its own


@dataclass(frozen=True)
class Work:
    """What identifies a work in a reference or note: its name words, title words and year."""

    names: frozenset[str]
    title: tuple[str, ...]
    year: str | None
    words: frozenset[str] = frozenset()  # every word: what tells two editions of a work apart


def work_of(item: Item) -> Work:
    """The names, title and year of a record, from its source text and what the parser found."""
    source = str(biblio_data(item).get("source", ""))
    if source.lstrip().startswith(("{{", "<ref")):
        source = _template_text(item)  # a citation template: its parameter names are no words of the work
    m = _TITLE.search(source)
    names_text = source[: m.start()] if m else re.split(r"[.(]\s", source, maxsplit=1)[0]
    names = {w for w in _WORD.findall(fold(names_text)) if len(w) > 1 and w not in _STOP}
    # a part's own authors tell it from another part of the same edited book; the editors only where none
    for role in ("author",) if item.get("author") else ("editor",):
        for name in item.get(role) or []:
            if isinstance(name, dict):
                names.update(_WORD.findall(fold(str(name.get("family") or name.get("literal") or ""))))
    title_text = next(g for g in m.groups() if g) if m else str(item.get("title", ""))
    title = tuple(w for w in _WORD.findall(fold(title_text)) if len(w) > 2 and w not in _STOP)
    year = _YEAR.search(source)
    return Work(frozenset(names), title, year.group(1) if year else None, frozenset(_WORD.findall(fold(source))))


def _template_text(item: Item) -> str:
    """A record read from Wikipedia's citation template, written out as a reference would give it."""
    names = "; ".join(
        str(n.get("family") or n.get("literal") or "") for n in item.get("author") or item.get("editor") or []
        if isinstance(n, dict)
    )
    parts = item.get("issued", {}).get("date-parts", [[]]) if isinstance(item.get("issued"), dict) else [[]]
    year = str(parts[0][0]) if parts and parts[0] else ""
    return f"{names}. ({year}). *{item.get('title', '')}*. {item.get('container-title', '')}"


def same_work(a: Work, b: Work) -> float:
    """How surely two descriptions are of one work (0 when not): shared names, then title words."""
    if a.names and not b.names:
        return 0.0  # a note that names its authors describes no entry that names none
    if not (a.names and b.names):  # a note may give the title alone ("“Managed Retreat,” *Nature*, 4")
        shared = len(set(a.title) & set(b.title))
        alike = shared >= _TITLE_ALONE and shared == min(len(set(a.title)), len(set(b.title)))
        # with no names to go by, the words in the same order and no other year: a web page "Foo
        # history" is no citation of the book "A History of Foo"
        return 1.0 if alike and _in_order(a.title, b.title) and not _other_years(a, b) else 0.0
    if not a.names & b.names or _other_years(a, b):
        return 0.0  # another author, or another edition or form of the work (a 1995 article, a 1994 book)
    if a.title and b.title:
        shared = len(set(a.title) & set(b.title))
        score = shared / min(len(set(a.title)), len(set(b.title)))
        return score if score >= _MIN_OVERLAP else 0.0
    # one side or both without a title: the year must agree
    return 0.5 if a.year and a.year == b.year else 0.0


def _in_order(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the shorter title's words stand in the longer one in the same order."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    rest = iter(long)
    return all(word in rest for word in short)


def _other_years(a: Work, b: Work) -> bool:
    return bool(a.year and b.year and a.year != b.year)


def cited_entry(note: Work, entries: list[tuple[Item, Work]]) -> Item | None:
    """The one entry a full note describes; None when none does or two do equally well."""
    scored = sorted(((same_work(note, work), _shared_words(note, work), k) for k, (_item, work)
                     in enumerate(entries)), reverse=True)
    scored = [s for s in scored if s[0] > 0]
    # two entries of one work (a book and the thesis before it): the one sharing more words with the note
    if not scored or (len(scored) > 1 and scored[1][:2] == scored[0][:2]):
        return None
    return entries[scored[0][2]][0]


def _shared_words(a: Work, b: Work) -> float:
    return len(a.words & b.words) / max(1, len(a.words | b.words))


def link_full_note(note: Item, target: Item, line: int, text: str, locator: str | None) -> None:
    """Record on `target` that the note at `line` cites it (at `locator`)."""
    link: dict[str, object] = {"line": line, "text": text}
    if locator:
        link["locator"] = locator
    biblio_data(target).setdefault("notes", []).append(link)
