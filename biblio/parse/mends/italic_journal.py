"""IOP's journal in italics straight after the title, with no full stop between them."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import Run, emphasis_runs
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_WORKS = frozenset(["title", "journal", "container-title"])
# what an IOP reference sets after the journal: bold volume, pages, or a book's (Place: Publisher)
_AFTER_WORK = frozenset(["volume", "pages", "location", "publisher", "issue"])
_DEGREE = lazy_pattern(r"\b(?:thesis|dissertation)\b", re.I)
# words that open a book's title in other styles (``In *Book*``), never part of the article's title
_IN_MARK = lazy_pattern(r"^\s*(?:in|dans|em|en)\b\s*:?\s*$", re.I)
# "Title. In" before the italic book: the word that opens the book, after the title's closing mark
_IN_TAIL = lazy_pattern(r"(?<=[^\W\d_]{2}[.,])\s+(?:in|In)\s*:?$")
# a title closed by a mark is followed by its own work (``editor. *Book*``), not IOP's journal; a title closed by
# its own italics (``*Tenmei sannen* *shiryōshū*``, one title a converter set as two runs) is no IOP title either
_CLOSED = frozenset(".,;:)]*_>")
_TAIL = lazy_pattern(r"^[\s.,;:*_]*$")


def _italic(run: Run, text: str) -> bool:
    return run.text_start - run.start == 1 or text[run.start] == "<"


def _work_label(block: list[Span], run_text: str, after: Span | None) -> str:
    if _DEGREE.search(run_text):
        return "genre"
    for label in ("journal", "container-title"):
        if any(s.label == label for s in block):
            return label
    return "container-title" if after is not None and after.label in ("location", "publisher") else "journal"


@needs(labels=["title"], marks=["*", "_", "<"])
def italic_journal_after_title(spans: list[Span], text: str) -> list[Span]:
    """IOP's ``2019 Title. Part 2. Words *J. Plasma Phys.* **85** 905850103`` with the italic journal
    cut or run into the title: an italic run that closes the title's words and comes right before
    the volume, pages or a book's imprint is the journal (or the book, or IOP's ``*PhD Thesis*``);
    the words before it are the title. BibTeX's ``Title. In *Book*, pages …`` read with ``In`` in the
    title is mended alike: ``In`` goes into no field."""
    for run in emphasis_runs(text):
        if not _italic(run, text):
            continue
        first = next((k for k, s in enumerate(spans) if s.start <= run.text_start < s.end), None)
        last = next((k for k, s in enumerate(spans) if s.start < run.text_end <= s.end), None)
        if first is None or last is None:
            continue
        block = spans[first : last + 1]
        head = text[spans[first].start : run.start]
        opens = first if spans[first].label == "title" else first - 1
        if opens < 0 or spans[opens].label != "title" or any(s.label not in _WORKS for s in block):
            continue
        if len(block) == 1 and block[0].label != "title" and not head.strip():
            continue  # the run is one field already
        after = spans[last + 1] if last + 1 < len(spans) else None
        if after is not None and after.label not in _AFTER_WORK:
            continue
        if not _TAIL.match(text[run.text_end : spans[last].end]) or _IN_MARK.match(head):
            continue
        title = spans[opens]
        lead = text[title.start : run.start].rstrip()
        if (in_mark := _IN_TAIL.search(lead)) is not None:
            lead = lead[: in_mark.start()]  # "Tabu search. In *Handbook …*": "In" opens the book
        elif not lead or lead[-1] in _CLOSED:
            continue  # IOP sets nothing between the title and the journal
        end = spans[last].end if after is not None and after.start < run.end else max(spans[last].end, run.end)
        conf = min(s.confidence for s in spans[opens : last + 1])
        work = Span(
            _work_label(block, text[run.text_start : run.text_end], after), text[run.start : end], run.start, end, conf
        )
        new_title = Span("title", lead, title.start, title.start + len(lead), title.confidence)
        return [*spans[:opens], new_title, work, *spans[last + 1 :]]
    return spans


# "In *Soviet Math. Doklady*,": the word that opens a container set in italics
_IN_LEAD = lazy_pattern(r"^\s*(?:In|in)\s*:?\s+(?=[*_<])")


@needs(any_label=("journal", "container-title"), marks=("n *", "n _", "n <"))
def in_before_italic_work(spans: list[Span], text: str) -> list[Span]:
    """``In *Soviet Math. Doklady*,`` read as one journal: the italics mark the work, and ``In`` before
    them opens it; the word goes into no field."""
    if "n *" not in text and "n _" not in text and "n <" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label not in ("journal", "container-title") or (m := _IN_LEAD.match(s.text)) is None:
            continue
        a = s.start + m.end()
        run = next((r for r in emphasis_runs(text) if r.start == a), None)
        if run is None or not _TAIL.match(text[run.end : s.end]):
            continue
        return [*spans[:k], Span(s.label, text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "Title in sentence case. *Corpora*.": an italic run closing the reference after the title's full stop
_CLOSING_ITALIC = lazy_pattern(r"(?<=[^\W\d_]{2}[.?!])\s+\*(?P<work>[^*\s](?:[^*]*[^*\s])?)\*\.?\s*$")


@needs(labels=["title", "date"], marks=["*"])
def italic_journal_closing_dated_title(spans: list[Span], text: str) -> list[Span]:
    """``Name. 2025. Title. *Corpora*.`` (an article out before its volume) with the journal, in italics after the
    title's full stop and closing the reference, read into the title: the title, then the journal."""
    if len(spans) < 2 or spans[-1].label != "title" or spans[-2].label != "date":
        return spans
    last = spans[-1]
    m = _CLOSING_ITALIC.search(text, last.start, last.end)
    if m is None or m.start() <= last.start or "*" in text[last.start : m.start()]:
        return spans
    a, z = m.span("work")
    return [
        *spans[:-1],
        Span("title", text[last.start : m.start()], last.start, m.start(), last.confidence),
        Span("journal", text[a:z], a, z, last.confidence),
    ]
