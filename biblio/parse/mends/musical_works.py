"""Mend of a musical work's title as recordings and scores are cited: ``Beethoven, Ludwig van. Symphony No. 9 in D
Minor, Op. 125. Berlin Philharmonic, …`` (Chicago), ``Beethoven, L. van (1963). Symphony No. 9 in D minor, Op. 125
[Recorded by …].`` (APA).

A work named by its genre and number holds the stops of ``No.`` and ``Op.``: the labeller ends the title at ``No.``
and reads the number on as a note, or reads the whole as a note with no title. The genre, its number, its key and
its catalogue number are one title.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_GENRES = (
    "Symphony|Concerto|Sonata|Sonatina|Quartet|Quintet|Sextet|Trio|Suite|Serenade|Partita|[ÉE]tude|Prelude|Nocturne|"
    "Mass|Overture|Rhapsody|Ballade|Scherzo|Impromptu|Mazurka|Polonaise|Waltz|Divertimento|Cantata|Fugue|Invention|"
    "Sinfonia|Symphonie|Sinfonie"
)
# "Piano Concerto No. 2 in B-flat Major, Op. 83", "String Quartet No. 14 in C-sharp minor, Op. 131", "Symphony No. 5"
_WORK = lazy_pattern(
    rf"(?:[A-Z][a-z]+\s+){{0,2}}(?:{_GENRES})\s+No\.\s?\d{{1,3}}"
    r"(?:\s+in\s+[A-G](?:[-\u2010\s](?:flat|sharp)|[\u266d\u266f])?\s+(?:[Mm]ajor|[Mm]inor))?"
    r"(?:,?\s+(?:Op\.|BWV|K\.|KV|D\.|Hob\.)\s?[\dIVX]+[a-z]?(?:,?\s+No\.\s?\d{1,3})?)?"
)
# the labels a work's title is read into
_READ_INTO = frozenset(["title", "note", "container-title", "journal", "publisher", "genre"])
# a new sentence after the work, its performers or its label: "…, Op. 83. Vladimir Horowitz, piano."
_RUN_ON = lazy_pattern(r"\.\s+(?=[A-Z])")
# the labels a span cut by the work keeps after it
_KEPT = frozenset(["note", "publisher", "date", "url", "doi", "genre"])


@needs(any_label=_READ_INTO, marks=("No.",))
def musical_work_title(spans: list[Span], text: str) -> list[Span]:
    """``Symphony No. 9 in D Minor, Op. 125`` read as a title cut at ``No.``, as a note, or as a title run on into
    the performers (``… Op. 83. Vladimir Horowitz, piano. NBC Symphony Orchestra, …``): the work's genre, number,
    key and catalogue number are its title, where it opens a span after the head; what follows it is a note."""
    titles = [s for s in spans if s.label == "title"]
    for k, s in enumerate(spans):
        if k == 0 or s.label not in _READ_INTO or titles and s.label != "title":
            continue
        m = _WORK.match(text, s.start + len(s.text) - len(s.text.lstrip(' "“‘*')))
        if m is None:
            continue
        if s.label == "title" and m.end() <= s.end:
            rest = _RUN_ON.match(text, m.end(), s.end)
            if rest is None:
                continue  # a title that holds the work and closes on it, or goes on in its own words
            z = m.end()
            return [
                *spans[:k],
                Span("title", m.group(), m.start(), z, s.confidence),
                Span("note", text[rest.end() : s.end], rest.end(), s.end, s.confidence),
                *spans[k + 1 :],
            ]
        out = replaced(spans, text, m.start(), m.end(), [Span("title", m.group(), m.start(), m.end(), s.confidence)])
        # what a span read across the work's end keeps after it is no number or name of the work's: a note
        crossed = {o.end for o in spans if o.start < m.end() < o.end and o.label not in _KEPT}
        return [
            Span("note", t.text, t.start, t.end, t.confidence) if t.start >= m.end() and t.end in crossed else t
            for t in out
        ]
    return spans
