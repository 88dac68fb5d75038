"""The forms of the Ecological Society of America's journals and many ecology lists. The chapter: ``Brown, J. H. 1998.
The desert granivory experiments at Portal. Pages 71–95 in W. J. Resetarits and J. Bernardo, editors. Experimental
Ecology. Oxford University Press, New York.``: the names, the bare year, the chapter's title, then ``Pages X–Y in``,
the editors named first-initials-first and their role word, the book, the publisher and its town. The model reads
the title's last word as the book, ``Pages … in`` into the title, or the book into the publisher; the marks say
where each part runs."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.spans import Span

# names (no digits), ". Year. ", the title with its full stop (kept: a title left open runs on into what follows
# to the other mends), "Pages X–Y in Names, editor(s). Book.
# Publisher, Town[, State][, Country]." and what follows left to the model (a note, an address)
_ESA_CHAPTER = lazy_pattern(
    r"^(?P<names>[^\d]{1,400}?\S)\s(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\.\s+"
    r"(?P<title>[^\W\d_].{1,400}?[^\W_][?!.]?)\s+"
    r"(?P<pages>[Pp]ages?\s[A-Za-z]?\d+(?:\s*[-\u2013\u2014]\s*[A-Za-z]?\d+)?)\s+in\s+"
    r"(?:(?P<editors>[A-Z][^\d]{1,300}?),\s(?:editors?|eds?\.?)\.\s+)?"
    r"(?P<book>[^\W\d_][^.]{1,300}?[^\W_][?!]?\.)\s+"
    r"(?:(?P<edition>(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s(?:edition|ed\.?|edn\.?))\.?\s+)?"
    r"(?P<publisher>[A-Z][^,.()]{1,80}?),\s+"
    r"(?P<place>[A-Z][^,.()\d]{1,40}(?:,\s+(?:[A-Z]\.\s?){2}|,\s+[A-Z][A-Za-z]{1,20}(?:\s[A-Z][a-z]+)?){0,2})"
    r"(?=\.?\s*$|\.?\s+\(|\.\s)"
)
_PARTS = (
    ("author", "names"),
    ("date", "year"),
    ("title", "title"),
    ("pages", "pages"),
    ("editor", "editors"),
    ("container-title", "book"),
    ("edition", "edition"),
    ("publisher", "publisher"),
    ("location", "place"),
)


@needs(marks=(" in ",), words=("pages",))
def esa_pages_in_chapter(spans: list[Span], text: str) -> list[Span]:
    """``Names. Year. Title. Pages X–Y in Editors, editors. Book. Publisher, Town.`` with the title's end read as
    the book, ``Pages … in`` left in the title or the book read into the publisher: each part as its marks say."""
    m = _ESA_CHAPTER.match(text)
    if m is None:
        return spans
    new = [Span(label, m[g], m.start(g), m.end(g)) for label, g in _PARTS if m[g]]
    return read_anew(spans, text, 0, m.end("place"), new)


# the ESA's journal closing the reference with its numbers after a colon and no volume (an article number or the
# PNAS's early number: "Ecological Applications: e2694", "… of Sciences:201710231") or with the volume set off by a
# second colon ("Ecology: 105:e4406"); the model reads the name as a town or a publisher. After the title's stop,
# a name of words without digits or stops, then the numbers and the end; an identifier's label is no journal
# ("PMID: 17539252", "UMI Number: 9836069").
_COLON_NUMBERS = lazy_pattern(
    r"(?<=[.?!]\s)(?!(?:PMID|PMCID|PMC|UMI|ISBN|ISSN|OCLC|LCCN|DOI|ERIC|Accession|Order|Report|Grant|Patent|Case)\b)"
    r"(?P<journal>[A-Z][^\W\d_][^\d:.;,()\[\]]{0,100}?(?<!\sNumber)(?<!\sNo)(?<!\sID):)\s?(?:(?P<volume>\d{1,4}:)\s?)?"
    r"(?P<pages>[A-Za-z]?\d{1,10}(?:\s*[-\u2013]\s*[A-Za-z]?\d{1,10})?)\.?\s*$"
)
# a name closed by a number's word is a series' or a document's (``NBER Working Paper: 24567``, ``Contract no:``)
_NUMBERED = lazy_pattern(r"(?i)\b(?:papers?|reports?|series|numbers?|no|nr|contract|grant|id|code)\s*:$")
# with no volume, only an article's number tells a journal's name from a town's ("Boston: 24", "London: 1998")
_ARTICLE_NUMBER = lazy_pattern(r"[A-Za-z]\d{3,10}|\d{5,10}")
# what the model may have read the name and its numbers as
_READ_AS = frozenset(["journal", "location", "publisher", "volume", "pages", "container-title", "note", "other"])


@needs(marks=(":",))
def esa_colon_numbers_closing(spans: list[Span], text: str) -> list[Span]:
    """``Title. Journal: 105:e4406`` or ``Title. Journal:201710231`` closing the reference, with the journal read as
    a town or a publisher, the number as a publisher, or the title and the journal as one note: the journal, its
    volume and its page (and the note before it, opened after the date, the title)."""
    if not text.rstrip(" .")[-1:].isdigit():
        return spans
    m = _COLON_NUMBERS.search(text)
    if m is None or m["volume"] is None and not _ARTICLE_NUMBER.fullmatch(m["pages"]) or _NUMBERED.search(m["journal"]):
        return spans
    a = m.start("journal")
    k = next((i for i, s in enumerate(spans) if s.end > a), len(spans))
    inside = spans[k:]
    if not inside or any(s.label not in _READ_AS for s in inside[1:]):
        return spans
    first = inside[0]
    new: list[Span] = []
    if first.start < a:
        # the title run on into the journal, or read with it as a note after the date: the title to the journal
        if first.label not in ("title", "note") or first.label == "note" and (k == 0 or spans[k - 1].label != "date"):
            return spans
        new.append(
            Span(
                "title", text[first.start : a].rstrip(), first.start, first.start + len(text[first.start : a].rstrip())
            )
        )
        a = first.start
    elif first.label not in _READ_AS:
        return spans
    parts = (("journal", "journal"), ("volume", "volume"), ("pages", "pages"))
    new += [Span(label, m[g], m.start(g), m.end(g)) for label, g in parts if m[g]]
    return read_anew(spans, text, a, m.end("pages"), new)
