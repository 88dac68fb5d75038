"""Mends of a letter cited in a note: ``Fish to James B. Partridge, September 18, 1874, NARA, RG 59, …``.

Chicago cites a letter in an archive by its writer, its recipient and its date, then by where it is
kept (a collection, a box, the repository); the model, which learned names before titles, takes the
recipient for the author or the whole opening for a title, and the collection for a journal with a
volume. The writer is the author and the date the date; the recipient and the letter's place in the
archive are no field of the record.
"""

from __future__ import annotations

from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import group_spans
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# A person as a note names them: "Fish", "S. Wells Williams", "Senator John Danaher", "Robert Barry".
_PERSON = r"[A-Z][\w'’\-]*\.?(?:\s+(?:[A-Z][\w'’\-]*\.?|de|van|von|du|da|le|la)){0,3}"
# (the month written out, or in Chicago's abbreviation: "Feb. 18, 1788", "Sept. 3, 1939")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)"
)
# (the day a letter was written, or two days of one: "14 and 30 July 1916", "July 14 and 30, 1916")
_DAYS = r"\d{1,2}(?:\s+and\s+\d{1,2})?"
_LETTER = lazy_pattern(
    r"^(?P<number>\d{1,4}\.\s+)?"
    rf"(?:(?:See|Cf\.)(?:\s+also)?\s+)?(?P<writer>{_PERSON})\s+to\s+{_PERSON}"
    rf"(?:,?\s+(?:and|&)\s+{_PERSON})?,\s+(?P<date>{_MONTH}\s+{_DAYS},\s+\d{{4}}|{_DAYS}\s+{_MONTH}\s+\d{{4}})"
    r"(?P<end>[,.;]\s*|\s*$)"
)


_MONTH_AT = lazy_pattern(_MONTH)


# the published collection a letter is cited in: "in Book, ed. Names (Place: Publisher, 2008), 56."
_IN_BOOK = lazy_pattern(
    r"in\s+(?P<book>[^()]+?),\s+(?:ed\.|eds\.|edited\s+by)\s+(?P<editors>[^()]+?)\s+"
    r"\((?P<place>[^():]+?):\s+(?P<publisher>[^()]+?),\s+(?P<year>(?:1[5-9]|20)\d\d)\)"
    r"(?:,\s+(?P<pages>[\divxlc]+(?:\s*[-–]\s*\d+)?))?\.?"
)
_BOOK_PARTS = (
    ("container-title", "book"),
    ("editor", "editors"),
    ("location", "place"),
    ("publisher", "publisher"),
    ("note", "year"),
    ("pages", "pages"),
)


@needs(marks=[" to "])
def letter_opening(spans: list[Span], text: str) -> list[Span]:
    """``Writer to Recipient, Month D, YYYY, Collection, Box 2, Repository.``: the writer is the author,
    the date the date; the recipient and where the letter is kept are kept in the note."""
    if " to " not in text or (m := _LETTER.match(text)) is None:
        return spans
    confidence = min((s.confidence for s in spans), default=1.0)
    d = m.start("date")
    if " and " in m.group("date") and (month := _MONTH_AT.search(m.group("date"))) and month.start():
        d += month.start()  # two days of one month ("14 and 30 July 1916"): the month is the date
    mended = [
        Span("author", m.group("writer"), m.start("writer"), m.end("writer"), confidence),
        Span("note", text[m.end("writer") : d], m.end("writer"), d, confidence),
        Span("date", text[d : m.end("date")], d, m.end("date"), confidence),
    ]
    lead = m.end("number") if m.group("number") else 0
    if lead < m.start("writer"):
        mended.insert(0, Span("other", text[lead : m.start("writer")], lead, m.start("writer"), confidence))
    if m.group("number"):
        # a note's number before the writer
        z = m.end("number")
        mended.insert(0, Span("citation-number", text[:z], 0, z, confidence))
    rest = text[m.end() :].rstrip()
    if (book := _IN_BOOK.fullmatch(text, m.end(), m.end() + len(rest))) is not None:
        # "in *Words in Air*, ed. Thomas Travisano (New York: Farrar, Straus and Giroux, 2008), 56.": the letter as
        # the collection prints it, with the collection's editors and imprint (its year a note: the letter's date is
        # the record's)
        return [*mended, *(replace(s, confidence=confidence) for s in group_spans(book, _BOOK_PARTS))]
    if rest:
        mended.append(Span("note", rest, m.end(), m.end() + len(rest), confidence))
    return mended
