"""Mend of a document's designation set before its italic title, as government and standards bodies
cite their own series: ``OMB Circular A-130, *Managing Federal Information …*, July 28, 2016,``,
``NIST Special Publication 800-30 Revision 1, *Guide for …*, September 2012,``, ``UK Cabinet Office,
Good Practice Guide 44, *Authentication …*, August 8, 2016,``, ``International Standards Organization,
ISO/IEC 29115 *Information technology …*, April 1, 2013,``. The series and number (the designation)
are the document's number, kept as a note; the italic run is the title; a body named before the
designation is the author."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import LINK_LABELS, Run, emphasis_runs, span_within
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.names import has_org_name_word
from biblio.parse.spans import Span

# capitalised words and codes ("OMB", "Circular", "A-130", "ISO/IEC", "800-37", "201-2"), at least one
# with a digit, up to the italic run (a comma may close them)
_WORD = r"(?:[A-Z][\w/&.\-]*|\d[\w.\-/]*)"
_DESIGNATION = lazy_pattern(rf"(?<![\w/])(?P<des>{_WORD}(?:\s+{_WORD}){{0,6}})\s*,?\s+$")
_DIGIT = lazy_pattern(r"\d")
# a year, perhaps lettered and closed by its stop ("2017b."): an author-date year, no designation
_YEAR = lazy_pattern(r"^(?:1[5-9]\d\d|20\d\d)[a-z]?\.?$")
# "Org Name, " before the designation: a body's name with no digit
_BODY = lazy_pattern(r"^\s*(?P<body>[A-Z][^,\d*_]*?)\s*,\s+")
# what the model reads a designation, its body and the title into
_OPENING = frozenset(["author", "title", "journal", "container-title", "note", "volume", "editor"])
# what follows the title in these lists: its date, the link, nothing
_AFTER = frozenset(["date", "url", "accessed", "doi"])
_DATED = frozenset(["date", "accessed"])
# a date in brackets left after the title: ``*Title* (November 3, 2014),``
_BRACKETED_DATE = lazy_pattern(r"^\s*\((?=[^()]*\d{4})[^()]{4,30}\)\s*[,.]?\s*$")
_PUNCT = lazy_pattern(r"^[\s,.;:]*$")


def _designation(text: str, run: Run) -> tuple[int, int, int] | None:
    """Where the body (if any), the designation and its end lie before ``run``: ``(body_end, a, z)``."""
    head = text[: run.start]
    m = _DESIGNATION.search(head)
    if m is None:
        return None
    words = m["des"].split()
    if not any(_DIGIT.search(w) and not _YEAR.match(w) for w in words) or len(words) < 2 and "/" not in m["des"]:
        return None
    a = m.start("des")
    before = head[:a]
    if not before.strip():
        return 0, a, m.end("des")
    body = _BODY.match(before)
    if body is None or body.end() != len(before) or not has_org_name_word(body["body"]):
        return None
    return body.end("body"), a, m.end("des")


def _after_title(spans: list[Span], text: str, z: int) -> list[Span] | None:
    """The spans after the title's closing mark at ``z``: a date the model began inside the run keeps its
    end (``…Act of | 2002*, September 26, 2003,``), a date in brackets cut in pieces is one date
    (``*Title* (November 3, 2014),``); None where anything but a date or a link follows the title."""
    last = next((s for s in reversed(spans) if s.start < z), None)
    rest = [s for s in spans if s.start >= z]
    if last is not None and last.end > z:
        left = text[z : last.end]
        if last.label in _DATED or _BRACKETED_DATE.match(left):
            rest.insert(0, Span("date", left, z, last.end, last.confidence))
        elif not _PUNCT.match(left):
            return None
    link = next((k for k, s in enumerate(rest) if s.label in _AFTER and s.label not in _DATED), len(rest))
    if link > 1 and _BRACKETED_DATE.match(text[rest[0].start : rest[link - 1].end]):
        a, e = rest[0].start, rest[link - 1].end
        rest = [Span("date", text[a:e], a, e, min(s.confidence for s in rest[:link])), *rest[link:]]
    if rest and rest[0].label not in _AFTER:
        return None
    return rest


@needs(marks=["*", "_", "<"])
def designation_before_title(spans: list[Span], text: str) -> list[Span]:
    """``OMB Circular A-130, *Title*, July 28, 2016`` read as one title or journal (or with the body's
    name run into the author): the designation is a note, the italic run the title, a body before the
    designation the author. Only where the designation opens the reference (or follows a body's name)
    and the title is followed by its date or link."""
    runs = emphasis_runs(text)
    if not runs or not spans:
        return spans
    run = runs[0]
    if run.text_start - run.start != 1 and text[run.start] != "<":
        return spans  # bold, not the italic title
    found = _designation(text, run)
    if found is None:
        return spans
    body_end, a, des_end = found
    z = run.end
    inside = [s for s in spans if s.start < z]
    rest = _after_title(spans, text, z)
    if rest is None or not inside or any(s.label not in _OPENING | _DATED for s in inside):
        return spans
    if all(s.label in ("title", "note", "author") for s in inside) and any(
        s.label == "title" and s.start == run.start for s in inside
    ):
        return spans  # read apart already
    conf = min(s.confidence for s in inside)
    new = []
    if body_end:
        new.append(Span("author", text[:body_end], 0, body_end, conf))
    new.append(Span("note", text[a:des_end], a, des_end, conf))
    new.append(Span("title", text[run.start : z], run.start, z, conf))
    return [*new, *rest]


# what the model reads such an italic title into when it takes it for a journal: the journal and the
# numbers it finds inside (``*OpenID Connect Core 1.0 incorporating errata set 1*``), or names
_RUN_PARTS = frozenset(["journal", "container-title", "volume", "issue", "author", "date"])
_BETWEEN = lazy_pattern(r"^[\s,.]*$")


@needs(marks=["*", "_", "<"], without=["title"], any_label=("url", "doi"))
def italic_title_after_names(spans: list[Span], text: str) -> list[Span]:
    """``European Union, *Secure idenTity acrOss boRders linKed 2.0*, 2014, available at: URL`` or
    ``Sakimura, N., …, and C. Mortimore, *OpenID Connect Core 1.0 …*, November, 2014, available at: URL``
    with no title read and the italic run read as a journal (with a volume inside it): a report's or a
    web page's italic title right after the names, followed only by its date and link, is the title."""
    if "title" in labels_of(spans) or len(spans) < 3 or spans[0].label != "author":
        return spans
    if not any(s.label in ("url", "doi") for s in spans):
        return spans  # no link after the date: a book's italic title and imprint, read as they were
    runs = emphasis_runs(text)
    if not runs:
        return spans
    run = runs[0]
    if run.text_start - run.start != 1 or run.start < spans[0].start:
        return spans
    names = [s for s in spans if s.start < run.start]
    if not names or any(s.label != "author" for s in names):
        return spans
    cut = names[-1].end if names[-1].end <= run.start else run.start
    if not _BETWEEN.match(text[cut : run.start]) or not text[names[0].start : run.start].rstrip().endswith(","):
        return spans
    inside = [s for s in spans if s.start < run.end and s.end > run.start]
    if not inside or any(s.label not in _RUN_PARTS for s in inside) or all(s.label == "author" for s in inside):
        return spans
    rest = _after_title(spans, text, run.end)
    if rest is None or not rest:
        return spans
    kept = [span_within(s, text, s.start, run.start) for s in names]
    title = Span("title", text[run.start : run.end], run.start, run.end, min(s.confidence for s in inside))
    return [*(s for s in kept if s), title, *rest]


# "Executive Order 14028 - Improving …", "OMB Memo 22-09 - Moving …": the designation, a dash, the title
_DASHED = lazy_pattern(rf"^(?P<des>{_WORD}(?:\s+{_WORD}){{1,6}})\s+[-–—]\s+(?P<title>\S.*)$")
# the body's name closing the title's last sentence: capitalised words (and "of", "for", "and", "&")
_CLOSING_BODY = lazy_pattern(r"(?<=[a-z]\.)\s+(?P<body>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|of|for|and|&)){1,6})\.?$")
# a document's number: "14028", "22-09", "800-63", "A-130"; never a version ("The Unicode Standard Version 6.0 - …")
_DOCUMENT_NUMBER = lazy_pattern(r"[A-Z]?-?\d+(?:-\d+)*[A-Za-z]?")


@needs(marks=("-", "–", "—"))
def designation_dash_title(spans: list[Span], text: str) -> list[Span]:
    """``Executive Order 14028 - Improving the Nation’s Cybersecurity`` (an appendix of policies and standards)
    read as one title, or the designation as names: the capitalised words and number before the dash are
    the document's designation (a note), what follows is the title up to its date or link."""
    m = _DASHED.match(text)
    if m is None or not spans:
        return spans
    words = m["des"].split()
    if not _DOCUMENT_NUMBER.fullmatch(words[-1]) or _YEAR.match(words[-1]) or any(_DIGIT.search(w) for w in words[:-1]):
        return spans
    t0 = m.start("title")
    after = [s for s in spans if s.start >= t0 and s.label in _AFTER]
    z = after[0].start if after else len(text)
    if any(s.label == "title" and s.start == t0 for s in spans):
        return spans  # read apart already
    conf = min((s.confidence for s in spans if s.start < z), default=1.0)
    title = text[t0:z].rstrip()
    new = [Span("note", m["des"], 0, m.end("des"), conf), Span("title", title, t0, t0 + len(title), conf)]
    # "… Requirements Specifications. IEEE Standards Association.": the body issuing it closes the reference (but for
    # a link or an access date)
    closing = all(s.label in LINK_LABELS for s in spans if s.start >= z)
    if closing and (b := _CLOSING_BODY.search(title)) is not None and has_org_name_word(b["body"]):
        at = t0 + b.start("body")
        body = b["body"]
        head = title[: b.start("body")].rstrip()
        new[-1] = Span("title", head, t0, t0 + len(head), conf)
        new.append(Span("publisher", body, at, at + len(body), conf))
    return [*new, *(s for s in spans if s.start >= z)]
