"""A title's one-word head read as the last name of a list written given name first with initials: IEEE's and
Elsevier's ``A. Demori, R. Silva, M. C. Cavalcanti, Minimanager: Uma proposta …`` or ``U. Frisch, Turbulence: The
Legacy …``. Every name of such a list opens on its initials, so a capitalised word with none, closed by a
colon, is no name: it is the head of the title after it."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import PARTICLE_WORD
from biblio.parse.spans import Span

_NAMES = ("author", "editor")
_PERSON = (
    rf"[A-Z][a-z]?\.(?:\s?-?[A-Z][a-z]?\.)*\s?(?:{PARTICLE_WORD}\s+)*"
    r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"
)
_LIST_THEN_HEAD = lazy_pattern(
    rf"(?P<names>{_PERSON}(?:,?\s+(?:and\s+|&\s+)?{_PERSON})*),\s+"
    r"(?P<head>[A-Z0-9][^\W_]*(?:-[^\W_]+)*):\s*"
)
# words that close a list of names with a colon and open no title: "In:", "Eds:", "Hrsg:"
_NOT_HEADS = frozenset(["In", "Im", "En", "Dans", "Eds", "Ed", "Editors", "Editor", "Hrsg", "Hg", "Orgs", "Org"])


@needs(labels=["title"], any_label=_NAMES, marks=[":"])
def colon_head_in_names(spans: list[Span], text: str) -> list[Span]:
    """``M. C. Cavalcanti, Minimanager: | Uma proposta …``: the word before the colon goes to the title."""
    k = next((i for i, s in enumerate(spans[:2]) if s.label in _NAMES), None)
    if k is None or k + 1 >= len(spans) or spans[k + 1].label != "title":
        return spans
    s, t = spans[k], spans[k + 1]
    if text[s.end : t.start].strip():
        return spans
    m = _LIST_THEN_HEAD.fullmatch(s.text)
    if m is None or m.group("head") in _NOT_HEADS:
        return spans
    cut, a = s.start + m.end("names"), s.start + m.start("head")
    names = Span(s.label, text[s.start : cut], s.start, cut, s.confidence)
    title = Span("title", text[a : t.end], a, t.end, min(s.confidence, t.confidence))
    return [*spans[:k], names, title, *spans[k + 2 :]]
