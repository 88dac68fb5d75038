"""Mend of a list of towns set apart by semicolons, as library catalogues write a book's imprint:
``3rd ed. Lincoln ; London: University of Nebraska Press, 2000.`` The model reads the place after the
last semicolon and leaves the towns before it in the title or the edition; a known town standing before
a semicolon that opens or precedes the place is the place's too."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# the last words of a span: a town (one to three capitalised words) after a stop, a comma or the span's
# start, then perhaps the semicolon
_TOWN_AT_END = lazy_pattern(
    r"(?:^|(?<=[.,:]\s))(?P<town>[A-Z][^\W\d_'-]+(?:[ -][A-Z][^\W\d_'-]+){0,2})\s*(?P<semi>;?)\s*$"
)
_TAKERS = frozenset(["title", "edition", "note", "collection-title"])


@needs(labels=["location"], marks=[";"])
def towns_before_semicolon(spans: list[Span], text: str) -> list[Span]:
    """``Lincoln ; | London:`` with the first towns read into the title or edition: they open the place."""
    for k in range(1, len(spans)):
        p, s = spans[k - 1], spans[k]
        if s.label != "location" or p.label not in _TAKERS or text[p.end : s.start].strip():
            continue
        m = _TOWN_AT_END.search(p.text)
        if m is None or not (m.group("semi") or s.text.lstrip().startswith(";")):
            continue
        if not is_place(m.group("town")) or not is_place(s.text.lstrip(" ;")):
            continue
        head = p.text[: m.start()].rstrip()
        if not head.strip(" .,:;"):
            continue  # the whole span a town: not a run-on of the place
        a = p.start + m.start()
        return [
            *spans[: k - 1],
            Span(p.label, head, p.start, p.start + len(head), p.confidence),
            Span("location", text[a : s.end], a, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# a publisher span of one capitalised word with no mark of its own ("Tampa")
_BARE_WORD = lazy_pattern(r"[A-Z][^\W\d_'-]+")
# the generic word that ends a two-word town's name ("Tampa Bay", "Long Beach", "Palm Springs", "Iowa City"): a
# place that opens with it has lost its first word (Harvard's "Elsevier Australia Marrickville, NSW" names a
# publisher before its town)
_TOWN_TAIL = lazy_pattern(
    r"(?:Bay|Beach|City|Falls|Springs|Park|Island|Heights|Harbou?r|Valley|Lake|Hills|Creek|Point|Rapids|Grove|"
    r"Haven|Rock|Bend|Station|Vegas|Angeles|Alto|Diego|Francisco|Jose)\b"
)


@needs(labels=["location", "publisher"])
def town_head_read_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """biblatex's ``Tampa Bay, FL, USA: ACM`` with the town's first word read as a publisher before the place: a
    capitalised word with no mark of its own, a space only before a place that opens with a town's generic last
    word (``Bay``, ``Beach``, ``City``), opens the place where the whole names one."""
    for k in range(1, len(spans)):
        p, s = spans[k - 1], spans[k]
        if s.label != "location" or p.label != "publisher" or text[p.end : s.start] != " ":
            continue
        if not _BARE_WORD.fullmatch(p.text) or not _TOWN_TAIL.match(s.text):
            continue
        if not is_place(text[p.start : s.end].rstrip(" .,:;")):
            continue
        merged = Span("location", text[p.start : s.end], p.start, s.end, min(p.confidence, s.confidence))
        return [*spans[: k - 1], merged, *spans[k + 1 :]]
    return spans


# a place's head the labeller read as a publisher: one to three capitalised words, perhaps after the imprint's
# bracket, perhaps closed by the conjunction that joins a second town ("(Cambridge and", "(University")
_PLACE_HEAD = lazy_pattern(r"^\(?[A-Z][^\W\d_'-]+(?: [A-Z][^\W\d_'-]+){0,2}(?: (?:and|&))?$")


@needs(labels=["location", "publisher"], marks=[":"])
def place_head_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """A Chicago imprint's ``(Cambridge and | New York: | Cambridge University Press, 2016)`` or ``(University |
    Park: | University of Pennsylvania Press 1996)`` with the place's first words read as a publisher: the
    words before a place closed by its colon, with only a space between and the publisher after the colon,
    open the place."""
    for k in range(1, len(spans) - 1):
        p, s, pub = spans[k - 1], spans[k], spans[k + 1]
        if p.label != "publisher" or s.label != "location" or pub.label != "publisher":
            continue
        if text[p.end : s.start] != " " or not s.text.rstrip().endswith(":") or not _PLACE_HEAD.match(p.text.strip()):
            continue
        merged = Span("location", text[p.start : s.end], p.start, s.end, min(p.confidence, s.confidence))
        return [*spans[: k - 1], merged, *spans[k + 1 :]]
    return spans


# the town after a list's last slash, read as the publisher's head: "Lancaster, D. Reidel …"
_TOWN_HEAD = lazy_pattern(r"\s*(?P<town>[A-Z][^\W\d_'-]+(?:[ -][A-Z][^\W\d_'-]+){0,2}),\s+(?=\S)")
# a publisher's initial read as the place's tail: "Dordrecht/Boston, D" | ". Reidel …"
_INITIAL_TAIL = lazy_pattern(r",\s+(?P<initial>[A-Z])\s*$")


@needs(labels=["location", "publisher"], marks=["/"])
def slashed_towns(spans: list[Span], text: str) -> list[Span]:
    """``Dordrecht/Boston/Lancaster, D. Reidel Publishing Company`` with the last town read into the publisher,
    or the publisher's initial into the towns: the towns joined by slashes run to the comma, the publisher
    starts after it."""
    for k in range(len(spans) - 1):
        loc, pub = spans[k], spans[k + 1]
        if loc.label != "location" or pub.label != "publisher" or "/" not in loc.text:
            continue
        if loc.text.endswith("/") and pub.start == loc.end and (m := _TOWN_HEAD.match(pub.text)) is not None:
            cut = pub.start + m.end("town")
            rest = pub.start + m.end()
        elif (i := _INITIAL_TAIL.search(loc.text)) is not None and pub.text.startswith("."):
            cut = loc.start + i.start()
            rest = loc.start + i.start("initial")
        else:
            return spans
        return [
            *spans[:k],
            Span("location", text[loc.start : cut], loc.start, cut, loc.confidence),
            Span("publisher", text[rest : pub.end], rest, pub.end, pub.confidence),
            *spans[k + 2 :],
        ]
    return spans
