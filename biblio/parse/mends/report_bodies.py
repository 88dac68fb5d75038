"""Mends of a report's kind, number and body read as one span: the ACM's ``Technical Report RR-7987. Inria.``
and PeerJ's ``Technical Report. Citeseer.``, where a full stop parts the kind of report (with its number)
from the body that issued it."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.report_numbers import genre_closing_title
from biblio.parse.normalisers.names import has_org_word
from biblio.parse.spans import Span

# "Technical Report RR-7987. Inria." / "Tech. Rep. 42. Some Institute." / "Technical Report. Citeseer."
_KIND_THEN_BODY = lazy_pattern(
    r"\s*(?P<genre>(?:Technical|Tech\.|Research)\s+(?:[Rr]eport|[Rr]ep\.)(?:\s+[A-Z0-9][\w./-]*\d[\w./-]*)?)\.?"
    r"\s+(?P<body>[A-Z][^.:;\d]{1,60}?)\.?\s*"
)
# (a link after the body may turn the pair into a proceedings' name: "Technical Report. Ford Foundation. https://…")
_HOLDERS = frozenset(["genre", "source", "note", "container-title"])


@needs(any_label=_HOLDERS, without=["publisher"], words=("report", "rep."))
def report_body_apart(spans: list[Span], text: str) -> list[Span]:
    """``Technical Report RR-7987. Inria.`` read as one genre (or source, or container), or as a genre and a note:
    the kind of report and its number, then the body that issued it, the publisher."""
    for k, s in enumerate(spans):
        if s.label not in _HOLDERS:
            continue
        # the span alone, or a genre with the note after it ("Technical Report | TR-3. Inria.")
        z = k + 2 if s.label == "genre" and k + 1 < len(spans) and spans[k + 1].label == "note" else k + 1
        for end in dict.fromkeys((z, k + 1)):  # the longer reading first
            m = _KIND_THEN_BODY.fullmatch(text, s.start, spans[end - 1].end)
            if m is not None:
                conf = min(o.confidence for o in spans[k:end])
                genre = Span("genre", m["genre"], *m.span("genre"), conf)
                return [*spans[:k], genre, Span("publisher", m["body"], *m.span("body"), conf), *spans[end:]]
    return spans


# Copernicus's (and BibTeX's plain) "Title, Tech. rep., Body[, Place], https://…, 2020.": the kind closed by a comma
_KIND_THEN_COMMA = lazy_pattern(r"\s*(?:(?:[Tt]echnical|[Tt]ech\.)\s+(?:[Rr]eport|[Rr]ep\.)|[Ww]hite\s+[Pp]aper),\s*")
_IMPRINT_LABELS = frozenset(["genre", "journal", "container-title", "location", "publisher", "note", "source"])
_AFTER_IMPRINT = frozenset(["url", "doi", "date"])


@needs(labels=["genre"], any_label=_AFTER_IMPRINT, words=("report", "rep.", "paper"))
def body_after_comma_kind(spans: list[Span], text: str) -> list[Span]:
    """Copernicus's ``Tech. rep., ORNL – Oak Ridge National Lab., Oak Ridge, TN, USA, https://doi.org/…, 2020.``
    with the body read as a journal or a place, or into the kind: after the kind of report come the body that
    issued it and its place, each closed by a comma, before the link or the year."""
    for k, s in enumerate(spans):
        if s.label != "genre":
            continue
        kind = _KIND_THEN_COMMA.match(text, s.start)
        if kind is None or kind.end() > s.end + 1:
            return spans
        z = next((i for i in range(k + 1, len(spans)) if spans[i].label in _AFTER_IMPRINT), None)
        if z is None or any(o.label not in _IMPRINT_LABELS for o in spans[k + 1 : z]):
            return spans
        a, end = kind.end(), spans[z].start
        parts = [p for p in text[a:end].strip().rstrip(",").split(", ") if p.strip()]
        if not parts or len(parts) > 4:
            return spans
        # the body's name runs on over a part naming a body too ("Department of X, University of Y")
        n = 1
        while n < len(parts) and has_org_word(parts[n]):
            n += 1
        body = ", ".join(parts[:n])
        place = ", ".join(parts[n:])
        conf = min(o.confidence for o in spans[k:z])
        kind_text = text[s.start : a].rstrip(" ,")
        genre = Span("genre", kind_text, s.start, s.start + len(kind_text), conf)
        b = text.index(body, a)
        new = [genre, Span("publisher", body, b, b + len(body), conf)]
        if place:
            p = text.index(place, b + len(body))
            new.append(Span("location", place, p, p + len(place), conf))
        if [(o.label, o.text) for o in spans[k:z]] == [(o.label, o.text) for o in new]:
            return spans
        return [*spans[:k], *new, *spans[z:]]
    return spans


# the title's last clause when it names a body: capitalised words and the small words of a name
_BODY_CLAUSE = lazy_pattern(
    r",\s+(?P<body>[A-Z][\w&'\u2019-]*(?:\s+(?:of|and|for|the|on|&|[A-Z][\w&'\u2019-]*)){1,7}),?\s*$"
)
_LINKS = frozenset(["url", "doi"])


@needs(labels=["author", "title"], any_label=_LINKS, without=["journal", "container-title", "publisher", "volume"])
def body_closing_title(spans: list[Span], text: str) -> list[Span]:
    """Copernicus's ``Smith, M. and Kim, J.: Title, NOAA National Weather Service, https://doi.org/…, 2020.``
    with the body that issued the report read into the title: after the author element's colon, the title's
    last clause naming a body, before the link and the year, is the publisher."""
    if len(spans) < 3 or spans[0].label != "author" or not spans[0].text.rstrip().endswith(":"):
        return spans
    t = spans[1]
    if t.label != "title" or spans[2].label not in _LINKS:
        return spans
    if any(s.label not in ("url", "doi", "accessed", "date") for s in spans[2:]) or spans[-1].label != "date":
        return spans
    m = _BODY_CLAUSE.search(t.text)
    if m is None or not has_org_word(m["body"]) or len(t.text[: m.start()].split()) < 3:
        return spans
    cut = t.start + m.start()
    b = t.start + m.start("body")
    title = Span("title", text[t.start : cut], t.start, cut, t.confidence)
    body = Span("publisher", m["body"], b, b + len(m["body"]), t.confidence)
    return [spans[0], title, body, *spans[2:]]


# "Ford Foundation. from https://…": the word leading the link after a full stop
_FROM_CLOSING = lazy_pattern(r"(?<=\.)\s+from\s*$")


@needs(labels=["url"], words=(". from ",))
def from_before_link(spans: list[Span], text: str) -> list[Span]:
    """``Technical Report. Ford Foundation. from https://….`` with ``from`` read into the publisher (or any field
    before the link): the word leads the link and belongs to no field."""
    for k in range(len(spans) - 1):
        s = spans[k]
        m = _FROM_CLOSING.search(s.text) if spans[k + 1].label == "url" else None
        if m is not None:
            kept = Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
            return [*spans[:k], kept, *spans[k + 1 :]]
    return spans


# Springer's "Title (Technical Report, Body, 2019)": the bracket opening on the kind of report, read into the title
_KIND_OPENS_BRACKET = lazy_pattern(
    r"\s\((?P<genre>(?:Technical|Tech\.|Research)\s+(?:[Rr]eport|[Rr]ep\.)|[Ww]orking\s+[Pp]aper|[Dd]iscussion\s+[Pp]aper),\s*$"
)


@needs(labels=["title", "publisher"], marks=(" (",), words=("report", "rep.", "paper"))
def bracketed_kind_closing_title(spans: list[Span], text: str) -> list[Span]:
    """Springer's ``Title (Technical Report, National Bureau of Economic Research, 2019)`` with the kind of report
    read into the title: the bracket holds the kind, the body that issued it and the year."""
    return genre_closing_title(spans, text, _KIND_OPENS_BRACKET)
