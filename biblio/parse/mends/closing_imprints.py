"""Mends of the publisher that closes an author-date reference: Chicago's, Elsevier Harvard's, the ASA's, the
AAA's, SAGE Harvard's or ISO 690's ``Names. 2017. Title. Bank of England.`` (``…. Digital Curation Centre,
Edinburgh.`` with its place after a comma).

With the year after the names there is no imprint's year to end the publisher on, and the labeller reads the
publisher's short name into the title. In these styles the title's last sentence, closing the reference, is the
publisher: a book's, a report's or a data set's. Not a kind of work (``Unpublished report.``, ``Working paper.``),
a series or a medium; and not where an address follows, as a web page's site is named there
(``apa_web_tails.publisher_or_site_in_title``).
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import LINK_LABELS
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# the title's last sentence: a stop after a word (not an initial, "Vol.", "No."), a capitalised name of up to
# six words, and its place after a comma
_CLOSING_NAME = lazy_pattern(
    r"(?<=[^\W\d_]{2})(?<!\bVol)(?<!\bNo)(?<!\bEd)(?<!\bed)\.\s+"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|the|de|&)){0,5})"
    r"(?:,\s+(?P<place>[A-Z][\w'’. -]{1,40}))?[.\s]*$"
)
# a kind of work, a medium or a series, not a publisher's name
_NOT_A_PUBLISHER = lazy_pattern(
    r"(?i)\b(?:report|paper|manuscript|thesis|dissertation|lecture|presentation|broadcast|web|online|series|"
    r"edition|edn|vol|volume|draft|preprint|abstract|review|blog|podcast|video|software|dataset|data set|"
    r"unpublished|forthcoming|in press|accessed|retrieved|available|translated|trans|edited)\b"
)
# a firm's or a body's name of two words or more, with no digit ("Winter.", "Lithos.",
# "Worcester.", "F1417-11a." alone close references as a publisher, a journal in press, a place, a standard's number:
# the dev split's AnyStyle data hold all of these, so one word alone decides nothing, save before its town:
# "Alcan, Genève.")
_NAMED_FIRM = lazy_pattern(r"^[^\W\d_][^\d\s]*(?:\s+[^\d\s]+)+$")
_HELD = frozenset(["publisher", "container-title", "journal", "volume", "issue", "pages", "editor", "genre"])


def _imprint_cut(s: Span, m: re.Match[str], cut: int, text: str, order: tuple[str, ...]) -> list[Span]:
    """The title span ``s`` cut at ``cut`` (an offset into its text) and the imprint the match ``m`` found in it: its
    groups ``name`` (the publisher) and ``place`` (the location, where the match has it) in ``order``."""
    c = s.start + cut
    out = [Span("title", text[s.start : c], s.start, c, s.confidence)]
    for label in order:
        group = "name" if label == "publisher" else "place"
        a, z = s.start + m.start(group), s.start + m.end(group)
        out.append(Span(label, text[a:z], a, z, s.confidence))
    return out


@needs(labels=("date", "title"), without=_HELD)
def publisher_closes_dated_title(spans: list[Span], text: str) -> list[Span]:
    """``Thomas, R. 2017. | A Millennium of UK Data. Bank of England.`` read as one title after the year:
    the title's last sentence, where nothing but an address follows it, is the publisher (its place after a
    comma)."""
    if any(s.label in _HELD for s in spans):  # (its declared needs: no imprint or source read yet)
        return spans
    dated = False
    for k, s in enumerate(spans):
        if s.label == "date":
            dated = True
            continue
        if s.label != "title":
            continue
        # nothing after it but the DOI, or the place the labeller read apart ("…, | Edinburgh.")
        after = spans[k + 1 :]
        town = after[0] if after and after[0].label == "location" and is_place(after[0].text.strip(" .")) else None
        if not dated or any(t.label != "doi" for t in after[1 if town else 0 :]):
            return spans
        if any(t.label == "location" for t in spans[:k]):
            return spans
        m = _CLOSING_NAME.search(s.text.rstrip(" ,") if town else s.text)
        if m is None or len(s.text[: m.start()].split()) < 2 or _NOT_A_PUBLISHER.search(m.group(0)):
            return spans
        place, name = m.group("place"), m.group("name")
        placed = town is not None or place is not None  # a known town after it: one word is the publisher too
        if is_place(name) or place is not None and not is_place(place) or not (_NAMED_FIRM.search(name) or placed):
            return spans
        order = ("publisher", "location") if place is not None else ("publisher",)
        new = _imprint_cut(s, m, m.start() + 1, text, order)
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans


# Harvard's imprint closing the title's last sentence: a known town, a colon and a name with no full stop
# ("… Accounts 2021-22. Dundee: Office of the Scottish Charity Regulator.")
_CLOSING_IMPRINT = lazy_pattern(
    r"(?<=[^\W_]{2})(?<!\bVol)(?<!\bNo)(?<!\bEd)(?<!\bed)\.\s+"
    r"(?P<place>[A-Z][\w'’. -]{1,40}?(?:,\s+[A-Z][\w.]{1,12})?):\s+(?P<name>[A-Z][^.:;?!()\[\]]{1,80}?)[.\s]*$"
)

_ONE_WORD_TOWN = lazy_pattern(r"^[A-Z][a-z]{3,}$")


@needs(labels=("date", "title"), without=_HELD)
def imprint_closes_dated_title(spans: list[Span], text: str) -> list[Span]:
    """``OSCR (2022) | Annual Report 2021-22. Dundee: Office of the Scottish Charity Regulator.`` read as one title
    after the year: a known town, its colon and a name closing the reference are the place and the publisher."""
    if any(s.label in _HELD for s in spans):  # (its declared needs, as above)
        return spans
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        if not any(d.label == "date" for d in spans[:k]) or any(t.label not in LINK_LABELS for t in spans[k + 1 :]):
            return spans
        if ":" not in s.text or (m := _CLOSING_IMPRINT.search(s.text)) is None or len(s.text[: m.start()].split()) < 2:
            return spans
        if _NOT_A_PUBLISHER.search(m.group("name")):
            return spans
        # a town the list of places lacks: one capitalised word, where a link or an access date closes the reference
        # (the labeller reads the same imprint right with nothing after it)
        place = m.group("place")
        if not is_place(place) and not (k + 1 < len(spans) and _ONE_WORD_TOWN.match(place)):
            return spans
        new = _imprint_cut(s, m, m.start() + 1, text, ("location", "publisher"))
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans


# the title's last sentence as BibTeX's plain styles close a book before its edition and year: a name, then its town
# and region after commas ("… Derivatives. Prentice-Hall, Englewood Cliffs, New Jersey,")
_IMPRINT_BEFORE_YEAR = lazy_pattern(
    r"(?<=[^\W\d_]{2})(?<!\bVol)(?<!\bNo)(?<!\bEd)(?<!\bed)\.\s+"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|the|&)){0,5}),\s+"
    r"(?P<place>[A-Z][\w'’. -]{1,30}(?:,\s+[A-Z][\w'’. -]{1,30})?)\s*,?\s*$"
)
_AFTER_IMPRINT = frozenset(["edition", "date", *LINK_LABELS])


@needs(labels=("title", "date"), without=("publisher", "location", "journal", "container-title"))
def imprint_closes_title_before_year(spans: list[Span], text: str) -> list[Span]:
    """BibTeX plain's ``Names. Title. Prentice-Hall, Englewood Cliffs, New Jersey, 1st edition, 1973.`` with the
    imprint read into the title: the title's last sentence, a name then a known town (and its region) before the
    edition and the closing year, is the publisher and the place."""
    for k, s in enumerate(spans):
        if s.label == "date":
            return spans  # the year after the names: the other mends' form
        if s.label != "title":
            continue
        after = spans[k + 1 :]
        if not after or any(t.label not in _AFTER_IMPRINT for t in after) or after[0].label not in ("edition", "date"):
            return spans
        m = _IMPRINT_BEFORE_YEAR.search(s.text)
        if m is None or len(s.text[: m.start()].split()) < 2 or _NOT_A_PUBLISHER.search(m["name"]):
            return spans
        if not is_place(m["place"]) or is_place(m["name"]):
            return spans
        return [*spans[:k], *_imprint_cut(s, m, m.start() + 1, text, ("publisher", "location")), *after]
    return spans


# Italian and French books' imprint after the title's last commas: a town, then the publisher's capitalised name
# ("…, i modelli e la mimesi, Bologne, Minerva", "…, Lecce, Milella.")
_TOWN_THEN_NAME = lazy_pattern(
    r",\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?),\s+"
    r"(?P<name>[A-ZÀ-Þ][\w&'’-]*(?:\s+(?:[A-ZÀ-Þ][\w&'’-]*|[A-Z]\.)){0,3})[.,\s]*$"
)
_AFTER_TOWN_IMPRINT = frozenset(["date", "pages", *LINK_LABELS])


@needs(labels=["title"], without=(*_HELD, "location"), marks=(", ",))
def town_and_publisher_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``M. Rossi, L’ombra dell’autore, Lecce, Milella.`` or ``…, i modelli e la mimesi, Bologne, Minerva, 1999.``
    with the imprint, written town first as Italian and French lists do, read into the title: a known town and a
    name that is no place after the title's last commas, closing the reference (or before its year, pages or link),
    are the place and the publisher."""
    if any(s.label in _HELD or s.label == "location" for s in spans):
        return spans  # (its declared needs: an imprint or a source already read)
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        if any(t.label not in _AFTER_TOWN_IMPRINT for t in spans[k + 1 :]):
            return spans
        m = _TOWN_THEN_NAME.search(s.text)
        if m is None or len(s.text[: m.start()].split()) < 2 or not is_place(m["place"]) or is_place(m["name"]):
            return spans
        if _NOT_A_PUBLISHER.search(m["name"]):
            return spans
        new = _imprint_cut(s, m, m.start(), text, ("location", "publisher"))
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans
