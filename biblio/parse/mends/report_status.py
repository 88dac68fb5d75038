"""Mends of the author-date entry whose year stands bare after the names (``Albarella, U. 1996 Elms Farm,
…``) and of the words that give a work's status instead of its date or imprint: ``forthcoming.`` where
the year would stand, ``Unpublished report.`` closing the entry. The labeller reads the title's first
word into the year, the status words into the title."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "1996 Elms": a year (with its letter) and the capitalised word after it, no mark between
_YEAR_AND_WORD = lazy_pattern(r"(?:1[5-9]\d\d|20\d\d)[a-z]?(?P<gap>\s+)(?=[A-Z])")
# a month or a season after the year is the date's own
_DATE_WORD = lazy_pattern(rf"(?:{ENGLISH_MONTH}|Spring|Summer|Autumn|Fall|Winter)\b")
# ", Unpublished report." or ". Unpublished thesis" closing the title
_UNPUBLISHED = lazy_pattern(
    r"[.,]\s+(?P<status>[Uu]npublished\s+(?:report|manuscript|typescript|thesis|dissertation|paper|document)s?)\.?$"
)
# ". Unpublished Report." a sentence of its own before the imprint
_UNPUBLISHED_SENTENCE = lazy_pattern(
    r"\.\s+(?P<status>[Uu]npublished\s+(?:[Rr]eport|[Mm]anuscript|[Tt]ypescript|[Pp]aper|[Dd]ocument)s?)\.$"
)
_IMPRINT = frozenset(["location", "publisher"])
# ", manuscript," or a quoted title's ". Manuscript.”" closing a title that more follows: the kind of work
_MANUSCRIPT = lazy_pattern(
    r"[.,]\s+(?P<status>(?:[Uu]npublished\s+)?(?:[Mm]anuscript|[Tt]ypescript))\s*[.,]?\s*(?P<quote>[\"”’]?)\s*[.,]?\s*$"
)
# "forthcoming." opening the title, where the year stands in an author-date entry
_FORTHCOMING = lazy_pattern(r"(?i)(?P<status>forthcoming|in press|in preparation)\.\s+(?=\S)")


@needs(labels=("date", "title"))
def year_runs_into_title(spans: list[Span], text: str) -> list[Span]:
    """``1996 Elms | Farm, Heybridge (Essex): …`` with the title's first word read into the bare year after the
    names: the year ends where its figures do."""
    for k in range(1, len(spans) - 1):
        d, title = spans[k], spans[k + 1]
        if d.label != "date" or title.label != "title" or spans[k - 1].label != "author":
            continue
        m = _YEAR_AND_WORD.match(d.text)
        if m is None or text[d.end : title.start].strip():
            return spans
        head = d.text[m.end() :]
        if not head or any(c in head for c in ".,:;()") or _DATE_WORD.match(head):
            return spans
        cut = d.start + m.start("gap")
        new = [
            Span("date", text[d.start : cut], d.start, cut, d.confidence),
            Span("title", text[d.start + m.end() : title.end], d.start + m.end(), title.end, title.confidence),
        ]
        return replaced(spans, text, d.start, title.end, new)
    return spans


@needs(labels=("title",))
def status_words_in_title(spans: list[Span], text: str) -> list[Span]:
    """``The pigs from Durrington Walls, a Neolithic database, Unpublished report.``, ``Title, manuscript,
    Institut …`` or ``forthcoming. Heybridge: …`` read into the title: the status is a genre or the date's place,
    not the title's words."""
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        body = s.text.rstrip()
        m = _UNPUBLISHED.search(body) if k == len(spans) - 1 else _MANUSCRIPT.search(body)
        if m is None and k < len(spans) - 1 and spans[k + 1].label in _IMPRINT:
            # "… analysis. Unpublished Report. Ottawa, Ontario: Statistics Canada": the status a sentence of its own
            m = _UNPUBLISHED_SENTENCE.search(body)
        if m is not None and s.text[: m.start()].strip(" \"“‘"):
            a, z = s.start + m.start("status"), s.start + m.end("status")
            # a quote closing after the status opened the title: the title is the words inside it
            t = s.start + 1 if "quote" in m.groupdict() and m.group("quote") and s.text[:1] in "\"“‘" else s.start
            new = [
                Span("title", text[t : s.start + m.start()], t, s.start + m.start(), s.confidence),
                Span("genre", text[a:z], a, z, s.confidence),
            ]
            return replaced(spans, text, s.start, s.end, new)
        f = _FORTHCOMING.match(body)
        if f is not None and k > 0 and spans[k - 1].label == "author" and not any(x.label == "date" for x in spans):
            z = s.start + f.end("status")
            new = [
                Span("date", text[s.start : z], s.start, z, s.confidence),
                Span("title", text[s.start + f.end() : s.end], s.start + f.end(), s.end, s.confidence),
            ]
            return replaced(spans, text, s.start, s.end, new)
    return spans


@needs(labels=("date", "note"), without=("title",))
def title_after_forthcoming(spans: list[Span], text: str) -> list[Span]:
    """``Atkinson, M. forthcoming. Excavations at Heybridge, …`` with the title read as a note after the status
    that stands for the year."""
    for k in range(1, len(spans) - 1):
        d, note = spans[k], spans[k + 1]
        if d.label == "date" and note.label == "note" and _FORTHCOMING.match(d.text + " x"):
            if spans[k - 1].label != "author":
                return spans
            return [*spans[: k + 1], Span("title", note.text, note.start, note.end, note.confidence), *spans[k + 2 :]]
    return spans


_SERIALS = frozenset(["journal", "container-title"])
# ", in press." (IEEE's ", early access,") closing the journal's name: the article's status where its numbers would
# stand (a bracketed "(in press)" is left: labelled data keep it in the journal's name as often as not)
_STATUS_CLOSES = lazy_pattern(
    r",\s*(?P<status>in press|forthcoming|accepted|submitted|in preparation|under review|in review|early access)"
    r"\s*[.,;]?\s*$",
    re.I,
)


@needs(
    any_label=_SERIALS, words=("press", "forthcoming", "accepted", "submitted", "preparation", "review", "early access")
)
def status_closes_journal(spans: list[Span], text: str) -> list[Span]:
    """``… Moon. Geochimica et Cosmochimica Acta, in press.`` (or IEEE's ``IEEE Trans. Image Process., early access,
    Dec. 9, 2020``) with the status read into the journal's name: it is the article's status (the date's place), not
    the journal's words."""
    for s in spans:
        if s.label not in _SERIALS:
            continue
        m = _STATUS_CLOSES.search(s.text)
        if m is None or not s.text[: m.start()].strip():
            continue
        a, z = s.start + m.start("status"), s.start + m.end("status")
        new = [
            Span(s.label, text[s.start : s.start + m.start()], s.start, s.start + m.start(), s.confidence),
            Span("date", text[a:z], a, z, s.confidence),
        ]
        return replaced(spans, text, s.start, s.end, new)
    return spans
