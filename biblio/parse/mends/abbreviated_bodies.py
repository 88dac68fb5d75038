"""Mend of a body named with its short name in brackets, then its work's title, with no date between:
``Centers for Disease Control and Prevention (CDC). Hepatitis FAQs for the Public. Retrieved from …``,
``World Health Organization (WHO). Hepatitis C. Retrieved from …``.

A hand-written list that gives no date runs the body straight into the title; the model reads the two as one title
or one author. The opening name closed by the bracketed initials of its own capitalised words, and a full stop, is
the author; the sentence after it the title.

Word's IEEE sources write a corporate author's acronym after a comma, then the quoted title: ``Bundesamt für
Sicherheit in der Informationstechnik, BSI, "BSI-Standards," 2017.``; the model may cut the name after its first
words and read the rest, with the acronym, into the title. The name's words and the acronym of their initials, up to
the quote, are the author.

Touches: ``author``, ``title``.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.names import body_with_acronym, capital_initials, has_org_name_word
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


# the opening body's name, its acronym after a comma, and the comma closing them
_BODY_ACRONYM_OPENING = lazy_pattern(
    r"(?P<body>[^\W\d_][^,;:()\"\u201c\u201d]{4,100}?),\s+(?P<acronym>[A-Z][A-Za-z]{1,7}),\s+(?=\S)"
)
# the title before a town's colon, read as one place after the author ("IT-Grundschutz-Kompendium, Bonn:")
_TITLE_THEN_TOWN = lazy_pattern(r"^(?P<title>[^,]+,)\s+(?P<town>[^,:]+:)\s*$")


@needs(any_label=("author", "title"), marks=(",",))
def body_cut_before_acronym(spans: list[Span], text: str) -> list[Span]:
    """``Bundesamt für | Sicherheit in der Informationstechnik, BSI, "BSI-Standards,"`` with the body's name cut and
    its rest and acronym read into the title, or the whole name read as the title: all up to the acronym's comma is
    the author; a title then read with
    the town after it as one place (``IT-Grundschutz-Kompendium, Bonn:``) is the title."""
    f = 1 if spans and spans[0].label == "citation-number" else 0
    if f >= len(spans) or spans[f].label not in ("author", "title"):
        return spans
    a = spans[f].start
    m = _BODY_ACRONYM_OPENING.match(text, a)
    if m is None or spans[f].label == "author" and spans[f].end >= m.end("acronym"):
        return spans
    if body_with_acronym(text[a : m.end("acronym")]) is None:
        return spans
    z = m.end("acronym") + 1
    new = replaced(spans, text, a, z, [Span("author", text[a:z], a, z, spans[f].confidence)])
    nxt = new[f + 1] if f + 1 < len(new) else None
    if nxt is None or nxt.label != "location" or "title" in labels_of(new):
        return new
    if (t := _TITLE_THEN_TOWN.match(nxt.text)) is not None:
        b, e = nxt.start + t.start("town"), nxt.start + t.end("title")
        title = Span("title", text[nxt.start : e], nxt.start, e, nxt.confidence)
        new = [*new[: f + 1], title, Span("location", text[b : nxt.end], b, nxt.end, nxt.confidence), *new[f + 2 :]]
    return new
