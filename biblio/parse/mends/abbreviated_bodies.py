"""Mend of a body named with its short name in brackets, then its work's title, with no date between:
``Centers for Disease Control and Prevention (CDC). Hepatitis FAQs for the Public. Retrieved from …``,
``World Health Organization (WHO). Hepatitis C. Retrieved from …``.

A hand-written list that gives no date runs the body straight into the title; the model reads the two as one title
or one author. The opening name closed by the bracketed initials of its own capitalised words, and a full stop, is
the author; the sentence after it the title.

Touches: ``author``, ``title`` (the first span only).
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import capital_initials, has_org_name_word
from biblio.parse.spans import Span

# the opening body and its bracketed short name, closed by a full stop, then a capitalised sentence
_BODY_THEN_TITLE = lazy_pattern(r"^(?P<body>[A-Z][^().,;:]{4,100}?)\s\((?P<short>[A-Z]{2,8})\)\.\s+(?=[A-Z0-9])")


@needs(any_label=("author", "title"), without=("date",), marks=(").",))
def body_with_short_name_opens_title(spans: list[Span], text: str) -> list[Span]:
    """The first span, read as a title or an author, opening on ``Body Name (BN). `` with more words after it and no
    date read: the body is the author, the rest of the span the title."""
    if not spans or spans[0].label not in ("author", "title") or text[: spans[0].start].strip():
        return spans
    first = spans[0]
    m = _BODY_THEN_TITLE.match(first.text)
    if m is None or not first.text[m.end() :].strip(" ."):
        return spans
    initials = capital_initials(m["body"])
    if not initials.startswith(m["short"]) and not (m["short"] in initials and has_org_name_word(m["body"])):
        return spans
    a, z = m.end("short") + 1, m.end()
    head = Span("author", first.text[:a], first.start, first.start + a, first.confidence)
    tail = Span("title", first.text[z:], first.start + z, first.end, first.confidence)
    return [head, tail, *spans[1:]]
