"""Mend of a date and its update note read as an access date: NIST's ``December 2014 (updated December
18, 2014),`` and a web page's ``March 3, 2020 (last updated May 1, 2021)``. No word announces an
access; the date before the note is the date of publication, the bracket a note."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# the date, then the bracket that opens on the update word
_UPDATED = lazy_pattern(
    r"^(?P<date>[\s,]*[^()]*?(?:1[5-9]\d\d|20\d\d))\s*(?P<note>\(\s*(?:last\s+)?(?:updated|revised|modified)\b.*)$"
)
# the words that announce an access date before it
_ACCESS = lazy_pattern(r"(?i)\b(?:accessed|retrieved|viewed|consulted|visited|cited)\b")


@needs(labels=["accessed"], without=["date"], marks=("updated", "revised", "modified"))
def date_before_update_note(spans: list[Span], text: str) -> list[Span]:
    """``, December 2014 (updated December 18, 2014`` read as the access date, with no date read: the
    date before the update note is the date, the note stays a note."""
    if "date" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "accessed" or (m := _UPDATED.match(s.text)) is None or _ACCESS.search(text, 0, s.end):
            continue
        z = s.start + m.end("date")
        n = s.start + m.start("note")
        return [
            *spans[:k],
            Span("date", text[s.start : z], s.start, z, s.confidence),
            Span("note", text[n : s.end], n, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# AMA's "Published 2021." / "Updated December 15, 2021.": the word before a web page's date, alone in a span
DATE_WORD = r"(?:released|published|updated|last\s+updated|posted|issued|revised|modified)"
_DATE_WORD_ALONE = lazy_pattern(rf"(?i)\s*{DATE_WORD}\s*:?\s*")


@needs(marks=("ublished", "pdated", "osted", "evised", "odified"))
def date_word_apart(spans: list[Span], text: str) -> list[Span]:
    """AMA's ``Title. Updated December 15, 2021. Accessed …`` with ``Updated`` read as the journal: the word
    belongs to the date after it."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label in ("date", "accessed") or nxt.label not in ("date", "accessed"):
            continue
        if _DATE_WORD_ALONE.fullmatch(s.text) is None:
            continue
        joined = Span(nxt.label, text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
        return [*spans[:k], joined, *spans[k + 2 :]]
    return spans


# "Influenza (flu). Updated March 1, 2021. Accessed …": a sentence, then the word that opens a date
_SENTENCE_THEN_DATE_WORD = lazy_pattern(
    rf"(?P<title>[^\W\d_][^.?!]*?[.?!])\s+(?P<rest>(?i:{DATE_WORD}|accessed|retrieved|cited)\b.*)"
)


@needs(any_label=("date", "accessed"), without=("title",))
def title_before_date_word(spans: list[Span], text: str) -> list[Span]:
    """AMA's web page ``Centers for Disease Control and Prevention. Influenza (flu). Updated March 1, 2021.
    Accessed April 5, 2021.`` with the title read into the dates, no title read: the sentence before the
    date's word is the title."""
    if any(s.label == "title" for s in spans):
        return spans  # a title read already: the sentence before the date's word is some other field
    for k, s in enumerate(spans):
        if s.label not in ("date", "accessed") or (m := _SENTENCE_THEN_DATE_WORD.fullmatch(s.text)) is None:
            continue
        if k == 0 or spans[k - 1].label not in ("author", "editor"):
            return spans
        a = s.start + m.start("rest")
        return [
            *spans[:k],
            Span("title", m.group("title"), s.start, s.start + m.end("title"), s.confidence),
            Span(s.label, text[a : s.end], a, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# a hand-written list's author, then the page's date as its last change in APA's brackets: "CBD (edited Sep 2020).",
# "Climate-ADAPT. (last updated 2021)."
_CHANGED_OPENING = lazy_pattern(
    r"^(?P<head>[^()\[\]\d]{2,80}?)\.?\s+(?P<date>\((?:last\s+)?(?:edited|updated|modified|revised)\s+"
    r"[^()]{0,20}?(?:1[5-9]\d\d|20\d\d)\))[.,]\s"
)


@needs(marks=("edited", "updated", "modified", "revised"))
def changed_date_after_head(spans: list[Span], text: str) -> list[Span]:
    """``CBD (edited Sep 2020). *Aichi Biodiversity Targets*. https://…`` with the body and the date's word read as
    one note: what opens the reference before the bracket is its author, the bracket its date."""
    m = _CHANGED_OPENING.match(text)
    if m is None or any(s.label == "author" for s in spans if s.start < m.end("head")):
        return spans
    head = Span("author", m.group("head"), m.start("head"), m.end("head"))
    date = Span("date", m.group("date"), m.start("date"), m.end("date"))
    return replaced(spans, text, 0, m.end("date"), [head, date])
