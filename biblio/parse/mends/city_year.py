"""Mends of the Italian book imprint ``Editore, Città Anno``: ``Feltrinelli, Milano 2019.``, with the
publisher and the city read as one place (or one publisher), or the publisher read into the italic
title before the city; and ``Torino, Einaudi, Torino 2010``, the city named on both sides of the
publisher, read as one place."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import LINK_LABELS, before_links, links_start, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.dates import SEASONS, month_number
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_IMPRINT = frozenset(["location", "publisher"])
# one space and a year, after a word's last letter: the city touching the year (a cheap first look)
_SPACE_YEAR = lazy_pattern(r" (?:1[5-9]|20)\d\d(?!\d)")
# a city, or two joined as Italian imprints join them: "Milano", "Roma-Bari", "Torino/Firenze", "Reggio Calabria",
# "San Giovanni in Persiceto" (never a manuscript's shelfmark, "MS Egerton 1711")
_CITY = lazy_pattern(
    r"(?!(?:MSS?|Ms|Cod|Add)\.?\s)[A-Z][^\W\d_]+(?:'[^\W\d_]+)?"
    r"(?:(?:\s?[-/]\s?|\s(?:d[ei]|del|della|in|sul|sulla)?\s?)[A-Z][^\W\d_]+){0,2}"
)


@needs(labels=["date"], any_label=_IMPRINT)
def publisher_then_city_year(spans: list[Span], text: str) -> list[Span]:
    """``il Saggiatore, Milano 2007`` read as one place or one publisher: in the Italian imprint the
    city touches the year (no comma between them) and the publisher stands before it, so the words
    after the comma are the place and those before it the publisher, unless those are a known city
    (``Torino, Einaudi 2010``, the place first)."""
    if not any(m.start() and text[m.start() - 1].isalpha() for m in _SPACE_YEAR.finditer(text)):
        return spans
    # the place (or publisher) that the year follows with no mark between
    k = next(
        (
            k
            for k in range(len(spans) - 1)
            if spans[k + 1].label == "date" and spans[k].label in _IMPRINT and spans[k].end == spans[k + 1].start - 1
        ),
        None,
    )
    if k is None or text[spans[k].end] != " " or sum(s.label in _IMPRINT for s in spans) != 1:
        return spans
    s = spans[k]
    if k > 0 and s.label == "location" and _CITY.fullmatch(s.text.strip()):
        return _publisher_after_italic_title(spans, k, text)
    lead = len(s.text) - len(s.text.lstrip(" *_,.;:"))  # an italic title's closing mark read into the span
    body = s.text.rstrip()
    if body[lead:].count(",") != 1 or body.endswith((",", ".", ":", ";")):
        return spans
    comma = body.index(",", lead)
    head, tail = body[lead:comma].strip(), body[comma + 1 :].strip()
    if not head or not _CITY.fullmatch(tail) or is_place(head) or is_place(body[lead:]):
        return spans  # (a city and its country, "Bruges, Belgium 19-23 August 2019", is one place)
    z = comma + 1 + (len(body[comma + 1 :]) - len(body[comma + 1 :].lstrip()))
    publisher = Span("publisher", s.text[lead:comma], s.start + lead, s.start + comma, s.confidence)
    place = Span("location", s.text[z:], s.start + z, s.end, s.confidence)
    return [*spans[:k], publisher, place, *spans[k + 1 :]]


# the words between an italic title's closing mark and the comma before the city: "*Titolo*, Melampo,"
_AFTER_ITALICS = lazy_pattern(r"[*_],\s+(?P<publisher>[^\W\d_][^*_,]{0,60}?),\s*$")


def _publisher_after_italic_title(spans: list[Span], k: int, text: str) -> list[Span]:
    """``*La convergenza*, Melampo, | Milano | 2010.`` with the publisher read into the italic title: the
    words after the title's closing mark, before the city, are the publisher."""
    prev = spans[k - 1]
    m = _AFTER_ITALICS.search(prev.text)
    if prev.label != "title" or m is None or is_place(m.group("publisher")):
        return spans
    a, z = prev.start + m.start("publisher"), prev.start + m.end("publisher")
    title = Span("title", prev.text[: m.start() + 1], prev.start, prev.start + m.start() + 1, prev.confidence)
    return [*spans[: k - 1], title, Span("publisher", text[a:z], a, z, prev.confidence), *spans[k:]]


# "Torino, Einaudi, Torino": a city, a name, the same city again (the year may follow)
_CITY_TWICE = lazy_pattern(
    r"(?P<city>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?),\s+(?P<name>[^\W\d_][^,;:]{0,60}?),\s+(?P=city)\W*$"
)


@needs(any_label=_IMPRINT)
def city_named_twice(spans: list[Span], text: str) -> list[Span]:
    """``Torino, Einaudi, Torino 2010`` read as one place: the city written before the publisher and
    again beside the year, so the name between the two is the publisher (and the city the place)."""
    for k, s in enumerate(spans):
        if s.label not in _IMPRINT or s.text.count(",") < 2:
            continue
        m = _CITY_TWICE.fullmatch(s.text.rstrip())
        if m is None or not m.group("name")[:1].isupper() or is_place(m.group("name")):
            continue
        a, z = s.start + m.start("name"), s.start + m.end("name") + 1  # the name and its comma
        b = s.start + m.end("city") + 1
        c = z + len(text[z : s.end]) - len(text[z : s.end].lstrip())
        place = Span("location", text[s.start : b], s.start, b, s.confidence)
        again = Span("location", text[c : s.end], c, s.end, s.confidence)
        return [*spans[:k], place, Span("publisher", text[a:z], a, z, s.confidence), again, *spans[k + 1 :]]
    return spans


# a note's imprint of a town and a year in one bracket, no publisher: "(Oxford 2015)", "(Leipzig 1987)"
_TOWN_YEAR = lazy_pattern(r"^\(\s*(?P<town>[A-Z][^\d()]*?[^\W\d_])\.?,?\s+(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\)?[.,;]?$")


@needs(labels=["date"], without=["location", "publisher"])
def town_in_bracketed_year(spans: list[Span], text: str) -> list[Span]:
    """Classicists' ``*Herodoti Historiae*. (Oxford 2015)`` with the town read into the date: a known town
    before the year in the bracket is the place of publication."""
    if {"location", "publisher"} & {s.label for s in spans}:
        return spans
    for k, s in enumerate(spans):
        if s.label != "date" or not s.text.startswith("("):
            continue
        m = _TOWN_YEAR.match(s.text)
        if m is None or not is_place(m.group("town")):
            return spans
        a, z = m.span("town")
        y, e = m.span("year")
        town = Span("location", s.text[a:z], s.start + a, s.start + z, s.confidence)
        year = Span("date", s.text[y:], s.start + y, s.end, s.confidence)
        return [*spans[:k], town, year, *spans[k + 1 :]]
    return spans


# a book's closing imprint of a town (or "no place") and a year in brackets, the reference's end or
# before a chapter's pages: "(Zevenaar 2008).", "[Delden 1994].", "(z.p. 1984).", "(Bunnik 2003), p. 13-68."
_CLOSING_TOWN_YEAR = lazy_pattern(
    r"\s[(\[](?P<town>[^\W\d_][^()\[\]\d]{0,48}?)\s+(?P<year>(?:1[5-9]|20)\d\d)[)\]]"
    r"(?P<tail>,\s*(?:pp?|S|blz)\.\s*\d+(?:\s*[-\u2013]\s*\d+)?)?\.?\s*$"
)
# "zonder plaats", "sine loco", "ohne Ort", "sans lieu": the book names no town
_NO_PLACE = frozenset(["z.p.", "s.l.", "o.o.", "s.l.n.d.", "n.p.", "sl", "zp"])
# capitalised words a bracket may hold before a year that name no town
_NOT_TOWNS = frozenset(
    "edition ed reprint reprinted repr published first rev revised trans transl orig original auflage aufl "
    "druk uitgave vol bd band deel heft no nr thesis dissertation diss phd ph.d ma msc preprint accessed "
    "retrieved consulted updated copyright forthcoming".split()
)
_TOWN_PART = lazy_pattern(r"[\s,/-]+")
_MEND_HOLDERS = frozenset(["title", "container-title", "date"])
# a periodical's marks: a bracket closing its reference holds its issue's date or belongs to a note after it
_PERIODICAL = frozenset(["journal", "volume", "issue"])


def _town_words(town: str) -> bool:
    """``Bergen op Zoom``, ``Den Haag``, ``Berlin, Boston``, ``Hannover/Leipzig``: capitalised words, with short
    lower-case particles between them, none a month, a season or a word of editions and theses."""
    words = [w for w in _TOWN_PART.split(town) if w]
    if not words or len(words) > 5 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    for w in words:
        bare = w.lower().rstrip(".")
        if bare in _NOT_TOWNS or month_number(w) is not None or bare in SEASONS:
            return False
        if (
            not w[:1].isupper()
            and len(w) > 4
            or any(a.islower() and b.isupper() for a, b in zip(w, w[1:], strict=False))
        ):
            return False  # (a name with a capital inside, "SciPy", is a meeting's or a program's)
    return True


@needs(without=["location", "publisher"])
def town_and_year_close_in_bracket(spans: list[Span], text: str) -> list[Span]:
    """Dutch and German bibliographies' ``Titel (Zevenaar 2008).``, ``[Delden 1994].``, ``(z.p. 1984).`` with the
    town read into the title or the date: a bracket closing the reference (or a chapter before its pages) holds
    a town and the year, the place of publication and the date of a book named with no publisher (none read
    elsewhere)."""
    if any(s.label in ("location", "publisher") for s in spans):
        return spans
    core = before_links(spans, text)  # (a link or an access date may follow the bracket)
    if not core.rstrip().rstrip(".").endswith((")", "]")) and "p." not in core[-14:] and "S." not in core[-14:]:
        return spans
    m = _CLOSING_TOWN_YEAR.search(core)
    if m is None:
        return spans
    town = m.group("town").strip()
    if town.endswith(",") and not is_place(town[:-1]):
        return spans  # "(Routledge, 2016)", "(IEA, 2022)": a publisher's comma before the year
    town = town.rstrip(",")
    placeless = town.lower().replace(" ", "") in _NO_PLACE
    if not placeless and not _town_words(town):
        return spans
    b, close = m.start() + 1, m.end("year")
    holder = next((s for s in spans if s.start <= b < s.end), None)
    if holder is None or not any(s.label == "title" for s in spans):
        return spans
    if holder.label not in _MEND_HOLDERS and (holder.label != "note" or holder.start != b):
        return spans  # (a note that is the bracket alone, "[Delden 1994].", is the imprint)
    if any(s.label in _PERIODICAL for s in spans) or holder.label == "container-title" and not is_place(town):
        return spans  # "(SciPy 2009), pp. 51-57": a meeting's bracket in the proceedings' title
    if holder is spans[0] or spans[0].start >= b:
        return spans  # nothing read before the bracket
    out: list[Span] = []
    for s in spans:
        if s.end <= b:
            out.append(s)
            continue
        if s.start < b:
            head = text[s.start : b].rstrip()
            out.append(Span(s.label, head, s.start, s.start + len(head), s.confidence))
        if s.end > close + 1:
            a = max(s.start, close + 1)
            rest = text[a : s.end]
            if any(c.isalnum() for c in rest):
                lead = len(rest) - len(rest.lstrip(" ,"))
                out.append(Span(s.label, rest[lead:], a + lead, s.end, s.confidence))
    conf = holder.confidence
    made = [] if placeless else [Span("location", town, m.start("town"), m.start("town") + len(town), conf)]
    made.append(Span("date", text[m.start("year") : close + 1], m.start("year"), close + 1, conf))
    k = next((i for i, s in enumerate(out) if s.start > b), len(out))
    return [*out[:k], *made, *out[k:]]



# a publisher's name by its words, or a body's capitals ("OUP", "CUP"): OSCOLA's "(Hart Publishing 2010)"
_PUBLISHER_NAME = lazy_pattern(r"\b(?:Press|Publish\w*|Books|Verlag|Uitgeverij|Editions?|University)\b|^[A-Z&]{2,8}$")


@needs(labels=["title", "publisher", "date"], without=["location"])
def town_read_as_publisher_in_bracket(spans: list[Span], text: str) -> list[Span]:
    """``Titel (Oldenzaal 2006).`` with the bracket's town read as the publisher: a bracket closing a book's
    reference that holds one or two capitalised words and the year, no comma between, names the town it was
    published in (a publisher's name by its words or capitals, ``(Hart Publishing 2010)``, stays one)."""
    core = before_links(spans, text)
    if not core.rstrip().rstrip(".").endswith((")", "]")):
        return spans
    m = _CLOSING_TOWN_YEAR.search(core)
    if m is None or m["tail"]:
        return spans
    town = m["town"].strip()
    if "," in town or not _town_words(town) or _PUBLISHER_NAME.search(town):
        return spans
    found = [k for k, s in enumerate(spans) if s.label == "publisher"]
    if len(found) != 1 or any(s.label in _PERIODICAL for s in spans):
        return spans
    k = found[0]
    s = spans[k]
    if s.text.strip(" ([") != town or s.start < m.start("town") - 2:
        return spans
    return [*spans[:k], Span("location", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]


# a Dutch or German book's editors opening it, their role in brackets: "Kuurstra, Erik (eindred.), ", "Willems,
# J.J. (red.), ", "Daalen, Karst van, Rudi van Maanen e.a. (red.), "
_EDITORS_OPEN = lazy_pattern(
    r"(?P<names>[^\W\d_][\w'\u2019-]*,\s[^\W\d_][^(),\[\]]{0,40}?(?:,\s[^\W\d_][^(),\[\]]{0,40}?)?"
    r"\s\((?:eind)?red\.\)|[^\W\d_][\w'\u2019-]*,\s[^\W\d_][^(),\[\]]{0,40}?\s\((?:samenst|Hrsg|Hg)\.\)),\s+"
)

_DESCRIPTION_CLOSES = lazy_pattern(r"\s*\[[^\[\]]+\]\s*$")


@needs(without=["journal", "volume", "issue"])
def editors_open_town_year_book(spans: list[Span], text: str) -> list[Span]:
    """Dutch bibliographies' ``Kuurstra, Erik (eindred.), 105 Jaar … Hockey Bond (Utrecht 2003).`` misread: the
    names before the bracketed role are the editors, the words up to the closing ``(Town Year)`` the title."""
    if "red.)" not in text and "samenst.)" not in text and "Hrsg.)" not in text and "Hg.)" not in text:
        return spans
    if (head := _EDITORS_OPEN.match(text)) is None:
        return spans
    if (m := _CLOSING_TOWN_YEAR.search(before_links(spans, text))) is None or m["tail"]:
        return spans
    town = m["town"].strip()
    if "," in town or not _town_words(town) or m.start() - head.end() < 3 or not spans:
        return spans
    if [s.label for s in spans[:2]] == ["editor", "title"] and any(s.label == "location" for s in spans):
        return spans  # read so already
    conf = min(s.confidence for s in spans)
    b = m.start() + 1
    # a description in square brackets after the title is none of it: "M.H.C. 1934-1984 [Jubileumboek …]"
    end = head.end() + len(_DESCRIPTION_CLOSES.sub("", text[head.end() : m.start()]))
    new = [
        Span("editor", head["names"], 0, head.end("names"), conf),
        Span("title", text[head.end() : end], head.end(), end, conf),
        Span("location", town, m.start("town"), m.start("town") + len(town), conf),
        Span("date", text[m.start("year") : m.end("year") + 1], m.start("year"), m.end("year") + 1, conf),
    ]
    return replaced(spans, text, 0, max(b, m.end("year") + 1), new)

# the title's last comma part, one town's name: "…, Poitiers," "…, Clermont-Ferrand"
_TITLE_TOWN = lazy_pattern(r",\s+(?P<town>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*(?P<second> [A-Z][^\W\d_]+)?),?\s*$")
# the year alone closing the reference: "…, Jelenia Góra 2014."
_CLOSING_YEAR = lazy_pattern(r"(?:1[5-9]|20)\d\d\.?")
# a book's count of pages after its year: "243 p.", "120 pp."
_PAGE_COUNT = lazy_pattern(r"\d+\s*pp?\.?")


@needs(labels=["title", "date"], without=["location", "publisher"])
def town_closing_title(spans: list[Span], text: str) -> list[Span]:
    """The French catalogue's ``Essai sur les monuments du Poitou, Poitiers, 1861, 120 p.`` with the town read into the
    title: a book named with no publisher, its town between the title and the year. The town is a known one, the
    book's count of pages after the year shows the form, or the town touches the year closing the reference
    (Polish and Czech ``Fortyfikacje Festung Breslau, Jelenia Góra 2014.``)."""
    return _town_closing_title(spans, text, touching_only=False)


@needs(labels=["title", "date"], without=["location", "publisher"])
def town_touching_closing_year(spans: list[Span], text: str) -> list[Span]:
    """``S. Kolouszek, Fortyfikacje Festung Breslau, Jelenia Góra 2014.`` read as one run of names at first: once the
    names are parted from the title, the town touching the closing year is the place."""
    return _town_closing_title(spans, text, touching_only=True)


def _town_closing_title(spans: list[Span], text: str, *, touching_only: bool) -> list[Span]:
    for k in range(len(spans) - 1):
        s, date = spans[k], spans[k + 1]
        if s.label != "title" or date.label != "date":
            continue
        m = _TITLE_TOWN.search(s.text)
        if m is None or m.start() == 0:
            return spans
        after = spans[k + 2] if k + 2 < len(spans) else None
        counted = after is not None and after.label == "pages" and _PAGE_COUNT.fullmatch(after.text.strip(" ,."))
        # Polish and Czech imprints' "Jelenia Góra 2014.": the town touching the year that closes the reference
        gap = text[s.start + m.end("town") : date.start]
        closing = after is None or after.label in LINK_LABELS  # (a link or an access date may follow the imprint)
        touching = closing and gap == " " and bool(_CLOSING_YEAR.fullmatch(date.text.strip()))
        if (m["second"] or touching_only) and not touching:
            return spans  # (two words after the comma are the title's but where the town touches the year)
        if not (counted or touching or is_place(m.group("town"))) or not closing and not counted:
            return spans
        a, z = m.span("town")
        title = Span("title", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        town = Span("location", s.text[a:z], s.start + a, s.start + z, s.confidence)
        return [*spans[:k], title, town, *spans[k + 1 :]]
    return spans


# Polish, Czech and Slovak books named with a town and no publisher, the town touching the year that closes the
# reference: "Nowak, Jan. Historia Śląska. Wrocław 2001.", "Kowalski J., Nowak P., Dzieje Krakowa, Kraków 1998."
_NAME_WORD = r"[^\W\d_][^\W\d_'\u2019]*(?:-[^\W\d_]+)?"
_SLAVIC_BOOK = lazy_pattern(
    # the family name, a comma and the given names spelled out or as initials, then a full stop
    rf"^(?:(?P<inverted>{_NAME_WORD},\s(?:{_NAME_WORD}|[^\W\d_]\.)(?:\s?(?:{_NAME_WORD}|[^\W\d_]\.)){{0,2}})(?:(?<=\.)|\.)"
    # or one family name or more, each with its initials, before a comma
    rf"|(?P<listed>{_NAME_WORD}\s(?:[^\W\d_]\.\s?){{1,3}}(?:,\s{_NAME_WORD}\s(?:[^\W\d_]\.\s?){{1,3}}){{0,5}}),)"
    # (the title opens on no initial: "Albion, G. H. J.: Title" has no title after its first initial)
    r"\s+(?P<title>(?![^\W\d_]\.)[^\W\d_].*?[^\s,.])[.,]\s+"
    r"(?P<town>[^\W\d_]+(?:[\s-][^\W\d_]+)?)\s(?P<year>(?:1[5-9]|20)\d\d)\.?\s*$"
)

# a family name and its initial opening what the pattern took for the title
_NAMED_OPENING = lazy_pattern(rf"{_NAME_WORD}\s[^\W\d_]\.")
# (the labels whose reading is another's than a town's book; declared below, tested again for a call without the gate)
_BOOK_PARTS = frozenset({"publisher", "volume", "issue", "pages", "container-title"})


@needs(labels=["date"], without=_BOOK_PARTS)
def slavic_town_year_book(spans: list[Span], text: str) -> list[Span]:
    """Polish, Czech and Slovak ``Nowak, Jan. Historia Śląska. Wrocław 2001.`` (or ``Kowalski J., Dzieje Krakowa,
    Kraków 1998.``) with the names run into the title or the town read into the title or the date: a name, the
    title and a known town touching the closing year are the author, the book and its place of publication (a link or
    an access date may follow)."""
    if not spans:
        return spans
    core = links_start(spans, 1)
    head = text[: spans[core].start if core < len(spans) else len(text)].rstrip()
    if not head.rstrip(" .")[-4:].isdigit() or spans[core - 1].label != "date":
        return spans
    if any(s.label in _BOOK_PARTS for s in spans):
        return spans
    m = _SLAVIC_BOOK.match(head)
    if m is None or not is_place(m["town"]) or not m["town"][:1].isupper():
        return spans
    names = m["inverted"] or m["listed"]
    families = [part.split()[0] for part in names.split(", ")] if m["listed"] else [names.split(",")[0]]
    if not all(f[:1].isupper() and not f.isupper() for f in families) or is_place(families[0]):
        return spans
    title = m["title"]
    if is_place(title) or not title[:1].isupper() or _NAMED_OPENING.match(title):
        return spans  # ("Clemente E., Danieli R., *Title*, …": a second name, not the title)
    conf = min(s.confidence for s in spans)
    a = m.start("inverted") if m["inverted"] else m.start("listed")
    new = [
        Span("author", text[a : m.start("title")].rstrip(), a, a + len(text[a : m.start("title")].rstrip()), conf),
        Span("title", text[m.start("title") : m.end("title") + 1], m.start("title"), m.end("title") + 1, conf),
        Span("location", m["town"], m.start("town"), m.end("town"), conf),
        Span("date", head[m.start("year") :], m.start("year"), len(head), conf),
    ]
    if [(s.label, s.start, s.end) for s in new] == [(s.label, s.start, s.end) for s in spans[:core]]:
        return spans
    return [*new, *spans[core:]]


# a book's imprint closing the reference as some house styles print it, the publisher then the town and the year
# in brackets: "Zhonghua shuju, Beijing (1957).", "Stanford University Press, Redwood City (1985).", the publisher
# set in italics ("*Shoudu shifan daxue chubanshe*, Beijing (1994)."), a chapter's pages after it ("(1982), p. 41.");
# the publisher opens after a full stop or the
# close of italics, quotes or a bracket, or a comma after these (a role's initial, "edited by Yan Y. Zhonghua
# shuju", included; "In *Book*, Zhejiang daxue chubanshe, Hangzhou (2013).")
_PUBLISHER_TOWN_YEAR = lazy_pattern(
    r"(?:(?<=[.*_”\"\]])|(?<=[*_”\"\]],))\s+(?P<mark>[*_]?)"
    r"(?P<publisher>[A-Z][^\W\d_]*(?:[ '’&-]+[^\W\d_]+){0,6})(?P=mark),\s+"
    r"(?P<town>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})\s+\((?:1[5-9]|20)\d\d\)"
    r"(?:,\s+pp?\.\s+\d+(?:[–-]\d+)?)?\.?$"
)
# the labels a publisher's or a town's words may be misread as (a journal's or a number's span shows another form)
_MISREAD_IMPRINT = frozenset(
    {"title", "container-title", "collection-title", "note", "editor", "publisher", "location"}
)


@needs(marks=[")"], labels=["date"], without=["volume", "issue", "journal"])
def publisher_town_bracketed_year(spans: list[Span], text: str) -> list[Span]:
    """``Bi, Y. Xu zizhi tongjian. Zhonghua shuju, Beijing (1957).`` with the publisher read as a note, the title's
    end, the book's name or a role's names (``edited by Yan Y. Zhonghua shuju,``), or the town run into the
    publisher: before the town and the bracketed year that close a book's reference, the words after the last
    full stop are its publisher (the town a known one, or read as a place)."""
    tail = text.rstrip(". ")
    if not tail.endswith(")") and not tail[-1:].isdigit():
        return spans  # (the bracketed year closes the reference, or a chapter's page after it)
    if not any(s.label == "date" for s in spans) or any(s.label in ("volume", "issue", "journal") for s in spans):
        return spans
    m = _PUBLISHER_TOWN_YEAR.search(text)
    if m is None or is_place(m["publisher"]):
        return spans
    a, z = m.span("publisher")
    ta, tz = m.span("town")
    inside = [s for s in spans if s.start < tz and a < s.end]
    if not inside or any(s.label not in _MISREAD_IMPRINT for s in inside):
        return spans
    if any(s.label == "publisher" and s.start < a for s in inside):
        return spans  # (a publisher read from before the stop: "W. W. Norton, New York (1990).")
    if any(s.label == "container-title" and s.start >= a for s in inside):
        return spans  # (a book or proceedings named there: "Proceedings of … Conference, Milan (2001).")
    read_as_place = any(s.label == "location" and s.start <= ta and tz <= s.end for s in inside)
    # (the town known, read as a place, or read into the publisher's name before it: the imprint's words)
    run_on = any(s.label == "publisher" and s.start <= a and tz <= s.end for s in inside)
    if not (read_as_place or run_on or is_place(m["town"])):
        return spans
    if any(s.label == "publisher" and s.start == a and s.end <= ta for s in inside) and read_as_place:
        return spans  # (read so already)
    conf = inside[0].confidence
    new = [Span("publisher", text[a:z], a, z, conf), Span("location", text[ta:tz], ta, tz, conf)]
    return replaced(spans, text, m.start("mark"), tz, new)
