"""An italic run that a field's end cuts in two: the whole run is the later field."""

from __future__ import annotations

from biblio.parse.mends.common import divided, emphasis_runs
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_JOURNALS = frozenset(["journal", "container-title"])


@needs(labels=["title"], any_label=("journal", "container-title"), marks=["*", "_", "<"])
def italic_journal_cut_from_title(spans: list[Span], text: str) -> list[Span]:
    """Nature's ``Title of the article. *Wellcome Open Res*. 5:112 (2020).`` with the title read on into the
    italic journal's name and the journal left its closing mark: the run opens after the title's full stop,
    so the title ends there and the run is the journal's name."""
    for run in emphasis_runs(text):
        k = next((i for i, s in enumerate(spans) if s.label == "title" and s.start < run.start < s.end < run.end), None)
        if k is None or k + 1 >= len(spans):
            continue
        title, journal = spans[k], spans[k + 1]
        head = text[title.start : run.start].rstrip()
        if journal.label not in _JOURNALS or not journal.start <= run.text_end < journal.end:
            continue
        if not head or head[-1] not in ".?!":  # ("" is in every string: a title of blanks closes no sentence)
            continue
        return [
            *spans[:k],
            Span("title", head, title.start, title.start + len(head), title.confidence),
            Span(journal.label, text[run.start : journal.end], run.start, journal.end, journal.confidence),
            *spans[k + 2 :],
        ]
    return spans


@needs(any_label=("journal", "container-title"), without=["title"], marks=["*", "_", "<"])
def title_read_into_italic_journal(spans: list[Span], text: str) -> list[Span]:
    """The Unified Style Sheet's ``2008. CIA leaks. *The Philosophical Review* 117(1). 77–98.`` with the title
    read into the journal and no title read: the italic run that opens after a full stop inside the journal's
    span and runs to its end is the journal; the sentence before it is the title."""
    if any(s.label == "title" for s in spans):
        return spans  # (what its declaration says: a reading with a title is left as it is)
    for run in emphasis_runs(text):
        k = next(
            (
                i
                for i, s in enumerate(spans)
                if s.label in _JOURNALS and s.start < run.start and run.end >= s.end > run.text_start
            ),
            None,
        )
        if k is None:
            continue
        journal = spans[k]
        head = text[journal.start : run.start].rstrip()
        if len(head) < 3 or head[-1] not in ".?!" or not any(c.isalpha() for c in head):
            continue
        return divided(spans, k, len(head), run.start - journal.start, "title", journal.label)
    return spans
