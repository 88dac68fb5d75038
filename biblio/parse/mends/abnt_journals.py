"""Mends of an article in ABNT NBR 6023 form: ``Title. *Journal*, Place, v. 20, n. 2, p. 9-25, jan./mar.
2017.`` The journal's name is set in bold or italics and the place where it is published follows it;
then come the volume (``v.``), the number (``n.``), the pages (``p.``) and the date, each behind a
comma.  The labeller reads the place into the journal, the journal into the article's title, or the
word ``n.`` into the place; the marks say where each part runs."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import Run, emphasis_runs, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import town_before_abnt_numbers
from biblio.parse.spans import Span

# After the emphasis (its comma, or a full stop: "*Revista de Antropologia*. São Paulo, v. 39"): an optional place
# (capitalised words, no digit), then "v." or "n." and a number.
_SIGNATURE = lazy_pattern(
    r"[\s,]*\.?\s*(?:(?P<place>[A-Z\u00c0-\u00de][^\d,;:()*]{1,40}?),\s*)?"
    r"(?=(?:v|n)\.\s?\d|[^\W\d_]+\.?,\s*p\.\s?-?\d)"  # "Agosto, p. 1-14, 2002": a month before the pages
)
# One comma-delimited part of the imprint, its closing comma or full stop included.
# (a full stop ends the imprint after its last number, not after an abbreviation: "jan./mar.")
_PART = lazy_pattern(r"(?P<body>[^,]+?)(?P<end>,\s*|(?:(?<=\d)|(?<=\d[a-z]))\.(?:\s+|$)|$)")
_VOLUME = lazy_pattern(r"v\.\s?\d[\w./-]*")
_ISSUE = lazy_pattern(r"n\.\s?\d[\w./-]*")
_PAGES = lazy_pattern(r"p\.\s?-?\d[\w-]*(?:\s?[-\u2013]\s?\d+)?")
_YEAR = lazy_pattern(r"(?:1[5-9]\d\d|20\d\d)[a-z]?")
# "jan./mar. 2013", "junho de 2008", "set. 2019", "2017": months (abbreviated or not) and a year
_DATE = lazy_pattern(r"(?:[^\W\d_]+\.?(?:\s?/\s?[^\W\d_]+\.?)?\s+(?:de\s+)?)?(?:1[5-9]\d\d|20\d\d)[a-z]?")
_MONTHS = lazy_pattern(r"[^\W\d_]+\.?(?:\s?/\s?[^\W\d_]+\.?)?")  # a month alone, its year in a later part


def _imprint(text: str, at: int) -> list[tuple[str, int, int]] | None:
    """The parts of the imprint that begins at ``at``: (label, start, end), up to the part that closes
    with a full stop; ``None`` when the text there is not in this form."""
    parts: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    while at < len(text):
        m = _PART.match(text, at)
        if m is None:
            return None
        body = m.group("body").strip()
        label = next(
            (
                lab
                for lab, rx in (("volume", _VOLUME), ("issue", _ISSUE), ("pages", _PAGES), ("date", _DATE))
                if rx.fullmatch(body)
            ),
            None,
        )
        if label is None and _MONTHS.fullmatch(body) and "date" not in seen:
            label = "other"  # "Agosto, p. 1-14, 2002": the month, its year further on
        if label is None or label in seen:
            return None
        seen.add(label)
        parts.append((label, m.start(), m.start("end") + (1 if m.group("end") else 0)))
        if not m.group("end").startswith(","):
            break
        at = m.end()
    return parts if {"date"} <= seen and seen & {"volume", "issue", "pages"} else None


def _journal_at(run: Run, text: str) -> tuple[int, int]:
    """The journal's name inside the run, without a comma or full stop set inside the marks."""
    a, z = run.text_start, run.text_end
    while z > a and text[z - 1] in " ,.;":
        z -= 1
    return a, z


@needs(marks=("v.", "n.", "p."))
def journal_imprint(spans: list[Span], text: str) -> list[Span]:
    """An emphasised journal followed by ``Place, v. 20, n. 2, p. 9-25, 2017.``: the journal is the
    emphasis, the words before ``v.``/``n.`` the place, and each part of the imprint its own field;
    a title read on into the journal ends where the emphasis opens."""
    if "v." not in text and "n." not in text and "p." not in text:
        return spans
    for run in emphasis_runs(text):
        sig = _SIGNATURE.match(text, run.end)
        if sig is None:
            continue
        parts = _imprint(text, sig.end())
        if parts is None:
            continue
        a, z = _journal_at(run, text)
        if z <= a:
            continue
        new = [Span("journal", text[a:z], a, z)]
        if sig.group("place"):
            pa, pz = sig.span("place")
            new.append(Span("location", text[pa:pz], pa, pz))
        new += [Span(label, text[s:e], s, e) for label, s, e in parts]
        return replaced(spans, text, run.start, parts[-1][2], new)
    return spans


# the journal's last part, a town before the volume: ", São Paulo,"
_TOWN_CLOSES = lazy_pattern(r",\s*(?P<town>[A-Z\u00c0-\u00de][^\d,;:()*]{1,40}?),?\s*$")


@needs(labels=["journal", "volume"])
def town_closing_journal(spans: list[Span], text: str) -> list[Span]:
    """ABNT's journal in plain text, ``Revista Brasileira de Educação, São Paulo, v. 20, n. 3``, read with its
    town inside the journal's name: a town between the name and ``v.`` (a known one, or one or a few capitalised
    words naming no series) is where it is published."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "journal" or nxt.label != "volume" or not _VOLUME.match(nxt.text.lstrip()):
            continue
        m = _TOWN_CLOSES.search(s.text)
        if m is None or m.start() == 0 or not town_before_abnt_numbers(m["town"], text):
            return spans
        a, z = s.start + m.start("town"), s.start + m.end("town")
        journal = Span("journal", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        return [*spans[:k], journal, Span("location", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans


# the title's last sentence after a full word's full stop: ". Revista de Estudos da Linguagem,"
_LAST_SENTENCE = lazy_pattern(r"(?<=[^\W\d_]{3}[.?!])\s+(?P<journal>[A-Z\u00c0-\u00de][^.?!]*?\s[^.?!]*?)[,\s]*$")


@needs(labels=["title", "journal", "volume"])
def town_read_as_journal(spans: list[Span], text: str) -> list[Span]:
    """ABNT's plain ``Gramática e discurso. Revista de Estudos da Linguagem, Belo Horizonte, v. 22, n. 1`` read
    with the journal in the title and the town as the journal: a town alone before ``v.`` is where the journal is
    published, and the title's last sentence, before the town's comma, the journal."""
    for k in range(1, len(spans) - 1):
        title, s, nxt = spans[k - 1], spans[k], spans[k + 1]
        if s.label != "journal" or nxt.label != "volume" or not _VOLUME.match(nxt.text.lstrip()):
            continue
        town = s.text.strip(" ,")
        if title.label != "title" or not title.text.rstrip().endswith(",") or not town_before_abnt_numbers(town, text):
            return spans
        m = _LAST_SENTENCE.search(title.text)
        if m is None:
            return spans
        a, z = title.start + m.start("journal"), title.start + m.end("journal")
        head = text[title.start : title.start + m.start()]
        conf = title.confidence
        new = [Span("title", head, title.start, title.start + len(head), conf), Span("journal", text[a:z], a, z, conf)]
        new.append(Span("location", town, s.start, s.start + len(town), s.confidence))
        return [*spans[: k - 1], *new, *spans[k + 1 :]]
    return spans


# a title's closing span of years read with the journal and its volume as pages: "…, 1850-66. Afro-Ásia, 27"
_YEARS_JOURNAL_VOLUME = lazy_pattern(
    r"(?P<years>(?:1[5-9]|20)\d\d\s?[-\u2013]\s?\d{2,4})\.\s+(?P<journal>[^\W\d_][^\d,;:()]*?),\s*(?P<volume>\d{1,4})"
)


@needs(labels=["title", "pages"])
def title_years_read_as_pages(spans: list[Span], text: str) -> list[Span]:
    """``…, 1850-66. Afro-Ásia, 27 (2002), 41-77`` with the title's closing years, the journal and its volume
    read as one run of pages: a span of years after the title's comma, then words and a number before the
    date and the article's own pages, closes the title; the words are the journal, the number its volume."""
    for k in range(1, len(spans) - 1):
        prev, s = spans[k - 1], spans[k]
        if s.label != "pages" or prev.label != "title" or not prev.text.rstrip().endswith(","):
            continue
        if not any(t.label == "pages" for t in spans[k + 1 :]):
            continue
        m = _YEARS_JOURNAL_VOLUME.fullmatch(s.text.strip())
        if m is None:
            continue
        lead = len(s.text) - len(s.text.lstrip())
        at = s.start + lead
        title_end = at + m.end("years")
        title = Span("title", text[prev.start : title_end], prev.start, title_end, prev.confidence)
        ja, jz = at + m.start("journal"), at + m.end("journal")
        va, vz = at + m.start("volume"), at + m.end("volume")
        new = [title, Span("journal", text[ja:jz], ja, jz, s.confidence), Span("volume", text[va:vz], va, vz)]
        return [*spans[: k - 1], *new, *spans[k + 1 :]]
    return spans
