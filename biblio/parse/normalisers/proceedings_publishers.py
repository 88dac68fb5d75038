"""A proceedings' publisher written after its name with a comma, as Emerald's and Harvard's forms do: ``…,
Proceedings of the 24th Conference on Pattern Languages of Programs, The Hillside Group, p. 12.`` read whole as the
proceedings' title. A last comma part that names a body (a group, press, society or association, or the computing
societies that publish most proceedings) is the publisher, not part of the meeting's name."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.records.model import Item

_PROCEEDINGS = lazy_pattern(r"(?:In\s+)?(?:Proceedings|Proc\.)\s")
# "The Hillside Group", "IEEE Computer Society", "ACM": a capitalised body's name closing on its kind (a part opening
# on a lowercase "and", as "…, Ethics, and Society", is the meeting's own name)
_BODY = lazy_pattern(
    r"(?:The\s+)?[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|for|and|&|on))*\s+"
    r"(?:Group|Press|Society|Association|Publishers|Publishing|Foundation|Consortium)"
    r"|ACM|IEEE|Association for Computing Machinery|Springer|Elsevier"
)


def proceedings_publisher_apart(item: Item) -> None:
    """``Proceedings of …, The Hillside Group`` as the container: the body after the last comma is the publisher,
    where no publisher was read."""
    name = item.get("container-title")
    if not isinstance(name, str) or "publisher" in item or ", " not in name or not _PROCEEDINGS.match(name):
        return
    head, _, last = name.rpartition(", ")
    if _BODY.fullmatch(last) is None:
        return
    item["container-title"] = head
    item["publisher"] = last
