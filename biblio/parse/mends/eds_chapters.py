"""Mend of the Royal Society's chapter form: ``Title. In Readings in artificial intelligence (eds BL Webber,
NJ Nilsson), pp. 313–322. San Francisco, CA: Morgan Kaufmann.``

The book follows ``In``, its editors in brackets after ``eds`` (names given first, no full stops), then the
pages after ``pp.``. The labeller runs the editors' bracket into the book, or the book's last words into the
editors. The marks leave one reading of that stretch: book, editors, pages."""

from __future__ import annotations

from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# after a sentence's end: "In Book (eds Names), pp. 313–322." (a whole book's "In Book (ed Name). Place:
# Publisher." names no pages)
# (or, with no "In", an italic book straight after the quoted title: "“Title.” *Book* (ed. Name), pp. 39–64.")
_IN_BOOK_EDS = lazy_pattern(
    r"(?:(?<=[.?!]\s)In\s+|(?<=[.,?!][\u201d\"]\s)(?=\*))(?P<book>[^()]+?)\s+\(eds?\.?\s+(?P<editors>[^\W\d_][^()]*?)\)(?:,\s+"
    r"(?P<pages>pp?\.\s*[A-Za-z]?\d+(?:\s*[–-]\s*[A-Za-z]?\d+)?)(?=[.,]\s)|(?=\.\s+[A-Z]))"
)
_LABELS = (("container-title", "book"), ("editor", "editors"), ("pages", "pages"))


_WORKS = frozenset(["journal", "container-title", "title"])


@needs(marks=("(ed",))
def book_with_bracketed_eds(spans: list[Span], text: str) -> list[Span]:
    """``In Book (eds Names), pp. 1–9.`` (``In Book (ed Name). Place: Publisher.``, or ``“Title.” *Book* (ed.
    Name), pp. 39–64.`` with no ``In``) read with the editors in the
    book or the book in the editors: the book, its editors and the pages (and a name read as a journal after them,
    the JFM's ``pp. 166–178. Nauka.``, the publisher)."""
    m = _IN_BOOK_EDS.search(text)
    if m is None or not spans or m.start() <= spans[0].start:
        return spans
    inside = [s for s in spans if s.end > m.start() and s.start < m.end()]
    wanted = [(label, *m.span(group)) for label, group in _LABELS if m.start(group) >= 0]
    if [(s.label, s.start, s.end) for s in inside if s.label != "other"] == wanted:
        return spans
    conf = min(s.confidence for s in inside) if inside else spans[0].confidence
    new = [Span("other", "In", m.start(), m.start() + 2, conf)] if text.startswith("In", m.start()) else []
    new += [Span(label, text[a:z], a, z, conf) for label, a, z in wanted]
    if m.start("pages") < 0:  # the bracket closes the stretch: the place and publisher after it stand as read
        return replaced(spans, text, m.start(), m.end("editors") + 1, new)
    out = replaced(spans, text, m.start(), m.end("pages"), new)
    k = out.index(new[-1]) + 1
    # the one name after the pages, closing the reference or before its DOI, is the publisher
    closing = k + 1 == len(out) or k + 1 < len(out) and out[k + 1].label == "doi"
    if k < len(out) and out[k].label in _WORKS and closing:
        after = out[k]
        out[k] = Span("publisher", after.text, after.start, after.end, after.confidence)
    return out


# Wiley-VCH's chapter: ", in Book (Eds: A. Name, B. Name), Publisher, Place 2010, pp. 1–25." (the place and year
# with no comma between them); its books' author-date form gives the year after the names and none here:
# ", in Book (eds A. Name and B. Name), Publisher, Place, pp. 1–25." (the book holds no ", in")
_WILEY_CHAPTER = lazy_pattern(
    r",\s+in\s+(?P<book>(?:(?!,\s+in\s)[^()])+?)\s+\((?:Eds?\.?\s*:\s*(?P<editors>[^()]+)\)(?:,\s+(?P<volume>Vol\.\s+\w+))?,\s+"
    r"(?P<publisher>[^,()]+),\s+(?P<place>[^,()\d]+?(?:,\s+[A-Z]{2})?)\s+(?P<date>(?:1[89]|20)\d\d)"
    r"|eds?(?:\.\s*|\s+)(?P<eds>[^\W\d_][^()]*)\),\s+(?P<house>[^,()\d/]+)(?:,\s+(?P<town>[^,()\d/]+?(?:,\s+[A-Z]{2})?))?)"
    r"(?:,\s+(?P<pages>pp?\.\s*[A-Za-z]?\d+(?:\s*[–-]\s*[A-Za-z]?\d+)?)|,\s+Ch\.\s*\d+)?\.?\s*$"
)
_WILEY_LABELS = (
    ("container-title", "book"),
    ("editor", "editors"),
    ("volume", "volume"),
    ("publisher", "publisher"),
    ("location", "place"),
    ("date", "date"),
    ("editor", "eds"),
    ("publisher", "house"),
    ("location", "town"),
    ("pages", "pages"),
)


@needs(marks=("(Ed", "(ed"))
def wiley_chapter_tail(spans: list[Span], text: str) -> list[Span]:
    """Wiley-VCH's ``…, in Two-Dimensional Materials (Ed: P. K. Nayak), InTech, Rijeka 2016, pp. 1–25.`` with the
    book read into the editors or the editors' role into a name: after ``in``, the book, its editors (after
    ``Ed:``/``Eds:``), the volume, publisher, place, year and pages; or its author-date form's ``…, in Book (eds
    A. Name and B. Name), Publisher, Place, pp. 1–25.``: the book, editors, publisher, place and pages."""
    m = _WILEY_CHAPTER.search(text)
    if m is None or not spans or m.start() <= spans[0].start:
        return spans
    wanted = [(label, *m.span(group)) for label, group in _WILEY_LABELS if m.start(group) >= 0]
    inside = [s for s in spans if s.end > m.start("book") and s.start < m.end()]
    if [(s.label, s.start, s.end) for s in inside if s.label != "other"] == wanted:
        return spans
    conf = min(s.confidence for s in inside) if inside else spans[0].confidence
    new = [Span(label, text[a:z], a, z, conf) for label, a, z in wanted]
    out = replaced(spans, text, m.start(), m.end(), new)
    k = out.index(new[0])
    if k and out[k - 1].label == "editor" and not any(s.label == "author" for s in out):
        # Wiley's chapter names no title: the names before ", in" are its authors, run into the editors' span
        names = out[k - 1]
        out[k - 1] = Span("author", names.text, names.start, names.end, names.confidence)
    return out


# Science's chapter: "” in Book, S. Clark, E. E. Leach, Eds. (Boydell & Brewer, Woodbridge, 2005), pp. 141–51.": the
# editors close on their role, the bracket after it holds the imprint (house, town, year)
_ROLE_CLOSES = lazy_pattern(r",\s+Eds?\.$")


@needs(labels=["editor"], marks=("Ed. (", "Eds. ("))
def imprint_bracket_after_eds(spans: list[Span], text: str) -> list[Span]:
    """Science's ``…, S. Clark, E. E. Leach, Eds. (Boydell & Brewer, Woodbridge, 2005), pp. 141–51.`` with the
    bracket's house read as more editors: after the role that closes the editors, the bracket's first name is the
    publisher (a known town alone there, its place), the name after it the town."""
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label != "editor" or before.label != "editor" or not s.text.startswith("("):
            continue
        if not _ROLE_CLOSES.search(before.text) or text[before.end : s.start].strip():
            continue
        name = text[s.start + 1 : s.end].rstrip(" ,")
        if not name or "(" in name or ")" in name:
            return spans
        out = list(spans)
        after = spans[k + 1] if k + 1 < len(spans) else None
        town = after is not None and after.label in ("publisher", "location") and after.text.endswith(",")
        label = "publisher" if town or not is_place(name) else "location"
        out[k] = Span(label, text[s.start + 1 : s.end], s.start + 1, s.end, s.confidence)
        if town and after is not None:
            out[k + 1] = replace(after, label="location")
        return out
    return spans


# Vancouver's chapter: names, the title, "In:" (Spanish "En:", Portuguese "Em:") and the book's editors with their
# role, then the book: "Smith J, Brown K. Infección urinaria. En: Lewis DM, Jones P, eds. Manual de nefrología."
_V_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+){0,2}\s[A-Z]{1,3}"
_V_NAMES = rf"{_V_NAME}(?:,\s{_V_NAME})*(?:,?\s(?:et\s+al|y\s+cols?))?"
_VANCOUVER_CHAPTER = lazy_pattern(
    rf"(?P<names>{_V_NAMES})\.\s+(?P<title>[^.]+?[.?!])\s+(?:In|En|Em)\s?:\s+(?P<eds>{_V_NAMES}),\s+"
    r"(?P<role>eds?|editors?|editor[ae]s|coords?|dirs?|orgs?)\.\s+(?P<book>[^.]{3,}?)\.\s+(?=\S)"
)


@needs(marks=("In:", "En:", "Em:"))
def vancouver_chapter_opening(spans: list[Span], text: str) -> list[Span]:
    """Vancouver's ``Smith J, Brown K. Infección urinaria. En: Lewis DM, Jones P, eds. Manual de nefrología. 2.a
    ed. Madrid: …`` with the chapter's authors read as editors, or the book's editors in the title: the names,
    the title, the editors after "En:" with their role and the book, each to its full stop."""
    m = _VANCOUVER_CHAPTER.match(text)
    if m is None:
        return spans
    if any(s.label == "author" for s in spans) and not any(s.start < m.start("eds") < s.end for s in spans):
        return spans  # the authors read, and the editors apart: the reading stands
    new = [
        Span("author", text[m.start("names") : m.end("names") + 1], m.start("names"), m.end("names") + 1),
        Span("title", m.group("title"), m.start("title"), m.end("title")),
        Span("editor", text[m.start("eds") : m.end("role") + 1], m.start("eds"), m.end("role") + 1),
    ]
    for k, s in enumerate(spans):
        if s.label in ("container-title", "journal") and abs(s.start - m.start("book")) <= 1:
            # the book as read (its own full stops and all: "Die Althochdeutschen Glossen, vol. III"), a book's
            # name though the labeller took it for a journal's
            book = replace(s, label="container-title")
            return read_anew([*spans[:k], book, *spans[k + 1 :]], text, 0, m.end("role") + 1, new)
    return read_anew(spans, text, 0, m.end("book"), [*new, Span("container-title", m.group("book"), *m.span("book"))])


# the NSCA's chapter: "In:", the book to its full stop, then its editors inverted with their role: "In: Strength and
# Power in Sport. Komi, PV, ed. Oxford, United Kingdom: Blackwell Science, 2003. pp. 184–202."
_N_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+){0,2},\s[A-Z]{1,3}"
_BOOK_THEN_EDS = lazy_pattern(
    rf"\bIn:\s+(?P<book>[^.]{{3,}}?)\.\s+(?P<eds>{_N_NAME}(?:,?\s+(?:and\s+)?{_N_NAME})*),\s+(?P<role>eds?)\.(?=\s)"
)


@needs(marks=("In:",))
def book_before_inverted_eds(spans: list[Span], text: str) -> list[Span]:
    """The NSCA's ``In: Book. Komi, PV, ed. Place: Publisher, 2003. pp. 184–202.`` with the book's words read as
    editors (``Strength and Power in Sport`` as two names): the book to its full stop, then the editors and their
    role."""
    m = _BOOK_THEN_EDS.search(text)
    if m is None:
        return spans
    a, b, z = m.start(), m.start("book"), m.end("role") + 1
    new = [
        Span("container-title", text[b : m.end("book") + 1], b, m.end("book") + 1),
        Span("editor", text[m.start("eds") : z], m.start("eds"), z),
    ]
    return read_anew(spans, text, a, z, new)


# the ACM's editors after the book close on "(Eds.)." / "(Ed.)."
_EDS_CLOSE = lazy_pattern(r"\(Eds?\.\)\.\s*$")


@needs(labels=["container-title", "editor", "location"], marks=("(Ed",))
def book_after_acm_editors_is_publisher(spans: list[Span], text: str) -> list[Span]:
    """The ACM's chapter ``In Book, L. B. Resnick, … (Eds.). American Psychological Association, Washington, DC, USA,
    127–149.`` with the publisher read as a second book: after the book and its editors, a book's span before the
    publisher's place is the publisher."""
    for k in range(1, len(spans) - 1):
        s, before, after = spans[k], spans[k - 1], spans[k + 1]
        if s.label != "container-title" or before.label != "editor" or after.label != "location":
            continue
        if not _EDS_CLOSE.search(before.text) or not any(o.label == "container-title" for o in spans[: k - 1]):
            return spans
        return [*spans[:k], replace(s, label="publisher"), *spans[k + 1 :]]
    return spans


# Elsevier's "In: Names (Eds.), Book. Publisher, Place, pp. 33–37.": the book's span closing on a body's name
# ("Cooperative Research Centre for Greenhouse Accounting,") whose words name a house or a body
_BOOK_THEN_BODY = lazy_pattern(r"(?P<book>.*?[^\W\d_]\)?\.)\s+(?P<house>[A-Z][^.]*?),\s*$")
_BODY_WORDS = lazy_pattern(
    r"\b(?:Press|Publish\w*|Books|University|Institute|Society|Centre|Center|Council|Academy|Association|"
    r"Foundation|Agency|Service|Survey|Office|Commission|Verlag|Inc|Ltd|Company)\b"
)


@needs(labels=["editor", "container-title", "location"])
def body_closing_eds_book(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's ``In: Kirschbaum, M.U.F., Mueller, R. (Eds.), Net Ecosystem Exchange. Cooperative Research Centre
    for Greenhouse Accounting, Canberra, Australia, pp. 33–37.`` with the publisher read into the book, no publisher
    read: after the editors, the words after the book's full stop, before the town, that name a body, publish it."""
    if "publisher" in {s.label for s in spans}:
        return spans
    for k in range(1, len(spans) - 1):
        e, b, t = spans[k - 1], spans[k], spans[k + 1]
        if b.label != "container-title" or e.label != "editor" or t.label != "location":
            continue
        m = _BOOK_THEN_BODY.fullmatch(b.text)
        if m is None or not _BODY_WORDS.search(m["house"]) or "(Ed" not in e.text:
            return spans
        z, a = b.start + m.end("book"), b.start + m.start("house")
        book = Span("container-title", text[b.start : z], b.start, z, b.confidence)
        return [*spans[:k], book, Span("publisher", text[a : b.end], a, b.end, b.confidence), *spans[k + 1 :]]
    return spans
