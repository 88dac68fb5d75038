"""The imprint read as the book or periodical holding the work: ``*Erasme et Luther*. Fribourg i. Sw., 1909.`` with
the town read as a journal, and the German ``Titel. Eggingen: Isele 2000. – 207 S.`` with town, publisher and year
read as one journal."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import links_start
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_NUMBERS = frozenset(["volume", "issue", "pages"])


@needs(labels=["title", "date"], any_label=["journal", "container-title"], without=["location", "publisher"])
def town_read_as_holder(spans: list[Span], text: str) -> list[Span]:
    """``*Erasme et Luther*. Fribourg i. Sw., 1909.`` with the town read as a journal or a book holding the work:
    a known place alone between the title and the closing year, with no numbers, is the imprint's town (a link or an
    access date may follow the year)."""
    core = links_start(spans)
    if core < 3 or spans[core - 1].label != "date" or any(s.label in _NUMBERS for s in spans):
        return spans
    s, before = spans[core - 2], spans[core - 3]
    if s.label not in ("journal", "container-title") or before.label != "title":
        return spans
    lead = len(s.text) - len(s.text.lstrip(" *_"))
    a = s.start + lead
    if not is_place(s.text.strip(" ,.;:*_")) or not text[:a].rstrip(" *_").endswith((".", ",")):
        return spans
    if lead:  # the italic title's closing mark read into the town
        title = Span("title", text[before.start : a], before.start, a, before.confidence)
        spans = [*spans[: core - 3], title, *spans[core - 2 :]]
    return [*spans[: core - 2], Span("location", text[a : s.end], a, s.end, s.confidence), *spans[core - 1 :]]


_HOLDERS = frozenset(["journal", "container-title"])
# German's "Ort: Verlag Jahr" with no comma before the year: "Eggingen: Isele 2000.", "Frankfurt/Main [u. a.]: Lang
# 2000", "Aachen: Mainz 2000. – VI" (a count of pages' first part after the dash)
_TOWN_PUBLISHER_YEAR = lazy_pattern(
    r"\s*(?P<town>[A-ZÄÖÜ][^\W\d_]+(?:\s?/\s?[A-ZÄÖÜ][^\W\d_]+)*(?:\s+(?:a\.\s?M\.|i\.\s?Br\.|am\s+Main))?)"
    r"(?:\s+\[u\.\s?a\.\])?:\s+(?P<publisher>[A-ZÄÖÜ][^:;,\d\[\]()]{0,60}?)\s+(?P<year>(?:1[5-9]|20)\d\d)\.?"
    r"(?:\s*[–-]\s*(?P<rest>[IVXLC]+,?)?)?\s*"
)


@needs(labels=["title"], any_label=_HOLDERS, without=["publisher", "date"])
def german_imprint_read_as_holder(spans: list[Span], text: str) -> list[Span]:
    """``Titel. Eggingen: Isele 2000. – 207 S.`` with ``Eggingen: Isele 2000.`` read as a journal after the title:
    the town before the colon, the publisher, the year touching it."""
    if any(s.label in ("publisher", "date") for s in spans):
        return spans  # (as its gate says: an imprint or a year read elsewhere is no such holder)
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label not in _HOLDERS or spans[k - 1].label != "title":
            continue
        m = _TOWN_PUBLISHER_YEAR.fullmatch(s.text)
        if m is None:
            return spans
        after = spans[k + 1 :]
        if after and after[0].label != "pages" or len(after) > 1:
            return spans
        a = s.start
        new = [
            Span(
                "location",
                text[a + m.start("town") : a + m.end("town")],
                a + m.start("town"),
                a + m.end("town"),
                s.confidence,
            ),
            Span("publisher", m.group("publisher"), a + m.start("publisher"), a + m.end("publisher"), s.confidence),
            Span("date", m.group("year"), a + m.start("year"), a + m.end("year"), s.confidence),
        ]
        if m.group("rest") and after:  # "– VI, 403 S.": the count's first part read into the imprint
            z = a + m.start("rest")
            after = [Span("pages", text[z : after[0].end], z, after[0].end, after[0].confidence)]
        return [*spans[:k], *new, *after]
    return spans


# Dutch and older lists' imprint in brackets after the title: "(Zwolle 1994).", "[Nijmegen 2006]."; a sentence may
# follow it ("Aangehaald als VVV.": how the list cites the work)
_BRACKETED_TOWN_YEAR = lazy_pattern(
    r"\s[(\[](?P<town>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)\s+(?P<year>(?:1[5-9]|20)\d\d)[)\]]\.?"
    r"(?:\s+(?P<note>[A-Z][^()\[\]]{0,80}\.))?\s*$"
)
_TITLE_OR_NOTE = frozenset(["title", "note"])


@needs(labels=["title"], without=["date", "location", "publisher"])
def bracketed_town_year_closes_title(spans: list[Span], text: str) -> list[Span]:
    """``Title 1906-2006 [Nijmegen 2006].`` and ``Title (Woerden 2007). Aangehaald als VVV.`` with the bracket read
    into the title or a note: the town and the year in the brackets are the imprint, what follows them a note."""
    if not text.rstrip().endswith((")", "]", ".")):
        return spans
    m = _BRACKETED_TOWN_YEAR.search(text)
    if m is None:
        return spans
    k = next((i for i, s in enumerate(spans) if s.label == "title"), None)
    if k is None or any(s.label not in _TITLE_OR_NOTE for s in spans[k:]) or spans[k].start >= m.start():
        return spans
    first = spans[k]
    conf = first.confidence
    town, year = m.span("town"), m.span("year")
    new = [
        Span("title", text[first.start : m.start()], first.start, m.start(), conf),
        Span("location", m.group("town"), *town, conf),
        Span("date", m.group("year"), *year, conf),
    ]
    if m.group("note"):
        new.append(Span("note", m.group("note"), *m.span("note"), conf))
    return [*spans[:k], *new]


# German's editor named after the title in a sentence of his own: "Hg. v. Heinz Halm.", "Hrsg. von Karl Bauer."
_EDITED_BY_SENTENCE = lazy_pattern(
    r"(?:Hg|Hrsg)\.\s+v(?:on|\.)\s+(?P<name>[A-ZÄÖÜ][^\W\d_]+(?:[ -][A-ZÄÖÜ][^\W\d_]+){0,3})\.(?:\s+|$)"
)
_SENTENCE_HOLDERS = frozenset(["collection-title", "note", "editor"])


@needs(labels=["title"], any_label=_SENTENCE_HOLDERS, marks=("Hg.", "Hrsg."))
def editor_sentence_opens_series(spans: list[Span], text: str) -> list[Span]:
    """``*Titel*. Hg. v. Heinz Halm. Beck’s historische Bibliothek. München: Beck, 2004.`` with the editor's sentence
    read into the series or a note, or the series read into the editor's names: the name after the role is the editor,
    the rest the series (or the note it was read as)."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label not in _SENTENCE_HOLDERS or spans[k - 1].label != "title":
            continue
        lead = len(s.text) - len(s.text.lstrip())
        m = _EDITED_BY_SENTENCE.match(s.text, lead)
        if m is None:
            return spans
        a = s.start
        z, kind = a + m.end(), "collection-title" if s.label == "editor" else s.label
        if s.label == "editor" and (z >= a + len(s.text.rstrip()) or text[z : s.end].lstrip()[:1].isdigit()):
            return spans  # the editor's sentence alone, or a count ("2 Bde.") after it: nothing misread
        # (the role stays in the editor's span: the names are read after it)
        editor = Span("editor", text[a + lead : a + m.end("name")], a + lead, a + m.end("name"), s.confidence)
        rest = [Span(kind, text[z : s.end], z, s.end, s.confidence)] if z < a + len(s.text.rstrip()) else []
        return [*spans[:k], editor, *rest, *spans[k + 1 :]]
    return spans
