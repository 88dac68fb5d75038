"""Journal and container spans -> ``container-title``.

Fields touched: ``container-title``, ``publisher-place``, ``page``; a weblog's or a podcast's name read as the
``publisher``, the ``title``'s last sentence or the last ``author``.

A language biblatex prints before ``In:`` (``eng. In: Cell``), ``In:`` and a leading ``In`` (``Dans``, ``En``,
``Em``, ``Im``) before a capital (``In Handbook of X``) are the
style's words, not the container's; so are ``Proc. of`` never (kept), the
final period (dropped unless it ends an abbreviation such as ``Phys. Rev.``)
and Markdown italics; nor is Chicago's ``(blog)`` after a blog's name; nor is the German
``Jg.`` (Jahrgang) that announces the volume (``ABI Technik Jg. 38``); a book's front-matter pages in roman numerals
after its title (``The meme machine, vii-xvii``) are the pages; nor are the words before a container's italic
name (``In the *Dictionary of National Biography*``, ``in Levine, *Humanism and History*``), nor ``Online at``
before the site a work is read at (``Online at Gutenberg``); a letter's description (``letter to council leaders``)
is its genre, no container.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.input_text import HYPHEN_BREAK
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.normalisers.dates import MONTHS, NO_DATE
from biblio.parse.normalisers.markup import plain
from biblio.parse.normalisers.names import is_initials, parse_names
from biblio.parse.normalisers.publisher import split_place
from biblio.parse.review.lexicon import CLASSES, field_logs, row_of, words_of
from biblio.parse.text import after_each, strip_value
from biblio.records.model import source_text

FIELDS = ("container-title", "publisher-place", "page", "publisher")

# (French "dans" before a journal opens no journal's name: "dans Allgemeine Deutsche Biographie", "dans MDCCC 1800")
_IN_COLON = lazy_pattern(r"^(?:(?:in|en|em|dans|im)\s*:\s*|(?-i:dans)\s+(?=[A-Z\u00c0-\u00de]))", re.I)
# biblatex prints a work's language field before its "In:": "Title". eng. In: Genome Biology 15.12 (PubMed's
# records, as Zotero imports them, say "eng")
_LANGUAGE_BEFORE_IN = lazy_pattern(
    r"^(?:eng|ger|deu|fre|fra|spa|ita|por|rus|dut|nld|swe|pol|jpn|chi|zho|en|de|fr|es|it|pt|ru|nl|english|german|"
    r"french|spanish|italian)\s*\.\s*(?=in\s*:)",
    re.I,
)
# a container (not a journal) span begins with the style's "In": "In Handbook of X", "in the proceedings of"
# (and a stray comma after a lower-case "in": Chicago-like "“Title” in, *Book* (Press, 2004)")
_IN = lazy_pattern(r"^(?:(?:in|en|em|dans|im)\s*:?|(?-i:in),)\s+(?=\S)", re.I)
# German "in: ders., *Book*" (derselbe, dieselbe: the same author) and Latin "idem", "eadem" before the book: the
# article's author named again, no part of the book's title
_SAME_AUTHOR = lazy_pattern(r"^(?:ders|dies|derselbe|dieselbe|dieselben|idem|eadem)\.?,\s+(?=\S)", re.I)
# English notes' "in his *Book*": the author's own book, the pronoun no part of its title
_OWN_BOOK = lazy_pattern(r"^(?:his|her|their)\s+(?=[A-Z*_\"“‘])")
# INSPIRE's "in the proceedings of the Snowmass 2021": its lower-case words, no part of the meeting's name
_INSPIRE_PROCEEDINGS = lazy_pattern(r"^in the proceedings of (?:the )?(?=\w)")
_NAMED = lazy_pattern(r"\b[A-Z]")
# natbib's "In NAACL." read as a journal: "In" before a meeting's acronym is the style's, not the name's
# ("In Vivo", "In Practice" go on in lower case)
_IN_ACRONYM = lazy_pattern(r"^In\s+(?=[A-Z]{2,}[A-Za-z]*(?:[\s@.,-]|$))")
# "ABI Technik Jg." before the volume: the word for the volume, read into the journal
_VOLUME_WORD_END = lazy_pattern(r"[,\s]+(?:Jg|Jahrg|Jahrgang)\.?$")
# "Museum Practice, Issue No. 12", "Texte zur Kunst, Issue Nr. 86": the word for the issue, read into the journal (a
# journal's name goes on after no comma with it)
_ISSUE_WORD_END = lazy_pattern(r",\s*(?:Issue|núm\.?)$")
# long words ISO 4 cuts journals' names to (a short capitalised word after an abbreviated one is cut too; a full
# word, "Matter", or an acronym, "ACM", closes a name whose period is the separator's)
_ISO4_WORDS = (
    r"(?:J|Phys|Chem|Adv|Rev|Lett|Res|Sci|Rep|Commun|Comput|Technol|Recognit|Mater|Hydrol|Intell|Geophys|Astrophys"
    r"|Psychol|Neurosci|Environ|Physiol|Microbiol|Biochem|Pharmacol|Immunol|Syst|Anal|Inf|Biol|Med|Math|Eng|Stud"
    r"|Ser|Bull|Mag|Soc|Acad|Appl|Stat|Econ|Theor|Opt|Mech|Geol|Trans)"
)
# "Phys. Rev. Lett.", "Nat. Commun.": the last period is the abbreviation's when an earlier word is abbreviated too;
# "FEBS J.", "RSC Adv.", "SciPost Phys.": or when the last word is one ISO 4 abbreviates journals' names to
ABBREVIATED_END = lazy_pattern(
    r"(?:\b[^\W\d_]{1,8}\.\s(?:.*\s)?[A-Z][a-z]{1,4}|\S\s" + _ISO4_WORDS + r")\.$"
)
# Chicago's "(blog)" after a blog's name, set inside its italics by some guides ("*Vogue (blog),*"): the
# kind of work, no part of the name (its closing bracket may have gone with the comma after it: "IEEE VIS (blog")
_BLOG_KIND = lazy_pattern(r"(?<=\S)\s*\((?:blog|web\s?log)\)?[\s,.;:]*$", re.I)


def blog_kind_apart(value: str) -> str | None:
    """``Vogue (blog)`` -> ``Vogue``: a container named with Chicago's ``(blog)`` (or an older ``(weblog)``),
    without it; else None."""
    m = _BLOG_KIND.search(value) if "log" in value else None
    return value[: m.start()] if m else None


def in_inside_italics(text: str) -> bool:
    """Whether a span opening on ``In`` closes the italics it opens inside (MLA's ``*In limine Romaniae …*,``: the
    opening mark stands before the span, and ``In`` is the book's own first word, not the style's)."""
    if text[:3] not in ("In ", "in "):
        return False
    end = text.rstrip(" ,;:.")
    return end[-1:] in ("*", "_") and text.count(end[-1]) == 1


def container_value(text: str, journal: bool = False) -> str | None:
    """A container title; ``journal`` spans keep a leading ``In`` (``In Vivo``)."""
    s = plain(text).strip(" ,;:")
    if s.endswith(("[...]", "[…]")):
        s = s[: s.rindex("[")].rstrip()  # ABNT's mark of the words a proceedings' title leaves out
    if s[:2] == ". ":
        s = s[2:]  # the full stop that closed the names before it ("In: Guimarães, J.; Dodebei, V. *Book*")
    if s[:2] in ("* ", "_ "):
        s = s[2:]  # the closing mark of the italic title before it ("*Title* Proceedings of …")
    if "- " in s:
        s = HYPHEN_BREAK.sub(r"\1-\2", s)
    if "." in s[:8]:
        s = _LANGUAGE_BEFORE_IN.sub("", s)
    if s[:22] == "in the proceedings of " and _NAMED.search(s, 22):
        s = _INSPIRE_PROCEEDINGS.sub("", s)  # INSPIRE's own words before the meeting's (capitalised) name
    if not in_inside_italics(text):
        s = (_IN_COLON if journal else _IN).sub("", s)
    if s[:3] in ("der", "die", "ide", "Der", "Die", "Ide"):
        s = _SAME_AUTHOR.sub("", s)
    if s[:4] in ("his ", "her ") or s[:6] == "their ":
        s = _OWN_BOOK.sub("", s)
    if s[:4] == "the " and s[4:16].lower() == "proceedings ":
        s = s[4:]  # "In the Proceedings of ICLR": the article belongs to the sentence, not to the proceedings' name
    if journal and s[:3] == "In ":
        s = _IN_ACRONYM.sub("", s)
    if "J" in s:
        s = _VOLUME_WORD_END.sub("", s)
    if "(blog" in s or "log)" in s:
        s = _BLOG_KIND.sub("", s)
    # "*Epidemics Rep*.": a period after the italics is the separator's
    ends_abbrev = bool(ABBREVIATED_END.search(s)) and not text.rstrip(" ,;:").endswith(("*.", "_."))
    v = strip_value(s)
    if ends_abbrev and not v.endswith(".") and s.endswith(v + "."):
        v += "."
    elif v.endswith(".") and "." not in v[:-1] and _LETTER_CLOSES.search(v):
        v = v[:-1]
    return v or None


# NLM's "Singapore Med J.", "Environment and Planning A.": a name that abbreviates with no periods ends on a
# letter, and the period after it closes the field (strip_value keeps it as an initial's)
_LETTER_CLOSES = lazy_pattern(r"\s[A-Z]\.$")


# a special issue named after the journal's name: ", Special Issue on …", ": Special Issue: …", " Special Issue"
_SPECIAL_ISSUE = lazy_pattern(r"(?<=[^\W\d_])\.?(?:\s*[,:])?\s+(?P<issue>Special\s+Issue\b.*)$", re.I)


# front matter's pages in roman numerals after the book's title: "The meme machine, vii-xvii"
_ROMAN_PAGES = lazy_pattern(r"^(?P<book>.*[^\W\d_].*?),\s*(?P<pages>[ivxlc]{1,7}\s*[-–]\s*[ivxlc]{1,7})$")


def roman_pages_apart(item: dict[str, object]) -> None:
    """(In place.) A foreword's ``In Susan Blakemore (ed.), The meme machine, vii-xvii. Oxford University Press.``
    with its pages, in the lower-case roman numerals of a book's front matter, read into the book's title."""
    container = item.get("container-title")
    if isinstance(container, str) and "page" not in item and (m := _ROMAN_PAGES.match(container)):
        item["container-title"], item["page"] = m["book"], m["pages"]


def issue_word_apart(item: dict[str, object]) -> None:
    """(In place.) ``Museum Practice, Issue`` as the journal of ``Museum Practice, Issue No. 12`` (Spanish
    ``*Papel periódico*, núm`` of ``núm. 19``): the word for the issue whose number was read is no part of the
    journal's name (nor German ``Heft``, whose number is the issue)."""
    value = item.get("container-title")
    if (
        isinstance(value, str)
        and value.endswith(("Issue", "núm", "núm."))
        and "issue" in item
        and (m := _ISSUE_WORD_END.search(value))
    ):
        item["container-title"] = value[: m.start()]
    elif isinstance(value, str) and value.endswith(", Heft") and "issue" not in item and "volume" in item:
        # German "*Der Tonwille*, Heft 3, 22–25": the number after "Heft" (a periodical's number) is the issue
        item["container-title"] = value[: -len(", Heft")]
        item["issue"] = item.pop("volume")


def special_issue_apart(item: dict[str, object]) -> None:
    """``IEEE Transactions on Systems, Man, and Cybernetics, Special Issue on Distributed Artificial
    Intelligence`` or ``Rangifer Special Issue`` as a journal article's container: the special issue is a part
    of the journal, not its name, and goes to the note (in place)."""
    value = item.get("container-title")
    if item.get("type") != "article-journal" or not isinstance(value, str) or "pecial" not in value:
        return
    m = _SPECIAL_ISSUE.search(value)
    if m is None or m.start() == 0:
        return
    item["container-title"] = value[: m.start()].rstrip(" ,:")
    issue = m.group("issue").strip(" ,;:")
    note = item.get("note")
    item["note"] = f"{issue}; {note}" if isinstance(note, str) and note else issue


# an article out before its issue, after the journal's name: AIAA's and INFORMS's "AIAA J, Article in Advance",
# "…, ahead of print", "…, Online First", "…, Early View"; Sage's Harvard writes "Online First" after the name with no
# comma ("Urban Studies Online First: 1–20")
_ADVANCE_STATE = lazy_pattern(
    r"(?:\s*[,;]\s*|\s+(?=online\s+first))(?P<state>articles?\s+in\s+advance|(?:(?:online|epub)\s+)?ahead\s+of\s+print|online\s+first"
    r"|early\s+view|advance\s+online\s+publication)\.?$",
    re.I,
)
_ADVANCE_ENDS = ("advance", "print", "first", "view", "publication")


def advance_state_apart(item: dict[str, object]) -> None:
    """(In place.) ``AIAA J, Article in Advance`` as a journal article's container: the article's state
    (out before its issue) is no part of the journal's name and goes to ``status``."""
    value = item.get("container-title")
    if not isinstance(value, str) or not value.rstrip(". ").lower().endswith(_ADVANCE_ENDS):
        return
    m = _ADVANCE_STATE.search(value)
    if m is None or m.start() == 0:
        return
    item["container-title"] = value[: m.start()]
    item.setdefault("status", m["state"])


# the same state in a note, after the journal's name and before the day it came out online: INFORMS's
# "Management Sci., ePub ahead of print September 11, https://…" (read with the journal in the note)
_JOURNAL_THEN_ADVANCE = lazy_pattern(
    r"(?P<journal>[A-Z][^,;()\[\]]{1,80}?)\s*,\s*(?P<state>(?:(?:online|epub)\s+)?ahead\s+of\s+print"
    r"|articles?\s+in\s+advance|advance\s+online\s+publication)"
    r"(?:,?\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2}))?[.,]?",
    re.I,
)


def advance_state_in_note(item: dict[str, Any]) -> None:
    """(In place.) ``Title. Management Sci., ePub ahead of print September 11, https://…`` read with the journal and
    the state as the note: an article out before its issue is the journal's (its ``container-title``), the state its
    ``status`` and the day its date's (in the year read)."""
    note = item.get("note")
    if "container-title" in item or not isinstance(note, str) or "print" not in note and "dvance" not in note:
        return
    m = _JOURNAL_THEN_ADVANCE.fullmatch(note.strip())
    if m is None:
        return
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    month = MONTHS.get(m["month"].lower()) if m["month"] else None
    if m["month"] and month is None:
        return
    del item["note"]
    item["container-title"] = m["journal"].strip()
    item.setdefault("status", m["state"])
    if month is not None and len(parts) == 1 and len(parts[0]) == 1 and isinstance(parts[0][0], int):
        item["issued"] = {"date-parts": [[parts[0][0], month, int(m["day"])]]}
    if item.get("type") in (None, "webpage", "document", "article"):
        item["type"] = "article-journal"


# the meeting's month and year after the proceedings' name and its full stop: Sage's "In: Proceedings of the
# international gear conference 2014. August 2014, Lyon, France: Woodhead Publishing, pp.1078–1088."
_MONTH_YEAR_CLOSING = lazy_pattern(r"(?<=\S)\.\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<year>(?:1[6-9]|20)\d\d)$")


def meeting_date_closing_container(item: dict[str, Any]) -> None:
    """(In place.) A paper's proceedings read with the meeting's ``. August 2014`` after their name, and no date
    read elsewhere: the month and year are the paper's date, no part of the proceedings' name."""
    value = item.get("container-title")
    if "issued" in item or item.get("type") not in ("paper-conference", "chapter") or not isinstance(value, str):
        return
    if not value[-1:].isdigit() or (m := _MONTH_YEAR_CLOSING.search(value)) is None:
        return
    month = MONTHS.get(m["month"].lower())
    if month is None:
        return
    item["container-title"] = value[: m.start()]
    item["issued"] = {"date-parts": [[int(m["year"]), month]]}


_CITY_OPENS = lazy_pattern(r"[*_]?,?\s+\(")
_CITY_CLOSES = lazy_pattern(r"\)[*_,]?\s+[*_]*")


def _city_in_brackets(source: str, container: str, city: str, volume: str) -> bool:
    r"""``re.search(rf"{re.escape(container)}[*_]?,?\s+\({re.escape(city)}\)[*_,]?\s+[*_]*{re.escape(volume)}",
    source)``, with no pattern compiled for each journal."""
    if volume[:1] in ("*", "_") or volume[:1].isspace():  # (where the gap before it could end in two places)
        pattern = rf"{re.escape(container)}[*_]?,?\s+\({re.escape(city)}\)[*_,]?\s+[*_]*{re.escape(volume)}"
        return re.search(pattern, source) is not None
    for opening in after_each(source, container, _CITY_OPENS):
        if source.startswith(city, opening.end()):
            closing = _CITY_CLOSES.match(source, opening.end() + len(city))
            if closing is not None and source.startswith(volume, closing.end()):
                return True
    return False


def bracketed_city_of_journal(item: dict[str, Any]) -> None:
    """(In place.) APS's and older lists' ``*Nature* (London) **409**, 1092`` or ``Journal of Zoology (London)
    12:`` with the city read as the place of publication: a city in brackets right after a journal's name, before
    its volume, tells one journal from another of that name and belongs to the name, as the labelled data keep it."""
    container, place = item.get("container-title"), item.get("publisher-place")
    if item.get("type") != "article-journal" or not isinstance(container, str) or not isinstance(place, str):
        return
    if "publisher" in item or "volume" not in item or "(" in container:
        return
    source = source_text(item)
    volume, city = str(item["volume"]), place.strip("() ")
    if city and _city_in_brackets(source, container, city, volume):
        item["container-title"] = f"{container} ({city})"
        del item["publisher-place"]


# the undated mark opening a site's name: "(n.d.). National Institutes of Health", Harvard's "(no date) Which?"
_UNDATED_OPENING = lazy_pattern(r"^(?:\((?P<words>[^()]{2,12})\)[.,]?|\(?(?P<mark>[^\s()]{2,8})\)?[.,])\s+(?=\S)")


def no_date_is_no_container(item: dict[str, Any]) -> None:
    """(In place.) ``“What Is Social Class?” (n.d.), accessed …`` with the undated mark read as the site a page
    sits on: ``n.d.`` says the work has no date, and names no container; where the site's name follows the mark
    (APA's ``*Title*. (n.d.). National Institutes of Health. Retrieved …``) the name alone is the site."""
    value = item.get("container-title")
    if not isinstance(value, str):
        return
    if NO_DATE.match(value.strip(" ()[],;")):
        del item["container-title"]
    elif (m := _UNDATED_OPENING.match(value)) and NO_DATE.match(m.group("mark") or m.group("words")):
        item["container-title"] = value[m.end() :]


# a company's legal form closing a name: "PeerJ Inc.", "Elsevier Ltd", "Acme GmbH"
_COMPANY = lazy_pattern(r"^\S.*\s(?:Inc|Ltd|LLC|GmbH|Corp)\.?$")
# how much surer the word table must be of a publisher than of a container or a title (natural log)
_HOUSE_MARGIN = 1.5


def _publishing_house(value: str) -> bool:
    """Every word of ``value`` is one the labelled references hold mostly in publishers (``Springer``,
    ``Prentice-Hall``, ``McGraw-Hill``), clearly more than in containers or titles."""
    words = words_of(value)
    logs = field_logs(value)
    if not words or logs is None or len(words) > 4 or any(row_of(w) is None for w in words):
        return False
    publisher = logs[CLASSES.index("publisher")]
    others = (logs[CLASSES.index("container-title")], logs[CLASSES.index("title")])
    return publisher == max(logs) and all(publisher - other >= _HOUSE_MARGIN for other in others)


def _web_page(item: dict[str, Any]) -> bool:
    """The record is a page's: it has an address or an access date, or is dated to the month or the day."""
    issued = item.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    dated_finely = bool(parts and parts[0] and len(parts[0]) > 1)
    return "URL" in item or "accessed" in item or dated_finely


def company_is_publisher(item: dict[str, Any]) -> None:
    """(In place.) ``‘Title’. PeerJ Inc., 22 August 2017.`` or ``"Title", Springer, 2002.`` with the company
    read as the container: a name closed by its legal form, or a publishing house's name, publishes the work and
    contains none, unless the reference sets it in italics (the magazine ``*Inc.*``) or gives it a volume or an
    issue (or, for a legal form only, pages: a house's book is cited at its pages, ``Prentice-Hall, 1999, pp.
    468-471``). A house's name is taken only where the reference is no web page's (no address, no access
    date, no day): a page's site or owner named after its title stays where it was read."""
    value = item.get("container-title")
    if not isinstance(value, str) or "publisher" in item:
        return
    # a firm's name in brackets after the title ("Title" (Kagaku Kogyo Co., Ltd.), pp. 286-289) is its imprint,
    # cited at its pages
    bracketed = value.startswith("(") and value.endswith(")") and value.count("(") == 1
    if bracketed:
        value = value[1:-1].strip()
    company = bool(_COMPANY.match(value))
    if bracketed and not company:
        return
    # a page's site or owner (an address, an access date, a day of publication) is left as read: the
    # references disagree on it
    if not company and (_web_page(item) or not _publishing_house(value)):
        return
    # a season dates a periodical's issue ("British Columbia Magazine, Spring 2003"), never a house's book
    if not company and isinstance(issued := item.get("issued"), dict) and "season" in issued:
        return
    # a name after "In" is the proceedings or book the work is in (acm.bst's "In WWW (2017), pp. 173–182."),
    # whatever houses share it
    if not company and f"In {value}" in source_text(item):
        return
    numbers = ("volume", "issue", "page") if company and not bracketed else ("volume", "issue")
    if any(var in item for var in numbers) or f"*{value}" in source_text(item):
        return
    # the ACS's "Rowman & Littlefield International: London": the imprint's place after its colon
    place, publisher = split_place(value) if ":" in value and "publisher-place" not in item else (None, None)
    item["publisher"] = publisher if place and publisher else value
    if place and publisher:
        item["publisher-place"] = place
    del item["container-title"]


# the word that introduces the site a web page is taken from: "From MathWorld--A Wolfram Web Resource."
_FROM_SITE = lazy_pattern(r"^From\s+(?=[A-Z])")


def site_after_from(item: dict[str, Any]) -> None:
    """(In place.) ``"Gamma Distribution." From MathWorld--A Wolfram Web Resource. URL``: the site a page is
    taken from, introduced by ``From`` (as MathWorld and Wikipedia print their pages' citations), is named without
    the word; only for a page with its address and no volume, issue, pages or editors (a book titled ``From …``
    keeps its word)."""
    value = item.get("container-title")
    if not isinstance(value, str) or "URL" not in item:
        return
    if any(var in item for var in ("volume", "issue", "page", "editor")):
        return
    if m := _FROM_SITE.match(value):
        item["container-title"] = value[m.end() :]


# the end of a bracketed description read into the next field: "[Tweet], Greta Thunberg" read as "Tweet], Greta
# Thunberg"
_DESCRIPTION_END = lazy_pattern(r"^\[?(?P<kind>[^\[\]]{1,40})\]\s*[,.]?\s+(?=\S)")


def description_end_apart(item: dict[str, Any]) -> None:
    """(In place.) ``'Title' [Tweet], Greta Thunberg, accessed …`` or ``Title [Album], Spotify website, …`` with the
    end of the bracketed description read into the site or the publisher: the bracket's words are the work's
    ``genre``, the name after them the site (the ``container-title`` of a page with an address or an access
    date, where it was read as the publisher and there is no container)."""
    source = source_text(item)
    if "]" not in source:
        return
    for var in ("container-title", "publisher"):
        value = item.get(var)
        if not isinstance(value, str) or "]" not in value:
            continue
        m = _DESCRIPTION_END.match(value)
        if m is None or f"[{m.group('kind')}]" not in source:
            continue
        rest = value[m.end() :]
        item.setdefault("genre", m.group("kind").strip())
        if var == "publisher" and "container-title" not in item and ("URL" in item or "accessed" in item):
            del item["publisher"]
            var = "container-title"
        item[var] = rest
        return


# lower case: a capital "Magazine" may be the name's own word, marked short ("*Smithsonian* Magazine")
_MAGAZINE_WORD = lazy_pattern(r"\s+magazine$")


def magazine_word_apart(item: dict[str, Any]) -> None:
    """(In place.) ``*Runner's World* magazine``: the word after the periodical's italic name says what it is and is
    no part of the name (``*Smithsonian Magazine*`` keeps its word inside the marks)."""
    value = item.get("container-title")
    if not isinstance(value, str) or not (m := _MAGAZINE_WORD.search(value)):
        return
    name, source = value[: m.start()], source_text(item)
    word = m.group().strip()
    if f"*{name}* {word}" in source or f"_{name}_ {word}" in source:
        item["container-title"] = name


# the Australian Government Style Manual's site after a page's title: "*Title*, ZDNet website, accessed 9 December
# 2021. URL" (RMIT Harvard, AGPS guides)
_SITE_WORD = lazy_pattern(r"\s+website$", re.I)


def site_named_website(item: dict[str, Any]) -> None:
    """(In place.) The Style Manual's ``*Title*, ZDNet website, accessed 9 December 2021. URL``: the site a page,
    data set or release sits on is named with the word ``website`` before its access date; the site is the
    ``container-title``, without the word, whether read as the container or (with none) the publisher. Only
    where the text has the form ``… website, accessed`` (``KDE-printing website. Retrieved …`` keeps its word)."""
    source = source_text(item)
    if "website, accessed" not in source:
        return
    for var in ("container-title", "publisher"):
        value = item.get(var)
        if not isinstance(value, str) or not (m := _SITE_WORD.search(value)) or f"{value}, accessed" not in source:
            continue
        if var == "publisher" and "container-title" in item:
            return
        del item[var]
        item["container-title"] = value[: m.start()]
        return


# the book a quoted chapter sits in, left as the note: 'in "Probability, Random Variables and …"'
_QUOTED_BOOK_NOTE = lazy_pattern(r"^[Ii]n\s+[\"\u201c](?P<book>[^\"\u201c\u201d]+?)[,.]?[\"\u201d][,.;]?$")


def quoted_book_in_note(item: dict[str, Any]) -> None:
    """(In place.) ``"Central Limit Theorem" in "Probability, Random Variables and Random Signal Principles", 4th
    ed.`` with the book's quoted title left as the note: the quoted title after ``in`` is the container of the
    quoted chapter before it."""
    note = item.get("note")
    if not isinstance(note, str) or "container-title" in item or not (m := _QUOTED_BOOK_NOTE.match(note.strip())):
        return
    item["container-title"] = m["book"]
    del item["note"]
    if item.get("type") == "book":
        item["type"] = "chapter"


# a quoted title's container after "in", with no mark of its own, left as the note: "‘Title’ in Rivista d’Arte, 1933,
# pp. 244-248", "‘Title’ in Scritti in onore di R. Renier, Torino 1912" (a name of words, no number)
# (a stray comma after the "in" too: "“Title” in, *Book* (Press, 2004)")
_IN_NAME_NOTE = lazy_pattern(r"^[Ii]n,?\s+(?P<name>[A-Z][^\d:;()\[\]\u201c\u201d\u2018\"]{2,150}?)\.?$")
_CLOSING_QUOTES = ("\u2019 in ", "\u201d in ", '" in ', "' in ", "\u201d in, ", '" in, ')


def in_container_note(item: dict[str, Any]) -> None:
    """(In place.) ``Name: ‘Title’ in Journal, 1933, pp. 244-248`` with the words after ``in`` left as a note: right
    after the quoted title, they name the journal or book the work is in."""
    note = item.get("note")
    if not isinstance(note, str) or "container-title" in item or not item.get("title"):
        return
    m = _IN_NAME_NOTE.match(note.strip())
    if m is None:
        return
    source = source_text(item)
    # (the name may keep its italics' mark in the source: "” in, *Book*")
    if not any(f"{quote}{m['name']}" in source or f"{quote}*{m['name']}*" in source for quote in _CLOSING_QUOTES):
        return
    item["container-title"] = m["name"].strip()
    del item["note"]
    if item.get("type") in ("document", "book", None):
        item["type"] = "chapter" if item.get("publisher-place") or item.get("publisher") else "article-journal"


# a Spanish note's book after "en", right after the quoted chapter's closing quote and comma: '"Título", en *Libro*,
# ed. …' (the name left as the note, or read into the container with its "en")
_EN_NAME = lazy_pattern(r"^en\s+(?P<name>[^\W\d_][^()\[\]]{2,250}?)[,.]?$")
_QUOTE_COMMA = ("\u201d, en ", '", en ', "\u00bb, en ", ',\u201d en ', '," en ')


def spanish_in_container(item: dict[str, Any]) -> None:
    """(In place.) A Spanish note's ``"Título", en *Libro*, ed. Name (Lugar: Editorial, 2004), 3-9`` with the book
    left as the note or read as the container with its ``en``: after the quoted chapter, the words after ``en``
    name the book (or journal) it is in."""
    source = source_text(item)
    if ", en " not in source and '" en ' not in source and "\u201d en " not in source:
        return
    for var in ("container-title", "note"):
        value = item.get(var)
        if not isinstance(value, str) or not value.startswith("en ") or not (m := _EN_NAME.match(value.strip())):
            continue
        if var == "note" and "container-title" in item:
            return
        name = m["name"].strip()
        if not any(f"{quote}{name}" in source or f"{quote}*{name}" in source for quote in _QUOTE_COMMA):
            return
        item.pop(var)
        item["container-title"] = name
        if item.get("type") in ("book", "article-journal", "document", None) and (
            "editor" in item or "publisher" in item or "publisher-place" in item
        ):
            item["type"] = "chapter"
        return


# the words a note sets before the italic name of its container: an article ("In the *Dictionary of National
# Biography*") or the book's author named again ("in Levine, *Humanism and History*")
_SPACES_MARK = lazy_pattern(r"\s+[*_]")
_LEAD_WORDS = lazy_pattern(r"^(?P<lead>the|an?|[A-Z][^\W\d_]+(?:['\u2019-][^\W\d_]+)*,)\s+(?P<name>\S.*)$")


def words_before_italic_container(item: dict[str, Any]) -> None:
    """(In place.) ``In the *Dictionary of National Biography*`` or Chicago's ``in Levine, *Humanism and
    History*`` (a chapter in a book of its own author) with the words before the italics read into the
    container's name: the italic run is the name; a surname before it is one of the work's authors."""
    value = item.get("container-title")
    m = _LEAD_WORDS.match(value) if isinstance(value, str) and " " in value else None
    if m is None:
        return
    lead, name = m.group("lead"), m.group("name")
    source = source_text(item)
    if lead.endswith(","):
        families = {n.get("family") for n in item.get("author", []) if isinstance(n, dict)}
        # (or the book's own author, another: the SEP's "“Notes to Book A”, in Aristotle, *Prior Analytics*, R. Smith
        # (ed.)", "in Descartes, *Œuvres Philosophiques*")
        if lead[:-1] not in families and f" in {lead} " not in source and f"In {lead} " not in source:
            return
    # re.search(rf"(?<![\w*_]){re.escape(lead)}\s+[*_]{re.escape(name)}[*_]", source), no pattern per name
    for mark in after_each(source, lead, _SPACES_MARK, not_after="*_"):
        end = mark.end() + len(name)
        if source.startswith(name, mark.end()) and source[end : end + 1] in ("*", "_"):
            item["container-title"] = name
            return


# the book's author named after its italic title: "in *Between Dog and Wolf* by Sasha Sokolov" (a given name and one
# to three capitalised words, initials allowed)
_BY_AUTHOR = lazy_pattern(
    r"^(?P<name>.*\S)\s+by\s+"
    r"(?P<author>[A-Z][a-z\u00c0-\u024f'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z\u00c0-\u024f'\u2019-]+)){1,3})$"
)


def author_after_italic_container(item: dict[str, Any]) -> None:
    """(In place.) Chicago's ``"Annotations," in *Between Dog and Wolf* by Sasha Sokolov. New York: …`` with the
    book's own author read into its name: the italic run is the name, the words after ``by`` its author."""
    value = item.get("container-title")
    m = _BY_AUTHOR.match(value) if isinstance(value, str) and " by " in value else None
    if m is None:
        return
    name, author = m.group("name"), m.group("author")
    source = source_text(item)
    if f"*{name}* by {author}" not in source and f"_{name}_ by {author}" not in source:
        return
    item["container-title"] = name
    if "container-author" not in item:
        given, _, family = author.rpartition(" ")
        item["container-author"] = [{"family": family, "given": given}]


# the words that name where a copy of the work is read online: "Online at Gutenberg", "Online at the London Review
# of Books (subscribers only)"
_ONLINE_AT = lazy_pattern(
    r"^(?:(?:Published|Available)\s+)?[Oo]nline\s+at\s+(?:the\s+)?(?P<site>[^()]+?)(?:\s*\([^()]*\))?$"
)


def online_host_apart(item: dict[str, Any]) -> None:
    """(In place.) Wikipedia's hand-written ``*Memoirs*. Online at Gutenberg. Retrieved 20 November 2009.`` with the
    words read into the container, or ``*Cromohs* 1 (1996). Online at the Università degli Studi di Firenze.`` read
    as the publisher: the site a work is read at is its container when it has none, and no publisher."""
    for var in ("container-title", "publisher"):
        value = item.get(var)
        m = _ONLINE_AT.match(value) if isinstance(value, str) and "nline at" in value else None
        if m is None:
            continue
        del item[var]
        if "container-title" not in item:
            item["container-title"] = m.group("site").strip(" .,")


# Harvard's bracket of medium before the outlet and its year, after the title's stop: "Title. [Online] Wikipedia,
# 2022. Available at: …"
_ONLINE_OUTLET = lazy_pattern(
    r"[.?!]\s+\[Online\]\s+(?P<name>[^\W\d_][^,.\[\]]{1,80}),\s+(?P<year>(?:1[5-9]|20)\d\d)\b"
)


def online_outlet_apart(item: dict[str, Any]) -> None:
    """(In place.) ``Title. [Online] Wikipedia, 2022.`` or ``[Online] Journal of …, 2020.`` with the outlet read as a
    publisher (or the year after it as the journal's volume, the bracket's word as the genre): the name after the
    bracket is the site or journal holding the work, its year the date, and ``Online`` names no kind of work."""
    source = source_text(item)
    if "[Online] " not in source or not (m := _ONLINE_OUTLET.search(source)):
        return
    name, year = m.group("name").strip(), m.group("year")
    publisher = item.get("publisher")
    if publisher in (name, None) and "container-title" not in item and "publisher-place" not in item:
        if PUBLISHER_WORD.search(name):
            return  # "[Online] Oxford University Press, 2015": a firm publishes the book
        if item.get("note") == name:
            del item["note"]  # the outlet left as the note
        elif publisher is None and name in str([v for k, v in item.items() if k != "custom"]):
            return  # read into another field (a title, a name): no reading to add to
        item.pop("publisher", None)
        item["container-title"] = name
        if item.get("type") == "book" and "URL" in item:
            item["type"] = "webpage"
    if item.get("container-title") != name:
        return
    if item.get("volume") == year:
        del item["volume"]
    if str(item.get("genre", "")).strip(" .[]").casefold() == "online":
        del item["genre"]


# a book's editor named after its title, read as a container: "Title. N. J. Kippenhan (Ed.). New York, NY: …",
# "Title. (Ed.) J. E. Smith. London: …"
_ROLE_BESIDE = lazy_pattern(r"\((?:Eds?|eds?|Hrsg|Hg)\.?\)")


def editor_read_as_container(item: dict[str, Any]) -> None:
    """(In place.) A container that is persons' initialled names with a bracketed role beside them in the text
    names the book's editors: the work is the book."""
    container = item.get("container-title")
    source = source_text(item)
    if not isinstance(container, str) or "editor" in item or not source or "(" not in source:
        return
    name = container.strip(" .,")
    at = source.find(name)
    if at < 0 or not (
        _ROLE_BESIDE.match(source, at + len(name) + 1) or _ROLE_BESIDE.search(source[max(0, at - 8) : at])
    ):
        return
    names = parse_names(name)
    if not names or not all(n.get("family") and is_initials(str(n.get("given", ""))) for n in names):
        return
    item["editor"] = names
    del item["container-title"]
    if isinstance(item.get("issue"), str) and item["issue"].strip(" .").lower() in ("ed", "eds"):
        del item["issue"]
    if item.get("type") in ("article-journal", "chapter") and "page" not in item:
        item["type"] = "book"


# the medium Harvard writes after the journal's name: "Nature [online], 435(7042)", NLM's "[Internet]"
_MEDIUM_CLOSING = lazy_pattern(r"\s*\[(?P<medium>online|internet|en ligne|en línea|electronic resource)\]$", re.I)


# Chicago's medium after the programme or outlet: "The New York Times, podcast audio", "…, MP3 audio", "…, video"
_MEDIUM_WORDS_CLOSING = lazy_pattern(
    r",\s+(?P<medium>(?:podcast|MP3|streaming|online)\s+(?:audio|video)|podcast|video|audio recording)$", re.I
)


def medium_closing_container(item: dict[str, Any]) -> None:
    """(In place.) ``Nature [online]`` -> the container ``Nature`` and the medium ``online``; so Chicago's ``The
    Daily, podcast audio``."""
    cont = item.get("container-title")
    if not isinstance(cont, str):
        return
    m = _MEDIUM_CLOSING.search(cont) if cont.endswith("]") else None
    if m is None and cont[-5:].lower() in ("audio", "video", "dcast", "rding"):
        m = _MEDIUM_WORDS_CLOSING.search(cont)
    if m is None:
        return
    if m.start() == 0:
        # "« Title ». [En ligne]. Disponible sur : …": the bracketed medium alone names no container
        if cont.startswith("["):
            del item["container-title"]
            item.setdefault("medium", m.group("medium"))
        return
    item["container-title"] = cont[: m.start()]
    item.setdefault("medium", m.group("medium"))


# MLA 7's medium of publication, a sentence of its own after the date (``… 19 February 2015. Web. URL``, ``…, 1985.
# Print.``): no body publishes under these names
_MEDIUM_WORDS = frozenset(["web", "print", "online", "cd-rom", "dvd"])


def medium_read_as_publisher(item: dict[str, Any]) -> None:
    """(In place.) MLA's ``Web.`` or ``Print.`` read as the publisher: the ``medium``."""
    pub = item.get("publisher")
    if not isinstance(pub, str):
        return
    if pub.strip(" .").casefold() in _MEDIUM_WORDS:
        item.setdefault("medium", item.pop("publisher").strip(" ."))
    elif pub.startswith("[") and (m := _MEDIUM_CLOSING.match(pub)) is not None:
        # French Zotero's "Site. [En ligne]. Disponible sur : …": the bracketed medium publishes nothing
        del item["publisher"]
        item.setdefault("medium", m.group("medium"))


# a book named in quotes, the kind of work after it in brackets: ``in "Building on Gender, …" [Training manual]``
_QUOTED_DESCRIBED = lazy_pattern(
    r"^[\"\u201c](?P<book>[^\"\u201c\u201d\[\]]+)[\"\u201d]\s*\[(?P<kind>[^\[\]]{1,40})\]$"
)


def quoted_container_described(item: dict[str, Any]) -> None:
    """(In place.) ``FAO. (2004). *Chapter* in "Building on Gender, …" [Training manual].`` with the quotes and the
    bracketed description read into the book's name: the name within the quotes is the container, the bracket's
    words the ``genre``."""
    cont = item.get("container-title")
    if not isinstance(cont, str) or not cont.endswith("]") or not (m := _QUOTED_DESCRIBED.match(cont)):
        return
    item["container-title"] = m.group("book").strip()
    item.setdefault("genre", m.group("kind").strip())


# a letter's description after its title, with no outlet after it: "'Title', letter to council leaders, 5 February."
# (a letter to a newspaper's editor is printed in it, and the paper follows: not taken)
_LETTER_DESCRIPTION = lazy_pattern(r"^[Ll]etter\s+to\s+(?!(?:the\s+)?[Ee]ditor)[^\d,.;:()\[\]]{2,60}$")


def letter_description_apart(item: dict[str, Any]) -> None:
    """(In place.) ``Body (2025) 'Title', letter to council leaders, 5 February.`` with the description read as the
    container: a letter is in no container; its description is the ``genre``."""
    cont = item.get("container-title")
    if not isinstance(cont, str) or cont[:1] not in "lL" or not _LETTER_DESCRIPTION.match(cont):
        return
    del item["container-title"]
    item.setdefault("genre", cont)
    item["type"] = "personal_communication"


# a publisher's acronym closing the container after a full stop: "World Social Science Report 2016. ISSC", "…
# Applications 2014. SPIE" (not a journal's abbreviated words, "Proc. SPIE", whose stop closes an abbreviation)
ACRONYM_CLOSING = lazy_pattern(r"(?:\b[a-z]{4,}|\b\d{4})\.\s+(?P<acronym>[A-Z]{2,6})$")


def acronym_closing(text: str) -> re.Match[str] | None:
    """``ACRONYM_CLOSING.search(text)``, where the capital it closes on closes the text (a look first: the pattern
    is tried at every place)."""
    return ACRONYM_CLOSING.search(text) if "A" <= text.rstrip("\n")[-1:] <= "Z" else None


def acronym_closing_container(item: dict[str, Any]) -> None:
    """(In place.) ``*Chapter*. World Social Science Report 2016. ISSC. URL`` with the publisher's acronym read into
    the book's name: where the record has no publisher, the acronym is the publisher."""
    cont = item.get("container-title")
    if "publisher" in item or not isinstance(cont, str):
        return
    if not (m := acronym_closing(cont.rstrip(" ."))):
        return
    item["container-title"] = cont[: m.start("acronym")].rstrip(" .")
    item["publisher"] = m.group("acronym")


# a page's title as the browser shows it, the site after a spaced dash or a bar, opening the reference (no author):
# "Python (programming language) — Wikipedia. Retrieved …", "Learn Python in one hour - YouTube. https://…"
_PAGE_THEN_SITE = lazy_pattern(
    r"(?P<head>[^.\s][^.]*?)\s+[-\u2013\u2014|]\s+(?P<site>[A-Z0-9][^.()\[\]]{0,60}?)"
    r"(?:\s*\((?:\d{4}|n\.d\.?)[^)]{0,20}\))?\.?(?:\s+(?=Retrieved|Accessed|Available|https?://|www\.)|\s*$)"
)
# the page's site closing the title after a full stop: "Lo-fi beats to study to. Spotify" (an address on its host)
_SENTENCE_THEN_SITE = lazy_pattern(r"(?P<head>.+[^\s.])\.\s+(?P<site>[A-Z0-9][\w&'’ -]{1,40})")
# a date's bracket in the head, a year or a no-date mark in any of the lists' languages ("(2004)", "(no date)",
# "(n.d.)", "(z.d.)", "(s.f.)"): names and their date before the title, no page's browser title
_BRACKETED_YEAR = lazy_pattern(r"\((?:\d{4}[a-z]?|n\.\s?d\.?|no date|undated|[szo]\.\s?[dfJ]\.?)\)")
_WIKI = lazy_pattern(r"\bWiki(?:pedia|a|books|source)?\b|\bFandom\b")
_VIDEO_SITES = frozenset(["youtube", "vimeo", "tiktok", "dailymotion", "twitch"])
_HOST = lazy_pattern(r"^(?:https?://)?([^/\s?#]+)", re.I)
_NAME_WORD = lazy_pattern(r"[^\W_]+")


def _site_of_host(site: str, url: str) -> bool:
    """Whether ``site`` names the host of ``url``: its words run together, or each of them, in the host's
    (``W3Schools`` on ``www.w3schools.com``, ``Purdue OWL`` on ``owl.purdue.edu``)."""
    m = _HOST.match(url)
    if m is None:
        return False
    host = m.group(1).lower()
    words = [w.lower() for w in _NAME_WORD.findall(site)]
    return bool(words) and ("".join(words) in host.replace("-", "") or all(len(w) > 1 and w in host for w in words))


# a site named as a weblog or a podcast: "OpenSSF Blog", "Jason Heppler Weblog", "inSocialWork Podcast Series"
_BLOG_SITE = r"(?:[\w&'’:-]+\s+){1,5}(?:Weblog|Blog|Podcast)(?:\s+Series)?"
_BLOG_NAME = lazy_pattern(_BLOG_SITE)
# the same name closing the title after its full stop: "Episode 132 - …. inSocialWork Podcast Series"
# (or after its comma, the site's name then capitalised: "Building a parser, Acme Engineering Blog")
_TITLE_THEN_BLOG = lazy_pattern(rf"(?P<head>.+[^\s.,])(?P<stop>[.,])\s+(?P<site>{_BLOG_SITE})")
_BLOG_WORDS = frozenset(["Weblog", "Blog", "Podcast"])


def blog_site_apart(item: dict[str, Any]) -> None:
    """(In place.) A post's weblog or an episode's podcast named after the title (``…, OpenSSF Blog``, ``‘Title’. Jason
    Heppler Weblog, July 2024.``, ``Title. inSocialWork Podcast Series.``) read as the publisher, a last author or
    the title's last sentence or part: the site is the ``container-title``."""
    if "container-title" in item:
        return
    publisher, title = item.get("publisher"), item.get("title")
    if isinstance(publisher, str) and "publisher-place" not in item and _BLOG_NAME.fullmatch(publisher.strip()):
        item["container-title"] = item.pop("publisher").strip()
        return
    if isinstance(title, str) and (m := _TITLE_THEN_BLOG.fullmatch(title.strip())) is not None:
        if m["stop"] == "." or m["site"][:1].isupper():
            item["title"], item["container-title"] = m["head"], m["site"]
        return
    names = item.get("author")
    if not isinstance(names, list) or len(names) < 2 or not isinstance(title, str):
        return
    last = names[-1]
    if not isinstance(last, dict) or last.get("family") not in _BLOG_WORDS or not last.get("given"):
        return
    site = f"{last['given']} {last['family']}"
    source = source_text(item)
    at = source.find(title)
    if at >= 0 and source.find(site, at + len(title)) >= 0:
        item["author"] = names[:-1]  # "‘Title’. Jason Heppler Weblog, July 2024.": the site after the title
        item["container-title"] = site


def site_closing_page_title(item: dict[str, Any]) -> None:
    """(In place.) A web page cited by the title its browser shows (``Python (programming language) — Wikipedia.
    Retrieved …``, ``Learn Python in one hour - YouTube. https://…``) or with the site after the title's full stop
    (``Lo-fi beats to study to. Spotify. https://…``), read with the site in the title or the title's words as
    names: the words before the site are the title, the site the ``container-title``, where the site names the
    address's host or is a wiki."""
    url = item.get("URL")
    source = source_text(item)
    if not isinstance(url, str) or not source:
        return
    if "issued" not in item and ("container-title" not in item or "title" not in item):
        _undated_title_then_body(item, url, source)
    if "container-title" not in item and ". " in str(item.get("title", "")):
        _site_after_sentence(item, url)
    if not (" - " in source or " \u2013 " in source or " \u2014 " in source or " | " in source):
        return
    m = _PAGE_THEN_SITE.match(source)
    if m is None or _BRACKETED_YEAR.search(m["head"]):
        if m is None and "issued" not in item and (last := _PAGE_THEN_LAST_SITE.fullmatch(source)) is not None:
            _site_closing_bare_page(item, url, last)
        return  # "Mean Girls (2004) - IMDb", "SampleFocus (no date) Title | Site": a dated head, the readers' own
    if m["head"].count("*") % 2 or m["head"].count("_") % 2:
        return  # "*Title | Site*": the italics hold the site, the page's whole title
    head, site = m["head"].strip(" *_"), m["site"].strip(" *_")
    if not (_site_of_host(site, url) or _WIKI.search(site)):
        if "issued" not in item and (last := _PAGE_THEN_LAST_SITE.fullmatch(source)) is not None:
            _site_closing_bare_page(item, url, last)
        return
    names = item.get("author")
    if names and not all(
        str(n.get("literal") or n.get("family") or "") in head for n in names if isinstance(n, dict)
    ):
        return  # a person's name before the title
    item.pop("author", None)
    item["title"], item["container-title"] = head, site
    if item.get("publisher") == site:
        del item["publisher"]
    if _WIKI.search(site):
        item["type"] = "entry-encyclopedia"
    elif site.lower() in _VIDEO_SITES:
        item["type"] = "motion_picture"
    elif item.get("type") in (None, "post", "document", "article-newspaper", "article-journal"):
        item["type"] = "webpage"


# a page's title as its tab shows it and its address, nothing else: the site after the title's last spaced dash or bar,
# a body's name of capitalised words (its small joining words lower-case) and its abbreviation in brackets ("Lerende
# overheid. Een pleidooi … - Wetenschappelijke Raad voor het Regeringsbeleid (WRR) https://www.wrr.nl/…",
# "Toetsingskader - Digitalisering en wetgeving - Raad van State https://www.raadvanstate.nl/…")
_PAGE_THEN_LAST_SITE = lazy_pattern(
    r"(?P<head>[^\s\[(].*?[^\s.,:;])\s+[-\u2013\u2014|]\s+"
    r"(?P<site>[A-Z][^\W\d_]+(?:\s(?:[A-Z][^\W\d_]+|[a-z]{1,4}))*(?:\s\([A-Z]{2,8}\))?)\s+(?:https?://|www\.)\S+"
)


def _site_closing_bare_page(item: dict[str, Any], url: str, m: re.Match[str]) -> None:
    """``Title - Body's Name https://…`` (a page cited by its tab's title, no date, no names) read with the site in
    the title: the body named in the address's host is the site, the words before its dash the title."""
    head, site = m["head"], m["site"]
    if item.get("author") or item.get("title") != f"{head} {m.group()[m.end('head') : m.start('site')].strip()} {site}":
        return  # (names read, or a title other than the page's whole tab title: another reading's own)
    if not (_site_of_host(site, url) or _body_names_host(site, url)) or head.count("*") % 2 or head.count("_") % 2:
        return
    item["title"], item["container-title"] = head, site
    if item.get("type") in (None, "post", "document", "article-newspaper", "article-journal"):
        item["type"] = "webpage"


# an undated page cited by its title, then the body whose site it is, then the address alone: "Fuel poverty
# overview. Energy Action Scotland. https://www.eas.org.uk/…"
_TITLE_BODY_ADDRESS = lazy_pattern(
    r"(?P<head>[A-Z][^.()\[\]]{2,150}?[^\s.])\.\s+(?P<site>[A-Z][\w&'’ -]{2,60}?)\.?\s+(?:https?://|www\.)\S+$"
)
# a document's word closing a name: a page's or a report's title, no body's name ("Museum Mission Statement")
DOCUMENT_CLOSES = lazy_pattern(
    r"(?i)\b(?:statement|policy|guidelines|guide|report|manual|handbook|overview|factsheet|toolkit|strategy|plan)$"
)
# words too common to tie a body's name to an address
_HOST_FILLER = frozenset(["the", "and", "for", "of", "www", "https", "http", "info", "home", "page", "official"])


def _body_names_host(site: str, url: str) -> bool:
    """Whether the body ``site`` is named in the host of ``url``: a word of four letters or more of its name
    (``Museum`` in ``metmuseum.org``, ``Wellcome`` in ``wellcome.org``), or its initials as a label of three letters
    or more (``Energy Action Scotland`` on ``www.eas.org.uk``)."""
    m = _HOST.match(url)
    if m is None:
        return False
    labels = m.group(1).lower().split(".")
    words = [w.lower() for w in _NAME_WORD.findall(site)]
    if any(len(w) >= 4 and w not in _HOST_FILLER and any(w in label for label in labels) for w in words):
        return True
    initials = "".join(w[0] for w in _NAME_WORD.findall(site) if w[:1].isupper())
    if len(initials) >= 3 and initials.lower() in labels:
        return True
    # (or its abbreviation, written in capitals: "Wetenschappelijke Raad voor het Regeringsbeleid (WRR)" on www.wrr.nl)
    return any(len(w) >= 3 and w.isupper() and w.isalpha() and w.lower() in labels for w in _NAME_WORD.findall(site))


def _undated_title_then_body(item: dict[str, Any], url: str, source: str) -> None:
    """``Museum Mission Statement. The Metropolitain Museum of Art. http://www.metmuseum.org/…`` (no date, no names)
    read with the title as the author or the body run into the title: the first sentence is the title, the body
    named in the address's host the site (the reverse order, the body first, names the host in its first sentence)."""
    m = _TITLE_BODY_ADDRESS.fullmatch(plain(source).strip())
    if m is None:
        return
    head, site = m["head"], m["site"]
    if not _body_names_host(site, url) or item.get("container-title", site) != site:
        return
    # (a first sentence naming the host too is the body, unless a document's word closes it: "Museum Mission
    # Statement")
    if _body_names_host(head, url) and not DOCUMENT_CLOSES.search(head) or item.get("editor"):
        return
    names = item.get("author")
    if names and not (len(names) == 1 and isinstance(names[0], dict) and _name_is_head(names[0], head)):
        return
    item.pop("author", None)
    item["title"], item["container-title"] = head, site
    if item.get("publisher") == site:
        del item["publisher"]
    if item.get("type") in (None, "post", "document", "article-newspaper", "article-journal", "book", "report"):
        item["type"] = "webpage"


def _name_is_head(name: dict[str, Any], head: str) -> bool:
    """Whether the one name read is the first sentence whole: the body's name as written, or a person's name made
    of its words (``Cholesky decomposition. Wikipedia. https://…`` read as given ``Cholesky``, family
    ``decomposition``)."""
    if name.get("literal") == head:
        return True
    words = f"{name.get('given', '')} {name.get('family', '')}".split()
    return "," not in head and sorted(words) == sorted(head.split())


def _site_after_sentence(item: dict[str, Any], url: str) -> None:
    """``Lo-fi beats to study to. Spotify`` read as the title, an address on the site's host: the site apart."""
    m = _SENTENCE_THEN_SITE.fullmatch(str(item["title"]))
    if m is not None and _site_of_host(m["site"], url) and any(len(w) > 2 for w in _NAME_WORD.findall(m["site"])):
        item["title"], item["container-title"] = m["head"], m["site"]


def title_opening_on_in(item: dict[str, Any]) -> None:
    """(In place.) ``BonJour, L., 1998, *In Defense of Pure Reason*, New York: …`` read as a chapter with no title
    in the book ``Defense of Pure Reason``: a record with no title, no editor and no pages whose container follows
    ``In`` inside the italics is a book whose title opens on ``In``."""
    container = item.get("container-title")
    if "title" in item or not isinstance(container, str) or item.get("editor") or item.get("page"):
        return
    source = source_text(item)
    for lead in ("*In ", "_In "):
        at = source.find(lead + container)
        end = at + len(lead) + len(container)
        if at >= 0 and source[end : end + 1] == lead[0]:
            item["title"] = "In " + container
            del item["container-title"]
            if item.get("type") == "chapter":
                item["type"] = "book"
            return


# a periodical's name by the words that open it ("Annual Review of Information Science and Technology", "Journal of
# …"), after the "In" or the title joined to it by " in "; a name opening on "Advances in", "Studies in" or "Research
# in" is one journal's, so the words before " in " must not be such a head
_JOURNAL_HEAD = r"(?:Annual\s+Review\s+of|Journal\s+of|Proceedings\s+of|Transactions\s+(?:of|on))\s"
_IN_JOURNAL_OPENING = lazy_pattern(rf"^In\s+(?={_JOURNAL_HEAD})")
_TITLE_IN_JOURNAL = lazy_pattern(rf"^(?P<title>[A-Z][^,:;.()\[\]]{{2,120}}?)\s+in\s+(?P<journal>{_JOURNAL_HEAD}.+)$")
_SERIES_HEADS = frozenset(["Advances", "Studies", "Research", "Progress", "Topics", "Trends", "Developments"])


def journal_after_in_apart(item: dict[str, Any]) -> None:
    """(In place.) ``Title. In Annual Review of Information Science and Technology 38`` read with the ``In`` in the
    journal's name, or ``Museum Informatics in Annual Review of …`` (no title read) as one journal: ``In`` names no
    journal, and the words before `` in `` a journal's name opens on are the work's title."""
    container = item.get("container-title")
    if not isinstance(container, str) or "n " not in container:
        return
    if m := _IN_JOURNAL_OPENING.match(container):
        item["container-title"] = container[m.end() :]
        return
    if "title" in item or (m := _TITLE_IN_JOURNAL.match(container)) is None:
        return
    if m["title"].split()[0] in _SERIES_HEADS:
        return  # "Advances in Journal …" is no title
    item["title"], item["container-title"] = m["title"], m["journal"]


# after a journal's year with no stop between them (Vancouver's "BMC Public Health 2019. DOI:", "ACS Omega 2017, 2,
# 8982-8989."): the DOI or the volume and pages
# (not a book's count of pages, "1990. 212 S.")
_AFTER_JOURNAL_YEAR = lazy_pattern(r"[.,;]\s*(?:doi\b|\d(?!\d*\s*(?:S\.|pp?\.|pages\b|Seiten\b)))", re.I)


def journal_year_read_as_publisher(item: dict[str, Any]) -> None:
    """(In place.) Vancouver's journal run straight into its year after the title's stop (``… cohort study. BMC
    Pregnancy and Childbirth 2019. DOI:``) read as a book's publisher with no place: a name with no publisher's
    word, followed by its year and then the DOI or the volume, is the journal."""
    name, issued = item.get("publisher"), item.get("issued")
    if (
        item.get("type") != "book"
        or not isinstance(name, str)
        or "," in name
        or any(var in item for var in ("publisher-place", "container-title", "editor", "ISBN"))
        or not isinstance(issued, dict)
        or not (parts := issued.get("date-parts"))
        or PUBLISHER_WORD.search(name)
        or name.lower().endswith(("verlag", "press", "books"))  # "Beuroner Kunstverlag", "Clarendon Press"
    ):
        return
    source = source_text(item)
    held = f"{name} {parts[0][0]}"
    at = source.find(held)
    if at < 2 or source[at - 2 : at] not in (". ", "? ") or not _AFTER_JOURNAL_YEAR.match(source, at + len(held)):
        return
    item["container-title"] = item.pop("publisher")
    item["type"] = "article-journal"
