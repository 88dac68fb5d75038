"""A multivolume work's statements, whichever reading won: the count of its volumes, one volume of a named
whole, and the volumes a set holds.

Fields touched: ``volume``, ``issue``, ``number-of-volumes``, ``title``, ``container-title``,
``collection-title``, ``note``, ``type``, ``publisher-place``, ``publisher``.

- ``*Index to …*, 3 vols. (Washington: …)``, ``2 Bde.``: the number before the word counts the volumes; the
  labelled data keep it as the ``volume``, and a work so counted with no pages is a book, not a journal; read into
  the italic title before it (``*Letters*, 2 vols., ed. …``) it is taken out of the title.
  After a volume cited (``Vol. 1. 6 vol.``) the count is ``number-of-volumes``, no issue.
- ``*Proverbs*. Vol. 8 of *The Goodman Companion to the Bible*.`` and ``Percolation, vol. 321 of Grundlehren
  …``: the whole the volume belongs to is the series (``collection-title``), not a container or the title's
  tail (a chapter's ``in vol. 2 of *Works*`` keeps its book).
- German's ``3 Bde.`` counts the volumes (``number-of-volumes``); ``Bd. I/1``, ``Bd. 2,1``, ``Band 2/1`` in a book is
  the volume as written, and so is ``Teil 1`` closing the title as a sentence of its own.
- APA's ``*Title* (Vols. 1–3).`` left as a note: the volumes the reference cites.
- Chicago's ``*Title*. Vol. I. New York–London: Interscience.`` with the volume read into the place.
- A journal's Roman volume after its quoted or italic name (``«Lettere Italiane», XXVI``, ``*Bulletin
  Hispanique*, VII (1905)``) read with the name or as the publisher.
"""

from __future__ import annotations

from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.text import after_each, fold_dashes
from biblio.records.model import source_text

FIELDS = (
    "volume", "issue", "number-of-volumes", "title", "container-title", "collection-title", "note", "type",
    "publisher-place", "publisher",
)  # fmt: skip

_COUNT_WORD = r"(?:vols?|Bde|Bände|tomes|voll|vv)\b\.?"
_STATED = r"(?:[Vv]ol(?:ume)?|Bd|Band|[Tt]ome?|t)\.?\s*"
_VOLUME_OF = lazy_pattern(
    rf"(?P<lead>\b[Ii]n\s+)?{_STATED}(?P<n>\d+|[IVXLC]+)\s+of\s+(?:the\s+)?[*_]?(?P<work>[^*_.(]+?)[*_]?(?=\s*[.(,;]|$)"
)
# what every match of ``_VOLUME_OF`` holds, a number then "of": found by skipping to digits and capitals, before
# the pattern, whose optional opening the engine tries at every character
_NUMBER_OF = lazy_pattern(r"[\dIVXLC]\s+of\s")
_CITED_VOLUMES = lazy_pattern(r"^\(?Vols?\.\s*(?P<v>\d+(?:\s*[-–]\s*\d+)?)\)?$")



_COUNT_HINT = lazy_pattern(rf"\d\s*{_COUNT_WORD}")
# the count read into the title it follows: "The Private Letters of Edward Gibbon, 2 vols", "Handelns. 2 Bde.",
# older notes' "A History of Women Philosophers 3 vols (Dordrecht: …)" with no stop before it
_COUNT_AFTER_TITLE = lazy_pattern(rf"(?:[,.]\s*|\s+)(?P<n>\d{{1,3}})\s*{_COUNT_WORD}$")


_COUNT_TAIL = lazy_pattern(rf"\s*{_COUNT_WORD}")
_COUNT_WORD_ONLY = lazy_pattern(_COUNT_WORD)
_STATED_AT = lazy_pattern(rf"\b{_STATED}")


# what follows a title before its count ("*Letters*, 2 vols.") and a name before its closing italic mark
_MARK_STOP = lazy_pattern(r"[*_]?(?:[,.]\s*|\s+)")
_STOP_MARK = lazy_pattern(r"\.?[*_\ue001]")
_OF_BEFORE = lazy_pattern(r",?\s+of\s+\Z")


def _of_work_closing(title: str, work: str) -> int:
    r"""Where ``re.search(rf",?\s+of\s+{re.escape(work)}\s*$", title)`` starts (-1: nowhere), with no pattern
    compiled for each work."""
    start = -1
    at = title.find(work)
    while at >= 0:
        rest = title[at + len(work) :]
        if (not rest or rest.isspace()) and (m := _OF_BEFORE.search(title, 0, at)) is not None:
            start = m.start() if start < 0 else min(start, m.start())
        at = title.find(work, at + 1)
    return start


def _counted(number: str, source: str) -> bool:
    """``number`` stands in the text as a count of volumes ("3 vols.") and never as a volume stated ("Vol. 3")."""
    if not _COUNT_HINT.search(source):
        return False
    # re.search(rf"(?<![\w.]){re.escape(number)}\s*{_COUNT_WORD}", source), no pattern per number
    if not any(after_each(source, number, _COUNT_TAIL, not_after=".")):
        return False
    # (the word stands alone: "Gesellschaft. 2 Bde." states no volume "t. 2"); re.search(rf"\b{_STATED}{n}(?!\d)")
    # (the stated word's one way to end before a digit is its longest: one try at each place)
    return not any(
        source.startswith(number, m.end()) and not source[m.end() + len(number) : m.end() + len(number) + 1].isdecimal()
        for m in _STATED_AT.finditer(source)
    )


# "Vol. I. New York–London": a volume's sentence before the imprint's place
_VOLUME_BEFORE_PLACE = lazy_pattern(r"^(?:Vol|vol|Volume)\.?\s*(?P<n>\d{1,4}|[IVXLC]{1,6})\.\s+(?P<place>[A-Z].*)$")


# German's count of volumes: "3 Bde.", "2 Bände", "in 2 Bänden"
_GERMAN_COUNT = lazy_pattern(r"(?<![\w.])(?P<n>\d{1,3})\s*(?:Bde\.|Bänden?\b)")
# a German multivolume work's part volume: "Bd. I/1", "Bd. III/2", "Bd. 2,1" (the volume's first part), "Band 2/1"
_PART_VOLUME = lazy_pattern(
    r"\b(?P<word>Bd\.|Band)\s*(?P<v>(?P<whole>\d{1,3}|[IVXLC]{1,6})(?:\s?/\s?|,)(?P<part>\d{1,2}))(?![\d/]|,\d)"
)
_JOURNAL_KINDS = frozenset(["article-journal", "article-magazine", "article-newspaper"])


def part_volume(item: dict[str, Any], source: str) -> None:
    """(In place.) ``Gesammelte Schriften, Bd. I/1`` or ``Bd. 2,1`` in a book: the volume as written, not a volume
    and an issue (or an edition), nor left in the title."""
    m = _PART_VOLUME.search(source) if "Bd." in source or "Band " in source else None
    # (the slash may stay with the whole where the part was read apart: "Band 3/" and "2")
    read = item.get("volume")
    if m is None or item.get("type") in _JOURNAL_KINDS or read not in (None, m["whole"], m["v"], f"{m['whole']}/"):
        return
    item["volume"] = m["v"].replace(" ", "")
    if item.get("issue") == m["part"]:
        del item["issue"]
    if item.get("edition") == m["part"] and "Aufl" not in source:
        del item["edition"]
    split = ""  # "…. Band 2/ | 1. Kaiser 1978": the part read as the imprint's first word
    for var in ("title", "container-title"):
        value = item.get(var)
        whole = m["v"] if isinstance(value, str) and value.endswith(m["v"]) else m["whole"]
        cut = value[: -len(whole)].rstrip() if isinstance(value, str) and value.endswith(whole) else ""
        if cut.endswith(m["word"]):
            item[var] = cut[: -len(m["word"])].rstrip(" ,.")
            split = "" if whole == m["v"] else f"{m['part']}. "
    for var in ("publisher", "publisher-place") if split else ():
        value = item.get(var)
        if isinstance(value, str) and value.startswith(split) and len(value) > len(split):
            item[var] = value[len(split) :]


# "Die Geschichte der Stadt. Teil 1": the part of a German work closing its title, a sentence of its own (the part's
# own title after a colon, "Teil 2: Das Mittelalter", stays the title's)
_PART_CLOSES = lazy_pattern(r"[.,]\s+Teil\s+(?P<v>\d{1,2}|[IVX]{1,4})$")


_SPACES = lazy_pattern(r"\s+")


def volumes_apart(item: dict[str, Any]) -> None:
    """(In place.)"""
    source = source_text(item)
    if not source:
        return
    part_volume(item, source)
    title = item.get("title")
    if "volume" not in item and isinstance(title, str) and "Teil" in title and (m := _PART_CLOSES.search(title)):
        item["title"], item["volume"] = title[: m.start()], m["v"]
    volume, issue = item.get("volume"), item.get("issue")
    if isinstance(issue, str) and issue.isdigit() and isinstance(volume, str) and _counted(issue, source):
        # "Vol. 1. 6 vol.": the volume cited, then the count of the set's volumes
        item["number-of-volumes"] = item.pop("issue")
    elif isinstance(volume, str) and volume.isdigit() and _counted(volume, source):
        cited = str(item.get("note", "")).strip(" :")
        if cited.isdigit() and f"), {cited}:" in source:
            # a note's "2 vols. (New York: …, 1948), 1: 212": the volume cited after the facts, not their count
            item["volume"], item["number-of-volumes"] = cited, item["volume"]
            del item["note"]
            return
        german = "B" in source and any(m["n"] == volume for m in _GERMAN_COUNT.finditer(source))
        if german:
            # "3 Bde., Leipzig 1872–1878": German lists count the set's volumes, they cite none of them
            item["number-of-volumes"] = item.pop("volume")
        # else the count stays the volume, as the labelled data keep it ("2 vols."); a counted work with no pages
        # is a book, and the name read as its journal its title
        elif item.get("type") == "article-journal" and not item.get("page") and "title" not in item:
            if "container-title" in item:
                item["title"] = item.pop("container-title")
            item["type"] = "book"
        if isinstance(item.get("note"), str) and _COUNT_WORD_ONLY.fullmatch(item["note"].strip(" .,;")):
            del item["note"]  # the count's word, left over
        if german:
            return
    title = item.get("title")
    m = _COUNT_AFTER_TITLE.search(title) if isinstance(title, str) and "volume" not in item else None
    # "*Letters*, 2 vols., ed. …" / "Title, 2 vols., trans. …": the count after the title, read into it
    # re.search(rf"{re.escape(title[: m.start()])}[*_]?[,.]\s*{m['n']}\s*{_COUNT_WORD}", source), no pattern per title
    if m and any(
        source.startswith(m["n"], gap.end()) and _COUNT_TAIL.match(source, gap.end() + len(m["n"]))
        for gap in after_each(source, m.string[: m.start()], _MARK_STOP)
    ):
        german = "Bde" in m.group(0) or "Bände" in m.group(0)  # German lists count the set's volumes
        item["title"], item["number-of-volumes" if german else "volume"] = m.string[: m.start()], m["n"]
    _volume_of(item, source)
    note = item.get("note")
    if isinstance(note, str) and "volume" not in item and (m := _CITED_VOLUMES.match(note.strip(" ."))):
        item["volume"] = fold_dashes(_SPACES.sub("", m["v"]))
        del item["note"]
    place = item.get("publisher-place")
    if isinstance(place, str) and "volume" not in item and (m := _VOLUME_BEFORE_PLACE.match(place)):
        # Chicago's "*Title*. Vol. I. New York–London: Interscience": the volume's sentence read into the place
        item["volume"], item["publisher-place"] = m["n"], m["place"]


# "In D. S. Touretzky, editor, Neural Information Processing Systems, Vol. 2, pages 266-273": the book's volume
# after a comma, read into its name ("Obra Crítica, vol. 2." for a book's title); Chicago's sentence of its own
# after the book ("In *Enzyklopädie der Neuzeit*. Vol. 1. Edited by …")
# after the book (Polish lists' "Psychologia. Podręcznik Akademicki. T. 3", the volume's "Tom")
_VOLUME_CLOSING_NAME = lazy_pattern(
    r"^(?P<name>.*[^\W\d_].*?)(?:,\s+(?:[Vv]ol\.|[Vv]olume)|\*?\.\s+(?:Vol\.|Volume|T\.|Tom))\s*"
    r"(?P<v>\d{1,4}|[IVXLC]{1,6})$"
)

# Greek "*Γραμματική της Νέας Ελληνικής* Τόμος Γ’": the volume word and its numeral (a letter with its keraia, a Roman
# or an Arabic number) after the title with no stop
_GREEK_VOLUME_CLOSING_NAME = lazy_pattern(
    r"^(?P<name>.*[^\W\d_].*?)[,.]?\s+(?:Τόμος|Τόμ\.|τόμος|τόμ\.)\s*(?P<v>[Α-Ω]{1,3}[’ʹ΄']?|[IVXLC]{1,6}|\d{1,3})$"
)


def volume_closing_name(item: dict[str, Any]) -> None:
    """(In place.) A volume closing the book's name, where no volume was read, is the volume."""
    if "volume" in item:
        return
    var = "container-title" if "container-title" in item else "title"
    value = item.get(var)
    if not isinstance(value, str):
        return
    if "όμ" in value and (m := _GREEK_VOLUME_CLOSING_NAME.match(value)):
        item[var], item["volume"] = m["name"], m["v"]
        return
    if ("vol" not in value.lower() and ". T" not in value) or not (m := _VOLUME_CLOSING_NAME.match(value)):
        return
    if any(after_each(source_text(item), value[m.end("name") :], _STOP_MARK)):
        return  # "*Critical Essays, Volume II.*": the italic name holds its volume (a Loeb volume's title)
    item[var], item["volume"] = m["name"], m["v"]


# a journal's name closed by its quotes, then its volume in Roman numerals: Italian "in «Lettere Italiane», XXVI,"
_ROMAN_AFTER_NAME = lazy_pattern(r"(?<=[»”\"])\s*,\s*(?P<v>[IVXLC]{1,7})$")
_ROMAN = lazy_pattern(r"[IVXLC]{1,7}")


def roman_volume_after_journal(item: dict[str, Any]) -> None:
    """(In place.) A journal's volume in Roman numerals read with its name (``«Lettere Italiane», XXVI``) or as the
    publisher (Spanish ``*Bulletin Hispanique*, VII (1905) 74-75``), where no volume was read, is the volume."""
    journal = item.get("container-title")
    if "volume" in item or not isinstance(journal, str) or item.get("type") != "article-journal":
        return
    publisher = item.get("publisher")
    if isinstance(publisher, str) and _ROMAN.fullmatch(publisher) and "publisher-place" not in item:
        item["volume"] = item.pop("publisher")
    elif journal[-1:] in "IVXLC" and (m := _ROMAN_AFTER_NAME.search(journal)):
        item["container-title"], item["volume"] = journal[: m.start()].strip("«»“”\" "), m["v"]


def _volume_of(item: dict[str, Any], source: str) -> None:
    m = _VOLUME_OF.search(source) if " of " in source and _NUMBER_OF.search(source) else None
    if m is None or m["lead"] or "collection-title" in item:
        return
    work = m["work"].strip(" ,")
    container, title = item.get("container-title"), item.get("title")
    if isinstance(container, str) and container.strip(" .,*_") == work and isinstance(title, str):
        item["collection-title"] = item.pop("container-title")
        if item.get("type") in ("chapter", "article-journal"):
            item["type"] = "book"
    elif isinstance(title, str) and (cut := _of_work_closing(title, work)) >= 0:
        item["title"] = title[:cut].rstrip(" ,")
        item["collection-title"] = work


# a count of volumes closing the reference, the number glued to its "V." (older bibliographies': "…, N. Y., 1937.
# 3V.", "Loeb Library. 2V.", "Boston, 1811, 2V."), or a bracket's "(in 6 Vols.)" after the title
_CLOSING_COUNT = lazy_pattern(r"[,.]\s*(?P<n>\d{1,3})\s?V\.?\s*$")
_BRACKET_COUNT = lazy_pattern(r"\s*\(in\s+(?P<n>\d{1,3})\s+[Vv]ol(?:ume)?s?\.?\)")
_TOMES_CLOSE_TITLE = lazy_pattern(r"[,.]\s*(?P<n>\d{1,3})\s?t$")
_COUNT_HELD = ("page", "edition", "issue", "volume", "note")


def closing_count_apart(item: dict[str, Any]) -> None:
    """(In place.) ``… 1937. 3V.`` and ``*The Iliad. A Commentary* (in 6 Vols.)``: how many volumes the work has,
    no page, edition, issue or volume cited (nor the title's words), is the count of its volumes."""
    source = source_text(item)
    title = item.get("title")
    if isinstance(title, str) and title.endswith(" t") and (t := _TOMES_CLOSE_TITLE.search(title)):
        if f"{t.group(0).lstrip(' ,.')}." in source:  # French "Histoire de France, 4 t., Paris": the tomes it has
            item["title"], item["number-of-volumes"] = title[: t.start()], t["n"]
        return
    bracket = False
    if source.endswith(("V.", "V")) and (m := _CLOSING_COUNT.search(source)):
        held = m.group(0).strip(" ,.")
    elif "(in " in source and (m := _BRACKET_COUNT.search(source)):
        held, bracket = m.group(0).strip(" ()"), True
    else:
        return
    count = m["n"]
    found = False
    for var in _COUNT_HELD:
        value = item.get(var)
        if isinstance(value, str) and value.strip(" ().,") in (count, held, held.rstrip(".")):
            del item[var]
            found = True
    if not bracket:
        for var in ("collection-title", "publisher", "publisher-place"):
            value = item.get(var)
            if isinstance(value, str) and value.endswith(held.rstrip(".")) and len(value) > len(held) + 1:
                item[var] = value[: -len(held.rstrip("."))].rstrip(" ,.")  # "Loeb Classical Library. 4V."
                found = True
    if isinstance(title, str) and bracket:
        if cut := _BRACKET_COUNT.search(title):
            item["title"] = title[: cut.start()].rstrip(" ,.")
            found = True
        elif isinstance(tail := item.get("container-title"), str) and "page" not in item and "volume" not in item:
            # "The Iliad. a Commentary (in 6 Vols.)": the bracket closes the work's title, cut in two at its stop
            at = source.find(title)
            rest = source[at + len(title) : m.start()] if at >= 0 else ""
            if rest.endswith(tail) and rest[: -len(tail)] in (". ", ": "):
                item["title"] = title + rest
                del item["container-title"]
                if item.get("type") == "article-journal":
                    item["type"] = "book"
    if found or "number-of-volumes" not in item:
        item["number-of-volumes"] = count
