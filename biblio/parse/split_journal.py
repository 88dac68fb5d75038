"""A reader's record that cut the model's journal in two: the ACS's ``Zheng, B.; Fang, L. J. Exp. Clin. Cancer
Res. 2022, 41 (1), 179.`` names no article title, and the APA reader, taking the abbreviations for initials,
reads ``Clin`` as the title and ``Cancer Res`` as the journal. Where the model found a journal and no title,
and the reader's title is a word or two from inside it, after its first words (which the reader took into
the names), the reader did not find its style. (A reader's title that opens the model's journal is the
model's merging two fields, not the reader's cutting one; a longer one is a work's title the model
merged with a name.)"""

from __future__ import annotations

from biblio.parse.review.signals import fold
from biblio.records.model import Item


def journal_split(found: Item, model: Item) -> bool:
    """Whether the reader's title is a word or two from inside the model's one journal (its journal, if
    any, the journal's words after them)."""
    journal = f" {fold(str(model.get('container-title', '')))} "
    title = fold(str(found.get("title", "")))
    if "title" in model or not title or len(title.split()) > 2 or journal.startswith(f" {title} "):
        return False
    container = fold(str(found.get("container-title", "")))
    return f" {title} {container} ".replace("  ", " ") in journal
