"""Mend of a title cut after a word that only links: ``The Promethean Politics of | Milton, Blake``.

No title ends on "of", "and", "de" or "et": where the model's title does and the next span is
some other field, the boundary fell too early (the names or place words after it read as
authors, editors, a place). The next span's text, up to a sentence break or an opening
bracket, continues the title. Before a journal the title's last sentence may be the journal's
opening words instead (``… Quebec. Contributions to Mineralogy and | Petrology``); a bare
article ending the title opens the journal's name (``… bilinguals The | Journal of …``).
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import SENTENCE_BREAK, last
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# lower case only: "… Part A" or "Vitamin E" end titles; a link word set in lower case does not
_LINK_WORDS = frozenset(
    "of the and for to in on with from by at into de du des et und der die das von zu di del della dei y e".split()
)
_ARTICLES = frozenset(["The", "A", "An"])
# where a continued title stops inside the next span: a sentence break, a bracket; outside a
# list of names also a comma (", 3 N.U.J.S. L. Rev.", "Troyes, Troyes, 1837")
_STOP_IN_NAMES = lazy_pattern(r"(?<=[^\W\d_]{3})[.?!](?=\s)|\s[(\[]")
_STOP = lazy_pattern(r"(?<=[^\W\d_]{3})[.?!](?=\s)|\s[(\[]|,\s")
# a title's last clause that opens a journal's name: "…, Review of", "…, Journal of the", "…, Transactions on"
_CLAUSE_OPENING_JOURNAL = lazy_pattern(
    r",\s+(?P<head>[A-Z][^\W\d_]*\.?(?:\s+[A-Z][^\W\d_]*\.?){0,3}\s+(?:of|of the|on|for))\s*$"
)
_NAMES = ("author", "editor")
_CONTINUING = ("author", "editor", "edition", "location", "date", "note", "genre", "container-title", "journal")
_WORKS = ("container-title", "journal")
_ROUNDS = 3  # "… l'Aube et | dans l'ancien diocèse de | Troyes": a continuation may end on a link word too
# an initial among the names after a title's "by": persons, not the title's own words ("… Inspired by | Gaudí")
_INITIAL = lazy_pattern(r"(?:^|\s)[^\W\d_]\.(?:\s|-|$)")


def _retitled(spans: list[Span], k: int, z: int, text: str) -> list[Span]:
    """``spans[k]`` (the title) running on to offset ``z`` inside ``spans[k + 1]``."""
    s, nxt = spans[k], spans[k + 1]
    title = Span("title", text[s.start : z], s.start, z, min(s.confidence, nxt.confidence))
    rest_text = text[z : nxt.end]
    lead = len(rest_text) - len(rest_text.lstrip(" ,.;:"))
    if not rest_text[lead:].strip():
        return [*spans[:k], title, *spans[k + 2 :]]
    rest = Span(nxt.label, text[z + lead : nxt.end], z + lead, nxt.end, nxt.confidence)
    return [*spans[:k], title, rest, *spans[k + 2 :]]


def _mend_once(spans: list[Span], text: str) -> list[Span]:
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label not in _CONTINUING or nxt.start - s.end > 1:
            continue
        words = s.text.split()
        if len(words) < 2:
            continue
        last_word = words[-1]
        if nxt.label in _WORKS and last_word in _ARTICLES and words[-2][-1:].islower():
            # "… bilinguals The | Journal of …": the article opens the journal
            a = s.start + len(s.text.rstrip()) - len(last_word)
            head = text[s.start : a].rstrip()
            title = Span("title", head, s.start, s.start + len(head), s.confidence)
            work = Span(nxt.label, text[a : nxt.end], a, nxt.end, nxt.confidence)
            return [*spans[:k], title, work, *spans[k + 2 :]]
        if last_word not in _LINK_WORDS:
            continue
        byline = last_word == "by" and nxt.label == "author" and _INITIAL.search(nxt.text) is not None
        if byline and not any(x.label in _NAMES for x in spans[:k]):
            # a byline after the title (NetworkX's "Generalizations of … networks by | J. Saramäki, M. Kivelä, …"):
            # the persons are its authors, "by" no word of the title
            head = s.text[: len(s.text.rstrip()) - len(last_word)].rstrip()
            title = Span("title", head, s.start, s.start + len(head), s.confidence)
            return [*spans[:k], title, *spans[k + 1 :]]
        if nxt.label in _WORKS and not nxt.text[:1].islower():
            cut = last(SENTENCE_BREAK, s.text)
            if cut is not None:  # "… Quebec. Contributions to Mineralogy and | Petrology"
                a = s.start + cut.end()
                title = Span("title", s.text[: cut.start() + 1], s.start, s.start + cut.start() + 1, s.confidence)
                work = Span(nxt.label, text[a : nxt.end], a, nxt.end, nxt.confidence)
                return [*spans[:k], title, work, *spans[k + 2 :]]
            clause = _CLAUSE_OPENING_JOURNAL.search(s.text)
            if clause is not None and k + 2 < len(spans) and spans[k + 2].label == "volume":
                # the APS's "…, Review of | Scientific Instruments 29, 688": the clause opens the journal
                a = s.start + clause.start("head")
                title = Span("title", s.text[: clause.start()], s.start, s.start + clause.start(), s.confidence)
                work = Span(nxt.label, text[a : nxt.end], a, nxt.end, nxt.confidence)
                return [*spans[:k], title, work, *spans[k + 2 :]]
        stop = (_STOP_IN_NAMES if nxt.label in _NAMES else _STOP).search(nxt.text)
        z = nxt.start + (stop.start() if stop is not None else len(nxt.text.rstrip(" ,.;:")))
        if z <= nxt.start:
            continue
        return _retitled(spans, k, z, text)
    return spans


@needs(labels=["title"])
def title_ends_on_link_word(spans: list[Span], text: str) -> list[Span]:
    """``The Promethean Politics of | Milton, Blake, and Shelley.`` read as a title and authors: a
    title ending on a link word ("of", "and", "de", "et") runs on into the next span."""
    if "title" not in labels_of(spans):
        return spans
    for _ in range(_ROUNDS):
        mended = _mend_once(spans, text)
        if mended is spans:
            break
        spans = mended
    return spans


# pages in brackets closing what is left of the span (APA 6's ``Proceedings … (383–392).``)
_BRACKETED_PAGES = lazy_pattern(r"^\((?:pp?\.\s*)?\d+\s*[-–]\s*\d+\)[.,]?$")
# PeerJ's "Proceedings of the AAAI Conference on | Artificial Intelligence 29(1):" cut into a journal too
_CONTAINER_RUNS_INTO = ("note", "edition", "date", "location", "journal")


@needs(labels=["container-title"], any_label=_CONTAINER_RUNS_INTO)
def container_ends_on_link_word(spans: list[Span], text: str) -> list[Span]:
    """``In B. Skarabela (eds.), Proceedings of | the 26th Boston University Conference on Language Development
    (383–392).`` with the book's title cut after "of" (the ordinal read as an edition or a note): it runs on to
    the next bracket or sentence break; pages in brackets after it are the pages."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "container-title" or nxt.label not in _CONTAINER_RUNS_INTO or nxt.start - s.end > 1:
            continue
        words = s.text.split()
        if len(words) < 2 or words[-1] not in _LINK_WORDS:
            continue
        stop = _STOP_IN_NAMES.search(nxt.text)
        z = nxt.start + (stop.start() if stop is not None else len(nxt.text.rstrip(" ,.;:")))
        if z <= nxt.start:
            return spans
        work = Span("container-title", text[s.start : z], s.start, z, min(s.confidence, nxt.confidence))
        rest = text[z : nxt.end]
        lead = len(rest) - len(rest.lstrip(" ,.;:"))
        if not rest[lead:].strip():
            return [*spans[:k], work, *spans[k + 2 :]]
        label = "pages" if _BRACKETED_PAGES.match(rest[lead:].strip()) else nxt.label
        return [
            *spans[:k],
            work,
            Span(label, text[z + lead : nxt.end], z + lead, nxt.end, nxt.confidence),
            *spans[k + 2 :],
        ]
    return spans
