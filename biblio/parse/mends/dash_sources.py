"""Mends of the Nordic ecology journals' form (Oikos, Ecography, Wildlife Biology, Journal of Avian Biology), where
a spaced dash after the title's full stop opens the source: ``Prugh, L. R. et al. 2008. Title. – Proc. Natl Acad.
Sci. USA 105: 20770–20775.`` and the chapter's ``Title. – In: Boggs, C. L. et al. (eds), Book. Univ. of Chicago
Press, pp. 9–25.``. The labeller reads most of them; it runs some journals into the title, and a chapter's book
and publisher (with no town between) together as one span or as a town and a publisher."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the title's full stop, the spaced dash, then a journal's name of a few words and no stop of a sentence:
# "… populations. – Proc. Natl Acad. Sci. USA"
_DASH_THEN_JOURNAL = lazy_pattern(r"[\w)?!]\.(?P<gap> [–—-] )(?P<journal>[A-Z][^–—]*?)\s*$")
# a word a journal's name holds in lower case ("Journal of Animal Ecology", "Annals of the …"); any other
# lower-case word of some length is a sentence's, a subtitle's
_JOURNAL_SMALL_WORDS = frozenset(["of", "and", "the", "for", "in", "on", "de", "la", "et", "und", "für"])


_JOURNALS = frozenset(["journal", "container-title"])


@needs(labels=("title",), any_label=("volume", "journal"), marks=(" – ", " - ", " — "))
def journal_after_title_dash(spans: list[Span], text: str) -> list[Span]:
    """``Title. – Proc. Natl Acad. Sci. USA | 105: 20770–20775.`` with the journal read into the title (``Title. –
    Proc. Natl Acad. | Sci. USA``: or its first words): the words after the title's stop and the spaced dash,
    straight before the volume or the rest of the journal, are the journal."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title":
            continue
        if text[s.end : nxt.start].strip():
            return spans
        joined = nxt.label in _JOURNALS
        if not joined and (nxt.label != "volume" or not _JOURNALS.isdisjoint(t.label for t in spans)):
            return spans
        m = _DASH_THEN_JOURNAL.search(s.text)
        if m is None:
            return spans
        words = (m["journal"] + (" " + nxt.text if joined else "")).split()
        if len(words) > 8 or any(w.islower() and len(w) > 2 and w not in _JOURNAL_SMALL_WORDS for w in words):
            return spans
        if not joined:
            return divided(spans, k, m.start("gap"), m.start("journal"), "title", "journal")
        a, z = s.start + m.start("gap"), s.start + m.start("journal")
        title = Span("title", text[s.start : a], s.start, a, s.confidence)
        journal = Span(nxt.label, text[z : nxt.end], z, nxt.end, min(s.confidence, nxt.confidence))
        return [*spans[:k], title, journal, *spans[k + 2 :]]
    return spans


# the form's book closing on the dash and its publisher's name, with no town: "…, 2nd edn. – Blackwell."
_DASH_HOUSE = lazy_pattern(r"[–—]\s+(?P<house>[A-Z][^:;,()]*?)\.?\s*")


@needs(labels=("location",), without=("publisher",), marks=(". – ", ". — "))
def house_after_dash(spans: list[Span], text: str) -> list[Span]:
    """The book's ``Title, 4th edn. – Blackwell.`` (``… ecology. – Academic Press.``) with the publisher after the
    dash read as a town: the form names the house there, no town, so the name closing the reference after the
    dash is the publisher."""
    if not spans:
        return spans
    s = spans[-1]
    if s.label != "location" or text[s.end :].strip() or text[s.start - 2 : s.start + 2] not in (". – ", ". — "):
        return spans
    m = _DASH_HOUSE.fullmatch(s.text)
    if m is None:
        return spans
    a = s.start + m.start("house")
    return [*spans[:-1], Span("publisher", text[a : s.end], a, s.end, s.confidence)]


# the editors' closing role word: "(eds)," / "(eds.)," / "(Ed.),"
_ROLE_CLOSING = lazy_pattern(r"\([Ee]ds?\.?\)[,.:]?\s*$")
# a publishing house's name: words ending in a house's word ("Island Press", "Univ. of Chicago Press", "Sinauer
# Associates") or a house known by one name
_HOUSE = (
    r"(?:(?:[A-Z][\w&'’-]*\.?|of|and|&)\s+){0,4}(?:Press|Publishers?|Publishing|Associates|Books|Verlag)"
    r"|Springer(?:-Verlag)?|Elsevier|Wiley(?:-Blackwell)?|Blackwell(?:\s+Science)?|Routledge|Kluwer"
)
# the book's title and its stop, then the house and the comma or stop that close it
_BOOK_THEN_HOUSE = lazy_pattern(rf"(?P<book>[^\W\d_].*?[\w)?!])\.\s+(?P<house>{_HOUSE})\s*[,.]?\s*")
# the pages or a bracketed number inside what would be the book: APA's "Book 33 (pp. 1877–1901). Curran Associates."
_PAGES_INSIDE = lazy_pattern(r"\bpp?\.\s*\d|\(\s*\d")
# what the book and its house may be read as after the editors
_IMPRINT_LABELS = frozenset(["container-title", "publisher", "location", "title"])


@needs(labels=("editor",), any_label=("container-title", "publisher"), marks=("(eds", "(Eds", "(ed", "(Ed"))
def book_and_house_after_editors(spans: list[Span], text: str) -> list[Span]:
    """``In: Soulé, M. E. et al. (eds), | Landscape linkages and biodiversity. Island Press.`` (``… Book. Sinauer
    Associates, | pp. 325–344.``, ``Butterflies: | ecology and evolution taking flight. Univ. of Chicago Press,``)
    with the book and its publisher read as one span, or the book's head as a town: after the editors and their
    role word, a book's title, its stop and a house's name (no town after it) before the pages or the end are
    the book and its publisher."""
    for e, s in enumerate(spans):
        if s.label != "editor" or not _ROLE_CLOSING.search(s.text):
            continue
        j = e + 1
        while j < len(spans) and spans[j].label in _IMPRINT_LABELS:
            j += 1
        if j == e + 1 or j < len(spans) and spans[j].label != "pages":
            return spans
        if not any(t.label in ("container-title", "publisher") for t in spans[e + 1 : j]):
            return spans
        a, z = spans[e + 1].start, spans[j - 1].end
        m = _BOOK_THEN_HOUSE.fullmatch(text, a, z)
        if m is None or _PAGES_INSIDE.search(m["book"]):
            return spans
        book = Span("container-title", text[a : m.end("book") + 1], a, m.end("book") + 1, spans[e + 1].confidence)
        house = Span("publisher", text[m.start("house") : z], m.start("house"), z, spans[j - 1].confidence)
        if [(t.label, t.start, t.end) for t in spans[e + 1 : j]] == [(t.label, t.start, t.end) for t in (book, house)]:
            return spans
        return [*spans[: e + 1], book, house, *spans[j:]]
    return spans
