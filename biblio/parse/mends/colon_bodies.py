"""A body's name closed by a colon before the title, as Copernicus and German lists write an authority's work:
``Bundesamt für Gewässerkunde: Hydrologischer Atlas von Deutschland, Berlin, 2003.`` or ``National Drought Mitigation
Center: Types of Drought, …``. The model reads the body into the title (or the title and its town into the names);
the name names an office or an institution by its kind (``Bundesamt``, ``Center``, ``Institute of``), so it is the
author, written as one literal name, and the words after the colon are the title."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_KINDS = (
    r"Institute|Institut|Cent(?:er|re)|Agency|Bureau|Office|Ministry|Department|Council|Commission|Committee|"
    r"Association|Society|Foundation|Laboratory|Administration|Authority|Government|"
    r"[A-ZÄÖÜ]\w*amt|Amt|[A-ZÄÖÜ]\w*ministerium|Ministerium|[A-ZÄÖÜ]\w*dienst|[A-ZÄÖÜ]\w*anstalt|[A-ZÄÖÜ]\w*behörde|"
    r"Behörde|[A-ZÄÖÜ]\w*verband|Verband|Stiftung|Akademie|[A-ZÄÖÜ]\w*institut|[A-ZÄÖÜ]\w*versicherung"
)
_LINK = r"(?:für|der|des|of|for|and|und|on|de|du)"
_WORD = r"[A-ZÄÖÜ][\w'\u2019-]*"
# the body at the head: its kind closing it ("Deutscher Wetterdienst", "… Mitigation Center") or opening it before a
# linking word ("Bundesamt für Gewässerkunde", "Government of Canada"), its initials maybe after it ("Bundesinstitut
# für Berufsbildung (BIBB)") and a source list's bracketed year ("Deutsche Rentenversicherung (2024):"), a title's
# capital after the colon


def _head_pattern(kinds: str) -> str:
    kind = f"(?:{kinds})"
    return (
        rf"^(?P<body>(?:(?:{_WORD}\s+){{0,5}}{kind}|{kind}\s+{_LINK}\s+(?:(?:{_WORD}|{_LINK})\s+){{0,4}}{_WORD})"
        r"(?:\s\([A-ZÄÖÜ]{2,8}\))?)(?:\s\((?P<year>(?:1[5-9]|20)\d\d[a-z]?)\))?:\s+"
        # (or an italic title's Markdown mark: "University of Reading: *Answering exam questions*")
        r"(?=[A-ZÄÖÜ0-9\"\u201c\u201e]|\*[A-ZÄÖÜ0-9])(?!https?:|www\.)"
    )


_HEAD = lazy_pattern(_head_pattern(_KINDS))
# a web page's head may be a university's too ("University of Leeds: *Title*, accessed …"), where a book's title
# opens on one ("The Modern University: A History")
_WEB_HEAD = lazy_pattern(_head_pattern(_KINDS + "|University"))
# a name of a few capitalised words before a colon and a quoted title: "Anthropic: “Hot Mess of AI” (2026)"
_QUOTED_HEAD = lazy_pattern(rf"^(?P<body>{_WORD}(?:\s+{_WORD}){{0,2}}):\s+(?=[\"\u201c][A-Z0-9])")
# a body's acronym before a colon and the title, a web page's head only: "ESRC: Writing your abstract, accessed …"
_ACRONYM_HEAD = lazy_pattern(r"^(?P<body>[A-Z]{2,8}):\s+(?=\*?[A-Z])")
_CLOSES = ('"', "\u201d")
# a journal's parts after the quoted title show an article's ("Editorial: “…” Nature 520 (2015): 1."), where a body's
# page has only its date, address or site ("— mistral.ai", which the model may read as pages)
_JOURNAL_PARTS = frozenset(["journal", "volume", "issue"])
# a kind's word heading an item is no body: "Editorial: “…”", "Interview: “…”"
KIND_HEADS = frozenset(
    "editorial interview review commentary comment letter opinion obituary erratum correction perspective essay "
    "podcast video episode speech lecture abstract preface foreword introduction response reply".split()
)
_NAMES = frozenset(["author", "editor", "translator"])
# (the model reads such a head and its title as a journal's name as often as a title)
_HEADS = ("title", "journal")
_BEFORE_HOUSE = ("publisher", "note")
# the town closing the span read as names: "…: Rote Liste der Brutvögel, Bonn,"
_LAST_PART = lazy_pattern(r",\s*(?P<town>[^,]+?)[\s,.]*$")


def dated_body_head(text: str) -> re.Match[str] | None:
    """A source list's ``Deutsche Rentenversicherung (2024): `` opening ``text``: a body named by its kind, its
    bracketed year and the colon before the title."""
    m = _HEAD.match(text) if "):" in text else None
    return m if m is not None and m["year"] else None


def _has_digit(value: str) -> bool:
    return any(c.isdigit() for c in value)


def journal_parts_follow(spans: list[Span]) -> bool:
    """Whether ``spans`` (those after a quoted title) hold a journal's parts, an article's: its name, volume, issue or
    pages in digits."""
    return any(s.label in _JOURNAL_PARTS or (s.label == "pages" and _has_digit(s.text)) for s in spans)


def kind_heads(head: str) -> bool:
    """Whether a kind's word opens ``head``: "Editorial", "Review of Jones", "Letter to the Editor"."""
    words = head.split(None, 1)
    return bool(words) and words[0].lower().rstrip(".,") in KIND_HEADS


# a web page's tail: what follows a head read as a note when the page's name and title are all the reference gives
_WEB_TAIL = frozenset(["accessed", "url"])
# a web page's title with its date, access date and address after it, nothing else (a university may head it)
_PAGE_TAIL = frozenset(["accessed", "url", "date"])


@needs(any_label=("title", "journal", "author", "publisher", "note"), marks=[":"])
def body_before_colon(spans: list[Span], text: str) -> list[Span]:
    """``Bundesamt für Gewässerkunde: | Hydrologischer Atlas …`` read as one title (or a publisher or a note before
    the house named) with no name read anywhere, or as one name with its title and town: the body before the colon
    is the author, the words after it the title."""
    return _body_head(spans, text, web=False)


@needs(labels=["note", "accessed", "url"], marks=[":"])
def web_page_body_before_colon(spans: list[Span], text: str) -> list[Span]:
    """A study guide's ``ESRC: Writing your abstract, downloaded 4 August 2011 at: URL`` with the body and the title
    read as one note before the access date and the address (once the access date is read whole): the body (a kind's
    name or an acronym) before the colon is the author, the words after it the title."""
    return _body_head(spans, text, web=True)


def _body_head(spans: list[Span], text: str, *, web: bool) -> list[Span]:
    first = next((i for i, s in enumerate(spans) if s.label != "citation-number" and s.text.strip()), None)
    if first is None:
        return spans
    t = spans[first]
    if web:
        # a note heading a web page's access date and address, nothing else
        if t.label != "note" or first + 1 == len(spans) or any(s.label not in _WEB_TAIL for s in spans[first + 1 :]):
            return spans
        m = _WEB_HEAD.match(t.text) or _ACRONYM_HEAD.match(t.text)
    else:
        if t.label == "author":
            return _names_run_on(spans, text, first)
        # (or as a publisher or a note before the house's own name: "Department of Education: Annual report 2019.
        # London: HMSO.")
        head = t.label in _HEADS or t.label in _BEFORE_HOUSE and any(s.label == "publisher" for s in spans[first + 1 :])
        if not head or any(s.label in _NAMES for s in spans):
            return spans
        rest = spans[first + 1 :]
        page = any(s.label == "url" for s in rest) and all(s.label in _PAGE_TAIL for s in rest)
        m = (_WEB_HEAD if page else _HEAD).match(t.text)
    if m is None and (m := _QUOTED_HEAD.match(t.text)) is not None and (
        not t.text.rstrip(" .,;").endswith(_CLOSES)
        or journal_parts_follow(spans[first + 1 :])
        or kind_heads(m["body"])
    ):
        # the quoted title must close the span and no journal's parts follow: a head before a quoted phrase inside a
        # title, a kind's word or an article's title before its journal ("Editorial: “Title.” Nature 520") is no body
        return spans
    if m is None or text[spans[first - 1].end if first else 0 : t.start].strip(" .[]0-9"):
        return spans
    body_end, title_start = t.start + m.end("body"), t.start + m.end()
    if title_start >= t.end:
        return spans
    return [
        *spans[:first],
        Span("author", text[t.start : body_end], t.start, body_end, t.confidence),
        *_year_of(m, t),
        Span("title", text[title_start : t.end], title_start, t.end, t.confidence),
        *spans[first + 1 :],
    ]


def _year_of(m: re.Match[str], t: Span) -> list[Span]:
    """The head's bracketed year (``Deutsche Rentenversicherung (2024):``) as the date, if it has one."""
    if not m.groupdict().get("year"):
        return []
    a, z = t.start + m.start("year"), t.start + m.end("year")
    return [Span("date", m["year"], a, z, t.confidence)]


def _names_run_on(spans: list[Span], text: str, first: int) -> list[Span]:
    """``Bundesamt für Naturschutz: Rote Liste der Brutvögel, Bonn,`` read as one name before the year: the body, the
    title, and the town its last comma sets apart."""
    t = spans[first]
    m = _HEAD.match(t.text)
    if m is None or any(s.label in ("title", "journal", "container-title") for s in spans):
        return spans
    body_end, title_start = t.start + m.end("body"), t.start + m.end()
    title_end, parts = t.end, []
    if (last := _LAST_PART.search(t.text, m.end())) is not None and is_place(last.group("town")):
        a, z = t.start + last.start("town"), t.start + last.end("town")
        title_end, parts = t.start + last.start(), [Span("location", text[a:z], a, z, t.confidence)]
    if not text[title_start:title_end].strip(" ,."):
        return spans
    return [
        *spans[:first],
        Span("author", text[t.start : body_end], t.start, body_end, t.confidence),
        *_year_of(m, t),
        Span("title", text[title_start:title_end], title_start, title_end, t.confidence),
        *parts,
        *spans[first + 1 :],
    ]
