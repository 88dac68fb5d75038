"""A book's imprint in brackets after its title, ``Title (CUP, 1977)`` or ``Title (Hart, 2012)`` (OSCOLA and
other notes styles): a publisher's short name, unknown to the model, read as the end of the title, or with
the year as one date (Chicago's notes: ``*Lines: A Brief History* (Routledge, 2016), 105-6``)."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import WORD, emphasis_runs
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.mends.name_tails import INITIALS_LEAD, LIST_CLOSER
from biblio.parse.normalisers.dates import SEASONS, month_number
from biblio.parse.normalisers.places import REGIONS, is_place
from biblio.parse.spans import Span

_WORKS = frozenset(["title", "journal", "container-title"])
# "… of Practice (CUP," : the bracket opens on a name with no digit and its comma (a venue's "(SciPy 2009)"
# has none), the year follows in the next span
_NAME_OPENS_BRACKET = lazy_pattern(r"^(?P<head>.*[^\s(])\s*\((?P<name>[^()\d]*[^()\d\s,]),\s*$")
# (the month before it too, as Italian notes date a book: "(Ledizioni, | febbraio 2014)")
# (and a later issue after it, MHRA's "(Faber and Faber, | 1981, re-issued 2009)")
_YEAR_CLOSES = lazy_pattern(
    r"^\s*(?:(?P<month>[^\W\d_]{3,}\.?)\s+)?(?:1[5-9]|20)\d\d[a-z]?"
    r"(?:,?\s*(?:re-?issued|reprinted|repr\.)\s+(?:1[5-9]|20)\d\d)?\s*\)"
)


def _year_closes(text: str) -> bool:
    m = _YEAR_CLOSES.match(text)
    return m is not None and (m.group("month") is None or month_number(m.group("month")) is not None)
_ROLE = lazy_pattern(r"(?i)^(?:eds?|trans|transl|tr|hrsg|dir|comp|coord)\b")


@needs(labels=["date"], any_label=_WORKS, without=["publisher"], marks=["("])
def publisher_in_bracket(spans: list[Span], text: str) -> list[Span]:
    """``Outline of A Theory of Practice (CUP, | 1977).`` read as one title and the year, with no publisher
    read: the name the bracket opens on, before the year that closes it, is the publisher (or the place)."""
    if "(" not in text or "publisher" in labels_of(spans):
        return spans
    for k in range(len(spans) - 1):
        s = spans[k]
        # the physics journals' "(Grim and Drang, | New York, | 1988)": the place between the name and the year
        # (MHRA's edition there too: "(Wadsworth, | 2nd rev. edn, | 1997)")
        d = k + 2 if spans[k + 1].label in ("location", "edition") and k + 2 < len(spans) else k + 1
        if s.label not in _WORKS or spans[d].label != "date" or not _year_closes(spans[d].text):
            continue
        m = _NAME_OPENS_BRACKET.match(s.text)
        if m is None:
            return spans
        name = m.group("name")
        if not name[:1].isupper() or len(WORD.findall(name)) > 6 or len(WORD.findall(m.group("head"))) < 2:
            return spans
        if _ROLE.match(name):
            return spans
        a, z = s.start + m.start("name"), s.start + m.end("name")
        head = Span(_head_label(s, spans), m.group("head"), s.start, s.start + m.end("head"), s.confidence)
        imprint = Span("location" if is_place(name) else "publisher", name, a, z, s.confidence)
        return [*spans[:k], head, imprint, *spans[k + 1 :]]
    return spans


_PART_LABELS = frozenset(["title", "editor", "pages", "volume", "issue"])
_IN_OPENS = lazy_pattern(r"^\s*(?:[Ii]n|[Dd]ans|[Ee]n)\b")


def _head_label(s: Span, spans: list[Span]) -> str:
    """The label of the words before the imprint's bracket: a container read alone, with no title, editors, pages
    or numbers and no ``In`` (Nature's ``World Health Organization. Global Tuberculosis Report 2021 (WHO, 2021).``),
    is the book itself."""
    if s.label == "container-title" and not any(t.label in _PART_LABELS for t in spans) and not _IN_OPENS.match(s.text):
        return "title"
    return s.label


# "(Routledge, 2016)", "(Minneapolis: University of Minnesota Press, 2001)": the imprint and the year in one bracket
_IMPRINT_AND_YEAR = lazy_pattern(
    r"^\s*\((?:(?P<place>[^():,\d]+?)\s*:\s*)?(?P<name>[^():\d]*[^():\d\s,]),\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)"
)


@needs(labels=["date"], any_label=_WORKS, without=["publisher"], marks=["("])
def publisher_in_dated_bracket(spans: list[Span], text: str) -> list[Span]:
    """``*Lines: A Brief History* | (Routledge, 2016),`` with the bracket read as one date after the work:
    the name before the year is the publisher (its place before a colon), and an italic work read as a
    journal, with no title and no volume, is the book's title."""
    if "(" not in text or "publisher" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s, work = spans[k], spans[k - 1]
        if s.label != "date" or work.label not in _WORKS:
            continue
        m = _IMPRINT_AND_YEAR.match(s.text)
        if m is None:
            return spans
        name = m.group("name").strip()
        first = WORD.findall(name)[:1]
        if (
            not name[:1].isupper()
            or len(WORD.findall(name)) > 6
            or _ROLE.match(name)
            or (first and (month_number(first[0]) or first[0].lower() in SEASONS))
        ):
            return spans
        out = list(spans[: k - 1])
        labels = labels_of(spans)
        italic = any(r.text_start <= work.start and work.end <= r.text_end for r in emphasis_runs(text))
        if work.label == "journal" and "title" not in labels and "volume" not in labels and italic:
            work = Span("title", work.text, work.start, work.end, work.confidence)
        out.append(work)
        if m.group("place"):
            a, z = s.start + m.start("place"), s.start + m.end("place")
            out.append(Span("location", text[a:z], a, z, s.confidence))
        a, z = s.start + m.start("name"), s.start + m.end("name")
        out.append(
            Span("location" if not m.group("place") and is_place(name) else "publisher", text[a:z], a, z, s.confidence)
        )
        out.append(Span("date", text[z : s.end], z, s.end, s.confidence))
        return [*out, *spans[k + 1 :]]
    return spans


@needs(labels=["date"], any_label=_WORKS, without=["publisher"], marks=["("])
def publisher_in_bracket_after_late_title(spans: list[Span], text: str) -> list[Span]:
    """``publisher_in_bracket`` again for a title found by a late mend: Science's and PNAS's ``J. A. Silva, Obras
    Completas (Biblioteca Ayacucho, 1977).``, whose title ``name_tails.title_after_initials_names`` reads apart
    from the names."""
    return publisher_in_bracket(spans, text)


# "*Title*, Gunther Edition, (Rome – 2004)", "*Title*, Pennsylvania State University Press (University Park, PA –
# 2006)": after the italic title, the publisher, then the place and year in brackets (a comma or a spaced dash
# between them), closing the reference
_PUBLISHER_THEN_PLACE_YEAR = lazy_pattern(
    r"\s*,\s*(?P<pub>[A-Z][^()*;:\d]{1,80}?)\s*,?\s*\((?P<place>[A-Z][^()\d;:]{0,60}?[^\s,])\s*"
    r"(?:,|\s[-\u2013\u2014])\s*(?P<year>(?:1[5-9]|20)\d\d)\)\.?\s*$"
)
_NAMES = frozenset(["author", "editor"])


@needs(labels=["date"], marks=("*", "("))
def publisher_before_bracketed_place_year(spans: list[Span], text: str) -> list[Span]:
    """``Name, *Title*, Publisher (Place – Year)`` read with the publisher in the title or the container and the
    place as the publisher: the name after the title is the publisher, the bracket's town (a known one) its place."""
    runs = emphasis_runs(text)
    if not runs or not spans or spans[0].label not in _NAMES:
        return spans
    run = runs[0]
    m = _PUBLISHER_THEN_PLACE_YEAR.match(text, run.end)
    if m is None or not is_place(m.group("place")) or is_place(m.group("pub")):
        return spans
    head = [s for s in spans if s.start < run.start]
    if any(s.label not in _NAMES for s in head):
        return spans
    conf = min(s.confidence for s in spans)
    names = [Span(s.label, text[s.start : min(s.end, run.start)].rstrip(), s.start, 0, s.confidence) for s in head]
    names = [Span(s.label, s.text, s.start, s.start + len(s.text), s.confidence) for s in names if s.text]
    parts = [("title", run.start, run.end), *((g, m.start(g), m.end(g)) for g in ("pub", "place", "year"))]
    labels = {"pub": "publisher", "place": "location", "year": "date"}
    return [*names, *(Span(labels.get(g, g), text[a:b], a, b, conf) for g, a, b in parts)]


# Science's, PNAS's and the physics journals' book: the imprint's bracket closes the reference, the publisher first,
# then its town, an edition ("ed. 6") and the year, perhaps a link after a semicolon ("(Project Gutenberg, 1998;
# https://…)")
_CLOSING_IMPRINT = lazy_pattern(
    r"\s\((?P<inner>[^()\d;:][^();:]{0,150}?),\s*(?P<year>(?:1[5-9]|20)\d\d)[a-z]?"
    r"(?:;\s*(?P<url>(?:https?://|www\.)\S+?))?\)(?:,\s*(?P<page>pp?\.\s*\d+(?:\s*[-\u2013]\s*\d+)?))?\.?\s*$"
)
_BRACKET_PART = lazy_pattern(r"[^,]+")
# Nature's names, inverted with their initials and closed by "et al.", then the title: "Case, D. A. et al. Amber 2021"
_NATURE_NAMES_ET_AL = lazy_pattern(
    r"(?P<names>(?:(?:de|van|von|der|da|di|du|le|la)\s+)?[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?,"
    r"(?:\s?[A-Z]\.(?:-[A-Z]\.)?)+\s(?:&\s[^,]+,(?:\s?[A-Z]\.(?:-[A-Z]\.)?)+\s)?et al\.)\s+(?P<title>[A-Z0-9]\S*)"
)
# an edition in the bracket ("ed. 6", "2nd ed.") or closing the title ("Title, 3rd ed.")
_EDITION_PART = lazy_pattern(r"(?i)ed\.\s*\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s+edn?\.?")
_TITLE_EDITION = lazy_pattern(r"(?i),\s*(?P<edition>\d{1,2}(?:st|nd|rd|th)\s+edn?\.?)\s*$")
# a town the gazetteer lacks, one capitalised word closing the imprint before the year ("Edizioni del Rosone,
# Foggia"), as town_imprints reads it
_ONE_WORD_TOWN = lazy_pattern(r"[A-Z][a-z\u00e0-\u00ff]{2,}")
_REGION_CODE = lazy_pattern(r"[A-Z]{2}|U\.?K\.?|U\.?S\.?A\.?")
_EDITORS_MARK = lazy_pattern(r"(?i)eds?\.?|editors?")
_BRACKETED_EDITORS = lazy_pattern(r"(?i)\s*\((?:eds?|editors?)\.?\)\s*$")
# a title that holds a book after "in" (a chapter's, a paper's: "Title, in Book", PNAS's "Title in Book, (MESHS,
# 2021)", physics' title-less "Names, in Book (…)"), its editors or a volume of a series: no book's title alone
_NO_BOOK_TITLE = lazy_pattern(r"(?i),\s*in\s|^\s*in\s|,\s*$|\bedited\s+by\b|,\s*vols?\s*\.?\s*\d")
# the model's reading of a part of the title's place that no book's title holds: a series, its editors
_NO_TITLE_PARTS = frozenset(["collection-title", "editor", "translator"])
# an inverted first name: the family name (with a particle) and the given names or initials
# (one word: "Charles Dickens, Bleak House" is a name in natural order and a title)
_FAMILY = lazy_pattern(r"(?:(?:de|van|von|der|da|di|du|le|la)\s+)?[A-Z][\w'\u2019-]+")
_GIVEN = lazy_pattern(r"[A-Z][a-z\u00e0-\u00ff-]+(?:\s+[A-Z](?:[a-z\u00e0-\u00ff-]+|\.))?|[A-Z]\.(?:\s?[A-Z]\.)*")
# the editor or translator after the title ("Bleak House, ed. by Stephen Gill (Oxford UP, 2008)")
_ROLE_TAIL = lazy_pattern(
    r",\s+(?P<role>(?:ed|eds|trans|transl)\.(?:\s+by)?|(?:edited|translated)\s+by)\s+(?P<names>[A-Z][^,()]*?)\s*$"
)
_QUOTES = frozenset("\"\u201c\u201d\u00ab\u00bb")


def _town(part: str) -> bool:
    """A town or its region or country as the bracket names them (``Oxford``, ``MA``, ``Italy``): one the gazetteer
    knows, not any capitalised name (``(Lincoln Laboratory Series, McGraw-Hill, New York, 1951)``)."""
    return is_place(part) or part.lower() in REGIONS or bool(_REGION_CODE.fullmatch(part))


def _bracket_imprint(inner: str, start: int) -> list[Span] | None:
    """The bracket's ``Publisher, Town, Region, ed. 6`` (before its year) as spans, or ``None`` where it is no such
    imprint: a publisher's name (no place, role, month or season) then towns and an edition only."""
    parts = list(_BRACKET_PART.finditer(inner))
    out: list[Span] = []
    for i, found in enumerate(parts):
        part = found.group().strip()
        a = start + found.start() + len(found.group()) - len(found.group().lstrip())
        z = a + len(part)
        if not out:
            first = WORD.findall(part)[:1]
            if (
                not part[:1].isupper()
                or len(WORD.findall(part)) > 6
                or is_place(part)
                or _ROLE.match(part)
                or (first and (month_number(first[0]) or first[0].lower() in SEASONS))
            ):
                return None
            out.append(Span("publisher", part, a, z))
        elif _EDITION_PART.fullmatch(part):
            out.append(Span("edition", part, a, z))
        elif out[-1].label == "location" and _town(part):
            out[-1] = Span("location", f"{out[-1].text}, {part}", out[-1].start, z)
        elif out[-1].label == "publisher" and (_town(part) or i == len(parts) - 1 and _ONE_WORD_TOWN.fullmatch(part)):
            out.append(Span("location", part, a, z))
        else:
            return None
    return out


def _inverted_head(parts: list[re.Match[str]]) -> bool:
    """Whether the first two comma parts are one name inverted, as MHRA's and Chicago's bibliographies open
    (``Morrison, Toni``, ``Wilson, Edward O.``): a family name, then given names or initials."""
    if len(parts) < 3:
        return False
    family, given = parts[0].group().strip(), parts[1].group().strip()
    return bool(_FAMILY.fullmatch(family) and _GIVEN.fullmatch(given))


def _names_and_title(head: str) -> tuple[int, int] | None:
    """Where the names of ``head`` (``L. D. Landau and E. M. Lifshitz, Mechanics``, ``Morrison, Toni, Beloved``,
    Nature's ``Case, D. A. et al. Amber 2021``) end and the title begins: names written initials first, a first name
    inverted and the others joined by ``and``, or Nature's inverted names with initials closed by ``et al.``;
    ``None`` where the head does not open on such names, a name follows the title (a translator's, an editor's) or
    the title is quoted (a chapter's)."""
    if " et al. " in head and (nature := _NATURE_NAMES_ET_AL.match(head)) is not None:
        title = head[nature.start("title") :]
        if any(c in _QUOTES for c in title) or _NO_BOOK_TITLE.search(title):
            return None
        return nature.end("names"), nature.start("title")
    parts = list(_BRACKET_PART.finditer(head))
    inverted = not INITIALS_LEAD.match(parts[0].group().strip()) if parts else False
    if not parts or inverted and not _inverted_head(parts):
        return None
    for i, m in enumerate(parts[1:], 1):
        part = m.group().strip()
        if inverted and i == 1 or part.startswith(("and ", "& ")):
            continue  # the inverted name's given names, a last name joined by "and"
        if INITIALS_LEAD.match(part) or LIST_CLOSER.match(part) or _EDITORS_MARK.fullmatch(part):
            continue
        title = head[m.start() :]
        if any(c in _QUOTES for c in title) or _NO_BOOK_TITLE.search(title):
            return None
        if any(INITIALS_LEAD.match(p.group().strip()) or p.group().lstrip().startswith("and ") for p in parts[i + 1 :]):
            return None
        names_end = parts[i - 1].end()
        return names_end, m.start() + len(m.group()) - len(m.group().lstrip())
    return None


@needs(labels=["date"], marks=["("])
def imprint_bracket_after_initials_names(spans: list[Span], text: str) -> list[Span]:
    """Science's, PNAS's and the physics journals' book ``L. D. Landau, E. M. Lifshitz, Mechanics (Pergamon, Oxford,
    1976).``, ``T. Morrison, Beloved (Alfred A. Knopf, 1987).`` or ``B. Alberts et al., Molecular Biology of the Cell
    (Garland Science, ed. 6, 2014).``: a short title the model read as a name, a place or a journal with the
    bracket. The names written initials first, the title after them, the bracket's publisher, town, edition and
    year."""
    m = _CLOSING_IMPRINT.search(text)
    if m is None:
        return spans
    lead = spans[0].end if spans and spans[0].label == "citation-number" else 0
    while lead < m.start() and text[lead].isspace():
        lead += 1
    head = text[lead : m.start()]
    cut = _names_and_title(head)
    imprint = _bracket_imprint(m.group("inner"), m.start("inner"))
    if cut is None or imprint is None:
        return spans
    names_end, title_start = lead + cut[0], lead + cut[1]
    title_end = m.start()
    edition = _TITLE_EDITION.search(text, title_start, title_end)
    if edition is not None:
        title_end = edition.start()
    contributor = _ROLE_TAIL.search(text, title_start, title_end)
    if contributor is not None:
        title_end = contributor.start()
    # (a part the model read apart after the title's first words: "Title, Scientific Computation (Springer, …)")
    inside = [t.label for t in spans if title_start <= t.start < title_end]
    if any(t.label in _NO_TITLE_PARTS and title_start < t.start < title_end for t in spans):
        return spans
    if inside[:1] == ["title"] and _WORKS & set(inside[1:]):
        return spans
    role = "author"
    names = text[lead:names_end]
    if (mark := names.rstrip().rsplit(",", 1)) and len(mark) == 2 and _EDITORS_MARK.fullmatch(mark[1].strip()):
        role, names = "editor", mark[0]
    elif (bracketed := _BRACKETED_EDITORS.search(names)) is not None:  # MHRA's "Zebe, Fred, and Linda Tanner (eds)"
        role, names = "editor", names[: bracketed.start()]
    new = [Span(role, names, lead, lead + len(names))]
    new.append(Span("title", text[title_start:title_end], title_start, title_end))
    if contributor is not None:
        label = "translator" if contributor.group("role").lower().startswith("trans") else "editor"
        new.append(Span(label, contributor.group("names"), contributor.start("names"), contributor.end("names")))
    if edition is not None:
        new.append(Span("edition", edition.group("edition"), edition.start("edition"), edition.end("edition")))
    new += [*imprint, Span("date", m.group("year"), m.start("year"), m.end("year"))]
    if m.group("url"):
        new.append(Span("url", m.group("url"), m.start("url"), m.end("url")))
    if m.group("page"):  # a note's cited page: "(Alfred A. Knopf, 1987), p. 45"
        new.append(Span("pages", m.group("page"), m.start("page"), m.end("page")))
    return read_anew(spans, text, lead, len(text), new)


# "(Winter," opening the imprint's bracket: one to three capitalised words and the comma, no role after them
_LONE_NAME_OPENS = lazy_pattern(r"^\(\s*[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,2},$")
_ANY_ROLE = lazy_pattern(r"(?i)\b(?:eds?\.|edited|editors?|hrsg\.?|hg\.)")


@needs(labels=["editor", "location", "date"], without=["publisher"], marks=["("])
def bracket_publisher_read_as_editor(spans: list[Span], text: str) -> list[Span]:
    """APS's and AIP's book ``Title (Winter, Heidelberg, 2000).`` with the publisher's one name read as an
    editor: a name opening the bracket, the town and the year after it, with no editor's role anywhere in the
    reference, is the publisher."""
    for k in range(1, len(spans) - 2):
        s, town, date = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "editor" or town.label != "location" or date.label != "date":
            continue
        if not _LONE_NAME_OPENS.match(s.text) or ")" not in date.text or _ANY_ROLE.search(text):
            return spans
        if spans[k - 1].label not in _WORKS or sum(x.label == "editor" for x in spans) > 1:
            return spans
        return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "(Paladin, London)." closing a book: the publisher and its town in one pair of brackets
_PUBLISHER_TOWN_BRACKET = lazy_pattern(
    r"^\((?P<name>[^\W\d_][^(),:;\d]{1,60}?),\s*(?P<town>[^\W\d_][^(),:;\d]{1,30}(?:,\s*[A-Z][\w.]{1,12})?)\)[.,]?$"
)


@needs(any_label=["location", "publisher"], marks=["("])
def publisher_and_town_bracket(spans: list[Span], text: str) -> list[Span]:
    """Harvard's ``Steps to an Ecology of Mind, (Paladin, London).`` with the whole bracket read as one
    town (or one publisher): the name before the town the bracket closes on is the publisher."""
    labels = [s.label for s in spans]
    if labels.count("location") + labels.count("publisher") != 1:
        return spans
    k = labels.index("location") if "location" in labels else labels.index("publisher")
    s = spans[k]
    if k != len(spans) - 1 or (m := _PUBLISHER_TOWN_BRACKET.match(s.text)) is None:
        return spans
    if not is_place(m.group("town")) or is_place(m.group("name")):
        return spans
    a, z = s.start + m.start("name"), s.start + m.end("name")
    b, e = s.start + m.start("town"), s.start + m.end("town")
    name = Span("publisher", text[a:z], a, z, s.confidence)
    return [*spans[:k], name, Span("location", text[b:e], b, e, s.confidence)]


# Quantitative Finance's book "Names, Title, 2021 (World Scientific: Singapore)." (an edition before the year): the
# year, then the bracketed publisher and town closing the reference
_YEAR_THEN_COLON_IMPRINT = lazy_pattern(
    r",\s+(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\s+\((?P<publisher>[^():,]+?(?:,\s*[^():,]+?)?):\s+"
    r"(?P<place>[^():]+?)\)\.?\s*$"
)
_BETWEEN = frozenset(["title", "location", "publisher", "collection-title", "journal", "container-title", "note"])


@needs(labels=["author", "title"], marks=["("])
def year_before_colon_imprint_bracket(spans: list[Span], text: str) -> list[Span]:
    """Quantitative Finance's ``Lipton, A. and Treccani, A., Blockchain and Distributed Ledgers: Mathematics,
    Technology, and Economics, 2021 (World Scientific: Singapore).`` with the title cut at a comma and its last
    words read as a town: the words between the names and the year are the title, the bracket the imprint."""
    m = _YEAR_THEN_COLON_IMPRINT.search(text)
    if m is None or not spans or spans[0].label != "author" or not spans[0].text.rstrip().endswith(","):
        return spans
    a, y = spans[0].end, m.start("year")
    between = [s for s in spans[1:] if s.start < m.start()]
    if not between or between[0].label != "title" or any(s.label not in _BETWEEN for s in between):
        return spans
    head = text[a : m.start()].strip()
    if not head:
        return spans
    t0 = text.index(head, a)
    conf = min(s.confidence for s in spans[1:])
    new = [
        Span("title", head, t0, t0 + len(head), conf),
        Span("date", m["year"], y, m.end("year"), conf),
        Span("publisher", m["publisher"], m.start("publisher"), m.end("publisher"), conf),
        Span("location", m["place"], m.start("place"), m.end("place"), conf),
    ]
    if [(s.label, s.start, s.end) for s in spans[1:]] == [(n.label, n.start, n.end) for n in new]:
        return spans
    return [spans[0], *new]
