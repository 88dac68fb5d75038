"""Mends of the German humanities form (DIN 1505, ISO 690 as German lists print it).

Its author element closes with a colon (``Giebel, Marion: Title.``), a chapter's book follows
``In:`` with its editors and ``(Hg.)`` (``In: Christiane Walde (Hg.): Book.``), and the imprint
sets the year after the publisher with no comma (``Stuttgart: Metzler 2010.``), a series in
brackets after it (``(Rowohlts Monographien 291)``).
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.caps_names import caps_first_names_close
from biblio.parse.mends.common import links_start, span_within
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.names import has_org_word
from biblio.parse.spans import Span

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# the pages after a DIN imprint's year: "S. 1–12", "S. 59f."
_PAGES = r"S\.\s*\d+(?:\s*[-\u2013]\s*\d+)?f{0,2}\.?"
# one person: "Family, Given" inverted (given names or initials), or "Given Family" in natural order
# a given name or an initial: a whole word never ends in a full stop ("Kuhn, Rita. Title." is no name list)
_INITIAL = r"[^\W\d_]\."
_GIVEN_WORD = r"[^\W\d_][\w'\u2019-]*(?![\w.])"
_WORD = rf"(?:{_INITIAL}|{_GIVEN_WORD})"
# given names, then initials ("Reinhold F."); no word after an initial ("Le, Q. V. Xlnet: Title" holds a title)
_GIVEN = rf"(?:{_GIVEN_WORD}(?:\s+{_GIVEN_WORD}){{0,2}}(?:\s*{_INITIAL}){{0,2}}|{_INITIAL}(?:\s*{_INITIAL}){{0,2}})"
# a family name's words are no initials ("A. Alanen, Morgan Park: …" is a name and a title)
_FAMILY_WORD = r"[^\W\d_][\w'\u2019-]+"
_INVERTED = rf"(?:[a-z]{{1,3}}\.?\s+)?{_FAMILY_WORD}(?:\s+{_FAMILY_WORD}){{0,2}},\s+{_GIVEN}"
_NATURAL = rf"{_WORD}(?:\s+{_WORD}){{1,3}}"
_JOIN = r"(?:\s*;\s*|\s*/\s*|,?\s+(?:und|and|&)\s+|,\s+)"
_ROLE = r"\(\s*(?i:hg|hrsg|hgg|eds?)\.?\s*\)"
# the names of the author element, an optional role, and the colon that closes them
# ("u.a." closes names cut short: "Franz, Eckhart G./ Battenberg, Friedrich, u.a.:")
_OTHERS = r"(?:,?\s+u\.\s?a\.)"
_NAMES_COLON = lazy_pattern(
    rf"^\s*(?P<names>{_INVERTED}(?:{_JOIN}(?:{_INVERTED}|{_NATURAL}))*){_OTHERS}?(?P<role>\s*{_ROLE})?\s*:\s+(?=\S)"
)
# what no name before the colon holds (a word opening on a digit, a word of five letters or more closing on a full
# stop, a mark no name or join writes), and the longest names (333 characters in the gold and training texts):
# checked first, because a long list that is no name list (`Names et al. Title. arXiv:`) costs _NAMES_COLON
# exponential time to reject, every split of its commas tried
_NO_NAMES = lazy_pattern(r"\b\d|[^\W\d_]{5,}\.|[^\w\s,;/&.'\u2019()-]")
_NAMES_MAX = 400


def names_before_colon(text: str) -> re.Match[str] | None:
    """``_NAMES_COLON`` matched on ``text``, after the cheap checks that it cannot match."""
    colon = text.find(":")
    if colon < 0 or colon > _NAMES_MAX or _NO_NAMES.search(text, 0, colon):
        return None
    return _NAMES_COLON.match(text)


# "In: Christiane Walde (Hg.):" closing the span: the editors of the book the part is in
_IN_EDITORS = lazy_pattern(
    rf"(?<=[.?!»\u201c\u201d\"])\s+In:\s+(?P<eds>(?:{_NATURAL}|{_INVERTED})(?:{_JOIN}(?:{_NATURAL}|{_INVERTED}))*)"
    rf"\s*{_ROLE}\s*:?\s*$"
)
_NAME_LABELS = frozenset(["author", "editor"])
# "Snyder, | Jane McIntosh und Camille-Yvette Welsch: Sappho.": a lone family name, then its given
# names and further names joined by "und", "and", "&" or ";" up to the colon, read as the title
_LONE_FAMILY = lazy_pattern(r"^\s*[^\W\d_][\w'\u2019-]*,\s*$")
# "Schlesier, | Renate: Sappho. In: …": the given name and its colon opening the next name span
_GIVEN_COLON = lazy_pattern(rf"^{_GIVEN}\s*:\s+\S")
# "Bunnenberg, Christian/ Steffen, | Nils (Hgg.): Title" or "…, Klaus-Dieter, | u.a. (Hgg.): Title": the names cut
# after a family name's comma, the rest of them, their role and colon opening the next span
# (the model may cut inside "u.a.": "…, Friedrich, u | .a.: Title"; or after a family of two words: "Bortoni
# Salvadori, | Fabia: ‘Title’")
# (after a family alone, one given name: "Marcus Rediker, | The Slave Ship: …" holds a title)
_ONE_GIVEN_CUT = lazy_pattern(r"^(?:[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?|(?:[A-Z]\.\s?){1,3})\s*:\s+\S")
_FAMILY_WORDS = lazy_pattern(r"^\s*[^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*){0,2},\s*$")
_NAMES_CUT = lazy_pattern(rf"^(?:{_GIVEN}{_OTHERS}?|u?\.\s?a\.)(?:\s*{_ROLE})?\s*:\s+\S")
_GIVEN_AND_NAMES = lazy_pattern(
    rf"^{_WORD}(?:\s+{_WORD}){{0,3}}(?:\s*;\s*|,?\s+(?:und|and|&)\s+)(?:{_INVERTED}|{_NATURAL})\s*:\s+\S"
)


@needs(any_label=_NAME_LABELS, marks=[":"])
def title_in_colon_names(spans: list[Span], text: str) -> list[Span]:
    """``Bagordo, Andreas: Sappho. In: Christiane Walde (Hg.):`` or ``DuBois, Page: Sappho.`` read as
    one name span (or ``Snyder, | Jane McIntosh und Camille-Yvette Welsch: Sappho.`` with the names run
    into the title): the names end at the colon, the title runs to ``In:``, and the names before
    ``(Hg.):`` are the book's editors. Names with no role of their own are the authors."""
    if len(spans) < 2 or spans[0].label not in _NAME_LABELS or ":" not in text[: spans[1].end]:
        return spans
    if caps_first_names_close(text, text.index(":")):
        return spans  # "JUSTI Carl, Winckelmann: sein Leben": the names closed at the comma, the colon is the title's
    lead = 1 if ":" in spans[0].text else 2
    first, last = spans[0], spans[lead - 1]
    head = text[first.start : spans[1].start] if lead == 2 else ""
    cut = head.rstrip().endswith((",", " u")) and (
        "/" in first.text and _NAMES_CUT.match(spans[1].text) is not None
        or _FAMILY_WORDS.match(head) is not None
        and _ONE_GIVEN_CUT.match(spans[1].text) is not None
        and not has_org_word(head)  # "Ollama Team, | Ollama: Get up …": a body, then its product's title
    )
    if lead == 2 and not cut and (
        _LONE_FAMILY.match(first.text) is None
        or _GIVEN_AND_NAMES.match(last.text) is None
        and (last.label not in _NAME_LABELS or _GIVEN_COLON.match(last.text) is None)
    ):
        return spans
    whole = text[first.start : last.end]
    m = names_before_colon(whole)
    if m is None:
        return spans
    body = whole[m.end() :]
    ed = _IN_EDITORS.search(body) if last.label in _NAME_LABELS else None
    title_end = m.end() + (ed.start() if ed else len(body))
    if not whole[m.end() : title_end].strip(" ."):
        return spans
    a = first.start
    out = [
        Span("editor" if m["role"] else "author", whole[: m.end()], a, a + m.end(), first.confidence),
        Span("title", whole[m.end() : title_end], a + m.end(), a + title_end, last.confidence),
    ]
    rest = spans[lead:]
    # the span the colon stands in was no name ("Kondrup, | Johnny: *Editionsfilologi*, København:"): what follows
    # the italic title keeps that span's label
    close = body.find("*", 1) + 1 if ed is None and last.label not in _NAME_LABELS and body.startswith("*") else 0
    if close and body[close:].strip(" ,.:"):
        z = m.end() + close
        out[1] = Span("title", whole[m.end() : z], a + m.end(), a + z, last.confidence)
        out.append(Span(last.label, whole[z:], a + z, last.end, last.confidence))
    if ed is not None:
        z = m.end() + ed.start("eds")
        out.append(Span("editor", whole[z:], a + z, last.end, last.confidence))
        if rest and rest[0].label == "title":  # the book's title after its editors
            rest = [Span("container-title", rest[0].text, rest[0].start, rest[0].end, rest[0].confidence), *rest[1:]]
    return [*out, *rest]


# Czech and Hungarian lists' names family first, initials after, no comma between: "Heller J., Mrázek M.:",
# "von Soden W. :", "Prosecký J. a kol. :", "Sasson J. M. & kol.:" (the colon may have a space before it)
_FAMILY_INITIALS = r"(?:(?:von|van|de|der|di|da|le|la)\s+)?[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?\s+(?:[A-Z]\.\s?){1,3}"
_INITIALS_NAMES_COLON = lazy_pattern(
    rf"^\s*{_FAMILY_INITIALS}(?:,\s*{_FAMILY_INITIALS})*(?:\s*(?:a|&)\s+kol\.|,?\s+et\s+al\.)?\s*:\s+(?=\S)"
)


@needs(marks=(".:", ". :"))
def initials_names_close_at_colon(spans: list[Span], text: str) -> list[Span]:
    """A Czech list's ``Otto R.: Posvátno. Iracionalita …`` (``von Soden W. : Title``, ``Prosecký J. a kol. : Title``)
    with the names run into the title, or the title's head into the names: the names, family first with their
    initials after, end at the colon, and the title begins after it."""
    colon = text.find(":")
    if colon < 0 or colon > 160 or (m := _INITIALS_NAMES_COLON.match(text)) is None:
        return spans
    z = m.end()
    names = [s for s in spans if s.start < z]
    rest = [t for s in spans if s.end > z and (t := span_within(s, text, z, s.end)) is not None]
    if not names or not rest:
        return spans
    head = rest[0]
    cut = head.start > spans[0].start and any(s.start < z < s.end for s in spans)
    if len(names) == 1 and names[0].label == "author" and names[0].end <= z and head.label == "title":
        return spans  # the names and the title already part at the colon
    if head.label != "title":
        if any(s.label == "title" for s in rest[1:]) and not (cut and len(rest) > 1 and rest[1].label == "title"):
            return spans
        if cut and len(rest) > 1 and rest[1].label == "title":
            rest = [Span("title", text[head.start : rest[1].end], head.start, rest[1].end, head.confidence), *rest[2:]]
        else:
            rest = [Span("title", head.text, head.start, head.end, head.confidence), *rest[1:]]
    elif cut and len(rest) > 1 and rest[1].label == "title":
        rest = [Span("title", text[head.start : rest[1].end], head.start, rest[1].end, head.confidence), *rest[2:]]
    a = names[0].start
    author = Span("author", text[a:z].rstrip(), a, a + len(text[a:z].rstrip()), names[0].confidence)
    return [author, *rest]


# "Metzler 2010." / "Wiley & Sons 2020, S. 1–12." / "Teubner 1996. (Lectio Teubneriana V)"
_PUBLISHER_YEAR = lazy_pattern(
    rf"^(?P<pub>[^\d()\[\]:;]{{2,80}}?),?\s+(?P<year>{_YEAR})(?:\s*ff\.?)?"
    rf"(?:,\s*(?P<pages>{_PAGES}))?"
    r"(?P<rest>[.,]\s*(?:\(\s*=?\s*(?P<series>[^()]+)\))?.*)?$",
    re.S,
)
_IMPRINT_HOLDERS = frozenset(["publisher", "note"])


@needs(labels=["location"], without=["date"])
def year_closing_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Düsseldorf: Patmos 2009. (Sammlung Tusculum)`` read as one publisher: after the place and
    its colon, the publisher ends where the year stands (no comma between them), the pages may
    follow (``, S. 1–12``), and a bracketed series closes the entry."""
    if "date" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        prev, s = spans[k - 1], spans[k]
        if prev.label != "location" or not prev.text.rstrip().endswith(":") or s.label not in _IMPRINT_HOLDERS:
            continue
        m = _PUBLISHER_YEAR.match(s.text)
        if m is None:
            return spans
        parts = [("publisher", "pub"), ("date", "year"), ("pages", "pages"), ("collection-title", "series")]
        out = [Span(label, m[g], s.start + m.start(g), s.start + m.end(g), s.confidence) for label, g in parts if m[g]]
        tail = m.end("series") + 1 if m["series"] else m.end("pages") if m["pages"] else m.end("year")
        rest = s.text[tail:]
        if rest.strip(" .,;"):
            out.append(Span("note", rest, s.start + tail, s.end, s.confidence))
        return [*spans[:k], *out, *spans[k + 1 :]]
    return spans


# "… S. 1–12. (Blackwell Companions to Literature and Culture)": a series in brackets closing the entry
# after the imprint's full stop, or (DIN's "(Reihe; 12)", numbered after a semicolon) right after it
_CLOSING_SERIES = lazy_pattern(
    r"(?:[.,]\s*|(?<=[^\W_])\s+(?=\([^()]*;\s*\d+\s*\)))\(\s*=?\s*(?P<series>[^\W\d_][^()]{2,118})\)\.?\s*$"
)
_NO_SERIES = lazy_pattern(rf"{_YEAR}|\b(?:in press|im druck|hg|hrsg|eds?|dir|online|pdf)\b", re.I)
_IMPRINT_LABELS = frozenset(["pages", "date", "publisher", "location", "note"])


@needs(marks=[")"])
def series_closing_entry(spans: list[Span], text: str) -> list[Span]:
    """``Wiley & Sons 2020, S. 1–12. (Blackwell Companions to …)`` or ``Wetzlar: Zentrum (Schriftenreihe;
    10)`` with the bracketed series read into the pages, the publisher or a container: a series in brackets
    after the imprint closes the entry."""
    if not text.rstrip().endswith((")", ").")) or (m := _CLOSING_SERIES.search(text)) is None:
        return spans
    if _NO_SERIES.search(m["series"]) or "collection-title" in labels_of(spans):
        return spans
    b = text.rfind("(", 0, m.start("series"))
    holder = next((s for s in spans if s.start <= b < s.end), None)
    if holder is None or holder.label not in _IMPRINT_LABELS or holder.start == b:
        return spans
    out = []
    for s in spans:
        if s.end <= b:
            out.append(s)
        elif s.start < b:
            out.append(Span(s.label, text[s.start : b], s.start, b, s.confidence))
    a, z = m.start("series"), m.end("series")
    return [*out, Span("collection-title", text[a:z], a, z, holder.confidence)]


# the imprint closing a DIN entry: ". Place: Publisher Year[, S. 1–12][. (Series)]"; a publisher holds no
# sentence's end ("Xlnet: Generalized … understanding. In NeurIPS, 2019." is a title and a venue). The stop
# before the place is matched, not looked behind at, so the engine skips to the stops (only groups are read); the
# full stop of German's "hrsg. v." is none: "hrsg. v. Otto Brenner, Göttingen: Wallstein 2001" names its editor there
_IMPRINT_AT_END = lazy_pattern(
    rf"(?:[?!»\u201c\u201d]|(?<!\bv)\.)\s+(?P<place>[A-ZÄÖÜ][^\W\d_][^:.;()\[\]\d]{{0,58}}?):\s+"
    rf"(?P<pub>[^\W\d_](?:(?![a-zäöüß]{{4,}}\.\s)[^\d:;()\[\]]){{1,78}}?),?\s+(?P<year>{_YEAR})"
    rf"(?:,\s*(?P<pages>{_PAGES}))?\.?"
    r"(?:\s*\(\s*=?\s*(?P<series>[^\W\d_][^()]{1,118})\)\.?)?\s*$"
)


# "Laura Untner: " read as the names: the author element in natural order, closed by its colon
_NATURAL_COLON = lazy_pattern(rf"\s*{_NATURAL}(?:{_JOIN}{_NATURAL})*\s*:\s*")
# a conference volume's imprint with no publisher: ". Passau 2024, online." / ". Madrid 2024, S. 26–30."
_PLACE_YEAR_AT_END = lazy_pattern(
    rf"[.?!»\u201c\u201d]\s+(?P<place>[A-ZÄÖÜ][^\W\d_]+(?:[-/][A-ZÄÖÜ][^\W\d_]+)*)\s+(?P<year>{_YEAR})"
    rf"(?:,\s*(?P<pages>{_PAGES}))?(?:,\s*online)?\.?\s*$"
)


@needs(any_label=_NAME_LABELS, marks=[":"])
def imprint_closing_entry(spans: list[Span], text: str) -> list[Span]:
    """A DIN entry (its names closing with a colon) whose closing ``Place: Publisher Year`` the model
    read into the title, a note or a date: the imprint's parts are the place, publisher, year, pages
    and series, wherever the spans before cut them; a year closing the title before it is the title's
    (``… Lyrik nach 1990. Berlin/Boston: De Gruyter 2014.``)."""
    if not spans or spans[0].label not in _NAME_LABELS or ":" not in text:
        return spans
    # the names hold no colon, so an inverted name's comma comes before the text's first one
    if ("," not in text[: text.index(":")] or names_before_colon(text) is None) and (
        not spans[0].text.rstrip().endswith(":") or _NATURAL_COLON.fullmatch(spans[0].text) is None
    ):
        return spans
    k = links_start(spans)  # (an address or an access date may close it)
    core = text[: spans[k].start] if k < len(spans) else text
    m = _IMPRINT_AT_END.search(core) or _PLACE_YEAR_AT_END.search(core)
    if m is None:
        return spans
    a = m.start("place")
    labels = {"place": "location", "pub": "publisher", "year": "date", "pages": "pages", "series": "collection-title"}
    found = m.groupdict()
    wanted = [(lab, m.start(g), m.end(g)) for g, lab in labels.items() if found.get(g)]
    if all(any(s.label == lab and s.start <= x and s.end >= y for s in spans) for lab, x, y in wanted):
        head = [s for s in spans if s.end <= a]  # read so already: the imprint's spans stay
        return [*_year_into_title(head, text), *spans[len(head) :]]
    out = []
    for s in spans:
        if s.end <= a:
            out.append(s)
        elif s.start < a and text[s.start : a].strip():
            out.append(Span(s.label, text[s.start : a], s.start, a, s.confidence))
    out = _year_into_title(out, text)
    if not out or out[-1].label in ("location", "publisher", "date"):
        return spans
    if all(s.label in _NAME_LABELS for s in out):
        return spans  # "Names. Switch transformers: Scaling to …, 2021.": the title's colon, no imprint
    conf = min(s.confidence for s in spans if s.end > a)
    return [*out, *(Span(lab, text[x:y], x, y, conf) for lab, x, y in wanted), *spans[k:]]


_BARE_YEAR = lazy_pattern(rf"^\s*{_YEAR}[.,]?\s*$")


def _year_into_title(head: list[Span], text: str) -> list[Span]:
    """``head`` with a bare year read as the date right after the title joined to the title."""
    if len(head) < 2 or head[-1].label != "date" or head[-2].label != "title" or not _BARE_YEAR.match(head[-1].text):
        return head
    t, d = head[-2], head[-1]
    return [*head[:-2], Span("title", text[t.start : d.end], t.start, d.end, t.confidence)]


# "Korczak, Janusz | (1998ff.): Sämtliche Werke": the author-year form's year, with "ff." for a run of volumes
_YEAR_OPENS = lazy_pattern(rf"^\s*\(\s*(?P<year>{_YEAR})[a-z]?\s*(?:ff\.?)?\s*\)\s*:\s+(?=\S)")


@needs(labels=["title"], any_label=_NAME_LABELS, without=["date"])
def year_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``Korczak, Janusz (1998ff.): Sämtliche Werke.`` with the bracketed year and its colon read into
    the title: after the names, the year is the date."""
    if len(spans) < 2 or spans[0].label not in _NAME_LABELS or "date" in labels_of(spans):
        return spans
    s = spans[1]
    if s.label != "title" or (m := _YEAR_OPENS.match(s.text)) is None:
        return spans
    a, z = s.start + m.start("year"), s.start + m.end("year")
    b = s.start + m.end()
    return [
        spans[0],
        Span("date", text[a:z], a, z, s.confidence),
        Span("title", text[b : s.end], b, s.end, s.confidence),
        *spans[2:],
    ]
