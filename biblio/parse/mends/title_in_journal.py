"""Mends of a title run into the abbreviated journal after it: ACM's ``2019. Building certified concurrent
OS kernels. Commun. ACM 62, 10`` read as one journal and no title. The journal is the words after the
title's closing full stop, abbreviated as journals are (``Commun. ACM``, ``J. Chem. Phys.``)."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import border_moved, divided
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a sentence's end: a word in lower case (no journal's abbreviation is) or a question, then a space
_SENTENCE_END = lazy_pattern(r"(?:\b[a-z][a-z]+[.?!]|[?!]|\)\.)\s+")
# "Commun. ACM", "J. Chem. Phys.", "IEEE Trans. Softw. Eng.": capitalised abbreviations, capitals, joining words
_ABBREVIATED_JOURNAL = lazy_pattern(r"(?:(?:[A-Z][a-z]{0,8}\.|[A-Z]{2,}|[A-Z][a-z]+|&|of|and|on|in)\s*){1,7}")
_ABBREVIATION = lazy_pattern(r"\b[A-Z][a-z]{0,8}\.")


@needs(labels=["journal"], without=["title"])
def title_before_abbreviated_journal(spans: list[Span], text: str) -> list[Span]:
    """A journal span that holds a sentence of three words or more, then an abbreviated journal, where no
    title was read: the sentence is the title."""
    if any(s.label == "title" for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "journal":
            continue
        for m in _SENTENCE_END.finditer(s.text):
            tail = s.text[m.end() :]
            if len(s.text[: m.end()].split()) < 3:
                continue
            if _ABBREVIATED_JOURNAL.fullmatch(tail.rstrip(" ,")) and _ABBREVIATION.search(tail):
                return _divided_at(spans, k, m, text)
        return spans
    return spans


# "*Neuron*": an italic run opening after the sentence's end (its closing mark at or after the span's end)
_ITALIC_OPEN = lazy_pattern(r"(?P<mark>\*{1,2}|_)(?=[^\W\d_])")


@needs(labels=["journal"], without=["title"], marks=("*", "_"))
def title_before_italic_journal(spans: list[Span], text: str) -> list[Span]:
    """PNAS's ``Names, Title. *Neuron* **104**, 11–24 (2019).`` (or ``(2016). Educação e sociedade. *Revista
    Brasileira de Educação*, v. 21,``) with the title read into the italic journal's span and no title read:
    the sentence before the italic run is the title."""
    if any(s.label == "title" for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "journal":
            continue
        for m in _SENTENCE_END.finditer(s.text):
            tail = s.text[m.end() :]
            run = _ITALIC_OPEN.match(tail)
            if run is None or len(s.text[: m.end()].split()) < 3:
                continue
            mark = run.group("mark")
            closed = tail.find(mark, run.end())
            if closed >= 0 and tail[closed + len(mark) :].strip(" .,;:"):
                continue  # words after the italics: not the journal alone
            if closed < 0 and not text[s.end :].lstrip().startswith(mark):
                continue
            return _divided_at(spans, k, m, text)
        return spans
    return spans


def _divided_at(spans: list[Span], k: int, m: re.Match[str], text: str) -> list[Span]:
    """The journal span ``spans[k]`` divided at the sentence end ``m`` found in its text: the title before it."""
    s = spans[k]
    a, z = s.start + m.start() + len(m.group().rstrip()), s.start + m.end()
    title = Span("title", text[s.start : a], s.start, a, s.confidence)
    return [*spans[:k], title, Span("journal", text[z : s.end], z, s.end, s.confidence), *spans[k + 1 :]]


# the APS's "Title, Journal Volume, Page (Year)": the last comma inside a journal span parts the title's words
# (no abbreviation's period among them) from the journal ("solar cell, Phys. E", "Solar Cells, Energy Procedia")
_TITLE_COMMA_JOURNAL = lazy_pattern(r"(?P<head>[^.,;:()\d][^.,;:()]*?),\s+(?P<tail>[A-Z][^,;()]*)")
# a journal's own part after its comma: "Proc. R. Soc. London, Ser. A"
_JOURNAL_PART = lazy_pattern(r"(?:Series|Ser\.|Part|Sect\.|Section|Sec\.)\s", re.I)
# IEEE's inverted journal name: "Oceanic Engineering, IEEE Journal of"
_INVERTED_JOURNAL = lazy_pattern(r"\s(?:of|on|in)\s*$")
# a title's own end: a word's full stop (no abbreviation's, as "Zahlen mod. | Eins, Math. Ann."), "?" or "!"
_TITLE_CLOSED = lazy_pattern(r"(?:[^\W\d_]{4,}\.|[?!])\s*$")
_QUOTED_END = lazy_pattern(r"[”\"'’][,.]?\s*$")
# the journal's words: abbreviations, words, capitals and a series letter ("Phys. E", "Energy Procedia")
_JOURNAL_WORDS = lazy_pattern(r"(?:(?:[A-Z][a-z]{0,8}\.|[A-Z]{1,}|[A-Z][a-z]+|&|of|and|on|in)\s*){1,6}")


# the APS's bracketed year alone after a journal that prints no volume: "Research Square (2023)."
_BRACKETED_YEAR = lazy_pattern(r"\s*\((?:1[6-9]|20)\d\d\)[.,]?\s*")


def _numbers_after(spans: list[Span], k: int) -> bool:
    """Whether the journal ``spans[k]`` is followed by its volume, or by a bracketed year that closes the
    reference (the APS's ``Research Square (2023).``)."""
    if k + 1 >= len(spans):
        return False
    nxt = spans[k + 1]
    return nxt.label == "volume" or (
        nxt.label == "date" and k + 2 == len(spans) and _BRACKETED_YEAR.fullmatch(nxt.text) is not None
    )


@needs(labels=["journal"], any_label=["volume", "date"])
def title_words_before_journal_comma(spans: list[Span], text: str) -> list[Span]:
    """The APS's ``…, two terminal tandem | solar cell, Phys. E | 14, 96 (2002).`` or ``Names, | Ray Tracing
    Isotextured Solar Cells, Energy Procedia | 92, 122`` (``…, deformable | Al alloy with …, Research Square |
    (2023).``) with the title's last words (or the whole title) read into the journal before its volume (or its
    lone year): the words before the journal's comma are the title's."""
    for k, s in enumerate(spans):
        if s.label != "journal" or not _numbers_after(spans, k):
            continue
        m = _TITLE_COMMA_JOURNAL.fullmatch(s.text.rstrip(" ,"))
        if m is None or _JOURNAL_PART.match(m.group("tail")):
            return spans
        tail = m.group("tail")
        if not _JOURNAL_WORDS.fullmatch(tail) or len(tail.split()) > 5 or _INVERTED_JOURNAL.search(tail):
            return spans
        a, z = s.start + m.end("head"), s.start + m.start("tail")
        before = spans[k - 1] if k else None
        if before is not None and before.label == "title" and _QUOTED_END.search(before.text):
            return spans  # IEEE's quoted title closes on its quote: "…,” Oceanic Engineering, IEEE Journal of
        if before is not None and before.label == "title" and _TITLE_CLOSED.search(before.text):
            return spans  # the title closed on its full stop: "… beverages. Cancer Epidemiology, Biomarkers and …"
        if spans[k + 1].label == "date" and (before is None or before.text.rstrip()[-1:] in ".;:!?"):
            return spans  # with no volume, only a title cut mid-phrase ("…, deformable | Al alloy …") runs on
        if before is not None and before.label == "title" and not text[before.end : s.start].strip():
            title = Span("title", text[before.start : a], before.start, a, min(before.confidence, s.confidence))
            return [*spans[: k - 1], title, Span("journal", text[z : s.end], z, s.end, s.confidence), *spans[k + 1 :]]
        if any(t.label == "title" for t in spans) or len(m.group("head").split()) < 2:
            return spans
        return divided(spans, k, m.end("head"), m.start("tail"), "title", "journal")
    return spans


# the journal's first abbreviations closing the title after its comma: "…recognition, Proc. | IEEE 86"
# (ISO 4's abbreviations that open journal names: a place's or a word's full stop, "Quebec.", is the title's end)
_JOURNAL_HEAD = (
    r"(?:Proc|Trans|Ann|Ann\.\s*Rev|J|Phys|Rev|Bull|Commun|Int|Am|Eur|Nat|Sci|Chem|Math|Appl|Comput|Mon|Not|Astron"
    r"|Astrophys|Biol|Med|Mech|Eng|Lett|Adv|Acad|Soc|Nucl|Opt|Mol|Geophys|Theor|Inst|Natl|Curr|Philos|Stud|Q)\."
)
_TITLE_THEN_ABBREVIATIONS = lazy_pattern(rf"(?P<head>.*\S),\s+(?P<abbr>{_JOURNAL_HEAD}(?:\s*[A-Z][a-z]{{0,6}}\.)*\s*)$")


@needs(labels=["title", "journal", "volume"])
def journal_head_in_title(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's ``…, Gradient-based learning applied to document recognition, Proc. IEEE 86 (11) (1998)`` with
    ``Proc.`` read as the title's last word: abbreviations after the title's last comma, right before a journal
    that has its volume, open the journal."""
    for k in range(len(spans) - 2):
        s, journal, vol = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "title" or journal.label != "journal" or vol.label != "volume":
            continue
        m = _TITLE_THEN_ABBREVIATIONS.fullmatch(s.text.rstrip())
        if m is None or len(m.group("head").split()) < 3 or text[s.end : journal.start].strip():
            return spans
        return border_moved(spans, text, k, s.start + m.end("head"), s.start + m.start("abbr"))
    return spans


# "in high dimensional settings, Pattern Recognit.": the title's lower-case "in" phrase, its comma, the journal
_IN_PHRASE_THEN_JOURNAL = lazy_pattern(r"(?P<head>in\s+[a-z][^,;:()]*?),\s+(?P<tail>[A-Z][^,;()]*)")


@needs(labels=["title", "container-title", "volume"])
def in_phrase_read_as_book(spans: list[Span], text: str) -> list[Span]:
    """The APS's ``…recognition methods | in high dimensional settings, Pattern Recognit. | 27, 1065`` with the
    title's last words, opened by a lower-case "in", read as a book: before the volume, the words up to the comma
    are the title's and the rest is the journal."""
    for k in range(1, len(spans) - 1):
        t, s, v = spans[k - 1], spans[k], spans[k + 1]
        if s.label != "container-title" or t.label != "title" or v.label != "volume":
            continue
        if text[t.end : s.start].strip() or t.text.rstrip()[-1:] in ".,;:!?":
            return spans
        m = _IN_PHRASE_THEN_JOURNAL.fullmatch(s.text.rstrip(" ,"))
        if m is None or not _JOURNAL_WORDS.fullmatch(m["tail"]) or len(m["tail"].split()) > 5:
            return spans
        a, z = s.start + m.end("head"), s.start + m.start("tail")
        title = Span("title", text[t.start : a], t.start, a, min(t.confidence, s.confidence))
        return [*spans[: k - 1], title, Span("journal", text[z : s.end], z, s.end, s.confidence), *spans[k + 1 :]]
    return spans


_AFTER_JOURNAL = frozenset(["date", "volume"])


@needs(labels=["title"], without=["journal", "container-title"], marks=("*",))
def italic_journal_closing_title(spans: list[Span], text: str) -> list[Span]:
    """AMA's ``Names. Title. *Sensors (Basel)*. 2023;23(6):2345.`` with the italic journal read into the title
    (its bracket first read as a place) and no journal read: the italic run after the title's sentence end, closing
    the span before the date or volume, is the journal."""
    for k, s in enumerate(spans[:-1]):
        if s.label != "title" or spans[k + 1].label not in _AFTER_JOURNAL:
            continue
        for m in _SENTENCE_END.finditer(s.text):
            tail = s.text[m.end() :]
            if not tail.startswith("*") or tail.startswith("**") or len(s.text[: m.end()].split()) < 3:
                continue
            inner = tail[1:].rstrip(" .,;*")
            closed = tail.rstrip(" .,;").endswith("*") or text[s.end :].lstrip().startswith("*")
            if closed and inner and "*" not in inner and len(inner.split()) <= 8:
                return _divided_at(spans, k, m, text)
        return spans
    return spans


# a journal's own first word after the title's last full stop, then its comma: "… back to 1900. Eos, | Trans. Amer."
_WORD_AFTER_STOP = lazy_pattern(r"(?<=[^\W\d_]{2}|\d{2})\.\s+(?P<word>[A-Z][^\W\d_]{1,14}),\s*$")
_NOT_JOURNAL_WORD = frozenset(["Part", "Vol", "Volume", "Chapter", "Section", "Book", "No"])


@needs(labels=["title", "journal", "volume"])
def journal_word_after_title_stop(spans: list[Span], text: str) -> list[Span]:
    """AMS's ``Counting Atlantic tropical cyclones back to 1900. Eos, | Trans. Amer. Geophys. Union, 88, 197.`` with
    the journal's first word read as the title's last sentence: a lone capitalised word and its comma after the
    title's full stop, right before an abbreviated journal that has its volume, open the journal."""
    for k in range(len(spans) - 2):
        s, journal, vol = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "title" or journal.label != "journal" or vol.label != "volume":
            continue
        m = _WORD_AFTER_STOP.search(s.text)
        if m is None or m.group("word") in _NOT_JOURNAL_WORD or text[s.end : journal.start].strip():
            return spans
        if "." not in journal.text.rstrip(" .,") or len(s.text[: m.start()].split()) < 3:
            return spans  # a journal named in full after it is no abbreviated name's rest
        a = s.start + m.start("word")
        title = Span("title", text[s.start : s.start + m.start() + 1], s.start, s.start + m.start() + 1, s.confidence)
        return [*spans[:k], title, Span("journal", text[a : journal.end], a, journal.end, journal.confidence),
                *spans[k + 2 :]]
    return spans


# the title's last sentence, a name of two to six words and its comma: "… (1 and 2). Die Tierwelt Deutschlands,"
_LAST_SENTENCE_NAME = lazy_pattern(
    r"(?:(?<=[^\W\d_]{2})|(?<=\)))\.\s+(?P<name>[A-Z][^\W\d_]+(?:\s+[^\W\d_][^\W\d_'\u2019-]*){1,5}),\s*$"
)
_VOLUME_WORD = lazy_pattern(r"^\s*(?:[Vv]ol(?:ume)?\.?|Bd\.|[Tt]\.)\s*\d")
_PAGES_WORD = lazy_pattern(r"^\s*(?:pp?\.|S\.)\s*\d")


@needs(labels=["title", "volume", "pages"], without=["journal", "container-title", "publisher"])
def series_sentence_before_volume_pages(spans: list[Span], text: str) -> list[Span]:
    """``Title. Subtitle (1 and 2). Die Tierwelt Deutschlands, vol. 24, pp. 1-164.`` with the work that holds the
    part read as the title's last sentence: a name closed by its comma after the title's full stop, right before
    the volume and pages (each with its word), where no journal, book or publisher was read, is the container."""
    for k in range(len(spans) - 2):
        s, vol, pages = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "title" or vol.label != "volume" or pages.label != "pages":
            continue
        if not _VOLUME_WORD.match(vol.text) or not _PAGES_WORD.match(pages.text):
            return spans
        m = _LAST_SENTENCE_NAME.search(s.text)
        if m is None or len(s.text[: m.start()].split()) < 3 or text[s.end : vol.start].strip():
            return spans
        a = s.start + m.start("name")
        title = Span("title", text[s.start : s.start + m.start() + 1], s.start, s.start + m.start() + 1, s.confidence)
        return [*spans[:k], title, Span("container-title", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a capitalised article alone after the title's last stop: "… (3 and 4). Die" | "Fauna Mitteleuropas"
_ARTICLE_AFTER_STOP = lazy_pattern(r"[.?!)]\s+(?P<article>The|Die|Der|Das|La|Le|Les|El|Los|Las|Il|Lo|De|Het)\s*$")


@needs(labels=["title"], any_label=["journal", "container-title"])
def article_closing_title_opens_journal(spans: list[Span], text: str) -> list[Span]:
    """``… Carabinae (3 and 4). Die | Fauna Mitteleuropas, vol. 12`` with the journal's or series' article read
    as the title's last word: no title ends on an article after its own full stop, so the article opens the name
    that follows it."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label not in ("journal", "container-title"):
            continue
        m = _ARTICLE_AFTER_STOP.search(s.text)
        if m is None or text[s.end : nxt.start].strip() or not nxt.text[:1].isupper():
            continue
        a = s.start + m.start("article")
        z = s.start + m.start() + 1  # the title keeps its stop
        title = Span("title", text[s.start : z], s.start, z, s.confidence)
        return [*spans[:k], title, Span(nxt.label, text[a : nxt.end], a, nxt.end, nxt.confidence), *spans[k + 2 :]]
    return spans



# a review's kind closing its title, then the journal after a comma: "… (book review), Design book review: DBR"
_REVIEW_MARK = lazy_pattern(
    r"\((?:book|exhibition|film|theatre|theater|performance|music|album|software|game)\s+review\)(?=,\s+[A-Z])",
    re.I,
)


@needs(any_label=["title", "journal", "container-title"], words=["review)"])
def review_mark_closes_title(spans: list[Span], text: str) -> list[Span]:
    """``Pompidou and circumstance (book review), Design book review: DBR, No. 39`` with the journal read into the
    title: the bracketed kind of review closes the reviewer's title, and the name after its comma is the journal
    (read on into the journal span after it)."""
    for k, s in enumerate(spans):
        if s.label not in ("title", "journal", "container-title") or (m := _REVIEW_MARK.search(s.text)) is None:
            continue
        z = s.start + m.end()
        rest = s.start + m.end() + len(s.text[m.end() :]) - len(s.text[m.end() :].lstrip(" ,"))
        end, after = s.end, spans[k + 1 :]
        if after and after[0].label in ("journal", "container-title") and not text[s.end : after[0].start].strip():
            end, after = after[0].end, after[1:]
        if rest >= end:
            return spans
        label = "container-title" if s.label == "container-title" else "journal"
        title = Span("title", text[s.start : z], s.start, z, s.confidence)
        return [*spans[:k], title, Span(label, text[rest:end], rest, end, s.confidence), *after]
    return spans


# the journal's numbers after it: "v. 362", "vol. 5", "Vol. 12", "12,", "12(3)"
_VOLUME_NEXT = frozenset(["volume", "issue", "pages"])


@needs(labels=["author", "container-title", "journal"], without=["title"])
def container_before_journal_is_title(spans: list[Span], text: str) -> list[Span]:
    """``Authors, Chicxulub - K/T melt complexities [7], Nature, v. 362, pp. 503-504`` read as a container, then
    the journal, and no title: a container between the names and the journal, only a comma between it and the
    journal and the journal's numbers after that, is the article's title."""
    for k in range(1, len(spans) - 2):
        s, journal = spans[k], spans[k + 1]
        if s.label != "container-title" or journal.label != "journal" or spans[k - 1].label != "author":
            continue
        if text[s.end : journal.start].strip(" ,") or spans[k + 2].label not in _VOLUME_NEXT:
            return spans
        if not s.text.rstrip().endswith(",") and not journal.text.startswith(","):
            return spans
        return [*spans[:k], Span("title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
