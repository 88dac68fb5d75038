"""Mend of a journal named by its dotted initials after the title, as French legal and administrative
references cite their reviews: ``G. Vedel, « Les bases … », E.D.C.E., 1954, p. 21.``, ``« Jean Rivero … »,
R.F.D.A., 2009, n°5, p. 1057-1065.`` The labeller reads ``R.F.D.A.,`` as a second author or an editor; a run
of capital initials with no family name is no person, and between the title and the numbers it is the journal."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "R.F.D.A.,", "E.D.C.E.,", "A.J.D.A.": two or more capitals, each with its stop, and nothing else
_DOTTED_INITIALS = lazy_pattern(r"^\s*(?:[A-Z]\.\s?){2,8}[,;]?\s*$")
_NUMBERS = frozenset(["date", "volume", "issue", "pages"])


@needs(labels=["title"], any_label=("author", "editor"), without=("journal", "container-title"))
def initials_journal(spans: list[Span], text: str) -> list[Span]:
    """``« Title », | R.F.D.A., | 2009,`` with the initials read as an author or editor: right after the title
    and before the date or numbers, with no journal read, they are the journal."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if (
            s.label in ("author", "editor")
            and spans[k - 1].label == "title"
            and spans[k + 1].label in _NUMBERS
            and _DOTTED_INITIALS.match(s.text)
            and not any(x.label in ("journal", "container-title") for x in spans)
        ):
            return [*spans[:k], Span("journal", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
