"""Mends of titles: where a title starts and ends, and the work it names."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import (
    SENTENCE_BREAK,
    WORD,
    WORK_TITLES,
    Run,
    divided,
    emphasis_runs,
    last,
    roman_continues,
)
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.mends.site_heads import names_site
from biblio.parse.normalisers.places import REGIONS, is_place
from biblio.parse.spans import Span
from biblio.parse.text import CJK

_CJK_BREAK = lazy_pattern(r"(?<=\S)[,，]\s*(?=\S)")
_ABBREVIATED_WORD = lazy_pattern(r"\b[A-Z][a-z]{0,5}\.")
# a journal's abbreviated name opening after the title's comma, cut at one of its own full stops: ", At. Data Nucl."
_ABBREVIATED_OPENING = lazy_pattern(r",\s+(?P<journal>(?:[A-Z][a-z]{0,5}\.\s+|[A-Z][a-z]+\s+){0,4}[A-Z][a-z]{0,5}\.)$")
_DIGIT_END = lazy_pattern(r"\d[^\w)\]]*$")  # (a bracket closes a part of the title: "… de 920)")
_MARKED_TITLE = lazy_pattern(r"[*_<]|\]\(")
_VANCOUVER_END = lazy_pattern(
    r"^(?:[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)? [A-Z]{1,3}, )+"
    r"[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)? [A-Z]{1,3}\.\s+(?P<tail>\S.*)$"
)
_ETAL_TAIL = lazy_pattern(r"(?i)^et\.? al")
_EMPHASIS_MARK = lazy_pattern(r"[*_]")
_DIGIT = lazy_pattern(r"\d")
_IN_LEAD = lazy_pattern(r"^\W*(?:in|en|dans|im)\b", re.I)
_IN_BEFORE = lazy_pattern(r"\b(?:in|In|en|dans|im)\s*:?\s*[*_]*$")
# one page cited: "p. 49", "page 277", "pg. 9" (an article's pages are a range, "pp." before them)
_ONE_PAGE = lazy_pattern(r"^\s*(?:p|pg|page)\.?\s*[\dxivlc]+\b(?!\s*[-\u2013])", re.I)


@needs(marks=["*", "_", "<"])
def whole_emphasis(spans: list[Span], text: str) -> list[Span]:
    """A title span that opens an emphasis run the next span closes takes the rest of the run."""
    out = list(spans)
    for run in emphasis_runs(text):
        a, z = run.text_start, run.text_end  # the emphasised text, without its marks
        for k in range(len(out) - 1):
            s, nxt = out[k], out[k + 1]
            if (
                s.label in WORK_TITLES
                and s.start <= a < s.end < z <= nxt.end
                and nxt.label != s.label
                and not _volume_closes_run(s, nxt, text, z)
            ):
                if _journal_opens_after_comma(s, nxt, text, run.start):
                    # "Title, *Modell. | Simul. Mater. Sci. Eng.*": the run is the journal's, the title ends before it
                    b = run.start
                    head = text[s.start : b].rstrip()
                    out[k] = Span(s.label, head, s.start, s.start + len(head), s.confidence)
                    out[k + 1] = Span(nxt.label, text[b : nxt.end], b, nxt.end, nxt.confidence)
                    break
                out[k] = Span(s.label, text[s.start : z], s.start, z, s.confidence)
                rest = Span(nxt.label, text[z : nxt.end], z, nxt.end, nxt.confidence)
                out[k + 1 : k + 2] = [rest] if rest.text.strip() else []
                break
    return out


def _journal_opens_after_comma(s: Span, nxt: Span, text: str, b: int) -> bool:
    """APS's ``Title, *Modell. Simul. Mater. Sci. Eng.* **18**,`` with the italic journal's first word read into the
    title: the run opens after the title's words and their comma, and the journal read after it goes on in it."""
    return (
        s.label == "title"
        and nxt.label in ("journal", "container-title")
        and len(text[s.start : b].split()) >= 3
        and text[s.start : b].rstrip().endswith(",")
    )


# a volume set inside the emphasis: "6", "Vol. 2"
_VOLUME_IN_RUN = lazy_pattern(r"(?:(?:Vol\.|Volume)\s*)?\d{1,4}")


# the labels of a work's name the labeller may cut one italic run into
_WORK_PIECES = frozenset(["source", "journal", "container-title"])


@needs(without=["title"], marks=["*", "_", "<"])
def work_cut_in_emphasis(spans: list[Span], text: str) -> list[Span]:
    """``Nicolson, Marjorie Hope; *Mountain Gloom and Mountain Glory: The Development of …* (1997), p. 49;``
    with the one italic work cut at its colon into a source and a journal: a run the labeller divides
    between two names of a work, with no title elsewhere, is one work, under its first piece's label."""
    if any(s.label == "title" for s in spans):
        return spans  # (what its declaration says: a reading with a title is left to the other mends)
    for run in emphasis_runs(text):
        inside = [k for k, s in enumerate(spans) if run.start <= s.start and s.end <= run.end + 2]
        if len(inside) < 2 or inside != list(range(inside[0], inside[-1] + 1)):
            continue
        pieces = [spans[k] for k in inside]
        if any(p.label not in _WORK_PIECES for p in pieces) or len({p.label for p in pieces}) < 2:
            continue
        if text[run.text_start : pieces[0].start].strip() or text[pieces[-1].end : run.end].strip(" *_,.;:"):
            continue  # the pieces do not fill the run
        first = pieces[0]
        whole = Span(
            first.label,
            text[first.start : pieces[-1].end],
            first.start,
            pieces[-1].end,
            min(p.confidence for p in pieces),
        )
        return [*spans[: inside[0]], whole, *spans[inside[-1] + 1 :]]
    return spans


@needs(labels=["title", "publisher"], marks=["*", "_", "<"])
def place_after_italic_title(spans: list[Span], text: str) -> list[Span]:
    """``*Men and Women at Toulouse …*, Ontario, Pontifical Institute …, 1990`` with the place (a province or
    state the list of towns lacks) read into the title: a title that opens an emphasis run ends with it, and a
    place alone between the run and the publisher is the place."""
    for run in emphasis_runs(text):
        z = run.end
        for k in range(len(spans) - 1):
            s, nxt = spans[k], spans[k + 1]
            if s.label != "title" or nxt.label != "publisher" or not s.start <= run.text_start or not z < s.end:
                continue
            if text[s.start : run.start].strip():
                return spans
            tail = text[z : s.end]
            place = tail.strip(" ,;:")
            if not place or not (is_place(place) or place.lower() in REGIONS):
                return spans
            a = z + tail.find(place)
            head = Span("title", text[s.start : z], s.start, z, s.confidence)
            return [*spans[:k], head, Span("location", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans


def _volume_closes_run(s: Span, nxt: Span, text: str, z: int) -> bool:
    """``*Programming Historian 6* (2017)`` or APS's ``**Nature 518**, 179`` (``*Book Vol. 2* (Springer, …)``): the
    journal's or book's volume set in its emphasis, read apart by the labeller; the volume stays the volume."""
    return (
        s.label in ("journal", "container-title")
        and nxt.label == "volume"
        and _VOLUME_IN_RUN.fullmatch(text[nxt.start : z].strip(" ,")) is not None  # AGU's ``*J. Geophys. Res., 121,*``
        and text[z : nxt.end].strip(" *_,;:(") == ""
    )


def _lower_roman_continues(run: Run, text: str) -> bool:
    """Roman words in lower case right after the run, with no mark between: the RSC's ``*Ab initio* calculations
    of …`` goes on with the title (a journal's name after a title opens in capitals)."""
    return roman_continues(run, text) and text[run.end :].lstrip()[:1].islower()


@needs(labels=["title"], marks=["*", "_", "<"])
def emphasis_ends_title(spans: list[Span], text: str) -> list[Span]:
    """``*Language Syntax,* Trans. Comput. Educ.`` read with ``Trans.`` in the title: a title that
    opens an emphasis run ends with it; the words after the run go to the journal that follows."""
    for run in emphasis_runs(text):
        z = run.end  # the end of its closing mark
        for k in range(len(spans) - 1):
            s, nxt = spans[k], spans[k + 1]
            if (
                s.label == "title"
                and nxt.label in ("journal", "container-title")
                and s.start <= run.text_start
                and z < s.end
                and not text[s.start : run.start].strip()
                and WORD.search(text[z : s.end])
                and not _lower_roman_continues(run, text)
            ):
                head = Span("title", text[s.start : z], s.start, z, s.confidence)
                tail = Span(nxt.label, text[z : nxt.end], z, nxt.end, min(s.confidence, nxt.confidence))
                return spans[:k] + [head, tail] + spans[k + 2 :]
    return spans


@needs(any_label=("author", "editor"), without=["title"], marks=["*", "_", "<"])
def italic_is_no_name(spans: list[Span], text: str) -> list[Span]:
    """``Doug Rohde. *SVDLIBC*.`` read with the italic word among the names: with no title read,
    an emphasis run inside a name span is the title (styles set titles, never names, in italics; an
    italic ``*et al.*`` closes the names);
    a few words after it in the same span, before the year (``*Beloved*. Alfred A. Knopf, 1987``),
    are the publisher."""
    if "title" in labels_of(spans):
        return spans
    for run in emphasis_runs(text):
        if _ETAL_TAIL.match(text[run.text_start : run.text_end]):
            continue  # APS sets "*et al.*" in italics: it closes the names
        for k, s in enumerate(spans):
            if s.label not in ("author", "editor") or not s.start < run.start < run.end <= s.end + 1:
                continue
            if not text[s.start : run.start].strip(" ,.;:"):
                continue
            names = Span(s.label, text[s.start : run.start], s.start, run.start, s.confidence)
            z = min(run.end, s.end)
            rest = text[z : s.end]
            if not WORD.search(rest):
                title = Span("title", text[run.start : s.end], run.start, s.end, s.confidence)
                return [*spans[:k], names, title, *spans[k + 1 :]]
            if _DIGIT.search(rest) or len(WORD.findall(rest)) > 6:
                return spans
            title = Span("title", text[run.start : z], run.start, z, s.confidence)
            lead = len(rest) - len(rest.lstrip(" .,;:"))
            if role := _ROLE_AFTER_TITLE.match(rest, lead):
                # MHRA's "Jane Austen, *Emma*, ed. by Fiona Stafford (London: …)": the names before the title
                # wrote it, those after the role edited or translated it
                label = "translator" if role.group(1).lower().startswith("trans") else "editor"
                names = Span("author", names.text, names.start, names.end, names.confidence)
                editors = Span(label, rest[lead:], z + lead, s.end, s.confidence)
                return [*spans[:k], names, title, editors, *spans[k + 1 :]]
            publisher = Span("publisher", rest[lead:], z + lead, s.end, s.confidence)
            return [*spans[:k], names, title, publisher, *spans[k + 1 :]]
    return spans


@needs(labels=["title", "date"], any_label=("author", "editor"), without=("publisher", "container-title", "journal"))
def publisher_after_italic_title(spans: list[Span], text: str) -> list[Span]:
    """``Burnard, L., Bauman, S., Eds. *TEI P5: Guidelines ….* TEI Consortium, 2007.`` with the publisher read
    into the italic title: a few capitalised words after the title's closing mark, before the year, are the
    publisher (as ``italic_is_no_name`` reads them after names)."""
    if labels_of(spans) & {"publisher", "container-title", "journal"}:
        return spans  # a publisher or container read elsewhere: the words after the title are no publisher
    for run in emphasis_runs(text):
        for k in range(1, len(spans) - 1):
            s, nxt = spans[k], spans[k + 1]
            if s.label != "title" or nxt.label != "date" or spans[k - 1].label not in ("author", "editor"):
                continue
            if not (run.start <= s.start <= run.text_start and run.text_end < run.end < s.end):
                continue
            rest = text[run.end : s.end]
            words = WORD.findall(rest)
            # a publisher's name is short: "Recent Advances in Natural Language Processing, September 2007" names
            # a meeting, which is no publisher
            if _DIGIT.search(rest) or not 1 <= len(words) <= 4 or not rest.rstrip().endswith(","):
                continue
            lead = len(rest) - len(rest.lstrip(" .,;:"))
            if not rest[lead:][:1].isupper():
                continue
            title = Span("title", text[s.start : run.end], s.start, run.end, s.confidence)
            publisher = Span("publisher", rest[lead:], run.end + lead, s.end, s.confidence)
            return [*spans[:k], title, publisher, *spans[k + 1 :]]
    return spans


# a role after a work's title, then the names: "ed. by Vivien Jones", "edited by", "trans. by", "translated by"
_ROLE_AFTER_TITLE = lazy_pattern(r"(ed\.|edited|trans\.|translated)(?:\s+by)?\s+[A-Z]", re.I)


# a count of a book's volumes: "3 Bde.", "2 Bände", "4 vols."
_VOLUME_COUNT = lazy_pattern(r"\d{1,3}\s+(?:Bde\.|Bände|vols?\.|volumes|tomes|voll\.)")


# a quoted title's closing quote and the full stop after it: "… 2020”. Your Story"
_QUOTE_CLOSE_BREAK = lazy_pattern(r"”[.,]\s+(?=\S)")


@needs(labels=["title"], any_label=("volume", "pages"), without=("journal", "container-title", "publisher"))
def journal_after_title(spans: list[Span], text: str) -> list[Span]:
    """``Title. Hippocampus (2000) 10:555-560`` read as one title: where the record has numbers of a
    journal but no journal, the title's last sentence, a short name, is the journal."""
    labels = {s.label for s in spans}
    if labels & {"journal", "container-title", "publisher"} or not labels & {"volume", "pages"}:
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label not in ("volume", "pages", "date", "issue"):
            continue
        if nxt.label == "volume" and _VOLUME_COUNT.match(nxt.text):
            return spans  # "Title. Subtitle, 3 Bde., Darmstadt 2019": a book's count of volumes, no journal's
        if _one_italic_run(s.text):
            return spans  # "*Title. Subtitle*, vol. 1-2, …": the italics set off one title, no article and journal
        # titles in Chinese, Japanese or Korean run on to the journal after a comma
        cut = last(_CJK_BREAK if CJK.search(s.text) else SENTENCE_BREAK, s.text)
        if cut is None:
            return spans
        head, tail = s.text[: cut.start() + 1], s.text[cut.end() :]
        if head.count("“") > head.count("”") and (close := _QUOTE_CLOSE_BREAK.search(s.text, cut.end())):
            # "“Status Update: … Alexa. Thank you, 2020”. Your Story": no cut inside the quoted title
            cut = close
            head, tail = s.text[: cut.start() + 1], s.text[cut.end() :]
        words = WORD.findall(tail)
        short_head = len(WORD.findall(head)) < 3 and len(CJK.findall(head)) < 6
        named = any(len(w) >= 4 and not w.isupper() or CJK.match(w) for w in words)
        if (
            not 1 <= len(words) <= 8
            or short_head
            or not named
            or len(CJK.findall(tail)) > 16
            or tail.rstrip(" ,;:").endswith(("?", "!"))
        ):
            return spans
        if (
            "," in head
            and (ab := _ABBREVIATED_OPENING.search(head))
            and len(_ABBREVIATED_WORD.findall(head, ab.start())) >= 2
        ):
            # APS's "…: An update, At. Data Nucl. Data Tables 99, 69": the journal's abbreviated name opens at the comma
            return divided(spans, k, ab.start(), ab.start("journal"), "title", "journal")
        return divided(spans, k, len(head), cut.end(), "title", "journal")
    return spans


def _one_italic_run(value: str) -> bool:
    """Whether a span's words are one italic run alone (``*I nuovi testi. Antologia*``), its marks at its ends."""
    core = value.strip(" ,.;:")
    mark = core[:1]
    return mark in ("*", "_") and len(core) > 2 and core.endswith(mark) and core.count(mark) == 2


def _editors_inside(labels: list[str]) -> bool:
    """Whether editors are named after the reference's opening and before its one work."""
    works = [k for k, label in enumerate(labels) if label in ("container-title", "journal", "source")]
    first_work = works[0] if works else len(labels)
    return "editor" in labels[1:first_work]


def _note_locator(spans: list[Span]) -> bool:
    """Whether the reference ends, as a Chicago note does, on the page cited after its imprint in
    brackets: ``(Nashville: Greenwood Press, 1963), 77.``"""
    if len(spans) < 3 or spans[-1].label != "pages" or spans[-2].label != "date":
        return False
    opened = any(s.label == "location" and s.text.lstrip().startswith("(") for s in spans[:-2])
    return opened and spans[-2].text.rstrip(" ,.;").endswith(")")


@needs(without=("title", "issue"))
def book_title(spans: list[Span], text: str) -> list[Span]:
    """``Davies, W.D., Torah in the Messianic Age (Philadelphia: Fortress, 1952)`` with the one work
    named read as a container: with no title, no "In", and no journal's numbers, it is the title."""
    labels = [s.label for s in spans]
    if _note_locator(spans):
        labels = labels[:-1]  # a note's page after its bracketed imprint is the page cited, not an article's
    # editors who open the reference edited the work itself ("Wozniak, T. (Hg.): Wikipedia und …"), as
    # do those named after it ("Title, ed. Régine Le Jan, Lille"); editors between are a chapter's book's
    if "title" in labels or "issue" in labels or _editors_inside(labels):
        return spans
    if "pages" in labels and not _book_locator(spans, text):
        return spans
    if "interviewer" in labels:
        return spans  # an untitled interview's programme ("Interview. Conducted by …. *Morning Edition*, NPR")
    if labels[:1] == ["editor"] and _IN_LEAD.match(spans[0].text):
        return spans
    if "volume" in labels and not set(labels) & {"publisher", "location"}:
        return spans  # a volume with an imprint is a book's ("Vol. 2. Cambridge: Entropic")
    works = [k for k, label in enumerate(labels) if label in ("container-title", "journal", "source")]
    if len(works) != 1:
        return spans
    s = spans[works[0]]
    if s.label == "source":  # a source is a title only where the style set it in italics
        if not _EMPHASIS_MARK.match(text, s.start - 1 if s.start else 0):
            return spans
        return spans[: works[0]] + [Span("title", s.text, s.start, s.end, s.confidence)] + spans[works[0] + 1 :]
    # "In …", and a journal's abbreviated name ("Eur. Phys. J. C71"), are containers still; a span
    # holding a marked title (italics, a link) is divided at its marks after assembly (tidy)
    if (
        _IN_LEAD.match(s.text)
        or _IN_BEFORE.search(text, 0, s.start)  # "in" an earlier mend cut off the container
        or len(_ABBREVIATED_WORD.findall(s.text)) >= 2
        or _DIGIT_END.search(s.text)
        or _site_of_address(spans, works[0])  # "[1] Wikipedia, https://en.wikipedia.org/…": the site, no title
        or _MARKED_TITLE.search(s.text.strip(" *,.;:"))  # its own italics' marks at its edges divide nothing
        and not _one_emphasis_run(s, text)
    ):
        return spans
    lead = len(s.text) - len(s.text.lstrip(" ,.;:"))  # a stop the reading left before the title's mark
    if lead >= len(s.text):
        return spans  # only stops: no title to read
    title = Span("title", s.text[lead:], s.start + lead, s.end, s.confidence)
    return spans[: works[0]] + [title] + spans[works[0] + 1 :]


def _site_of_address(spans: list[Span], k: int) -> bool:
    """Whether ``spans[k]`` is only the name of the site the address right after it points to."""
    return (
        k + 1 < len(spans)
        and spans[k + 1].label == "url"
        and names_site(spans[k].text.strip(" ,.;:"), spans[k + 1].text)
    )


def _book_locator(spans: list[Span], text: str) -> bool:
    """Whether a reading's pages are the place a note cites in a book, not an article's: the one work is set
    whole in italics and the reference names its imprint (``*Title* pp. 131–132 New York: Oxford University
    Press``) or cites one page (``*Title* (1997), p. 49``)."""
    works = [s for s in spans if s.label in ("container-title", "journal", "source")]
    labels = {s.label for s in spans}
    if len(works) != 1 or "volume" in labels or not _one_emphasis_run(works[0], text):
        return False  # a volume with pages is a journal's numbers ("*Nature* (London) **409**, 1092")
    if _IN_BEFORE.search(text, 0, works[0].start):
        return False  # the book a chapter is in ("2. In *Statistics of Directional Data* (pp. 18-24)")
    pages = next(s for s in spans if s.label == "pages")
    return bool(labels & {"publisher", "location"}) or bool(_ONE_PAGE.match(pages.text))


def _one_emphasis_run(s: Span, text: str) -> bool:
    """Whether ``s`` is one emphasis run and the punctuation after it (BibTeX's ``*Title*, volume 19.``): a
    whole italic work, with nothing for assembly to divide; roman words after it with no mark between and
    none after (``*On Cormac McCarthy's* Blood Meridian``) are a title within its title, of the same work."""
    return any(
        run.start <= s.start <= run.text_start
        and (
            not text[run.end : s.end].strip(" ,.;:")
            or roman_continues(run, text)
            and not _MARKED_TITLE.search(text[run.end : s.end])
        )
        for run in emphasis_runs(text)
    )


@needs(labels=("author", "title"))
def title_after_initials(spans: list[Span], text: str) -> list[Span]:
    """``Liaw D. PTEN, a putative …`` read with ``PTEN,`` among the names: a name list in Vancouver's
    form ("Family AB") ends at the period after its last initials; what follows opens the title."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "author" or nxt.label != "title":
            continue
        m = _VANCOUVER_END.match(s.text)
        if m is None or _ETAL_TAIL.match(m.group("tail")):
            return spans
        a = s.start + m.start("tail")
        return (
            spans[:k]
            + [
                Span("author", s.text[: m.start("tail")], s.start, a, s.confidence),
                Span("title", text[a : nxt.end], a, nxt.end, min(s.confidence, nxt.confidence)),
            ]
            + spans[k + 2 :]
        )
    return spans


_YEAR_ALONE = lazy_pattern(r"[\s*_]*(?:1[6-9]|20)\d\d[\s*_]*")


@needs(labels=["date"], any_label=["journal", "container-title"], marks=["*", "_", "<"])
def year_opening_emphasis(spans: list[Span], text: str) -> list[Span]:
    """IEEE's meetings name themselves with their year first: ``*2009 IEEE 12th International Conference on
    Computer Vision, Kyoto* (2009)`` with the year read as a date; a year opening the emphasis that the
    proceedings' title closes is the title's, where the reference states its date elsewhere."""
    for run in emphasis_runs(text):
        for k in range(len(spans) - 1):
            d, c = spans[k], spans[k + 1]
            if d.label != "date" or c.label not in ("journal", "container-title"):
                continue
            if not (d.start <= run.text_start < d.end <= c.start and c.end >= run.text_end - 1):
                continue
            if not _YEAR_ALONE.fullmatch(d.text) or text[d.end : c.start].strip():
                continue
            if not any(s.label == "date" and s is not d for s in spans):
                return spans
            a = run.text_start
            return [*spans[:k], Span(c.label, text[a : c.end], a, c.end, c.confidence), *spans[k + 2 :]]
    return spans


# what the labeller cuts an italic title into after the names it ran on from
_RUN_PIECES = frozenset({"title", "journal", "container-title", "volume", "issue", "pages", "source"})
# the contributors a note names after its italic title, whose span the labeller may open inside the italics
_NAMES_AFTER_RUN = frozenset({"translator", "editor"})
# initials and capitalised names, no mark between them and the italics: "A. D. Godley"
_BARE_NAMES = lazy_pattern(r"^(?:[A-Z]\.\s*|[A-Z][^\W\d_]+(?:['\u2019-][^\W\d_]+)*\s+){1,5}[A-Z][^\W\d_]+\s*$")


@needs(labels=["author"], marks=["*", "_", "<"])
def names_run_into_italic_title(spans: list[Span], text: str) -> list[Span]:
    """A Wikipedia list's ``A. D. Godley *Herodotus : The Persian Wars : Volume I : Books 1–2* (Cambridge, …)``
    with no mark after the names: the author read on into the italics and the title cut into a journal and
    pages. The names end where the italics open; the run is the title. A note's ``Vittore Branca, *Boccaccio;
    The Man and His Works*, tr. Richard Monges`` too, with the translator's span opened inside the italics."""
    first = spans[0] if spans else None
    if first is None or first.label != "author":
        return spans
    for run in emphasis_runs(text):
        head = text[first.start : run.start]
        if not first.start < run.start < first.end or not _BARE_NAMES.match(head.rstrip(" ,")):
            continue
        inside = [s for s in spans[1:] if s.start < run.end]
        after = spans[1 + len(inside) :]
        if not inside or any(s.label not in _RUN_PIECES for s in inside[:-1]):
            return spans
        last_piece = inside[-1]
        tail = None  # a names' span that opens inside the run and runs on past it ("Works*, tr. Richard Monges,")
        if last_piece.end > run.end and text[run.end : last_piece.end].strip(" ,.;:(") != "":
            if last_piece.label not in _NAMES_AFTER_RUN or head.rstrip()[-1:] != ",":
                return spans
            a = len(text[run.end : last_piece.end]) - len(text[run.end : last_piece.end].lstrip(" ,.;:"))
            tail = Span(
                last_piece.label, text[run.end + a : last_piece.end], run.end + a, last_piece.end, last_piece.confidence
            )
        elif last_piece.label not in _RUN_PIECES:
            return spans
        names = head.rstrip(" ,") if tail is not None else head.rstrip()
        return [
            Span("author", names, first.start, first.start + len(names), first.confidence),
            Span("title", text[run.start : run.end], run.start, run.end, min(s.confidence for s in inside)),
            *([tail] if tail is not None else []),
            *after,
        ]
    return spans


# an inverted name's family alone, closed by its comma: "Froude,"
_FAMILY_COMMA = lazy_pattern(r"^[A-Z][^\W\d_]+(?:['\u2019-][^\W\d_]+)*,\s*$")
# the given names after it: one to three capitalised words or initials ("Morris", "James Anthony", "Edward T.")
_GIVEN_NAMES = lazy_pattern(r"^(?:[A-Z]\.\s*|[A-Z][^\W\d_]+(?:['\u2019-][^\W\d_]+)*\s+){1,3}$")
# words that open a part's title before the italic work it names ("Smith, Review *of* …", "Introduction *to* …")
_PART_WORDS = frozenset(["review", "introduction", "preface", "foreword", "afterword", "commentary", "notes", "on"])


@needs(labels=["author", "title"], marks=["*", "_", "<"])
def given_names_before_italic_title(spans: list[Span], text: str) -> list[Span]:
    """A note's ``Froude, James Anthony *Life and letters of Erasmus*`` (``Bishop, Morris *Petrarch and his
    World*``) with no mark after the inverted name: the given names read as the title's first words. The
    names end where the italics open."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "title":
        return spans
    first, title = spans[0], spans[1]
    if not _FAMILY_COMMA.match(first.text) or text[first.end : title.start].strip():
        return spans
    for run in emphasis_runs(text):
        if not title.start < run.start < title.end:
            continue
        given = text[title.start : run.start]
        if not _GIVEN_NAMES.match(given) or any(w.lower() in _PART_WORDS for w in given.split()):
            return spans
        names = text[first.start : run.start].rstrip()
        return [
            Span("author", names, first.start, first.start + len(names), first.confidence),
            Span("title", text[run.start : title.end], run.start, title.end, title.confidence),
            *spans[2:],
        ]
    return spans


# "… From Polymers to Proteins Vol. 3": a book's volume closing its (italic) title
_CLOSING_VOLUME = lazy_pattern(r"(?P<book>.*[^\W\d_]{2}),?\s+(?P<volume>(?:Vol\.|Volume)\s*\d{1,4})[*_]{0,2}\s*")
# a proceedings' named part, which its title keeps ("*Proceedings of the 29th ACM … Systems, Volume 2*")
_NAMED_PART = lazy_pattern(r"(?i)\b(?:proceedings|conference|symposium|workshop)\b.*,\s+Volume\s+\d")


@needs(labels=["container-title"], without=["volume", "journal"])
def volume_closing_book(spans: list[Span], text: str) -> list[Span]:
    """The APS's ``in *Book: Subtitle Vol. 3* (Springer, …)`` with the volume read into the book: ``Vol. N`` closing
    the book's title is its volume (a proceedings' ``, Volume 2`` is its title's own)."""
    books = (k for k, s in enumerate(spans) if s.label == "container-title")
    found = next(((k, m) for k in books if (m := _CLOSING_VOLUME.fullmatch(spans[k].text))), None)
    if found is None or _NAMED_PART.search(found[1].group(0)):
        return spans
    k, m = found
    return divided(spans, k, m.end("book"), m.start("volume"), "container-title", "volume")


# what an old book's imprint sets after its italic title with no mark: a town and the year ("Braunschweig 1785")
_TOWN_YEAR_TAIL = lazy_pattern(
    r"\s*[,.]?\s*(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}),?\s+(?P<year>1[5-9]\d\d|20\d\d)\s*[.,]?\s*$"
)


@needs(labels=["title"], without=["date"], marks=["*", "_", "<"])
def town_year_after_italic_title(spans: list[Span], text: str) -> list[Span]:
    """A note's ``Knittel, *Neue Kritiken über den berühmten Sprych* Braunschweig 1785`` read whole as the title:
    the italics close the title, and the town and the year after them are the imprint (a date read elsewhere
    leaves the title as it is)."""
    if "date" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        for run in emphasis_runs(text):
            if not (s.start <= run.text_start and not text[s.start : run.start].strip() and run.end < s.end):
                continue
            m = _TOWN_YEAR_TAIL.match(text, run.end, s.end)
            if m is None:
                return spans
            return [
                *spans[:k],
                Span("title", text[s.start : run.end], s.start, run.end, s.confidence),
                Span("location", m.group("place"), m.start("place"), m.end("place"), s.confidence),
                Span("date", text[m.start("year") : s.end], m.start("year"), s.end, s.confidence),
                *spans[k + 1 :],
            ]
    return spans


@needs(any_label=("location", "publisher"), without=["title"], marks=["*", "_", "<"])
def italic_title_opens_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Crispina, Enrica. 2001. *Michelangelo*. Firenze: Giunti.`` with the one-word italic title read into the
    place: an italic run that opens the imprint's span and is closed by a full stop is the title."""
    if any(s.label == "title" for s in spans):
        return spans  # a title read elsewhere: the italic run is some other work's
    for k, s in enumerate(spans):
        if s.label not in ("location", "publisher"):
            continue
        for run in emphasis_runs(text):
            if not (run.start <= s.start <= run.text_start and run.end < s.end):
                continue
            rest = text[run.end : s.end]
            if not rest.startswith(".") or not rest[1:].strip():
                break
            a = run.end + len(rest) - len(rest[1:].lstrip())
            return [
                *spans[:k],
                Span("title", text[s.start : run.end], s.start, run.end, s.confidence),
                Span(s.label, text[a : s.end], a, s.end, s.confidence),
                *spans[k + 1 :],
            ]
    return spans


# the word that names the author after a title and its comma: "…, by"
_COMMA_BY = lazy_pattern(r",\s*by\s*$")


@needs(labels=["title", "author"], words=["by"])
def by_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``The Age of Erasmus, Lectures Delivered in …, by P. S. Allen, Clarendon Press 1914`` with ``, by`` read
    into the title: the word introduces the author named after it and is no part of the title."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label != "author" or (m := _COMMA_BY.search(s.text)) is None:
            continue
        if not s.text[: m.start()].strip():
            return spans
        title = Span("title", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        return [*spans[:k], title, *spans[k + 1 :]]
    return spans


_BOOK_WORKS = frozenset(["title", "container-title", "journal", "source"])


@needs(any_label=_BOOK_WORKS, labels=["date"], without=("volume", "issue"), marks=["*", "_"])
def annotation_after_italic_book(spans: list[Span], text: str) -> list[Span]:
    """A further-reading list's ``Quinones, Ricardo J. *Erasmus and Voltaire: Why They Still Matter* (University of
    Toronto Press; 2010) 240 pp. Draws parallels between …`` with the sentence describing the book, after its
    date and pages, read as the title or a container: the one italic work before it is the title, the
    sentence a note."""
    last = spans[-1] if len(spans) > 2 else None
    if last is None or last.label not in _BOOK_WORKS or spans[-2].label not in ("date", "pages"):
        return spans
    if any(s.label in ("volume", "issue") for s in spans):
        return spans  # a periodical's or a law report's numbers: no book (as the declaration says)
    if len(last.text.split()) < 5 or not last.text.rstrip().endswith("."):
        return spans
    works = [k for k, s in enumerate(spans[:-1]) if s.label in _BOOK_WORKS]
    if len(works) != 1 or not _one_emphasis_run(spans[works[0]], text):
        return spans
    k = works[0]
    book = spans[k]
    return [
        *spans[:k],
        Span("title", book.text, book.start, book.end, book.confidence),
        *spans[k + 1 : -1],
        Span("note", last.text, last.start, last.end, last.confidence),
    ]


# the labels of a work read elsewhere, or of a name that is no author's
_NAMED_WORK = frozenset(["title", "container-title", "journal", "editor"])
# an inverted person ("Smith, John") or a list of names, or one closed by "et al.": no title's opening sentence
_NAMES_MARK = lazy_pattern(r",|\s(?:and|&)\s|\bet\.?\s*al\b")


@needs(labels=("author", "location", "publisher"), without=("title", "container-title", "journal", "editor"))
def name_alone_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """Chicago's entry for a work with no author, ``College Bound Seniors. Princeton: College Board Publications,
    1979.``, with its one sentence before the imprint read as a group author: a work named nowhere else is named
    there, so the sentence is the title."""
    if len(spans) < 3 or spans[0].label != "author" or spans[1].label != "location" or spans[2].label != "publisher":
        return spans
    if any(s.label in _NAMED_WORK for s in spans):
        return spans  # (as its gate says: a work read elsewhere leaves the name alone)
    first = spans[0]
    words = first.text.rstrip(" .").split()
    # (one sentence: "Title. Editado por Richard Zenith." names its editor after the title)
    if len(words) < 2 or ". " in first.text.rstrip(" .") or _NAMES_MARK.search(first.text.rstrip(" .")):
        return spans
    if any(s.label == "author" for s in spans[1:]):
        return spans
    if text[: first.start].strip() or text[first.end : spans[1].start].strip():
        return spans
    return [Span("title", first.text, first.start, first.end, first.confidence), *spans[1:]]
