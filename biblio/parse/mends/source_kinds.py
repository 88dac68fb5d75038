"""Mends of the kind of source a Finnish list names in a sentence of its own beside the title (``Vahtera, P. 2018.
Artikkeli. _HTML5 ja Web-sivun rakenne_ Luettavissa: https://…``, ``Stack Overflow. 2012. _Title?_
Keskustelufoorumi. Luettavissa: …``): the word is the work's kind (its genre), no part of the name, the title or the
site, and the italic run after it is the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.genre import FINNISH_KINDS
from biblio.parse.spans import Span

# the kind alone between two stops (or after a closing italic mark), a field's text after it
_KIND = lazy_pattern(rf"(?:(?<=[.?!] )|(?<=[_*] ))(?P<kind>{FINNISH_KINDS})\.(?= \S)")
_TITLE_HOLDERS = frozenset(["container-title", "journal", "source"])


@needs(words=("artikkeli", "verkko", "foorumi", "e-kirja", "blogi", "video", "podcast"))
def finnish_source_kind_apart(spans: list[Span], text: str) -> list[Span]:
    """``Artikkeli. _Title_`` with the kind read as the title and the italic title as the site (or
    ``Keskustelufoorumi.`` read as the publisher, ``Verkkosivu.`` into the author): the kind is the genre, and
    the italic run after it the title where no other span holds one."""
    m = _KIND.search(text)
    if m is None or any(s.label == "genre" for s in spans):
        return spans
    a, z = m.start("kind"), m.end()
    out = replaced(spans, text, a, z, [Span("genre", text[a:z], a, z, 1.0)])
    if any(s.label == "title" for s in out):
        return out
    for k, s in enumerate(out):
        if s.start >= z and s.label in _TITLE_HOLDERS and s.text.lstrip()[:1] in "_*":
            return [*out[:k], Span("title", s.text, s.start, s.end, s.confidence), *out[k + 1 :]]
    return out
