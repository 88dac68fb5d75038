"""Mend of a note's chapter or section cited, read as a page or a volume: ``Humanity Books, 1953 ch. 4`` (page
``ch.4``), ``*A History of Philosophy*, § 47, Holt & Co.`` (volume 47). A chapter or a section of a book is a
locator of its own, no page and no volume; it goes to the note. A statute's ``16 U.S.C. § 1531`` keeps its own
reading (a container or a journal read there)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_CHAPTER = lazy_pattern(r"^\s*(?:ch|chap)\.\s*\d{1,3}\W*$")
_SECTION_NUMBER = lazy_pattern(r"^\s*\d{1,4}\W*$")
_WORKS = frozenset(["journal", "container-title"])


@needs(any_label=("pages", "volume"), without=_WORKS, marks=("§", "ch.", "chap."))
def chapter_or_section_locator(spans: list[Span], text: str) -> list[Span]:
    """A ``pages`` span ``ch. 4`` or a ``volume`` right after ``§`` is the chapter or section cited: a note."""
    if any(s.label in _WORKS for s in spans):
        return spans
    for k, s in enumerate(spans):
        chapter = s.label == "pages" and _CHAPTER.match(s.text)
        section = s.label == "volume" and _SECTION_NUMBER.match(s.text) and text[: s.start].rstrip().endswith("§")
        if chapter:
            return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        if section:
            # the sign goes with its number, out of the span before it ("*Title*, §" | "47,")
            mark = text.rindex("§", 0, s.start)
            head = spans[:k]
            if k > 0 and head[-1].end > mark:
                prev = head[-1]
                cut = mark - len(text[prev.start : mark]) + len(text[prev.start : mark].rstrip(" ,"))
                head = head[:-1]  # a span of the sign alone ("§3") goes with its number
                if cut > prev.start:
                    head.append(Span(prev.label, text[prev.start : cut], prev.start, cut, prev.confidence))
            return [*head, Span("note", text[mark : s.end], mark, s.end, s.confidence), *spans[k + 1 :]]
    return spans
