"""Mends of a report's kind, number and body read as one span: the ACM's ``Technical Report RR-7987. Inria.``
and PeerJ's ``Technical Report. Citeseer.``, where a full stop parts the kind of report (with its number)
from the body that issued it."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "Technical Report RR-7987. Inria." / "Tech. Rep. 42. Some Institute." / "Technical Report. Citeseer."
_KIND_THEN_BODY = lazy_pattern(
    r"\s*(?P<genre>(?:Technical|Tech\.|Research)\s+(?:[Rr]eport|[Rr]ep\.)(?:\s+[A-Z0-9][\w./-]*\d[\w./-]*)?)\.?"
    r"\s+(?P<body>[A-Z][^.:;\d]{1,60}?)\.?\s*"
)
_HOLDERS = frozenset(["genre", "source", "note"])


@needs(any_label=_HOLDERS, without=["publisher"], words=("report", "rep."))
def report_body_apart(spans: list[Span], text: str) -> list[Span]:
    """``Technical Report RR-7987. Inria.`` read as one genre (or source), or as a genre and a note: the
    kind of report and its number, then the body that issued it, the publisher."""
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
