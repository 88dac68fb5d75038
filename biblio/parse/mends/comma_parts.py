"""Mends of references whose parts are set apart by commas alone (French, Italian and other humanities
styles: ``Author, Title, Journal, no. 1, 2010, p. 1-14`` or ``Author, Title, Publisher, Place, Year``),
where the model reads the part after the title into the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import WORD, divided, emphasis_runs, last
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# a comma before a word that opens with a capital: where the next part of the reference may begin
_PART_COMMA = lazy_pattern(r"\s*[,;]\s+(?=[^\W\d_a-z])")
# publishers' and publishing schools' words of other languages, beside PUBLISHER_WORD's
_PUBLISHER_WORD_ELSEWHERE = lazy_pattern(
    r"(?i)\b(?:librairie|presses|ediciones|edições|editora|editrice|editori|editura|wydawnictwo|wydawnicza|"
    r"yayınları|kiadó|nakladatelství|forlag|förlag|uitgeverij|"
    # schools and academies that publish their own courses and proceedings
    r"institutul|universitatea|università|universidade|universiteit|uniwersytet|instituto|istituto|akademie|"
    r"academia|accademia)\b"
)
_RANGE = lazy_pattern(r"\d\s*[-\u2013\u2014]+\s*\d")
_WORKS = frozenset(["journal", "container-title", "collection-title"])
# what follows a work's title in these styles before its numbers: the journal's numbers, the book's
# editors, place and date
_AFTER_WORK = frozenset(["volume", "issue", "pages", "date", "location", "editor"])
# a part that goes on the title's own line: its volume, part, edition or translation (a roman numeral's letter
# before an apostrophe is an elided article: "L’Erma")
_TITLE_PART = lazy_pattern(
    r"^(?:(?i:vol|volume|t|tome|tomo|bd|band|part|partie|teil|livre|book|no|nr|n°|ed|eds|éd|hrsg|trad|trans|"
    r"transl)|[IVXLC]+)\b(?!['’])"
)


def _open_quote(head: str) -> bool:
    """Whether ``head`` leaves a quotation open: a cut there would fall inside a quoted title."""
    straight = head.count('"') % 2 == 1
    return straight or head.count("«") > head.count("»") or head.count("“") > head.count("”")


def _last_part(title: Span, text: str, longest: int) -> tuple[int, int] | None:
    """Where the last comma-set part of ``title`` begins (the comma's start and end, in the span): a
    part the style closes with a comma (or semicolon), of one to ``longest`` words with no comma, that
    opens with a capital, holds no digit and names no place, after at least three words of title that
    leave no quotation or emphasis open."""
    body = title.text.rstrip()
    if not body.endswith((",", ";")):
        return None
    body = body.rstrip(" ,;")
    cut = last(_PART_COMMA, body)
    if cut is None:
        return None
    head, tail = body[: cut.start()], body[cut.end() :]
    words = len(WORD.findall(tail))
    if not 1 <= words <= longest or len(WORD.findall(head)) < 3 or any(c.isdigit() or c in ",;" for c in tail):
        return None
    if _TITLE_PART.match(tail) or is_place(tail) or _open_quote(head):
        return None
    at = title.start + cut.start()
    if any(run.start < at < run.end for run in emphasis_runs(text)):
        return None
    return cut.start(), cut.end()


# Harvard's chapter with no editors, run into its title: "‘Chapter’, in *Book*, Publisher," before the place
_IN_BOOK_PUBLISHER = lazy_pattern(
    r"(?P<lead>,?\s+in:?\s+)(?P<book>\*[^*]{2,200}\*)\s*,\s*(?P<pub>[^\W\d_][^,*;:]{1,60}?)\s*,?\s*$"
)


@needs(labels=["title"], any_label=("location", "date"), marks=["*"])
def book_and_publisher_closing_title(spans: list[Span], text: str) -> list[Span]:
    """Harvard's ``Knowles, MS 2007, ‘Independent study’, in *Using learning contracts*, Jossey-Bass, San
    Francisco, pp. 89-96.`` with the book and its publisher read into the chapter's title: after ``in`` the
    italic work is the book, and the name after it, before the place or the date, its publisher."""
    labels = labels_of(spans)
    if labels & _WORKS or "publisher" in labels:
        return spans
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "title" or spans[k + 1].label not in ("location", "date"):
            continue
        m = _IN_BOOK_PUBLISHER.search(s.text)
        if m is None or not s.text[: m.start()].strip(" ,") or is_place(m.group("pub")):
            continue
        title_end, book, pub = s.start + m.start(), s.start + m.start("book"), s.start + m.start("pub")
        return [
            *spans[:k],
            Span("title", text[s.start : title_end], s.start, title_end, s.confidence),
            Span("container-title", m.group("book"), book, book + len(m.group("book")), s.confidence),
            Span("publisher", m.group("pub"), pub, pub + len(m.group("pub")), s.confidence),
            *spans[k + 1 :],
        ]
    return spans


@needs(labels=["title"], without=(*_WORKS, "publisher"))
def container_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``LABUSSIERE O., Title, Carnets de géographes, no. 1, 2010, p. 1-14`` or ``Bernhard Jussen, Title,
    Les tendances actuelles de l'histoire du Moyen Âge, Paris, 2002, 447-460`` with the journal or the
    book read into the title: where no work but the title was read and the numbers after it are a
    journal's (a volume or an issue) or a part's (a range of pages), the title's last part is that work."""
    labels = labels_of(spans)
    if "title" not in labels or labels & _WORKS or "publisher" in labels:
        return spans
    titles = [k for k, s in enumerate(spans) if s.label == "title"]
    if len(titles) != 1:
        return spans
    k = titles[0]
    after = spans[k + 1 :]
    if not after or after[0].label not in _AFTER_WORK:
        return spans
    journal = any(s.label in ("volume", "issue") for s in after)
    if not journal and not any(s.label == "pages" and _RANGE.search(s.text) for s in after):
        return spans
    if not journal and spans[0].label == "editor":
        return spans  # "Name (a cura di), Title, Giunti, Firenze, 2007, pp. 142-143": the edited book, cited pages
    cut = _last_part(spans[k], text, 12)
    if cut is None:
        return spans
    return divided(spans, k, cut[0], cut[1], "title", "journal" if journal else "container-title")


def _author_again(part: str, spans: list[Span]) -> bool:
    """Whether ``part`` names the reference's first author again: an organisation publishing its own work
    (``World Bank (2018), Title, World Bank, Washington, DC.``)."""
    name = part.strip(" ,.;").casefold()
    return bool(name) and spans[0].label == "author" and spans[0].text.strip(" ,.;(").casefold() == name


@needs(labels=["title"], any_label=("location", "date"), without=(*_WORKS, "publisher"))
def publisher_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``SILVESTRE, Armand, Au pays des souvenirs, mes maîtres et mes maîtresses, Librairie illustrée,
    Paris, 1892`` with the publisher read into the title: where no publisher and no other work was read,
    the title's last part, named as a publisher is (press, librairie, society, ...), and followed by the
    place or the year, is the publisher."""
    labels = labels_of(spans)
    if "title" not in labels or labels & _WORKS or "publisher" in labels:
        return spans
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "title" or spans[k + 1].label not in ("location", "date"):
            continue
        cut = _last_part(s, text, 8)
        if cut is None:
            return spans
        tail = s.text[cut[1] :]
        if not (PUBLISHER_WORD.search(tail) or _PUBLISHER_WORD_ELSEWHERE.search(tail) or _author_again(tail, spans)):
            return spans
        if len(WORD.findall(tail)) > 6 and not _PUBLISHER_WORD_ELSEWHERE.match(tail):
            return spans  # (a long part is a publisher's only where it opens on the word: "Librairie de l'…")
        named = divided(spans, k, cut[0], cut[1], "title", "publisher")
        # the French "Town, Publisher" before the year: the town closing the title is the place
        town = last(_PART_COMMA, s.text[: cut[0]])
        if town is None or len(WORD.findall(s.text[: town.start()])) < 2:
            return named
        if is_place(s.text[town.end() : cut[0]]):
            return divided(named, k, town.start(), town.end(), "title", "location")
        return named
    return spans


# the imprint's two parts, a town of one word (or two joined, "Cluj-Napoca") and the publisher's name: "Meudon,
# P.-S.-C. Demoilly"
_TOWN_THEN_NAME = lazy_pattern(
    r"[,\s]*(?P<town>[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_][^\W\d_'’-]+)?)\s*,\s*(?P<pub>[^\W\d_][^,;:\d]{1,60}?)[,\s]*"
)


@needs(labels=["title", "date"], any_label=("author", "editor"), without=(*_WORKS, "publisher", "location"))
def imprint_read_as_names(spans: list[Span], text: str) -> list[Span]:
    """``Johann Caspar Lavater, L'Art de connaître …, Meudon, P.-S.-C. Demoilly, 1797.`` with the imprint read as
    a second author after the title: between the title and the year, a town of one word and a name after its comma
    are the place and the publisher (no unmarked names follow a title in these styles)."""
    if len(spans) < 4 or spans[0].label not in ("author", "editor") or spans[1].label != "title":
        return spans
    names, date = spans[2], spans[3]
    if names.label != "author" or date.label != "date" or any(s.label in ("author", "editor") for s in spans[4:]):
        return spans
    m = _TOWN_THEN_NAME.fullmatch(names.text)
    if m is None or not m["town"][:1].isupper():
        return spans
    a, z = names.start + m.start("town"), names.start + m.end("town")
    b, e = names.start + m.start("pub"), names.start + m.end("pub")
    town = Span("location", text[a:z], a, z, names.confidence)
    return [*spans[:2], town, Span("publisher", text[b:e], b, e, names.confidence), *spans[3:]]


# a publishing house named by its opening word: "Editura Polirom", "Edizioni di Storia", "Éditions du Seuil"
_HOUSE_OPENING = lazy_pattern(
    r"(?:Editura|Editions|Éditions|Edizioni|Ediciones|Edições|Editorial|Editora|Editrice|Wydawnictwo|"
    r"Nakladatelství|Uitgeverij|Verlag)\b"
)
# a name written given name first: two to four capitalised words ("Ion H. Ciubotaru", "Ioana-Ruxandra Fruntelată")
_GIVEN_FIRST = lazy_pattern(r"[^\W\d_a-z][\w'’.-]*(?:\s+[^\W\d_a-z][\w'’.-]*){1,3}")
# a word of running text in lower case: what a title in sentence case holds and a name does not
_LOWER_WORD = lazy_pattern(r"(?<!\S)[a-zà-ÿăâîșțşţ][\w'’-]{2,}")
_COMMA_PART = lazy_pattern(r"[^,]+")


def _comma_parts(text: str) -> list[tuple[int, int]]:
    """The offsets of ``text``'s parts between commas, each without its spaces; blank parts left out."""
    parts = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end()) for m in _COMMA_PART.finditer(text)]
    return [(a, z - (len(text[a:z]) - len(text[a:z].rstrip()))) for a, z in parts if text[a:z].strip()]


@needs(labels=["author"], without=["title", "publisher", "location", "container-title"])
def title_and_imprint_in_names(spans: list[Span], text: str) -> list[Span]:
    """A Romanian or Italian review heading's ``Ion Popescu, Satul și sărbătorile lui, București, Editura
    Humanitas, 2015`` read whole as names: before a town and a publishing house named as one (``Editura …``),
    the part in sentence case is the title and the names given name first before it are the authors."""
    k = next((i for i, s in enumerate(spans) if s.label == "author"), -1)
    if k < 0:
        return spans
    s = spans[k]
    parts = _comma_parts(s.text)
    house = next((j for j, (a, z) in enumerate(parts) if j >= 3 and _HOUSE_OPENING.match(s.text, a)), None)
    if house is None:
        return spans
    names, (ta, tz), (pa, pz) = parts[: house - 2], parts[house - 2], parts[house - 1]
    place, title = s.text[pa:pz], s.text[ta:tz]
    if any(c.isdigit() for c in place) or len(place.split()) > 3 or not place[:1].isupper():
        return spans
    if not _LOWER_WORD.search(title) or not all(_GIVEN_FIRST.fullmatch(s.text[a:z]) for a, z in names):
        return spans
    o, conf = s.start, s.confidence
    ha, hz = parts[house][0], parts[-1][1]
    new = [
        Span("author", s.text[: names[-1][1]], o, o + names[-1][1], conf),
        Span("title", title, o + ta, o + tz, conf),
        Span("location", place, o + pa, o + pz, conf),
        Span("publisher", s.text[ha:hz], o + ha, o + hz, conf),
    ]
    return [*spans[:k], *new, *spans[k + 1 :]]


# a person's comma part pair as these styles print it: the family name, then its initials ("Crandall, K.R.")
_FAMILY_PART = lazy_pattern(r"(?:(?:and|&)\s+)?[^\W\d_a-z][^\W\d_]+(?:[-'’ ][^\W\d_a-z][^\W\d_]+)?")
_INITIALS_PART = lazy_pattern(r"(?:[^\W\d_a-z]\.\s?-?){1,4}")
# the body that issues a report, closing the names' run: "Los Alamos National Lab.", "Argonne National Laboratory"
_ISSUING_BODY = lazy_pattern(
    r"\b(?:Lab|Labs|Laboratory|Laboratories|University|Univ|Institute|Inst|Center|Centre|Agency|Corporation|Corp)\b\.?$"
)


@needs(labels=["author"], without=["title", "publisher", "container-title", "journal"])
def report_title_and_body_in_names(spans: list[Span], text: str) -> list[Span]:
    """A report's ``Crandall, K.R., TRACE 3-D Documentation, Los Alamos National Lab., 1997, no. LA-UR-97-886.``
    read whole as names: after the pairs of family name and initials, the part that is no name (a digit or a word in
    capitals in it) is the title and the laboratory, university or institute closing the run is the publisher."""
    k = next((i for i, s in enumerate(spans) if s.label == "author"), -1)
    if k < 0:
        return spans
    s = spans[k]
    parts = _comma_parts(s.text)
    if len(parts) < 4 or not _ISSUING_BODY.search(s.text[parts[-1][0] : parts[-1][1]]):
        return spans
    j = 0
    while j + 1 < len(parts) - 1 and _FAMILY_PART.fullmatch(s.text[parts[j][0] : parts[j][1]]):
        if not _INITIALS_PART.fullmatch(s.text[parts[j + 1][0] : parts[j + 1][1]]):
            break
        j += 2
    if j == 0 or j >= len(parts) - 1:
        return spans
    ta, tz = parts[j][0], parts[-2][1]
    title = s.text[ta:tz]
    if not any(c.isdigit() for c in title) and not any(w.isupper() and len(w) > 2 for w in title.split()):
        return spans
    o, conf = s.start, s.confidence
    ba, bz = parts[-1]
    new = [
        Span("author", s.text[: parts[j - 1][1]], o, o + parts[j - 1][1], conf),
        Span("title", title, o + ta, o + tz, conf),
        Span("publisher", s.text[ba:bz], o + ba, o + bz, conf),
    ]
    return [*spans[:k], *new, *spans[k + 1 :]]


# a running word of a title in sentence case: lower case, three letters or more, no article or preposition
_SENTENCE_WORD = lazy_pattern(r"(?<![\w'’])[a-zà-ÿ][a-zà-ÿ'’-]{2,}")
_FUNCTION_WORDS = frozenset(
    "and the for with della delle degli dello dell del dei nel nella per con und der des von für les des du "
    "pour sur dans una uno".split()
)
# a house's name as these styles print it: capitalised words, a particle or an article between ("L’Erma di
# Bretschneider", "Edizioni di Storia e Letteratura", "Olschki")
_HOUSE_NAME = lazy_pattern(
    r"[^\W\d_a-z][\w'’.&-]*(?:\s+(?:di|de|del|della|e|et|y|&|[^\W\d_a-z][\w'’.&-]*)){0,4}"
)


def _sentence_case(part: str) -> bool:
    """Whether ``part`` holds a running word in lower case: a title's words in these styles, no house's."""
    return any(m.group().lower() not in _FUNCTION_WORDS for m in _SENTENCE_WORD.finditer(part))


@needs(labels=["title", "location"], without=(*_WORKS, "publisher"))
def house_closing_sentence_title(spans: list[Span], text: str) -> list[Span]:
    """The Italian ``Galleria Nazionale d’Arte Antica. I Dipinti. Catalogo sistematico, L’Erma di Bretschneider,
    Roma, 2008`` (``Title, Publisher, Place, Year``) with the house read into the title: where a title in sentence
    case closes on a part of capitalised words alone and a town follows, then the year, that part is the house."""
    for k in range(len(spans) - 2):
        s, town, year = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "title" or town.label != "location" or year.label != "date":
            continue
        if not is_place(town.text.strip(" ,.;")):
            return spans
        cut = _last_part(s, text, 5)
        if cut is None:
            return spans
        tail = s.text[cut[1] :].rstrip(" ,;")
        if not _HOUSE_NAME.fullmatch(tail) or _sentence_case(tail) or not _sentence_case(s.text[: cut[0]]):
            return spans
        return divided(spans, k, cut[0], cut[1], "title", "publisher")
    return spans


@needs(labels=["title", "publisher"])
def subtitle_opening_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Inventario 2. Disegni esposti, Olschki, Firenze, 1987`` with the subtitle after the title's full stop read
    as the publisher's first part: where the publisher holds a comma, its part before it in sentence case
    (``Disegni esposti``) and its last part a house's name, before the town or the year, that first part
    closes the title."""
    for k in range(1, len(spans) - 1):
        s, title = spans[k], spans[k - 1]
        if s.label != "publisher" or title.label != "title" or spans[k + 1].label not in ("location", "date"):
            continue
        body = s.text.rstrip(" ,;")
        cut = last(_PART_COMMA, body)
        if cut is None or "," in body[: cut.start()] or not title.text.rstrip().endswith("."):
            return spans
        head, tail = body[: cut.start()], body[cut.end() :]
        if not _sentence_case(head) or not _HOUSE_NAME.fullmatch(tail) or _sentence_case(tail) or is_place(tail):
            return spans
        a = s.start + cut.end()
        return [
            *spans[: k - 1],
            Span("title", text[title.start : s.start + cut.start()], title.start, s.start + cut.start(),
                 min(title.confidence, s.confidence)),
            Span("publisher", text[a : s.end], a, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans
