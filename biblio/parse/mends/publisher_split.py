"""Mends of a publisher cut in two (``University of Chicago`` read as publisher ``University of`` and
place ``Chicago``) or read into the place (``(IEEE, Los Alamitos, CA, 1994)``)."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.names import LEGAL_FORM
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_FIRST_COMMA = lazy_pattern(r",\s+")
_YEAR_CLOSES = lazy_pattern(r"\s*(?:1[5-9]|20)\d\d[a-z]?\)")
# (or a slash glued to its last word: "Cengage Learning/Wadsworth", "Thomson Brooks/Cole", a publisher and its imprint)
_OPEN_END = lazy_pattern(r"\b(?:of|for|de|di|du|der|für)\s*$|(?<=[^\W\d_])/$", re.I)


def publisher_open_end(spans: list[Span], text: str) -> list[Span]:
    """A publisher that ends in ``of`` (``for``, ``de`` …) or in a slash goes on into the place read
    after it: a name never ends in a preposition or a slash, so the place is the rest of the name."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "publisher":
            continue
        nxt = spans[k + 1]
        if nxt.label != "location" or not _OPEN_END.search(s.text):
            continue
        if text[s.end : nxt.start].strip():
            return spans
        # the name runs on to the place's first comma: "University of Amsterdam, Amsterdam, …"
        comma = _FIRST_COMMA.search(text, nxt.start, nxt.end)
        z = comma.start() if comma else nxt.end
        joined = Span("publisher", text[s.start : z], s.start, z, min(s.confidence, nxt.confidence))
        rest = [Span("location", text[comma.end() : nxt.end], comma.end(), nxt.end, nxt.confidence)] if comma else []
        return [*spans[:k], joined, *[r for r in rest if r.text.strip(" ,.")], *spans[k + 2 :]]
    return spans


def publisher_in_imprint(spans: list[Span], text: str) -> list[Span]:
    """Physics' imprint ``(IEEE, Los Alamitos, CA, 1994)`` with ``IEEE, Los Alamitos, CA`` read as
    the place and no publisher read: the name before the first comma, no place, is the publisher; so too
    Nature's one name before the year, ``(Garland Science, 2014)``."""
    if "(" not in text:
        return spans
    if "publisher" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "location" or not s.text.lstrip().startswith("("):
            continue
        if not (m := _FIRST_COMMA.search(s.text)):
            # Nature's "(Garland Science, 2014)": one name, no place, before the year
            name = s.text.strip(" (,")
            dated = k + 1 < len(spans) and spans[k + 1].label == "date" and _YEAR_CLOSES.match(spans[k + 1].text)
            # (one word alone may be a town the place list lacks: Chicago's "(Colchester, 2004)")
            if dated and " " in name and not (set(name) & set(",()")) and not is_place(name):
                return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
            return spans
        head, tail = s.text[: m.start()], s.text[m.end() :]
        if head.strip(" (") and not is_place(head.strip(" (")) and is_place(tail):
            return divided(spans, k, m.start(), m.end(), "publisher", "location")
        return spans
    return spans


# "Co., | Inc., Redwood City, CA": a firm's legal form after its comma opens what was read as the place
_LEGAL_FORM_OPENS = lazy_pattern(rf"\s*{LEGAL_FORM}\b\.?(?=,\s|\s*$)")


@needs(labels=("publisher", "location"))
def legal_form_opens_place(spans: list[Span], text: str) -> list[Span]:
    """``Addison Wesley Longman Publishing Co., | Inc., Redwood City, CA`` with the firm's legal form read as
    the head of the place: it closes the publisher's name."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "publisher" or nxt.label != "location" or text[s.end : nxt.start].strip():
            continue
        if (m := _LEGAL_FORM_OPENS.match(nxt.text)) is None:
            return spans
        z = nxt.start + m.end()
        place = Span("location", text[z : nxt.end], z, nxt.end, nxt.confidence)
        rest = [place] if place.text.strip(" ,.") else []
        return [*spans[:k], Span("publisher", text[s.start : z], s.start, z, s.confidence), *rest, *spans[k + 2 :]]
    return spans
