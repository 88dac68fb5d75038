"""Mends of a meeting's place set after a full stop: Elsevier's name-year ``In: Proceedings of International
Conference on Intelligent Systems Design and Applications. Cordoba, Spain, pp. 831–836.`` and ``In:
UbiComp/ISWC’17 Adjunct. Maui, HI, USA, pp. 597–606.`` with the town (or the whole place) read into the
proceedings' title; and a title's one-word head read as a place: ``2015. Adam: A method for stochastic
optimization. In: …``."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import REGIONS, is_place
from biblio.parse.spans import Span

_MEETING = lazy_pattern(r"^In:?\s|\b(?:Proceedings?|Proc\.|Conference|Symposium|Workshop|Congress|Meeting)\b")
# "…Applications. Cordoba, Spain,": a town (and its region and country) after the full stop closing a word (a
# town's name is no acronym: "ACM, New York" is a publisher and its town)
_STOP_PLACE = lazy_pattern(
    r"(?<=[^\W_]{2})\.\s+(?P<place>[A-Z][a-z][^\W\d_]*(?:[\s-][A-Z][^\W\d_]*){0,2}"
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?){0,2}),?\s*$"
)
_HEAD_WORD = lazy_pattern(r"[A-Z][^\W\d_]{1,20}")


def _regions_only(text: str) -> bool:
    parts = [p.strip(" .") for p in text.split(",") if p.strip(" .")]
    return bool(parts) and all(p.lower() in REGIONS or len(p) == 2 and p.isupper() for p in parts)


@needs(labels=["container-title"], marks=[". "])
def meeting_place_after_stop(spans: list[Span], text: str) -> list[Span]:
    """``In: Proceedings of … Applications. Cordoba, Spain, | pp. 831–836.``: the town and country after the
    proceedings' last full stop, before the pages or at the end, are the meeting's place; ``In: UbiComp/ISWC’17
    Adjunct. Maui | HI, USA,``: the town before a place read without it belongs to the place."""
    for k, s in enumerate(spans):
        if s.label != "container-title" or not _MEETING.search(s.text):
            continue
        m = _STOP_PLACE.search(s.text)
        if m is None:
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        place = m["place"]
        a = s.start + m.start("place")
        head = text[s.start : s.start + m.start() + 1]
        if (
            nxt is not None
            and nxt.label == "location"
            and "," not in place
            and not text[s.end : nxt.start].strip(" ,")
            and _regions_only(nxt.text.strip(" ,.;:"))
            and is_place(f"{place}, {nxt.text.strip(' ,.;:')}")
        ):
            return [
                *spans[:k],
                Span(s.label, head, s.start, s.start + len(head), s.confidence),
                Span("location", text[a : nxt.end], a, nxt.end, nxt.confidence),
                *spans[k + 2 :],
            ]
        if "," in place and (nxt is None or nxt.label == "pages") and is_place(place):
            return [
                *spans[:k],
                Span(s.label, head, s.start, s.start + len(head), s.confidence),
                Span("location", text[a : s.end], a, s.end, s.confidence),
                *spans[k + 1 :],
            ]
    return spans


@needs(labels=["location", "title", "date"], marks=[":"])
def title_head_read_as_place(spans: list[Span], text: str) -> list[Span]:
    """``2015. | Adam | : | A method for stochastic optimization.``: one capitalised word, no town, closed by a
    colon between the date and the title is the title's head."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "location" or spans[k - 1].label != "date":
            continue
        word = s.text.strip()
        if not _HEAD_WORD.fullmatch(word) or is_place(word):
            return spans
        j = k + 1
        if spans[j].text.strip() == ":" and j + 1 < len(spans):
            j += 1
        elif text[s.end : spans[j].start].strip() != ":":
            return spans
        t = spans[j]
        if t.label != "title":
            return spans
        return [*spans[:k], Span("title", text[s.start : t.end], s.start, t.end, t.confidence), *spans[j + 1 :]]
    return spans
