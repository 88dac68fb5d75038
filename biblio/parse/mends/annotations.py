"""A cataloguer's annotation closing a reference: ``… Kassel: Bärenreiter, 1977. (Compiled using RISM rules)``.

A list of catalogues or editions may say after each entry, in brackets, how the work was made or where its
data went; the sentence names no part of the work cited, so it is a note, read apart before the reference
(the model reads it as a publisher or runs the imprint into the title)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern

# after the reference's full stop, a bracketed sentence that opens on a participle (``Compiled by``,
# ``Reviewed in``); a role's participle names a contributor (``Translated by``, ``Edited by``) and stays
_CLOSING_ANNOTATION = lazy_pattern(
    r"(?<=[.])\s+\((?P<note>(?!(?:Translated|Edited|Illustrated|Introduced|Revised|Abridged)\b)"
    r"[A-Z][a-z]+ed\s+(?:by|in|on|using|with|from|for|after|under|based)\b[^()]*)\)\.?\s*$"
)


def annotation_apart(text: str) -> tuple[str, str | None]:
    """(the reference, the annotation) of a reference closing on a cataloguer's annotation in brackets; else
    (text, None)."""
    m = _CLOSING_ANNOTATION.search(text) if text.rstrip().endswith((")", ").")) else None
    if m is None or len(text[: m.start()].split()) < 4:
        return text, None
    return text[: m.start()], m.group("note").strip()
