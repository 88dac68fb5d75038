"""Mend of MHRA's head, ``Family, Given, Title (Place: Publisher, Year)``, as plain text prints it without the
title's italics: ``Woolf, Virginia, Mrs Dalloway (London: Hogarth Press, 1925)``, ``Said, Edward, Orientalism: Western
Conceptions …``, ``Shakespeare, William, Hamlet, ed. by Harold Jenkins (London: …)``. The model reads a short
title after the inverted name as one more name; MHRA names one author inverted, and a book's title comes before its
bracketed imprint, so what follows the name's comma is the title (and ``ed. by``, ``trans. by`` its contributors)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import is_initials, known_given
from biblio.parse.spans import Span

# the inverted name: a family name (one word, a particle perhaps before it), its comma, given names or initials,
# the comma after them
_NAME_WORD = r"[A-Z][\w'’-]+"
_INVERTED = lazy_pattern(
    rf"^\s*(?P<name>(?:(?:de|van|von|le|la|du|di)\s)?{_NAME_WORD},\s+(?P<given>(?:{_NAME_WORD}|[A-Z]\.)(?:\s(?:{_NAME_WORD}|[A-Z]\.))*)"
    r"(?:\s(?:de|da|di|von|van|del))?),\s+"
    r"(?P<title>(?!and\s|&)[A-Z0-9][^,()]*?)"
    r"(?:(?P<colon>:)|,\s+(?P<role>(?:ed|trans|edited|translated)\.?\s+by\s+[A-Z][^,()]*?))?\s*$"
)


@needs(any_label=["author", "editor"], without=["container-title", "journal"], marks=["("])
def mhra_title_after_name(spans: list[Span], text: str) -> list[Span]:
    """``Woolf, Virginia, Mrs Dalloway | (London: …`` read as two names and no title: the words after the inverted
    name's comma, right before the bracketed imprint (or closing on a colon before the title's rest), are the
    title; a role after them (``, ed. by Harold Jenkins``) names the editors or translators."""
    k = 1 if spans and spans[0].label == "citation-number" else 0
    # (the declared bracket: the colon's form too is MHRA's only before its bracketed imprint)
    if "(" not in text or k + 1 >= len(spans) or spans[k].label not in ("author", "editor"):
        return spans
    s, nxt = spans[k], spans[k + 1]
    m = _INVERTED.match(s.text)
    if m is None:
        return _title_in_place(spans, k, text)
    opens_imprint = nxt.label in ("location", "publisher") and text[nxt.start : nxt.start + 1] == "("
    if m.group("colon"):
        # ("Biehl, Meyer, Müller: Title" lists surnames: the name before the colon's word needs a known given name)
        if not _known_given(m.group("given")) or nxt.label != "title":
            return spans
        if any(t.label == "title" for t in spans[k + 2 :]):
            return spans
        title_end = nxt.end
        rest = spans[k + 2 :]
    elif opens_imprint and not any(t.label == "title" for t in spans):
        title_end = s.start + m.end("title")
        rest = spans[k + 1 :]
    else:
        return spans
    a, z = s.start + m.start("name"), s.start + m.end("name")
    t = s.start + m.start("title")
    parts = [
        Span("author", text[a:z], a, z, s.confidence),
        Span("title", text[t:title_end], t, title_end, s.confidence),
    ]
    if m.group("role"):
        r, e = s.start + m.start("role"), s.start + m.end("role")
        role = "translator" if m.group("role").lower().startswith("trans") else "editor"
        parts.append(Span(role, text[r:e], r, e, s.confidence))
    return [*spans[:k], *parts, *rest]


# a one-word title read into the place of the bracket after it: "Middlemarch (Harmondsworth:"
_TITLE_THEN_BRACKET = lazy_pattern(r"^(?P<title>[A-Z][^()]*?[^\W_])\s+\((?=[A-Z])")
def _known_given(given: str) -> bool:
    """Whether ``given`` is initials or opens on a given name the lexicon knows."""
    return is_initials(given) or known_given(given.split()[0])


_NAME_ALONE = lazy_pattern(
    rf"^\s*{_NAME_WORD}(?:\s{_NAME_WORD})?,\s+(?:{_NAME_WORD}|[A-Z]\.)(?:\s(?:{_NAME_WORD}|[A-Z]\.))*,\s*$"
)


def _title_in_place(spans: list[Span], k: int, text: str) -> list[Span]:
    """``Eliot, George, | Middlemarch (Harmondsworth: | Penguin, 1965)``: the inverted name alone, then a place
    span opening on words before the bracket: those words are the title."""
    s, nxt = spans[k], spans[k + 1]
    if s.label != "author" or nxt.label != "location" or not _NAME_ALONE.match(s.text):
        return spans
    if any(t.label == "title" for t in spans) or (m := _TITLE_THEN_BRACKET.match(nxt.text)) is None:
        return spans
    z = nxt.start + m.end("title")
    p = nxt.start + m.end()
    return [
        *spans[: k + 1],
        Span("title", text[nxt.start : z], nxt.start, z, nxt.confidence),
        Span("location", text[p - 1 : nxt.end], p - 1, nxt.end, nxt.confidence),
        *spans[k + 2 :],
    ]
