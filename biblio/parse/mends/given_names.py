"""Mends of names: the given name of ``Family, Given:`` read into the title, or the family name of ``K. Veselic:``
(initials first, a colon closing the names) read into it after its initials."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import PARTICLE_WORD, known_given
from biblio.parse.review.lexicon import row_of
from biblio.parse.spans import Span

# a lone family name and its comma, alone or closing a German list after its slash ("Adorno, Theodor W./Horkheimer,")
_FAMILY_ONLY = lazy_pattern(r"(?:^|/\s*)[^\W\d_][\w'\u2019-]*,\s*$")
_GIVEN_THEN_COLON = lazy_pattern(r"^[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?(?:\s[A-ZÀ-Þ]\.)?:\s+(?=\S)")
# MLA's and Chicago's "Quintana, Celia. *Reading the Unreadable*.": one capitalised word, its full stop, the
# title's emphasis or quotation mark; a particle may close the name ("Cervantes, Miguel de. *Don Quixote*.")
_GIVEN_THEN_STOP = lazy_pattern(
    rf"^(?P<given>[A-ZÀ-Þ][^\W\d_]+)(?:\s[A-ZÀ-Þ]\.)?(?:\s{PARTICLE_WORD})?\.\s+(?=[*\"\u201c])"
)


@needs(labels=("author", "title"))
def given_name_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Föhr, Pascal: Historische Quellenkritik …`` or ``Quintana, Celia. *Reading the Unreadable*.`` read with
    the given name opening the title: after a lone family name and its comma, the name before the colon (or a
    known given name before the full stop and the title's emphasis) is the author's given name; after names
    closing on an initial, the name before the colon is that author's family name."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "title":
        return spans
    s, t = spans[0], spans[1]
    if _FAMILY_ONLY.search(s.text) is None:
        return _family_after_initials(spans, text)
    m = _GIVEN_THEN_COLON.match(t.text) or _GIVEN_THEN_STOP.match(t.text)
    if m is None or ("given" in m.groupdict() and not _given_word(m.group("given"))):
        return spans
    z = t.start + m.end()
    return [
        Span("author", text[s.start : z], s.start, z, s.confidence),
        Span("title", t.text[m.end() :], z, t.end, t.confidence),
        *spans[2:],
    ]


# "J. Demmel and K." closing on an initial, then "Veselic: Jacobi method …": SIAM's and LAPACK's names before a colon
_ENDS_ON_INITIAL = lazy_pattern(r"(?:^|\s)[A-ZÀ-Þ]\.\s*$")
_FAMILY_THEN_COLON = lazy_pattern(r"^(?P<family>[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?):\s+(?=\S)")


def _family_after_initials(spans: list[Span], text: str) -> list[Span]:
    """``J. Demmel and K. | Veselic: Jacobi method …``: names end on an initial, and the one word before the
    colon opening the title is that name's family name (a title word, ``Introduction:``, is left)."""
    s, t = spans[0], spans[1]
    m = _FAMILY_THEN_COLON.match(t.text)
    if m is None or _ENDS_ON_INITIAL.search(s.text) is None:
        return spans
    row = row_of(m.group("family").lower())
    if row is not None and row[0] < row[1]:
        return spans
    z = t.start + m.end()
    return [Span("author", text[s.start : z], s.start, z, s.confidence),
            Span("title", t.text[m.end() :], z, t.end, t.confidence), *spans[2:]]


def _given_word(word: str) -> bool:
    """A word that may be a given name: known as one, or held no more in titles than in names by the labelled
    references (``Introduction``, ``Review`` are title words)."""
    row = row_of(word.lower())
    return known_given(word) or row is None or row[0] >= row[1]
