"""A book's series read as a journal: ``Title. BES Guides to Better Science. Publisher, Place.``

Fields touched: ``container-title`` -> ``collection-title``, ``type``; ``title``, ``publisher`` (a French book's named
collection after them).

A journal article names no publisher and place of its own, and always a volume, an issue or pages;
a record typed as an article that has a publisher and a place and none of those numbers is a book,
and the name read as its journal is the series it appeared in.
"""

from __future__ import annotations

from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.places import is_place
from biblio.records.model import source_text

FIELDS = ("container-title", "collection-title", "type", "title", "publisher")
# (a DOI or a year in the name says a paper in proceedings: "SISPAD 2014, Yokohama, IEEE")
_ARTICLE_NUMBERS = ("volume", "issue", "page", "number", "DOI")


def series_of_book(item: dict[str, Any]) -> None:
    """(In place.)"""
    if item.get("type") != "article-journal" or "collection-title" in item:
        return
    if not (item.get("container-title") and item.get("publisher") and item.get("publisher-place")):
        return
    if any(item.get(var) for var in _ARTICLE_NUMBERS) or any(c.isdigit() for c in str(item["container-title"])):
        return
    # an italic name after the title is a book holding a chapter (Chicago's "“Chapter.” *Book*.")
    source = source_text(item)
    if f"*{item['container-title']}" in source or f"_{item['container-title']}" in source:
        return
    item["collection-title"] = item.pop("container-title")
    item["type"] = "book"


# A book series' name in title case: "Springer Series in Statistics", "Cambridge Monographs on Mathematical
# Physics", "New Studies in Archaeology", or numbered "Mathematical Expositions #20", "Winchester Studies 7.ii".
_NAME_WORD = r"(?:[A-Z][\w'’&-]*|in|of|on|and|for|the|&)"
_SERIES_NOUN = (
    r"(?:Series|Monographs|Manuals|Texts|Textbooks|Studies|Lectures|Lecture\s+Notes|Expositions|Tracts|Surveys|"
    r"Topics|Communications)"
)
_SERIES_BODY = (
    rf"(?:[A-Z][\w'’&-]*\s+){{0,5}}{_SERIES_NOUN}\s+(?:in|on|of)\s+[A-Z][\w'’-]*(?:\s+{_NAME_WORD}){{0,6}}"
    rf"|(?:[A-Z][\w'’&-]*\s+){{1,5}}{_SERIES_NOUN}\s+#?\d[\w.]*"
)
# closing a book's title after a comma or full stop (a "Vol." left before it by the series' number's absence)
_SERIES_CLOSING_TITLE = lazy_pattern(rf"^(?P<head>.*?[^\W\d_].*?)[,.]\s+(?:Vol\.\s+)?(?P<series>{_SERIES_BODY})$")
# after a comma closing a chapter's book (a full stop there may open its subtitle: "… Constantinople. Studies in
# Honour of Averil Cameron")
_SERIES_AFTER_COMMA = lazy_pattern(rf"^(?P<head>.*?[^\W\d_].*?),\s+(?P<series>{_SERIES_BODY})$")
# a chapter's book's series named by its word for a series, its number read as the volume: Sage's "In: Eds (eds)
# Book, Tribology series, vol. 39."
_NAMED_SERIES_AFTER_COMMA = lazy_pattern(
    rf"^(?P<head>.*?[^\W\d_].*?),\s+(?P<series>[A-Z][\w'’&-]*(?:\s+{_NAME_WORD}){{0,5}}\s+[Ss]eries)$"
)
# in brackets closing the title, as linguistics' unified style sets it: "Title (Typological Studies in Language 9)"
_SERIES_BRACKET_CLOSING_TITLE = lazy_pattern(
    rf"^(?P<head>.*?[^\W\d_].*?)\s+\((?P<series>(?:{_SERIES_BODY})(?:,?\s+(?:[Vv]ol\.\s*|[Nn]o\.\s*)?\d[\w.]*)?)\)$"
)
# opening the publisher, where a series ending on "Series" is as plain: "MIT Radiation Laboratory Series, McGraw-Hill"
_SERIES_OPENING_PUBLISHER = lazy_pattern(
    rf"^(?P<series>{_SERIES_BODY}|(?:[A-Z][\w'’&-]*\s+){{1,5}}Series)[,.]\s+(?P<rest>[A-Z].*)$"
)


_SERIES_HINT = lazy_pattern(_SERIES_NOUN)
# a series' name whole, ending on "Series": "National Institute of Standards and Technology Handbook Series"
_SERIES_WHOLE = lazy_pattern(rf"^[A-Z][\w'’&-]*(?:\s+{_NAME_WORD}){{0,9}}\s+Series$")


def series_apart(item: dict[str, Any]) -> None:
    """(In place.) A book's series printed between its title and its imprint (``Title, Cambridge Manuals in
    Archaeology, Cambridge: CUP.``, ``Title. Springer Series in Statistics. Springer, 2002.``) read as the
    title's last part (or its closing bracket: ``Title (Typological Studies in Language 9)``) or the
    publisher's first, or as the container (a name ending on ``Series``, with no number
    of an article): the series is the ``collection-title``."""
    if "collection-title" in item:
        return
    title, publisher = item.get("title"), item.get("publisher")
    # (a cheap look for the series' noun first: most titles and publishers name none)
    if (
        isinstance(title, str)
        and _SERIES_HINT.search(title)
        and ((m := _SERIES_CLOSING_TITLE.match(title)) or (m := _SERIES_BRACKET_CLOSING_TITLE.match(title)))
    ):
        item["title"] = m["head"].rstrip(" ,.")
        item["collection-title"] = m["series"]
    elif (
        isinstance(publisher, str)
        and _SERIES_HINT.search(publisher)
        and (m := _SERIES_OPENING_PUBLISHER.match(publisher)) is not None
    ):
        item["publisher"] = m["rest"]
        item["collection-title"] = m["series"]
    elif (
        isinstance(place := item.get("publisher-place"), str)
        and _SERIES_HINT.search(place)
        and (m := _SERIES_OPENING_PUBLISHER.match(place)) is not None
        and is_place(m["rest"])
    ):
        # "Title. Studies in Economic History, New York: Springer": the series run into the place
        item["publisher-place"] = m["rest"]
        item["collection-title"] = m["series"]
    elif (
        item.get("type") in ("chapter", "paper-conference")
        and isinstance(container := item.get("container-title"), str)
        and (
            _SERIES_HINT.search(container)
            and (m := _SERIES_AFTER_COMMA.match(container)) is not None
            or "volume" in item
            and "eries" in container
            and (m := _NAMED_SERIES_AFTER_COMMA.match(container)) is not None
        )
    ):
        # Frontiers' "in Book, Current Topics in Behavioral Neurosciences, eds. …": the book's series after its title
        # (or Sage's "Book, Tribology series, vol. 39.", its number read)
        item["container-title"] = m["head"].rstrip(" ,.")
        item["collection-title"] = m["series"]
    elif (
        isinstance(container := item.get("container-title"), str)
        and "Series" in container  # (the pattern closes on it: most containers hold none)
        and _SERIES_WHOLE.match(container)
        and not any(item.get(var) for var in _ARTICLE_NUMBERS)
    ):
        # "Title", National Institute of Standards and Technology Handbook Series, June 2003.: no container
        item["collection-title"] = item.pop("container-title")


# a collection the text names as one after the publisher or the title: "Gallimard, Collection Tel", "Les origines de
# l'herméneutique, Collection : Les Sciences humaines …", "PUF, « Que sais-je ? »", 'PUF, "Que sais-je ?"'
_NAMED_COLLECTION = lazy_pattern(
    r"(?P<head>[^,]*[^\W\d_][^,]*?),\s+(?:(?:Collection|Colecção|Coleção|Colección|Collana)\s*:?\s+"
    r"(?P<named>[^\W\d_][^,;]*?)|\"(?P<quoted>[^\"]{2,80})\"|«\s*(?P<marked>[^»]{2,80}?)\s*»)"
)


# the collection named before the publisher, as its own sentence: "*Title*. Collection de Pantouns Francophones.
# Éditions Jentayu, 2014." (the word kept where a preposition joins it to the name: "Collection de …")
_COLLECTION_FIRST = lazy_pattern(
    r"(?P<named>(?:Collection|Colecção|Coleção|Colección|Collana)\s+(?P<of>(?:de|des|du|di|of|da|do)\s+)?"
    r"[^\W\d_][^.;,]*?)\.\s+(?P<head>[^\W\d_][^.]*)"
)
_COLLECTION_WORD = lazy_pattern(r"^\w+\s+")


def named_collection_apart(item: dict[str, Any]) -> None:
    """(In place.) French lists' ``Gallimard, Collection Tel``, ``Title, Collection : Les Sciences humaines …``,
    ``PUF, "Que sais-je ?"``: the collection after the publisher or the title, named by its word or set in
    quotes, is the ``collection-title``, no part of either; so is one named by its word in the sentence before
    the publisher (``Collection de Pantouns Francophones. Éditions Jentayu``)."""
    if "collection-title" in item:
        return
    for var in ("publisher", "title"):
        value = item.get(var)
        # (a cheap look first: most values hold no such mark)
        if not isinstance(value, str) or not ("Col" in value or '"' in value or "«" in value):
            continue
        if var == "publisher" and (c := _COLLECTION_FIRST.fullmatch(value)) is not None:
            item[var] = c["head"].rstrip(" ,")
            named = c["named"].strip()
            item["collection-title"] = named if c["of"] else _COLLECTION_WORD.sub("", named)
            return
        if (m := _NAMED_COLLECTION.fullmatch(value)) is not None:
            if var == "title" and not (m["named"]):
                continue  # a quoted name closing a title is the title's own
            item[var] = m["head"].rstrip(" ,")
            item["collection-title"] = (m["named"] or m["quoted"] or m["marked"]).strip()
            return


# a French or Italian book's series in brackets after its publisher, the year after them: "Paris, Seuil (Points
# Histoire), 1990", "Calmann-Lévy (Livre de Poche), 1987" (a name of words, not an acronym, date or number)
_BRACKETED_SERIES = lazy_pattern(
    r"^(?P<pub>[^()]*[^\W\d_][^()]*?)\s+\((?P<series>[A-Z][^\W\d_]*(?:[ '’-][^\W\d_]+){0,5})\)?$"
)
_SERIES_THEN_YEAR = lazy_pattern(r"\),\s*(?:1[5-9]|20)\d\d\b")


def bracketed_series_after_publisher(item: dict[str, Any]) -> None:
    """(In place.) ``Paris, Seuil (Points Histoire), 1990``: the series in brackets after the publisher, read as
    its last words, is the ``collection-title``."""
    publisher = item.get("publisher")
    if not isinstance(publisher, str) or "(" not in publisher or "collection-title" in item:
        return
    m = _BRACKETED_SERIES.match(publisher)
    if m is None or m["series"].isupper() or is_place(m["series"]):
        return
    text = source_text(item)
    at = text.find(f"{m['pub']} ({m['series']})")
    if at < 0 or not _SERIES_THEN_YEAR.match(text, at + len(m["pub"]) + len(m["series"]) + 2):
        return
    item["publisher"] = m["pub"].rstrip(" ,")
    item["collection-title"] = m["series"]


# a series' short name in capitals and its number run on after a book's title with no stop ("… and Beyond WUNT 417",
# "… Markan Priority SNTSMS 94", "JSNTSup 45"): 3 to 7 capitals (a lower-case "Sup" after them), 2 or 3 digits (a
# single digit is a version's: "Learning PHP 7")
_SERIES_RUN_ON = lazy_pattern(r"(?<=[^\W\d_])\s+(?P<series>[A-Z]{3,7}(?:Sup|Suppl)?\s+[1-9]\d{1,2})$")
# a word the title's own name follows ("A History of the USA 12", "Programming in FORTRAN 77")
_LEADING_WORDS = frozenset(["the", "of", "in", "on", "to", "for", "and", "a", "an", "with", "from", "by", "at"])


def series_run_on_title(item: dict[str, Any]) -> None:
    """(In place.) ``Allen, ed. The Future of … and Beyond WUNT 417. Tübingen: Mohr Siebeck, 2019.`` with the series
    read into a book's title: a short name in capitals and its number closing the title, where a publisher and no
    series were read, are the series."""
    title = item.get("title")
    if not isinstance(title, str) or not title[-1:].isdigit() or "collection-title" in item:
        return
    if (
        not item.get("publisher")
        or item.get("type") not in ("book", "chapter")
        or (m := _SERIES_RUN_ON.search(title)) is None
    ):
        return
    head = title[: m.start()]
    # the title's own words before it: several, not all in capitals (a title in capitals names no series)
    words = head.split()
    if len(words) < 3 or head.isupper() or words[-1].lower() in _LEADING_WORDS:
        return
    item["title"], item["collection-title"] = head, m["series"]


# German humanities' series in a bracket after an "=" closing the book's title: "Book (= Nova mediaevalia. Band 24)",
# "Book (= Studies in Digital History and Hermeneutics, 6)", "(= Reihe 2)"; the series' number after it
_EQUALS_SERIES = lazy_pattern(
    r"^(?P<head>.*?\S)\s*\(=\s*(?P<series>[^()=]*?[^\W\d_][^()=]*?)"
    r"(?:[,.]?\s+(?:(?:Band|Bd\.|Nr\.|Heft|H\.|Vol\.|vol\.|No\.)\s*)?(?P<number>\d{1,4}(?:/\d{1,4})?[a-z]?))?\s*\)\.?$"
)


_VOLUME_ONLY = lazy_pattern(r"(?:Bd|Band|Vol|Nr|Heft|H)\.?\s*[\dIVXLC]*")


def equals_series_closing_container(item: dict[str, Any]) -> None:
    """(In place.) ``In: Eds (Hrsg.): Book (= Nova mediaevalia. Band 24). V&R 2022`` with the bracketed series read
    into the book's title (the container, or the title of a book): the bracket after ``=`` is the series
    (``collection-title``) and its number the ``number``."""
    if "collection-title" in item:
        return
    var = "container-title" if item.get("type") == "chapter" or "container-title" in item else "title"
    value = item.get(var)
    if not isinstance(value, str) or "(=" not in value or (m := _EQUALS_SERIES.match(value)) is None:
        return
    if _VOLUME_ONLY.fullmatch(m["series"].strip(" ,.")):
        return  # "(= Bd. I)": the book's volume, no series
    item[var] = m["head"].rstrip(" ,.")
    item["collection-title"] = m["series"].strip(" ,.")
    if m["number"] and "number" not in item and "collection-number" not in item:
        item["number"] = m["number"]
