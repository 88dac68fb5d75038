"""Mend of an agency named by its portfolio, a list with commas: ``Department of Agriculture, Fisheries and
Forestry``, ``Department of Infrastructure, Transport, Regional Development and Communications``, ``Department for
Levelling Up, Housing and Communities``.

Governments name a department or ministry after the matters it answers for, listed with commas and closed by "and"
(``normalisers.names.BODY_OF_LIST``); the model ends a group author at its first comma and reads the rest of the
list into the title.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import body_of_list, has_org_name_word
from biblio.parse.spans import Span

# where the name may end in the span after it: a stop, a comma, a bracket or the span's end
_ENDS = lazy_pattern(r"\s*[.,(]|\s*$")
# the body's short name in brackets after its name: " (BEIS)", " (DLUHC)"
_BRACKETED_ABBREVIATION = lazy_pattern(r"\s*\([A-Z][A-Za-z&]{1,11}\)")


@needs(labels=("author",), words=(" of ", " for ", " de ", " da ", " do ", " del ", " dan "))
def portfolio_list_in_name(spans: list[Span], text: str) -> list[Span]:
    """``Australia. Department of Agriculture, | Fisheries and Forestry. Quarantine …`` with the group author cut at
    its first comma: the words up to the list's "and" and its last field belong to the department's name."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        # (the comma first: the body's word is the costlier look)
        if s.label != "author" or not (s.text.rstrip().endswith(",") or nxt.text.lstrip().startswith(",")):
            continue
        if not has_org_name_word(s.text):
            continue
        if text[s.end : nxt.start].strip():
            return spans
        for end in _ENDS.finditer(nxt.text):
            z = nxt.start + end.start()
            if not body_of_list(text[s.start : z].strip()):
                continue
            if (abbr := _BRACKETED_ABBREVIATION.match(text, z, nxt.end)) is not None:
                z = abbr.end()  # "…, Energy and Industrial Strategy (BEIS).": the body's short name is its own
            author = Span("author", text[s.start : z], s.start, z, min(s.confidence, nxt.confidence))
            tail = text[z : nxt.end]
            lead = len(tail) - len(tail.lstrip(" .,"))
            rest = [Span(nxt.label, tail[lead:], z + lead, nxt.end, nxt.confidence)] if tail[lead:].strip() else []
            return [*spans[:k], author, *rest, *spans[k + 2 :]]
        return spans
    return spans


# a body's unit named after its parent's, before the title's sentence: "…, Services Statement Development
# Committee. Directions for …" (the unit's last word is the kind of unit)
_UNIT_HEAD = lazy_pattern(
    r"(?P<unit>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|on|and|the|&)){0,7}\s+"
    r"(?:Committee|Subcommittee|Division|Department|Section|Office|Bureau|Branch|Unit|Council|Board|Commission|Task\s+Force"
    r"|Working\s+Group|Panel|Secretariat|Directorate|Service))\.\s+(?=[A-Z\d\"“*])"
)


@needs(labels=("author", "title"))
def unit_of_body_opens_title(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``American Library Association, Young Adult Services Division, | Services Statement Development
    Committee. Directions for …`` with the body's last unit read into the title: after a group author closed by a
    comma, a name ending on the kind of unit it is (``Committee``, ``Division``, ``Office``) and closed by its stop
    is one more part of the group."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "title":
        return spans
    body, title = spans[0], spans[1]
    between = text[body.end : title.start]
    if not (body.text.rstrip().endswith(",") or between.strip() == ",") or not has_org_name_word(body.text):
        return spans
    m = _UNIT_HEAD.match(title.text)
    if m is None:
        return spans
    unit_end = title.start + m.end("unit")
    rest = title.start + m.end()
    return [
        Span("author", text[body.start : unit_end], body.start, unit_end, body.confidence),
        Span("title", text[rest : title.end], rest, title.end, title.confidence),
        *spans[2:],
    ]
