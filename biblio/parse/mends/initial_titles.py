"""Mends of a title opening on an initial read into the name before it: editions of Latin authors listed under
their editor, name first, ``Albert Clark, M. Tulli Ciceronis Orationes …`` (``Arthur Leslie Wheeler, P. Ovidius
Naso: Tristia.``, ``J. G. Baiter, M. Tullii Ciceronis opera …``), with the author's praenomen read as the editor's
initial (or, with the author's names in the genitive, ``M. Tulli Ciceronis``, as a second person). A name written
given name first already holds its initials: the lone initial after its comma opens the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import known_given_word
from biblio.parse.spans import Span

# "Albert Clark, M." / "Arthur Leslie Wheeler, P." / "J. G. Baiter, M.": a name in its natural order (initials or
# given names, then one capitalised family word), its comma, one capital initial
_NATURAL_NAME_THEN_INITIAL = lazy_pattern(
    r"^(?P<given>(?:[A-Z]\.\s?){1,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s)\s*[A-Z][a-z]+,\s+"
    # the initial alone, or the Latin author's name in the genitive after it: "M. Tulli Ciceronis", "P. Vergili Maronis"
    r"(?P<initial>(?:[A-Z]|Cn|Ti|Sex)\.)(?:\s+[A-Z][a-z]+ii?\s+[A-Z][a-z]+(?:is|i|ae))?\s*$"
)


@needs(labels=["author", "title"])
def initial_opening_title(spans: list[Span], text: str) -> list[Span]:
    """``Albert Clark, M. | Tulli Ciceronis …`` read with the title's opening initial closing the name: where the
    one name is written given name first (a given name the lists know, or initials), the initial after its comma
    is the title's."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "title":
        return spans
    first, title = spans[0], spans[1]
    m = _NATURAL_NAME_THEN_INITIAL.match(first.text)
    if m is None or title.start > first.end + 1 or not title.text[:1].isupper():
        return spans
    given = m.group("given").split()
    if "." not in given[0] and not known_given_word(given[0]):
        return spans
    a = first.start + m.start("initial")
    cut = text.rfind(",", first.start, a) + 1
    return [
        Span("author", text[first.start : cut], first.start, cut, first.confidence),
        Span("title", text[a : title.end], a, title.end, title.confidence),
        *spans[2:],
    ]


# "Naughton, K. CyberSlacking.": names inverted from the first ("Family, I."), the last closing on its initials, then
# one capitalised word and its stop ("H. Katsura, …, A.V. Balatsky." is names written given name first)
_INITIALS_THEN_WORD = lazy_pattern(
    r"^(?P<names>[A-Z][\w'’-]+,\s*(?:.*[,;]\s*(?:and\s+)?[A-Z][\w'’-]+,\s*)?(?:[A-Z]\.\s?){1,3})"
    r"\s+(?P<word>[A-Z][\w-]*[a-z][\w-]*)\.\s*$"
)


@needs(labels=["author", "journal"])
def one_word_title_after_initials(spans: list[Span], text: str) -> list[Span]:
    """``Naughton, K. CyberSlacking. Newsweek, 134, 48 (1999), 62–65.`` with the title of one word read as a given
    name after the initials, no title read: an inverted name closes on its initials, so a word no given-name list
    knows after them, its full stop, then the journal, is the title."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "journal":
        return spans
    if any(s.label == "title" for s in spans):
        return spans
    first = spans[0]
    m = _INITIALS_THEN_WORD.match(first.text)
    if m is None or known_given_word(m["word"]):
        return spans
    z, a = first.start + m.end("names"), first.start + m.start("word")
    return [
        Span("author", text[first.start : z], first.start, z, first.confidence),
        Span("title", text[a : first.end], a, first.end, first.confidence),
        *spans[1:],
    ]
