"""MLA's and Chicago 18's ``Title. Brepols, 2002.``: a publisher alone before the year, with no place, read
as the place. A name no list of places knows, whose words the labelled references never hold in places more
than in publishers, is the publisher."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import GREEK_CAPITALS
from biblio.parse.normalisers.places import REGIONS, is_place
from biblio.parse.review.lexicon import CLASSES, row_of
from biblio.parse.spans import Span

_PLACE = CLASSES.index("publisher-place")
_PUBLISHER = CLASSES.index("publisher")
# a firm's name of one to three capitalised words ("Schocken", "Die Schmiede", "Boni and Liveright")
# (a Greek firm's name too: "Κλειδάριθμος", "Gutenberg")
_NAME_WORD = rf"[A-Z{GREEK_CAPITALS}][\w'\u2019&-]+"
_NAME = lazy_pattern(rf"{_NAME_WORD}(?:\s+(?:and|&|{_NAME_WORD})){{0,2}}")


_PRESS_ENDS = (" UP", " Press")


def _no_place(name: str) -> bool:
    """Whether ``name`` is no town: no list of places has it, and no word of it is held in places more than in
    publishers by the labelled references (``Turnhout``, ``Uppsala`` are; ``Brepols`` is unknown). A university's
    press named with MLA's ``UP`` (``Cambridge UP``) is no town, whatever its first word."""
    if name.endswith(_PRESS_ENDS):
        return True
    if is_place(name) or name.lower() in REGIONS:
        return False
    for word in name.lower().split():
        row = row_of(word)
        if row is not None and row[_PLACE] >= row[_PUBLISHER]:
            return False
    return True


@needs(labels=["location", "date"], without=["publisher"])
def lone_place_is_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Title. Schocken, 1947.`` with the firm read as the place: the publisher."""
    places = [i for i, s in enumerate(spans) if s.label == "location"]
    if len(places) != 1 or any(s.label == "publisher" for s in spans):
        return spans
    i = places[0]
    s = spans[i]
    if i + 1 >= len(spans) or spans[i + 1].label != "date" or i == 0:
        return spans
    name = s.text.strip(" ,.:;(")  # (Chicago 18's note opens its imprint with the bracket: "(Duke UP, 2015)")
    # (MLA's "Publisher, Year" has its comma; "Braunschweig 1785" is an older imprint's town and year)
    if not s.text.rstrip().endswith(",") or not _NAME.fullmatch(name) or not _no_place(name):
        return spans
    return [*spans[:i], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[i + 1 :]]


# towns whose names alone name a press as well (MLA's "Abingdon, 1985" is the Abingdon Press of Nashville)
_PRESS_TOWNS = frozenset(["abingdon", "westminster", "bloomsbury"])


def _town(name: str) -> bool:
    """Whether ``name`` is a town a list of places knows (``Leuven``, ``Brussel``, a state alone: ``Michigan``),
    and no press goes by its name alone."""
    return (is_place(name) or name.lower() in REGIONS) and name.lower() not in _PRESS_TOWNS


@needs(labels=["publisher", "date"], without=["location"])
def lone_town_is_place(spans: list[Span], text: str) -> list[Span]:
    """A European list's ``*Title*. Brussel, 1976.`` (``Leuven, 1999, Series``, ``Michigan 1995``): the town alone
    before the year, with no publisher named, read as the publisher. A name a list of places knows is the place."""
    publishers = [i for i, s in enumerate(spans) if s.label == "publisher"]
    if len(publishers) != 1 or any(s.label == "location" for s in spans):
        return spans  # (a place already read: the name before the year is no lone town, as declared)
    i = publishers[0]
    s = spans[i]
    if i == 0 or i + 1 >= len(spans) or spans[i + 1].label != "date" or text[s.end : spans[i + 1].start].strip(" ,"):
        return spans
    name = s.text.strip(" ,.:;(")
    if not _NAME.fullmatch(name) or not _town(name):
        return spans
    return [*spans[:i], Span("location", s.text, s.start, s.end, s.confidence), *spans[i + 1 :]]


_PERSONS = frozenset(["author", "editor"])


@needs(labels=["location", "date"], any_label=_PERSONS, without=["publisher"])
def person_after_place_is_publisher(spans: list[Span], text: str) -> list[Span]:
    """``…, Frankfurt a.M., Peter Lang, 1991, p. 192-195`` with the firm named after a person read as a name: a
    name between the place and the year, the names before the title already read, is the publisher."""
    for k in range(2, len(spans) - 1):
        s = spans[k]
        if s.label not in _PERSONS or spans[k - 1].label != "location" or spans[k + 1].label != "date":
            continue
        if not any(p.label in _PERSONS for p in spans[: k - 1]) or not any(p.label == "title" for p in spans[:k]):
            return spans
        lead = len(s.text) - len(s.text.lstrip(" ,"))
        name = s.text.strip(" ,.;")
        if not _NAME.fullmatch(name):
            return spans
        a = s.start + lead
        pub = Span("publisher", text[a : s.end], a, s.end, s.confidence)
        return [*spans[:k], pub, *spans[k + 1 :]]
    return spans


# a body's initials, dotted, three letters or more ("E.D.T.", "U.T.E.T."): no person's name without a family name;
# the imprint's town may come before them ("Napoli, E.S.I.")
_BODY_INITIALS = lazy_pattern(r"(?:(?P<town>[^\W\d_][^,]*),\s+)?(?P<initials>(?:[A-Z]\.){3,})")


@needs(labels=["editor", "publisher"])
def initials_open_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Torino, E.D.T. Edizioni di Torino, 1979`` with the publisher's initials read as an editor (with the town
    before them: ``Napoli, E.S.I. Edizioni …``): dotted capitals alone, after another field and straight before the
    publisher, open the publisher's name."""
    for k in range(1, len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "editor" or nxt.label != "publisher" or text[s.end : nxt.start].strip():
            continue
        lead = len(s.text) - len(s.text.lstrip())
        m = _BODY_INITIALS.fullmatch(s.text.strip())
        if m is None or m["town"] is not None and not is_place(m["town"]):
            continue
        a = s.start + lead + m.start("initials")
        joined = Span("publisher", text[a : nxt.end], a, nxt.end, min(s.confidence, nxt.confidence))
        town = [Span("location", text[s.start : a], s.start, a, s.confidence)] if m["town"] else []
        return [*spans[:k], *town, joined, *spans[k + 2 :]]
    return spans
