"""Reports of US agencies and their contractors close with the month of issue after the publisher, the year
given after the authors: ``2011. Title. JBPHH, HI: Naval Facilities Engineering Command, Pacific. September.``"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
# "…, Pacific. September." : the publisher's full stop, then a month alone
_MONTH_CLOSES = lazy_pattern(rf"(?<=[^\W\d_])\.\s+(?P<month>{_MONTH}\.?)\s*$")
_YEAR = lazy_pattern(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


@needs(labels=("publisher", "date"))
def month_closing_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Naval Facilities Engineering Command, Pacific. September.`` read as one publisher, the year read
    before: the month alone after the publisher's full stop is the month of the date."""
    if "publisher" not in labels_of(spans) or "date" not in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "publisher" or (m := _MONTH_CLOSES.search(s.text)) is None:
            continue
        if not any(d.label == "date" and _YEAR.search(d.text) for d in spans[:k]):
            return spans
        return divided(spans, k, m.start() + 1, m.start("month"), "publisher", "date")
    return spans
