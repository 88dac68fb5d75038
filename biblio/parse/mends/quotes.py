"""Mends of quoted titles.

A quoted title cut before its closing quote: ``“True Maturity: The Child in Time | (1987).”``.

A year or a bracket inside the quotes reads to the model as a date, and the title stops there.
A title span that opens a quote it does not close runs on to the closing quote in the next
spans; what follows the quote in that span keeps its field (a second title there, with no
container read, is the container the quoted part is in).

A work wholly in quotation marks, read as the container, is the title (``quoted_work_is_title``);
a quoted title run on through ``in *Book*`` ends at its closing quote (``quoted_title_in_container``).
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.colon_bodies import journal_parts_follow, kind_heads
from biblio.parse.mends.common import WORD, emphasis_runs, replaced
from biblio.parse.mends.gated import holds_any, labels_of, needs
from biblio.parse.normalisers.quoted import QUOTE_PAIRS
from biblio.parse.review.lexicon import row_of
from biblio.parse.spans import Span

# the quotes a title opens on here (no apostrophe, no CJK bracket), closed as the quoted-title normaliser closes them
_PAIRS = {q: QUOTE_PAIRS[q] for q in "“«„‘\""}
_REACH = 3  # the closing quote is looked for in this many spans after the title


@needs(labels=["title"], marks=_PAIRS)
def quote_closes_title(spans: list[Span], text: str) -> list[Span]:
    """``“Curiosity Rover Report ( | August 2015): | Three Years on Mars!” NASA’s …`` or ``"Putting the
    “Co” | in Education … | the Present,"`` read as a title and other fields: the title runs to its
    closing quote."""
    if not holds_any(text, _PAIRS):
        return spans
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        opening = s.text.lstrip()[:1]
        closes = _PAIRS.get(opening)
        if closes is None or any(c in s.text.lstrip()[1:] for c in closes) or not WORD.search(s.text):
            return spans  # a lone opening quote is the quoted-title normaliser's (normalisers/quoted.py)
        for j in range(k + 1, min(k + 1 + _REACH, len(spans))):
            found = [i for i in (spans[j].text.find(c) for c in closes) if i >= 0]
            if not found:
                continue
            z = spans[j].start + min(found) + 1
            title = Span("title", text[s.start : z], s.start, z, s.confidence)
            rest = spans[j]
            tail = text[z : rest.end]
            lead = len(tail) - len(tail.lstrip(" .,;:"))
            if not tail[lead:].strip(" .,;:"):
                return [*spans[:k], title, *spans[j + 1 :]]
            label = rest.label
            if label == "title" and not any(x.label in ("container-title", "journal") for x in spans):
                label = "container-title"
            after = Span(label, text[z + lead : rest.end], z + lead, rest.end, rest.confidence)
            return [*spans[:k], title, after, *spans[j + 1 :]]
        return spans
    return spans


# the whole span one quotation: "…", “…”, «…» (closing punctuation outside or inside)
_QUOTED = lazy_pattern(r"^\s*[\"\u201c\u00ab]([^\"\u201c\u201d\u00ab\u00bb]+)[\"\u201d\u00bb][\s.,;:]*$")
_CONTAINERS = frozenset(["container-title", "journal"])
_SETTLED = frozenset(["title", "volume", "issue", "pages"])  # a title, or a journal's numbers


@needs(without=_SETTLED, marks=["\"", "“", "«"])
def quoted_work_is_title(spans: list[Span], text: str) -> list[Span]:
    """Where no title and no journal's numbers were read, a container or journal that is wholly one
    quotation is the title: styles quote the titles of parts and set containers in italics."""
    if '"' not in text and "\u201c" not in text and "\u00ab" not in text:
        return spans
    for s in spans:
        if s.label in _SETTLED:
            return spans
    for k, s in enumerate(spans):
        if s.label in _CONTAINERS and _QUOTED.match(s.text):
            return [*spans[:k], Span("title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a quoted title, then "in" and the work that holds it: '"Title" in *Book*', '“Title,” in Book'; or MLA's
# part and whole with no "in": '"Title of the Part." *Title of the Container*,', or Chicago's and MLA's
# '“Title,” Book, edited by' with the comma or full stop that ends the part inside its quotes
_QUOTED_THEN_IN = lazy_pattern(
    r"^\s*[\"\u201c][^\"\u201c\u201d]+(?P<close>[\"\u201d])(?:[\s,.]*\b[Ii]n\s+(?=[*_]?[^\W\d_])|\s+(?=\*[^\W\d_])"
    r"|(?<=[,.][\"\u201d])\s+(?=[^\W\d_a-z]))"
)


@needs(labels=["title"])
def quoted_title_in_container(spans: list[Span], text: str) -> list[Span]:
    """``"Title" in *Models and Methods* eds. …``, MLA's ``"Part." *An American's Guide …*,`` or Chicago's
    ``“Part,” Embedding Ethics, edited by`` read as one title, with no container read: the quoted part is
    the title, and what follows its ``in`` (or the italics or the part closed inside the quotes) is the
    container. A container read from the book's own ``in`` on (``"Title" in Models and Methods | in Social
    Network Analysis``) is the rest of that book's title."""
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        m = _QUOTED_THEN_IN.match(s.text)
        if m is None or len(WORD.findall(s.text[m.end() :])) < 2:
            return spans
        end = s.end
        rest = [x for x in spans if x.label in _CONTAINERS]
        if rest:
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            if nxt is None or nxt.label not in _CONTAINERS or not nxt.text.startswith("in ") or len(rest) > 1:
                return spans
            end = nxt.end
        z = m.end("close")
        container = Span("container-title", text[s.start + m.end() : end], s.start + m.end(), end, s.confidence)
        return [
            *spans[:k],
            Span("title", s.text[:z], s.start, s.start + z, s.confidence),
            container,
            *spans[k + 1 + (end != s.end) :],
        ]
    return spans


def _after(text: str, a: int, z: int) -> str:
    """What ``text[a:z]`` holds but punctuation."""
    return text[a:z].strip(" ,.;:")


@needs(labels=["title"])
def quoted_title_before_italics(spans: list[Span], text: str) -> list[Span]:
    """``“Bumper Stickers and Cops” *Trans-action: Social Science …* 4:32`` with no full stop after
    the quote, read as one title: the quoted title ends at its closing quote, and the italic run
    after it is the journal (with the journal span the run goes on into)."""
    for k, s in enumerate(spans):
        closes = _PAIRS.get(s.text[:1]) if s.label == "title" else None
        if closes is None or closes == s.text[:1]:
            continue  # a straight quote's close cannot be told from a nested one
        found = [i for i in (s.text.find(c, 1) for c in closes) if i > 0]
        if not found:
            continue
        z = s.start + min(found) + 1
        # (the title span ends inside the run, or just after it: "“Title”, *Book*,")
        run = next(
            (
                r
                for r in emphasis_runs(text)
                if z <= r.start < s.end and (s.end <= r.end or not _after(text, r.end, s.end))
            ),
            None,
        )
        if run is None or text[z : run.start].strip(" ,"):
            continue
        title = Span("title", text[s.start : z], s.start, z, s.confidence)
        end, after = s.end, spans[k + 1 :]
        if after and after[0].label in _CONTAINERS and after[0].start < run.end:
            end, after = after[0].end, after[1:]
        journal = Span("journal", text[run.start : end], run.start, end, s.confidence)
        return [*spans[:k], title, journal, *after]
    return spans


@needs(labels=["title"], without=_CONTAINERS)
def title_after_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """``"1.1.1 The DESCRIPTION file", | Writing R Extensions,`` read as two titles: a title wholly in
    quotes, then a second title, with no container read: the second is the work the quoted part is in."""
    titles = [k for k, s in enumerate(spans) if s.label == "title"]
    if len(titles) != 2 or titles[1] != titles[0] + 1 or not labels_of(spans).isdisjoint(_CONTAINERS):
        return spans
    first, second = spans[titles[0]], spans[titles[1]]
    if not _QUOTED.match(first.text) or _QUOTED.match(second.text):
        return spans
    held = Span("container-title", second.text, second.start, second.end, second.confidence)
    return [*spans[: titles[1]], held, *spans[titles[1] + 1 :]]


# a title that is not quoted itself closing on a quoted word or phrase it opened: ``… Into the “Ecclesial”``
_QUOTED_WORDS_CLOSE = lazy_pattern(r"\s[“\"«‘][^“”\"«»‘’]{1,60}[”\"»’]$")


@needs(labels=["title"], any_label=["container-title", "journal"], marks=_PAIRS)
def quoted_words_inside_title(spans: list[Span], text: str) -> list[Span]:
    """A book's ``Woman, Mother and Bride: An Exegetical Investigation Into the “Ecclesial” | Notions of the
    Apocalypse. Massachusetts: Peeters Press`` cut after a word it quotes: with nothing but a space after the
    closing quote, the title runs on through the next span."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label not in ("container-title", "journal"):
            continue
        if s.text.lstrip()[:1] in _PAIRS or not _QUOTED_WORDS_CLOSE.search(s.text):
            return spans
        gap = text[s.end : nxt.start]
        if gap != " " or not nxt.text[:1].isalpha() or len(s.text.split()) < 5:
            return spans
        # a book's title: its imprint follows (a place or a publisher)
        if k + 2 >= len(spans) or spans[k + 2].label not in ("location", "publisher"):
            return spans
        return [*spans[:k], Span("title", text[s.start : nxt.end], s.start, nxt.end, s.confidence), *spans[k + 2 :]]
    return spans


# the reference opening on a name before a quoted title: "Citizen Science Cost Action, \"On the importance …\","
# (a body's name may open on digits glued to its letters: "3BLMedia, “2015 Cisco …,”")
_NAME_BEFORE_QUOTE = lazy_pattern(
    r"^(?P<names>(?:\d{1,3}(?=[^\W\d_]))?[^\W\d_][^\d\"“”‘’:;()\[\]]{2,80}?),\s+(?=[\"“])"
)
# an informal list's one family name before the quoted title, with no comma: 'Bleichenbacher "Chosen Ciphertext …"'
_FAMILY_BEFORE_QUOTE = lazy_pattern(r"^(?P<names>[A-Z\u00c0-\u00de][^\W\d_]+(?:['\u2019-][^\W\d_]+)?)\s+(?=[\"“])")
_NAMES = frozenset(["author", "editor"])


@needs(labels=["title"], without=_NAMES, marks=('"', "“"))
def name_before_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """``Citizen Science Cost Action, "On the importance of data standards", 2018`` read as one title: the
    words before the comma and the quote that opens the title are its author (a body's name, which the
    labeller does not know as a name); so too one capitalised word with no comma (Botan's ``Bleichenbacher
    "Title" (URL)``) that the labelled references hold no more in titles than in names (``Rethinking "…"``
    keeps its word)."""
    if not spans or spans[0].label != "title" or not labels_of(spans).isdisjoint(_NAMES):
        return spans
    s = spans[0]
    m = _NAME_BEFORE_QUOTE.match(s.text) or _family_before_quote(s.text)
    if m is None or _quoted_run(s.text, m.end()) is None:
        return spans
    z = m.end("names")
    z += s.text[z : z + 1] == ","
    names = Span("author", s.text[:z], s.start, s.start + z, s.confidence)
    title = Span("title", s.text[m.end() :], s.start + m.end(), s.end, s.confidence)
    return [names, title, *spans[1:]]


# a source list's body (or person) and maybe its year before a colon and the quoted title: "Greenpeace: \"Title\" -",
# "Global Carbon Project, 2022: \"Global Carbon Budget 2022\"", "Agenzia Internazionale dell’Energia (IEA): \"…\""
_HEAD_BEFORE_COLON_QUOTE = lazy_pattern(
    r"^(?P<names>[^\W\d_][^\d\"“”„‘’:;\[\]*_]{1,80}?)(?:,\s(?P<year>(?:1[5-9]|20)\d\d[a-z]?))?:\s+(?=[\"“„])"
)
# a word's full stop inside the head ends a sentence there ("Gooding, Paul. Title: “…”"): the head is no one name
_SENTENCE_STOP = lazy_pattern(r"[a-z]{3}\.\s")


_HEAD_HOLDERS = ("author", "title", "container-title")
# a role's mark in brackets closing the names: "(eds)", "(ed.)", "(Hrsg.)", "(coord.)"
_ROLE_MARK = lazy_pattern(r"\((?:eds?|editors?|hrsg|hg|coords?|dirs?|comps?|orgs?)\.?\)", re.I)


_QUOTE_HOLDERS = frozenset(["title", "container-title", "note"])


@needs(any_label=_QUOTE_HOLDERS, marks=(":",))
def colon_head_before_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """A source list's ``Greenpeace: "Plastica nei mari …" - [URL](…)`` or ``NASA Sea Level Change Portal: "Title"``
    read as one title, or with the body's last words in the title: the words before the colon that opens on the
    quoted title (and the year after their comma) are its author (and date); the quotation is the title."""
    m = _HEAD_BEFORE_COLON_QUOTE.match(text)
    if m is None or _ROLE_MARK.search(m["names"]) or _SENTENCE_STOP.search(m["names"]):
        return spans  # "Gonzalez, Ivan and Huang, Daisie (eds): \"Title\"": editors, which their own mends read
    if kind_heads(m["names"]):
        return spans  # a kind's word heading an article: "Commentary: \"Title.\" Science 311", "Review of Jones: …"
    if not labels_of(spans) & _QUOTE_HOLDERS:
        return spans
    holder = next((s for s in spans if s.start <= m.end() < s.end), None)
    if holder is None or holder.label not in (*_HEAD_HOLDERS, "note"):
        return spans
    if journal_parts_follow([s for s in spans if s.start >= holder.end]):
        return spans  # an article's title before its journal: "Letter to the Editor: \"Re: …\" BMJ 2001;322:1234."
    if holder.label != "title" and "title" in labels_of(spans):
        return spans
    head = [s.label for s in spans if s.end <= holder.start]
    if holder.start == m.end() and ("author" in head or "title" not in head):
        return spans  # the head was read apart from the title already, as names or a date alone
    if any(label not in _HEAD_HOLDERS and label != "date" for label in head):
        return spans
    if any(s.label == "author" and s.text.rstrip()[-1:] in ".,;" for s in spans if s.end <= holder.start):
        return spans  # names closed by their mark, the title's words before the colon: "Claeys, P., Comment on: “…”"
    close = _first_close(text, m.end(), holder.end)
    if close < 0 or text[close + 1 : holder.end].strip(" ,.;-\u2013\u2014"):
        return spans  # the quotation closes the span read as the title, a dash before the link at most
    a, z = m.span("names")
    new = [Span("author", text[a:z], a, z, holder.confidence)]
    if m["year"]:
        new.append(Span("date", m["year"], m.start("year"), m.end("year"), holder.confidence))
    new.append(Span("title", text[m.end() : holder.end], m.end(), holder.end, holder.confidence))
    return replaced(spans, text, spans[0].start, holder.end, new)


# a body's name opening on an initialism the labeller reads as a whole name: "U.S. Energy Information Administration,"
_INITIALISM_CLOSES = lazy_pattern(r"^(?:[A-Z]\.){2,3}$")


@needs(labels=["author", "title"], marks=('"', "“"))
def initialism_opens_body_name(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``U.S. Energy Information Administration, “Title,” URL`` read as the author ``U.S.`` and a title
    holding the rest of the body's name: the words before the comma and the quote run on the author's name."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "title":
        return spans
    a, t = spans[0], spans[1]
    if not _INITIALISM_CLOSES.match(a.text.strip()) or text[a.end : t.start] != " ":
        return spans
    m = _NAME_BEFORE_QUOTE.match(t.text)
    if m is None or _quoted_run(t.text, m.end()) is None:
        return spans
    z = t.start + m.end("names") + 1
    names = Span("author", text[a.start : z], a.start, z, min(a.confidence, t.confidence))
    title = Span("title", t.text[m.end() :], t.start + m.end(), t.end, t.confidence)
    return [names, title, *spans[2:]]


def _family_before_quote(title: str) -> re.Match[str] | None:
    m = _FAMILY_BEFORE_QUOTE.match(title)
    row = row_of(m["names"].lower()) if m else None
    return m if m is not None and (row is None or row[0] >= row[1]) else None


def _first_close(text: str, at: int, z: int) -> int:
    """Where the quotation opening at ``at`` first closes before ``z``, or -1."""
    found = [i for i in (text.find(c, at + 1, z) for c in _PAIRS.get(text[at], "")) if i >= 0]
    return min(found) if found else -1


def _quoted_run(text: str, at: int) -> int | None:
    """Where the quotation opening at ``at`` closes, if it does, with nothing but punctuation after it."""
    close = _PAIRS.get(text[at], "")
    end = max(text.rfind(c) for c in close) if close else -1
    return end if end > at and not text[end + 1 :].strip(" ,.;") else None


# IEEE's opening as a German word processor writes it: 'Body, "TITLE (EU) Nr. 910/2014 … 2014," 28 08 2014.'
_NAMES_THEN_QUOTED = lazy_pattern(
    r"^(?P<names>[^\W\d_][^\"\u201c\u201d\d]{1,150}?),\s+(?P<title>\"[^\"]{3,400}?[,.]\")(?=\s)"
)


@needs(marks=(',"', '."'))
def ieee_quoted_title_whole(spans: list[Span], text: str) -> list[Span]:
    """IEEE's ``Amtsblatt der Europäischen Union, "VERORDNUNG (EU) Nr. 910/2014 … vom 23. Juli 2014," 28 08 2014.``
    with the quoted title cut at its brackets, numbers and stops and the names run into it: the names before the
    comma are the author, the quotes (closed by their comma) the title."""
    m = _NAMES_THEN_QUOTED.match(text)
    if m is None:
        return spans
    a, z = m.span("title")
    cut = [s for s in spans if s.start < z and a < s.end]
    if len(cut) < 2 and not any(s.start < a < s.end or s.start < z < s.end for s in cut):
        return spans  # the quotes were read as one title already
    n = m.end("names")
    return replaced(
        spans,
        text,
        0,
        z,
        [Span("author", text[:n], 0, n, cut[0].confidence), Span("title", text[a:z], a, z, cut[0].confidence)],
    )
