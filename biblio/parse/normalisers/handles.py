"""A social-media handle after an author's name -> ``custom.biblio.handles``, never a second author.

Fields touched: ``author``.

APA writes ``Gates, B. [@BillGates]`` (a group ``National Gallery of Australia. [@nationalgalleryaus].``)
and Chicago ``Souza, Pete (@petesouza)``: the handle is the same person's account. Read as a name of its
own it would be a second author (``[@BillGates]``) or glued to the given name; it is kept beside the
names instead. A handle alone in the author's place (MLA's ``@tim_cook. "Title." Twitter, …``) is the author,
as a ``literal``, as the record conventions keep usernames.
"""

from __future__ import annotations

from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.names import parse_person_list
from biblio.records.model import Item, biblio_data

FIELDS = ("author",)

_HANDLE = lazy_pattern(r"^[\[(]?\s*(@[\w.]+)\s*[\])]?$")
# "Pete (@petesouza)" read as one given name: the handle closes it
_HANDLE_END = lazy_pattern(r"\s*[\[(]\s*(@[\w.]+)\s*[\])]$")
# a group's name with its handle after a full stop: "National Gallery of Australia. [@nationalgalleryaus]."
_LITERAL_HANDLE_END = lazy_pattern(r"\.?\s*[\[(]\s*(@[\w.]+)\s*[\])]?\.?$")


def handles_apart(item: Item) -> None:
    """Handles read as authors, or into an author's name, go to ``custom.biblio.handles``."""
    names: list[dict[str, Any]] = item.get("author", [])
    if not any("@" in str(n.get("family", "")) + str(n.get("given", "")) + str(n.get("literal", "")) for n in names):
        return
    kept: list[dict[str, Any]] = []
    found: list[str] = []
    for n in names:
        m = _HANDLE.match(str(n.get("family", "")).strip())
        if m and not kept and len(whole := parse_person_list(str(n.get("given", "")))) == 1 and "family" in whole[0]:
            # Chicago's note "Pete Souza (@petesouza)," read as the handle for the family name, the rest given
            kept.append(whole[0])
            found.append(m.group(1))
            continue
        if m and kept:
            if n.get("given") and not kept[-1].get("given"):
                # "Gates, B. [@BillGates]" read as [Gates] and [B. [@BillGates]]: the initials are Gates's
                kept[-1] = {**kept[-1], "given": n["given"]}
            found.append(m.group(1))
            continue
        if m and not n.get("given"):
            # MLA's "@tim_cook." alone before the title: the account is the author, named as written
            n = {k: v for k, v in n.items() if k != "family"} | {"literal": m.group(1)}
        for part in ("given", "family", "literal"):
            end = (_LITERAL_HANDLE_END if part == "literal" else _HANDLE_END).search(str(n.get(part, "")))
            if end and str(n[part])[: end.start()].strip():
                n = {**n, part: str(n[part])[: end.start()].strip()}
                found.append(end.group(1))
        kept.append(n)
    if kept != names:
        item["author"] = kept
    if found:
        biblio_data(item)["handles"] = found
