"""A piece in a book by its own author, as Italian and classical lists write it: ``G. Rossi, Title, in Id., Book,
Roma 1998, pp. 3-19.`` (``Ead.``, ``Idem``, ``Eadem``: "the same man", "the same woman"). The pronoun stands for the
author named at the head, so it is no name and no word of either title: the piece's title ends before it and the
book's title follows it."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "in Id., " (or the pronoun alone opening a span): "…, in Ead., Miti e poeti", "Idem, Saggi"
_PRONOUN_IN = lazy_pattern(r"(?:(?:^|,?\s+)[Ii]n:?\s+|^)(?:Id|Ead|Idem|Eadem|Iid|Eaed)\.?(?:,\s*|$)")
# the original year in brackets before it: "Title [1975], in Id., Saggi"
_BRACKETED_YEAR = lazy_pattern(r"\[\d{4}\]")
_FIELDS = ("title", "container-title", "journal")
_BOOKS = ("container-title", "journal")


@needs(marks=("Id.", "Ead.", "Idem", "Eadem", "Iid.", "Eaed."))
def same_author_pronoun(spans: list[Span], text: str) -> list[Span]:
    """``Title, in Id., Book`` read as one title or container, the pronoun opening the book's title or closing the
    piece's: the piece's title before the pronoun, the book's after it, the pronoun in neither."""
    out: list[Span] = []
    changed = False
    for i, s in enumerate(spans):
        m = _PRONOUN_IN.search(s.text) if i > 0 and s.label in _FIELDS else None
        if m is None:
            out.append(s)
            continue
        a, z = s.start + m.start(), s.start + m.end()
        before, after = text[s.start : a].strip(" ,"), text[z : s.end].strip(" ,.")
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if not after and (nxt is None or nxt.label not in _BOOKS):
            out.append(s)  # (nothing after it to be the book)
            continue
        parts: list[Span] = []
        if before:
            has_title = any(x.label == "title" for x in out)
            if has_title and _BRACKETED_YEAR.fullmatch(before) is None:
                out.append(s)
                continue
            parts.append(Span("other" if has_title else "title", text[s.start : a], s.start, a, s.confidence))
        parts.append(Span("other", text[a:z], a, z, s.confidence))
        if after:
            parts.append(Span("container-title", text[z : s.end], z, s.end, s.confidence))
        out.extend(parts)
        changed = True
    return out if changed else spans
