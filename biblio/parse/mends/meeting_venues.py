"""Mend of a meeting's name after Elsevier's ``In:``: ``Title. In: 2015 IEEE International Geoscience and Remote
Sensing Symposium (IGARSS). IEEE, pp. 3057–3060.``, ``in: 2023 10th International Conference on … (SPIN), 2023,
pp. 40–45.`` and ``In: 105th AMS Annual Meeting. AMS.`` with the meeting's opening year read as a date, its
society's acronym after the full stop read into the name (or the name as the publisher), or the title's last
words (``… automation in healthcare. In: …``) read into the proceedings."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "… matrix. In: " / "…, in: " opening the proceedings (Elsevier's colon after In)
_IN_MARK = lazy_pattern(r"(?<=[.,]) [Ii]n: (?=\S)")
_MEETING_WORD = lazy_pattern(r"\b(?:Conference|Symposium|Meeting|Workshop|Congress|Proceedings)\b")
# the meeting's name closes at its society's acronym after a full stop or a comma (". IEEE, pp.", ", IEEE,
# 2019", ". AGU." at the end), or at its year or pages after a comma (", 2023, pp.", ", pp. 1–7")
_VENUE_END = lazy_pattern(
    r"[.,] (?P<pub>[A-Z]{2,6})(?=[,.]? *$|[,.] )|, (?=(?:19|20)\d\d[,.]|pp?\. ?\d|vol\. ?\d)"
)
_EDITED = lazy_pattern(r"\(Eds?\.?\)|\beds?\.|\bEditors?\b")
_LEFT = frozenset({"title", "container-title"})


@needs(labels=["title"], marks=["n: "])
def meeting_after_in_colon(spans: list[Span], text: str) -> list[Span]:
    """``Title. In: <meeting's name>. IEEE, pp. …``: the name after the mark up to the society's acronym (its
    publisher), the meeting's year or the pages is the proceedings, whole; the words between the title and the
    mark close the title."""
    mark = _IN_MARK.search(text)
    if mark is None:
        return spans
    v = mark.end()
    end = _VENUE_END.search(text, v)
    if end is None:
        return spans
    venue = text[v : end.start()]
    # a comma inside leaves the name's end in doubt (", Springer, 2008", ", Savannah, GA"): other mends decide
    if ". " in venue or "," in venue or not _MEETING_WORD.search(venue) or _EDITED.search(venue) or len(venue) > 200:
        return spans
    pub = end.start("pub") if end["pub"] else -1
    stop = end.end("pub") if pub >= 0 else end.start()
    p = mark.start()
    titles = [s for s in spans if s.label == "title" and s.start < p]
    if not titles:
        return spans
    title = titles[-1]
    out: list[Span] = []
    for s in spans:
        if s.end <= p and s.start < title.start:
            out.append(s)
        elif s.start >= stop:
            continue
        elif s.label not in _LEFT and s.start < p:
            return spans  # another field between the title and the mark: not this form
        elif s.end > stop and text[stop : s.end].strip(" ,.;"):
            return spans  # a span running on past the meeting's name and its publisher
    head = text[title.start : p].rstrip()
    out.append(Span("title", head, title.start, title.start + len(head), title.confidence))
    out.append(Span("container-title", venue, v, v + len(venue), title.confidence))
    if pub >= 0:
        out.append(Span("publisher", text[pub:stop], pub, stop, title.confidence))
    out.extend(s for s in spans if s.start >= stop)
    if [(s.label, s.start, s.end) for s in out] == [(s.label, s.start, s.end) for s in spans]:
        return spans
    return out


# IEEE Xplore's citation: the title's closing quote, then the meeting's name from its year to its acronym in
# brackets, then the comma before its town: '…," 2018 IEEE Frontiers in Education Conference (FIE), San Jose,'
_QUOTED_THEN_MEETING = lazy_pattern(
    r",[\"”]\s+(?P<venue>(?:19|20)\d\d\s+[^\"”,;()]*?\b(?:Conference|Symposium|Workshop|Congress|Meeting|Forum)\b"
    r"[^\"”,;()]*?\([A-Z][\w&/-]{1,15}\)),\s"
)


@needs(labels=["title", "container-title", "date"], marks=[',"', ",”"])
def meeting_year_and_acronym_after_quote(spans: list[Span], text: str) -> list[Span]:
    """IEEE Xplore's ``"Title," 2018 IEEE Frontiers in Education Conference (FIE), San Jose, CA, USA, 2018, pp. 1-5``
    with the meeting's opening year read as the date and its acronym in brackets read apart (as a place or a
    publisher): the words from the year to the acronym after the title's quote are the proceedings, whole."""
    m = _QUOTED_THEN_MEETING.search(text)
    if m is None:
        return spans
    a, z = m.span("venue")
    inside = [k for k, s in enumerate(spans) if s.start < z and s.end > a]
    if not inside or not any(s.label == "date" and s.start >= z for s in spans):
        return spans  # the work's own year must stand after the meeting's place
    if all(spans[k].label != "container-title" for k in inside):
        return spans
    if [(spans[k].label, spans[k].start, spans[k].end) for k in inside] == [("container-title", a, z)]:
        return spans
    if any(spans[k].start < a for k in inside):
        return spans
    venue = Span("container-title", text[a:z], a, z, min(spans[k].confidence for k in inside))
    out = [*spans[: inside[0]], venue]
    last = spans[inside[-1]]
    if last.end > z:  # the rest of a span the acronym opened: "(FIE), San Jose, CA, USA,"
        rest = m.end()
        if rest < last.end:
            out.append(Span(last.label, text[rest : last.end], rest, last.end, last.confidence))
    return [*out, *spans[inside[-1] + 1 :]]
