"""Mends of a book's edition: ``J. D. Jackson, Classical Electrodynamics, 3rd ed. (Wiley, New York,
1999)`` with ``Classical Electrodynamics, 3rd ed.`` as the edition; ``2nd edn, Elsevier`` with the
word ``edn`` read apart from its number; ``University of Minnesota Press, Reprint Edition, 2001`` (or MLA's
``First edition., Jossey-Bass, 2016``) with the edition read into the publisher."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided, group_spans, replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# words, a comma, then the edition statement: "Classical Electrodynamics, 3rd ed."
_TITLE_THEN_EDITION = lazy_pattern(
    r"\s*(?P<title>[^\W\d_][^,]*?),\s+(?P<edition>(?:\d+(?:st|nd|rd|th)|[A-Z]\w+)\s+(?:ed|edn|edition)\.?)\s*$",
    re.I,
)


def title_before_edition(spans: list[Span], text: str) -> list[Span]:
    """With no title read, the words before ``, 3rd ed.`` in the edition span are the title."""
    k = next((k for k, s in enumerate(spans) if s.label == "edition"), None)
    if k is None or "title" in labels_of(spans):
        return spans
    s = spans[k]
    m = _TITLE_THEN_EDITION.match(text, s.start, s.end)
    if m is None:
        return spans
    (a, z), e = m.span("title"), m.start("edition")
    title = Span("title", text[a:z], a, z, s.confidence)
    edition = Span("edition", text[e : s.end], e, s.end, s.confidence)
    return [*spans[:k], title, edition, *spans[k + 1 :]]


# the title's last words, opening in lower case, then the comma and the edition statement: "evolution and
# conservation, 2nd edn. –"
_TITLE_WORDS_THEN_EDITION = lazy_pattern(
    r"(?P<words>[a-z]+(?:,?\s+[a-z]+)*?),\s+(?P<edition>\d{1,3}(?:st|nd|rd|th|d)\s+(?:ed|edn|edition)\b.*)",
    re.S,
)

# the words of an edition's own statement before its number
_EDITION_STATEMENT_WORDS = frozenset(
    "revised enlarged expanded updated corrected augmented reprinted illustrated abridged edited translated by".split()
)


@needs(labels=["title", "edition"])
def title_words_in_edition(spans: list[Span], text: str) -> list[Span]:
    """``Island biogeography: ecology, | evolution and conservation, 2nd edn.`` with the title's last words read into
    the edition after a comma of the title's own: the lower-case words before the edition statement close the
    title."""
    for k in range(1, len(spans)):
        s, title = spans[k], spans[k - 1]
        if s.label != "edition" or title.label != "title" or text[title.end : s.start].strip():
            continue
        m = _TITLE_WORDS_THEN_EDITION.fullmatch(text, s.start, s.end)
        if m is None or _EDITION_STATEMENT_WORDS.intersection(m["words"].replace(",", " ").split()):
            return spans  # "revised and enlarged, 2nd ed.": words of the edition's own statement
        z, e = m.end("words"), m.start("edition")
        return [
            *spans[: k - 1],
            Span("title", text[title.start : z], title.start, z, title.confidence),
            Span("edition", text[e : s.end], e, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# CSE's "2002. Biology. 6th ed. Boston (MA):": a title of a few words, then its edition statement
_TITLE_STOP_EDITION = lazy_pattern(
    r"\s*(?P<title>[^\W\d_][^.,;:()\[\]]*?)[.,]\s+(?P<edition>\d{1,3}(?:st|nd|rd|th|d)\s+(?:ed|edn|edition)\.?)\s*$",
    re.I,
)


@needs(labels=["note"], without=["title", "journal", "container-title"])
def title_and_edition_in_note(spans: list[Span], text: str) -> list[Span]:
    """CSE's ``Raven PH, Johnson GB. 2002. | Biology. 6th ed. | Boston (MA):`` with the short title and its
    edition read as one note, and no title read: the words before the edition statement are the title."""
    for k, s in enumerate(spans):
        m = _TITLE_STOP_EDITION.fullmatch(text, s.start, s.end) if s.label == "note" else None
        if m is not None:
            return divided(spans, k, m.end("title") - s.start, m.start("edition") - s.start, "title", "edition")
    return spans


# the word of an edition statement alone: "edn,", "ed.", "edition"
_EDITION_WORD = lazy_pattern(r"\s*(?:ed|edn|edition)\.?[\s,;]*$", re.I)


# the word heading a longer place or publisher: "ed. Edinburgh:", "ed., Primer Publishing,", or after the
# ordinal's own period (``2nd. Ed., Wiley,``, ``5th. edition``) with that period read into the imprint
_EDITION_WORD_HEAD = lazy_pattern(r"(?:\.\s*)?\s*(?P<word>(?:ed|edn|edition)\b\.?)[\s,;]+(?=\S)", re.I)


# an ordinal closing a title after its comma: "Physical Chemistry, 9th"
_ORDINAL_CLOSING = lazy_pattern(r"\*?,\s*(?P<ordinal>\d{1,3}(?:st|nd|rd|th|d))\s*$")


def edition_word_apart(spans: list[Span], text: str) -> list[Span]:
    """``2nd edn, Elsevier, 2011`` with ``edn,`` read as a place or publisher, or Harvard's ``7th ed.
    Edinburgh:``, MLA's ``3rd ed., Primer Publishing,`` and ``2nd. Ed., Wiley,`` (a period after the
    ordinal) with ``ed.`` read as the imprint's first word:
    the word after the edition's number belongs to the edition."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "edition" or nxt.label == "edition":
            continue
        if _EDITION_WORD.match(nxt.text):
            joined = Span("edition", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
            return [*spans[:k], joined, *spans[k + 2 :]]
        if nxt.label in ("publisher", "location") and (m := _EDITION_WORD_HEAD.match(nxt.text)):
            z = nxt.start + m.end("word")
            edition = Span("edition", text[s.start : z], s.start, z, s.confidence)
            rest = Span(nxt.label, nxt.text[m.end() :], nxt.start + m.end(), nxt.end, nxt.confidence)
            return [*spans[:k], edition, rest, *spans[k + 2 :]]
    return spans


def ordinal_apart_from_word(spans: list[Span], text: str) -> list[Span]:
    """The ACS's ``*Title*, 7th | ed.; Wiley: Hoboken,`` with the edition's ordinal read into the title (or a
    journal) and its word into the imprint: the two are the edition, the words before them the title."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label in ("title", "journal") and nxt.label in ("publisher", "location"):
            o = _ORDINAL_CLOSING.search(s.text)
            m = _EDITION_WORD_HEAD.match(nxt.text) if o else None
            if o and m and o.start() > 0:
                cut, a, z = s.start + o.start(), s.start + o.start("ordinal"), nxt.start + m.end("word")
                title = Span("title", text[s.start : cut], s.start, cut, s.confidence)
                edition = Span("edition", text[a:z], a, z, min(s.confidence, nxt.confidence))
                rest = Span(nxt.label, nxt.text[m.end() :], nxt.start + m.end(), nxt.end, nxt.confidence)
                return [*spans[:k], title, edition, rest, *spans[k + 2 :]]
    return spans


# ", Reprint Edition," / ", 2nd ed." closing an imprint's publisher
_EDITION_CLOSING = lazy_pattern(
    r",\s*(?P<edition>(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:ed|edn|edition)\.?)[\s,.;]*$", re.I
)


def edition_closing_publisher(spans: list[Span], text: str) -> list[Span]:
    """``(Minneapolis: University of Minnesota Press, Reprint Edition, 2001)`` with the edition read
    into the publisher: an edition statement after the publisher's name is the edition."""
    return _edition_closing(spans, "publisher", _EDITION_CLOSING)


def _edition_closing(spans: list[Span], label: str, closing: re.Pattern[str]) -> list[Span]:
    """``spans`` with the edition statement ``closing`` finds at the end of the first ``label`` span read apart."""
    if "edition" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label == label and (m := closing.search(s.text)) and m.start() > 0:
            return divided(spans, k, m.start(), m.start("edition"), label, "edition")
    return spans


# MLA 9's edition opening the imprint, in words or as an ordinal: "First edition., Jossey-Bass," /
# "Second edition, Penguin,"
_EDITION_OPENING = lazy_pattern(
    r"(?P<edition>(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\s+(?:ed|edn|edition)\.?)\.?,\s+(?=[^\W\d_])", re.I
)


def edition_opening_publisher(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``Title. First edition., Jossey-Bass, 2016.`` with the edition read into the publisher: the
    statement before the comma is the edition."""
    if "edition" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label == "publisher" and (m := _EDITION_OPENING.match(s.text)) and m.end() < len(s.text):
            return divided(spans, k, m.end("edition"), m.end(), "edition", "publisher")
    return spans


# "*United States Government Publications*, 3d ed., revised": an edition statement after a title's
# closing italics, with the ordinals an older American usage abbreviates "2d" and "3d"
_EDITION_AFTER_ITALICS = lazy_pattern(
    r"\*[,.]?\s+(?P<edition>\d{1,3}(?:st|nd|rd|th|d)\s+(?:ed|edn|edition)\b\.?"
    r"(?:,?\s+(?:rev(?:ised|\.)|enl(?:arged|\.))(?:\s+and\s+enl(?:arged|\.))?)?)[\s,.;]*$",
    re.I,
)


def edition_after_italic_title(spans: list[Span], text: str) -> list[Span]:
    """``*United States Government Publications*, 3d ed., revised`` read as one title: the edition
    statement after the closing italics is the edition."""
    if "edition" in labels_of(spans) or "*" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label == "title" and (m := _EDITION_AFTER_ITALICS.search(s.text)) and m.start() > 0:
            return divided(spans, k, m.start() + 1, m.start("edition"), "title", "edition")
    return spans


# ACS's "Physical Chemistry, 9th ed.;" and NLM's "Harrison's Principles of Internal Medicine. 19th ed.": an
# ordinal's or a revision's edition statement closing a plain title, perhaps qualified ("corrected Fifth edition")
_EDITION_CLOSING_TITLE = lazy_pattern(
    r"[,.]\s*(?P<edition>(?:(?:corrected|revised|expanded|enlarged|updated)\s+)?(?:\d{1,3}(?:st|nd|rd|th|d)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
    r"|Rev(?:ised|\.)|New|Enlarged)\s+(?:ed|edn|edition)\.?)[\s,.;]*$",
    re.I,
)


_EDITION_WORDS = ("ed", "edn", "edition")
_CLOSING_MARKS = "".join(c for c in map(chr, range(128)) if c.isspace()) + ",.;"  # (``[\\s,.;]`` in ASCII)


def _may_close_on_edition(value: str) -> bool:
    """Whether ``_EDITION_CLOSING_TITLE`` may find its statement in ``value``: its word closes the ASCII value
    but for stops and spaces (a text not ASCII is left to the pattern, whose case-blind letters fold wider)."""
    return not value.isascii() or value.rstrip(_CLOSING_MARKS).lower().endswith(_EDITION_WORDS)


def edition_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Atkins, P.; de Paula, J. Physical Chemistry, 9th ed.; Oxford University Press:`` with the edition read
    into the title: the statement after the title's last comma is the edition."""
    if not any(s.label == "title" and _may_close_on_edition(s.text) for s in spans):
        return spans  # (the cheap look first: most titles close on no edition's word)
    return _edition_closing(spans, "title", _EDITION_CLOSING_TITLE)


# the ACS's book: "Title, 4th ed.; Series Name, Vol. 21; Publisher: Place, Year." (the semicolons part them)
_TITLE_EDITION_SERIES = lazy_pattern(
    r"(?P<title>[^\W\d_][^;]*?),\s+(?P<edition>(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\.?\s+(?:ed|edn)\.)\s*;\s*"
    r"(?P<series>[^\W\d_][^;]{3,}?)[,;]?\s*"
)


@needs(marks=(";",))  # (the semicolon parts the edition from the series)
def edition_and_series_in_title(spans: list[Span], text: str) -> list[Span]:
    """``The Basics of Crystallography and Diffraction, 4th ed.; International Union of Crystallography Texts on
    Crystallography,`` read as one title: the title, its edition, then the series after the semicolon."""
    for k, s in enumerate(spans):
        if s.label != "title" or (m := _TITLE_EDITION_SERIES.fullmatch(s.text)) is None:
            continue
        parts = [("title", "title"), ("edition", "edition"), ("collection-title", "series")]
        new = [
            Span(label, m.group(group), s.start + m.start(group), s.start + m.end(group), s.confidence)
            for label, group in parts
        ]
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans


# Nature's and AMA's book: "*Molecular Biology of the Cell* 6th edn (Garland Science, 2014).", "*Cardiovascular
# Medicine*. 4th ed. Lippincott Williams & Wilkins; 2019.", the ACS's "*Advanced Organic Chemistry*, 5th ed.;" (a comma
# before the edition only before the ACS's semicolon: Chicago's "*Dictionary*, 10th ed., s.v." cites an entry); the
# italics may be Markdown's underscores ("_Fonts for Latin Paleography_. 4th ed., Plasencia, 2014.")
_ITALIC_TITLE_EDITION = lazy_pattern(
    r"(?:(?<![\w*])(?P<mark>[*_])(?P<title>(?:(?!(?P=mark))[^*]){2,300})(?P=mark))"
    r"(?:\.|,(?=\s*\d{1,3}(?:st|nd|rd|th|d)\s+edn?\.?;))?\s+"
    r"(?P<edition>\d{1,3}(?:st|nd|rd|th|d)\s+(?:ed|edn|edition)\b\.?)"
    r"(?:\s*\((?P<pub>[^()\d,:;]{2,80}),\s*(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\))?"
)
_READ_INTO = frozenset(["journal", "container-title", "title", "location", "publisher", "edition", "volume", "date"])


@needs(marks=("*", "_"), words=("ed",))
def edition_split_after_italics(spans: list[Span], text: str) -> list[Span]:
    """``*Molecular Biology of the Cell* 6th edn (Garland Science, 2014).`` with the ordinal read into a journal
    and ``edn (Garland Science,`` as the place: the italic run is the book's title, the ordinal and its word the
    edition, and a bracket after it the publisher and the year."""
    m = _ITALIC_TITLE_EDITION.search(text)
    if m is None:
        return spans
    a, z = m.start(), m.end()
    inside = [s for s in spans if s.start < z and s.end > a]
    if not inside or any(s.label not in _READ_INTO for s in inside):
        return spans
    if inside[0].start < a and text[inside[0].start : a].strip(" .,;:"):
        return spans  # words before the italics read with them: not this reading's to cut
    e = m.start("edition")
    title_end = m.end("title") + 1  # with its closing mark
    # (after a title read before it, AMA's "Title. In: Brown T, ed. *Book*. 3rd ed.", the italic run is the book)
    work = "container-title" if any(s.label == "title" and s.end <= a for s in spans) else "title"
    new = [Span(work, text[a:title_end], a, title_end), Span("edition", m["edition"], e, m.end("edition"))]
    if m["pub"]:
        new += group_spans(m, (("publisher", "pub"), ("date", "year")))
    out = replaced(spans, text, a, z, new)
    same = [(s.label, s.text.strip(" .,;*")) for s in out] == [(s.label, s.text.strip(" .,;*")) for s in spans]
    return spans if same else out


# an edition statement's words in the languages the readers meet: a span holding none of them is no edition
_EDITION_STATEMENT = lazy_pattern(
    r"(?i)\b(?:ed|edn|edition|éd|édition|edición|edizione|aufl|auflage|ausg|ausgabe|rev|revised|reprint|repr|"
    r"impression|druk|uitg|wyd|izd|oplag|upplaga|udg|print|printing)\b"
)
# a number, then words that open with a capital: "150 Jahre IHK Darmstadt …", "100 Years of …"
_COUNT_THEN_WORDS = lazy_pattern(r"\s*\d{1,4}\s+[A-ZÄÖÜ][^\W\d_]+(?:\s+\S+){2,}")


@needs(labels=["title", "edition"])
def numbered_sentence_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Von den Anfängen … zur Engineering Region. | 150 Jahre IHK Darmstadt Rhein Main Neckar, | Darmstadt 2012.``
    with the title's second sentence, which opens with a count, read as an edition: words with no edition
    statement's word after the title's stop are the title's."""
    for k in range(len(spans) - 1):
        s, e = spans[k], spans[k + 1]
        if s.label != "title" or e.label != "edition":
            continue
        if text[s.end : e.start].strip() or not s.text.rstrip().endswith("."):
            return spans
        if not _COUNT_THEN_WORDS.match(e.text) or _EDITION_STATEMENT.search(e.text):
            return spans
        end = s.start + len(text[s.start : e.end].rstrip(" ,;"))
        joined = Span("title", text[s.start : end], s.start, end, min(s.confidence, e.confidence))
        return [*spans[:k], joined, *spans[k + 2 :]]
    return spans
