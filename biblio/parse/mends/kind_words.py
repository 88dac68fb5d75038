"""Mends of the kind of work named on its own between commas after the title, as security and
engineering notes write it: ``O. Cox, "Demystifying Point of Sale Malware", blog, 25 Nov. 2015;``,
``T. Cannon, "Android SMS Spoofer", GitHub repository, 14 Dec. 2012;``, ``"…?", forum thread, 6 Dec. 2014``.

The word says what the work is, not who wrote it or where it appeared: read as a second author, a
journal or a container, it is the genre, and no name or container is read from it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH, span_parts
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.genre import REPORT_KIND, description_type
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# the kind alone, with the comma (or stop) that closes it
_KIND = lazy_pattern(
    r"^(?:blog(?:\s+post)?|forum\s+(?:thread|post)|white\s+paper|vulnerability\s+(?:disclosure|advisory)"
    r"|github\s+repository|youtube\s+video|press\s+release)\s*[,;.]?\s*$",
    re.I,
)
_HOLDERS = frozenset(["author", "journal", "container-title", "collection-title", "publisher", "note"])


_WORDS = ("blog", "forum", "paper", "vulnerab", "repository", "video", "release")


@needs(labels=["title"], any_label=_HOLDERS, words=_WORDS)
def kind_after_title(spans: list[Span], text: str) -> list[Span]:
    """``"Title", blog, 25 Nov. 2015;`` with ``blog`` read as a second author or as the journal: after the
    title and a comma, a span that is only a kind of work is the genre."""
    seen_title = False
    for k, s in enumerate(spans):
        if s.label == "title":
            seen_title = True
        elif seen_title and s.label in _HOLDERS and _KIND.match(s.text) and text[: s.start].rstrip().endswith(","):
            return [*spans[:k], replace(s, label="genre"), *spans[k + 1 :]]
    return spans


# an economist's "Title, Mimeo.," and a register's "Title, (database)," before the link: a kind that closes a
# title after its comma (a bracketed kind's word in group "inner")
CLOSING_KIND = r"[Mm]imeo(?:graph(?:ed)?)?\.?|\((?P<inner>(?i:database|data\s?set|webpage|web\s+page))\)"
# a document's kind run into its title: "iOS Security: iOS 9.3 or later, white paper," (the body may follow)
_KIND_CLOSES = lazy_pattern(
    rf"^(?P<title>.{{3,300}}?),\s+(?P<kind>white\s+paper|vulnerability\s+disclosure|{CLOSING_KIND})"
    r"(?:,\s+(?P<body>[^\W\d_][^,;]{1,80}?))?\s*[,;.]?\s*$"
)
_BODY_HOLDERS = frozenset(["location", "journal", "container-title", "author", "publisher"])
_AFTER_BODY = frozenset(["date", "url", "doi", "accessed"])


@needs(any_label=("title", "note"), words=("paper", "disclosure", "mimeo", "data", "web"))
def kind_closes_title(spans: list[Span], text: str) -> list[Span]:
    """``iOS Security: iOS 9.3 or later, white paper, Apple, 2016.`` with the kind read into the title (or all
    of it as a note): the words before the kind are the title, the kind the genre, and the body named after it
    (in the same span or alone in the next, before the date or the address) the publisher."""
    for k, s in enumerate(spans):
        if s.label not in ("title", "note") or (m := _KIND_CLOSES.match(s.text)) is None:
            continue
        if s.label == "note" and any(o.label == "title" for o in spans):
            return spans
        kind = "inner" if m.group("inner") else "kind"  # the bracket's word, not its brackets
        new = [
            Span("title", m.group("title"), s.start, s.start + m.end("title"), s.confidence),
            Span("genre", m.group(kind), s.start + m.start(kind), s.start + m.end(kind), s.confidence),
        ]
        rest = spans[k + 1 :]
        if m.group("body"):
            a, z = s.start + m.start("body"), s.start + m.end("body")
            new.append(Span("publisher", m.group("body"), a, z, s.confidence))
        elif rest and rest[0].label in _BODY_HOLDERS and (len(rest) == 1 or rest[1].label in _AFTER_BODY):
            rest = [replace(rest[0], label="publisher"), *rest[1:]]
        return [*spans[:k], *new, *rest]
    return spans


# a release's kind as a sentence of its own after the title (CMOS 14.205's "“Title.” Press release. 1992."), and
# what the same span ran on to: a date, then the body that issued it
_RELEASE = lazy_pattern(
    r"^(?P<kind>(?:Press|News|Media)\s+[Rr]elease)[.,]\s*"
    rf"(?P<date>(?:{ENGLISH_MONTH}\s+\d{{1,2}},\s+)?(?:1[6-9]|20)\d\d[a-z]?\.\s*)?"
    r"(?P<body>\S.*)?$"
)
_RELEASE_HOLDERS = frozenset(["journal", "container-title", "publisher", "note"])


@needs(labels=["title"], any_label=_RELEASE_HOLDERS, words=["release"])
def release_sentence(spans: list[Span], text: str) -> list[Span]:
    """``“Title.” Press release. 1992.`` with ``Press release`` read as the journal or the publisher (with the
    date and the issuing body after it): the kind is the genre, a date it ran on to the date, and a body the
    publisher."""
    seen_title = False
    for k, s in enumerate(spans):
        if s.label == "title":
            seen_title = True
            continue
        if not seen_title or s.label not in _RELEASE_HOLDERS or (m := _RELEASE.match(s.text)) is None:
            continue
        new = [Span("genre", m["kind"], s.start, s.start + m.end("kind"), s.confidence)]
        for group, label in (("date", "date"), ("body", "publisher")):
            if m[group]:
                new.append(Span(label, m[group], s.start + m.start(group), s.start + m.end(group), s.confidence))
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans


# a report's kind as a sentence of its own between the title and the body that issued it: "Interim Statement.",
# "Final Report.", "Discussion Paper.", "Policy Brief."
_KIND_SENTENCE = lazy_pattern(rf"(?P<kind>{REPORT_KIND})\.\s+(?P<body>[A-Z][^.;:()]{{2,120}}?)\s*\.?\s*$", re.I)
_KIND_ALONE = lazy_pattern(rf"{REPORT_KIND}\s*\.?\s*", re.I)
_KIND_HOLDERS = frozenset(["publisher", "container-title", "journal"])


@needs(labels=["title"], any_label=_KIND_HOLDERS, words=("statement", "report", "paper", "brief", "sheet"))
def kind_sentence_before_body(spans: list[Span], text: str) -> list[Span]:
    """``Title. Interim Statement. Commission on Social Determinants of Health.`` with the report's kind read into
    the publisher (or ``Final Report.`` read as a container before it): the kind is the genre, the body after it the
    publisher."""
    for k, s in enumerate(spans):
        if k == 0 or s.label not in _KIND_HOLDERS or spans[k - 1].label != "title":
            continue
        if (m := _KIND_SENTENCE.match(s.text)) is not None and s.label != "journal":
            a, z = s.start + m.start("body"), s.start + m.end("body")
            kind = Span("genre", m["kind"], s.start, s.start + m.end("kind"), s.confidence)
            return [*spans[:k], kind, Span("publisher", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if _KIND_ALONE.fullmatch(s.text) and nxt is not None and nxt.label == "publisher":
            return [*spans[:k], replace(s, label="genre"), *spans[k + 1 :]]
        return spans
    return spans


# a work a reading names, which a product named before its link is not
_NAMED_WORKS = ("title", "container-title", "journal")


@needs(labels=["genre", "url"], without=_NAMED_WORKS)
def product_name_read_as_kind(spans: list[Span], text: str) -> list[Span]:
    """The ACM's ``Ai2. 2026. Asta Paper Finder. https://paperfinder.allen.ai/`` with the product's name read as a
    genre and no title read: a genre's span that names no kind of work, right before the link, is the title."""
    if any(s.label in _NAMED_WORKS for s in spans):
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "genre" or nxt.label != "url":
            continue
        if description_type(s.text) is not None or text[s.end : nxt.start].strip():
            return spans
        return [*spans[:k], replace(s, label="title"), *spans[k + 1 :]]
    return spans


@needs(labels=["note", "url"])
def name_before_link_read_as_note(spans: list[Span], text: str) -> list[Span]:
    """``[43] ARPACK software, http://www.caam.rice.edu/software/ARPACK/.`` read as a note and a link alone: the
    short name that the link follows, after a comma, is the title of the work the link gives."""
    if len(spans) != 2:
        return spans
    s, link = spans
    if s.label != "note" or link.label != "url" or not s.text.rstrip().endswith(","):
        return spans
    if len(s.text.split()) > 8 or text[s.end : link.start].strip():
        return spans
    return [replace(s, label="title"), link]


# an art or archaeology catalogue's kind after its title, in the imprint's place: "Exh. cat. Trier.", "Exh. cat.,
# Badisches Landesmuseum, Karlsruhe, …" (an auction house's "Sale cat."); the venue or the town after it
_CATALOGUE_KIND = r"(?P<kind>(?:Exh(?:ibition|\.)|Sale)\s+cat(?:alogue|\.))"
_EXHIBITION_KIND = lazy_pattern(_CATALOGUE_KIND + r"[,.]?\s*(?P<rest>[^\W\d_][^,;:()\d]{1,80}?)?[,.]?\s*$")
# the kind alone, after a chapter's pages: "…, 232–39. Exh. cat. Paris: …"
_CATALOGUE_KIND_ALONE = lazy_pattern(_CATALOGUE_KIND + r"[,.]?\s*")
# the kind before the place and publisher, read as one publisher: "Exh. cat. Lyon: Musée des Arts décoratifs,"
_KIND_THEN_IMPRINT = lazy_pattern(
    _CATALOGUE_KIND + r"[,.]?\s+(?P<place>[A-Z][^\d:;,()]{1,40}):\s*(?P<pub>[^\W\d_][^:;()]{1,100}?)[,.]?\s*"
)
# the kind after the italic book that a container span holds: "In *Sale Title.* Sale cat. Sotheby’s,"
_KIND_AFTER_BOOK = lazy_pattern(r"\s*" + _CATALOGUE_KIND + r"\s+(?P<house>[^\W\d_][^,;:()\d]{1,60}?)[,.]?\s*")
_CATALOGUE_WORDS = ("exh. cat", "exhibition cat", "sale cat")
# one town's name, of a word or two
_TOWN_WORDS = lazy_pattern(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?")


_READ_AS_IMPRINT = frozenset({"publisher", "container-title"})


@needs(any_label=_READ_AS_IMPRINT, words=_CATALOGUE_WORDS)
def exhibition_catalogue_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """``*Title*. Exh. cat. Trier.`` or ``*Title*. Exh. cat., Badisches Landesmuseum, Karlsruhe, …`` with the
    catalogue's kind (and the venue or the town) read as the publisher or a book: the kind is the genre, a town
    closing the reference the place, and the museum that showed the exhibition no publisher (a note)."""
    for k, s in enumerate(spans):
        if s.label not in _READ_AS_IMPRINT or (m := _EXHIBITION_KIND.fullmatch(s.text)) is None:
            continue
        made = [Span("genre", m["kind"], s.start + m.start("kind"), s.start + m.end("kind"), s.confidence)]
        if m["rest"]:
            a, z = s.start + m.start("rest"), s.start + m.end("rest")
            closing = k == len(spans) - 1
            town = closing and (is_place(m["rest"]) or _TOWN_WORDS.fullmatch(m["rest"]) is not None)
            made.append(Span("location" if town else "note", m["rest"], a, z, s.confidence))
        return [*spans[:k], *made, *spans[k + 1 :]]
    return spans


_NAMES = frozenset(["author", "editor", "translator"])


@needs(any_label=(*_NAMES, "publisher"), words=_CATALOGUE_WORDS)
def catalogue_kind_read_as_names(spans: list[Span], text: str) -> list[Span]:
    """A chapter's ``…, edited by Mary Morton, 1–29. Exh. cat. Los Angeles: …`` with the catalogue's kind read as
    one more name (``cat``, given ``Exh.``) or with the imprint after it as one publisher: the kind alone is the
    genre, and the place and the publisher after it their own."""
    for k, s in enumerate(spans):
        if s.label in _NAMES and _CATALOGUE_KIND_ALONE.fullmatch(s.text):
            return [*spans[:k], replace(s, label="genre"), *spans[k + 1 :]]
        if s.label == "publisher" and (m := _KIND_THEN_IMPRINT.fullmatch(s.text)) is not None:
            parts = (("genre", "kind"), ("location", "place"), ("publisher", "pub"))
            return [*spans[:k], *span_parts(s, m, parts), *spans[k + 1 :]]
    return spans


@needs(any_label=_READ_AS_IMPRINT, words=_CATALOGUE_WORDS, marks=["*"])
def catalogue_kind_after_italic_book(spans: list[Span], text: str) -> list[Span]:
    """``In *Tureen “Aux Ecrevisses” by Thomas Germain.* Sale cat. Sotheby’s, New York, …`` with the kind and the
    auction house read into the book's title: the book ends with its italics, the kind is the genre and the
    house that issued the catalogue its publisher."""
    for k, s in enumerate(spans):
        if s.label not in _READ_AS_IMPRINT or "*" not in s.text:
            continue
        close = s.text.rfind("*")
        m = _KIND_AFTER_BOOK.fullmatch(s.text, close + 1)
        if m is None or s.text.count("*") % 2:
            continue
        z = s.start + close + 1
        return [
            *spans[:k],
            Span(s.label, text[s.start : z], s.start, z, s.confidence),
            Span("genre", m["kind"], s.start + m.start("kind"), s.start + m.end("kind"), s.confidence),
            Span("publisher", m["house"], s.start + m.start("house"), s.start + m.end("house"), s.confidence),
            *spans[k + 1 :],
        ]
    return spans
