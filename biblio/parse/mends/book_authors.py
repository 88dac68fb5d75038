"""Mends of a chapter whose book is named with its own author after "in".

MHRA's and Chicago's ``‘Introduction’, in Wyndham Lewis, *Tarr* (Oxford: …)`` and ``in Christopher Isherwood and
Edward Upward, *The Mortmere Stories* (London: …)`` name the book's author, not its editors: with no role word,
the names after "in" were read as editors (and the book's title with them).  The names go to the note, the
words after their comma are the book.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import known_given
from biblio.parse.spans import Span

# a person's name written in full: a given name, then one to three capitalised words (initials allowed between)
_PERSON = r"[A-Z][a-z\u00c0-\u024f'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z\u00c0-\u024f'\u2019-]+)){1,3}"
_IN_AUTHORS = lazy_pattern(
    rf"^[Ii]n\s+(?P<names>{_PERSON}(?:(?:,\s+|\s+and\s+|,\s+and\s+){_PERSON}){{0,2}}),(?:\s+"
    r"(?=[*_\u201c\u2018\"]?[A-Z][a-z\u00c0-\u024f])|\s*$)"
)
# a role word anywhere in the span: the names are the editors after all
_ROLE = lazy_pattern(r"\b(?:eds?|editors?|edited|hrsg|hg|dir|coord)\b", re.I)
_GIVEN_FIRST = lazy_pattern(r"[A-Z][a-z\u00c0-\u024f'\u2019-]+")
_BOOK_LABELS = frozenset(["editor", "container-title"])


@needs(any_label=_BOOK_LABELS, words=("in ",))
def author_after_in(spans: list[Span], text: str) -> list[Span]:
    """``…, in Wyndham Lewis, Tarr (Oxford: …)`` with the book's author read as its editor: a note, and the
    book the container."""
    for k, s in enumerate(spans):
        if s.label not in _BOOK_LABELS or s.text[:3] not in ("in ", "In "):
            continue
        m = _IN_AUTHORS.match(s.text)
        if m is None or _ROLE.search(s.text):
            continue
        # a container read as names needs a given name the lexicon knows ("in Harvard Law Review, …" is no person)
        given = _GIVEN_FIRST.match(m["names"])
        if s.label == "container-title" and (given is None or not known_given(given.group())):
            continue
        names_end = s.start + m.end("names") + 1
        rest = s.text[m.end() :]
        note = Span("note", text[s.start : names_end], s.start, names_end, s.confidence)
        if rest.strip(" ,.;:"):
            book = Span("container-title", rest, s.start + m.end(), s.end, s.confidence)
            return [*spans[:k], note, book, *spans[k + 1 :]]
        if k + 1 < len(spans) and spans[k + 1].label in ("container-title", "title", "journal"):
            nxt = spans[k + 1]
            book = Span("container-title", nxt.text, nxt.start, nxt.end, nxt.confidence)
            return [*spans[:k], note, book, *spans[k + 2 :]]
        return spans
    return spans


# the book's last words before its editors' role: "Statistical | Breviary, ed. Howard Wainer …"
_WORDS_THEN_ROLE = lazy_pattern(r"^(?P<words>[^\W\d_][^,()]{0,60}?),\s+(?:eds?\.|edited\s+by)\s+(?=[A-Z])")


@needs(labels=["container-title", "editor"])
def book_words_before_role(spans: list[Span], text: str) -> list[Span]:
    """``in …, The Commercial and Political Atlas and Statistical | Breviary, ed. Howard Wainer …`` with the book's
    last word read as a first editor: the words before the role close the book."""
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label != "editor" or before.label != "container-title" or s.start - before.end > 1:
            continue
        m = _WORDS_THEN_ROLE.match(s.text)
        if m is None:
            return spans
        z = s.start + m.end("words")
        book = Span("container-title", text[before.start : z], before.start, z, before.confidence)
        editors = Span("editor", text[z : s.end], z, s.end, s.confidence)
        return [*spans[: k - 1], book, editors, *spans[k + 1 :]]
    return spans


# MHRA's "Brinton, Ian, ed., A Manner …": the editors' names and their role, then the title's first words run into
# them
_ROLE_THEN_WORDS = lazy_pattern(r"^(?P<names>.+?,\s*(?:eds?\.?|editors?))\s*,\s+(?=[A-Z\u201c\u2018\"*_])")
_TITLE_PIECES = frozenset(["title", "journal", "container-title"])


@needs(labels=["editor"], without=["author"], marks=("ed",))
def title_run_into_role(spans: list[Span], text: str) -> list[Span]:
    """``Brinton, Ian, ed., A Manner | of Utterance: | The Poetry of …`` (or the whole title) with the title's words
    read into the editors after their role: the title runs from after the role's comma to the imprint."""
    if not spans or spans[0].label != "editor" or any(s.label == "author" for s in spans):
        return spans
    if (m := _ROLE_THEN_WORDS.match(spans[0].text)) is None:
        return spans
    first = spans[0]
    k = 1
    while k < len(spans) and spans[k].label in _TITLE_PIECES:
        k += 1
    if k > 1 and spans[1].label != "title":
        return spans
    a = first.start + m.end()
    if k == 1 and (k == len(spans) or len(first.text[m.end() :].split()) < 2 or spans[1].label == "editor"):
        return spans  # the words after the role, alone, are no title here
    z = spans[k - 1].end
    names_end = first.start + m.end("names")
    editors = Span("editor", text[first.start : names_end], first.start, names_end, first.confidence)
    title = Span("title", text[a:z], a, z, min(s.confidence for s in spans[:k]))
    return [editors, title, *spans[k:]]
