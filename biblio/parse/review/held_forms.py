"""A field's form held where that field is not: left in the note while the record lacks the field, or kept inside
another value.

In the note, with the record lacking the field: a page's locator (``NREL/SR-6A20-48595; p. 211``, ``ISBN …. S.
903``), a container's ``In`` and its name (``In PloS one``), a firm's imprint (``…, OECD Publishing``), a person's
name alone where the record has no author (``H. Kjellerstrand``, ``Jesse Jiryu Davis``).  In a value: an editor's
or translator's phrase (``Alcatel-Lucent (ed.). "A Mathematical Theory …"`` read as the title), a credit opening a
value (``Featuring …``, ``Interview by author``); in the title the medium's bracket or word closing it (``Road
accidents (indicator)``, ``… (book)``, ``… ~ online``), a thesis' genre opening it (``thesis: Multilevel …``), a
body's name closing it (``… HELIAS Institute of Neutron Physics …``) or its acronym's bracket opening it (``(WHO)
information note``), the author's name closing it (``…, DCD``), a list's bracketed number inside it (``…, [9]
TeleGeography``); the title's part number opening the container (``I. J. Math. Soc. Japan`` of ``Tight spherical
designs. I.``), a container that is a locator alone (``Section`` of ``Section 2``, ``slide`` of ``slide 54``), a page
holding a volume's ``#`` (``20#2``).  Among the names: bare surnames read as one person's family and given name, the
journal straight after it (``Daw, Baskes, Phys Rev Lett, 50, 1285 (1983)``), a document's word (``… Reference
Manual``) or a body's abbreviated word (``Univ``) read as a family name, editors whose role the text writes in the
date's bracket (``(2010, eds.)``) read as authors.

Read from the wrong references no needs-review flag marked on the gold sets (round flag23, CHANGELOG.md): on the gold
sets and the calibration split (12,561 references) they fire on 52 wrong records, 31 of them no other flag marked,
and on no right record; on the dev split the right records flagged stay 7.6 %.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.names import has_org_word
from biblio.parse.text import unmark
from biblio.records.model import Item

_NOTE_PART = lazy_pattern(r";\s*")
# a page's locator and its number ("p. 211", "S. 903", "pp. 12-19")
_PAGE_LOCATOR = lazy_pattern(r"(?:^|[\s(,;])(?:pp?|S)\.\s*\d")
# a container's lead word and its capitalised name ("In PloS one", "In: Proceedings …")
_IN_CONTAINER = lazy_pattern(r"^In:?\s+[A-Z]")
# a firm's imprint word; a press release names no publisher
_FIRM_WORD = lazy_pattern(r"\b(?:Press|Publishing|Publishers?|Verlag|Books)\b(?!\s+[Rr]elease)")
# a person's name alone: initials and a family name ("H. Kjellerstrand"), or two or three capitalised words
_PERSON_ALONE = lazy_pattern(
    r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z'\u2019-]+|[A-Z][a-z'\u2019-]+(?:\s[A-Z][a-z'\u2019-]+){1,2}"
)
# a group's word: "Planck Collaboration" is no person
_GROUP_WORD = lazy_pattern(r"(?i)\b(?:collaboration|consortium|group|team|project|network|committee)\b")
# an editor's, translator's or compiler's phrase ("(ed.)", "(Hrsg.)", "edited by")
_ROLE_PHRASE = lazy_pattern(
    r"\((?:[Ee]ds?|[Hh]rsg|[Hh]g|[Cc]omp|[Tt]rans)\.?\)|\b(?:[Ee]dited|[Cc]ompiled|[Tt]ranslated) by\b"
)
# a bracket of lowercase words naming a medium closing the title ("(indicator)", "(free online text book)"), or the
# medium's word after a dash or a tilde ("*Glossary of Computing Terms* ~ online")
_MEDIUM_CLOSING = lazy_pattern(
    r"\((?:(?:free|online|printed)\s+)*(?:text\s?book|e-?book|book|indicator|website|web site|software|data\s?set"
    r"|database|web page|homepage)\)$|\s[~\u2013-]\s*online$"
)
# editors' role inside the date's bracket ("(2010, eds.)") where the record reads no editor
_ROLE_IN_DATE = lazy_pattern(r"\(\d{4}[a-z]?,\s*(?:[Ee]ds?|[Hh]rsg|[Hh]g)\.?\)")
# a thesis' genre and its colon opening the title ("thesis: …", "PhD thesis: …")
_GENRE_OPENING = lazy_pattern(r"(?i)^(?:ph\.?\s?d\.?\s+|master'?s\s+|doctoral\s+)?(?:thesis|dissertation)\s*:")
# a part's roman number and its full stop before a journal's head ("I. J. Math. Soc. Japan")
_PART_THEN_JOURNAL = lazy_pattern(r"^[IVX]{1,4}\.\s+(?:J\.|Journal\b|Proc\.|Ann\.|Trans\.|Bull\.|Acta\b)")
# a list's bracketed number inside the title ("…, [9] TeleGeography"): the next entry's label or a note's mark
_CITATION_NUMBER = lazy_pattern(r"\[\d{1,3}\]")
# a container that is a locator's word alone or with its number ("Section" of "Section 2", "slide" of "slide 54",
# "Phase II")
_LOCATOR_ONLY = lazy_pattern(
    r"(?i)(?:slides?|sections?|phase|part|chapter|figure|fig|table|appendix|page|no|vol|volume|article|paper)\.?"
    r"(?:\s+(?:[IVX]{1,4}|\d{1,3}))?"
)
# a document's word read as a person's family name ("… Reference Manual", "… Markdown Documents")
_DOCUMENT_WORD = lazy_pattern(
    r"(?i)(?:manual|report|guide|handbook|documentation|documents?|proceedings|journal|survey|tutorial|notes"
    r"|standard|software|dataset|website)"
)
# a credit opening a value ("Featuring Vanessa Godden", "Interview by author"): a contributor's role, no title
_CREDIT_OPENING = lazy_pattern(
    r"(?i)^(?:featuring|feat\.|performed by|directed by|produced by|narrated by|hosted by|interview(?:ed)? by)\b"
)


def _note_parts(item: Item) -> list[str]:
    return [p.strip() for p in _NOTE_PART.split(unmark(str(item.get("note", "") or ""))) if p.strip()]


def _person_in_note(item: Item, parts: list[str]) -> bool:
    if item.get("author") or item.get("editor"):
        return False
    return any(
        _PERSON_ALONE.fullmatch(p) and not _GROUP_WORD.search(p) and not has_org_word(p) for p in parts
    )


# a body's name closing the title ("… reactor HELIAS Institute of Neutron Physics and Reactor Technology (INR)",
# "…. Laboratory for Information and Decision Systems"): the imprint run into it
_BODY_CLOSING = lazy_pattern(
    r"\s(?:Institute|Laboratory|Department|Centre|Center|Museum)\s(?:of|for)\s[A-Z][\w ]+(?:\([A-Z]+\)?)?$"
)
# a body's acronym in its bracket opening the title ("(WHO) information note: …"): the author's, read past its name
_ACRONYM_OPENING = lazy_pattern(r"^\([A-Z]{2,}\)")
# a body's abbreviated word read as a person's family name ("Univ" of "Univ. Bordeaux")
_BODY_ABBREVIATION = lazy_pattern(r"(?:Univ|Inst|Dept|Corp|Assoc|Soc|Lab|Ltd|Inc)\.?")
_CONNECTING_CLOSE = lazy_pattern(r"(?i)\b(?:the|of|and|for|at|in|on)$")


def _title_closes_on_institute(title: str) -> bool:
    m = _BODY_CLOSING.search(title)
    if m is None:
        return False
    head = title[: m.start()].rstrip(" .,")
    return len(head.split()) >= 3 and not _CONNECTING_CLOSE.search(head)


def _document_as_person(item: Item) -> bool:
    return any(
        isinstance(name, dict)
        and bool(
            _DOCUMENT_WORD.fullmatch(str(name.get("family", "")))
            or _BODY_ABBREVIATION.fullmatch(str(name.get("family", "")))
        )
        for var in ("author", "editor")
        for name in item.get(var) or []
    )


def _title_closes_on_author(item: Item, title: str) -> bool:
    """The title closing on ", " and the body the record reads as its author ("…, DCD" of "DCD (2023), …, DCD")."""
    for name in item.get("author") or []:
        body = str(name.get("literal", "")) if isinstance(name, dict) else ""
        if len(body) >= 2 and title.endswith(", " + body):
            return True
    return False


def _surnames_as_person(item: Item, source: str) -> bool:
    """One author ``Family, Given`` with a full given name, no title, and the container straight after the name:
    the compact physics form's bare surnames (``Daw, Baskes, Phys Rev Lett``) read as one person."""
    names = [n for n in item.get("author") or [] if isinstance(n, dict)]
    container = unmark(str(item.get("container-title", "") or "")).strip()
    if len(names) != 1 or item.get("title") or not container:
        return False
    family, given = str(names[0].get("family", "")), str(names[0].get("given", ""))
    if not family or re.fullmatch(r"[A-Z][a-z]{2,}", given) is None:
        return False
    head = re.escape(family) + r",\s+" + re.escape(given) + r",\s+" + re.escape(container[:6])
    return re.search(r"(?:^|[\s)\]])" + head, source) is not None


def held_form_signals(item: Item, source: str) -> dict[str, float]:
    """The signals of this module that fire on ``item`` read from ``source``."""
    parts = _note_parts(item)
    title = unmark(str(item.get("title", "") or "")).strip()
    container = unmark(str(item.get("container-title", "") or "")).strip()
    values = [title, container, unmark(str(item.get("publisher", "") or ""))]
    ev = {
        "note:holds-page": float(not item.get("page") and any(_PAGE_LOCATOR.search(p) for p in parts)),
        "note:holds-container": float(
            not item.get("container-title") and any(_IN_CONTAINER.match(p) for p in parts)
        ),
        "note:holds-publisher": float(not item.get("publisher") and any(_FIRM_WORD.search(p) for p in parts)),
        "note:holds-person": float(bool(parts) and _person_in_note(item, parts)),
        "value:holds-role-phrase": float(any(_ROLE_PHRASE.search(v) for v in values)),
        "title:closes-on-medium": float(bool(_MEDIUM_CLOSING.search(title.rstrip(" .")))),
        "title:opens-on-genre": float(bool(_GENRE_OPENING.match(title))),
        "container:opens-on-part": float(bool(_PART_THEN_JOURNAL.match(container))),
        "name:surnames-as-person": float(_surnames_as_person(item, source)),
        "name:document-word": float(_document_as_person(item)),
        "editor:role-in-date": float(not item.get("editor") and bool(_ROLE_IN_DATE.search(source))),
        "title:closes-on-institute": float(_title_closes_on_institute(title)),
        "title:opens-on-acronym": float(bool(_ACRONYM_OPENING.match(title))),
        "title:closes-on-author": float(_title_closes_on_author(item, title)),
        "title:holds-citation-number": float(bool(_CITATION_NUMBER.search(title))),
        "container:only-locator": float(bool(_LOCATOR_ONLY.fullmatch(container))),
        "value:opens-on-credit": float(any(_CREDIT_OPENING.match(v.strip()) for v in values)),
        # a volume and its issue joined by "#" ("20#2, pp. 241–58") read as the page
        "page:holds-number-sign": float("#" in str(item.get("page", "") or "")),
    }
    return {k: v for k, v in ev.items() if v}
