"""Edition spans -> ``edition``.

Fields touched: ``edition``, ``title``, ``publisher``, ``container-title``, ``type``; a first edition's year
before the imprint: ``issued``, ``original-date``, ``note``, ``collection-title``.

``2nd ed.`` -> ``2``, ``Second edition`` -> ``2``, ``2. Aufl.`` -> ``2``,
``29e édition`` -> ``29``; a named edition (``Rev. ed.``, ``Special edition``)
is kept as words without the trailing ``ed.``.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.hosts import add_note
from biblio.parse.normalisers.markup import plain
from biblio.parse.normalisers.places import is_place
from biblio.parse.text import NORDIC_EDITION_WORDS
from biblio.records.model import source_text

FIELDS = (
    "edition",
    "title",
    "publisher",
    "container-title",
    "type",
    "issued",
    "original-date",
    "note",
    "collection-title",
)

ORDINALS = {
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
    "sixth": "6",
    "seventh": "7",
    "eighth": "8",
    "ninth": "9",
    "tenth": "10",
}
# the same words in French, Italian and Dutch: "Troisième édition", "seconda edizione", "tweede druk"
ROMANCE_ORDINALS = {
    "première": "1",
    "deuxième": "2",
    "seconde": "2",
    "troisième": "3",
    "quatrième": "4",
    "cinquième": "5",
    "sixième": "6",
    "septième": "7",
    "huitième": "8",
    "neuvième": "9",
    "dixième": "10",
    "prima": "1",
    "seconda": "2",
    "terza": "3",
    "quarta": "4",
    "quinta": "5",
    "sesta": "6",
    "settima": "7",
    "ottava": "8",
    "nona": "9",
    "decima": "10",
    "eerste": "1",
    "tweede": "2",
    "derde": "3",
    "vierde": "4",
    "vijfde": "5",
}
NORDIC_EDITION = "|".join(NORDIC_EDITION_WORDS)
# Spanish ordinals written with their last letters, as Latin American lists do: "2da.", "3ra.", "4ta.", "1era."
SPANISH_ORDINAL_ENDS = "ra|da|ta|ma|va|na|era"
_ORDINAL_WORDS = {word: lazy_pattern(rf"\b{word}\b") for word in ORDINALS}
# "2nd ed.", "2nd. edition", "2n ed.", "29e édition", "4ème ed.", "2° ed.", "2. Aufl.", "3.ª ed.", "2.a edición",
# "6. überarbeitete Auflage", "Revised 3rd edition", "2nd edition ed.", "Seventh Edition", "30th anniversary ed.",
# "10th Global ed.", "5th ed., text rev.", Turkish "2. baskı", Spanish "4ta. Ed.", "3ra. ed."
EDITION = lazy_pattern(
    r"^(?:(?:rev(?:ised|\.)?|expanded|updated|enlarged|überarb\w*|erw\w*|neu\w*|corrected)\s+)?"
    r"(?:(?P<num>\d{1,3})\s*(?:\.\s?[ªºao]|(?:"
    + SPANISH_ORDINAL_ENDS
    + r")(?=[.\s])|st|nd|rd|th|ste|de|n|d|e|er|re|ème|eme|è|nde|ᵉ|°|º|ª|a|\.)?\.?|(?P<word>first|second|third|"
    rf"fourth|fifth|sixth|seventh|eighth|ninth|tenth|{'|'.join(ROMANCE_ORDINALS)}))\s*"
    r"(?:(?:rev(?:ised|\.)?|expanded|updated|enlarged|überarb\w*|erw\w*|neu\w*|corrected|anniversary|"
    r"international|student|special|illustrated|annotated|abridged|unabridged|und|and|&|,|\s)+)?"
    # a market's or a region's edition: "10th Global ed.", "3rd Asia-Pacific ed."
    r"(?:[A-Za-z][\w-]*\s+){0,2}"
    rf"(?:ed|edn|edition|éd|édition|aufl|auflage|bearb|kiadás|kiad|edición|edição|ed\.ª|edizione|druk|uitgave|uitg|baskı|basım|"
    rf"{NORDIC_EDITION})"
    r"\.?(?:\s+ed\.?)?"
    # a revised text of the edition, as the DSM's: "5th ed., text rev.", "5th edn, text revision"
    r"(?:,?\s+text\s+rev(?:ision|\.)?)?$",
    re.I,
)
_NUMBER = lazy_pattern(r"(?<!\d)(\d{1,3})(?:st|nd|rd|th|e|er|ème|°|\.)?(?!\d)", re.I)
# what any edition's statement holds: a number, an ordinal or the word for an edition in the languages biblio reads
_EDITION_MARK = lazy_pattern(
    r"\d|\b(?:ed|eds|edn|edition|éd|édition|auflage|aufl|ausgabe|rev|revised|illustrated|expanded|enlarged|augmented"
    r"|new|updated|edición|edizione|edição|neu|neue|first|second|third|fourth|fifth|erste|zweite|dritte|vierte"
    r"|reprint|reprinted|nachdruck|réimpression|printing|anniversary|abridged|unabridged|student|international)\b",
    re.I,
)


def imprint_as_edition(value: str) -> bool:
    """Whether an edition's value is an imprint's parts (``PUF, "Que sais-je ?"``): a comma or a quote, and no number
    and no edition's word."""
    return ("," in value or '"' in value) and _EDITION_MARK.search(value) is None


# (Turkish "baskı" and "basım": "gözden geçirilmiş baskı", "2. baskı"; Polish "Wyd. VI", an edition in Roman numerals
# after its word: the numeral is kept as written)
_ED_WORD = lazy_pattern(
    r"\b(?:ed|edn|edition|éd|édition|aufl|auflage|edición|edição|edizione|kiadás|baskı|basım|wyd|wydanie)\b\.?", re.I
)


# an edition named by a word, no number: "updated ed.", "Rev. ed.", "expanded edition"
_NAMED_EDITION = lazy_pattern(
    r"(?:rev(?:ised|\.)?|expanded|updated|enlarged|corrected|abridged|unabridged|illustrated|annotated)\s+"
    r"(?:ed|edn|edition)",
    re.I,
)
_YEAR_EDITION = lazy_pattern(r"((?:1[5-9]|20)\d\d)\s+(?:ed|edn|edition)\.?")


def edition_value(piece: str) -> str | None:
    """The number of an edition statement written as a whole piece, else None."""
    m = EDITION.match(piece.strip())
    if not m:
        # an edition named by its year, "(2010 ed.)": the year names it
        y = _YEAR_EDITION.fullmatch(piece.strip()) if " ed" in piece else None
        return y.group(1) if y else None
    word = m.group("word")
    return m.group("num") or ORDINALS.get(word.lower()) or ROMANCE_ORDINALS[word.lower()]


def edition_from_span(text: str) -> str | None:
    """The edition of a labelled edition span: its number when it has one, else its words."""
    s = plain(text).strip(" .,;:()[]")
    if not s:
        return None
    exact = edition_value(s)
    if exact:
        return exact
    m = _NUMBER.search(s)
    if m:
        return m.group(1)
    low = s.lower()
    for word, num in ORDINALS.items():
        if _ORDINAL_WORDS[word].search(low):
            return num
    words = _ED_WORD.sub("", s).strip(" .,;:")
    return words or None


# a German edition statement closing a title or a publisher: ", 22. Auflage", ". 15. Auflage",
# ", 2., durchgesehene und bibliographisch ergänzte Auflage" (its words in lower case), ". Zehnte, unveränderte
# Auflage"
# ". Zehnte, unveränderte Auflage": the ordinal written out
_GERMAN_ORDINALS = {
    "erst": "1", "zweit": "2", "dritt": "3", "viert": "4", "fünft": "5", "sechst": "6", "siebt": "7",
    "siebent": "7", "acht": "8", "neunt": "9", "zehnt": "10", "elft": "11", "zwölft": "12",
}  # fmt: skip
# the statement itself, its ordinal a number or a word: "2., erw. Aufl.", "Dritte Auflage", "Zweite, überarbeitete
# Ausgabe" (a written-out ordinal makes "Ausgabe" the edition, not a newspaper's issue)
_GERMAN_EDITION = (
    rf"(?:(?P<num>\d{{1,3}})\.|(?P<word>(?i:{'|'.join(_GERMAN_ORDINALS)})e[nr]?)),?\s+"
    r"(?:[a-zäöüß]+\.?,?\s+){0,6}?(?:Auflage|Aufl\.?|(?(word)Ausgabe|(?!)))"
)
_CLOSING_AUFLAGE = lazy_pattern(rf"[,.]\s+{_GERMAN_EDITION}[.,]?\s*$")
_WHOLE_GERMAN_EDITION = lazy_pattern(rf"{_GERMAN_EDITION}\.?")


# a numbered edition in brackets closing a title (British Harvard): "Title (second edition)", "Title (2nd edn)"
_CLOSING_BRACKETED = lazy_pattern(
    rf"\s+\((?P<num>\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(ORDINALS)})\s+(?:ed|edn|edition)\.?\)\s*$", re.I
)


# the same, opening the publisher read after the title: "Physical Oceanography (Third Edition), Elsevier"
_OPENING_BRACKETED = lazy_pattern(
    rf"^\((?P<num>\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(ORDINALS)})\s+(?:ed|edn|edition)\.?\)[\s,.;:]+(?=\S)", re.I
)
# the same with its number read as the volume, the word left opening the publisher: "2 ed., Cambridge University Press"
_OPENING_ED_WORD = lazy_pattern(r"^(?:ed|edn|edition)\.?\s*,\s+(?=[A-Z])")
# MLA's edition before the publisher, read into it in a hand's shorthand: "2 ed., Cambridge University Press" (the
# number bare before the word), "3rd , New Holland" (the ordinal without the word), a comma and a name after it
_OPENING_MLA_EDITION = lazy_pattern(
    r"^(?P<num>\d{1,3}(?:st|nd|rd|th)(?:\s+(?:ed|edn|edition)\.?)?|\d{1,3}\s+(?:ed|edn|edition)\.?)\s*,\s+(?=[A-Z])"
)


# a numbered edition as the title's last sentence ("Orthogonal Polynomials. Fourth edition") or the publisher's last
# part ("Springer, second edition, 2001" read as "Springer; second edition"; "O'Reilly Media, 1 edition" with the
# number bare before the whole word) or last sentence ("Hackett. 4th ed.")
_ORDINAL_EDITION = (
    rf"(?P<num>\d{{1,3}}(?:st|nd|rd|th)|\d{{1,3}}(?=\s+edition)|{'|'.join(ORDINALS)})\s+(?:ed\.?|edn\.?|edition)\.?\s*$"
)
_CLOSING_SENTENCE = lazy_pattern(rf"(?<=\w)\.\s+{_ORDINAL_EDITION}", re.I)
# a Greek numbered edition as the title's last sentence: "Λεξικόν … ονόματα. 8η έκδ.", "… 2η έκδοση"
_CLOSING_GREEK = lazy_pattern(
    r"(?<=\w)\.\s+(?P<num>\d{1,3})\s?(?:η|ή|ης)\s?(?:[έε]κδ\.?|[έε]κδοσ(?:η|ις))\.?\s*$", re.I
)
_CLOSING_PART = lazy_pattern(rf"[;,]\s+{_ORDINAL_EDITION}", re.I)
# ABNT's edition set off by dashes after the title: "… volta à África — 2a ed. rev. ampl. — São Paulo: …" (the
# title read on to the edition, the closing dash into the place)
_CLOSING_DASHED = lazy_pattern(
    r"\s[-\u2013\u2014]\s+(?P<num>\d{1,3})(?:a|ª|\.)?\s?ed\.(?:\s+(?:rev|ampl|aum|atual|corr)\.?)*\s*$", re.I
)
_DASH_LEAD = lazy_pattern(r"^[-\u2013\u2014]\s+")
# a French edition after the publisher, as older French catalogues close an imprint: "Librairie D'Eugène Belin,
# Seconde édition", "Julien, Lanier et Cie, éditeurs, second édition", "…, 2e édition"; or before it, the publisher
# after "chez": "Troisième édition, chez Desprez Guillaume"
_FRENCH_ORDINAL = rf"(?P<num>{'|'.join(ROMANCE_ORDINALS)}|second|\d{{1,2}}e)"
_FRENCH_CLOSING = lazy_pattern(rf"[,.]\s+{_FRENCH_ORDINAL}\s+[ée]dition\.?\s*$", re.I)
_FRENCH_OPENING = lazy_pattern(rf"^{_FRENCH_ORDINAL}\s+[ée]dition\s*,\s*(?:chez\s+)?(?=[A-ZÀ-Ý])", re.I)
# the edition's number as the title's last sentence, the word before it: "Symboles et définitions … Edition 37."
_WORD_THEN_NUMBER = lazy_pattern(r"(?<=\w)\.\s+(?:[Ee]dition|[Éé]dition|Ed\.)\s+(?P<num>\d{1,3})\.?\s*$")
# a numbered edition closing an italic title after a comma: "*The Notation of Polyphonic Music 900–1600, Fourth
# Edition*", "*J.S. Bach: Inventions and Sinfonias, 2nd Edition*", "*… Notation Booklet, 8th ed.*"
_COMMA_EDITION = lazy_pattern(rf",\s+{_ORDINAL_EDITION}", re.I)


def _french_number(word: str) -> str:
    """The number a French ordinal (or ``2e``) names."""
    low = word.lower()
    return ROMANCE_ORDINALS.get(low) or ORDINALS.get(low) or low.rstrip("e")


def french_edition_apart(item: dict[str, object]) -> None:
    """(In place.) A French edition closing the publisher (``Librairie Vve Poussielgue et fils, deuxième édition``)
    or opening it before ``chez`` (``Troisième édition, chez Desprez Guillaume et Pralard André``), the number closing
    a title's last sentence (``… catholique. Edition 37``), or a numbered edition closing an italic title after a
    comma (``*Title, Fourth Edition*``): the edition, no part of the publisher or the title."""
    publisher = item.get("publisher")
    if isinstance(publisher, str) and "dition" in publisher and "edition" not in item:
        if (m := _FRENCH_CLOSING.search(publisher)) is not None and m.start() > 0:
            item["publisher"] = publisher[: m.start()].rstrip()
            item["edition"] = _french_number(m["num"])
        elif (m := _FRENCH_OPENING.match(publisher)) is not None:
            item["publisher"] = publisher[m.end() :]
            item["edition"] = _french_number(m["num"])
    title = item.get("title")
    if not isinstance(title, str) or "edition" in item or ("dition" not in title and "ed." not in title):
        return
    if (m := _WORD_THEN_NUMBER.search(title)) is not None:
        item["title"], item["edition"] = title[: m.start()], m["num"]
    elif (m := _COMMA_EDITION.search(title)) is not None and m.start() > 0 and _italic_title(item, title):
        item["title"] = title[: m.start()].rstrip()
        item["edition"] = edition_from_span(m["num"]) or m["num"]


def _italic_title(item: dict[str, object], title: str) -> bool:
    """Whether the reference sets ``title`` in italics whole (``*Title, Fourth Edition*``)."""
    return f"*{title}*" in source_text(item) or f"*{title}.*" in source_text(item)


def edition_apart(item: dict[str, object]) -> None:
    """A German edition statement left at the end of the title or the publisher, a numbered edition in
    brackets or as a sentence closing the title, or as the publisher's last part (or, in brackets, its first),
    is the edition; so is a container that is an edition statement whole (in place)."""
    # (each pattern's matches hold its mark: values without it, most of them, skip the search)
    for var, closing, mark in (
        ("title", _CLOSING_AUFLAGE, "Aufl"),
        ("publisher", _CLOSING_AUFLAGE, "Aufl"),
        ("title", _CLOSING_AUFLAGE, "Ausgabe"),
        ("publisher", _CLOSING_AUFLAGE, "Ausgabe"),
        ("title", _CLOSING_BRACKETED, ")"),
        ("title", _CLOSING_SENTENCE, "ed"),
        ("title", _CLOSING_GREEK, "κδ"),
        ("title", _CLOSING_DASHED, "ed"),
        ("publisher", _CLOSING_PART, "ed"),
        # Annual Reviews closes a book on its edition: "New York: McGraw-Hill. 4th ed."
        ("publisher", _CLOSING_SENTENCE, "ed"),
    ):
        value = item.get(var)
        if not isinstance(value, str) or mark not in value or (m := closing.search(value)) is None or m.start() == 0:
            continue
        item[var] = value[: m.start()].rstrip()
        # (ABNT's dashed edition alone opens its match on a dash: the closing dash then leads the place)
        if m.group(0)[1:2] in "-\u2013\u2014" and isinstance(place := item.get("publisher-place"), str):
            item["publisher-place"] = _DASH_LEAD.sub("", place)
        if "word" in m.groupdict() and m["word"]:
            item.setdefault("edition", _GERMAN_ORDINALS[m["word"].lower().rstrip("nr")[:-1]])
        else:
            item.setdefault("edition", edition_from_span(m["num"]) or m["num"])
    publisher = item.get("publisher")
    if isinstance(publisher, str) and publisher.startswith("(") and (m := _OPENING_BRACKETED.match(publisher)):
        item["publisher"] = publisher[m.end() :]
        item.setdefault("edition", edition_from_span(m["num"]) or m["num"])
    elif (
        isinstance(publisher, str)
        and publisher[:1].isdigit()
        and "edition" not in item
        and (m := _OPENING_MLA_EDITION.match(publisher))
    ):
        item["publisher"] = publisher[m.end() :]
        item["edition"] = edition_from_span(m["num"]) or m["num"]
    elif (
        isinstance(publisher, str)
        and publisher[:2] == "ed"
        and "edition" not in item
        and isinstance(volume := item.get("volume"), str)
        and volume.isdigit()
        and (m := _OPENING_ED_WORD.match(publisher))
        and f"{volume} {publisher[: m.end()]}" in source_text(item)
    ):
        del item["volume"]
        item["publisher"] = publisher[m.end() :]
        item["edition"] = volume
    series = item.get("collection-title")
    if isinstance(series, str) and "edition" not in item:
        bare = plain(series).strip(" .,")
        if _NAMED_EDITION.fullmatch(bare):
            # "*Title,* updated ed. Los Angeles: …": a named edition after the title read as its series
            item["edition"] = item.pop("collection-title")
        elif ("Aufl" in bare or "Ausgabe" in bare) and (g := _WHOLE_GERMAN_EDITION.fullmatch(bare)):
            # "Title. Dritte Auflage. Berlin: …": a German edition sentence read as the series
            del item["collection-title"]
            item["edition"] = g["num"] or _GERMAN_ORDINALS[g["word"].lower().rstrip("nr")[:-1]]
        elif "dition" in bare and (number := edition_value(bare)):
            # MLA's "*Title.* Third edition. Springer Nature, 2020.": a numbered edition sentence read as the series
            del item["collection-title"]
            item["edition"] = number
    container = item.get("container-title")
    if isinstance(container, str) and "edition" not in item and (number := edition_value(plain(container))):
        # "Statistical Issues in Drug Development. Second edition 2007.": a book's edition read as its journal
        del item["container-title"]
        item["edition"] = number
        if item.get("type") == "article-journal" and not any(v in item for v in ("volume", "issue", "page")):
            item["type"] = "book"


# Harvard's title-first ``*Extensible Markup Language (XML) 1.0* (2008) 5th ed. Available at: …``: the bracketed year
# and the edition after the italic title, read into it
_CLOSING_YEAR_EDITION = lazy_pattern(rf"(?<=\S)\s+\((?P<year>(?:1[5-9]|20)\d\d)\)\s+{_ORDINAL_EDITION}", re.I)


def year_edition_closing_title(item: dict[str, object]) -> None:
    """(In place.) A title closing on ``(2008) 5th ed``: the year is the date (none read) and the edition the
    edition; the title stops before them."""
    title = item.get("title")
    if not isinstance(title, str) or ") " not in title or "edition" in item or "issued" in item:
        return
    m = _CLOSING_YEAR_EDITION.search(title)
    if m is None:
        return
    item["title"] = title[: m.start()].rstrip()
    item["issued"] = {"date-parts": [[int(m["year"])]]}
    item["edition"] = edition_from_span(m["num"]) or m["num"]


# a printing statement closing the title: "Handbook of Mathematical Functions …, 9th printing"
_CLOSING_PRINTING = lazy_pattern(
    rf"[,;]\s+(?P<statement>(?:\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(ORDINALS)})\s+printing)\s*$", re.I
)


def printing_apart(item: dict[str, object]) -> None:
    """(In place.) ``"Handbook of Mathematical Functions …, 9th printing," New York: Dover, 1972.``: a printing
    closing the title, inside its quotes, names the impression, neither the title nor an edition: it is the
    note."""
    title = item.get("title")
    if not isinstance(title, str) or "printing" not in title or (m := _CLOSING_PRINTING.search(title)) is None:
        return
    if m.start() == 0:
        return
    item["title"] = title[: m.start()].rstrip()
    add_note(item, m["statement"])


def named_edition(item: dict[str, object]) -> None:
    """A named edition loses its word for edition (in place): ``Rev. ed.`` -> ``Rev``, ``Illustrated Edition``
    -> ``Illustrated``, ``Fall 2018 ed.`` -> ``Fall 2018``, as the labelled data store a named edition and as
    numbered editions lose it; a value that is only the word stays."""
    value = item.get("edition")
    if not isinstance(value, str) or value.isdigit():
        return
    words = _ED_WORD.sub("", value).strip(" .,;:")
    if words and words != value:
        item["edition"] = words


# a book's bracketed edition, then its publisher and town, left as a note after the title: "(3rd ed.) The Bat
# Conservation Trust, London"
_EDITION_IMPRINT_NOTE = lazy_pattern(
    r"\((?P<edition>\d{1,2})(?:st|nd|rd|th)\s+ed(?:ition|n)?\.?\)\s+(?P<publisher>[A-Z][^,()]{2,80}?),\s+"
    r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
)


def edition_imprint_in_note(item: dict[str, object]) -> None:
    """(In place.) The edition, the publisher and the town a note holds whole, where the record has none of them."""
    note = item.get("note")
    if not isinstance(note, str) or not note.startswith("(") or "edition" in item or "publisher" in item:
        return
    m = _EDITION_IMPRINT_NOTE.fullmatch(note.rstrip(" ."))
    if m is None:
        return
    if not is_place(m["place"]):
        return
    del item["note"]
    item["edition"], item["publisher"] = m["edition"], m["publisher"]
    item.setdefault("publisher-place", m["place"])


# the year of a work's first edition before the imprint of the one cited: "*Histoire des Cathares*, 1ère éd. 1999,
# Paris, Perrin, 2002", "1st ed. 1939", "first published 1957"
_FIRST_EDITION = lazy_pattern(
    r"\b(?:1(?:ère|re|er|st)\s+[ée]d(?:\.|ition)|[Ff]irst (?:published|edition))\s+(?P<year>(?:1[5-9]|20)\d\d)\b,\s+"
)
_LATER_YEAR = lazy_pattern(r"\b(?:1[5-9]|20)\d\d\b")


def first_edition_year_apart(item: dict[str, object]) -> None:
    """(In place.) ``Title, 1ère éd. 1939, Paris, Albin Michel, 1994``: the year of the first edition is the
    ``original-date``, the imprint's later year the date issued; the words of the first edition are no container
    or note."""
    text = source_text(item)
    if "d" not in text or (m := _FIRST_EDITION.search(text)) is None:
        return
    later = [y for y in _LATER_YEAR.findall(text, m.end()) if int(y) > int(m["year"])]
    if not later:
        return
    words = m.group(0).strip(" ,")
    for var in ("container-title", "collection-title", "note", "edition"):
        value = item.get(var)
        if isinstance(value, str) and (value.strip(" .,") in words or value.strip() == later[0]):
            del item[var]
    item["original-date"] = {"date-parts": [[int(m["year"])]]}
    item["issued"] = {"date-parts": [[int(later[0])]]}


# German lists raise the edition's number before the imprint's year: ``München: Beck, ²2004`` (``^2^2004`` in
# pandoc's Markdown); the number is read apart, else the model takes ``³2008`` for pages or the mark for the publisher
_RAISED_MARK = lazy_pattern(r"[\^¹²³⁴⁵⁶⁷⁸⁹]")
_RAISED_EDITION = lazy_pattern(
    r"(?<=[\s,:;(])(?:\^(?P<caret>[1-9]\d?)\^|(?P<raised>[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?))(?=(?:1[5-9]|20)\d\d(?!\d))"
)
_RAISED_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def raised_edition_apart(text: str) -> tuple[str, str | None]:
    """(the reference without the raised number, the edition) of ``…, ³2008`` or ``…, ^3^2008``; else (text, None)."""
    if _RAISED_MARK.search(text) is None:
        return text, None
    found = list(_RAISED_EDITION.finditer(text))
    if len(found) != 1:
        return text, None
    m = found[0]
    edition = m.group("caret") or m.group("raised").translate(_RAISED_DIGITS)
    return text[: m.start()] + text[m.end() :], edition
