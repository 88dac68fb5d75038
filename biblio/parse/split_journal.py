"""A reader's record that cut the model's journal in two: the ACS's ``Zheng, B.; Fang, L. J. Exp. Clin. Cancer
Res. 2022, 41 (1), 179.`` names no article title, and the APA reader, taking the abbreviations for initials,
reads ``Clin`` as the title and ``Cancer Res`` as the journal. Where the model found a journal and no title,
and the reader's title is a word or two from inside it, after its first words (which the reader took into
the names), the reader did not find its style. (A reader's title that opens the model's journal is the
model's merging two fields, not the reader's cutting one; a longer one is a work's title the model
merged with a name.)

A reader's record can also cut a journal whose name holds a colon into a place and a publisher: Harvard's
``Title. The Comics Grid: Journal of Comics Scholarship. 6, p.13.`` read as a book published at "The Comics
Grid" by "Journal of Comics Scholarship", the volume after it left over (``journal_as_imprint``).

And a reader can cut an abbreviated journal at its first abbreviation's period: the physics and chemistry
lists' untitled ``Lee, T.D., Yang, C.N.: Phys. Rev. 104, 254 (1956)`` read by the LNCS reader as the title
"Phys" in the journal "Rev." (``abbreviation_cut``), or take those first words into the title the model ended
before them: EPTCS's ``Title. Bull. Inst. Combin. Appl. 97, pp. 54–66.`` read by the APA reader as the title
"Title. Bull" in the journal "Inst. Combin. Appl." (``journal_head_in_title``)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.review.signals import fold
from biblio.records.model import Item, source_text

# one word of a journal's abbreviated name: "Phys.", "J.", "Int.", "An." (a short capitalised word and its
# period), or a small word between such ("Int. J. of Theor. Phys.")
_ABBREVIATED_WORD = lazy_pattern(r"[A-Z][a-z]{0,4}\.|of|and|&|de|der|für")


def journal_split(found: Item, model: Item) -> bool:
    """Whether the reader's title is a word or two from inside the model's one journal (its journal, if
    any, the journal's words after them)."""
    journal = f" {fold(str(model.get('container-title', '')))} "
    title = fold(str(found.get("title", "")))
    if "title" in model or not title or len(title.split()) > 2 or journal.startswith(f" {title} "):
        return False
    container = fold(str(found.get("container-title", "")))
    return f" {title} {container} ".replace("  ", " ") in journal


def journal_as_imprint(found: Item, model: Item) -> bool:
    """Whether the reader's place and publisher, joined at their colon, are the model's journal, which the
    model read with its volume or pages (a book's imprint has neither after it); or its publisher alone is the
    journal, which both read with a volume and a page."""
    journal, place, publisher = model.get("container-title"), found.get("publisher-place"), found.get("publisher")
    if not journal or not publisher or "container-title" in found:
        return False
    if not place:
        # the journal alone as the publisher (APA's ``Title [Software]. Journal, 8(1), 014003.``): the model read
        # it with a volume and a page, and the reader kept those numbers on its book
        if not ("volume" in model and "page" in model and "volume" in found and "page" in found):
            return False
        return " ".join(fold(str(publisher)).split()) == " ".join(fold(str(journal)).split())
    if "volume" not in model and "page" not in model:
        return False
    return " ".join(fold(f"{place}: {publisher}").split()) == " ".join(fold(str(journal)).split())


def abbreviation_cut(found: Item, model: Item) -> bool:
    """Whether the reader's title is only the first abbreviated words of the model's journal (the model read
    no title): ``Phys`` and ``Rev.`` for ``Phys. Rev.``, ``Int. J. of Theor`` and ``Phys.`` for ``Int. J. of
    Theor. Phys.``. A title of its own is rarely a few abbreviations, each closed by its period."""
    title, container = str(found.get("title", "")), str(found.get("container-title", ""))
    if "title" in model or not title or not container:
        return False
    # "Other. *J*, 3, 1-2": the source sets the journal apart in italics, so the word before it is a title
    source = source_text(found) or source_text(model)
    if any(f"{mark}{container}{mark}" in source for mark in ("*", "_")):
        return False
    words = f"{title}.".split()
    if len(words) > 4 or not all(_ABBREVIATED_WORD.fullmatch(w) for w in words):
        return False
    return fold(f"{title} {container}") == fold(str(model.get("container-title", "")))


def journal_head_in_title(found: Item, model: Item) -> bool:
    """Whether the reader's title is the model's title and then the first words of the model's journal, its
    journal (if any) the rest: ``Title. Bull`` and ``Inst. Combin. Appl.`` for the model's ``Title`` and
    ``Bull. Inst. Combin. Appl.``."""
    title, journal = fold(str(model.get("title", ""))), fold(str(model.get("container-title", "")))
    found_title = fold(str(found.get("title", "")))
    if not title or not journal or not found_title.startswith(f"{title} "):
        return False
    head = found_title[len(title) :].strip()
    if len(head.split()) > 3 or not journal.startswith(f"{head} "):
        return False
    # the cut falls at an abbreviation's period ("Bull.", "London Math."), not between words in full
    cut_at = str(model.get("container-title", "")).split()[len(head.split()) - 1]
    if not _ABBREVIATED_WORD.fullmatch(cut_at):
        return False
    rest = fold(str(found.get("container-title", "")))
    return not rest or journal.endswith(f" {rest}")


def journal_read_as_book(found: Item, model: Item) -> bool:
    """Whether the reader took a reference with no title (the IUCr's ``Sheldrick, G. M. (2015). Acta Cryst. C71,
    3–8.``) for a book: its title is the model's journal, which the model read with its volume and pages, and
    its record has no container."""
    journal = model.get("container-title")
    if "title" in model or not journal or "container-title" in found or "volume" not in model or "page" not in model:
        return False
    return fold(str(found.get("title", ""))) == fold(str(journal))
