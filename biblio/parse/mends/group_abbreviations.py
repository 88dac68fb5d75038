"""Mends of a group author followed by its short name in brackets, as Vancouver and JMIR print it:
``3. NCD Risk Factor Collaboration (NCD-RisC). Worldwide trends in diabetes …`` or ``2. the Dental and
Pharmaceutical Benefits Agency (Tandvårds och läkemedelsförmånsverkets, TLV). General guidelines …``. The
labeller cuts the name at its bracket, reading the bracket as a date or into the title; the name, its
bracket and all, is the author (as the record conventions keep an organisation's name as written)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "3. Name of the Body (ABBR). Title": words with no comma or stop, then a bracket that holds a capital
# and no year or role word, then a full stop and the title
_GROUP_OPENING = lazy_pattern(
    r"^(?:\[?\d{1,4}[.\]]?\s+)?(?P<group>[^\W\d][^(),.;:]{2,100}?\s\((?=[^()]*[A-Z])(?![^()]*\b(?:1[5-9]|20)\d\d\b)"
    r"(?![^()]*\b(?:[Ee]ds?|[Ee]ditors?|[Cc]omp)\b)[^()]{2,80}\))\.\s+(?=[^\W\d])"
)


@needs(marks=["("])
def group_with_short_name(spans: list[Span], text: str) -> list[Span]:
    """``NCD Risk Factor Collaboration (NCD-RisC).`` opening the reference and cut at its bracket: the
    whole is the author."""
    if (m := _GROUP_OPENING.match(text)) is None:
        return spans
    a, z = m.start("group"), m.end("group")
    if any(s.label == "author" and s.start <= a and s.end >= z for s in spans):
        return spans
    if not any(s.start < z <= s.end or a < s.end < z for s in spans):
        return spans
    return replaced(spans, text, a, z + 1, [Span("author", text[a : z + 1], a, z + 1)])  # its full stop too
