"""A preprint's arXiv number <-> biblatex's e-print fields, both directions from one table.

A CSL preprint (type ``article``) keeps its archive ID in ``number``: ``arXiv:2005.14165``, with the subject
class physics lists add, ``arXiv:1207.7214 [hep-ex]`` (Zotero's archive ID of a preprint). biblatex names it
``eprint`` with ``eprinttype`` and ``eprintclass``: biber prints ``arXiv: 2005.14165 [hep-ex]``, and Zotero's
BibTeX import keeps it as an ``arXiv:`` line of Extra. arXiv's own BibTeX writes ``archiveprefix`` and
``primaryclass``, which biber reads as the same fields; both spellings are read back.
"""

from __future__ import annotations

import re

from biblio.records.model import Item

# (field, its other spelling read on import)
EPRINT = ("eprint", "eprint")
KIND = ("eprinttype", "archiveprefix")
CLASS = ("eprintclass", "primaryclass")
FIELDS = frozenset(EPRINT + KIND + CLASS)

_NUMBER = re.compile(r"arXiv:(\S+)(?:\s\[([\w.-]+)\])?", re.I)


def eprint_fields(item: Item) -> dict[str, str]:
    """biblatex's e-print fields for a preprint whose ``number`` is an arXiv identifier, or nothing."""
    if item.get("type") != "article" or not (m := _NUMBER.fullmatch(str(item.get("number", "")).strip())):
        return {}
    out = {EPRINT[0]: m.group(1), KIND[0]: "arxiv"}
    if m.group(2):
        out[CLASS[0]] = m.group(2)
    return out


def eprint_number(fields: dict[str, str]) -> str | None:
    """The CSL ``number`` of an arXiv e-print named by ``fields`` (a .bib entry's, lower-case names)."""
    eprint = fields.get(EPRINT[0], "").strip()
    kind = next((fields[k] for k in KIND if fields.get(k)), "")
    if not eprint or kind.strip().lower() != "arxiv":
        return None
    number = eprint if eprint.lower().startswith("arxiv:") else f"arXiv:{eprint}"
    subject = next((fields[k].strip() for k in CLASS if fields.get(k, "").strip()), "")
    return f"{number} [{subject}]" if subject else number
