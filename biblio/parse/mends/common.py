"""What several mends share: the labels that name a work, sentence breaks, the last match."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.spans import Span
from biblio.parse.text import leading_bold
from biblio.parse.tokens import EMPHASIS

WORK_TITLES = frozenset(["title", "journal", "container-title", "collection-title"])
# a review's own title opening on the words that name the work reviewed: "Review of *Book*, edited by …"
REVIEW_OF = lazy_pattern(r"(?i:review)\s+of\s")
SENTENCE_BREAK = lazy_pattern(r"(?<=[^\W\d_]{3})[.?!]\s+(?=[A-Z])")
WORD = lazy_pattern(r"[^\W_]+")
# a capital alone closing a text: an initial, whose stop ends no sentence ("… B. T. Batsford": "Book. B. T")
INITIAL_CLOSES = lazy_pattern(r"(?:^|[\s.])[A-Z]$")
# an English month, in full or cut short with or without its full stop ("January", "Jan.", "Sept", "Sep.")
# a site named by its domain ("news.com.au", "Salon.com", "martinfowler.com"): one word of dotted parts, no spaces
SITE_DOMAIN = lazy_pattern(r"^(?:www\.)?[A-Za-z][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,6}$")
ENGLISH_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)


# words a body's name writes in lower case ("American College of Obstetricians and Gynecologists")
NAME_LINKS = frozenset("of and for the on in at to de du des la le et für und der van von".split())


# the links of bodies' names in the Romance and Nordic languages besides ("Società Italiana di Musicologia",
# "Associazione Veneta per la Ricerca delle Fonti Musicali")
BODY_LINKS = NAME_LINKS | frozenset("di del della delle dei degli da dal per e y el los las des och og i".split())


def lower_words(words: list[str], least: int = 1, links: frozenset[str] = NAME_LINKS) -> bool:
    """Whether ``least`` of ``words`` after the first are in lower case and no name's links: a title's words in
    sentence case (``Topological optimization of cold plates``), never a body's name, capitalised but its links."""
    found = 0
    for w in words[1:]:
        if w[:1].islower() and w.strip(".,") not in links:
            found += 1
            if found >= least:
                return True
    return False


def written_out(sentence: str, least: int = 3) -> bool:
    """Whether ``sentence`` (its closing stop left out) is words written in full, as a title is: ``least`` of
    them at least, the last of four letters or more, none cut short with a stop as journals' names are."""
    words = sentence.split()
    return len(words) >= least and len(words[-1]) >= 4 and not any("." in w for w in words)


def last(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in rx.finditer(text):  # noqa: B007 - the last match is wanted
        pass
    return found


# what may close a reference after its imprint: its address, its DOI, the date it was read
LINK_LABELS = frozenset(["url", "doi", "accessed"])


def links_start(spans: list[Span], least: int = 0) -> int:
    """Where the run of links and access dates closing ``spans`` starts (``len(spans)`` for none), not before
    ``least``."""
    k = len(spans)
    while k > least and spans[k - 1].label in LINK_LABELS:
        k -= 1
    return k


def before_links(spans: list[Span], text: str) -> str:
    """``text`` up to the run of links and access dates closing ``spans`` (all of it where none closes them): the
    words a mend weighs, never an address's ("example.org", "/eds/")."""
    k = links_start(spans)
    return text[: spans[k].start] if k < len(spans) else text


def addresses_start(spans: list[Span]) -> int:
    """Where the addresses closing ``spans`` start (``len(spans)`` for none): the closing run of links from its
    first address or DOI on, an access date before them kept (MLA 7's ``Web. 20 Mar. 2013. <https://…>``)."""
    k = links_start(spans)
    while k < len(spans) and spans[k].label == "accessed":
        k += 1
    return k


def divided(spans: list[Span], k: int, a: int, z: int, left: str, right: str) -> list[Span]:
    """``spans`` with ``spans[k]`` divided: its text before offset ``a`` labelled ``left``, from
    offset ``z`` on labelled ``right`` (what lies between goes into no field)."""
    s = spans[k]
    head = Span(left, s.text[:a], s.start, s.start + a, s.confidence)
    tail = Span(right, s.text[z:], s.start + z, s.end, s.confidence)
    return [*spans[:k], head, tail, *spans[k + 1 :]]


def closing_part_apart(spans: list[Span], text: str, closing: re.Pattern[str], label: str) -> list[Span]:
    """The first title whose end ``closing`` finds (its group ``part``, after some of the title's words): the
    part as a ``label`` span of its own, the words before it the title."""
    for k, s in enumerate(spans):
        if s.label != "title" or (m := closing.search(s.text)) is None or not m.start():
            continue
        a, z = s.start + m.start("part"), s.start + m.end("part")
        head = Span("title", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        return [*spans[:k], head, Span(label, text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans


def border_moved(spans: list[Span], text: str, i: int, end: int, start: int) -> list[Span]:
    """``spans`` with the border between ``spans[i]`` and ``spans[i + 1]`` moved: the first ends at offset
    ``end``, the second opens at offset ``start`` (names or a title that ran on into a journal's first words, or
    a journal that took the names' last initial)."""
    first, second = spans[i], spans[i + 1]
    return [
        *spans[:i],
        Span(first.label, text[first.start : end], first.start, end, first.confidence),
        Span(second.label, text[start : second.end], start, second.end, second.confidence),
        *spans[i + 2 :],
    ]


def joined_pair(spans: list[Span], k: int, label: str, text: str) -> list[Span]:
    """``spans`` with ``spans[k]`` and ``spans[k + 1]`` read as one span labelled ``label``."""
    s, nxt = spans[k], spans[k + 1]
    merged = Span(label, text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
    return [*spans[:k], merged, *spans[k + 2 :]]


def span_within(s: Span, text: str, a: int, z: int) -> Span | None:
    """``s`` kept within ``[a, z)`` (the space at its ends dropped), or ``None`` when nothing but punctuation
    is left there."""
    a, z = max(a, s.start), min(z, s.end)
    while a < z and text[a].isspace():
        a += 1
    while z > a and text[z - 1].isspace():
        z -= 1
    if z <= a or not text[a:z].strip(" ,.;:*"):
        return None
    return Span(s.label, text[a:z], a, z, s.confidence)


def spans_over(spans: list[Span], a: int, z: int, labels: frozenset[str]) -> list[Span]:
    """The spans that hold part of ``text[a:z]``, or none when one of them has a label not in ``labels``: a
    designation (an episode, a standard's number) read into spans of other kinds is no such designation."""
    inside = [s for s in spans if s.start < z and a < s.end]
    return [] if any(s.label not in labels for s in inside) else inside


def replaced(spans: list[Span], text: str, a: int, z: int, new: list[Span]) -> list[Span]:
    """``spans`` with ``text[a:z]`` read as the spans ``new``: a span reaching into that stretch keeps
    what lies outside it."""
    before = [span_within(s, text, s.start, a) for s in spans if s.start < a]
    after = [span_within(s, text, z, s.end) for s in spans if s.end > z]
    return [*(s for s in before if s), *new, *(s for s in after if s)]


def stretch_as_one(spans: list[Span], text: str, a: int, z: int, label: str) -> list[Span] | None:
    """``spans`` with ``text[a:z]`` read as one ``label`` span, or None where no span reaches into it or one
    ``label`` span already holds it alone."""
    inside = [s for s in spans if s.start < z and a < s.end]
    if not inside or len(inside) == 1 and inside[0].label == label:
        return None
    return replaced(spans, text, a, z, [Span(label, text[a:z], a, z, inside[0].confidence)])


class Run(NamedTuple):
    """An emphasis run (Markdown or HTML italics): where its marks begin and end, and its text."""

    start: int
    end: int
    text_start: int
    text_end: int


def subtitle_follows(run: Run, text: str) -> bool:
    """``**Pedagogia da autonomia:** saberes …`` or ``*Educação a distância*: fundamentos …``: the
    emphasis closes on the main title and a colon opens the plain subtitle (ABNT sets only the main
    title in bold or italics), so what follows the run is still the title."""
    if text[run.text_start : run.text_end].rstrip().endswith(":") or text[run.end : run.end + 2].lstrip()[:1] == ":":
        return True
    # (an acronym in brackets between: "*The riverside acculturation stress inventory* (RASI): Development …")
    return text[run.end : run.end + 2].lstrip()[:1] == "(" and ACRONYM_COLON.match(text, run.end) is not None


# an italic title's acronym in brackets before its subtitle's colon: "*The … inventory* (RASI): Development …"
# (two capitals at least: "(Revised)", "(Baltimore)" are no acronym)
ACRONYM_COLON = lazy_pattern(r"\s*\((?=[^)]{0,16}[A-Z][^)]{0,16}[A-Z])[A-Z][A-Za-z0-9\-\u2013]{1,15}\)\s*:")


def roman_continues(run: Run, text: str) -> bool:
    """Whether roman words follow the italic run with no mark closing it or set after it: a book's title
    within a book's title is set in roman (``*On Cormac McCarthy's* Blood Meridian``), so they continue
    the title, where a series or a publisher is set off by a full stop or a comma."""
    closing = text[run.text_start : run.text_end].rstrip()[-1:]
    after = text[run.end :].lstrip()[:1]
    return closing not in _SET_OFF and after.isalpha()


_SET_OFF = tuple(".,;:?!")


# several mends ask about the same text in turn; a few entries, so references are never cached
@lru_cache(maxsize=8)
def emphasis_runs(text: str) -> tuple[Run, ...]:
    """The emphasis runs of ``text``, found once for the mends that look at them."""
    if "*" not in text and "_" not in text and "<" not in text:
        return ()
    return tuple(
        Run(m.start(), m.end(), m.start(2), m.end(2))
        for rx in EMPHASIS
        for m in rx.finditer(text)
        if not leading_bold(text, m)
    )


def span_past_italics(spans: list[Span], run: Run, labels: frozenset[str]) -> int:
    """The index of the first span of ``labels`` that holds an emphasis run's opening and runs on past its end (an
    italic name the model read on into what follows it), or -1."""
    return next(
        (i for i, s in enumerate(spans) if s.label in labels and s.start <= run.text_start < run.end < s.end), -1
    )


# the lower-case words a list of personal names holds: its joins and the particles of family names
NAME_JOINS = frozenset("and & und de van von der den du da di la le".split())


def group_spans(m: re.Match[str], parts: Iterable[tuple[str, str]]) -> list[Span]:
    """A span labelled ``label`` for each ``(label, group)`` of ``parts`` that ``m`` matched, in that order."""
    return [Span(label, m.group(g), m.start(g), m.end(g)) for label, g in parts if m.group(g)]


def span_parts(s: Span, m: re.Match[str], parts: Iterable[tuple[str, str]]) -> list[Span]:
    """``s`` cut by ``m`` (matched on ``s.text``): a span labelled ``label`` for each ``(label, group)`` of ``parts``
    that matched some text, in that order, placed in the reference and as sure as ``s``."""
    at = s.start
    return [Span(label, m.group(g), at + m.start(g), at + m.end(g), s.confidence) for label, g in parts if m.group(g)]
