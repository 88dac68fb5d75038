"""Needs-review signals of a record at odds with itself or with its source's own marks.

Each is a rule (no fitted number) over the record and its source, named ``consist:*``:

- ``pages-without-container``: a page range and no container.  A range is the pages of a part
  (an article, a chapter) inside something; a record with the range and without that something
  mostly lost its container into the title or the publisher (``Title. Journal Abbrev.`` read as one
  title, a journal read as a book's publisher).  A book's cited pages (notes, GB/T 7714's
  ``2013: 25-26``) are the exception, which the trees weigh with the rest;
- ``span-overrun``: a title, container or publisher that opens where an italic or quoted span of
  the source opens and runs on past its close (``*Glossary of Computing Terms* ~ online``,
  ``*PAST4 … Version 4.5* SCIEM``): the mark says where the value ends;
- ``name-function-word``: a person's name holding a short lower-case word of a title or an
  organisation (``to``, ``of``, ``in``, ``on``: ``Bring Change to Mind`` read as given and family).
  ``misfits.form_signals`` counts words of three letters or more; these are the two-letter ones that
  are no family-name particle.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.review.uncovered import words_of
from biblio.parse.text import IT_CLOSE, IT_OPEN, mark_italics, unmark
from biblio.records.model import Item

_RANGE = lazy_pattern(r"\d+\s*[-\u2013\u2014]+\s*\d+")
_PARTS_OF = ("container-title", "collection-title", "event-title")
# an italic span, or a span in double or guillemet quotes (straight quotes not inside a word)
_SPAN = lazy_pattern(
    f"{IT_OPEN}([^{IT_OPEN}{IT_CLOSE}]+){IT_CLOSE}|\u201c([^\u201c\u201d]+)\u201d|\u00ab([^\u00ab\u00bb]+)\u00bb"
    r'|(?<!\w)"([^"]+)"(?!\w)'
)
_SPAN_MARKS = ("*", "_", "<", "\u201c", "\u00ab", '"')
_HOLDERS = ("title", "container-title", "collection-title", "publisher")
# two-letter words of titles and organisations, none a family-name particle ("de", "da", "du", "le", "la")
_FUNCTION_WORD = lazy_pattern(r"(?<![\w'\u2019-])(?:to|of|in|on|at|by|an|or|is)(?![\w'\u2019-])")
_NAME_VARS = ("author", "editor", "translator")


def _folded(s: str) -> str:
    return " ".join(words_of(unmark(s).lower()))


def span_overrun(item: Item, source: str) -> bool:
    """Whether a value opens where a marked span of the source (two words or more) opens and runs on past
    its close by a word or more.  Not where the span is a part of the title by its form: a colon at or
    after its close (``**Pedagogia da autonomia:** saberes …``, a subtitle), or a lower-case word after
    it (``« Etat composé » ou décomposé ?``, a quoted phrase opening a title)."""
    if not any(mark in source for mark in _SPAN_MARKS):
        return False
    marked = mark_italics(source) if ("*" in source or "_" in source or "<" in source) else source
    whole = _folded(marked)
    values = [_folded(str(item[var])) for var in _HOLDERS if item.get(var)]
    for m in _SPAN.finditer(marked):
        inner = next(g for g in m.groups() if g is not None)
        after = marked[m.end() :].lstrip()
        if inner.rstrip().endswith(":") or after[:1] == ":" or after[:1].islower():
            continue
        span = _folded(inner)
        if " " not in span:
            continue
        before = _folded(marked[: m.start()])
        at = len(before) + 1 if before else 0
        for value in values:
            if value.startswith(span + " ") and whole.startswith(value, at):
                return True
    return False


def consistency_signals(item: Item, source: str) -> dict[str, float]:
    """The ``consist:*`` signals that fire (absent means 0)."""
    ev: dict[str, float] = {}
    page = str(item.get("page", ""))
    if page and _RANGE.search(page) and not any(item.get(var) for var in _PARTS_OF):
        ev["consist:pages-without-container"] = 1.0
    if span_overrun(item, source):
        ev["consist:span-overrun"] = 1.0
    for var in _NAME_VARS:
        for name in item.get(var, ()):
            words = f"{name.get('given', '')} {name.get('family', '')}" if isinstance(name, dict) else ""
            if words.strip() and "literal" not in name and _FUNCTION_WORD.search(words):
                ev["consist:name-function-word"] = 1.0
    return ev
