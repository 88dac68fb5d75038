"""NLM's journal abbreviations that carry their place in brackets: ``Cancers (Basel)``, ``Medicina (Kaunas)``,
``Molecules (Basel)``. In AMA's and Vancouver's ``Title. Cancers (Basel). 2022;14(5):1224.`` the labeller reads
the bracket as a place, and the name before it with it; the bracket belongs to the journal's name."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# ". Cancers (Basel). 2022;14" — the journal, its bracketed place, its full stop, then the Vancouver date
_PLACED_JOURNAL = lazy_pattern(
    r"\.\s+(?P<journal>[A-Z][\w&' -]{0,60}?\s\([A-Z][a-z]+\))\.\s+(?:1[5-9]|20)\d\d"
    r"(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;"
)


@needs(labels=["title"], any_label=("location", "publisher"), marks=["("])
def place_in_journal_name(spans: list[Span], text: str) -> list[Span]:
    """``Cancers (Basel). 2022;`` read as a place (or a publisher) after the title: the journal's name."""
    m = _PLACED_JOURNAL.search(text)
    if m is None:
        return spans
    a, z = m.span("journal")
    inside = [s for s in spans if s.start < z and s.end > a]
    if not inside or not any(s.label in ("location", "publisher") for s in inside):
        return spans
    # the title may have run on into the journal's name; it keeps what lies before it
    if any(
        s.label not in ("location", "publisher", "journal", "date") and not (s.label == "title" and s.start < a)
        for s in inside
    ):
        return spans
    conf = min(s.confidence for s in inside)
    return replaced(spans, text, a, z, [Span("journal", text[a:z], a, z, conf)])


# Catalan's and Spanish's "Title. Caplletra (València), n. 50, p. 35-65." or "Lingua (Amsterdam), v. 120,
# n. 4, p. …": the journal after a sentence's end, its town in brackets, then "v." and "n." before "p."
_JOURNAL_TOWN_NUMBERS = lazy_pattern(
    r"(?:^|[.?!]\s+)(?P<journal>[A-Z\u00c0-\u00de][^()\d.?!;:]{0,80}?)\s\((?P<place>[A-Z\u00c0-\u00de][^()\d.]{1,40})\),\s*"
    r"(?:v\.\s?(?P<volume>\d[\w/-]*),\s*)?(?:n\.\s?(?P<issue>\d[\w/-]*),\s*)?"
    r"p\.\s?(?P<pages>\d+(?:\s?[-\u2013]\s?\d+)?)"
)


@needs(labels=["title"], marks=["(", "p."])
def town_after_journal_name(spans: list[Span], text: str) -> list[Span]:
    """``Caplletra (València), n. 50, p. 35-65`` with the journal run into the title or its town into the
    journal: the name before the bracket is the journal, the bracket the town it is published in, and
    ``v.``, ``n.`` and ``p.`` the volume, the issue and the pages."""
    m = _JOURNAL_TOWN_NUMBERS.search(text)
    if m is None or not (m["volume"] or m["issue"]):
        return spans
    a = m.start("journal")
    if not any(s.label == "title" and s.start < a for s in spans):
        return spans
    conf = min((s.confidence for s in spans if s.start < m.end() and s.end > a), default=1.0)
    new = [Span("journal", m["journal"], a, m.end("journal"), conf)]
    new.append(Span("location", m["place"], m.start("place"), m.end("place"), conf))
    for group, label in (("volume", "volume"), ("issue", "issue"), ("pages", "pages")):
        if m[group]:
            new.append(Span(label, m[group], m.start(group), m.end(group), conf))
    return replaced(spans, text, a, m.end(), new)


# German's "Title. In: Euphorion (Heidelberg), Bd. 94 (2000), H. 1, S. 1-41." (also "Jg. 9", "Vol. 96", "H. 15",
# "Nr. 11"): after "In:", the journal, its town in brackets, then the word for its volume or its issue
_IN_JOURNAL_TOWN = lazy_pattern(
    r"(?:^|[.?!“”\"]\s+)(?P<lead>In:)\s+(?P<journal>[A-Z\u00c0-\u00de][^()\d.?!;:]{0,80}?)\s\((?P<place>[A-Z\u00c0-\u00de][^()\d]{1,40}?)\),\s+"
    r"(?:(?:Jg|Bd|Vol|Année)\.?\s(?P<volume>\d+)|(?:H|Nr|Heft|No)\.?\s(?P<issue>\d+(?:[-/]\d+)?))\b"
)


@needs(marks=["In:", "("])
def town_after_journal_after_in(spans: list[Span], text: str) -> list[Span]:
    """``In: Euphorion (Heidelberg), Bd. 94 (2000), H. 1`` with the town read into the journal's name (or the
    journal and its town as names): the name before the bracket is the journal, the bracket the town it is
    published in, and the number after ``Jg.``, ``Bd.`` or ``Vol.`` the volume, after ``H.`` or ``Nr.`` the issue."""
    m = _IN_JOURNAL_TOWN.search(text)
    if m is None:
        return spans
    a, z = m.start("lead"), m.end()
    inside = [s for s in spans if s.start < z and s.end > a]
    if not inside:
        return spans
    conf = min(s.confidence for s in inside)
    new = [Span("journal", m["journal"], a, m.end("journal"), conf)]
    new.append(Span("location", m["place"], m.start("place"), m.end("place"), conf))
    for group in ("volume", "issue"):
        if m[group]:
            new.append(Span(group, m[group], m.start(group), m.end(group), conf))
    return replaced(spans, text, a, z, new)


@needs(labels=("location", "journal", "volume"))
def town_list_opening_journal(spans: list[Span], text: str) -> list[Span]:
    """Physics' ``London, Edinburgh, Dublin Philos. Mag. J. Sci. 34, 145`` (the Philosophical Magazine's towns
    opening its shortened name) read as a place and a journal: a place run on into the journal's name, with no mark
    between them, is the name's first words."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "location" or nxt.label != "journal" or text[s.end : nxt.start].strip():
            continue
        if not s.text.rstrip()[-1:].isalpha() or "," not in s.text:
            continue
        conf = min(s.confidence, nxt.confidence)
        return [*spans[:k], Span("journal", text[s.start : nxt.end], s.start, nxt.end, conf), *spans[k + 2 :]]
    return spans


# "Fiz. Tekh. Poluprovodn. (S.-Peterburg), 1996, vol. 30", "Acta Neurochir (Wien) 1993;124": a journal's town in
# brackets (one word, NLM's and the Russian journals' English editions' way of telling namesakes apart) before the
# year (the physics journals' "Nature (London) 311, 525 (1984)" names the town of publication before the volume)
_TOWN_BRACKET = lazy_pattern(
    r"\.?\s*\((?P<town>[A-Z][^\W\d_]*(?:[.-]+[A-Z]?[^\W\d_]+)*\.?)\)(?=[,;]?\s*(?:1[6-9]|20)\d\d\b)"
)
_BRACKET_MISREADS = frozenset(["location", "publisher", "author", "volume", "issue", "note"])


@needs(labels=["journal"], marks=["("])
def town_bracket_after_journal(spans: list[Span], text: str) -> list[Span]:
    """``Fiz. Tekh. Poluprovodn. (S.-Peterburg), 1996, vol. 30,`` and ``Acta Neurochir (Wien) 1993;124`` with the
    bracketed town read as a place, a name or numbers: it ends the journal's name."""
    for k, s in enumerate(spans[:-1]):
        if s.label != "journal":
            continue
        m = _TOWN_BRACKET.match(text, s.end)
        if m is None:
            continue
        inside = [t for t in spans[k + 1 :] if t.start < m.end()]
        if not inside or any(t.label not in _BRACKET_MISREADS for t in inside):
            return spans
        return replaced(spans, text, s.start, m.end(), [Span("journal", text[s.start : m.end()], s.start, m.end(),
                                                            s.confidence)])
    return spans
