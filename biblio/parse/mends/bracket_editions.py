"""Mends of an edition inside the imprint's bracket, as Science and PNAS print a book: ``Title (Wiley, ed. 2,
2001)`` or ``(Oxford Univ. Press, Oxford, ed. 2, 1999)``. The model reads the number as a volume or a page,
the ``ed.`` into the publisher or the place, or the publisher before it as an editor."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# ", ed. 2, 2001)": the edition, then the year that closes the bracket
_EDITION_BEFORE_YEAR = lazy_pattern(r",\s*(?P<ed>ed\.\s*\d{1,2})\s*,\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)")


@needs(without=("edition",), marks=("ed.",))
def edition_in_imprint_bracket(spans: list[Span], text: str) -> list[Span]:
    """``(Wiley, ed. 2, 2001)`` with ``ed. 2`` read into other fields: it is the edition, and a name that opens
    the bracket before it, read as an editor, is the publisher."""
    m = _EDITION_BEFORE_YEAR.search(text)
    if m is None:
        return spans
    a, z = m.start("ed"), m.end("ed")
    new = replaced(spans, text, a, z, [Span("edition", text[a:z], a, z)])
    return [
        Span("publisher", s.text, s.start, s.end, s.confidence)
        if s.label == "editor" and s.text.startswith("(") and s.end <= a
        else s
        for s in new
    ]


# "(3rd | edn) (": the edition's word and its closing bracket opening the next span
_EDITION_WORD_CLOSE = lazy_pattern(r"^\s*(?:edn|ed|edition)\.?\)")


@needs(labels=("edition",), any_label=("location", "publisher"), marks=("edn)", "ed.)", "ed)", "edition)"))
def edition_word_after_number(spans: list[Span], text: str) -> list[Span]:
    """``Organizational Behaviour (2nd edn) (Prentice Hall, London)`` with ``edn)`` read as the town: the word
    and its bracket close the edition the number opened."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "edition" or nxt.label not in ("location", "publisher"):
            continue
        m = _EDITION_WORD_CLOSE.match(nxt.text)
        if m is None or text[s.end : nxt.start].strip() or s.text.rstrip()[-1:] == ")":
            return spans
        z = nxt.start + m.end()
        edition = Span("edition", text[s.start : z], s.start, z, s.confidence)
        rest = [Span(nxt.label, text[z : nxt.end], z, nxt.end, nxt.confidence)] if text[z : nxt.end].strip(" (") else []
        return [*spans[:k], edition, *rest, *spans[k + 2 :]]
    return spans


# "(Wyd. VI), Cengage Learning": Polish "Wyd." (wydanie) and its number, Roman or Arabic, in a bracket after the
# title, before the publisher
_POLISH_EDITION_OPENING = lazy_pattern(r"^\(\s*(?P<ed>[Ww]yd(?:anie|\.)\s*(?:[IVXL]{1,6}|\d{1,2})\.?)\s*\)\s*,?\s+")


@needs(labels=("publisher",), without=("edition",), marks=("(Wyd", "(wyd"))
def bracket_edition_opens_publisher(spans: list[Span], text: str) -> list[Span]:
    """A Polish list's ``Title, (Wyd. VI), Cengage Learning/Wadsworth, Belmont, CA 2011.`` with the bracketed
    edition read into the publisher it opens: the bracket is the edition."""
    for k, s in enumerate(spans):
        if s.label != "publisher" or not s.text.startswith("(") or (m := _POLISH_EDITION_OPENING.match(s.text)) is None:
            continue
        a, z = s.start + m.start("ed"), s.start + m.end("ed")
        rest = s.start + m.end()
        if rest >= s.end:
            return spans
        edition = Span("edition", text[a:z], a, z, s.confidence)
        return [*spans[:k], edition, Span("publisher", text[rest : s.end], rest, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# an e-library's generated citation: "Title: subtitle: (1 ed.). Publisher." (an empty "( ed.)" where it knows no
# edition), the bracket after a colon that closes the title
_COLON_EDITION = lazy_pattern(r":\s*\((?P<ed>\s*(?P<number>\d{1,2})?\s*ed\.)\)\.\s+(?=\S)")
_WORDS_OF_TITLE = frozenset(("title", "journal", "container-title", "volume"))


@needs(marks=("ed.).",))
def colon_edition_bracket(spans: list[Span], text: str) -> list[Span]:
    """``Apellido, A. (2024). Título: subtítulo: (1 ed.). Editorial.`` with the subtitle read as a journal and the
    bracket into the publisher: the title runs to the colon before the bracket, whose number (if any) is the
    edition, and the publisher opens after it."""
    m = _COLON_EDITION.search(text)
    if m is None:
        return spans
    a, z = m.start(), m.end()
    # the title, or a short one read as a town or a publisher after the date
    k = next(
        (
            i
            for i, s in enumerate(spans)
            if s.start < a
            and (s.label == "title" or i and spans[i - 1].label == "date" and s.label in ("location", "publisher"))
        ),
        None,
    )
    if k is None:
        return spans
    # (a subtitle cut from the title holds no digit; a journal's numbers before the bracket stay as read)
    between = [s for s in spans[k + 1 :] if s.start < a]
    joined = not any(s.label not in _WORDS_OF_TITLE or any(c.isdigit() for c in s.text) for s in between)
    start = spans[k].start if joined else a
    new = [Span("title", text[start:a], start, a, spans[k].confidence)] if joined else []
    if not joined and spans[k].label != "title":
        return spans
    if m["number"]:
        new.append(Span("edition", text[m.start("ed") : m.end("ed")], m.start("ed"), m.end("ed"), spans[k].confidence))
    return replaced(spans, text, start, z, new)
