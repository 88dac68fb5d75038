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


# natbib's and LIPIcs' lone author in natural order, then its full stop: "Mark Reynolds. ", "Theodore Groves. "
_LONE_NATURAL_NAME = lazy_pattern(
    r"(?P<given>[A-ZÀ-Þ][a-zß-ÿ]+)(?:\s[A-ZÀ-Þ]\.)*\s(?P<family>[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)\.\s+"
    r"(?=[A-ZÀ-Þ\"\u201c])"
)


@needs(any_label=("author", "title"))
def lone_name_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``Mark Reynolds. A New Rule for LTL Tableaux. In Proc. …`` read as one author, or ``Theodore Groves.
    Incentives in teams.`` as one title, where no title (or no author) was read apart: a known given name and a
    family name opening the reference, then a full stop, are its one author; the sentence after it its title."""
    if not spans or text[: spans[0].start].strip():
        return spans
    s = spans[0]
    has_title = any(x.label == "title" for x in spans[1:])
    if s.label == "author" and has_title or s.label == "title" and any(x.label == "author" for x in spans):
        return spans
    if s.label not in ("author", "title") or (m := _LONE_NATURAL_NAME.match(s.text)) is None:
        return spans
    rest = s.text[m.end() :]
    given, family = m.group("given"), m.group("family")
    # a given name the lexicon knows, or two words the labelled references hold no more in titles than in names
    if not (known_given(given) or _given_word(given) and _given_word(family)):
        return spans
    if len(rest.split()) < 2 and (s.label != "author" or rest.rstrip()[-1:] != ","):
        return spans  # one word: a title only where the names' span ran on to the comma before the year
    z = s.start + m.end()
    return [
        Span("author", text[s.start : z], s.start, z, s.confidence),
        Span("title", text[z : s.end], z, s.end, s.confidence),
        *spans[1:],
    ]


# natbib's body or project named in one word, then its full stop: "Mixtral. ", "Google. ", "OpenAI. "
_ONE_WORD_HEAD = lazy_pattern(r"(?P<name>[A-ZÀ-Þ][\w&\u2019'-]*[^\W\d_])\.\s+(?=\S)")
_YEAR_CLOSES = lazy_pattern(r"(?:1[5-9]\d\d|20\d\d)[a-z]?\.?\s*$")
_HEAD_LABELS = frozenset(["author", "publisher", "note", "date"])


@needs(without=("title", "editor"), any_label=("date",))
def one_word_body_opens(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``Mixtral. Mixtral, 2023. URL …``, ``Google. https://…, 2023.`` and ``Zeno. https://zenoml.com/,
    2023.`` with the name read as a publisher, a note or the date, or run into the title: one capitalised word
    opening the reference before its full stop, where no title was read and the year comes later, is its author,
    and the words after it up to the next field the title."""
    if not spans or text[: spans[0].start].strip() or spans[0].label not in _HEAD_LABELS:
        return spans
    if any(x.label in ("title", "editor") for x in spans):
        return spans
    s = spans[0]
    m = _ONE_WORD_HEAD.match(text, s.start)
    if m is None or m.end("name") > s.end or not _body_word(m.group("name")):
        return spans
    dates = [x for x in spans[1:] if x.label == "date"]
    if not dates or not _YEAR_CLOSES.search(dates[0].text) or any(x.label == "author" for x in spans[1:]):
        return spans
    z = s.start + len(m.group("name")) + 1
    head = [Span("author", text[s.start : z], s.start, z, s.confidence)]
    rest = text[z : s.end]
    if rest.strip():
        a = z + len(rest) - len(rest.lstrip())
        head.append(Span("title", text[a : s.end], a, s.end, s.confidence))
    return [*head, *spans[1:]]


def _body_word(word: str) -> bool:
    """A word the labelled references hold no more in titles than in names or publishers (``Google``, ``Zeno``)."""
    row = row_of(word.lower())
    return row is None or max(row[0], row[3]) >= row[1]
