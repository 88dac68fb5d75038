"""A web page's entry from a citation generator that names the site's host before the page's title, both in one
italic run: ``_cs.wikipedia.org: MySQL_ [online]. 1995-05-23 [cit. 2023-03-09]. Dostupné z: https://…``. The
host's first label is read as a name and the rest as a title or a journal; the host is the site, the words after
its colon the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a host name (lower case, a dot between its labels) and its colon opening the entry, in italics or not
_HOST_HEAD = lazy_pattern(
    r"^(?P<mark>[*_]?)(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?\.)+[a-z]{2,6}):[ \t]+"
    r"(?P<title>[^\s*_][^*_\[\]]{0,200}?)(?P=mark)(?=[ .,\[]|$)"
)
_HEAD_LABELS = frozenset(["author", "title", "source", "container-title", "journal"])


@needs(any_label=("title", "source"), marks=[":"])
def host_before_title(spans: list[Span], text: str) -> list[Span]:
    """``cs. | wikipedia.org: MySQL``: the host is the site, the words after its colon the title."""
    if text[:1] not in "*_" and not text[:1].islower():
        return spans
    m = _HOST_HEAD.match(text)
    if m is None:
        return spans
    end = m.end("title")
    k = 0
    while k < len(spans) and spans[k].end <= end + 1 and spans[k].label in _HEAD_LABELS:
        k += 1
    if k == 0 or spans[k - 1].end < end or (k < len(spans) and spans[k].start < end):
        return spans  # the spans do not end where the title does: another reading
    confidence = min(s.confidence for s in spans[:k])
    site = Span("journal", m["host"], m.start("host"), m.end("host"), confidence)
    title = Span("title", m["title"], m.start("title"), end, confidence)
    return [site, title, *spans[k:]]
