"""APA orchestrator: identifiers -> date anchor -> authors -> title -> source -> type.

The date parenthetical is the anchor of an APA reference: what precedes it is
the author element, what follows is title then source.  Without that anchor
``parse_apa`` returns None and the caller falls back to a safer parser.
A bare year after a personal-author list (``Family, G. 2011. Title.``, the
Chicago/Harvard author-date shape) is accepted as the same anchor.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.citation_label import number_names_body, number_opens_title
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.film_titles import film_title_first
from biblio.parse.mends.kind_words import CLOSING_KIND
from biblio.parse.mends.series import closing_series
from biblio.parse.normalisers.dates import DateResult, parse_date
from biblio.parse.normalisers.edition import edition_value
from biblio.parse.normalisers.names import (
    PARTICLES,
    closed_by_legal_form,
    has_org_name_word,
    looks_personal,
    parse_names,
)
from biblio.parse.normalisers.places import is_place
from biblio.parse.normalisers.publisher import PUBLISHER_WORDS
from biblio.parse.normalisers.title import is_repository_slug
from biblio.parse.normalisers.types import PREPRINT
from biblio.parse.readers.apa.authors import parse_roles
from biblio.parse.readers.apa.harvard_sites import site_after_title
from biblio.parse.readers.apa.identifiers import extract_identifiers
from biblio.parse.readers.apa.source import (
    ARCHIVE_NAME,
    CONTAINER_WORDS,
    CONTRIBUTOR_PAREN,
    CONTRIBUTOR_VAR,
    PAPER_NUMBER,
    SourcePart,
    _periodical,
    event_fields,
    holding_fields,
    parse_locators,
    parse_source,
    patent_number,
)
from biblio.parse.readers.apa.title import (
    PLATFORM,
    SERIES_AND_NUMBER,
    VERSION_PAREN,
    TitlePart,
    closing_imprint,
    imprint_name,
    parse_title,
    post_title_follows,
)
from biblio.parse.readers.apa.types import access_after_address, bracket_type, infer_type
from biblio.parse.readers.contributors import contributor_fields
from biblio.parse.review.lexicon import hardly_a_name
from biblio.parse.text import (
    IT_CLOSE,
    IT_OPEN,
    clean_space,
    mark_italics,
    sentence_end,
    sentence_units,
    strip_value,
    unmark,
)
from biblio.records.model import (
    NO_AUTHOR,
    NO_TITLE,
    UNCERTAIN_TYPE,
    UNPARSED_REMAINDER,
    Item,
    add_flag,
    biblio_data,
)

_LABEL = lazy_pattern(r"^\s*(?:\[\s*\d{1,4}\s*\]|\(\s*\d{1,4}\s*\)|\d{1,4}\s*[.)](?=\s)|\d{1,4}\s+(?=[A-Z]))\s*")
_SAME_AUTHOR = lazy_pattern(r"^\s*(?:[-\u2010-\u2015_]{2,}|\u2014+)\s*[.,]?\s*")
_DATE_PAREN = lazy_pattern(r"\(([^()]{1,60})\)")
_BARE_YEAR = lazy_pattern(r"(?:(?<=\.)|(?<=,))\s+((?:1[5-9]\d\d|20\d\d)[a-z]?)\s*[.,:]\s+(?=\S)")
# "(318 pp.)" after a book's title: its count of pages
_PAGE_COUNT_PAREN = lazy_pattern(r"(\d{1,5})\s?(?:pp?|pages)\.?")
_EPISODE = lazy_pattern(r"(?:Season\s+\d+,\s*)?Episode\s+\d+|Season\s+\d+", re.I)


# "Title [Editorial]. (2021)": a description in brackets follows a title, never an author (whose
# brackets hold a handle, "[@name]", or an abbreviation, "[NASA]")
_DESCRIBED = lazy_pattern(r"\[[A-Z][a-z]+(?:\s+[\w-]+)*\][.\s]*$")
# "Coronavirus. (2021, February 22). In *Wikipedia*.": nothing but the container follows the date
_ONLY_CONTAINER = lazy_pattern(
    r"^In\s+(?:" + IT_OPEN + r"|(?:the\s+)?(?:[\w.-]+\s+){0,3}(?:Wikipedia|[Dd]ictionary|[Ee]ncyclop(?:a|ae|e)dia)\b"
    # "Vaccination. (2022). In M. T. O’Toole (Ed.), *Mosby’s dictionary*": the book's editors open the source, so
    # no title stands between the date and "In"
    r"|[^()]{2,160}?\((?:Eds?|eds?)\.\),)"
)


# the short words an organisation's name holds in lower case ("Institute of Health and Welfare")
NAME_LINKS = frozenset("of and for the on in at to de del der des du la le van von y e et und & a an".split())


_WORDS = lazy_pattern(r"[^\W\d_][\w'\u2019-]*")


def _sentence_case(plain: str) -> bool:
    """``Budget to link school spending to outcomes``: two or more lower-case words beyond the short
    words that link an organisation's name, as a title in sentence case has and no group's name does."""
    words = _WORDS.findall(plain)
    return len(words) >= 4 and sum(w[0].islower() and w.lower() not in NAME_LINKS for w in words[1:]) >= 2


def _title_in_sentence_case(plain: str) -> bool:
    """``Budget to link school spending to outcomes. (2016, May 2).``: a title in sentence case, closed by
    its full stop, in the author's place; a group's name (``The pandas development team.``) opens or
    closes on the word for its kind of body."""
    words = plain.rstrip(" .").split()
    return (
        len(words) > 1  # (one word, a site's address "www.vic.gov.au.", is the body's name)
        and plain.rstrip().endswith(".")
        and "," not in plain
        and _sentence_case(plain)
        and not has_org_name_word(words[0])
        and (not has_org_name_word(words[-1]) or words[-1] in _REFERENCE_WORK_WORDS)
        and not closed_by_legal_form(plain)  # "JetBrains s.r.o.": a firm, its legal form in lower case
    )


# a reference work's kind in lower case closing a title in sentence case ("Collins COBUILD advanced dictionary."):
# a body's name spells the word with its capital ("Cambridge Dictionary.")
_REFERENCE_WORK_WORDS = frozenset(
    ["dictionary", "encyclopedia", "encyclopaedia", "thesaurus", "atlas", "almanac", "handbook", "manual", "yearbook"]
)


# "World Energy Outlook 2017.", "Bidding Zones Literature Review (p. 14).": a year or a locator closing the element
# before the date is a title's (an edition's year, its pages); a body's name closes on no such number
_YEAR_OR_LOCATOR_CLOSED = lazy_pattern(r"(?:\s(?:1[89]|20)\d\d|\((?:pp?\.|[Vv]ol\.|[Nn]o\.)\s*\d+[^()]*\))\s*\.\s*$")
# a working paper's series, then who issued it, in the closing brackets: "(KIS Working Paper, Kingston University)"
_PAPER_THEN_ISSUER = lazy_pattern(
    r"(?P<kind>(?:[A-Z][\w&-]*\s+){0,4}(?:Working|Discussion|Occasional|Research)\s+Papers?),\s+(?P<issuer>[A-Z][^,]{2,80})"
)
# Cell Press's report: its kind, then the body that issued it alone in brackets, closing the reference
# ("Title. Tech. Rep. (La Jolla Institute for Cognitive Science).")
_KIND_THEN_BRACKETED_ISSUER = lazy_pattern(
    r"(?P<kind>Tech(?:nical)?\.?\s+Rep(?:ort|\.)|(?:Working|Discussion)\s+Paper)\s+\((?P<issuer>[A-Z][^()]{2,100})\)\.?"
)
# a lower-case role word opening the sentence after the year, the names' role: "(1997). edd. The Development …"
_ROLE_AFTER_DATE = lazy_pattern(r"(?:edd|eds)\.\s+(?=[A-Z])")
# "The Qur'an (E. H. Palmer, Trans.).", "The Bhagavad Gita (E. Easwaran, Trans.; 2nd ed.).": a translator named
# in brackets closes a title; an author's own role is bracketed without a name, "Smith, J. (Trans.)."
_NAMED_ROLE_CLOSED = lazy_pattern(r"\([^()]*[A-Z]\.[^()]*,\s*Trans\.[^()]*\)\s*\.?\s*$")
# Zotero's "Title. (2019). [Python]. Owner.": the description of a work cited title first, after its date
_LEADING_DESCRIPTION = lazy_pattern(r"^\[([^\[\]]{1,60})\]\s*\.?\s*")
# "Forecaster — DNV GL.", "Nord Pool APIs - Nord Pool.": a page's title as the browser shows it, its parts
# joined by a spaced dash, which no person's or body's name in the author's place has
_SPACED_DASH = lazy_pattern(r"\s[-\u2013\u2014]\s")


def _page_title(plain: str) -> bool:
    """``Page — Site.`` closed by its full stop in the author's place: a web page's title; a body written as
    its abbreviation and its name (``EPA - Environmental Protection Agency``) is no title."""
    parts = _SPACED_DASH.split(plain.rstrip().rstrip("."))
    if len(parts) < 2 or not plain.rstrip().endswith(".") or "," in plain:
        return False
    if len(parts) == 2:
        short, name = parts[0].strip(), parts[1].strip()
        initials = "".join(w[0] for w in name.split() if w[:1].isupper())
        if short.isupper() and short.replace(".", "") == initials:
            return False
    return True


_CLOSED = lazy_pattern(r"[.?!]\s*$")
# a name list's marks: a comma, an ampersand, "et al.", an initial ("E. Berkowitz et al. (2017), 1704.01114")
_NAME_LIST_MARK = lazy_pattern(r"[,&]|\bet al\b|(?:^|\s)[A-Z]\.(?=\s)")


# a document's word closing the element after the date: the work's own title, no site's name
_DOCUMENT_CLOSED = lazy_pattern(r"\s(?:Report|Handbook|Manual|Guidelines|Factsheet|Toolkit|Strategy)$")


_LETTER = lazy_pattern(r"[^\W\d_]")
_BRACKET_OR_MARK = lazy_pattern(r"[\[\](),:;]")


def _site_after_page(plain: str, post: str) -> bool:
    """``Tabular data standard. (n.d.). GOV.UK.``, ``Standards. (n.d.). The DAISY Consortium.``: one plain element
    between the date and the address, a body's or a site's name, and before the date words in sentence case or
    with no word for a kind of body: the page's title and its site, not a body and its page."""
    site = unmark(post).strip().rstrip(".").strip()
    if not _LETTER.search(site) or _NAME_LIST_MARK.search(plain) or IT_OPEN in post:
        return False
    if ". " in site or _BRACKET_OR_MARK.search(site) or len(site.split()) > 8:
        return False
    if _DOCUMENT_CLOSED.search(site):
        return False  # "Body. (2024). National Diabetes Statistics Report.": the work's title
    if _sentence_case(site):
        # "Environment America. (2025, May 8). Virginia among national leaders in solar energy growth.": a title in
        # sentence case after the date is the page's own, no site's name; the element before it is the body
        return False
    words = plain.rstrip(" .").split()  # (a site's address, ``W3Schools.com.``, is one word)
    if not words or has_org_name_word(plain) or plain.rstrip(" .").isupper():
        return False
    lowered = sum(w[0].islower() and w.lower() not in NAME_LINKS for w in words[1:])
    return (len(words) >= 2 and lowered >= 1) or has_org_name_word(site)


# the host of the first address: "https://en.wikipedia.org/wiki/…" gives "en.wikipedia.org"
_HOST = lazy_pattern(r"https?://(?:www\.)?([^/\s?#]+)")


def _joined_runs(words: list[str]) -> set[str]:
    """Each run of consecutive ``words`` joined in lower case, as a host name writes a name (``Bible Gateway``:
    ``bible``, ``gateway``, ``biblegateway``), runs of four letters or more."""
    low = [w.lower() for w in words]
    runs = {"".join(low[i:j]) for i in range(len(low)) for j in range(i + 1, len(low) + 1)}
    return {r for r in runs if len(r) >= 4}


def _site_named_by_host(plain: str, post: str, source: str) -> bool:
    """``Haversine Formula. (n.d.). Wikipedia. https://en.wikipedia.org/…``, ``Maps. (2014, October 6). Accessibility
    at Penn State. https://accessibility.psu.edu/…``: the one element between the date and the address, a name in
    capitals, is named by the address's host, and the element before the date is not (a body's name is its host's:
    ``Qdrant. (2024). Vector Database Documentation. https://qdrant.tech/…``): the page's title and its site."""
    if "//" not in source or IT_OPEN in post or not _one_short_element(post):
        return False
    site = unmark(post).strip().rstrip(".").strip()
    head = plain.rstrip(" .")
    if _sentence_case(site) or "," in head or _HEAD_NAME_MARK.search(head) or has_org_name_word(head):
        return False
    if (host := _HOST.search(source)) is None:
        return False
    labels = set(host.group(1).lower().split("."))
    head_words = _WORDS.findall(head)
    if not head_words or "".join(head_words).lower() in labels:
        return False
    site_words = _WORDS.findall(site)
    # (a site's name is a name, its words in capitals: "Enterprise attack matrix" is a page's title)
    if any(w[0].islower() and w.lower() not in NAME_LINKS for w in site_words):
        return False
    return bool(_joined_runs(site_words) & labels)


# Cite Them Right's page of no author, "Title (no date) Site Name. Available at: URL": one plain element, the site,
# between the date and the lead-in to the address (the address and its lead-in are cut off before this reading)
_ONE_SITE = lazy_pattern(r"[A-Z][^.()\[\]:;]{1,80}")
# a name list's marks in a head: "et al.", an initial standing alone
_HEAD_NAME_MARK = lazy_pattern(r"\bet al\b|(?:^|\s)[A-Z]\.(?=\s|$)")


# the word after a comma in a head: "Vaccines, how they work", "Diabetes, type 2"; a name list's own words there
_NAME_LIST_WORDS = frozenset(("and", "et", "others", "und", "y", "e"))
_AFTER_COMMA = lazy_pattern(r"\s+(?P<word>[a-z][a-z-]*)\b")


def _title_comma(after: str) -> bool:
    """Whether a comma followed by ``after`` is a title's (``Vaccines, how they work``): a word in lower case
    follows it that no list of names has there (a particle, ``and``, ``et al.``, ``others``)."""
    m = _AFTER_COMMA.match(after)
    return m is not None and m["word"] not in PARTICLES and m["word"] not in _NAME_LIST_WORDS


def _harvard_page_title(plain: str, post: str, source: str) -> bool:
    """``Smoking cessation (no date) Australian Journal of General Practice. Available at: …``: Harvard sets the date
    right after a page's title with no full stop between; an element there with a word in lower case beyond a
    body's linking words, and none of a name list's marks, is the title (no person's or body's name)."""
    head = plain.rstrip()
    site = unmark(post).strip(" .")
    if not head or _CLOSED.search(head) or _ONE_SITE.fullmatch(site) is None:
        return False
    if "," in head and not all(_title_comma(head[i + 1 :]) for i, c in enumerate(head) if c == ","):
        return False
    if f"{site}. Available at" not in source and f"{site}. Available from" not in source:
        return False
    if _HEAD_NAME_MARK.search(head) or has_org_name_word(head):
        return False
    words = head.split()  # (a package's or a handle's name, "@scope/name", is no title of words)
    if len(words) < 2 or "/" in head or "@" in head:
        return False
    return any(w[0].islower() and w.lower() not in NAME_LINKS for w in words[1:])


def _nothing_after_date(pre: str, post: str) -> bool:
    """``Regional Security Coordinators FAQ. (n.d.). URL``: an element closed by its full stop, with none of a name
    list's marks, and nothing but the address after the date, is the title, even where its words could be a family
    name and initials."""
    plain = unmark(pre)
    rest = unmark(post).strip(" .")
    if rest[:1] == "[":
        rest = _MEDIUM_ALONE.sub("", rest)  # Harvard's "Title. (2015, October 03) [online]. Available at: URL"
    if not _CLOSED.search(plain) or rest:
        return False
    if _ACRONYM_ALONE.fullmatch(plain.strip(" .")):
        # "WHO. (2024). Diakses pada … dari URL": a body's initials alone are who wrote it, no title of words
        return False
    if "&" in plain and (pair := _WORD_PAIR.fullmatch(plain.rstrip(" ."))) is not None:
        # "Overweight & Obesity. (2018, June 12). Retrieved from URL": two words no name is made of, no two persons
        return hardly_a_name(pair[1]) and hardly_a_name(pair[2])
    return not _NAME_LIST_MARK.search(plain)


# a body's initials alone: "WHO", "UNICEF", "OECD"
_ACRONYM_ALONE = lazy_pattern(r"[A-Z]{2,8}")
# two capitalised words joined by "&", nothing else
_WORD_PAIR = lazy_pattern(r"([A-Z][a-z]+)\s&\s([A-Z][a-z]+)")


_MEDIUM_ALONE = lazy_pattern(r"^\[\s*(?:online|internet)\s*\]\.?$", re.I)


def _own_title_follows(post: str) -> bool:
    """``UN High level political forum on Sustainable Development. (2018). *2018 HLPF Review of SDG
    implementation: …*``: the work's own title, in italics and in sentence case, follows the date, so the element
    before the date, however many of its words are in lower case, is the body that wrote it (a periodical's name
    in italics, ``*The Washington Post*``, is in title case)."""
    s = post.lstrip(" .")
    end = s.find(IT_CLOSE)
    return s.startswith(IT_OPEN) and end > 0 and _sentence_case(s[1:end])


_MARKED_WHOLE = lazy_pattern(rf"^{IT_OPEN}[^{IT_OPEN}{IT_CLOSE}]+{IT_CLOSE}\.?$")


_TITLE_PUNCTUATION = lazy_pattern(r"[:?!]")


def _title_in_author_place(pre: str, post: str, source: str = "") -> bool:
    """Whether the element before the date of an authorless work is its title (APA 9.12)."""
    plain = unmark(pre)
    if "[" in post and post_title_follows(post.lstrip(" .")):
        # "JSB Class of 2018. (2017, August 31). Don't forget to come [Status update]. Facebook.": the post's own
        # words follow the date, so the element before it names who posted it, a year in a body's name or not
        return False
    return bool(
        # nothing but the address or the access date after the date: a work has a title, so this is it (an
        # element closed by its full stop, as APA closes it, not a title with the date after it)
        _nothing_after_date(pre, post)
        or (_CLOSED.search(plain) and _site_after_page(plain, post))
        or (_CLOSED.search(plain) and _site_named_by_host(plain, post, source))
        or _TITLE_PUNCTUATION.search(plain)
        or _DESCRIBED.search(plain)
        or _ONLY_CONTAINER.match(post)
        or _title_in_sentence_case(plain) and not _own_title_follows(post)
        or _page_title(plain)
        or _harvard_page_title(plain, post, source)
        or "Trans." in plain and _NAMED_ROLE_CLOSED.search(plain) is not None
        or _YEAR_OR_LOCATOR_CLOSED.search(plain) is not None
        or _DOCUMENT_TITLE.search(plain.rstrip(" .")) is not None and _one_short_element(post)
        and not post.lstrip(" .").startswith(IT_OPEN)
        or is_repository_slug(plain.rstrip(" .")) and not _FORUM_USER.fullmatch(plain.rstrip(" ."))
    )


# a report's or a guide's title in the author's place, by its first or last word, which no body's name has:
# "Towards a consumer-centric system.", "Overview of European Electricity Markets (METIS Technical Notes).",
# "… Data Extraction Process Implementation Guide."; a Bible's edition, "NIV Study Bible. (2020). Zondervan."
# (an italic element after the date is the work's own title, so the element before it names who wrote it:
# "Markdown Guide. (2023). *Basic Syntax*.")
_DOCUMENT_TITLE = lazy_pattern(
    r"^(?:Towards?|Overview|Introduction|Understanding|Managing|Improving|Guidelines|Principles)\s"
    r"|\s(?:Guide|Handbook|Manual|Guidelines|Outlook|Roadmap|Toolkit|Notes|Primer|Bible)\)?$"
)


# a sentence of plain words: no number, bracket, quotation or abbreviation's stop
_PLAIN_SENTENCE = lazy_pattern(r"[A-Z][a-z]+(?:,?\s+[A-Za-z][a-z-]*){0,9}")


def _second_sentence_of_title(rest: str, post: str) -> bool:
    """Whether ``rest``, one plain sentence after an authorless title before its date, is the title's own second
    sentence (``Symptoms and causes``): one short element, the site, follows the date; a body's name there is the
    site's own (``Philavax. Philadelphia Immunization Program. (n.d.). Retrieved …``: nothing after the date)."""
    sentence = unmark(rest).strip().rstrip(".")
    if _PLAIN_SENTENCE.fullmatch(sentence) is None or has_org_name_word(sentence):
        return False
    site = unmark(post).strip().rstrip(".").strip()
    return _one_short_element(post) and _ONE_SITE.fullmatch(site) is not None and not _sentence_case(site)


def _body_before_date(rest: str, post: str) -> str:
    """``Philavax. Philadelphia Immunization Program. (n.d.). Retrieved …, from URL``: a body's name alone after an
    authorless title, before the date, with nothing but the address after it, is the site the page is on."""
    if unmark(post).strip(" .") or not rest.strip(" ."):
        return ""
    body = unmark(rest).strip().rstrip(".")
    return body if _PLAIN_SENTENCE.fullmatch(body) and has_org_name_word(body) else ""


_BRACKET_OR_COLON = lazy_pattern(r"[\[\]():;]")


def _one_short_element(post: str) -> bool:
    """Whether what follows the date is one short element (a body's or a site's name, ``ENTSO-E AISBL.``); a
    question (``What is Canada known for?``) is a page's title, no site's name."""
    site = unmark(post).strip().rstrip(".").strip()
    return (
        bool(site) and ". " not in site and len(site.split()) <= 6 and not _BRACKET_OR_COLON.search(site)
        and not site.endswith("?")
    )


# a forum's user or community as author (APA 10.3's "u/username.", "r/explainlikeimfive."), no repository's slug
_FORUM_USER = lazy_pattern(r"[ru]/[\w-]{2,40}")


_MARK_SPACE_OR_END = lazy_pattern(r"^(?:[.,:;]|\s|$)")


def _find_anchor(s: str) -> tuple[int, int, DateResult] | None:
    """The first date parenthetical (or author-date bare year) near the start."""
    limit = max(300, len(s) // 2)
    for m in _DATE_PAREN.finditer(s):
        if m.start() > limit:
            break
        d = parse_date(m.group(1))
        if d is None:
            continue
        nxt = s[m.end() : m.end() + 2]
        if nxt and not _MARK_SPACE_OR_END.match(nxt):
            continue
        return m.start(), m.end(), d
    bare = _BARE_YEAR.search(s)
    if bare and bare.start() < 250 and looks_personal(s[: bare.start()]):
        d = parse_date(bare.group(1))
        if d is not None:
            return bare.start(), bare.end(), d
    return None


_INITIAL_STOP_BEFORE_CAPITAL = lazy_pattern(r"(?<=[A-Z])\. (?=[A-Z\"\u201c'\u2018])")
_VANCOUVER_NAME = lazy_pattern(r"(?:[^\W\d_][\w'\u2019-]+\s+){1,3}[A-Z]{1,3}\.")
_TWO_LETTERS = lazy_pattern(r"[^\W\d_]{2,}")


def _author_end(pre: str) -> int:
    """End of a personal author list that is followed by more sentences, or -1.
    Vancouver lists end in an initial ("Casteele M. Title"), which
    sentence_end() does not count as a boundary, so each ". " is tried."""
    end = sentence_end(pre)
    if 0 < end < len(pre) and looks_personal(pre[:end]):
        return end
    for m in _INITIAL_STOP_BEFORE_CAPITAL.finditer(pre):
        head, tail = pre[: m.start() + 1], pre[m.end() :]
        last = head.split(",")[-1].strip()
        vancouver = _VANCOUVER_NAME.fullmatch(last)
        if vancouver and _TWO_LETTERS.match(tail) and looks_personal(head) and not looks_personal(tail):
            return m.end()
    return end


# an economist's "…, Mimeo." and a register's "…, (database)" closing a title run on with commas
_KIND_CLOSES = lazy_pattern(rf"(?<=\w),\s+(?P<kind>{CLOSING_KIND})\s*$")


# a title closing on the day it names: "…, August 2, 1916"
_DAY_DATE_END = lazy_pattern(
    r", (?:[^,]+, )?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}, \d{4}$"
)


_COMMA_SPACE = lazy_pattern(r", ")
_COLON_BETWEEN = lazy_pattern(r"\w\s*:\s*[A-Z0-9]")


def _split_run_on(tp: TitlePart) -> str | None:
    """A title that ran to the end with commas (``Title, Journal, 20(3), 131-158``):
    cut it where a periodical locator or a publisher begins; the series closing the title before a publisher
    (``Title, OECD Public Governance Reviews, OECD Publishing, Paris``) is cut off too and returned."""
    if tp.italic or tp.quoted or not tp.title or ", " not in tp.title:
        return None
    t = tp.title
    if (kind := _KIND_CLOSES.search(t)) is not None:
        # "Title, Mimeo." / "Title, (database)": the work's kind after its comma, no word of the title; a
        # bracketed kind describes the work as APA's "[Data set]" does
        tp.title = t[: kind.start()].strip()
        if kind.group("inner"):
            tp.brackets.append(kind.group("inner"))
        else:
            tp.rest = (kind.group("kind") + ". " + tp.rest).strip(" .")
        return None
    cuts = [m.start() for m in _COMMA_SPACE.finditer(t)]
    # (a bracketed description closing the run, "…, Reservoirs, and RIvers (HILARRI), V2 [Data set].", describes the
    # work those words name: they are its title, no journal's name, volume and page before the bracket)
    for c in cuts if not tp.brackets else ():
        if _DAY_DATE_END.match(t, c):
            continue  # "Letter to his mother, Mary Peter Miller, August 2, 1916": a day's date, no volume and page
        if _periodical(t[c + 2 :], SourcePart()):
            # "Title, Journal 27(2), 12-14. Note." keeps what followed the sentence
            tp.title, tp.rest = t[:c].strip(), (t[c + 2 :] + ". " + tp.rest).strip(" .")
            return None
    if tp.rest.strip():
        return None
    for c in cuts:
        parts = t[c + 2 :].split(",")
        head = parts[0]
        if (
            # "Title, Place: Publisher" (a place's and a publisher's names open in capitals; "…, England and Wales:
            # mid-2021" and "Unlocking talent, fulfilling potential: A plan …" are the title's own words)
            head[:1].isupper()
            and (colon := _COLON_BETWEEN.search(t[c + 2 :]))
            and not CONTAINER_WORDS.search(head)
            # "…, UK: March 2023": the period the title covers, no publisher
            and parse_date(t[c + 2 + colon.end() - 1 :].split(",")[0]) is None
            or (PUBLISHER_WORDS.search(head) and not CONTAINER_WORDS.search(head))
            # "Title, New Haven, Yale University Press": the town before the publisher
            or len(parts) > 1 and is_place(head) and PUBLISHER_WORDS.search(parts[1]) is not None
        ):
            tp.title, tp.rest = t[:c].strip(), t[c + 2 :]
            if (series := closing_series(tp.title)) is not None:
                tp.title = tp.title[: series.start()].strip()
                return series.group("series")
            return None
    return None


# a sentence closing inside a journal's name (``A meta-analysis. Learning and Individual Differences``): a
# lower-case word's full stop, then a capital; a journal's own full stops close abbreviations (``J. Appl. Phys.``)
_SENTENCE_IN_NAME = lazy_pattern(r"\b[a-z][\w'\u2019-]{3,}\. [A-Z]")


def _score(src: SourcePart, merged: int, empty: bool) -> float:
    score = 2.0 * len(src.leftover) + 0.6 * merged
    if _SENTENCE_IN_NAME.search(str(src.fields.get("container-title", ""))):
        score += 1.0  # the title's last sentence (after a "?") read into the journal
    if "guessed-publisher" in src.evidence:
        score += 1.5
    if empty and merged:
        score += 2.0
    return score


_RECORDING = lazy_pattern(r"\b(?:song|track|single|audio recording|recording)\b", re.I)
# (the album's medium in brackets after it is no part of its title: "On Watershed [CD]. Nonesuch Records.")
_ON_ALBUM = lazy_pattern(r"^\s*On\s+(\S[^.]*?)(?:\s*\[[^\[\]]{1,30}\])?(?:\.\s+|\.?\s*$)")


_IN_WORD = lazy_pattern(r"^(?:In|in|IN)\b")


def _best_source(tp: TitlePart, rest: str) -> SourcePart:
    """Parse the source; for a plain title also try gluing the next one or two
    sentences onto it (a subtitle after a period, or a title ending in ``?``)."""
    album = _ON_ALBUM.match(rest) if _RECORDING.search(" ".join(tp.brackets)) else None
    if album:  # APA's "Formation [Song]. On *Lemonade*. Parkwood; Columbia.": the album holds the song
        best = parse_source(rest[album.end() :], tp.italic)
        best.fields.setdefault("container-title", strip_value(unmark(album.group(1))))
        return best
    best = parse_source(rest, tp.italic, tp.quoted)
    # (a bracketed description, a few words, closes the title: "Peripleo [Computer software]. The British
    # Library."; a translated title in brackets does not)
    described = any(len(b.split()) <= 3 for b in tp.brackets)
    if tp.italic or tp.quoted or not tp.title or not rest.strip() or described:
        return best
    best_score = _score(best, 0, False)
    units = sentence_units(rest)
    best_k = 0
    for k in (1, 2):
        if k >= len(units) + 1 or best_score == 0:
            break
        if _IN_WORD.match(units[k - 1]):
            break
        if units[k - 1][:1] == "[" or edition_value(units[k - 1].rstrip(". ")):
            break  # Harvard's "Title. 2nd edn. [Kindle]. London: …": an edition or a format is no subtitle
        if PAPER_NUMBER.fullmatch(units[k - 1].rstrip(". ")):
            break  # nor is a UK parliamentary paper's number: "Title. Cm 9607. London: …", "Title. HC 1229."
        cand_rest = " ".join(units[k:])
        cand = parse_source(cand_rest, False)
        sc = _score(cand, k, not cand_rest.strip())
        if sc < best_score:
            best, best_score, best_k = cand, sc, k
    if best_k:
        sep = " " if tp.title[-1] in "?!" else ". "
        tp.title = strip_value(tp.title + sep + " ".join(unmark(u) for u in units[:best_k]))
    return best


# a named series and its number in the title's bracket: "(Groningen Growth and Development Centre Monograph
# series no 5)"
# a named series and its number: "(Monograph series no 5)"; a report series' number and issue: "(Vital and Health
# Statistics Series 10, Issue 260)"
_NAMED_SERIES = lazy_pattern(
    r"(?P<series>[A-Z].*?\bseries)(?:,?\s+no\.?\s*(?P<no>\d{1,4})|\s+(?P<no2>\d{1,4}),\s*issue\s+(?P<issue>\d{1,5}))",
    re.I,
)


_LEAD = lazy_pattern(r"(?P<lead>Vols?\.\s*[\w–-]+|\d+(?:st|nd|rd|th)\s+ed\.),\s+(?P<rest>\S.*)")


def _lead_apart(inner: str) -> list[str]:
    """``Vol. 1, B. Fowkes, Trans.`` as ``Vol. 1`` and ``B. Fowkes, Trans.``; other brackets whole."""
    if (m := _LEAD.fullmatch(inner)) is not None and CONTRIBUTOR_PAREN.match(m.group("rest")):
        return [m.group("lead"), m.group("rest")]
    return [inner]


# what no title's words hold: a bracket, a site's bar after a page's title ("What is X? | DO-IT")
_NOT_TITLE_RUN = lazy_pattern(r"[\[|]")
_BARE_NUMBER = lazy_pattern(r"No\.\s?\d")
_RELEASE_APART = lazy_pattern(r",\s*(?=(?:Version|Ver\.)\s*v?\d)", re.I)


_ORIGINAL_WORK_WORDS = lazy_pattern(r"(?i)original work published")


_FOUR_DIGITS = lazy_pattern(r"\d{4}")


def _apply_title_parens(parens: list[str], item: Item, leftover: list[str]) -> None:
    from biblio.parse.readers.apa.source import SourcePart

    # "(H. Weaver, Trans.; 2nd ed.)": APA separates kinds of information with ";"
    parens = [p.strip() for inner in parens for p in inner.split(";") if p.strip()]
    # "(ICPSR 6581, Version V1)": a study's number and its release, with a comma
    parens = [p.strip() for inner in parens for p in _RELEASE_APART.split(inner)]
    # "(Vol. 1, B. Fowkes, Trans.)": the volume or edition before the contributors, with a comma
    parens = [part for inner in parens for part in _lead_apart(inner)]
    for inner in parens:
        m = CONTRIBUTOR_PAREN.match(inner)
        if m:
            names = parse_names(m.group("names"))
            var = CONTRIBUTOR_VAR.get(m.group("role").lower(), "editor")
            if names:
                item.setdefault(var, names)
                if m.group("role2"):
                    item.setdefault(CONTRIBUTOR_VAR.get(m.group("role2").lower(), "editor"), names)
                continue
        version = VERSION_PAREN.fullmatch(inner)
        if version and (not inner[:1].isdigit() or "." in inner):  # "(Version 2)", "(1.0)"; not "(2)"
            item.setdefault("version", version.group(1) or version.group(2) or version.group(3))
            continue
        if count := _PAGE_COUNT_PAREN.fullmatch(inner):
            item.setdefault("page", count[1])  # "(318 pp.)": the work's count of pages, its page
            continue
        if _EPISODE.fullmatch(inner):
            item.setdefault("number", inner)  # "(Season 9, Episode 9)" of an episode
            continue
        if _ORIGINAL_WORK_WORDS.match(inner):
            y = _FOUR_DIGITS.search(inner)
            if y:
                item["original-date"] = {"date-parts": [[int(y.group(0))]]}
                continue
        if series := _NAMED_SERIES.fullmatch(inner):
            item.setdefault("collection-title", series.group("series"))
            item.setdefault("number", series.group("no") or f"{series.group('no2')}, Issue {series.group('issue')}")
            continue
        if series := SERIES_AND_NUMBER.fullmatch(inner):  # "(Acta Universitatis Ouluensis. F, Scripta academica, 12)"
            item.setdefault("collection-title", series.group("series"))
            item.setdefault("collection-number", series.group("no"))
            continue
        part = SourcePart()
        rest: list[str] = []
        parse_locators(inner, part, rest)
        if part.fields:
            # "(2n ed., Management for professionals)": keep the edition, leave the rest
            for k, v in part.fields.items():
                item.setdefault(k, v)
            for kind in ("report", "standard", "patent"):
                if f"{kind}-number" in part.evidence:
                    item.setdefault("_report", kind)
            if "number" in part.fields and not part.evidence and _BARE_NUMBER.match(inner):
                item.setdefault("_report", "bare")  # "(No. 6321.0.55.001)": an agency's number, its kind unnamed
            leftover.extend(rest)
        else:
            leftover.append("(" + inner + ")")


_BRACKETED_NAME = lazy_pattern(r"\(([A-Z][^()\d:;\[\]]{1,60})\)")


def _cell_publisher(leftover: list[str]) -> int | None:
    """The place in ``leftover`` of a chapter's bracketed publisher left unread, Cell's ``eds. (Springer), pp.``"""
    for k, x in enumerate(leftover):
        if (m := _BRACKETED_NAME.fullmatch(x.strip(" .,"))) and imprint_name(m.group(1)):
            return k
    return None


# Cell's editors after the book, before its bracketed publisher: "In Book, M. Pütz and M. Verspoor, eds. (Benjamins)"
_EDS_CLOSING = lazy_pattern(r",\s+eds?\.?$")
_COMMA = lazy_pattern(r",\s+")


def _cell_editors(book: str) -> tuple[str, list[Any]] | None:
    """``Book, M. Pütz and M. Verspoor, eds`` -> the book and its editors: the longest run of names before the role
    (the book's own commas, ``…, Volume 1 (Long Papers), J. Burstein, …``, stay in it)."""
    role = _EDS_CLOSING.search(book)
    if role is None:
        return None
    cuts = list(_COMMA.finditer(book, 0, role.start()))
    for cut in cuts:
        names = book[cut.end() : role.start()]
        if looks_personal(names) and (people := parse_names(names)):
            return book[: cut.start()], people
    if cuts and has_org_name_word(body := book[cuts[-1].end() : role.start()]):
        return book[: cuts[-1].start()], [{"literal": body}]  # a body as the editor: "Linguistic Society of Korea, ed."
    return None


# "…, M.P. Teter Phys. Rev. B 50, 13035(R) (1994)": a volume and page before the date are physics'
# journal, not a Vancouver title and container
_VOLUME_PAGE_END = lazy_pattern(r"\b\d+,\s*[A-Za-z]?\d+(?:\([A-Z]\))?\W*$")


# what closes some APA references after the source: a republished work's first date, and an article's status
# before it has a volume ("*Experimental Psychology*. Advance online publication.")
# a preprint's server and identifier closing the reference, as MDPI prints APA's ``arXiv, arXiv:2505.24126.``:
# the identifier, never a place and publisher (its colon is no imprint's)
# a dash after the date, then only an arXiv id or an address ("(2025) — arXiv:2502.12893", "— alignment.anthropic.com")
_DASHED_LINK_ONLY = lazy_pattern(
    r"\s*[—–]\s*(?:arXiv:\d{4}\.\d{4,5}(?:v\d+)?|(?:https?://)?[a-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?)\s*$"
)
_ARXIV_TAIL = lazy_pattern(
    r"(?<=[.,])\s*(?:(arXiv(?:\s+preprint)?)\s*[.,]?\s*)?(arXiv\s?:\s?\d{4}\.\d{4,5}(?:v\d+)?)\s*\.?\s*$", re.I
)
# "(Original work published 1769)"; a classical work's "(Original work published ca. 350 B.C.E.)" is cut as well,
# its approximate ancient year giving no date
_ORIGINAL_WORK = lazy_pattern(
    r"\s*\(\s*original work published\s+"
    r"(?:(\d{4})(?:[–-]\d{2,4})?|(?:ca\.|c\.|circa)\s*\d{1,4}[^()]{0,14})\s*\)\s*\.?\s*$",
    re.I,
)
# APA 7's notice of a later retraction or correction after the link: "(Retraction published 2012, *Journal*,
# 38[10], 1378)": a note about the article, no part of its source
_NOTICE = lazy_pattern(
    r"\s*\(\s*((?:Retraction|Erratum|Correction|Corrigendum)\s+published\b[^()]*)\)\s*\.?\s*$", re.I
)
# a reading's source before its reprint, after the publisher: "(Reprinted from *Harvard Business Review*, 76(6),
# pp.93–102, 1998)": a note about the work, none of its numbers the reference's own
_REPRINTED = lazy_pattern(
    r"\s*\(\s*((?:Reprinted|Adapted|Excerpted|Reproduced)\s+from\b(?:[^()]|\([^()]*\))*)\)\s*\.?\s*$", re.I
)
# the DOIs of journal articles and conference papers by their registrants' own patterns: Elsevier's journals'
# "10.1016/j.epsr.…", IEEE's "10.1109/JIOT.2025.…", Springer Nature's "10.1007/s…" and "10.1038/s…", PLOS's, MDPI's
_ARTICLE_DOI = lazy_pattern(
    r"10\.(?:1016/j\.|1109/[A-Z]{2,}[A-Z\d-]*\.\d{4}\.|1007/s\d|1038/s\d|1371/journal\.|3390/[a-z]+\d)"
)


def _venue_before_article_doi(item: Item) -> bool:
    """A publisher read from a short name (no publisher's word, no place) in a record whose DOI is an article's."""
    venue, doi = item.get("publisher"), item.get("DOI")
    if not isinstance(venue, str) or not isinstance(doi, str) or "publisher-place" in item:
        return False
    return len(venue.split()) <= 4 and not PUBLISHER_WORDS.search(venue) and _ARTICLE_DOI.match(doi) is not None


_MEDIUM_OPENS = lazy_pattern(r"\[\s*online\s*\]\s+(?P<site>[^\s\[\]].*)$", re.I)
_ADVANCE_ONLINE = lazy_pattern(r"\.\s*(advance online publication|online first|epub ahead of print)\s*\.?\s*$", re.I)
# APA 7's cross-reference after the link, "URL. See Appendix for prompt used and output generated.": a note
_SEE_AFTER_LINK = lazy_pattern(r"(?<=[^\s.])\.?\s+(See\s+(?:the\s+)?(?:Appendix|appendix|also)\b[^()\[\]]*?)\.?\s*$")
_LINK_END = lazy_pattern(r"(?:(?:https?|ftp)://|www\.|\b10\.\d{4,9}/)\S+$", re.I)
# the reader's own remark in brackets after the link, how to find the data on the page: "URL (select “health
# spending”)"; a note (a bracket of dates or of APA's notices opens otherwise)
_REMARK_AFTER_LINK = lazy_pattern(
    r"(?<=\S)\s+\((?!(?:accessed|viewed|retrieved|last|updated|archived|cited)\b)([a-z][^()\d]{2,80})\)\s*\.?\s*$"
)


def _advance_online(item: Item, status: str, evidence: set[str]) -> None:
    """An article published online before its issue: its journal is what the rules read as a publisher
    (no volume follows it), and the status is kept as written."""
    if "container-title" not in item and isinstance(item.get("publisher"), str) and "publisher-place" not in item:
        item["container-title"] = item.pop("publisher")
        evidence.add("periodical")
    item["status"] = status


def _cut(rx: re.Pattern[str], s: str) -> tuple[str, str | None]:
    """``s`` without what ``rx`` matches at its end, and the match's first group (None when absent)."""
    m = rx.search(s)
    return (s, None) if m is None else (s[: m.start()] + ("." if rx is _ADVANCE_ONLINE else ""), m.group(1))


# a person with initials first, then a comma's stretch of two capitalised words or more holding no initial: APA
# inverts its persons ("Benson, B."), and Science's and Elsevier's "B. Benson, Cognitive Bias Cheat Sheet, Better
# Humans (2016)." give the title and the site after the names, the year in brackets after them
_INITIALS_FIRST_THEN_WORDS = lazy_pattern(
    r"(?:[A-Z]\.\s?-?){1,3}\s?[A-Z][\w'’-]+,\s+(?:[^,.]*,\s+)*?(?![A-Z]\.)[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’&-]*|&|of|and|the|in|for|to))+(?:,|$)"
)
# a volume and the pages cited, and nothing else: no work's title
_LOCATOR_ONLY = lazy_pattern(
    r"(?:(?:vols?\.?|volume)\s*[\dIVXLC]+[a-z]?\s*[,;.]?\s*)?(?:(?:pp?\.|pages?)\s*[\dIVXLCivxlc]+"
    r"(?:\s*[-\u2013]\s*[\dIVXLCivxlc]+)?)?",
    re.I,
)


# a year straight after the bracketed date, closing its sentence: Chicago's reprint ("(1813) 2003."), no APA title
_REPRINT_YEAR = lazy_pattern(r"\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\.\s")


_SPACED_COLON = lazy_pattern(r"\s?:\s?")


def parse_apa(text: str) -> Item | None:
    """Parse one APA-like reference; None when it has no APA date anchor."""
    source = text
    s = clean_space(text)
    # "5 Ways to Reduce Stress. (2021).": the number is the authorless entry's title's first word
    numbered_title = number_opens_title(s)
    label = None if numbered_title or number_names_body(s) else _LABEL.match(s)
    if label:
        s = s[label.end() :]
    same_author = bool(_SAME_AUTHOR.match(s))
    if same_author:
        s = _SAME_AUTHOR.sub("", s)
    see_note = None
    after_link = _SEE_AFTER_LINK if "See" in s else _REMARK_AFTER_LINK if s.endswith((")", ").")) else None
    if after_link is not None and (m := after_link.search(s)) and _LINK_END.search(s[: m.start()]):
        s, see_note = s[: m.start()], m.group(1)
    s, ident = extract_identifiers(s)
    s, notice = _cut(_NOTICE, s)
    if notice:
        see_note = f"{see_note}; {notice}" if see_note else notice
    if "from" in s and s.rstrip(" .").endswith(")"):
        s, reprint = _cut(_REPRINTED, s)
        if reprint:
            see_note = f"{see_note}; {reprint}" if see_note else reprint
    s, original = _cut(_ORIGINAL_WORK, s)
    eprint = _ARXIV_TAIL.search(s)
    if eprint:
        s = s[: eprint.start()]
    s, advance = _cut(_ADVANCE_ONLINE, s)
    s = mark_italics(s)
    anchor = _find_anchor(s)
    if anchor is None or film_title_first(s):
        return None  # (a film cited title first, its director after the year, is Harvard's, not APA's)
    a, b, date = anchor
    if _DASHED_LINK_ONLY.match(s, b):
        return None  # a link list's "Title (2025) — arXiv:2510.16062": no APA entry, only a link after the year
    if _REPRINT_YEAR.match(s, b):
        return None  # Chicago's reprint, "Austen, Jane. (1813) 2003. Title.": the original year bracketed, then its own
    pre = s[:a].strip(" ,;:")
    # (a body's name with its initials, "U.K. Parliament, House of Commons (2019)", is APA's group author)
    if _INITIALS_FIRST_THEN_WORDS.match(pre) and not has_org_name_word(pre.split(",", 1)[0]):
        return None  # Science's "B. Benson, Cheat Sheet, Better Humans (2016).": a title and a site before the year
    post = s[b:].lstrip(" .,:;")
    item: Item = {}
    site_before = ""
    leftover: list[str] = [see_note] if see_note else []
    title_first = False
    # APA moves the title to the author position when there is no author
    # Markdown lists that set the names in bold and the title in italics ("**GitHub.** (2023). *Title*."):
    # a marked element before the date with a marked or quoted title after it is the author
    marked_names = _MARKED_WHOLE.match(pre) is not None and post.startswith((IT_OPEN, '"', "\u201c"))
    # Cite Them Right's authorless page, "Vaccines, how they work (2021) Health Direct. Available at:": its title's
    # head and tail look like names, its lower-case words after the comma do not
    harvard_page = bool(pre) and "Available" in text and _harvard_page_title(unmark(pre), post, text)
    if not marked_names and (
        pre.startswith(IT_OPEN)
        or numbered_title
        or harvard_page
        or pre
        and (not looks_personal(pre) or _nothing_after_date(pre, post))
        and _title_in_author_place(pre, post, text)
    ):
        title_first = True
        tp = parse_title(pre)
        run_on = tp.rest.strip(" .")[:1].isupper() and not _NOT_TITLE_RUN.search(tp.rest)
        if tp.title and tp.title[-1:] in "!?" and run_on:
            # "Sugar!! Sugar!! Which shall it be? (n.d.).": the title alone stands before the date, its own
            # exclamation or question no end of it
            tp.title, tp.rest = f"{tp.title} {tp.rest.strip()}".rstrip(" ."), ""
        if tp.title and not tp.italic and not tp.quoted and _second_sentence_of_title(tp.rest, post):
            # "Heart failure. Symptoms and causes. (2023). Mayo Clinic.": the site after the date, both sentences
            # before it are the page's title
            tp.title, tp.rest = f"{tp.title}. {tp.rest.strip(' .')}", ""
        elif tp.title and (body := _body_before_date(tp.rest, post)):
            site_before, tp.rest = body, ""
        # a reference work's "*Title*, ed. F. L. Cross (1957).": its editors after the title, nothing after the year
        if not post.strip(" .") and (role := contributor_fields(tp.rest.strip(" ,"))) and "note" not in role:
            item.update(role)
        elif tp.rest.strip(" ."):
            leftover.append(unmark(tp.rest))
        if d := _LEADING_DESCRIPTION.match(post):
            tp.brackets.append(d.group(1))  # "Title. (2019). [Python]. Owner.": what the work is, not its title
            post = post[d.end() :]
        post_tp = parse_title("")
        post_tp.rest = post
    else:
        # Vancouver-like "Authors. Title. Journal (1999) 150:21-32": the date
        # sits after the container; the author element is the first sentence.
        end1 = _author_end(pre)
        tail = pre[end1:] if end1 > 0 else ""
        if (
            0 < end1 < len(pre)
            and looks_personal(pre[:end1])
            and len(tail.split()) >= 2
            and not looks_personal(tail)
            and not _VOLUME_PAGE_END.search(tail)
        ):
            post = pre[end1:].strip() + " " + post
            pre = pre[:end1].strip(" ,;:")
        # the classicists' role after the year: "Mitchell, L. G. and Rhodes, P. J. (1997). edd. Title. London."
        role_after = _ROLE_AFTER_DATE.match(post)
        if role_after:
            post = post[role_after.end() :]
        for var, names in parse_roles(pre) if pre else []:
            if names:
                var = "editor" if role_after and var == "author" else var
                item.setdefault(var, []).extend(names)
        tp = parse_title(post)
        if tp.title and not tp.rest.strip(" .") and (imprint := closing_imprint(tp.title)):
            tp.title, item["publisher"] = imprint  # Cell's "Title (Publisher)."
            if (kind := _PAPER_THEN_ISSUER.fullmatch(item["publisher"])) is not None:
                item["genre"], item["publisher"] = kind["kind"], kind["issuer"]
        elif tp.title and (kind := _KIND_THEN_BRACKETED_ISSUER.fullmatch(tp.rest.strip())) is not None:
            item["genre"], item["publisher"] = kind["kind"], kind["issuer"].strip()  # Cell's "Tech. Rep. (Body)."
            tp.rest = ""
        post_tp = tp
    if date.issued:
        item["issued"] = date.issued
    if original:
        item["original-date"] = {"date-parts": [[int(original)]]}
    if date.status:
        item["status"] = date.status
    _apply_title_parens(tp.parens, item, leftover)
    report = item.pop("_report", "")
    from_bracket = bracket_type(tp.brackets, item)
    if not title_first:
        kept = len(tp.brackets)
        if series := _split_run_on(tp):
            item.setdefault("collection-title", series)
        # a kind cut off the run-on title ("…, (database)") describes the work as a bracket does
        from_bracket = bracket_type(tp.brackets[kept:], item) or from_bracket
    src = _best_source(tp, post_tp.rest)
    # after _split_run_on/_best_source, which may cut or extend the title
    if tp.title and (bare := unmark(tp.title).strip(" .,;")) and _LOCATOR_ONLY.fullmatch(bare):
        return None  # a short note's "Skeat (1899); Vol. I, pp. xi–xii.": the place cited, no APA title
    if tp.title:
        item["title"] = tp.title
    plain_title = tp.title and not (title_first or tp.italic or tp.quoted or src.fields or src.leftover)
    if plain_title and (site := site_after_title(str(tp.title), source)):
        item["title"], item["container-title"] = site
    if tp.title and (number := patent_number(tp.title)):
        del item["title"]  # APA 6's "(2001). U.S. Patent No. 6,285,999. Washington, DC:": the number, no title
        item["number"] = number
        report = "patent"
    day_month = src.fields.pop("issued-month-day", None)
    issued = item.get("issued", {}).get("date-parts", [[]])[0]
    if day_month and len(issued) == 1:
        item["issued"] = {"date-parts": [[issued[0], *day_month]]}
    elif day_month:
        leftover.append(" ".join(map(str, day_month)))
    if (show_kind := src.fields.pop("show-kind", None)) and from_bracket is None:
        from_bracket = bracket_type([show_kind], item)  # "Show [Podcast].": what the episode is
    kind = src.fields.get("medium")
    if from_bracket is None and isinstance(kind, str) and bracket_type([kind], {}) == "paper-conference":
        # APA's symposium contribution, "In D. Johnston (Chair), *Symposium* [Symposium]. Meeting, Place.": the
        # bracket after the symposium's title names what the work is, and the meeting follows
        from_bracket = "paper-conference"
        src.fields["genre"] = src.fields.pop("medium")
    if from_bracket == "paper-conference" and "event-title" not in item and "event-title" not in src.fields:
        _event_from_source(src)
    elif from_bracket == "speech" and _DELIVERED.search(str(item.get("genre", ""))) and "event-title" not in src.fields:
        # APA's "Title [Address]. SREB, Atlanta, GA.": a talk given before an audience names the meeting it was given
        # at, as a conference presentation does
        _event_from_source(src)
    if "archive" not in item and _collection_from_source(src):
        from_bracket = from_bracket or "manuscript"
    elif "archive" not in item and from_bracket in ("graphic", "personal_communication"):
        _holding_from_source(src, ("publisher", "container-title"))
    elif "archive" not in item and _archived(src):
        _holding_from_source(src, ("publisher",))
    for k, v in src.fields.items():
        _merge(item, k, v, leftover, from_bracket)
    leftover.extend(unmark(x) for x in src.leftover)
    if "chapter" in src.evidence and "publisher" not in item and (held := _cell_publisher(leftover)) is not None:
        item["publisher"] = leftover.pop(held)[1:-1].strip()  # Cell's "In Book, Names, eds. (Publisher), pp."
    evidence = set(src.evidence)
    book = item.get("container-title") if "chapter" in evidence and "publisher" not in item else None
    imprint = closing_imprint(book) if isinstance(book, str) else None
    # Cell's "In Book (Publisher), pp. 45–61.", its editors before the bracket ("In Book, A. Name and B. Name, eds.");
    # editors not read as persons (a body: "Linguistic Society of Korea, ed.") leave the book as it was read
    eds = _cell_editors(imprint[0]) if imprint and "editor" not in item and _EDS_CLOSING.search(imprint[0]) else None
    if imprint and (eds or not _EDS_CLOSING.search(imprint[0])):
        item["container-title"], item["publisher"] = imprint
        if eds:
            item["container-title"], item["editor"] = eds
    if report:
        evidence.add(f"{report}-number")  # "report", "standard" or "patent": the kind its number is of
    if report == "report" and _issuer_as_container(item, evidence):
        # "Title (CRS Report No. IF11982). Congressional Research Service.": a numbered report's source is the body
        # that issued it, however much its name looks like a periodical's ("Research", "Review")
        item["publisher"] = item.pop("container-title")
    for k, v in ident.items():
        _merge(item, k, v, leftover, from_bracket)
    if eprint:
        item.setdefault("number", _SPACED_COLON.sub(":", eprint.group(2), count=1))
        if eprint.group(1) and " " in eprint.group(1):
            item.setdefault("genre", eprint.group(1))  # Google Scholar's "arXiv preprint"
    _newspaper_pages(item, s)
    if "accessed" in item and access_after_address(text, str(item.get("URL", ""))):
        evidence.add("access-after-address")
    group = any("literal" in n for n in item.get("author", []))
    if title_first and not item.get("author"):
        group = False
    if advance:
        _advance_online(item, advance, evidence)
    if title_first and tp.italic and _venue_before_article_doi(item):
        # "*Title* (2023). EPSR, DOI 10.1016/j.epsr.2023.109865.": the short name before an article's DOI is the
        # journal it is in, no book's publisher
        item["container-title"] = item.pop("publisher")
        evidence.add("periodical")
    csl_type, certain = infer_type(item, evidence, tp.italic, group, from_bracket)
    if csl_type == "article-magazine" and isinstance(item.get("publisher"), str) and "container-title" not in item:
        item["container-title"] = item.pop("publisher")  # the magazine a month-dated piece is in
    # "Title (Version 2.1) [Mobile app]. Sleep Research Lab.": who releases a program is its publisher
    plain_name = "publisher" not in item and "container-italic" not in evidence
    if csl_type == "software" and plain_name and isinstance(item.get("container-title"), str):
        item["publisher"] = item.pop("container-title")
    # Harvard's "Title. [online] Site Name. Available at: URL": the name after the medium is the page's site
    online = csl_type == "webpage" and str(item.get("genre", "")).lower() == "online"
    if online and isinstance(item.get("publisher"), str) and not {"container-title", "publisher-place"} & set(item):
        item["container-title"] = item.pop("publisher")
    # Harvard's "(2012). [online] Implementation Science. Available at: URL": the medium opening the title's place
    # says the title is missing; the name after it is the site or journal the work is in
    title = item.get("title")
    opened = isinstance(title, str) and title[:1] == "[" and "container-title" not in item
    if opened and (m := _MEDIUM_OPENS.match(str(title))):
        item["container-title"] = m.group("site")
        del item["title"]
    if eprint and not {"container-title", "publisher"} & set(item):
        csl_type, certain = "article", True  # a preprint, as ``normalisers.identifiers.eprint_apart`` makes it
    _site_not_publisher(item, csl_type)
    if site_before and not {"container-title", "publisher"} & set(item):
        item["container-title"] = site_before
    if harvard_page and isinstance(item.get("publisher"), str) and "container-title" not in item:
        item["container-title"] = item.pop("publisher")  # the site the page is on, as Cite Them Right names it
    out: Item = {"type": csl_type or "document"}
    out.update(item)
    data = biblio_data(out)
    data["source"] = source
    if label:
        data["label"] = label.group(0).strip()
    if date.year_suffix:
        data["year-suffix"] = date.year_suffix
    if same_author:
        data["same-author-as-previous"] = True
    remainder = "; ".join(x for x in (strip_value(y) for y in leftover) if x)
    if remainder:
        data["remainder"] = remainder
        out["note"] = remainder
        add_flag(out, UNPARSED_REMAINDER)
    if not out.get("title"):
        add_flag(out, NO_TITLE)
    if not any(out.get(k) for k in ("author", "editor", "translator", "director", "producer")):
        add_flag(out, NO_AUTHOR)
    if not certain:
        add_flag(out, UNCERTAIN_TYPE)
    return out


# the services that carry others' videos and posts, and the servers that carry preprints: the work's site, not
# its publisher ("[Video]. YouTube.", "[Tweet]. X.", "*Title*. PsyArXiv. https://doi.org/…")
_CARRIER = lazy_pattern(PLATFORM)
_CARRIED_TYPES = {"motion_picture", "post", "post-weblog", "graphic"}


def _site_not_publisher(item: Item, csl_type: str | None) -> None:
    """A platform or a preprint server read as the publisher of what it carries: it is the container."""
    pub = item.get("publisher")
    if not isinstance(pub, str) or "container-title" in item:
        return
    # a platform after any bracketed description carries the work: "Home [Facebook page]. Facebook."
    carrier = _CARRIER.fullmatch(pub) and (csl_type in _CARRIED_TYPES or item.get("medium") or item.get("genre"))
    server = csl_type == "article" and PREPRINT.fullmatch(pub)
    if carrier or server:
        item["container-title"] = item.pop("publisher")


# "*The Australian*, 1, 5.": numbers after an italic paper's name that APA did not italicise as a volume
_PLAIN_NUMBERS_END = lazy_pattern(r"\ue001,\s*(\d{1,3}),\s*([A-Z]?\d{1,3}(?:[-\u2013][A-Z]?\d{1,3})?)\.?\s*$")


_SECTION_PAGE = lazy_pattern(r"[A-Z]\d{1,3}|\d{1,3}[A-Z]")
# "Daily Mail, 24. https://…": one plain number closing a day-dated paper's element, no journal's italics on it
_PLAIN_PAGE_END = lazy_pattern(r",\s*(\d{1,3})\.?(?:\s+(?:https?://|www\.)\S+)?\s*$")


def _newspaper_pages(item: Item, marked: str) -> None:
    """APA's printed newspaper, dated to the day, with its pages after the paper's name (``2, 4, 8-9``):
    the plain numbers are pages, as the volume a journal has would be set in italics."""
    issued = item.get("issued", {}).get("date-parts", [[]])[0]
    if len(issued) < 3 or "issue" in item or "volume" not in item:
        return
    if "page" not in item:
        # "Chicago Tribune, 2A." / "The Washington Post, A1.": a section's letter and a page, no journal's volume
        if _SECTION_PAGE.fullmatch(str(item["volume"])):
            item["page"] = item.pop("volume")
        elif (end := _PLAIN_PAGE_END.search(marked)) is not None and end.group(1) == item["volume"]:
            item["page"] = item.pop("volume")  # a printed paper's page: a journal dated to the day shows its issue
        return
    m = _PLAIN_NUMBERS_END.search(marked)
    if m and (m.group(1), m.group(2)) == (item["volume"], item["page"]):
        del item["volume"]
        item["page"] = f"{m.group(1)}, {m.group(2)}"


def _event_from_source(src: SourcePart) -> None:
    """APA's ``Title [Conference presentation]. Annual Meeting of X, Boston, MA, United States.``: what the
    rules took for a publisher, or left unread as the only unit, is the event and its place."""
    if isinstance(src.fields.get("publisher"), str) and "publisher-place" not in src.fields:
        src.fields.update(event_fields(src.fields.pop("publisher")))
    elif isinstance(src.fields.get("publisher"), str) and isinstance(src.fields.get("publisher-place"), str):
        # "Textile Society Symposium, Lima, Peru." read as a publisher and its place: the meeting and where it met
        src.fields["event-title"] = src.fields.pop("publisher")
        src.fields["event-place"] = src.fields.pop("publisher-place")
    elif len(src.leftover) == 1 and not src.fields:
        src.fields.update(event_fields(strip_value(unmark(src.leftover.pop()))))
    elif isinstance(src.fields.get("container-title"), str) and not _LOCATORS.intersection(src.fields):
        # "ONE Conference 2019, Boston, MA, United States." read as a journal with no volume or pages: the meeting
        src.fields.update(event_fields(src.fields.pop("container-title")))


_LOCATORS = frozenset(["volume", "issue", "page", "publisher"])
# a talk given before an audience, as APA's bracket names it: "[Keynote address]", "[Address]", "[Speech]" (not a
# speech's transcript or recording, which a site publishes)
_DELIVERED = lazy_pattern(r"^(?:(?:[Kk]eynote|[Pp]residential|[Ii]naugural)\s+)?(?:[Aa]ddress|[Ss]peech)$")


def _issuer_as_container(item: dict[str, Any], evidence: set[str]) -> bool:
    """A bare name read as the container with nothing a periodical or a book would give with it: no locators, no
    publisher, no italics, no chapter's ``In``."""
    return (
        isinstance(item.get("container-title"), str)
        and not _LOCATORS.intersection(item)
        and not {"container-italic", "chapter"} & evidence
    )



_MARK_OR_DIGIT = lazy_pattern(r"[,:;\d]")


def _archived(src: SourcePart) -> bool:
    """An archive's name where a publisher would stand (``Title. Archives of the American Forest Products
    Association, Washington, DC.``): APA's archival document, held, not published."""
    held = src.fields.get("publisher")
    if not isinstance(held, str) or "container-title" in src.fields or _MARK_OR_DIGIT.search(held):
        return False  # (a book's title and its publisher run together hold a comma or a colon)
    return bool(ARCHIVE_NAME.search(held))


# an archive's collection, named where a journal would stand: "Thomas and Emma Crosby fonds", "Chung Collection",
# "Walter A. Lawrance Papers"; and the body that holds it, where a publisher would stand
_COLLECTION_NAME = lazy_pattern(r"(?:\bfonds|\bCollection|\bPapers|\bRecords)$")
_COLLECTION_HOLDER = lazy_pattern(r"\b(?:Archives?|Librar(?:y|ies)|Special Collections|Museum|Historical Society)\b")


def _collection_from_source(src: SourcePart) -> bool:
    """APA's archival item in a named collection, ``[Letter …]. Name fonds (Box 2, File 14). University Library
    Special Collections, Vancouver, Canada.``: the collection (``collection-title``), the box or code in brackets
    (``archive_location``) and the repository with its place (``archive``, ``archive-place``), no journal, issue or
    publisher."""
    coll, holder = src.fields.get("container-title"), src.fields.get("publisher")
    if not isinstance(coll, str) or not isinstance(holder, str) or {"volume", "page"} & src.fields.keys():
        return False
    if not _COLLECTION_NAME.search(coll) or not _COLLECTION_HOLDER.search(holder):
        return False
    src.fields["collection-title"] = src.fields.pop("container-title")
    if isinstance(src.fields.get("issue"), str):
        src.fields["archive_location"] = src.fields.pop("issue")
    src.fields["archive"] = src.fields.pop("publisher")
    if isinstance(src.fields.get("publisher-place"), str):
        src.fields["archive-place"] = src.fields.pop("publisher-place")
    return True


def _holding_from_source(src: SourcePart, held_in: tuple[str, ...]) -> None:
    """APA's artwork ``Title [Painting]. Museum, City, ST, Country.``: the museum that holds the work and its place
    are no publisher or site (CSL's ``archive`` and ``archive-place``)."""
    for var in held_in:
        held = src.fields.get(var)
        if not isinstance(held, str) or _LOCATORS.difference({var}).intersection(src.fields):
            continue
        place = src.fields.get("publisher-place") if var == "publisher" else None
        fields = {"archive": held, "archive-place": place} if isinstance(place, str) else holding_fields(held)
        if fields:
            del src.fields[var]
            src.fields.pop("publisher-place", None)
            src.fields.update(fields)
        return


def _merge(item: Item, key: str, value: Any, leftover: list[str], bracket: str | None) -> None:
    """Set a field the source part found, never silently dropping a second value for it."""
    if value in ("", None, [], {}):
        return
    if key not in item:
        item[key] = value
    elif item[key] != value:
        if key == "publisher" and bracket == "thesis" and "archive" not in item:
            item["archive"] = value  # "[Doctoral dissertation, University]. Database." — APA's archive
        else:
            leftover.append(value if isinstance(value, str) else str(value))


def extract_safe(text: str) -> tuple[str, dict[str, Any]]:
    """Identifiers only (for the fallback parser)."""
    return extract_identifiers(clean_space(text))
