"""Mend of a Chicago note's book title cut at a comma of its subtitle: ``Making It Work: A Handbook for Reading,
Writing, Language and Media (Toronto: Irwin Publishing, 2003), 65.`` with the title's last words read as a journal,
or at its own ``in`` (``Whose Culture Is It?: Community Engagement in Big Cities (Vancouver, BC: …)``) with the rest
read as the book a chapter stands in.

A note's book runs from its title to the bracket of its imprint; no journal stands between them with no ``in`` before
it, no volume and no issue; a chapter's title is quoted and closes on its comma before ``in``.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.spans import Span

_WORKS = ("journal", "container-title")
_QUOTES = ("“", '"', "‘", "'")


@needs(labels=("title", "location", "publisher"), any_label=_WORKS, without=("volume", "issue"))
def title_runs_to_imprint_bracket(spans: list[Span], text: str) -> list[Span]:
    """``Title: A Handbook for Reading, Writing, | Language and Media | (Toronto: | Irwin Publishing,``: an unquoted
    title's words after its comma, read as a journal before the imprint's bracket, close the title."""
    for k in range(len(spans) - 2):
        s, work, place = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "title" or work.label not in _WORKS or place.label != "location":
            continue
        # (or its own lowercase "in" after a word, with no comma or quote a chapter's title closes on:
        # "Community Engagement | in Big Cities (Vancouver,")
        own_in = work.text.startswith("in ") and s.text.rstrip()[-1:].isalpha() and not text[s.end : work.start].strip()
        if (
            s.text.lstrip().startswith(_QUOTES)
            or not (s.text.rstrip().endswith(",") or own_in)
            or not place.text.lstrip().startswith("(")
            or work.text.lstrip()[:3].lower() in ("in ", "in:") and not own_in
            or "publisher" not in labels_of(spans[k + 3 :])
        ):
            return spans
        z = work.start + len(work.text.rstrip(" ,.;:"))
        return [*spans[:k], Span("title", text[s.start : z], s.start, z, s.confidence), *spans[k + 2 :]]
    return spans


# a report's kind opening a note's imprint bracket: "(Draft Report, Melbourne:", "(2010-2015 Report, Wellington:"
_KIND = r"(?:[\w-]+\s+){0,3}Report"
_KIND_CLOSING_TITLE = lazy_pattern(rf"\s\((?P<kind>{_KIND}),\s*$")
_KIND_OPENING_PLACE = lazy_pattern(rf"^\(?(?P<kind>{_KIND}),\s+(?=[A-Z])")


@needs(labels=("title", "location", "publisher"))
def report_kind_in_imprint_bracket(spans: list[Span], text: str) -> list[Span]:
    """A report's note ``Communities of Support (2010-2015 Report, Wellington: Ministry …, 2010)`` with the report's
    kind read into the title or the place: the kind opening the imprint's bracket is the genre."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label == "title" and nxt.label == "location" and (m := _KIND_CLOSING_TITLE.search(s.text)):
            a, z = s.start + m.start("kind"), s.start + m.end("kind")
            head = text[s.start : s.start + m.start()]
            return [*spans[:k], Span("title", head, s.start, s.start + len(head), s.confidence),
                    Span("genre", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
        if k and s.label == "location" and nxt.label == "publisher" and spans[k - 1].label == "title" and (
            m := _KIND_OPENING_PLACE.match(s.text)
        ):
            a, z = s.start + m.start("kind"), s.start + m.end("kind")
            return [*spans[:k], Span("genre", text[a:z], a, z, s.confidence),
                    Span("location", text[s.start + m.end() : s.end], s.start + m.end(), s.end, s.confidence),
                    *spans[k + 1 :]]
    return spans


# "Coastal Lives (Halifax, Nimbus Publishing,": an unquoted title, the bracket, a short capitalised town and the
# publisher after its comma (the town known or not: the publisher's word names the body after it)
_TITLE_INTO_IMPRINT = lazy_pattern(
    r"^(?P<title>[^()]*[^\s(,;:])\s+\("
    r"(?=(?P<town>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+){0,2}),\s+(?P<name>[A-Z][^(),]*),?\s*$)"
)


@needs(labels=("author", "publisher", "date"), without=("title", "location"), marks=["("])
def title_read_into_bracketed_imprint(spans: list[Span], text: str) -> list[Span]:
    """A note's book ``Lee, Mark. Coastal Lives (Boston, Beacon Press, 1987)`` read from the title to the imprint's
    comma as one publisher: the words before the bracket, straight after the names, are the title, and the bracket's
    town and publisher the imprint (``imprints.place_before_publisher`` parts them)."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "publisher" or spans[k - 1].label != "author" or spans[k + 1].label != "date":
            continue
        m = _TITLE_INTO_IMPRINT.match(s.text)
        if m is None or PUBLISHER_WORD.search(m["title"]) or not PUBLISHER_WORD.search(m["name"]):
            return spans
        if not spans[k + 1].text.lstrip()[:4].isdigit() or ")" not in spans[k + 1].text:
            return spans
        z = s.start + m.end("title")
        a = s.start + m.end()
        return [*spans[:k], Span("title", text[s.start : z], s.start, z, s.confidence),
                Span("publisher", text[a - 1 : s.end], a - 1, s.end, s.confidence), *spans[k + 1 :]]
    return spans
