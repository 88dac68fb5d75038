"""Mends of Harvard's web page after BS 5605 (Elsevier's Harvard, INBO): ``Names, 2017. Title [WWW Document].
Site. URL https://…`` and, with no author, ``Title [WWW Document], 2018. URL https://…``.

The bracket closes the page's title and says what it is; the short sentence after it, when one stands before
the address, is the site. The model, used to the bracket only in NLM's ``[Internet]``, reads the title, the
bracket and the site into a note, the address or a container in turn.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.spans import Span

_YEAR = r"(?:\d{4}[a-z]?|n\.d\.?)"
# the bracket, a year after it when no author opens the entry, then the site up to the address or the end
_WWW = lazy_pattern(
    rf"\s*(?P<medium>\[WWW\s+document\])\s*(?:,\s*(?P<date>{_YEAR}))?\s*[.,](?:\s*\.)?\s*"
    r"(?:(?P<site>(?!URL\s)[^\[\]\s][^\[\]]*?)\s*\.\s*)?(?=URL\s|https?://|\(accessed|$)",
    re.I,
)
# the author's year closing the names: "Nittle, N.K., 2021. " (the title follows)
_NAMES_YEAR = lazy_pattern(rf"^[^\[\]]*?,\s*{_YEAR}\.\s+(?=\S)")
_OPENING = frozenset(["citation-number"])


@needs(words=("www document",))
def www_document_page(spans: list[Span], text: str) -> list[Span]:
    """``Nittle, N.K., 2021. Common Arab Stereotypes in TV and Film [WWW Document]. ThoughtCo. URL …`` with the
    title, the bracket and the site read into a note, the address or a container: the words before the bracket
    (after the names' year, or from the opening) are the title, the bracket the medium, a sentence after it the
    site."""
    m = _WWW.search(text)
    if m is None:
        return spans
    head = _NAMES_YEAR.match(text, 0, m.start())
    if head is not None:
        a = head.end()
    else:
        opening = [s.end for s in spans if s.label in _OPENING and s.end <= m.start()]
        a = max(opening, default=0)
        while a < m.start() and text[a].isspace():
            a += 1
    if m.group("date") is None and head is None:
        return spans  # no year anywhere near the title: not this form
    title = text[a : m.start()].strip()
    if not title or "[" in title:
        return spans
    new = [Span("title", title, a, a + len(title))]
    new.append(Span("medium", m.group("medium"), m.start("medium"), m.end("medium")))
    if m.group("date"):
        new.append(Span("date", m.group("date"), m.start("date"), m.end("date")))
    if m.group("site"):
        new.append(Span("container-title", m.group("site"), m.start("site"), m.end("site")))
    return read_anew(spans, text, a, m.end(), new)
