"""A reference's opening read as one note: ``Kissel R. Guidelines for media sanitization. NIST SP 800-88, 2014.``

Where the labeller meets an agency's document code it has rarely seen (``NIST SP 800-88``), it may read all
before the date as one note, names and title with it. A note that opens the reference with a name list in
Vancouver's form, or a body's name, closed by a full stop, holds the authors, then the title up to the next
full stop; what follows stays a note.
"""

from __future__ import annotations

from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.mends.vancouver_names import LIST_STOP, vancouver_list
from biblio.parse.normalisers.names import has_org_name_word, looks_personal
from biblio.parse.spans import Span

# a body's name is a few words, with no digit (``National Institute of Standards and Technology``)
_MAX_BODY_WORDS = 10


def _body(head: str) -> bool:
    words = head.split()
    return (
        1 < len(words) <= _MAX_BODY_WORDS
        and not any(c.isdigit() for c in head)
        and has_org_name_word(head)
        and not looks_personal(head)
    )


@needs(labels=["note"])
def names_out_of_opening_note(spans: list[Span], text: str) -> list[Span]:
    """The authors and the title out of a note that opens the reference with names closed by a full stop."""
    k = 1 if spans and spans[0].label == "citation-number" else 0
    if k >= len(spans) or spans[k].label != "note":
        return spans
    note = spans[k]
    stop = LIST_STOP.search(text, note.start, note.end)
    if stop is None or stop.end() >= note.end:
        return spans
    head = text[note.start : stop.start()]
    if not (vancouver_list(head) or _body(head)):
        return spans
    title_at = stop.end()
    after = LIST_STOP.search(text, title_at, note.end)
    title_end = after.start() + 1 if after else note.end
    if len(text[title_at:title_end].split()) < 2:
        return spans
    new = [
        Span("author", text[note.start : stop.start() + 1], note.start, stop.start() + 1, note.confidence),
        Span("title", text[title_at:title_end], title_at, title_end, note.confidence),
    ]
    if after and after.end() < note.end:
        new.append(Span("note", text[after.end() : note.end], after.end(), note.end, note.confidence))
    return replaced(spans, text, note.start, note.end, new)
