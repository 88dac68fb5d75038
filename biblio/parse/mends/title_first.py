"""Mends of a title first. APA's reference with no author, whose title takes the author's place: ``Good
chemistry. (1996, September). Wake Forest University Magazine, 44(1), p. 8``. The model reads the title as the
author (a person ``Good chemistry``) and finds no title. Words with no comma and no initial, before the bracketed
date, in a reading that holds a journal but no title, are the title. A reading list's ``*Title.* Given Family,
Given Family y Given Family.`` sets the title in italics first and its authors after it."""

from __future__ import annotations

from biblio.parse.features.lexicon import LEXICON
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import emphasis_runs, lower_words
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import has_org_word, natural_name
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# what a name list shows: a comma, an initial, "&", "et al."
_NAME_MARK = lazy_pattern(r",|&|\bet al\b|(?:^|\s)[A-Z]\.(?:\s|$)")
_WORK = frozenset(["journal", "container-title"])


@needs(labels=["author", "date"], without=["title"], marks=["("])
def title_in_author_place(spans: list[Span], text: str) -> list[Span]:
    """``Good chemistry. | (1996, September). | Wake Forest University Magazine,`` read as a person."""
    if len(spans) < 3 or any(s.label == "title" for s in spans):
        return spans
    a, d = spans[0], spans[1]
    if a.label != "author" or d.label != "date" or not d.text.lstrip().startswith("("):
        return spans
    if not any(s.label in _WORK for s in spans[2:]) or _NAME_MARK.search(a.text.rstrip(" .")):
        return spans
    words = a.text.split()
    # a title's words: two or more, one at least in lower case (a name's words are capitalised but its links)
    if len(words) < 2 or not lower_words(words):
        return spans
    return [Span("title", a.text, a.start, a.end, a.confidence), *spans[1:]]


@needs(labels=["author", "edition"], without=["title"])
def edition_after_title_in_author_place(spans: list[Span], text: str) -> list[Span]:
    """A note's ``Companion to Chaucer Studies, Rev. ed., Oxford UP, 1979`` read with the title as the author: an
    edition follows a work's title, and words in lower case among capitalised ones (``to``) are a title's, so
    the opening span of three words or more before the edition, no name's marks in it, is the title."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "edition":
        return spans
    a = spans[0]
    if text[a.end : spans[1].start].strip() or _NAME_MARK.search(a.text.rstrip(" .,")):
        return spans
    words = a.text.rstrip(" .,").split()
    if len(words) < 3 or not any(w.islower() for w in words[1:-1]):
        return spans
    return [Span("title", a.text, a.start, a.end, a.confidence), *spans[1:]]


# the joins of a list of names in their natural order: a comma, "and" or "&", and its Spanish, Portuguese, Italian,
# French and German words
_NAMES_JOIN = lazy_pattern(r",\s+(?:(?:and|y|e|et|und|&)\s+)?|\s+(?:and|y|e|et|und|&)\s+")
_CLOSING_SUFFIX = lazy_pattern(r",?\s+(?:Jr|Sr)\.?$")
_INITIAL = lazy_pattern(r"[A-Z]\.(?:-?[A-Z]\.)*")


def _persons(rest: str) -> int:
    """How many persons' names in their natural order the words are, one to six (``J. Pedro Romera, Antonio Morite
    y Sebastián Montoso``: 3), one at least opening on an initial or a known given name (no house's name,
    ``Penguin Random House``); 0 when they are not such names."""
    names = [_CLOSING_SUFFIX.sub("", n) for n in _NAMES_JOIN.split(rest) if n]
    if not 1 <= len(names) <= 6 or not all(natural_name(n) and not has_org_word(n) for n in names):
        return 0
    known = any(_INITIAL.fullmatch(first := n.split()[0]) or "lx=given" in LEXICON.get(first.lower(), ())
                for n in names)
    return len(names) if known else 0


@needs(marks=("* ", "_ "))
def names_after_italic_title(spans: list[Span], text: str) -> list[Span]:
    """``*Automatización. Problemas resueltos con autómatas programables.* J. Pedro Romera, Antonio Morite y
    Sebastián Montoso.`` (a course's reading list: the title in italics first, then only its authors' names in
    their natural order) read with the title's first sentence as the author or the names as a town or a publisher:
    the italics are the title, the names after them the authors. One name the model read as the publisher stays
    one: a house named after its founder (``*A Farewell to Arms.* Charles Scribner.``)."""
    if not spans or not text.startswith(("*", "_")):
        return spans  # (the italics open the text)
    runs = emphasis_runs(text)
    if not runs or runs[0].start != 0 or len(runs) > 1 or not text[runs[0].end : runs[0].end + 1].isspace():
        return spans  # (a gap after the italics, as the marks declare)
    run = runs[0]
    after = text[run.end :]
    rest = after.strip().rstrip(".").rstrip()
    found = _persons(rest) if rest else 0
    if not found or found == 1 and any(s.label == "publisher" and s.text.strip(" .") == rest for s in spans):
        return spans
    if [s.label for s in spans] == ["title", "author"] and spans[1].text.strip(" .") == rest:
        return spans
    a = run.end + len(after) - len(after.lstrip())
    c = min(s.confidence for s in spans)
    return [Span("title", text[run.text_start : run.text_end], run.text_start, run.text_end, c),
            Span("author", text[a:], a, len(text), c)]


def plain_persons(rest: str) -> int:
    """How many persons' names in their natural order the words are (``Günter Hölbl``, ``Geoffrey E. R. Lloyd``), none
    of their words a house's or a town's (``Penguin Books``); 0 when they are not such names."""
    names = [n for n in _NAMES_JOIN.split(rest) if n]
    if not 1 <= len(names) <= 6 or not all(natural_name(n) and not has_org_word(n) and not is_place(n) for n in names):
        return 0
    if any("lx=publisher" in LEXICON.get(w.lower(), ()) for n in names for w in n.split()):
        return 0
    return len(names)
