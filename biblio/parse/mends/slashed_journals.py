"""Mend of a journal named in two languages joined by a slash, ``Title. Arzneimittel Forschung/Drug Res. 2004,
54, 522.``: the labeller ends the title at the slash and reads only the second name as the journal. The words
from the title's last full stop to the slash are the journal's first name."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a title's sentence break: a stop, a question or exclamation mark, then a capital
_BREAK = lazy_pattern(r"[.?!]\s+(?=[^\W\d_])")
# a word before a stop that abbreviates a journal's word ("Arzneim.", "Z.", "Biochem."): no break there
_ABBREVIATED = lazy_pattern(r"(?:^|\s)[A-Z][a-z]{0,7}$")
_MOST_WORDS = 6


@needs(labels=("title", "journal"), marks=("/",))
def slashed_journal_head(spans: list[Span], text: str) -> list[Span]:
    """``… human skin. Arzneimittel Forschung/ | Drug Res.`` read with the journal's first name in the title:
    the title ends at its last sentence break before the slash (a stop after an abbreviated word no break)."""
    for k in range(len(spans) - 1):
        t, j = spans[k], spans[k + 1]
        if t.label != "title" or j.label != "journal" or not t.text.endswith("/") or j.start != t.end:
            continue
        body = t.text[:-1]
        cut = None
        for m in reversed(list(_BREAK.finditer(body))):
            if not _ABBREVIATED.search(body, 0, m.start()):
                cut = m.end()
                break
        head = body[cut:] if cut is not None else ""
        if cut is None or not head[:1].isupper() or len(head.split()) > _MOST_WORDS:
            return spans
        a = t.start + cut
        return [
            *spans[:k],
            Span("title", text[t.start : a], t.start, a, t.confidence),
            Span("journal", text[a : j.end], a, j.end, j.confidence),
            *spans[k + 2 :],
        ]
    return spans
