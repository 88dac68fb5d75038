"""Title spans -> ``title``, ``collection-title``.

Fields touched: ``title``, ``collection-title``.

The final period goes (it is the style's separator), so does a leading ``in:`` (``in: Astrophysics of Cosmic
Rays``, a book cited with no title of its own), ``?`` and ``!`` stay
(they belong to the title); wrapping quotes, Markdown italics and HTML go, so does GB/T 7714's type
code after the title (``[J]``, ``[M]``);
a title broken across lines (``grav- ity``) is joined.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.input_text import HYPHEN_BREAK
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import month_number
from biblio.parse.normalisers.markup import plain
from biblio.parse.normalisers.names import names_from_span, parse_names, parse_person_list
from biblio.parse.normalisers.places import region_in_full
from biblio.parse.text import after_each, strip_value, word_char
from biblio.records.model import source_text

FIELDS = ("title", "collection-title", "translator", "editor", "source")

_BRACKETED = lazy_pattern(r"[(\[][^()\[\]]*[)\]]")
_SERIES_WORD = lazy_pattern(r"^(?:series|ser\.|collection|coll\.|reihe)\s*:?\s*", re.I)
# a book or proceedings cited with no title of its own keeps the "in" that named it the container:
# "V. Berezinsky et al. in: Astrophysics of Cosmic Rays,", "2009, in IAU Symposium, Vol. 261" (a title that
# opens with the word writes it "In …", and keeps it)
_IN_LEAD = lazy_pattern(r"^(?:[Ii]n\s*:\s*|in\s+(?=[A-Z\"“]))")
# GB/T 7714's type code closing a title the Chinese reader did not read, inside the title's quotes:
# "'吉林省大学生社交媒体使用现状 [J],' 新闻研究导刊": the code names the kind of work, it is no part of the title
# the German and Romance "…, in: Journal" read with the title before it: "Brüsseler Bruchstücke, in:"
_IN_TAIL = lazy_pattern(r",\s+in\s*:\s*$")
_TYPE_CODE = lazy_pattern(r"\s*\[(?:J|M|C|D|R|S|P|N|A|Z|G|EB|DB|CP)(?:/(?:OL|CD|MT|DK))?\]?$")


_OUTER_BRACKETS = lazy_pattern(r"^[(\[]\s*|\s*[)\]]$")


def title_value(text: str) -> str | None:
    s = plain(text)
    if s[:2] in ("in", "In"):
        s = _IN_LEAD.sub("", s)
    if s.endswith(":") and (tail := _IN_TAIL.search(s)) is not None:
        s = s[: tail.start()]
    if "- " in s:
        s = HYPHEN_BREAK.sub(r"\1-\2", s)
    # a bracketed description after the title belongs to genre/medium, not here
    s = without_type_code(strip_value(s))
    if s[-3:] in (". –", ". —"):
        s = strip_value(s[:-2])  # the Nordic ecology journals' "Title. – Journal": the dash opens the source
    if s.startswith(("(", "[")) and _BRACKETED.fullmatch(s):
        s = _OUTER_BRACKETS.sub("", s)
    if s[-1:] in '"\u201d' and s[-2:-1] in (",", " ") and sum(s.count(q) for q in '"\u201c\u201d') == 1:
        s = s[:-1]  # the closing quote of "Title ," with its opening quote outside the span (PDF spacing)
    if s.startswith("comment on ") and s[11:12] in '"\u201c':
        s = s[11:]  # Chicago's blog comment, "Hutt, Chris, comment on \"Post Title\"": the post's title
    if s.endswith(("(", "[")):
        s = s[:-1]  # MHRA's "Title (Paris: Minuit, 1979)": the imprint's opening bracket read with the title
    return strip_value(s) or None


def without_type_code(s: str) -> str:
    """``s`` without a GB/T 7714 type code closing it (``Title [J]``)."""
    return _TYPE_CODE.sub("", s) if s.endswith(("]", "[J", "[M", "[C", "[D")) else s


def series_value(text: str) -> str | None:
    s = _SERIES_WORD.sub("", plain(text).strip(" ([,"))
    return title_value(s)


# a translator's phrase closing the title as its last sentence: "… del libro. Traducción de Francesc García.",
# ABNT's "… escravos. Tradução: Mário da Gama Kury.",
# "The Little Prince. Translated by Cuffe, T. V. F."
# a translator's name: words and initials ("R. Nice", "Richard Nice", "A. M. Sheridan Smith", "Guy de Maupassant")
_NAME_WORD = r"(?:[A-ZÀ-ÞĞİŞ][\w'’-]*\.?|(?:de|van|von|der|da|di|du|le|la)\b)"
# APA 6's bracketed "Title (translated by Douglas Martin)" and "Title. (Trans.) W. H. Woglom and C. W. Hendel." too
_NAME_LIST = rf"(?P<names>{_NAME_WORD}(?:(?:\s+|,\s*|\s+(?:and|&|und|et|y|e|ve)\s+){_NAME_WORD})*)"
_CLOSING_TRANSLATOR = lazy_pattern(
    r"(?<=\w[.?!])\s+(?:Translated\s+(?:from\s+the\s+[A-Z]\w+\s+)?by|Trans\.\s+by|\(Trans\.\)|Traducción\s+de|"
    r"Traducido\s+por|Traduit\s+par|Traduction\s+(?:de|par)|Tradução(?:\s+de|\s*:)|Traduzido\s+por|Übersetzt\s+von|"
    rf"Aus\s+dem\s+\w+\s+von|Traduzione\s+di|Tradotto\s+da|[Çç]ev\.|[Çç]eviren)\s+{_NAME_LIST}\.?$"
    rf"|(?<=\w)\s+\((?:[Tt]ranslated|[Tt]rans\.)\s+by\s+{_NAME_LIST.replace('names', 'bracketed')}\)$"
    # French after a comma, the translator's courtesy and clerical titles before the name: "Oeuvres spirituelles de
    # S. Bonaventure, traduites par M. l'abbé Berthaumier", "Conférences de Cassien, traduites par E. Cartier"
    r"|(?<=\w),\s+tradui(?:t|te|ts|tes)\s+(?:en\s+français\s+)?par\s+(?:M\.\s+|Mme\s+)?(?:l['’]abbé\s+|le\s+P\.\s+)?"
    rf"{_NAME_LIST.replace('names', 'french')}$"
)

# a part of each phrase's lead word, one of which the pattern needs: a cheap look before it
_TRANSLATOR_WORDS = ("ranslated", "rans.", "Tradu", "Tradotto", "Übersetzt", "Aus", "ev.", "eviren", "tradui")
# Turkish's editor closing the title so: "İktisadi Trabzon. editör M. Öksüz.", "… Hazırlayan A. Kaya."
_CLOSING_EDITOR = lazy_pattern(
    rf"(?<=\w[.?!])\s+(?:[Ee]ditör(?:ler)?|[Ee]dt\.|Hazırlayan(?:lar)?|[Yy]ay\.\s*[Hh]az\.)\s+{_NAME_LIST}\.?$"
)


def translator_apart(item: dict[str, Any]) -> None:
    """(In place.) A translator's phrase left as the title's last sentence, whichever reading won, names the
    translator (Turkish's ``editör`` the editor): the title ends before it."""
    title = item.get("title")
    if not isinstance(title, str):
        return
    if any(w in title for w in _TRANSLATOR_WORDS) and (m := _CLOSING_TRANSLATOR.search(title)) is not None:
        role = "translator"
    elif ("dit" in title or "az" in title) and (m := _CLOSING_EDITOR.search(title)) is not None:
        role = "editor"
    else:
        return
    # (a translator's name in natural order with its particle, "Mário da Gama Kury", is a person's: the span's
    # reading of names, not the list's, which keeps such a run whole)
    if role == "translator":
        names = names_from_span(m["names"] or m["bracketed"] or m["french"])
    else:
        names = parse_names(m["names"])
    if not names:
        return
    head = title[: m.start()].rstrip()
    item["title"] = head[:-1] if head.endswith(".") else head
    item.setdefault(role, names)


# a code host's "owner/repository" name: lower-case letters, digits, dots, dashes and underscores around one slash
_REPOSITORY_SLUG = lazy_pattern(r"[A-Za-z0-9][\w.-]*/[\w.-]*[a-z0-9][\w.-]*")


def is_repository_slug(s: str) -> bool:
    """Whether ``s`` is a code repository's ``owner/name`` (``python-visualization/folium``)."""
    return _REPOSITORY_SLUG.fullmatch(s) is not None


def repository_slug_as_title(item: dict[str, object]) -> None:
    """APA's ``python-visualization/folium. (n.d.). Retrieved … from https://github.com/…``: a work with no author
    has its title where the author goes, and a repository's ``owner/name`` is no person's or body's name, so
    it is the title (in place)."""
    names = item.get("author")
    if "title" in item or not isinstance(names, list) or len(names) != 1 or not isinstance(names[0], dict):
        return
    value = names[0].get("literal") or (names[0].get("family") if "given" not in names[0] else None)
    if isinstance(value, str) and is_repository_slug(value):
        item["title"] = value
        del item["author"]


# the kind of work, a sentence of its own after the italic title (MLA's "*Delpher.* Database.", "*draw.io.*
# Software."): no part of the name
_KIND_CLOSING = lazy_pattern(
    r"(?P<head>.+?[^\s.])\.?\s+(?P<kind>Database|Online database|Software|Data ?set|Video|Podcast|Website|Web ?site)\.?"
)

# how each kind's word ends (the pattern's title closes on one): a cheap look before it
_KIND_ENDS = ("base", "ware", "set", "Video", "Podcast", "site")


_ITALIC_CLOSES = lazy_pattern(r"\.?[*_]\s*\.?\s*")


def kind_closing_italic_title(item: dict[str, Any]) -> None:
    """(In place.) ``*The British Newspaper Archive.* Database.`` read as the title ``The British Newspaper Archive.
    Database``: the italic run is the title, the sentence after it the ``genre``."""
    title = item.get("title")
    if not isinstance(title, str) or " " not in title or not title.rstrip(".").endswith(_KIND_ENDS):
        return
    m = _KIND_CLOSING.fullmatch(title)
    if m is None:
        return
    head, kind, source = m.group("head"), m.group("kind"), source_text(item)
    # re.search(rf"(?<![\w*_])[*_]{re.escape(head)}\.?[*_]\s*\.?\s*{kind}\b", source), no pattern per title (the
    # kind is a word)
    if not any(
        source.startswith(kind, gap.end()) and not word_char(source[gap.end() + len(kind) : gap.end() + len(kind) + 1])
        for mark in "*_"
        for gap in after_each(source, mark + head, _ITALIC_CLOSES, not_after="*_")
    ):
        return
    item["title"] = head
    item.setdefault("genre", m.group("kind"))


# "…, Journal of the Korea Convergence Society": a journal's name opening on its kind and what it is of
_HEAD_BEFORE_JOURNAL = lazy_pattern(
    r"(?P<head>[A-Za-z][\w'’-]*(?:\s[\w'’-]+){0,2}),\s+"
    r"(?P<journal>(?:The\s+)?(?:Journal|Proceedings|Transactions|Annals|Bulletin|Review)\s+(?:of|on)\s+\S.*)"
)
# a short abbreviated word the title's cut closed on: "App.", "Int.", "Eng."
_ABBREVIATED_END = lazy_pattern(r"(?:^|\s)[A-Z][a-z]{0,4}$")


_STOP_SPACES = lazy_pattern(r"\.\s+")
_SPACE_COMMA = lazy_pattern(r"\s*,")


def title_cut_at_abbreviation(item: dict[str, Any]) -> None:
    """(In place.) ``… for IoT-based App. Development, Journal of the Korea …`` read as the title ``… IoT-based
    App`` and the journal ``Development, Journal of …``: the words after an abbreviation's full stop and before
    the comma that opens ``Journal of …`` close the title, where the text runs on from the title through them."""
    title, journal = item.get("title"), item.get("container-title")
    if not isinstance(title, str) or not isinstance(journal, str):
        return
    # (the capital the pattern closes on is among the last seven characters: most titles have none there)
    if title[-7:].islower() or not _ABBREVIATED_END.search(title):
        return
    if (m := _HEAD_BEFORE_JOURNAL.fullmatch(journal.strip())) is None:
        return
    whole = f"{title}. {m.group('head')}"
    # re.search(re.escape(title) + r"\.\s+" + re.escape(head) + r"\s*,", source), no pattern per title (the head
    # opens on a letter)
    head, source = m.group("head"), source_text(item)
    if not any(
        source.startswith(head, gap.end()) and _SPACE_COMMA.match(source, gap.end() + len(head))
        for gap in after_each(source, title, _STOP_SPACES)
    ):
        return
    item["title"] = whole
    item["container-title"] = m.group("journal")


# an abbreviated journal's first word left closing the title: Elsevier's numbered "… of Guanxinning tablets,
# Spectrochim. Acta A Mol. Biomol. Spectrosc. 287" read as the title "… tablets, Spectrochim", its name-year
# "… theory and evidence. Carn.-Roch. Conf. Ser. Public Policy 42" as "… evidence. Carn.-"
_JOURNAL_HEAD_CLOSING = lazy_pattern(r"[.,]\s+(?P<head>[A-Z][a-z]{2,11})(?P<dash>\.-)?$")
# a word of an abbreviated journal's name: "Mol. ", "Roch. "
_ABBREVIATION_INSIDE = lazy_pattern(r"\b[A-Z][a-z]{0,8}\.\s")
# firms' and names' abbreviations a title closes on ("Google, Inc.")
_NAME_ABBREVIATIONS = frozenset("Inc Ltd Corp Bros Jr Sr Esq".split())


def journal_head_closing_title(item: dict[str, Any]) -> None:
    """(In place.) An abbreviated journal's first word read as the title's last (``…, Spectrochim`` before
    ``Acta A Mol. Biomol. Spectrosc``; ``… evidence. Carn.-`` before ``Roch. Conf. Ser.``): a word the text closes
    with its period right before the journal, after the title's own comma or full stop, opens the journal's
    abbreviated name; a title does not close on a hyphen run into the next field."""
    title, journal = item.get("title"), item.get("container-title")
    if not isinstance(title, str) or not isinstance(journal, str) or not journal[:1].isupper():
        return
    if not title.endswith("-") and ", " not in title[-14:]:
        return
    if (m := _JOURNAL_HEAD_CLOSING.search(title)) is None or m.group("head") in _NAME_ABBREVIATIONS:
        return
    if region_in_full(m.group("head")):
        return  # the ACS's "… of southern Jiangsu, China. Atmos. Environ.": the title's place
    source = source_text(item)
    if m.group("dash"):
        if f"{title}{journal}" not in source:
            return
        head = f"{m.group('head')}.-"
    elif title[m.start()] != "," or f"{title}. {journal}" not in source or not _ABBREVIATION_INSIDE.search(journal):
        return
    else:
        head = f"{m.group('head')}. "
    item["title"] = title[: m.start()].rstrip()
    item["container-title"] = f"{head}{journal}"


# a journal's part opening what was read as the journal: "Part G: J Aerospace Engineering", "Part B, Methodological"
_PART_OPENS_JOURNAL = lazy_pattern(r"Part\s+[A-Z]{1,2}\b\s*[:,.]")
# the journal's head left closing the title after its full stop: "… response. Proc IMechE"
_JOURNAL_HEAD_AFTER_STOP = lazy_pattern(r"(?<=\S)\.\s+(?P<head>[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*){0,3})$")


def journal_part_opening_container(item: dict[str, Any]) -> None:
    """(In place.) Sage's ``Title. Proc IMechE, Part G: J Aerospace Engineering 1991; 205: 35–44.`` with the
    journal's head read into the title and its part as the whole journal: a journal's part never opens its name,
    so the capitalised words after the title's full stop, the part's comma straight after them, are the
    journal's head."""
    title, journal = item.get("title"), item.get("container-title")
    if not isinstance(title, str) or not isinstance(journal, str) or not journal.startswith("Part"):
        return
    if _PART_OPENS_JOURNAL.match(journal) is None or (m := _JOURNAL_HEAD_AFTER_STOP.search(title)) is None:
        return
    head = m["head"]
    if f"{title}, {journal}" not in source_text(item):
        return
    item["title"] = title[: m.start()]
    item["container-title"] = f"{head}, {journal}"


# a part's roman number opening the journal's name: "II. Am. J. Psychol."
_PART_OPENING_JOURNAL = lazy_pattern(r"(?P<part>I{1,3}|IV|VI{0,3}|IX|XI{0,3})\.\s+(?=[A-Z])")


def part_number_closing_title(item: dict[str, Any]) -> None:
    """(In place.) Cell's ``Experimental study of the mental processes of the rat. II. Am. J. Psychol. 12,`` with the
    part's number that closes the title read as the journal's first word: no journal's name opens on a roman
    number and its full stop; written straight after the title's full stop, the number is the title's."""
    title, journal = item.get("title"), item.get("container-title")
    if not isinstance(title, str) or not isinstance(journal, str) or journal[:1] not in "IVX" or not journal:
        return
    if (m := _PART_OPENING_JOURNAL.match(journal)) is None or f"{title}. {m.group(0)}" not in source_text(item):
        return
    item["title"] = f"{title}. {m['part']}"
    item["container-title"] = journal[m.end() :]


# the month and year a report's title closes on after a comma, its date written again: "The Downs Conservation
# Area Conservation Area Appraisal, October 2014." after "(2014)"
_CLOSING_MONTH_YEAR = lazy_pattern(
    r",\s+(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"(?P<year>(?:1[6-9]|20)\d\d)$"
)


def date_closing_title(item: dict[str, Any]) -> None:
    """(In place.) The date of the year already read, written again to close the title, is no part of it."""
    title, issued = item.get("title"), item.get("issued")
    if not isinstance(title, str) or not title[-1:].isdigit() or not isinstance(issued, dict):
        return
    parts = issued.get("date-parts")
    if not parts or not parts[0] or (m := _CLOSING_MONTH_YEAR.search(title)) is None or parts[0][0] != int(m["year"]):
        return
    source = source_text(item)
    at = source.find(m.group(0))
    after = source[at + len(m.group(0)) : at + len(m.group(0)) + 2].lstrip(".,")
    if at < 0 or after[:1] in ("*", "_", '"', "”", "’", "'"):
        # "*Australian Social Trends, December 2012*", "“… in the Netherlands, May 2022.”": a date inside the
        # marked title is its own
        return
    if source[at + len(m.group(0)) : at + len(m.group(0)) + 6].startswith((" (No.", " (Cat")):
        return  # "Industrial disputes, Australia, June 2013 (No. 6321.0)": an agency's issue, named with its number
    if "container-title" in item and "volume" in item and m["year"] in source[at + len(m.group(0)) :]:
        return  # Vancouver's "…in retail pork, United Kingdom, February 2015. Euro Surveill. 2015;20.": the period
        # an article reports on, its own year read after the journal
    item["title"] = title[: m.start()]
    if len(parts[0]) == 1:
        month = month_number(m["month"])
        if month:
            item["issued"] = {"date-parts": [[parts[0][0], month]]}


# the year of a work's first appearance in square brackets closing the title of a later edition: "La Argentina
# [1602]. Ed. Juan María Gutiérrez. Buenos Aires: Peuser, 1912."
_ORIGINAL_YEAR_CLOSING = lazy_pattern(r"\s+\[(?P<year>1\d\d\d|20\d\d)\]$")


def original_year_closing_title(item: dict[str, Any]) -> None:
    """(In place.) A bracketed year closing the title, earlier than the year issued, is the ``original-date``."""
    title, issued = item.get("title"), item.get("issued")
    if not isinstance(title, str) or not title.endswith("]") or not isinstance(issued, dict):
        return
    parts = issued.get("date-parts")
    if not parts or not parts[0] or (m := _ORIGINAL_YEAR_CLOSING.search(title)) is None:
        return
    if not isinstance(parts[0][0], int) or int(m["year"]) >= parts[0][0]:
        return
    item["title"] = title[: m.start()]
    item.setdefault("original-date", {"date-parts": [[int(m["year"])]]})


# a meeting's ordinal cut off its name and left closing the title: "Role-Based Access Controls, 15th" before
# "National Computer Security Conference"
_ORDINAL_CLOSING = lazy_pattern(r",\s+(?P<ordinal>\d{1,3}(?:st|nd|rd|th))$")


def ordinal_closing_title(item: dict[str, Any]) -> None:
    """(In place.) The ordinal opening the container's name, read as the title's last word, goes back to it."""
    title, container = item.get("title"), item.get("container-title")
    if not isinstance(title, str) or not isinstance(container, str) or not title[-2:].isalpha():
        return
    m = _ORDINAL_CLOSING.search(title)
    if m is None or f"{m['ordinal']} {container}" not in source_text(item):
        return
    item["title"] = title[: m.start()]
    item["container-title"] = f"{m['ordinal']} {container}"


# a note's short form of a document cited in full before it: the body, the document's abbreviated name, the page
# ("DLUHC, NPPF, pp. 71-72.", "Historic England, GPA:3, pp. 8, 11.")
_SHORT_NOTE = lazy_pattern(
    r"(?P<author>[A-Z][^,]{1,60}),\s+(?P<short>[A-Z][A-Z0-9]{1,9}(?::\s?\d{1,2})?),\s+"
    r"pp?\.\s*(?P<page>\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:,\s*\d{1,5})*)\.?"
)


def short_note_title(item: dict[str, Any]) -> None:
    """(In place.) A short note's abbreviated document name read as the author's given name: it is the title."""
    if "title" in item or len(authors := item.get("author") or []) != 1:
        return
    source = source_text(item)
    if ", p" not in source or (m := _SHORT_NOTE.fullmatch(source.strip())) is None:
        return
    given = str(authors[0].get("given", ""))
    if not given or not m["short"].startswith(given):
        return
    author = m["author"].strip()
    item["author"] = [{"literal": author}] if " " in author or author.isupper() else [{"family": author}]
    item["title"] = m["short"]
    item["page"] = m["page"]
    if str(item.get("issue", "")) in m["short"]:
        item.pop("issue", None)


# the Unicode Consortium's numbered reports, their kind and number part of the title: "Unicode Standard Annex #15:
# Unicode Normalization Forms", "Unicode Technical Report #36: Unicode Security Considerations"
_UNICODE_REPORT = lazy_pattern(
    r"Unicode\s+(?:Standard\s+Annex|Technical\s+(?:Report|Standard|Note))\s+#\d{1,3}:\s+[^,.]{3,120}"
)


def unicode_report_title(item: dict[str, Any]) -> None:
    """(In place.) A Unicode report's title read as a note, its kind as a genre or its first word as a name."""
    source = source_text(item)
    if " #" not in source or "Unicode" not in source or (m := _UNICODE_REPORT.search(source)) is None:
        return
    title = item.get("title")
    if isinstance(title, str) and title == m.group(0).strip():
        return
    if isinstance(title, str) and title not in m.group(0):
        return  # another title read before it: the report is cited inside another work
    item["title"] = m.group(0).strip()
    for var in ("note", "genre"):
        value = item.get(var)
        if isinstance(value, str) and (value in source[m.start() : m.end() + 20] or value.startswith("#")):
            del item[var]
    authors = item.get("author")
    if isinstance(authors, list):
        kept = [a for a in authors if not (a.get("family") == "Unicode" and "given" not in a)]
        if len(kept) != len(authors) and kept:
            item["author"] = kept


# "s.v." (sub verbo: under the word) before a dictionary entry's quoted headword: "s.v. "Fortune." *Dictionary …*"
_SUB_VERBO = lazy_pattern(
    r"^s\.\s?v\.\s+[\"'\u201c\u2018]?(?P<word>[^\"'\u201c\u201d\u2018\u2019]+?)[.,]?[\"'\u201d\u2019]?$"
)


def sub_verbo_apart(item: dict[str, Any]) -> None:
    """(In place.) ``Greene, Richard. s.v. "Fortune." *Dictionary of the Middle Ages*, Vol. 3, …`` read with the
    abbreviation in the title: the entry's title is its headword."""
    title = item.get("title")
    if isinstance(title, str) and title.startswith("s.") and (m := _SUB_VERBO.match(title)):
        item["title"] = m["word"].strip()


# an editor's phrase closing the title in brackets: "Saggi (a cura di Giovanni da Pozzo)", "(a cura di Evelina Borea—
# introduzione di …)", "(edited by …)", "(hrsg. von …)"; or the word for the edition left before the phrase read
# apart: "(…)—edizione | a cura di M. Piacentini"
_EDITOR_CLOSING_TITLE = lazy_pattern(
    r"\s*\((?:a cura di|edited by|ed\. by|hrsg\. von|herausgegeben von|éd\. par|édité par)\s+"
    r"(?P<names>[^()\u2014;]+?)\s*(?:[\u2014;][^()]*)?\)$"
)
_EDITION_WORD_CLOSING = lazy_pattern(r"\s*[\u2014\u2013-]\s*(?:edizione|edición|édition|edition)$")


def editor_phrase_closing_title(item: dict[str, Any]) -> None:
    """(In place.) Italian lists' ``Title (a cura di Giovanni da Pozzo)`` read into the title: the names in the
    bracket are the editors, no words of the title (and ``Title—edizione a cura di X`` keeps no ``edizione``)."""
    title = item.get("title")
    if not isinstance(title, str) or not title.endswith(")") and not title.endswith("ione"):
        return
    if title.endswith(")") and (m := _EDITOR_CLOSING_TITLE.search(title)) and m.start() > 0:
        names = [n for n in parse_person_list(m["names"]) if n]
        if names and "editor" not in item and all("family" in n for n in names):
            item["title"] = title[: m.start()].rstrip(" ,")
            item["editor"] = names
    elif item.get("editor") and (m := _EDITION_WORD_CLOSING.search(title)) and m.start() > 0:
        item["title"] = title[: m.start()].rstrip(" ,")


_CREDIT_WORDS = lazy_pattern(r"(?i)(?:edited|translated|introduc|with |compiled|revised|selected)")


def source_read_for_title(item: dict[str, Any]) -> None:
    """(In place.) ``Landau, David & Peter Parshall. The Renaissance Print 1470-1550. New Haven: Yale UP, 1994.``
    with the title read as the database a record came from (``source``): a record with no title and no container
    names its work there."""
    value = item.get("source")
    if "title" in item or "container-title" in item or not isinstance(value, str) or not value.strip():
        return
    if _CREDIT_WORDS.match(value) or value.rstrip().endswith(" by"):
        return  # "Edited with an introduction and notes by": a credit, no title
    item["title"] = item.pop("source")
