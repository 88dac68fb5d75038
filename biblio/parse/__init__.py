"""Reference strings -> CSL-JSON records.

``parse_reference(text)`` is the public entry point.  The layout follows the
pipeline: ``tokens`` (offsets, markup as attributes) -> ``features/`` (one unit
per kind of evidence) -> ``model/`` (the trained CRF labeller, marginals ->
spans) -> ``assemble`` + ``normalisers/`` (spans -> CSL values) ; ``readers/``
holds structured readers for styles known exactly (APA) and the fallback for
text too long to be one reference; ``chooser`` picks a reading and
``confidence`` says how sure it is.  ``training/`` rebuilds the model.

``read_reference`` runs the units unguarded (tests call it, so a crash fails
them); ``parse_reference`` adds the safety net for users: a bug in a parsing
unit degrades to the ``unparsed`` record, flagged ``needs-review``.
"""

from __future__ import annotations

from biblio.parse.citation_label import (
    keep_label,
    names_and_title_again,
    names_closed_at_key,
    numbered_body_author,
    split_label,
)
from biblio.parse.input_text import tidy_input
from biblio.parse.mends.annotations import (
    annotation_apart,
    later_printing_apart,
    siglum_apart,
    title_first_edition_apart,
)
from biblio.parse.mends.contributors import bracketed_contributor_apart, collaborators_apart
from biblio.parse.mends.counted_colleagues import counted_colleagues_as_et_al, scandinavian_et_al
from biblio.parse.mends.licence_notes import licence_apart
from biblio.parse.mends.translated_titles import translated_titles_apart
from biblio.parse.mends.various_authors import various_authors_apart
from biblio.parse.normalisers.edition import raised_edition_apart
from biblio.parse.normalisers.given_first import given_first_families, one_word_title_as_given
from biblio.parse.normalisers.handles import handles_apart
from biblio.parse.normalisers.hosts import add_note, closing_address_apart
from biblio.parse.normalisers.identifiers import eprint_apart, preprint_words_apart, pubmed_ids_apart
from biblio.parse.normalisers.names import parse_names
from biblio.parse.normalisers.opening_authors import (
    abbreviated_body_author,
    abnt_body_author,
    author_named_again_as_contributor,
    capitals_pair_author,
    clerical_family_first,
    described_name_title,
    family_year_opening,
    host_named_author,
    opening_name_author,
    paper_and_day,
    quoted_title_opening,
)
from biblio.parse.normalisers.proceedings_publishers import proceedings_publisher_apart
from biblio.parse.normalisers.quoted import quoted_title_dash_note
from biblio.parse.readers.cjk import comma_parts_record
from biblio.parse.readers.fallback import parse_fallback, unparsed
from biblio.parse.written_spacing import written_spacing
from biblio.records.model import NEEDS_REVIEW, Item, add_flag, biblio_data, flags

__all__ = ["Item", "parse_reference", "read_reference"]

# Longer than any real reference (a 21-author APA entry runs to ~1,500 characters):
# such text is a run of several references or prose, and only the fallback's
# linear-time extraction runs on it.
MAX_REFERENCE_CHARS = 4000
# Below this a structured reader's record is flagged for review, as the chooser's are.
CONFIDENT = 0.8


def read_reference(text: str) -> Item:
    """Parse one non-blank reference string; exceptions from the parsing units propagate.
    Every reader reads the text tidied of PDF and web noise (``input_text``); the record's
    ``custom.biblio.source`` is the text as given."""
    if len(text) > MAX_REFERENCE_CHARS:
        item = parse_fallback(text)
        add_flag(item, NEEDS_REVIEW)
        return item
    from biblio.parse.chooser import choose  # the model loads on first use, not on import
    from biblio.parse.review.signals import misread_shape

    tidy = tidy_input(text)
    label = split_label(tidy)
    body = tidy if label is None else tidy[label.end :]
    body, licence = licence_apart(body)
    body, collaborators = collaborators_apart(body)
    body, bracket_role, bracket_names = bracketed_contributor_apart(body)
    body, annotation = annotation_apart(body)
    body, siglum = siglum_apart(body)
    body, later_printing = later_printing_apart(body)
    body, first_edition = title_first_edition_apart(body)
    body, translations = translated_titles_apart(body)
    body = scandinavian_et_al(counted_colleagues_as_et_al(various_authors_apart(body)))
    body, raised_edition = raised_edition_apart(body)
    exclusive = exclusive_reading(body)
    item = exclusive or choose(body)
    if exclusive is None and label is not None and label.variable == "citation-label":
        # (the key names the persons: a reading that ran the names into the title is read again, the names closed)
        closed = names_closed_at_key(item, label.value, body)
        if closed is not None:
            names_and_title_again(item, choose(closed))
    item = comma_parts_record(body, item) or item
    if label is not None:
        item = keep_label(item, label, tidy)
    else:
        numbered_body_author(item, body)
    if bracket_role and bracket_names and not item.get(bracket_role) and (contributors := parse_names(bracket_names)):
        item[bracket_role] = contributors
    if raised_edition and not item.get("edition"):
        item["edition"] = raised_edition
    pubmed_ids_apart(item)
    eprint_apart(item)
    preprint_words_apart(item)
    handles_apart(item)
    proceedings_publisher_apart(item)
    host_named_author(item)
    abbreviated_body_author(item, body)
    family_year_opening(item)
    paper_and_day(item)
    opening_name_author(item)
    described_name_title(item, body)
    quoted_title_opening(item, body)
    quoted_title_dash_note(item)
    abnt_body_author(item, body)
    capitals_pair_author(item, body)
    clerical_family_first(item, body)
    author_named_again_as_contributor(item)
    closing_address_apart(item, body)
    given_first_families(item, body, label.value if label is not None and label.variable == "citation-label" else None)
    one_word_title_as_given(item, body)
    written_spacing(item, text, tidy)
    for statement in (collaborators, licence, annotation, siglum, later_printing, first_edition, translations):
        if statement:
            add_note(item, statement)
    # the final record's values checked again: the steps above move some after the score (a record
    # already flagged needs no second look)
    if NEEDS_REVIEW not in flags(item) and misread_shape(item, body, scored=exclusive is None):
        add_flag(item, NEEDS_REVIEW)
    if tidy != text:
        biblio_data(item)["source"] = text
    return item


def exclusive_reading(text: str) -> Item | None:
    """The record of a reader whose style's marks ``text`` carries (readers.EXCLUSIVE), if any."""
    from biblio.parse.readers import EXCLUSIVE
    from biblio.parse.readers.closing_links import read_before_links

    for _name, read in EXCLUSIVE:
        found = read_before_links(read, text)
        if found is not None:
            if found.confidence < CONFIDENT:
                add_flag(found.item, NEEDS_REVIEW)
            return found.item
    return None


def parse_reference(text: str) -> Item:
    """Parse one reference string into a CSL-JSON item without ``id``; never raises."""
    if not isinstance(text, str):
        text = str(text)
    if not text.strip():
        return unparsed(text)
    try:
        item = read_reference(text)
    except Exception:  # noqa: BLE001 - a parser bug must not lose the reference
        item = unparsed(text)
        add_flag(item, NEEDS_REVIEW)
        return item
    item.setdefault("custom", {}).setdefault("biblio", {})["source"] = text
    return item
