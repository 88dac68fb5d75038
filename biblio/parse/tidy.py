"""Last touches on the model's record: words a style writes that the labeller left inside a field.

- a role word after a name list (``Tulving, Endel, and Fergus I. M. Craik, eds.``,
  ``(Hg.)``, ``(ed)``, ``Hrsg. von``) makes the names editors;
- ``translator``/``trans.`` after a name list makes the names translators;
- a container still opening with ``in`` (``in *Proc. IEEE Conf.*``, ``In The Making of …``)
  loses it (a journal called ``In Vivo`` keeps its capital ``In``);
- a platform or database after the pages or the publisher (``95–109. Project MUSE.``,
  ``Penguin Classics. Kindle.``) is kept apart: the database in ``archive``, a format in ``medium``;
- a DOI or link read into the pages goes to ``DOI`` or ``URL``;
- a Chinese name opening a bibliography entry with no comma (``Liu Xinwu.``) keeps its own order, the family first;
- an organisation opening the reference (``World Health Organization. Global report …``) read
  into no name is the author;
- the first italic span run together with the next field becomes the title;
- ``Springer, Heidelberg (2009)`` read as one publisher is publisher, place and year;
- a title in quotes ends at its closing quote, and the outlet after it is the container (quoted.py);
- an italic abbreviated journal name with a volume and no other title is the container.
"""

from __future__ import annotations

import re

from biblio.parse.assemble import NAME_LABELS
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.container import container_value, in_inside_italics
from biblio.parse.normalisers.identifiers import doi_value, is_doi_link
from biblio.parse.normalisers.names import ROLE_APART, bare_family_list
from biblio.parse.normalisers.places import is_place
from biblio.parse.normalisers.quoted import quoted_title
from biblio.parse.readers.chicago.authors import family_first
from biblio.parse.readers.chicago.source import POST_KIND
from biblio.parse.spans import Span
from biblio.parse.text import mark_italics, strip_value
from biblio.records.model import NO_AUTHOR, NO_TITLE, Item, drop_flag, source_text

# "(ed)", "(Hg.)", ", eds.", ", editors": bracketed, with its period, or spelt out ("Edwards, Ed," is a name);
# the classicists' Latin plural "edd" in lower case needs no period ("Name and Name, edd, *Title*")
_EDITOR_ROLE = lazy_pattern(
    rf"(?:\(\s*(?:eds?|editors?|edd|hrsg|hg|hgg|dirs?|coord|red)\.?\s*\)|{ROLE_APART}(?:eds?|edd|hrsg|hg|hgg|dirs?|coord)\."
    r"|[,\s]\s*editors?|,\s*(?-i:edd))[.,;:]*\s*$",
    re.I,
)
_EDITOR_LEAD = lazy_pattern(r"^\s*(?:edited by|hrsg\. von|hg\. von|herausgegeben von|ed\. by)\s", re.I)
_TRANSLATOR_ROLE = lazy_pattern(
    rf"(?:\(\s*(?:translators?|trans|transl|tr)\.?\s*\)|{ROLE_APART}(?:trans|transl|tr)\.|[,\s]\s*translators?)[.,;:]*\s*$",
    re.I,
)
# ("In Annales de Normandie", "In Pamjatniki istorii": a capital word, then one in lower case)
_LEAD_IN = lazy_pattern(r"^in\s*:?\s+(?=\S)|^In\s*:\s*|^In\s+(?=(?:Proc|the\s|The\s|[A-Z][\w-]+\s+(?:of\s|[a-z])))")
_DATABASES = (
    "Project MUSE",
    "JSTOR",
    "ProQuest",
    "EBSCOhost",
    "EBSCO",
    # an e-book collection or a publisher's platform named as where the copy was read ("…, 2013. EBSCO eBook
    # Collection.", "…, 2016. SpringerLink.", "Washington Post, May 12, 2020. Gale OneFile.")
    "EBSCO eBook Collection",
    "SpringerLink",
    "Gale OneFile",
    "Gale eBooks",
    "Gale",
    "HathiTrust",
    "Google Books",
    "ScienceDirect",
    "Web of Science",
    "PubMed",
    "Academic Search Complete",
    "LexisNexis",
    "Nexis Uni",
)
_DATABASE_NAMES = frozenset(name.casefold() for name in _DATABASES)
_FORMATS = (
    "Kindle",
    "Kindle ed",
    "Kindle edition",
    "Nook",
    "Apple Books",
    "iBooks",
    "Audible",
    "E-book",
    "eBook",
    "PDF",
    "Web",
    "Print",
    "CD-ROM",
    "DVD",
)
# the services whose name opens a named collection of theirs ("ProQuest Ebrary", "LexisNexis Academic")
_DATABASE_HOUSES = ("ProQuest", "LexisNexis", "EBSCOhost", "JSTOR", "Project MUSE")


def _database(name: str) -> bool:
    """A database's name as a note closes on it: one of the list, or a house's name and its collection's."""
    return name in _DATABASES or any(name.startswith(house + " ") for house in _DATABASE_HOUSES)


_TAIL = lazy_pattern(r"^(?P<head>.+?)[.,]\s+(?P<tail>[A-Z][\w -]+?)\.?$")
_PUB_PLACE_YEAR = lazy_pattern(r"^(?P<pub>[^,()]+),\s*(?P<place>[^,()]+?)\s*\(\s*(?P<year>1[5-9]\d\d|20\d\d)\s*\)$")


_TITLE_ROLE = lazy_pattern(r"^(?P<role>translators?|trans|transl|editors?|eds?)\.\s+(?=\S)", re.I)


def title_role(item: Item) -> None:
    """``Borroff, Marie, translator. *Sir Gawain*``: the role word read into the title."""
    m = _TITLE_ROLE.match(str(item.get("title", "")))
    if not m:
        return
    item["title"] = item["title"][m.end() :]
    var = "translator" if m.group("role").lower().startswith("tr") else "editor"
    for source in ("editor", "author"):
        if source != var and source in item and var not in item:
            item[var] = item.pop(source)
            return


def roles(item: Item, spans: list[Span]) -> None:
    """Names the style marks as editors or translators move from ``author``."""
    title_role(item)
    texts = " ".join(s.text for s in spans if s.label == "author")
    if not texts or "author" not in item:
        return
    # (first looks: every editor role word holds "ed", "hg", "hr", "dir" or "coord", every translator
    # one "tr", whatever the case; U+0130 and U+0131 also match "i" under re.I)
    low = texts.lower()
    editor_words = any(w in low for w in ("ed", "hg", "hr", "dir", "coord")) or "\u0130" in texts or "\u0131" in texts
    if "editor" not in item and (editor_words and _EDITOR_ROLE.search(texts) or _EDITOR_LEAD.match(texts)):
        item["editor"] = item.pop("author")
    elif (
        "translator" not in item
        and "tr" in low
        and (m := _TRANSLATOR_ROLE.search(texts))
        and not _journal_word(item, m)
    ):
        item["translator"] = item.pop("author")


def _journal_word(item: Item, role: re.Match[str]) -> bool:
    """Whether the role word the names' span closed on is the journal's last word, which a mend took apart from
    the names (the Royal Society of Chemistry's ``J. Smith, Dalton Trans., 2018``)."""
    journal = item.get("container-title")
    word = role.group().strip(" .,;:()").lower()
    return isinstance(journal, str) and bool(word) and journal.rstrip(" .").lower().endswith(word)


def container(item: Item) -> None:
    """The container's name without the style's ``In`` kept before it (``In Annales de Normandie``)."""
    v = item.get("container-title")
    if isinstance(v, str):
        stripped = _LEAD_IN.sub("", v, count=1)
        if stripped and stripped != v:
            item["container-title"] = stripped


def platform(item: Item) -> None:
    """A database or an e-book format glued to the end of the pages or the publisher, or read as the
    publisher of an article; a post's platform and kind (``Instagram photo``) read as its container."""
    if POST_KIND.fullmatch(str(item.get("container-title", ""))) and "genre" not in item:
        item["genre"] = item.pop("container-title")
    publisher = item.get("publisher")
    if isinstance(publisher, str) and "archive" not in item:
        *firms, last = publisher.split("; ")
        if _database(last) and (item.get("container-title") or firms):
            item["archive"] = last  # "Washington Post, …, LexisNexis Academic.", "…, 2016), 92, ProQuest Ebrary."
            if firms:
                item["publisher"] = "; ".join(firms)
            else:
                del item["publisher"]
    note = item.get("note")
    # "…, 2014. EBSCO eBook Collection." read as a note of its own after the imprint: where the copy was read (a
    # note's database after its cited page, "…, 2011), 57, EBSCOhost.", stays the note the page was parted from)
    if isinstance(note, str) and "archive" not in item and "page" not in item and _database(name := note.strip(" .")):
        item["archive"] = name
        del item["note"]
    for var in ("page", "publisher", "container-title"):
        m = _TAIL.match(str(item.get(var, "")))
        if not m:
            continue
        tail = m.group("tail").strip()
        # MLA's second container, "Postmodern Culture, …, May 2000. Project Muse, doi:…", read into the journal
        if tail.casefold() in _DATABASE_NAMES and "archive" not in item:
            item["archive"] = tail
        elif var == "container-title":
            continue
        elif tail in _FORMATS and "medium" not in item:
            item["medium"] = tail
        else:
            continue
        item[var] = m.group("head").strip()


_PAGE_LINK = lazy_pattern(r"^(?P<page>[^\s,]+?)[,.;]?\s+(?P<link>(?:https?://|doi:\s*|10\.\d{4,9}/)\S+?)[.,]?$", re.I)


def page_link(item: Item) -> None:
    """``45-67, https://doi.org/10.1000/abc`` read as the pages: the link is the DOI or the URL."""
    m = _PAGE_LINK.match(str(item.get("page", "")))
    if not m:
        return
    link = m.group("link")
    doi = doi_value(link)
    if doi and (is_doi_link(link) or not link.lower().startswith("http")):
        item.setdefault("DOI", doi)
    else:
        item.setdefault("URL", link)
    item["page"] = m.group("page")


def publisher_place_year(item: Item) -> None:
    m = _PUB_PLACE_YEAR.match(str(item.get("publisher", "")))
    if not m or "publisher-place" in item or not is_place(m.group("place")):
        return
    item["publisher"] = m.group("pub").strip()
    item["publisher-place"] = m.group("place").strip()
    item.setdefault("issued", {"date-parts": [[int(m.group("year"))]]})


_ITALIC = lazy_pattern("\ue000([^\ue001]+)\ue001")
# the word that joins the italic title to its container: "In", Italian's "su" (on) before a site ("su *Site*")
_JOIN = lazy_pattern(r"^[\s.,;:]*(?:(?:in|su)\s*:?\s+)?", re.I)
# "in" after the names' comma, right before the italic book
_IN_BEFORE_ITALIC = lazy_pattern(r",\s+in\s+$")


def italic_title(item: Item) -> None:
    """The first italic span is the title when the labeller ran it together with the next field:
    ``*Title*, Advances in …`` read as one title, or ``*Title*. Journal 9`` read as one container
    with no title.  A container that is the italic span alone (``*Phys. Rev.*``) is left as it is."""
    source = source_text(item)
    m = _ITALIC.search(mark_italics(source)) if "*" in source or "_" in source or "<i" in source else None
    if not m:
        return
    italic = strip_value(m.group(1))
    quoted = mark_italics(source)[: m.start()].rstrip()[-1:] in "\"\u201c\u2018'"  # "*King Lear* and …"
    if len(italic) < 3:
        return
    for var in ("title", "container-title"):
        v = str(item.get(var, ""))
        if var == "container-title" and item.get("title"):
            return
        if var == "container-title" and v == italic and not ({"volume", "issue", "page", "interviewer"} & set(item)):
            # "*A Framework for K-12 Science Education*. Washington, DC: …": a book's title, no journal (an
            # untitled interview's italic programme stays its container, as does the book after "in" of the
            # APS's untitled chapter, "Names, in *Book*, edited by …")
            if _IN_BEFORE_ITALIC.search(mark_italics(source), 0, m.start()):
                return
            item["title"] = item.pop("container-title")
            return
        # the italic span closes at a field's end (punctuation follows), not inside a longer title;
        # a colon after it opens the plain subtitle of an ABNT title (``**Título:** subtítulo``)
        if len(v) > len(italic) and v.lower().startswith(italic.lower()) and v[len(italic)] in ".,;" and not quoted:
            rest = strip_value(_JOIN.sub("", v[len(italic) :]))
            item["title"] = italic
            if var == "container-title":
                del item["container-title"]
            # (a one-word rest is a container where it is set in italics of its own: "su *Techeconomy2030.it*")
            one_italic = any(strip_value(x) == rest for x in _ITALIC.findall(mark_italics(source)[m.end() :]))
            if rest and (len(rest.split()) > 1 or one_italic) and "container-title" not in item:
                if _publisher_after_italic(item, rest, v[len(italic)], source, one_italic):
                    item["publisher"] = rest
                    return
                if _numbered_series_after_italic(item, rest, v[len(italic) :], one_italic):
                    item["collection-title"] = rest
                    return
                item["container-title"] = rest
                _issue_after_container(item, rest)
            return


# a series' number closing its name, no year: "Studi e Documenti 30"
_SERIES_NUMBER = lazy_pattern(r"\s(?!1[5-9]\d\d\b|20\d\d\b)\d{1,4}[A-Z]?$")


def _numbered_series_after_italic(item: Item, rest: str, after: str, one_italic: bool) -> bool:
    """``*Il Sanmarino*. Arte e Archeologia. Studi e Documenti 30. Florence: Olschki, 2007.``: a name in roman
    type with its number, a sentence after a book's italic title and before its imprint, is the book's
    series (Chicago italicises a book's title and a journal's, never a series'); no "In" opens it and no
    volume, issue or pages follow it, as they would a journal's or a book's a chapter is in."""
    joined = _JOIN.match(after)
    if one_italic or not after.startswith(". ") or joined is None or joined.group().strip(" .,;:"):
        return False
    if not ({"publisher", "publisher-place"} <= set(item)) or {"volume", "issue", "page"} & set(item):
        return False
    return _SERIES_NUMBER.search(rest) is not None


# a book's publisher right before its year, after the italic title and a comma: "*Caravaggio: A Life*, Farrar,
# Straus and Giroux, 1999", "*Title*, Phaidon (1998)" (a periodical would bring its numbers or italics of its own)
_YEAR_NEXT = lazy_pattern(r"^\s*(?:,\s*|\(\s*)(?:1[5-9]|20)\d\d\b(?!\s*[-–/]\s*\d)")
_PERIODICAL_WORD = lazy_pattern(
    r"(?i)\b(?:advances|proceedings|conference|symposium|workshop|journal|review|transactions|letters|annals"
    r"|bulletin|quarterly|magazine|newsletter|times|gazette)\b"
)


def _publisher_after_italic(item: Item, rest: str, sep: str, source: str, one_italic: bool) -> bool:
    if sep != "," or one_italic or {"volume", "issue", "publisher"} & set(item) or is_place(rest):
        return False
    if _PERIODICAL_WORD.search(rest):
        return False
    at = source.find(rest)
    return at >= 0 and _YEAR_NEXT.match(source[at + len(rest) :]) is not None


# the issue in the bracket after the container's name, as Italian notes write it: "*Informatica e diritto*
# (Fascicolo 1-2, 2011)", the year read apart
_BRACKETED_ISSUE = lazy_pattern(
    r"^(?P<name>.+?)\s*\(\s*(?:fascicolo|fasc\.|numero|heft|issue)\s+(?P<issue>\d{1,3}(?:\s*[-–/]\s*\d{1,3})?)\s*,?$",
    re.I,
)


def _issue_after_container(item: Item, rest: str) -> None:
    m = _BRACKETED_ISSUE.match(rest)
    if m is not None and "issue" not in item:
        item["container-title"] = m.group("name")
        item["issue"] = m.group("issue")


_ORG_WORDS = (
    r"Organi[sz]ation|University|Institute|Institution|Association|Cent(?:er|re)|Council|Agency|Department"
    r"|Bureau|Society|Foundation|Commission|Committee|Ministry|Office|Developers|Team|Consortium"
    # a software project's collective: "The JAX authors", "JuliaHEP authors", "NumPy contributors"
    r"|[Aa]uthors|[Cc]ontributors|developers"
    r"|Corporation|Company|Inc|Ltd|Group|Administration|Service|Board|Academy|Fund|Bank|Union"
    r"|Network|Commons|Thesaurus|Dictionary|Encyclop\w+|Heritage|Archives|Gallery|Initiative"
)
# "World Health Organization. Global report …", "The University of Texas at Austin. Statistics …": capitalised
# words with an organisation word, then a period
_ORG_AUTHOR = lazy_pattern(
    r"^(?P<org>(?:[A-Z][\w&'’.-]*\s+|of\s+|the\s+|and\s+|for\s+|&\s+)*?"
    rf"(?:{_ORG_WORDS})\b(?:(?:\s+(?:of|for|at)(?:\s+[A-Z][\w'-]*)+)+|(?:\s+[A-Z][\w'-]+){{1,2}})?"
    r"(?:\s+\([A-Z]{2,10}\))?)\.\s+"
)
_LEAD_DATE = lazy_pattern(r"^[\s.,]*(?:n\.\s?d\.|\(?\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\s*\)?)[\s.,]*", re.I)


def organisation_author(item: Item) -> None:
    """A reference opening with an organisation's name and a period, read with no author."""
    if any(item.get(v) for v in ("author", "editor")):
        return
    source = source_text(item).strip()
    m = _ORG_AUTHOR.match(source)
    if not m or len(m.group("org").split()) > 10:
        return
    org = m.group("org")
    head, stop, body = org.rpartition(". ")
    if stop and item.get("publisher") == body and item.get("title") == head:
        return  # "TypeScript Handbook. Microsoft Corporation.": a name read apart from its body, no author
    for var in ("title", "publisher", "container-title"):
        v = str(item.get(var, ""))
        if v.startswith(org) and len(v) > len(org) + 1 and not v[len(org) : len(org) + 1].isalnum():
            rest = strip_value(_LEAD_DATE.sub("", v[len(org) :].lstrip(". ")))
            if sum(rest.count(q) for q in '"“”') == 1:
                rest = rest.strip('"“” ')  # the closing quote stayed outside the span
            if rest:
                item[var] = rest
            else:
                del item[var]
    item["author"] = [{"literal": org}]


_ABBREVIATED = lazy_pattern(r"\b[A-Z][a-z]{0,5}\.")


def abbreviated_journal(item: Item) -> None:
    """``E. Post, *Bull. Amer. Math. Soc.*, **52**, 1946, p. 264``: an article cited by its journal alone
    (no article title, as older styles do); the italic abbreviated name read as the title is the journal."""
    title = str(item.get("title", ""))
    if "container-title" in item or "volume" not in item or len(_ABBREVIATED.findall(title + ".")) < 2:
        return
    if "publisher" in item:  # a journal cited alone names no imprint: "*D. Martin Luther. Werke*, vol. 7, Weimar"
        return
    source = mark_italics(source_text(item))
    m = _ITALIC.search(source)
    if m and strip_value(m.group(1)).rstrip(".") == title.rstrip("."):
        item["container-title"] = container_value(m.group(1), journal=True) or title
        del item["title"]
        item["type"] = "article-journal"


def family_names_alone(item: Item, spans: list[Span]) -> None:
    """``Martyna, Tuckerman, Tobias, Klein, Mol Phys, 87, 1117.``: an article cited by its journal alone (no
    title), its names a list of family names written alone and closed by a comma before the journal
    (``normalisers.names.bare_family_list``), read as ``Family, Given`` pairs: a list that names no title writes
    initials where it gives a name, so the words are all family names."""
    if "title" in item or "container-title" not in item or not isinstance(item.get("author"), list):
        return
    names = [s for s in spans if s.label == "author"]
    if len(names) != 1 or any("given" not in n for n in item["author"]) or not names[0].text.rstrip().endswith(","):
        return
    persons = bare_family_list(names[0].text)
    if persons is not None:
        item["author"] = persons


def chinese_order_opening(item: Item, spans: list[Span]) -> None:
    """Chicago 18's ``Liu Xinwu. *The Wedding Party*. Translated by …``: a bibliography entry opening on a Chinese
    name with no comma writes it in its own order, the family first (CMOS 13.75), where every other first name is
    inverted with a comma (``readers.chicago.authors.family_first``)."""
    if not spans or spans[0].label != "author" or spans[0].start != 0 or not spans[0].text.rstrip().endswith("."):
        return
    author = item.get("author")
    if not isinstance(author, list) or len(author) != 1:
        return
    person = family_first(spans[0].text)
    if person is not None and author[0].get("family") == person[0].get("given"):
        item["author"] = person


def tidy(item: Item, spans: list[Span]) -> Item:
    """``item`` (assembled from ``spans``) with the touches above, in place."""
    roles(item, spans)
    family_names_alone(item, spans)
    chinese_order_opening(item, spans)
    organisation_author(item)
    italic_title(item)
    quoted_title(item, source_text(item))
    abbreviated_journal(item)
    if not any(s.label in ("container-title", "journal") and in_inside_italics(s.text) for s in spans):
        container(item)
    platform(item)
    page_link(item)
    publisher_place_year(item)
    incunable_year(item)
    part_without_whole(item)
    return stale_flags_dropped(item)


# a printed book's year before 1500 closing its imprint, a link maybe after it: "Augsburg: Johannes Schüssler,
# 1471." (the labeller knows years from 1500 on only, and reads an incunable's as a page or a note)
_INCUNABLE_YEAR = lazy_pattern(r"[,:]\s*(?P<year>14[5-9]\d)\.?(?:\s+(?:<?https?://\S+|doi:\S+))?\s*$")


def incunable_year(item: Item) -> None:
    """An incunable's imprint, ``Venice: Bernardinus Rizus, 1493.``, with its year read as the page or a note:
    a number from 1450 to 1499 closing a book's publication facts, and no other date, is the year it was
    printed."""
    if "issued" in item or (m := _INCUNABLE_YEAR.search(source_text(item))) is None:
        return
    year = m.group("year")
    moved = [var for var in ("page", "note") if str(item.get(var, "")).strip(" .") == year]
    imprint = _PLACE_COLON_PUBLISHER.match(str(item.get("container-title", "")))
    if imprint and not {"publisher", "publisher-place", "volume", "issue"} & set(item) and is_place(imprint["place"]):
        # ("Venice: Bernardinus Rizus" read as a container: the book's town and printer)
        del item["container-title"]
        item["publisher-place"], item["publisher"] = imprint["place"].strip(), imprint["pub"].strip()
        item["type"] = "book"
    if not moved or not ({"publisher", "publisher-place"} & set(item)):
        return
    for var in moved:
        del item[var]
    item["issued"] = {"date-parts": [[int(year)]]}


_PLACE_COLON_PUBLISHER = lazy_pattern(r"^(?P<place>[^:\d]{2,40}):\s*(?P<pub>[^:\d]{2,80})$")


def part_without_whole(item: Item) -> None:
    """A chapter whose container the touches above made its title (``World Health Organization. *Guidelines …*.
    World Health Organization; 2020.``) is the whole book: Zotero would import a book section of no book."""
    if item.get("type") == "chapter" and "container-title" not in item and item.get("title"):
        item["type"] = "book"


def stale_flags_dropped(item: Item) -> Item:
    """(In place.) A later step may have found what assembly missed: its "no title" / "no author" no longer
    hold."""
    if item.get("title"):
        drop_flag(item, NO_TITLE)
    if any(item.get(var) for var in NAME_LABELS):
        drop_flag(item, NO_AUTHOR)
    return item
