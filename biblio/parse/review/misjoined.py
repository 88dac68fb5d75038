"""A value joined to its neighbour, or cut from it, at a mark that is none of its own: the first words of the
container's name kept closing the title (``… parameters, IJCEM`` of ``IJCEM International Journal of …``, ``…
counter-measures. Navigation`` of ``Navigation: Journal of The Institute of Navigation``), a web page's ``Page |
Site`` title that APA sets before the date cut at its bar (the site read as the container), a container opening on
the ``In`` that leads it and an acronym (``In ICME'02``), a person's given-first name kept whole as a body's among
persons (``J. Maxwell & John Heritage``), a title opening on the given name written after the family name (``Crick,
Francis  Life Itself``), a citation label naming the first author's two-word family name that the record cuts to its
last word (``(Paula Leite2017) Paula Leite, …`` read as ``Leite, Paula``), bare surnames read as one person's family
and given name in a list keyed by labels (``[Lucky13] AlFardan, Paterson "Lucky Thirteen …"``), and a publisher
joined to the place by a slash (``Princeton/MIT``); a publisher holding a sentence of the genre's or the series' words
(``Ph. D thesis. Department of Biology, …``, ``Colección J.L. Vives. Ajuntament de Valencia``) or a series' name
(``Oxford Series in Ecology and Evolution``), a report's version closing the title after a comma (``… Workshop
Report, 1.1``), a volume closing the container (``Journal of Statistics Education 23``, ``Historische Kring Bemmel
22-2``), a family-first name's given name read as the next person's family name (``Brown, Karen, T.`` read as
``Brown`` and ``Karen, T.``), Vancouver's initials read as a family name (``Yih SW-t``), a publisher of one
letter (``U`` of ``U.S. Environmental Protection Agency``), and a span of years the text writes alone in a bracket
read as the pages (``Alighieri, Dante. (1308–1321) 2021.``); and (round flag53) a book's Roman volume closing its
title with the series' name run on into the container (``… Fluid Mechanics XI. Notes on …``), a German edition
statement the record holds no edition for (``Zweite überarbeitete … Ausgabe``), a quoted title closed by a genre's
word after its quote (``“Los Eder: …”, artículo``), a title in capitals run on over a comma into words in mixed case
(``POPULATION AGEING IN VICTORIA, State and Regional Indicators``); and a title made of the text on both
sides of an author-date head's bracketed date (``Carmélites du premier monastère à Paris. (1894). Mémoire sur …``).

Read from the wrong references no needs-review flag marked on the gold sets (round flag52, CHANGELOG.md): on the gold
sets they flag 28 wrong records more; on the gold sets and the calibration split they fire on no right record.

Tried and left out, each firing on right records there: compound family names written given-first (``Manoel Horta
Ribeiro``): a second given word no given-name list knows fires on far more right names than wrong ones (``Marco Tulio
Ribeiro``, ``Charlotte Perkins Gilman``, ``Vishnu Suresh Lokhande`` keep it as a given name in the gold), even in
lists whose other names have no middle name written out (31 right, 8 wrong), and so does an initial before it in lists
of initials (``T. Kai Ng``, ``R. Kunnawalkam Elayavalli``); a collaboration opening a record of no author (some gold
sets keep ``XENON collaboration`` out of the names); a title and container joined by a bar with no date after (a
page's title and site apart, as realworld6's gold reads them).
Bare surnames joined by ``and`` read as the title of a record of no author, the label before them naming the first
(``(Grime) Grime and Voth, to appear in …``), read from the gold sets' silent wrongs, fires on that
wrong record and on no right one of the gold sets and the calibration split.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.names import known_given
from biblio.parse.review.lexicon import row_of
from biblio.parse.text import unmark
from biblio.records.model import Item

# the container's first words closing the title: an acronym after a comma, joined to the container by a space
# ("…, IJCEM" + "International Journal of …"), or a word or two after a full stop, joined to it by a colon ("….
# Navigation" + "Journal of The Institute of Navigation")
_ACRONYM_TAIL = lazy_pattern(r",\s[A-Z]{3,}$")
_HEAD_TAIL = lazy_pattern(r"\.\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$")
# a container opening on its "In" and an acronym: "In ICME'02"
_IN_ACRONYM = lazy_pattern(r"In\s[A-Z]{3,}(?:\W|$)")
# a word in capitals after a capital: a given name, or a family name ("Heritage", "Albrecht")
_NAME_WORD = lazy_pattern(r"[A-Z][a-z]+")
# a title's first words that no given name is: articles and prepositions of the list's languages
_OPENING_WORDS = frozenset(
    "The A An On In Of For To And Le La Les Der Die Das El Il Lo Un Une Ein Eine De Del Des Du".split()
)
# a citation label of two capitalised words and a year ("Paula Leite2017", "Horta Ribeiro et al. 2020")
_TWO_WORD_LABEL = lazy_pattern(
    r"(?P<name>[A-Z][\w'\u2019-]+\s[A-Z][\w'\u2019-]+)\s?(?:et\s+al\.?,?\s?)?(?:1[5-9]|20)\d\d[a-z]?"
)
# an alphanumeric citation key ("Aes256Sc", "Lucky13", "SafeCurves"): a list that names authors by surnames alone
_KEY_LABEL = lazy_pattern(r"[A-Za-z][A-Za-z0-9+-]*[A-Za-z0-9]")
_FULL_WORD = lazy_pattern(r"[A-Z][A-Za-z-]{2,}")
_TITLE_LEADS = (' "', " \u201c", ": ")
# a sentence inside the publisher, a word of four letters or more closed by its full stop and a capitalised phrase
# going on in lower case ("Ph. D thesis. Department of Biology, …", "Colección J.L. Vives. Ajuntament de Valencia"):
# the genre's or the series' words run into the imprint (an abbreviated "Univ. Press", "Co. KGaA" is no sentence)
_SENTENCE_IN_PUBLISHER = lazy_pattern(r"[a-z]{4,}\.\s[A-Z][a-z]+\s[a-z]")
# a thesis' genre opening the publisher ("Ph. D thesis. Department …", "Doctoral dissertation, …")
_GENRE_OPENING = lazy_pattern(r"(?i)(?:ph\.?\s?d\.?|doctoral|master'?s?|thesis|dissertation)\b")
# a series' name read as the publisher ("Oxford Series in Ecology and Evolution")
_SERIES_WORD = lazy_pattern(r"\bSeries\b")
# a report's version closing the title after a comma ("… Workshop Report, 1.1"): the version run into the title
_VERSION_AFTER_COMMA = lazy_pattern(r",\s\d+(?:\.\d+)+$")
# a container closing on a number, or on a volume's and an issue's numbers joined ("Historische Kring Bemmel 22-2")
_CLOSING_NUMBER = lazy_pattern(r"\s\d+$")
_CLOSING_VOLUME_ISSUE = lazy_pattern(r"\s(?P<volume>\d{1,4})[-/](?P<issue>\d{1,3})$")


def _container_holds_volume(item: Item, container: str, source: str) -> bool:
    """The volume kept closing the container: ``Journal of Statistics Education 23, 4, pp. 10`` read with the
    container ``… 23`` and the volume ``4`` written after its comma, or a volume and issue pair closing the container
    of a record with no volume (a span of years, ``1914-1918``, is no such pair)."""
    if not container[-1:].isdigit():
        return False
    volume = str(item.get("volume") or "")
    if volume.isdigit() and _CLOSING_NUMBER.search(container) and f"{container}, {volume}" in source:
        return True
    m = _CLOSING_VOLUME_ISSUE.search(container) if not volume else None
    return m is not None and int(m["volume"]) < 1500


def _title_holds_container_head(title: str, container: str, source: str) -> bool:
    if not title or not container:
        return False
    if ", " in title and _ACRONYM_TAIL.search(title) and f"{title} {container}" in source:
        return True
    return ". " in title and _HEAD_TAIL.search(title) is not None and f"{title}: {container}" in source


def _page_title_cut_at_bar(title: str, container: str, source: str) -> bool:
    """APA's ``Page | Site. (n.d.).``: a page's title as the browser shows it, set where the author goes, before the
    date; the record's title the part before the bar, its container the site after it."""
    if not title or not container or " | " not in source:
        return False
    return any(f"{title} | {container}{lead}" in source for lead in (". (", " ("))


def _person_kept_whole(item: Item, source: str) -> bool:
    """A literal of a given name and a capitalised word (``John Heritage``) beside persons read apart, the list's last
    name after its ``&`` or ``and``."""
    names = [n for n in item.get("author") or [] if isinstance(n, dict)]
    if not any(n.get("family") for n in names):
        return False
    for name in names:
        literal = str(name.get("literal") or "")
        words = literal.split()
        if (
            len(words) == 2
            and known_given(words[0])
            and _NAME_WORD.fullmatch(words[1]) is not None
            and any(f"{lead}{literal}" in source for lead in ("& ", "and "))
        ):
            return True
    return False


def _title_opens_on_given(item: Item, title: str, source: str) -> bool:
    """``Crick, Francis  Life Itself: …`` read with a family name alone and the title opening on ``Francis``: a dated
    record, the title's first word one a given-name list knows (or the labelled references hold more in names than in
    titles), written straight after the family name and its comma (not a short note's ``Ryan, History of Rugby``)."""
    words = title.split()
    if len(words) < 3 or not item.get("issued") or not words[1][:1].isupper():
        return False
    first = words[0]
    if first in _OPENING_WORDS or _NAME_WORD.fullmatch(first) is None:
        return False
    row = row_of(first.lower())
    if not (known_given(first) or (row is not None and row[0] > row[1])):
        return False
    return any(
        isinstance(n, dict) and set(n) == {"family"} and f"{n['family']}, {first} " in source
        for n in item.get("author") or []
    )


def _label_names_compound(item: Item) -> bool:
    """A label naming the first author by two words (``Paula Leite2017``) that the record reads as the given name's
    last word and a one-word family name: the family name is both words."""
    label = str(item.get("citation-label") or "")
    m = _TWO_WORD_LABEL.fullmatch(label) if " " in label else None
    names = item.get("author") or []
    if m is None or not names or not isinstance(names[0], dict):
        return False
    given, family = str(names[0].get("given") or ""), str(names[0].get("family") or "")
    return bool(given and family) and " " not in family and m["name"] == f"{given.split()[-1]} {family}"


# bare surnames joined by the list's "and" ("Grime and Voth", "Smith, Jones & Brown")
_SURNAMES_JOINED = lazy_pattern(r"[A-Z][\w'\u2019-]+(?:,\s[A-Z][\w'\u2019-]+)*,?\s(?:and|&)\s[A-Z][\w'\u2019-]+")


def _surnames_after_label(item: Item, title: str) -> bool:
    """``(Grime) Grime and Voth, to appear in …``: a label naming the first author, and a record of no author whose
    title is bare surnames joined by ``and`` that opens on the label's word: the authors read as the title."""
    label = str(item.get("citation-label") or "")
    if not label or item.get("author") or item.get("editor") or not title.startswith(label + " "):
        return False
    return _SURNAMES_JOINED.fullmatch(title) is not None


def _surnames_as_one_person(item: Item, source: str) -> bool:
    """``[Lucky13] AlFardan, Paterson "Lucky Thirteen …"``: a list keyed by labels names its authors by surnames; one
    person whose given name is a word no given-name list knows, the title straight after it."""
    names = [n for n in item.get("author") or [] if isinstance(n, dict)]
    label = str(item.get("citation-label") or "")
    if len(names) != 1 or set(names[0]) != {"given", "family"} or _KEY_LABEL.fullmatch(label) is None:
        return False
    if label.isdigit() or not any(c.isalpha() for c in label):
        return False
    given, family = str(names[0]["given"]), str(names[0]["family"])
    if family.isupper() or _FULL_WORD.fullmatch(given) is None or known_given(given):
        return False
    # a label that is the family name itself ("(Mattice) Mattice, Suter, Conformational Theory …") keys a list of
    # surnames whose title follows a comma
    leads = (*_TITLE_LEADS, ", ") if label == family else _TITLE_LEADS
    return any(f"{family}, {given}{lead}" in source for lead in leads)


# initials alone ("B.", "T. M.", "G")
_INITIALS = lazy_pattern(r"(?:[A-Z]\.?\s?-?){1,3}")
# Vancouver's initials with a lower-case part read as a family name ("SW-t" of "Yih SW-t")
_INITIALS_AS_FAMILY = lazy_pattern(r"[A-Z]{1,3}-[a-z]{1,2}")


def _given_read_as_next_family(item: Item, source: str) -> bool:
    """``Brown, Karen, T.``, ``Johnsen, Lars G.`` read as a family name alone and a person ``Karen, T.``: a family name
    with no given name, then a name whose family is a given name and whose given name is initials, the text writing
    the two after one comma."""
    for var in ("author", "editor"):
        names = [n for n in item.get(var) or [] if isinstance(n, dict)]
        for first, second in zip(names, names[1:], strict=False):
            family = str(second.get("family") or "")
            if set(first) != {"family"} or not family or _INITIALS.fullmatch(str(second.get("given") or "")) is None:
                continue
            if known_given(family) and f"{first['family']}, {family}" in source:
                return True
    return False


def _initials_as_family(item: Item) -> bool:
    return any(
        isinstance(n, dict) and _INITIALS_AS_FAMILY.fullmatch(str(n.get("family") or "")) is not None
        for var in ("author", "editor")
        for n in item.get(var) or []
    )


# a span of two years ("1308-1321"): the page of a record whose text writes it alone in a bracket, the first
# printing's dates (``Alighieri, Dante. (1308–1321) 2021.``)
_YEAR_SPAN = lazy_pattern(r"(?P<start>(?:1[0-9]|20)\d\d)-(?P<end>(?:1[0-9]|20)\d\d)")


def _page_is_bracketed_years(page: str, source: str) -> bool:
    m = _YEAR_SPAN.fullmatch(page) if "-" in page else None
    return m is not None and any(f"({m['start']}{dash}{m['end']})" in source for dash in "-\u2013\u2014")


def _publisher_in_place(item: Item) -> bool:
    """A place of a record with no publisher joined by a slash to a word the labelled references hold mostly in
    publishers (``Princeton/MIT``); two towns (``Berlin/Boston``) are a place."""
    place = str(item.get("publisher-place") or "")
    if "/" not in place or item.get("publisher"):
        return False
    for part in place.split("/"):
        row = row_of(part.strip().lower())
        if row is not None and row[3] == max(row) and row.count(row[3]) == 1:
            return True
    return False


# a book's volume in Roman numerals closing its title, then the series' name run on into the container ("New Results in
# Numerical and Experimental Fluid Mechanics XI. Notes on Numerical Fluid Mechanics …")
_ROMAN_THEN_SERIES = lazy_pattern(r"\s[IVX]{1,4}\.\s[A-Z][a-z]+\s\w+\s\w+")
# German's edition statement, an ordinal and up to four adjectives before "Auflage" or "Ausgabe" ("Zweite überarbeitete
# und wesentlich vermehrte Ausgabe", "3., erweiterte Auflage"): an edition the record lost into the note
_GERMAN_EDITION = lazy_pattern(
    r"(?:Zweite|Dritte|Vierte|F\u00fcnfte|Sechste|Siebte|Achte|Neunte|Zehnte|\d{1,2}\.)"
    r"(?:,?\s[a-z\u00e4\u00f6\u00fc\u00df]\w*){0,4},?\s(?:Auflage|Ausgabe)\b"
)
# a quoted title closed by its quote and a genre's lower-case word after a comma ("“Los Eder: …”, artículo")
_QUOTE_THEN_WORD = lazy_pattern(r"[\u201d\"\u2019\u00bb],\s[a-z\u00e0-\u00ff]+$")

# a title written in capitals run on over a comma into words in mixed case ("POPULATION AGEING IN VICTORIA, State and
# Regional Indicators"): the series' or the container's name the text sets apart by its case
_CAPITALS_THEN_CASE = lazy_pattern(r"(?:[A-Z][A-Z'-]+\s){2,}[A-Z][A-Z'-]+,\s[A-Z][a-z]+\s[a-zA-Z]")


def _edition_lost(item: Item, text: str) -> bool:
    return (
        not item.get("edition")
        and ("Auflage" in text or "Ausgabe" in text)
        and _GERMAN_EDITION.search(text) is not None
    )


def _quote_then_word(item: Item) -> bool:
    for var in ("title", "container-title", "publisher"):
        value = str(item.get(var) or "")
        if value[:1] in '\u201c"\u2018\u00ab' and _QUOTE_THEN_WORD.search(value) is not None:
            return True
    return False


# an author-date head's bracketed date and its marks ("(1894). ", "(n.d.): "), between two parts a title joins
_DATE_BRACKET = lazy_pattern(r"[.:]?\s*\((?:\d{4}[a-z]?|n\.\s?d\.?)[^()]{0,20}\)[.:]?\s*")
_SENTENCE_BREAK = lazy_pattern(r"[.:] ")


def _title_across_date(title: str, text: str) -> bool:
    """A title made of the text on both sides of the head's bracketed date: the words before the date (the author's,
    or the title's first sentence) joined to those after it (``Carmélites du premier monastère à Paris. (1894).
    Mémoire sur …`` read as one title)."""
    if "(" not in text:
        return False
    for brk in _SENTENCE_BREAK.finditer(title):
        head, rest = title[: brk.start()], title[brk.end() :]
        if len(head) < 3 or len(rest) < 3:
            continue
        at = text.find(head)
        m = _DATE_BRACKET.match(text, at + len(head)) if at >= 0 else None
        if m is not None and text.startswith(rest[:20], m.end()):
            return True
    return False


def misjoined_signals(item: Item, source: str) -> dict[str, float]:
    """The signals of this module that fire on ``item`` read from ``source``."""
    title = unmark(str(item.get("title", "") or "")).strip()
    container = unmark(str(item.get("container-title", "") or "")).strip()
    publisher = unmark(str(item.get("publisher", "") or "")).strip()
    text = unmark(source)
    ev = {
        "title:holds-container-head": float(_title_holds_container_head(title, container, text)),
        "title:page-title-cut-at-bar": float(_page_title_cut_at_bar(title, container, text)),
        "container:opens-on-in-acronym": float(container.startswith("In ") and bool(_IN_ACRONYM.match(container))),
        "name:person-kept-whole": float(_person_kept_whole(item, text)),
        "title:opens-on-given-name": float(bool(title) and _title_opens_on_given(item, title, text)),
        "name:label-names-compound": float(_label_names_compound(item)),
        "title:surnames-after-label": float(_surnames_after_label(item, title)),
        "name:surnames-as-one-person": float(_surnames_as_one_person(item, text)),
        "place:holds-publisher": float(_publisher_in_place(item)),
        "publisher:holds-sentence": float(
            bool(publisher)
            and (
                _GENRE_OPENING.match(publisher) is not None
                or (". " in publisher and _SENTENCE_IN_PUBLISHER.search(publisher) is not None)
            )
        ),
        "publisher:names-series": float("Series" in publisher and _SERIES_WORD.search(publisher) is not None),
        "title:closes-on-version-number": float(", " in title and _VERSION_AFTER_COMMA.search(title) is not None),
        "container:holds-volume": float(bool(container) and _container_holds_volume(item, container, text)),
        "name:given-read-as-family": float(_given_read_as_next_family(item, text)),
        "name:initials-as-family": float(_initials_as_family(item)),
        # a publisher of one letter ("U" of "U.S. Environmental Protection Agency"): a name cut at its first stop
        "publisher:one-letter": float(bool(publisher) and sum(c.isalnum() for c in publisher) == 1),
        "page:is-bracketed-years": float(_page_is_bracketed_years(str(item.get("page") or ""), text)),
        "container:roman-then-series": float(". " in container and _ROMAN_THEN_SERIES.search(container) is not None),
        "edition:statement-lost": float(_edition_lost(item, text)),
        "value:quote-then-word": float(_quote_then_word(item)),
        "title:capitals-run-on": float(", " in title and _CAPITALS_THEN_CASE.match(title) is not None),
        "title:joined-across-date": float(_title_across_date(title, text)),
    }
    return {k: v for k, v in ev.items() if v}
