"""Mends of parts of European humanities references: editors after ``en``, a journal's town, series and reissues.

Spanish ``«Título», en J.M. Maestre y J. Pascual, *Humanismo y pervivencia* (Cádiz, 1993)``: the names between ``en``
and the italic book are the book's editors, read by the model as one name and a journal opening on the other.
Portuguese ``«Título», Revista Portuguesa de Musicologia, Lisboa, n.º 10, 2000`` names the journal's town before
its number: the town is neither the journal's nor a publisher's place (a note). French ``Bulletin de la Société …,
2e série 22 (1908)``: the volume is the number after the series, which the model reads as the volume and an issue.
A reissue after the first imprint's year (``Paris, 1804, rééd. Paris, Hermann, 1997``, ``1935 [Nachdrucke ebd.
1966]``) is a note, as AnyStyle's labelled data keep it, no second publisher or date. German ``Title (De Gruyter
Studium), Berlin/Boston 2012.``: the bracket before an imprint of towns and a year is the series, even one named after
a publisher. A German ``Title, in: Librarium. Zeitschrift der …`` with the journal's first sentence read into the
title gives it back to the journal.

Fields touched: ``editor``, ``container-title``, ``publisher-place``, ``volume``, ``issue``, ``publisher``, ``note``,
``title``, ``collection-title``."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

FIELDS = (
    "editor",
    "container-title",
    "publisher-place",
    "volume",
    "issue",
    "publisher",
    "note",
    "title",
    "collection-title",
)

# a name after its initials: "J.M. Maestre", "E. Lorenzo Díaz", "J. de la Torre"
_NAME = (
    r"(?:[A-ZÀ-Ý][a-zà-ÿ]?\.\s?(?:-?[A-ZÀ-Ý]\.\s?)*)\s*(?:d[ae]l?\s+(?:la\s+)?)?"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?"
)
_EN_EDITORS = lazy_pattern(
    rf"(?:^|[,.»”\"]\s)\s*(?P<kw>en|em)\s+(?P<names>{_NAME}(?:(?:,\s+|\s+(?:y|e)\s+){_NAME}){{0,5}})\s*,\s*"
    r"\*(?P<book>[^*]{3,})\*"
)


@needs(marks=["en ", "em "])
def editors_after_en(spans: list[Span], text: str) -> list[Span]:
    """``en J.M. Maestre y J. Pascual, *Book*``: the editors and the italic book."""
    if "*" not in text or (m := _EN_EDITORS.search(text)) is None:
        return spans
    a, z = m.start("names"), m.end("book")
    new = [
        Span("editor", m.group("names"), a, m.end("names")),
        Span("container-title", m.group("book"), m.start("book"), z),
    ]
    return replaced(spans, text, m.start("kw"), z, new)


# after the closing quote of an article's title: the journal, a town of capitalised words, the number after "n.º"
_TOWN_BEFORE_NUMBER = lazy_pattern(
    r"[»”\"],\s+(?P<journal>[^,«»\"“”]{3,150}?),\s+"
    r"(?:(?!(?:S[ée]rie|Ano|Vol|Tomo|Tom|Número|Nova)\b)(?P<town>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:d[aeo]s?\s+)?[A-ZÀ-Ý][\w'’-]+){0,2}),"
    r"\s+)?(?P<no>n\.?\s?(?:º|°|os|ºs)\s*)(?P<issue>\d+(?:\s?[-–/]\s?\d+)?)\b"
)


@needs(marks=["º", "n.os"])
def town_before_number(spans: list[Span], text: str) -> list[Span]:
    """``«Title», Journal, Aveiro, n.º 23``: the journal and its number, the town a note (``«Title», Journal, n.º
    23`` with the number's word read into the journal and the number as the volume)."""
    if (m := _TOWN_BEFORE_NUMBER.search(text)) is None:
        return spans
    a, z = m.start("journal"), m.end("issue")
    new = [Span("journal", m.group("journal"), a, m.end("journal"))]
    if m.group("town"):
        new.append(Span("note", m.group("town"), m.start("town"), m.end("town")))
    new.append(Span("issue", text[m.start("no") : z], m.start("no"), z))
    return replaced(spans, text, m.start() + 1, z, new)  # the title ends on its closing quote


# a journal's series by its French ordinal, then the volume: "2e série 22", "3e série, t. 5", "IIe série, 14"; the
# Italian and Spanish series and epochs: "serie III, vol. 4", "tercera serie, t. V", "2a época, 70"
_SERIES_THEN_VOLUME = lazy_pattern(
    r"(?<![\w.])(?P<series>(?:\d{1,2}\s?(?:e|è|ème|eme|re|ère)|[IVX]{1,5}e)\s+s[ée]rie|serie\s+[IVX]{1,5}"
    r"|(?:primera|segunda|tercera|cuarta|quinta|nueva|nuova|prima|seconda|terza|quarta)\s+(?:serie|época)"
    r"|\d{1,2}\s?[aª]\.?\s+época)\s*,?\s+(?:t\.\s?|tome\s|vol\.\s?)?"
    r"(?P<volume>\d{1,4}|[IVXLC]{1,7}(?=\s*[,(]))\b(?![-–/.,]\d)"
)


@needs(marks=["série", "serie", "época"])
def volume_after_series(spans: list[Span], text: str) -> list[Span]:
    """``…, 2e série 22 (1908)`` read as the volume ``2e`` and the issue ``série``, or ``…, serie III, vol. 4
    (1876)`` with the series read into the journal's name: the volume is the number after the series, the series a
    note."""
    if (m := _SERIES_THEN_VOLUME.search(text)) is None:
        return spans
    z = m.end("volume")
    inside = [s for s in spans if s.start < z and m.start() < s.end]
    if any(s.label not in ("volume", "issue", "container-title", "journal") for s in inside):
        return spans
    series = Span("note", m.group("series"), m.start(), m.end("series"))
    return replaced(spans, text, m.start(), z, [series, Span("volume", m.group("volume"), m.start("volume"), z)])


# Spanish "En Obras completas, t. 3." / "En Obras del Doctor D. Name, tomo 13.": a work printed in a volume of its
# author's collected works
_COLLECTED_WORKS_PART = lazy_pattern(
    r"(?<=[.,]\s)(?P<book>En\s+Obras\b[^:;]{1,150}?),\s+(?P<volume>(?:t\.|tomo|vol\.)\s?(?:\d{1,3}|[IVXLC]{1,6}))"
    r"(?=[.,;]\s)"
)


@needs(marks=["En Obras"])
def collected_works_part(spans: list[Span], text: str) -> list[Span]:
    """``_Title_. En Obras completas, t. 3. Place: Publisher`` with the collected works read as a journal (its ``En``
    kept) or a series, or run into the title: the works are the book, the tome its volume."""
    if (m := _COLLECTED_WORKS_PART.search(text)) is None:
        return spans
    a, z = m.start(), m.end()
    inside = [s for s in spans if s.start < z and a < s.end]
    if not inside or any(s.label not in _WORKS_PART_LABELS for s in inside):
        return spans
    if [s.label for s in inside] == ["container-title", "volume"] and inside[0].start == a:
        return spans
    book = Span("container-title", m.group("book"), a, m.end("book"))
    parts = [book, Span("volume", m.group("volume"), m.start("volume"), z)]
    mended = replaced(spans, text, a, z, parts)
    cut = next((s for s in inside if s.start < a and s.label != "title"), None)
    if cut is None or any(s.label == "title" for s in mended):
        return mended
    # the work's own title, read into one span with the works, is the title
    return [Span("title", s.text, s.start, s.end, s.confidence) if s.start == cut.start else s for s in mended]


_WORKS_PART_LABELS = frozenset(("journal", "container-title", "collection-title", "title", "volume", "note"))


# a reissue's word in French, Spanish, Portuguese, Italian or German after the first imprint's year
_REISSUE = lazy_pattern(
    r"(?<=\d{4})(?:\s*[,.;]\s*|\s*[(\[]\s*)(?P<note>(?:rééd(?:\.|ition|ité)|réimpr(?:\.|ession)|[Rr]eimpr?\.|reimpresión"
    r"|reed\.|reedición|reedição|reimpressão|ristampa|rist\.|Nachdruck(?:e)?|Neudruck|Nachdr\.)(?=[\s,:]).*)$"
)


@needs(marks=["rééd", "réimpr", "eimp", "reed", "ristampa", "rist.", "Nachdr", "Neudruck"])
def reissue_note(spans: list[Span], text: str) -> list[Span]:
    """``…, Paris, 1804, rééd. Paris, Hermann, 1997.`` with the reissue read as a title, a publisher and a date."""
    if (m := _REISSUE.search(text)) is None:
        return spans
    a, z = m.start("note"), len(text.rstrip())
    return replaced(spans, text, a, z, [Span("note", text[a:z], a, z)])


# Italian's volume (often roman) and number before the bracketed year: "_Notes_, XXX, n. 2 (1973), pp. 250-259"
_VOLUME_NUMBER_YEAR = lazy_pattern(
    r"^(?P<volume>[IVXLC]{1,7}|\d{1,4}),\s+(?:n\.|nº|n°|no\.)\s*(?P<issue>\d{1,4})\s+"
    r"(?P<date>\((?:1[5-9]|20)\d\d\))[,.]?$"
)


@needs(labels=["date"], marks=["n"])
def volume_number_read_as_date(spans: list[Span], text: str) -> list[Span]:
    """``Notes, XXX, n. 2 (1973), pp. 250-259`` with the volume, its number and the year read as one date: the
    year in brackets is the date, the roman or arabic number before ``n.`` the volume, the one after it the issue."""
    for s in spans:
        if s.label != "date" or (m := _VOLUME_NUMBER_YEAR.match(s.text.strip())) is None:
            continue
        at = s.start + (len(s.text) - len(s.text.lstrip()))
        parts = [
            Span(label, m.group(group), at + m.start(group), at + m.end(group), s.confidence)
            for label, group in (("volume", "volume"), ("issue", "issue"), ("date", "date"))
        ]
        return replaced(spans, text, s.start, s.end, parts)
    return spans


# an italic journal's name and, after its closing mark, a roman volume read into it: "_Studi musicali_, XXII,"
_ROMAN_AFTER_ITALIC = lazy_pattern(r"(?<=[^\s*_][*_]),\s+(?P<volume>[IVXLC]{1,7}),?$")


@needs(any_label=("journal", "container-title"), marks=["_, ", "*, "])
def roman_volume_after_italic_journal(spans: list[Span], text: str) -> list[Span]:
    """``_Studi musicali_, XXII, n. 3 (1993)`` with the roman volume read into the journal's name: the name
    ends at its italic's closing mark, the roman number after it is the volume."""
    for s in spans:
        if s.label not in ("journal", "container-title"):
            continue
        body = s.text.rstrip()
        m = _ROMAN_AFTER_ITALIC.search(body)
        if m is None or text.count(body[m.start() - 1], 0, s.start + m.start()) % 2:
            continue
        a, v = s.start + m.start(), s.start + m.start("volume")
        parts = [
            Span(s.label, text[s.start : a], s.start, a, s.confidence),
            Span("volume", m.group("volume"), v, v + len(m.group("volume")), s.confidence),
        ]
        return replaced(spans, text, s.start, s.start + m.end(), parts)
    return spans


# German's series in brackets before an imprint of towns and a year with no publisher: "(De Gruyter Studium),
# Berlin/Boston 2012."
_SERIES_BEFORE_TOWN_YEAR = lazy_pattern(
    r"\s\((?P<series>[^()]{3,120})\),\s+[A-ZÄÖÜ][\w.'’-]+(?:\s?[/-]\s?[A-ZÄÖÜ][\w.'’-]+|\s[a-z]\.\s?[A-Z]\.?){0,3}"
    r"\s+(?:1[5-9]\d\d|20\d\d)\.?$"
)


@needs(labels=["title", "publisher"], marks=["("])
def series_read_as_publisher_before_town_year(spans: list[Span], text: str) -> list[Span]:
    """``Title (De Gruyter Studium), Berlin/Boston 2012.``: a series named after its publisher, read as the
    publisher, with the title's last words cut off before it; no German imprint of a town and a year holds a
    publisher, so the bracket is the series and the words before it the title's."""
    if (m := _SERIES_BEFORE_TOWN_YEAR.search(text.rstrip())) is None:
        return spans
    a, z = m.start("series"), m.end("series")
    inside = [s for s in spans if s.start < z and a < s.end]
    titles = [s for s in spans if s.label == "title" and s.end <= a]
    if not any(s.label == "publisher" for s in inside) or not titles:
        return spans
    t = titles[-1]
    between = [s for s in spans if t.end <= s.start and s.end <= a + 1 and s.start < a]
    if any(s.label not in ("note", "other") for s in between):
        return spans
    title = Span("title", text[t.start : m.start()], t.start, m.start(), t.confidence)
    return replaced(spans, text, t.start, z + 1, [title, Span("collection-title", m.group("series"), a, z)])


# German's in-mark with its colon inside a title span: "Title, in: Librarium." (the journal's first sentence)
_IN_COLON = lazy_pattern(r"[,.]\s+[Ii]n:\s+(?=[A-ZÄÖÜ0-9])")


@needs(labels=["title"], any_label=("journal", "container-title"), marks=["in: ", "In: "])
def in_colon_inside_title(spans: list[Span], text: str) -> list[Span]:
    """``title: Title, in: Librarium.`` | ``journal: Zeitschrift der …``: the journal's name opens after ``in:``,
    its first sentence read into the title."""
    for k in range(len(spans) - 1):
        t, nxt = spans[k], spans[k + 1]
        if t.label != "title" or nxt.label not in ("journal", "container-title") or text[t.end : nxt.start].strip():
            continue
        if (m := _IN_COLON.search(t.text)) is None or m.start() == 0:
            continue
        a = t.start + m.end()
        head = Span("title", t.text[: m.start()], t.start, t.start + m.start(), t.confidence)
        return [*spans[:k], head, Span(nxt.label, text[a : nxt.end], a, nxt.end, nxt.confidence), *spans[k + 2 :]]
    return spans
