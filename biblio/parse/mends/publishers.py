"""Mends of the imprint: the publisher read with the place or run into the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import SENTENCE_BREAK, WORD, divided, last
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.places import CITIES, is_place
from biblio.parse.spans import Span
from biblio.parse.text import ascii_fold

_PRESS_ABBREVIATION = lazy_pattern(r"^\s*U?P\s*[.,]?\s*$")
_FIRST_COMMA = lazy_pattern(r",\s+")
_LOOSE_COMMA = lazy_pattern(r"\s*,\s*")
PUBLISHER_WORD = lazy_pattern(
    r"(?i)\b(?:press|publish\w*|publications|verlag|books|inc|ltd|co|corp|company|editions|éditions|edizioni|"
    r"editorial|wiley|springer|elsevier|routledge|sage|blackwell|pearson|mcgraw-hill|addison-wesley|macmillan|"
    r"penguin|norton|sons|gmbh|llc|scientific|university|universität|université|universidad|institute|"
    r"institut|society|association|academic)\b"
)

# a firm's name: capitalised words, a few small words between ("Crown", "Plon", "La Découverte", "Commission for …")
FIRM_NAME = lazy_pattern(
    r"[A-Z\u00c0-\u00de][\w'’&.-]*(?:\s+(?:[A-Z\u00c0-\u00de][\w'’&.-]*|of|for|and|de|du|des|la|le|di|del|&)){0,5}"
)


@needs(labels=("location", "publisher"))
def university_press(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``U of California P``: a publisher span of only ``P`` or ``UP`` after a place span is
    the end of the press's name, and the "place" its beginning."""
    for k in range(1, len(spans)):
        prev, s = spans[k - 1], spans[k]
        if prev.label == "location" and s.label == "publisher" and _PRESS_ABBREVIATION.match(s.text):
            return (
                spans[: k - 1]
                + [Span("publisher", text[prev.start : s.end], prev.start, s.end, min(prev.confidence, s.confidence))]
                + spans[k + 1 :]
            )
    return spans


@needs(labels=["publisher"], without=["location"])
def place_after_publisher(spans: list[Span], text: str) -> list[Span]:
    """``(AMS, Providence, 1983)`` with ``AMS, Providence`` read as the publisher and no place read:
    the part after the publisher's first comma, when it is a place, is the place."""
    if "location" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "publisher" or not (m := _LOOSE_COMMA.search(s.text)):
            continue
        head, tail = s.text[: m.start()], s.text[m.end() :]
        if head.strip(" ([") and is_place(tail) and not is_place(head) and not PUBLISHER_WORD.search(tail):
            return divided(spans, k, m.start(), m.end(), "publisher", "location")
        return spans
    return spans


# a house's name with no word of a house's in it: three words or more ("Cambridge Adult Education, New York, NY";
# a town's name is shorter, and a region's "Salt Lake City, Utah" follows no town)
_HOUSE_WORDS = 3


def _house_name(head: str, place: str) -> bool:
    """``Blackwell Science``, ``Cambridge Adult Education``: a word of a house's, or three capitalised words before
    a known town and its region."""
    if PUBLISHER_WORD.search(head):
        return True
    words = head.split()
    if len(words) < _HOUSE_WORDS or not all(w[:1].isupper() for w in words) or any(c.isdigit() for c in head):
        return False
    town, comma, _region = place.partition(",")
    return bool(comma) and ascii_fold(town.strip().lower()) in CITIES


@needs(without=("publisher", "journal", "container-title"))
def publisher_apart(spans: list[Span], text: str) -> list[Span]:
    """Where no publisher was read: ``Blackwell Science, Cambridge, Massachusetts`` (Elsevier's ``Cambridge Adult
    Education, New York, NY``) read as one place, or ``Title. Athena Scientific Press,`` read as one title, holds
    the publisher (a name that is no place, or one with a publisher's word) before the place or after the title."""
    labels = {s.label for s in spans}
    if labels & {"publisher", "journal", "container-title"}:
        return spans
    for k, s in enumerate(spans):
        if s.label == "location" and (m := _FIRST_COMMA.search(s.text)):
            head, tail = s.text[: m.start()], s.text[m.end() :]
            if _house_name(head, tail) and not is_place(head) and is_place(tail):
                return divided(spans, k, m.start(), m.end(), "publisher", "location")
        if s.label == "title" and k + 1 < len(spans) and spans[k + 1].label == "date":
            cut = last(SENTENCE_BREAK, s.text)
            if cut is None:
                continue
            head, tail = s.text[: cut.start() + 1], s.text[cut.end() :]
            if _closing_house(head, tail):
                return divided(spans, k, len(head), cut.end(), "title", "publisher")
    return spans


def _closing_house(head: str, tail: str) -> bool:
    """The last sentence ``tail`` of a name of three words or more is a house's: a few words, one of them a
    house's."""
    return len(WORD.findall(tail)) <= 5 and PUBLISHER_WORD.search(tail) is not None and len(WORD.findall(head)) >= 3


@needs(labels=["container-title", "location"], without=["publisher"])
def publisher_closing_container(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's chapter ``In: Paine, W.S. (Ed), Book: Subtitle. Sage, Beverley Hills, CA, pp. 61–79.`` with the
    house read into the book's name before the place, no publisher read: the book's last sentence, a house's name
    (``_closing_house``), is the publisher."""
    if "publisher" in labels_of(spans):
        return spans
    for k, s in enumerate(spans[:-1]):
        if s.label != "container-title" or spans[k + 1].label != "location":
            continue
        cut = last(SENTENCE_BREAK, s.text)
        if cut is not None and _closing_house(s.text[: cut.start() + 1], s.text[cut.end() :]):
            return divided(spans, k, cut.start() + 1, cut.end(), "container-title", "publisher")
    return spans


# "CSLI. 199-213." / "Academic Press, pp. 47-73" / "Archetype Publications. xi-xiv.": the pages that close a
# chapter after its imprint (a front matter's roman pages only as a range)
_PAGES_TAIL = lazy_pattern(
    r"(?<=[^\W\d_])\.?\s*[.,]\s+(?P<pages>(?:pp?\.\s*|pages\s+)?(?:\d+(?:\s*[-\u2013]+\s*\d+)?"
    r"|[ivxlc]{1,8}\s*[-\u2013]+\s*[ivxlc]{1,8}))(?:\s*\.)*\s*$"  # (". ." where a list left an ISBN's slot empty)
)


@needs(labels=["publisher"], without=["pages"])
def pages_after_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Stanford, CA: CSLI. 199-213.`` with the chapter's pages read into the publisher, no pages read."""
    if "pages" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label == "publisher" and (m := _PAGES_TAIL.search(s.text)) and m.start() > 0:
            return divided(spans, k, m.start(), m.start("pages"), "publisher", "pages")
    return spans


_FOUNDATION_WORD = lazy_pattern(r"(?i)\b(?:foundation|institute|institut|society|association|council|centre|center)\b")
_NUMBERS = frozenset(["volume", "issue", "pages"])


@needs(labels=("title", "container-title", "location"), without=(*_NUMBERS, "publisher"))
def body_before_place(spans: list[Span], text: str) -> list[Span]:
    """``Title. R Foundation for Statistical Computing, Vienna, Austria.`` with the foundation read as the
    container: a body named by its kind (foundation, institute, society, centre) and then the place it
    is in, where no journal's numbers and no publisher were read, publishes the work."""
    if any(s.label in _NUMBERS or s.label == "publisher" for s in spans):
        return spans
    for k in range(1, len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "container-title" or nxt.label != "location" or spans[k - 1].label != "title":
            continue
        if not _FOUNDATION_WORD.search(s.text) or not is_place(nxt.text.strip(" .,;:")):
            return spans
        return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=["publisher", "location"])
def second_house_read_as_place(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's ``Book. Wiley, Blackwell, Chichester, pp. 168–185.`` with the second house's name read into the
    place: a place whose part before its first comma is a house's name, no place itself, after a publisher that is
    one, joins the publisher (``Wiley, Blackwell``), the rest the place."""
    for k, s in enumerate(spans[:-1]):
        nxt = spans[k + 1]
        if s.label != "publisher" or nxt.label != "location" or not PUBLISHER_WORD.fullmatch(s.text.strip(" ,")):
            continue
        m = _FIRST_COMMA.search(nxt.text)
        if m is None or any(c.isalpha() for c in text[s.end : nxt.start]):
            return spans
        head, tail = nxt.text[: m.start()], nxt.text[m.end() :]
        if not PUBLISHER_WORD.fullmatch(head) or is_place(head) or not is_place(tail):
            return spans
        joined = Span("publisher", text[s.start : nxt.start + m.start()], s.start, nxt.start + m.start(), s.confidence)
        place = Span("location", tail, nxt.start + m.end(), nxt.end, nxt.confidence)
        return [*spans[:k], joined, place, *spans[k + 2 :]]
    return spans
