"""The citation label or number a reference list writes before an entry.

``[Kor09] Y. Koren, …``, ``[fomel2009] Fomel, Sergey, …``, ``[12] …``, ``12. …``,
``(12) …``, ``Cook2012: …``: the label names the entry in the document's citations
and is no part of the first field.  It is split off before the reference is read and kept in
the record as CSL's ``citation-label`` (a key) or ``citation-number`` (a number).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.text import BODY_WORDS
from biblio.records.model import Item, biblio_data

# "[12]", "[ 12 ]", "(12)", a German note's "(1.)", "12." / "12)" followed by a space (or "9.UNODC, 2015." with the
# space left out before a word of capitals); a bare four-digit year ("1984. Title") is not read as a number.
_NUMBER = lazy_pattern(
    r"^\s*(?:\\?\[\s*(?P<b>\d{1,4})\s*\\?\]|\(\s*(?P<p>\d{1,4}|\d{1,3}\.)\s*\)(?=\s)|(?P<d>\d{1,4})\s*(?:[.)](?=\s)|\.(?=[A-Z]{2,}[\s,.])))\s*"
)
# "[Kor09]", "[fomel2009]", "[F_UNCLE]", "[Smith+20]": one bracketed key without spaces that
# starts with a letter or digit ("[@handle]", "[Photograph]" followed by nothing are no keys); both, escaped as
# a Markdown converter writes them ("\[RFC6238\]", "\[2\]").
_KEY = lazy_pattern(r"^\s*\\?\[(?P<k>[^\W_][\w.:+\-/&']{0,39})\\?\]\s+(?=\S)")
_YEAR = lazy_pattern(r"^(?:1[5-9]\d\d|20\d\d)$")
# "1. [ABADI12] Abadi, Daniel. 2012. …", "33. [BJØRLING17] Bjørling, Matias, …": a book's bibliography numbers
# its entries and keys each by the first author's family name in capitals and the year's two or four digits (and a
# letter); the key after the number, whose letters the entry opens with, is no part of the names either
_NUMBERED_KEY = lazy_pattern(r"\\?\[(?P<l>[^\W\d_]{2,30})(?:\d\d|1[5-9]\d\d|20\d\d)[a-z]?\\?\]\s+(?=\S)")
# "¹C. Møller and M. S. Plesset, …", "²⁹C. W. Bauschlicher, Jr., …": AIP's raised list number as a PDF's text
# runs it into the first name (or sets it apart with a space), before a capital
_RAISED_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_RAISED = lazy_pattern(rf"^\s*(?P<n>[{_RAISED_DIGITS}]{{1,4}})\s*(?=[A-Z\u00c0-\u00de])")
_FROM_RAISED = str.maketrans(_RAISED_DIGITS, "0123456789")
# "1Doug Owram, Born at the Right Time (Toronto: …, 1996), 67.", "8Gregory of Tours. The History …": a note's
# number run into the name, as a web page's raised number reads once its raising is lost; only before a name (one
# to four capitalised words or particles closed by a comma or a full stop) and with a note's marks after it, a
# quoted title or an imprint's year in brackets ("3Blue1Brown, *Neural Networks*" is a name of its own)
_RUN_IN_NUMBER = lazy_pattern(
    r"^\s*(?P<n>\d{1,3})(?=[A-Z][a-z]+(?:\s+(?:[A-Z][\w'\u2019-]*\.?|of|de|del|van|von|da|di|du|la|le)){0,3}[,.]\s)"
)
_NOTE_MARKS = lazy_pattern(r"[\"\u201c]|\([^()]{0,120}\b(?:1[5-9]\d\d|20\d\d)\)")
# "10T. A. Halgren, \"The representation …,\" J. Am. Chem. Soc.", "46J. Cižek, in …": AIP's raised list number
# come down into the line and run into the first initials (a name's initials and its family name closed by a comma
# or "and"), with a note's marks after it as above
_RUN_IN_INITIALS = lazy_pattern(
    r"^\s*(?P<n>\d{1,3})(?=[A-Z]\.(?:\s?-?[A-Z][a-z]?\.)*\s[A-Z][\w'\u2019-]+"
    r"(?:\s(?:de|van|von|der|da|la|le|[A-Z][\w'\u2019-]+)){0,3}(?:,\s|\sand\s))"
)
# "1 Tooru Akagi, Mitsuru …", "48 M. Lothaire. Algebraic …": a bare number and a space, as LaTeX's
# numbered lists (Dagstuhl's LIPIcs and OASIcs among them) come out of a PDF, before a name: one to
# four capitalised words or initials closed by a comma, a full stop or "and" (a title such as
# "100 Years of Solitude" goes on in lower case).
_NAME_WORD = r"[\w'\u2019-]*\.?"
_BARE_NUMBER = lazy_pattern(
    rf"^\s*(?P<n>\d{{1,3}})\s+(?=(?:[A-Z\u00c0-\u00de]{_NAME_WORD}\s+){{0,3}}[A-Z\u00c0-\u00de]{_NAME_WORD}(?:,|\.|\s+and\s))"
)
# "1 “Chicago-Style Citation Quick Guide,” …": a note's number come down from its raised place, a space, then the
# quoted title of a work with no author (a title goes on after a number it opens on with no quote mark)
_BARE_NUMBER_QUOTE = lazy_pattern(r"^\s*(?P<n>\d{1,3})\s+(?=[\"\u201c][A-Z\u00c0-\u00de])")
# "3 The Intimate Papers of Colonel House, Vol. I (Cambridge, Mass.: …, 1926), 255.": a note's number before the
# title of a work with no author that opens on an article and a capital, with a note's marks after it (no title
# goes on "3 The …")
_BARE_NUMBER_ARTICLE = lazy_pattern(r"^\s*(?P<n>\d{1,3})\s+(?=(?:The|An?)\s+[A-Z\u00c0-\u00de])")
# "[GPG 44]", "[SP 800-53A]", "[NIST RMF]", "[ISO 9241-11]": a spaced key of two or three parts, as a
# standards body's or an agency's reference list names an entry after its series and number; every part
# opens on a capital or a digit and one holds a digit or is an acronym ("[Photograph of a bridge]",
# "[Review Essay]" describe a work and are no keys)
_PART = r"[A-Z0-9][\w.:+\-/&']*"
_SPACED_KEY = lazy_pattern(rf"^\s*\[(?P<k>{_PART}(?: {_PART}){{1,2}})\]\s+(?=\S)")
_KEY_PART = lazy_pattern(r"^(?:.*\d.*|[A-Z]{2,}[\W\d]*)$")
# "[ABC + 23]", "[dPEK + ]": BibTeX's alpha key of four or more authors (initials, "+" and the year's
# two digits) as a PDF's text spaces the raised "+"
_ALPHA_PLUS = lazy_pattern(r"^\s*\[(?P<k>[A-Za-z]{1,6} ?\+ ?(?:\d\d)?[a-z]?)\]\s+(?=\S)")
# "Cook2012: John D. Cook: …", "Wilson2006a: …": a name run into a year (and a letter), then a colon
_COLON_KEY = lazy_pattern(r"^\s*(?P<k>[A-Z][A-Za-z'-]*(?:1[5-9]\d\d|20\d\d)[a-z]?):\s+(?=\S)")
# "shinn2023reflexion: Shinn, N., …", "wei2022cot: Wei, J., …": a BibTeX key as Google Scholar and most managers
# make it (the first author's family name in small letters, the year and a title word), a colon, then the entry that
# opens on that family name
_BIBTEX_COLON_KEY = lazy_pattern(r"^\s*(?P<k>(?P<n>[a-z][a-z'-]{1,30})(?:1[5-9]\d\d|20\d\d)[a-z0-9_]{0,30}):\s+(?=\S)")
# "Nadler 2006: Nadler, Steven, *Title*, …", "Ives 2009: Ives, David, …": a Wikipedia bibliography's anchor of a
# short citation, the family name and year, before the entry that opens with the same family name
_ANCHOR_KEY = lazy_pattern(
    r"^\s*(?P<k>(?P<n>[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)\s(?:1[5-9]\d\d|20\d\d)[a-z]?):\s+(?=(?P=n),)"
)
# "Barenghi 1992: M. Barenghi, *Title*, …", "Matte Blanco 1990: I. Matte Blanco, …", "Du Plessix Gray 1981: F. du
# Plessix Gray, …": an Italian critical bibliography's author-year label before an entry that names the author in
# the natural order (initials or given names, then the label's family name and a comma)
_NATURAL_ANCHOR = lazy_pattern(
    r"^\s*(?P<k>(?P<n>[A-Z\u00c0-\u00de][\w'\u2019-]+(?:\s[A-Za-z\u00c0-\u00de][\w'\u2019-]+){0,2})"
    r"\s(?:1[5-9]\d\d|20\d\d)[a-z]?):\s+(?=[A-Z\u00c0-\u00de])"
)
# the given names before the family name: one to three initials or capitalised words ("M.", "H.R.", "Roland")
_GIVEN_NAMES = lazy_pattern(r"(?:[A-Z\u00c0-\u00de][\w'\u2019-]*\.?\s?){1,3}")


def _natural_anchor(text: str) -> CitationLabel | None:
    """The author-year label opening ``text`` (``_NATURAL_ANCHOR``) when the name after it, up to its comma, is
    given names and the label's family name (the case of its particle aside), or None."""
    if ":" not in text[:50]:
        return None
    m = _NATURAL_ANCHOR.match(text)
    if m is None:
        return None
    head = text[m.end() : text.find(",", m.end())]
    family = m.group("n").casefold()
    if not 2 < len(head) <= 60 or not head.casefold().endswith(family):
        return None
    given = head[: len(head) - len(family)]
    if not given.endswith((" ", ".")) or not _GIVEN_NAMES.fullmatch(given):
        return None
    return CitationLabel("citation-label", m.group("k"), m.end())


# "[Cai et al., 2026] Lvpan Cai, …", "[Schwarcz and Chellappa, 2021] Steven Schwarcz and …", "[Abadi et al. 2016]":
# natbib's and ACM's author-year label (one, two or "et al." names and the year) before an entry that names the
# first of them; a bracketed note ("[Review, 2019]") names no author of the entry after it
# "[Appelman, et. al., 1995]", "[Wood, et.al., 1987]", "[Icove, Seger, and VonStorch, 1995]": the same label as an
# RFC's or a report's list writes it, "et al." spelt loosely or three names listed
# "[Barnes et al. 02]", "[Abou-Saleh, et al.]: Abou-Saleh, F., …": a book's chapter key (the year in two digits) or
# a source file's comment key (no year, a colon after it); the entry names its name all the same
# "[Bao等人，2014] Yang Bao, …", "[He和McAuley，2015] Ruining He and …": the same label as a Chinese translation of
# a paper writes it, "et al." as 等人, "and" as 和 or 与 and the comma full-width
_KEY_NAME = r"[A-Z\u00c0-\u00de][\w'\u2019-]+(?:\s[A-Z\u00c0-\u00de][\w'\u2019-]+)?"
_NAMED_KEY = lazy_pattern(
    rf"^\s*\[(?P<k>(?P<n>[A-Z\u00c0-\u00de](?:(?![\u3000-\u9fff])[\w'\u2019-])+)(?:\s[A-Z\u00c0-\u00de][\w'\u2019-]+)?"
    rf"(?:,?\set\.?\s?al\.?,?|等人?|(?:,\s{_KEY_NAME}){{0,3}},?\s(?:and|&)\s{_KEY_NAME}|[和与與]{_KEY_NAME})?"
    r"(?:(?:,?\s|，\s?)(?:1[5-9]\d\d|20\d\d|\d\d)[a-z]?)?)\]:?\s+(?=\S)"
)
# "[ABA, 1989] American Bar Association, …", "[NCSA1, 1995] NCSA, …", "[CSC-STD-002-85, 1985] Department of
# Defense, …": an acronym or a document's code and the year, a key whatever the entry's names spell out
_CODE_YEAR_KEY = lazy_pattern(r"^\s*\[(?P<k>[A-Z][A-Z\d/&\-]{1,24},?\s(?:1[5-9]\d\d|20\d\d)[a-z]?)\]\s+(?=\S)")

# "(Ackland) Ackland, Jones, …", "(Bartok_2010) AP Bartok, …", "(Agnolin and Roux 2007) Agnolin, I. & Roux, …",
# "(COMB3) T. Liang, …": a documentation page's bibliography keys each entry by a parenthesised name in front of it
# (LAMMPS's pages among them); the key of words names the first author, one word without spaces is a key when it
# holds a digit, an underscore or two capitals, or names an author of the entry
_PAREN_KEY = lazy_pattern(r"^\s*\((?P<k>[A-Z][\w'\u2019-]*(?:,?\s[\w'\u2019.&-]+){0,4})\)\s+(?=[A-Z\u00c0-\u00de])")
_KEY_WORD = lazy_pattern(r"^[^\W\d_]+")

# "Achnitz (2012) – Wolfgang Achnitz, …", "Lorenz/Scherer (1872) – …", "Gottfried von Neifen, Lieder (Ed. Haupt) –
# Die Lieder …, hrsg. von Moriz Haupt, …", "Schuba Kat. Vaticana – Die medizinischen Handschriften …": a German
# humanities bibliography's siglum (the short form its notes cite) set before the entry with a spaced dash; an
# author-year siglum, an edition's ``(Ed. Name)`` or a catalogue's ``Kat.``, whose name the entry repeats
_SIGLUM = lazy_pattern(
    r"^\s*(?P<k>(?P<n>[A-Z\u00c0-\u00de][\w'\u2019-]+)(?:[ /][A-Za-z\u00c0-\u00fe][\w'\u2019-]+){0,3}"
    r"\s\((?:1[5-9]\d\d|20\d\d)[a-z]?(?:/\d\d)?\)"
    r"|[^\u2013\u2014]{2,80}?\((?:[Ee]d|[Hh]g|[Hh]rsg)\.\s(?P<e>[A-Z\u00c0-\u00de][\w'\u2019-]+)[^()\u2013\u2014]{0,30}\)"
    r"|(?P<c>[A-Z\u00c0-\u00de][\w'\u2019-]+)[^\u2013\u2014]{0,40}?\sKat\.(?:\s[\w.]+){1,3})"
    r"\s[\u2013\u2014]\s+(?=\S)"
    # a short title siglum whose first word the entry's title opens with: "Urkundenregesten Bistum Würzburg –
    # Urkundenregesten zur Geschichte …"
    r"|^\s*(?P<t>(?P<w>[A-Z\u00c0-\u00de][\w'\u2019-]{3,})(?:\s[A-Z\u00c0-\u00de][\w'\u2019.-]*){1,3})"
    r"\s[\u2013\u2014]\s+(?=\S)"
)


def _siglum(text: str) -> CitationLabel | None:
    """The siglum opening ``text`` (``_SIGLUM``) when the entry after it names its name, or None."""
    if "\u2013" not in text and "\u2014" not in text:
        return None  # (no spaced dash to close a siglum: most references, spared the pattern's lazy scans)
    m = _SIGLUM.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    if m.group("w"):
        opens = rest.startswith(m.group("w"))
        return CitationLabel("citation-label", m.group("t"), m.end()) if opens else None
    if not _names(rest, m.group("n") or m.group("e") or m.group("c") or ""):
        return None
    return CitationLabel("citation-label", m.group("k").strip(), m.end())


def _named_key(text: str) -> CitationLabel | None:
    """The author-year label opening ``text`` (``_NAMED_KEY``) when the entry's names after it hold its name."""
    m = _NAMED_KEY.match(text)
    if m is None:
        return None
    if not _names(text[m.end() : m.end() + 120], m.group("n")):
        return None
    return CitationLabel("citation-label", m.group("k"), m.end())


def _names(text: str, name: str) -> bool:
    """Whether ``name`` stands in ``text`` with no letter joined to it (a key's name repeated by its entry), found
    without a pattern compiled for each name."""
    at = text.find(name) if name else -1
    while at >= 0:
        end = at + len(name)
        if not (at and text[at - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
            return True
        at = text.find(name, at + 1)
    return False


def _paren_key(text: str) -> CitationLabel | None:
    """The parenthesised key opening ``text`` (``_PAREN_KEY``), or None."""
    m = _PAREN_KEY.match(text)
    if m is None:
        return None
    key, rest = m.group("k"), text[m.end() :]
    word = _KEY_WORD.match(key)
    if word is None or len(word.group()) < 2:
        return None
    head = rest[:80].casefold()
    named = _names(head, word.group().casefold())
    if " " in key:
        # the key of words opens on the family name the entry opens with
        n = len(word.group())
        opens = rest[:n].casefold() == word.group().casefold() and not rest[n : n + 1].isalpha()
        return CitationLabel("citation-label", key, m.end()) if opens else None
    coded = any(c.isdigit() or c == "_" for c in key) or sum(c.isupper() for c in key) >= 2
    return CitationLabel("citation-label", key, m.end()) if coded or named else None


@dataclass(frozen=True)
class CitationLabel:
    """``value`` as written inside its brackets; ``end`` is where the reference itself starts."""

    variable: str  # "citation-number" or "citation-label"
    value: str
    end: int


# APA's authorless entry whose title opens on a number: "5 Ways to Reduce Stress. (2021, March 3). Site.",
# "10 Million Orphans: A Crisis. (2019).": the number, its words and the bracketed date (or n.d.) after them
_NUMBERED_HEAD = lazy_pattern(
    r"^\s*\d{1,3}\s+(?P<head>[A-Z][^()\[\]]{0,300}?)[.?!]\s+"
    r"\((?:n\.\s?d\.|[^()]{0,40}?\b(?:1[5-9]\d\d|20\d\d)[a-z]?\b[^()]{0,30})\)"
)
# the head's first part, to its first full stop, colon, question or exclamation mark, and what closes it
_FIRST_PART = lazy_pattern(r"(?P<part>[^.:?!]*)(?P<end>[.:?!]?)")
# lower-case words a name holds: particles, and "and" joining two natural-order names ("John Smith and Mary Jones")
_NAME_SMALL_WORDS = frozenset("and und et y van von der den de del della di da das dos du la le ter ten".split())
# small words of a title that no body's name holds (a body's has "of", "for", "the", "on")
_TITLE_ONLY_WORDS = frozenset("to how why what when your you is are can do does about".split())
# small words a body's name holds as often as a title ("Friends of the Earth", "Save the Children", "Doctors without
# Borders"): no title's mark on their own
_BODY_SMALL_WORDS = frozenset("of for the on in at by from with without against".split())
# what a title counts after its opening number ("10 Things Every Developer Should Know", "7 Tips", "30 Best …")
_COUNTED_WORDS = frozenset(
    """ways things tips reasons steps lessons rules habits facts questions signs ideas myths mistakes secrets keys
    strategies tools examples years days weeks months hours minutes million billion thousand hundred best top
    simple easy essential common""".split()
)
# a name's marks: Vancouver's closing initials ("Uplekar M"), "et al."
_NAME_MARKS = lazy_pattern(r"\s[A-Z]{1,3}$|\bet\s+al\b")


def number_opens_title(text: str) -> bool:
    """Whether the number opening ``text`` is the first word of an authorless entry's title, not a list number
    (``5 Ways to Reduce Stress. (2021). Mayo Clinic.``): the words after it, before the bracketed date, read as a
    title (small words such as to/how/is between capitalised ones, a colon's subtitle, a question, a counted noun
    as ``Things``) and not as names (commas, closing initials, ``et al.``, a body's words as ``12 Royal College of
    Physicians.``)."""
    if not text.lstrip()[:1].isdigit() or "(" not in text:
        return False
    # one reference's text is asked about up to three times (its label, the readers to weigh, APA's reader): the
    # last text's answer is kept
    last, opens = _LAST_NUMBERED[0]
    if text != last:
        opens = _numbered_title(text)
        _LAST_NUMBERED[0] = (text, opens)
    return opens


_LAST_NUMBERED: list[tuple[str, bool]] = [("", False)]


def _numbered_title(text: str) -> bool:
    if (m := _NUMBERED_HEAD.match(text)) is None:
        return False
    first = _FIRST_PART.match(m.group("head"))
    part, end = (first.group("part"), first.group("end")) if first else ("", "")
    words = part.split()
    if not words or "," in part or "&" in part or _NAME_MARKS.search(part):
        return False
    # a body's words ("12 Royal College of Physicians.") unless a title's own word is there ("10 Software Tools to …")
    if any(w.lower().strip("'’") in BODY_WORDS for w in words) and _TITLE_ONLY_WORDS.isdisjoint(words):
        return False
    if end == ":" and len(words) >= 2 or end == "?" or words[0].lower() in _COUNTED_WORDS:
        return True
    # a title's small words ("Ways to Reduce", "Pitfalls and How to Avoid", "ways to reduce stress")
    return any(w[:1].islower() and w not in _NAME_SMALL_WORDS and w not in _BODY_SMALL_WORDS for w in words[1:])


# a body whose name opens on a number, then its date or its work's title: "42 Entertainment. (2007).", "30 Minute
# Seder. "The Haggadah …"
_NUMBERED_NAME = lazy_pattern(
    r"^\s*\d{1,3}\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\.\s+(?:[(\[]?(?:1[5-9]|20)\d\d\b|[\"“*])"
)
# the words that name nothing alone after a number: a unit counted ("30 Minute Seder", "24 Hour Fitness") or a
# firm's kind of business ("42 Entertainment", "22 Studios")
_UNIT_WORDS = frozenset("minute hour day week month year mile degree second".split())
_KIND_WORDS = frozenset("entertainment studios studio games media productions films records labs interactive".split())


def number_names_body(text: str) -> bool:
    """Whether the number opening ``text`` is part of the name of the body that wrote it (``42 Entertainment.
    (2007).``, ``30 Minute Seder. (2012).``): the words after it, up to the stop before the date, are a unit it
    counts or only a firm's kind of business, which no body's name is on its own."""
    if not text.lstrip()[:1].isdigit() or (m := _NUMBERED_NAME.match(text)) is None:
        return False
    words = m.group("name").lower().split()
    return words[0] in _UNIT_WORDS or all(w in _KIND_WORDS for w in words)


def numbered_body_author(item: Item, text: str) -> None:
    """The body ``number_names_body`` finds at the head of ``text`` as the record's first author, where it was read
    as a person's name without its number (``30 Minute Seder.`` read as ``Seder, Minute``)."""
    if not number_names_body(text) or (m := _NUMBERED_NAME.match(text)) is None:
        return
    names = item.get("author")
    if not isinstance(names, list) or not names or not isinstance(names[0], dict):
        return
    name = text[m.start() : m.end("name")].strip()
    first = names[0]
    read = " ".join(str(first.get(k, "")) for k in ("given", "family", "literal") if first.get(k))
    if read != name and read.split() and set(read.split()) <= set(name.split()):
        names[0] = {"literal": name}


def split_label(text: str) -> CitationLabel | None:
    """The label that opens ``text``, or None."""
    if number_opens_title(text) or number_names_body(text):
        return None
    m = _NUMBER.match(text)
    if m:
        value = m.group("b") or (m.group("p") or "").rstrip(".") or m.group("d") or ""
        if m.group("d") and _YEAR.match(value):
            return None
        if text[m.end() :].strip():
            return CitationLabel("citation-number", value, _after_numbered_key(text, m.end()))
        return None
    m = _BARE_NUMBER.match(text) or _BARE_NUMBER_QUOTE.match(text)
    if m and text[m.end() :].strip():
        return CitationLabel("citation-number", m.group("n"), m.end())
    if text.lstrip()[:1] in _RAISED_DIGITS and (m := _RAISED.match(text)):
        return CitationLabel("citation-number", m.group("n").translate(_FROM_RAISED), m.end())
    if (
        text.lstrip()[:1].isdigit()
        and (m := _RUN_IN_NUMBER.match(text) or _RUN_IN_INITIALS.match(text) or _BARE_NUMBER_ARTICLE.match(text))
        and _NOTE_MARKS.search(text, m.end())
    ):
        return CitationLabel("citation-number", m.group("n"), m.end())
    m = _KEY.match(text)
    if m:
        key = m.group("k")
        return CitationLabel("citation-number" if key.isdigit() else "citation-label", key, m.end())
    m = _SPACED_KEY.match(text)
    if m and len(m.group("k")) <= 40 and any(_KEY_PART.match(part) for part in m.group("k").split()):
        return CitationLabel("citation-label", m.group("k"), m.end())
    m = _ALPHA_PLUS.match(text)
    if m:
        return CitationLabel("citation-label", m.group("k").replace(" ", ""), m.end())
    m = _COLON_KEY.match(text) or _ANCHOR_KEY.match(text) or _CODE_YEAR_KEY.match(text)
    if m:
        return CitationLabel("citation-label", m.group("k"), m.end())
    if text[:1].islower() and (m := _BIBTEX_COLON_KEY.match(text)):
        name, rest = m.group("n"), text[m.end() : m.end() + 40]
        if _fold(rest[: len(name)]) == name and not rest[len(name) : len(name) + 1].isalpha():
            return CitationLabel("citation-label", m.group("k"), m.end())
    return _named_key(text) or _paren_key(text) or _siglum(text) or _natural_anchor(text) or _spaced_anchor(text)


# "Albert 1927 Hanns Albert. “Title.” …", "Jahn 1925a Jahn, Fritz. …", "Haine & de Keyser 1980 Malou Haine and …",
# "Borggrefe et al 1997 Heiner Borggrefe, …": an organology or art-history catalogue's author-year key set before
# the entry with spaces only (no colon, bracket or dash); the entry opens on the key's first name, after given names
# or before its comma
_SPACED_KEY_WORD = r"[^\W\d_][\w'\u2019-]+"
_SPACED_ANCHOR = lazy_pattern(
    rf"^\s*(?P<k>(?P<n>{_SPACED_KEY_WORD})(?:\s(?:&|and|et\sal\.?|{_SPACED_KEY_WORD})){{0,3}}"
    r"\s(?:1[5-9]\d\d|20\d\d)[a-z]?)\s+(?=\S)"
)
def _fold(text: str) -> str:
    """``text`` casefolded without its accents (``Čížek`` as ``Čižek`` is written in the same entry)."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def _spaced_anchor(text: str) -> CitationLabel | None:
    """The author-year key opening ``text`` (``_SPACED_ANCHOR``) when the entry after it opens on the key's first
    name (after up to three capitalised given names or initials), closed by a comma, a full stop or ``and``/``&``
    (``Planck Collaboration 2016 Planck 2015 results`` opens on a title), or None."""
    if not text[:1].isupper() or (m := _SPACED_ANCHOR.match(text)) is None or not m.group("n")[:1].isupper():
        return None
    name = _fold(m.group("n"))
    words = text[m.end() : m.end() + 120].split()[:5]
    for i, word in enumerate(words[:4]):
        if _fold(word).rstrip(",.") == name:
            closed = word[-1:] in {",", "."} or words[i + 1 : i + 2] in (["and"], ["&"])
            given = all(w[:1].isupper() for w in words[:i])
            return CitationLabel("citation-label", m.group("k"), m.end()) if closed and given else None
    return None


def _after_numbered_key(text: str, end: int) -> int:
    """Where the entry starts after a list number ending at ``end``: past a ``_NUMBERED_KEY`` whose letters the
    entry's first word spells (the case aside), else at ``end``."""
    if text[end : end + 1] not in {"[", "\\"} or (m := _NUMBERED_KEY.match(text, end)) is None:
        return end
    letters = m.group("l").casefold()
    return m.end() if text[m.end() : m.end() + len(letters)].casefold() == letters else end


# a key's letters before its year: "FiveEyes2026" -> "FiveEyes"
_KEY_LETTERS = lazy_pattern(r"(?P<letters>[^\W\d_]+)(?:1[5-9]\d\d|20\d\d)")


def body_named_by_key(item: Item, key: str) -> None:
    """(In place.) ``[FiveEyes2026] Five Eyes, 2026-06-22, …``, ``[HuggingFace2026] Hugging Face, …``: an
    author-year key is built from the first author's family name, so where it holds the whole of a name read
    as given and family names, the two words are one name, a body's (``[Chia2026] Osmond Chia`` keys a person)."""
    m = _KEY_LETTERS.match(key)
    names = item.get("author")
    if m is None or not isinstance(names, list) or not names:
        return
    first = names[0]
    given, family = first.get("given"), first.get("family")
    if not isinstance(given, str) or not isinstance(family, str) or "literal" in first:
        return
    whole = f"{given} {family}"
    if "".join(whole.split()).casefold() == m.group("letters").casefold() and len(whole.split()) >= 2:
        names[0] = {"literal": whole}


# an author-year key's family name: "Keller (1844)", "Lorenz/Scherer (1872)" -> "Keller", "Lorenz"
_KEY_FAMILY = lazy_pattern(r"(?P<family>[^\W\d_][\w'’-]*)[\s/]")


def natural_name_named_by_key(item: Item, key: str, body: str) -> None:
    """(In place.) ``Keller (1844) – Adelbert Keller, Romvart. Beiträge …``: a name written in its natural order
    read family first, with the title's first word (``Romvart``) as the given name. The key names the family, so
    where the family read ends on the key's name after a given name, the name is turned and the word read as
    given opens the title again."""
    names, title = item.get("author"), item.get("title")
    if not isinstance(names, list) or not names or not isinstance(title, str) or (m := _KEY_FAMILY.match(key)) is None:
        return
    first = names[0]
    given, family = first.get("given"), first.get("family")
    if not isinstance(given, str) or not isinstance(family, str) or " " not in family or " " in given.strip():
        return
    head, _, last_word = family.rpartition(" ")
    if last_word.casefold() != m.group("family").casefold() or not head[:1].isupper() or len(names) > 1:
        return
    whole = f"{family}, {given}"
    end = body.find(title, len(whole)) if body.startswith(whole) else -1
    if end < 0 or body[len(whole) : end].strip() not in {".", ",", ":"}:
        return
    names[0] = {**first, "family": last_word, "given": head}
    item["title"] = body[len(family) + 2 : end + len(title)]


# an author-year key's family names: "Scholz (1987)", "Lorenz/Scherer (1872)"
_KEY_FAMILIES = lazy_pattern(
    r"(?P<families>[^\W\d_][\w'\u2019-]*(?:/[^\W\d_][\w'\u2019-]*){0,3}) \((?:1[5-9]|20)\d\d[a-z]?\)"
)
# the persons a key stands for, in their natural order before the comma that closes them: "Manfred Günter Scholz",
# "Ottokar Lorenz und Wilhelm Scherer", "[Charles Schmidt]"
_NATURAL_NAMES = lazy_pattern(r"\[?(?:[A-Z][\w.'\u2019-]*\s+|(?:und|and|&|von|van|de|der)\s+){1,8}")


def names_closed_at_key(item: Item, key: str, body: str) -> str | None:
    """``Scholz (1987) – Manfred Günter Scholz, Zum Verhältnis von Mäzen, Autor …`` with the title's opening words
    read as more authors: the key names the persons, and the comma after the last one's family name closes the
    names. ``body`` with that comma written as a full stop (the text to read again), or None where the reading
    holds no more names than the key."""
    m = _KEY_FAMILIES.fullmatch(key)
    names = item.get("author")
    if m is None or not isinstance(names, list):
        return None
    families = m["families"].split("/")
    if len(names) <= len(families):
        return None
    last = families[-1]
    opening = _NATURAL_NAMES.match(body)
    if opening is None or not body.startswith(last, opening.end()):
        return None
    at = opening.end() + len(last)
    names = body[:at]
    if names.startswith("[") and body.startswith("]", at):  # "[Charles Schmidt]": a name the list supplied
        names, at = names[1:], at + 1
    if body[at : at + 2] != ", ":
        return None
    return f"{names}.{body[at + 1 :]}"


def names_and_title_again(item: Item, again: Item) -> None:
    """(In place.) ``item``'s authors and title as ``again`` (the reading with the names closed) reads them, where
    ``item``'s title is the close of ``again``'s (the title's opening words had been read as names); the rest of
    the reading stands."""
    title, whole = item.get("title"), again.get("title")
    if not isinstance(title, str) or not isinstance(whole, str) or not whole.endswith(title) or "author" not in again:
        return
    item["author"], item["title"] = again["author"], whole
    confidence, own = biblio_data(item).get("field_confidence"), biblio_data(again).get("field_confidence")
    if isinstance(confidence, dict) and isinstance(own, dict):
        confidence.update({k: own[k] for k in ("author", "title") if k in own})


# an author-year label's closing year: "Barenghi 1992", "Calvino 1995b", "Keller (1844)"
_LABEL_YEAR = lazy_pattern(r"\b(?P<y>1[5-9]\d\d|20\d\d)[a-z]?\)?$")


def label_year_issued(item: Item, key: str) -> None:
    """(In place.) ``Barenghi 1992: M. Barenghi, *Title*, Lecce, Milella.``: an author-year list states the year
    in the label alone (a bracketed first edition's ``[1975]`` aside), so an entry read with no date takes the
    label's."""
    if "issued" in item or (m := _LABEL_YEAR.search(key)) is None:
        return
    item["issued"] = {"date-parts": [[int(m.group("y"))]]}


def keep_label(item: Item, label: CitationLabel, text: str) -> Item:
    """Record ``label`` in ``item`` (read from the text after it) and give it back the whole source."""
    if label.variable == "citation-label":
        body_named_by_key(item, label.value)
        natural_name_named_by_key(item, label.value, text[label.end :].lstrip())
        label_year_issued(item, label.value)
    item[label.variable] = label.value
    data = biblio_data(item)
    data["label"] = label.value
    data["source"] = text
    return item
