"""APA's software and web pages read with their publisher or site in the title: ``Peripleo [Computer software].
The British Library. Retrieved 28 October 2024. Retrieved from URL`` and ``Spectrum. Collections Trust. Retrieved
7 October 2024. Retrieved from URL``. APA 7 names the software's publisher after its bracketed description, and a
page's site after its title; a retrieval statement or the address follows."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import span_parts
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_AFTER = frozenset(["accessed", "url", "doi"])
_WORK = frozenset(["title", "container-title"])
# "Title [Computer software]. Publisher." and "Title. Site Name.": the name closing the span has one to five
# capitalised words (a place's comma, a subtitle's colon or a second sentence are no publisher's)
_NAME = r"(?P<name>(?:The\s+)?[A-Z][\w&'’-]*(?:\s+(?:of|for|and|&|[A-Z][\w&'’-]*)){0,4})\s*\.?\s*$"
_BRACKET_THEN_NAME = lazy_pattern(rf"^(?P<title>[^\[\]]+?)\s*\[(?P<genre>[^\[\]]{{2,40}})\]\s*\.\s+{_NAME}")
_TITLE_THEN_SITE = lazy_pattern(rf"^(?P<title>[^\[\].]{{2,}}?[^\s.])\.\s+{_NAME}")


@needs(any_label=_WORK, marks=("Retrieved", "http"))
def publisher_or_site_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Peripleo [Computer software]. The British Library.`` (or ``Spectrum. Collections Trust.``) read as one
    title before the retrieval: the bracket is the kind of work and the name after it the software's publisher;
    with no bracket the name after the title is the page's site (a retrieval or an address read: no bare DOI's)."""
    if "Retrieved" not in text and "http" not in text:
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in _WORK or nxt.label not in _AFTER or any(o.label in ("journal",) for o in spans):
            continue
        if k == 0 or spans[k - 1].label not in ("date", "author"):
            return spans
        m = _BRACKET_THEN_NAME.match(s.text)
        if m is not None:
            new = span_parts(s, m, (("title", "title"), ("genre", "genre"), ("publisher", "name")))
            return [*spans[:k], *new, *spans[k + 1 :]]
        m = _TITLE_THEN_SITE.match(s.text)
        if m is not None and "container-title" not in [o.label for o in spans]:
            new = span_parts(s, m, (("title", "title"), ("container-title", "name")))
            return [*spans[:k], *new, *spans[k + 1 :]]
        return spans
    return spans
