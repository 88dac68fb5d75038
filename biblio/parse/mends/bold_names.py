"""Authors set in bold after the title, as Markdown bibliographies and publication lists print them:
``["TextRank: Bringing Order into Text"](https://…) **Rada Mihalcea**, **Paul Tarau** *EMNLP* (2004)``.

The labeller reads names only where they open a reference; after the title it runs them into the
venue or the title. Each bold run that holds only a personal name (capitalised words or initials,
a particle such as ``de`` or ``d'Amato`` among them, no digits) and the commas between such runs say
where the authors are; what lies after them keeps its label, a plain stretch before ``(year)`` left
from the title or venue being the publisher (``Manning (2018)``)."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.names import LATIN_CAPITAL
from biblio.parse.spans import Span

_PARTICLE = r"(?:de|da|del|della|der|van|von|le|la|du|dos|d['\u2019])"
_WORD = rf"(?:{LATIN_CAPITAL}[\w'\u2019.-]*|{_PARTICLE}[\w'\u2019-]*)"
_NAME = rf"\*\*{_WORD}(?:\s{_WORD}){{1,4}}\*\*"
# "**Rada Mihalcea**, **Paul Tarau**" (a line break among them joined as a space)
_BOLD_NAMES = lazy_pattern(rf"{_NAME}(?:,?\s+(?:and\s+|&\s+)?{_NAME})*")
# the whole text before the names, one title in italics or quotes: '*Deep Learning with Python* '
_MARKED_TITLE = lazy_pattern(r"\s*(?:\*(?P<title>[^*]+)\*|[\"\u201c](?P<q>[^\"\u201d]+)[\"\u201d])[\s.,]*$")
# a title span that took its link's address: "Deep Learning with Python*](https://…)"
_LINK_CLOSE = lazy_pattern(r"\]\((?P<url>https?://[^\s()]+)\)\s*$")
# the venue in italics right after the names: " *arXiv* (2020)"
_ITALIC_VENUE = lazy_pattern(r"\s*\*(?P<venue>[^*]+)\*")
# what a plain publisher before the year looks like: "Manning (2018)", "O'Reilly Media (2020)"
_PUBLISHER_YEAR = lazy_pattern(r"\s*(?P<name>[A-Z][^*()\[\]]{1,60}?)\s*\((?:1[5-9]|20)\d\d\)")


@needs(marks=("**",))
def bold_names_after_title(spans: list[Span], text: str) -> list[Span]:
    """Bold personal names after the title are the authors: where none was read, or where the title
    before them (quoted or in italics, and nothing else) was read with them as the names."""
    if not spans:
        return spans
    m = _BOLD_NAMES.search(text)
    if m is None or m.start() == 0:
        return spans
    a, z = m.span()
    head: list[Span] = []
    if "author" in labels_of(spans) or not any(s.label == "title" and s.start < a for s in spans):
        opening = _MARKED_TITLE.match(text[:a])
        if opening is None or any(s.label == "author" and s.start >= z for s in spans):
            return spans
        t, u = opening.span("title" if opening.group("title") else "q")
        head = [Span("title", text[t:u], t, u, 1.0)]
        spans = [s for s in spans if s.start >= a or s.label != "author"] or spans
    names = Span("author", text[a:z], a, z, 1.0)
    out = [piece for s in replaced(spans, text, 0 if head else a, z, [*head, names]) for piece in _link_apart(s)]
    venue = _ITALIC_VENUE.match(text, z)
    if venue is not None:
        v, w = venue.span("venue")
        # the names read on into the venue: what is left of them after the names is the venue
        run_on = [s for s in out if s.label == "author" and s is not names and s.start >= z and s.end <= w + 1]
        if run_on:
            out = [s for s in out if s not in run_on]
            out = replaced(out, text, v, w, [Span("journal", text[v:w], v, w, 1.0)])
    rest = _PUBLISHER_YEAR.match(text, z)
    if rest is not None:
        p, q = rest.span("name")
        out = [s for s in out if not (s.start >= z and s.end <= q)]
        out = replaced(out, text, p, q, [Span("publisher", text[p:q], p, q, 1.0)])
    return sorted(out, key=lambda s: s.start)


def _link_apart(s: Span) -> list[Span]:
    """A title span that runs to the end of its Markdown link: the title, then the address as the URL."""
    m = _LINK_CLOSE.search(s.text) if s.label == "title" else None
    if m is None or not s.text[: m.start()].strip(" *_\"[]"):
        return [s]
    u, v = m.span("url")
    return [
        Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence),
        Span("url", s.text[u:v], s.start + u, s.start + v, s.confidence),
    ]


# a news post's or catalogue's "**Stefan Antweiler**: _Ein vergessener Komponist._ Köln: Are, 2019.": the
# bold name, its colon, then the title in italics (Markdown's "_…_" or "*…*")
_OPENING_NAME = lazy_pattern(rf"\s*\*\*(?P<name>{_WORD}(?:\s{_WORD}){{1,4}})\*\*\s*:\s+")
_AFTER_STOP = lazy_pattern(r"\s*\.\s+(?=[A-Z])")
_ITALIC_TITLE = lazy_pattern(r"(?:_(?P<u>[^_]+?)_|\*(?P<s>[^*]+?)\*)(?=[\s.,;:]|$)")


def bold_name_then_italics(text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The opening bold name and the italic title after its colon, where the reference opens so."""
    if not text.lstrip().startswith("**"):
        return None
    m = _OPENING_NAME.match(text)
    title = _ITALIC_TITLE.match(text, m.end()) if m is not None else None
    return None if m is None or title is None else (m, title)


@needs(marks=("**",))
def bold_name_opening(spans: list[Span], text: str) -> list[Span]:
    """A bold personal name and a colon opening the reference are its author, the italic run after them
    its title: the labeller, reading on from the bold marks, runs the name into the title."""
    found = bold_name_then_italics(text)
    if found is None or not spans or spans[0].start > found[0].end("name"):
        return spans
    m, title = found
    group = "u" if title.group("u") else "s"
    a, z = m.span("name")
    t, u = title.span(group)
    if any(s.label == "author" and s.start == a and s.end <= z + 1 for s in spans) and any(
        s.label == "title" and s.start <= t and s.end >= u for s in spans
    ):
        return spans
    new = [Span("author", text[a:z], a, z, 1.0), Span("title", text[t:u], t, u, 1.0)]
    out = replaced(spans, text, 0, title.end(), new)
    k = len(new)
    rest = out[k] if len(out) > k else None
    if rest is not None and rest.label == "title" and (lead := _AFTER_STOP.match(rest.text)) is not None:
        # "_Title_. Musik in Baden-Württemberg. Quellen und Studien (MBWQS) 11.": the series after the title's stop
        b = rest.start + lead.end()
        out[k] = Span("collection-title", text[b : rest.end], b, rest.end, rest.confidence)
    return out


# ABNT's title in bold after the names' full stop: "SILVA, Bruno Santana da. **Interação Humano-Computador**."
# (a subtitle after its colon outside the bold marks: "**Understanding Your Users**: A Practical Guide …")
_BOLD_AFTER_STOP = lazy_pattern(r"(?<=[\w.])\.\s+\*\*(?P<title>[^*\n]{2,200}?)\*\*(?=[\s.,:;]|$)")


@needs(labels=["author"], marks=("**",))
def bold_title_read_as_name(spans: list[Span], text: str) -> list[Span]:
    """ABNT's ``BARBOSA, Simone; SILVA, Bruno Santana da. | **Interação Humano-Computador**.`` with the bold title
    after the names' full stop read as one more name: a bold run is no name of a list read without bold marks, so
    it opens the title (its subtitle, after a colon, with it)."""
    if not spans or spans[0].label != "author" or spans[0].text.lstrip().startswith("**"):
        return spans
    m = _BOLD_AFTER_STOP.search(text, spans[0].start)
    if m is None:
        return spans
    a, z = m.start("title") - 2, m.end("title") + 2
    holder = next((s for s in spans if s.start <= a < s.end), None)
    if holder is None or holder.label != "author" or any(s.label == "title" and s.end <= a for s in spans):
        return spans
    # the title runs on past the bold run to the next span's start that is no name's (a subtitle after a colon)
    end = max(z, holder.end)
    nxt = next((s for s in spans if s.start >= end), None)
    if nxt is not None and nxt.label == "title":
        end = nxt.end
    title = text[a:end].rstrip(" .")
    return sorted(replaced(spans, text, a, end, [Span("title", title, a, a + len(title), 1.0)]), key=lambda s: s.start)
