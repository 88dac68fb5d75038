"""Chicago orchestrator: identifiers -> author element and date position -> title -> source -> type.

The author element ends where the author-date year stands as a sentence of its own or, in a
bibliography entry, where the quoted or italic title begins (the first sentence when the text
carries no markup).  ``parse_chicago`` returns None where the opening or the source fits none of
Chicago's forms: the caller then takes another reading.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import BODY_LINKS, lower_words
from biblio.parse.mends.title_first import plain_persons
from biblio.parse.normalisers.container import blog_kind_apart
from biblio.parse.normalisers.dates import DateResult, parse_date
from biblio.parse.normalisers.edition import EDITION, edition_from_span
from biblio.parse.normalisers.genre import FINNISH_KIND_OPENING, description_type, periodical_type
from biblio.parse.normalisers.hosts import add_note, short_doi_apart
from biblio.parse.normalisers.names import body_abbreviated, has_org_name_word, has_org_word, names_from_span
from biblio.parse.normalisers.publisher import PUBLISHER_WORDS
from biblio.parse.normalisers.title import title_value
from biblio.parse.readers.apa.identifiers import extract_identifiers
from biblio.parse.readers.base import finish_record
from biblio.parse.readers.chicago.authors import chicago_names, family_first
from biblio.parse.readers.chicago.dates import author_date
from biblio.parse.readers.chicago.source import (
    ART_MEDIUM,
    POST_KIND,
    SITE_AND_OWNER,
    SITE_WORDS,
    Source,
    parse_source,
)
from biblio.parse.text import IT_CLOSE, IT_OPEN, clean_space, mark_italics, matching_close, sentence_end, unmark
from biblio.records.model import Item, biblio_data

# the author element, the author-date year and the start of the title lie within this many characters
_OPENING_SPAN = 400
# (not the stop of a first role before a second: "Johnston, Dafydd, trans. and ed. Title")
# (after a middle initial, a title's article opens the title: "Churchill, Winston S. The Second World War.")
_NAMES_END = lazy_pattern(
    r"(?<!\b[A-Z])\.\s+(?!(?:and|&)\s+(?:eds?|trans|comp)\.)(?=\S)|(?<=\b[A-Z])\.\s+(?=(?:The|An?)\s+[A-Z][a-z])"
)
_TITLE_START = lazy_pattern(r"\.\s+(?=[\"\u201c\u201e\u00ab\u2018\ue000])")
# a show's season and episode closing the words before a quoted title (its plain name before them)
_EPISODE_BEFORE = lazy_pattern(r"\b(?:Season|Series)\s+\d{1,3},\s+[Ee]pisode\s+\d{1,4}\.$")
# a translator's or an editor's sentence, which follows the title and never is one
_ROLE_OPENS = lazy_pattern(r"(?:Trans\.|Transl\.|Translated by|Edited by|Edited and translated by)\s")
# an editor or translator named after a plain title, as older bibliographies write them
_ROLE_AFTER_TITLE = lazy_pattern(r",\s+(?:eds?\.|trans\.|edited by|translated by)\s+(?=[A-Z])")
# a multivolume work's volume after its plain title: the sentence_end of "Vol." is an abbreviation's
_VOLUME_AFTER_TITLE = lazy_pattern(r"\.\s+(?=Vol\.\s+(?:\d{1,3}|[IVXL]{1,6})\b)")
_BLOG_AFTER = lazy_pattern(r"\s*\(blog\)(?=[.,]|$)")
# the editor's elision mark after an italic title cut short, before its separator
_ELISION_AFTER = lazy_pattern(r"[\s\ue001]*\[(?:\u2026|\.\.\.)\](?=[\s\ue001]*(?:$|[.,]))")
_CLOSE_QUOTE = lazy_pattern(r"(?:\u201d|\"(?=[\s\ue001]|$))")
# a book's edition set inside its italic title: "*Hands-on Machine Learning, 2nd ed*. Sebastopol: O'Reilly, 2019."
# a bracketed description closing a title: "Thermal tolerance of intertidal crabs [thesis]"
_CLOSING_DESCRIPTION = lazy_pattern(r"\s*\[(?P<desc>[^\[\]]{2,40})\]\s*$")
_EDITION_IN_TITLE = lazy_pattern(
    r",\s*(?P<edition>(?:\d{1,3}(?:st|nd|rd|th|d)|Rev\.|Revised|Expanded)\s+(?:ed|edn|edition)\.?)$", re.I
)
# a title's opening quote and what closes it: English, German („…“) and French (« … ») quotes
_QUOTES = {
    '"': _CLOSE_QUOTE,
    # a curly opening quote closes with the curly quote: straight quotes before it are nested
    # ("the \"Tough Crime\" Movement"); a straight quote closes it only where no curly one follows
    "\u201c": lazy_pattern(r"\u201d|\"(?=[\s\ue001]|$)(?!.*\u201d)", re.S),
    "\u201e": lazy_pattern(r"[\u201c\u201d]"),
    "\u00ab": lazy_pattern(r"\u00bb"),
    # British quotes (Zotero's en-GB Chicago: "‘Title’. *Journal* 6 (2018): 1."): the closing quote before the
    # stop, or after the title's own ? or !; an apostrophe within ("Kotter’s", "teachers’ union") closes nothing
    "\u2018": lazy_pattern(r"\u2019(?=\.(?:[\s\ue001]|$))|(?<=[?!])\u2019(?=[\s\ue001]|$)"),
}
# a straight quote opening on a curly one ("“Making Noise” Kirsty Neilson"): the title within the title is
# curly, so only the straight quote (before the stop, where one is written outside it) closes the whole
_NESTED_CLOSE = lazy_pattern(r"\"(?=[.,]?(?:[\s\ue001]|$))")
# a quoted title closed before its comma ("Title", Site,): logical punctuation, which Chicago never uses
_COMMA_OUTSIDE = lazy_pattern(r'"[^"\u201c\u201d]+",\s')
_TYPES = {
    "journal": "article-journal",
    "chapter": "chapter",
    "book": "book",
    "thesis": "thesis",
    "paper": "paper-conference",
    "lecture": "speech",
    "web": "webpage",
    "track": "song",
    "broadcast": "broadcast",
}


def _opening(s: str) -> tuple[tuple[str, list[Any]] | None, DateResult | None, str] | None:
    """(author variable and names, author-date date, the rest from the title on), or None."""
    if s[:1] in _QUOTES or s[:1] == IT_OPEN:
        return None, None, s
    ad = author_date(s)
    if ad is not None:
        if (person := family_first(ad[0])) is not None:
            return ("author", person), ad[1], ad[2]
        names = chicago_names(ad[0])
        return (names, ad[1], ad[2]) if names else None
    m = _TITLE_START.search(s, 0, 300)
    if m is not None and _EPISODE_BEFORE.search(s, 0, m.start() + 1):
        m = None  # "Star Trek. Season 2, episode 15. “Title.”": the quoted title is the episode's, after the show's
    plain = m is None
    if m is None:
        # no marked title: the names end at the first period that closes no initial
        m = _NAMES_END.search(s, 0, 300)
    if m is None:
        return None
    end = m.start() + 1
    if (person := family_first(s[:end])) is not None:  # "Liu Xinwu. *The Wedding Party*.": CMOS 18's own order
        return ("author", person), None, s[end:].lstrip()
    names = chicago_names(s[:end])
    if names is None or (plain and any("literal" in n for n in names[1])):
        return None  # without markup only a person's name opens a bibliography entry for sure
    return names, None, s[end:].lstrip()


_TITLE_CLOSE = lazy_pattern(r"[\s\ue001]*(?:$|[.,?!])")


def _title(s: str) -> tuple[str | None, bool, str]:
    """(title, italic, the rest)."""
    if s[:1] in _QUOTES:
        m = (_NESTED_CLOSE if s[:2] == '"\u201c' else _QUOTES[s[0]]).search(s, 1)
        if m:
            return title_value(unmark(s[1 : m.start()])), False, s[m.end() :].lstrip(" .,")
    if s.startswith(IT_OPEN):
        j = matching_close(s, 0)
        # the italic span is the whole title only where a separator follows it
        if j > 0 and _TITLE_CLOSE.match(s[j + 1 :]) or j > 1 and s[j - 1] in ".?!":
            return title_value(s[1:j]), True, s[j + 1 :].lstrip(" .,")
        if j > 0 and (cut := _ELISION_AFTER.match(s, j + 1)):  # "*Ecclesiastical Law* […], vol. 2.": a cut title
            return title_value(s[1:j]), True, s[cut.end() :].lstrip(" .,")
        if j > 0 and (blog := _BLOG_AFTER.match(s, j + 1)):  # "*Four Moves* (blog).": a blog as the work cited
            return title_value(s[1:j]), True, s[blog.end() :].lstrip(" .,")
    end = sentence_end(s)
    head, rest = (s, "") if end < 0 else (s[:end], s[end:])
    if role := _ROLE_AFTER_TITLE.search(head):  # "Institutions cénobitiques, ed. Jean-Claude Guy."
        head, rest = head[: role.start()], head[role.start() + 1 :] + rest
    elif volume := _VOLUME_AFTER_TITLE.search(head):  # "The Second World War. Vol. 2, Their Finest Hour."
        head, rest = head[: volume.start()], head[volume.start() + 1 :] + rest
    return title_value(unmark(head)), False, rest.lstrip(" .,")


def _type(src: Source, item: Item) -> str:
    if "director" in item:
        return "motion_picture"
    if "interviewer" in item:  # "Interview by Terry Gross.": a published interview
        return "interview"
    medium = str(item.get("medium", ""))
    if POST_KIND.fullmatch(medium):  # "Instagram photo, April 1, 2016."
        return "post"
    if ART_MEDIUM.match(medium):  # "Oil on canvas."
        return "graphic"
    if src.review:
        return "review"
    if src.blog:
        return "post-weblog"
    if src.form == "periodical":
        found = periodical_type(item)
        if found == "article-journal" and item.get("URL") and "page" not in item and _body_site(item):
            return "webpage"  # MLA's "Brennan Center for Justice, New York University School of Law, Sept. 2020, URL"
        return found if found != "article-journal" else "article-newspaper"
    if src.form == "chapter" and item.get("number"):
        return "broadcast"  # a podcast's or programme's episode in its show: "Episode 400. … In *99% Invisible*."
    if src.form == "book" and item.get("number"):
        return "report"  # a government document: "88th Cong., 1st sess."
    return _TYPES.get(src.form or "", "document")


# "Research" closes a journal's name as often as a body's ("Sociological Methods & Research")
_RESEARCH = lazy_pattern(r"\bResearch$")


def _journal_online_first(item: Item, ident: dict[str, Any]) -> bool:
    """``Title. Sociological Methods & Research. https://doi.org/…``: a journal named alone before a DOI, an article
    published online before its issue, read as a site's owner; a publisher's word (``Press``) or a body's
    (``National Bureau of Economic Research``) keeps the name a publisher."""
    name = item.get("publisher")
    if not isinstance(name, str) or "container-title" in item or not ident.get("DOI") or "URL" in ident:
        return False
    if "accessed" in ident or PUBLISHER_WORDS.search(name):
        return False
    return not has_org_name_word(_RESEARCH.sub("", name))


def _body_site(item: Item) -> bool:
    """A site named by a body (a centre, an institute) and owned by another: a web page's, no periodical's."""
    return "publisher" in item and has_org_name_word(str(item.get("container-title", "")))


# an unsigned newspaper article, the paper in the author's place: "*New York Times*. 2002. “Title.” July 30,
# 2002." (author-date) or "*Wall Street Journal.* "Title." May 14, 2020." (bibliography)
_PAPER_FIRST = lazy_pattern(
    rf"^{IT_OPEN}(?P<paper>[^{IT_OPEN}{IT_CLOSE}]{{2,60}}?)\.?{IT_CLOSE}\.?\s+"
    r"(?:(?P<year>(?:1[6-9]|20)\d\d)[a-z]?\.\s+)?(?=[\"\u201c])"
)


def _paper_first(s: str) -> tuple[str, bool, str] | None:
    """(the paper, whether an author-date year follows it, the rest from the title on) of an unsigned
    article that names its paper first; the rest is read as ``"Title." *Paper*, Date.``"""
    m = _PAPER_FIRST.match(s)
    if m is None:
        return None
    return m.group("paper").strip(), m.group("year") is not None, s[m.end() :]


# a social-media handle after the author's name: "Souza, Pete (@petesouza). 2016."
_HANDLE_OPENING = lazy_pattern(r"^[^\"\u201c*()]{1,250}?\((@[\w.]{1,30})\)")
# an episode's designation and quoted title after its show's italic name
_EPISODE_TITLE = lazy_pattern(
    r"^(?:(?P<ep>(?:(?:Season|Series)\s+\d+,\s+)?[Ee]pisode\s+\d+)[,.]\s+)?(?=[\"\u201c])"
)
# the author-date year after a title that opens the entry: "*Dust and Water*. 2014. Directed by …"
_TITLE_YEAR = lazy_pattern(r"^((?:1[5-9]|20)\d\d)[a-z]?\.\s+(?=\S)")
_BRACKETED_YEAR = lazy_pattern(r"^\(((?:1[5-9]|20)\d\d)[a-z]?\)\.?\s+(?=\S)")
# the first letters of the Finnish kinds of source (a cheap test before the pattern)
_KIND_INITIALS = frozenset("AUVKEBP")
# a film cited by its title (CMOS 14.265): "Returning Dreams. 2005. Produced and directed by Emily Marlow. Oley, PA:
# Bullfrog Films. DVD." -- what opens the entry is the title, the sentence after the year its director
_DIRECTED_BY = lazy_pattern(r"(?:(?:Produced|Written) and )?[Dd]irected by (?P<names>[^\W\d_][^.:;]{2,80})")


def _no_body(literal: str) -> bool:
    """A literal name that says nothing of a body: no body's word, no bracketed abbreviation of its words."""
    return not has_org_word(literal) and not (literal.endswith(")") and body_abbreviated(literal))


def _sentence_for_body(names: tuple[str, list[Any]] | None) -> bool:
    """An opening read as a body that is a title in sentence case (``ML-enhanced control co-design of
    immersion-cooled BTMS. *J. Appl. Phys.* 2024.``): two words or more in lower case, no body's word."""
    if not names:
        return False
    for n in names[1]:
        literal = n.get("literal")
        if isinstance(literal, str) and lower_words(literal.split(), 2, BODY_LINKS) and not has_org_name_word(literal):
            return True
    return False


def parse_chicago(text: str) -> Item | None:
    """Parse one Chicago reference (author-date or bibliography entry); None when it is not one."""
    # a short DOI's link closing the entry is kept as the note, no text left unread
    s, short_doi = short_doi_apart(clean_space(text))
    # the opening decides most refusals: read it before the costlier cutting out of identifiers
    if _opening(mark_italics(s[:_OPENING_SPAN])) is None:
        return None
    s, ident = extract_identifiers(s)
    s = mark_italics(s)
    opening = _opening(s)
    if opening is None:
        return None
    names, date, rest = opening
    if _sentence_for_body(names):
        return None  # a title opening a reference with no author, a journal's italics after it
    if _COMMA_OUTSIDE.match(rest) or rest[:1] == "\u2018" and not _QUOTES["\u2018"].search(rest, 1):
        return None  # (a British quote not closed before the title's stop: "‘Title’, 26." is no entry read here)
    # DHQ's "Alighieri, Dante. (1996) Title. … Press, 1996.": a bracketed year after the names is the date's
    head_year = _BRACKETED_YEAR.match(rest) if date is None else None
    if head_year:
        rest = rest[head_year.end() :]
    # a Finnish list's kind of source in a sentence of its own before the title: "2018. Artikkeli. _Title_"
    kind = FINNISH_KIND_OPENING.match(rest) if rest[:1] in _KIND_INITIALS else None
    if kind:
        rest = rest[kind.end() :]
    linked = bool(ident.get("URL") or ident.get("DOI"))
    paper = _paper_first(s) if s.startswith(IT_OPEN) else None
    if paper is not None:
        title, _italic, rest = _title(paper[2])
        src = parse_source(f"{IT_OPEN}{paper[0]}{IT_CLOSE}, {rest}", paper[1], linked)
        if src.form != "periodical":
            return None
    else:
        bracketed = rest[:1] == "("
        title, italic, rest = _title(rest)
        if kind is None and rest.lstrip()[:1] in _KIND_INITIALS and (kind := FINNISH_KIND_OPENING.match(rest)):
            rest = rest[kind.end() :]  # or after it: "_Title?_ Keskustelufoorumi. Luettavissa: …"
        if not italic and title and _ROLE_OPENS.match(title):
            return None  # "HOMER, Iliad. Trans. R. Lattimore.": a translator's sentence is no title; the names ran on
        if not italic and title and bracketed and EDITION.match(title):
            return None  # "Cohen, J. Title. (2nd ed.). Place:": an edition's sentence is no title; the names ran on
        show = None
        if (ep := _EPISODE_TITLE.match(rest)) and (italic or ep.group("ep") and title):
            # a show, then its episode (CMOS 14.263): "*Breaking Bad*. Season 5, episode 14, “Ozymandias.”"; the
            # season and episode before a quoted title say it of a plain title too (italics lost in a paste)
            show, (title, _quoted, rest) = title, _title(rest[ep.end() :])
            italic = False
            if ep.group("ep"):
                rest = f"{ep.group('ep')}. {rest}"
        if names is None and date is None and (ty := _TITLE_YEAR.match(rest)):
            # author-date with no author: the title takes the names' place, the year follows it
            date, rest = parse_date(ty.group(1)), rest[ty.end() :]
        parts = (date.issued or {}).get("date-parts") if date is not None else None
        # a plain title whose volume follows it is a book's too (a multivolume work's, CMOS 14.117)
        book = italic or _VOLUME_AFTER_TITLE.match(". " + rest) is not None
        src = parse_source(rest, date is not None, linked, book, parts[0][0] if parts and parts[0] else None)
    if src.form is None:
        return None
    if names is None and paper is None and italic and src.placeless and s.startswith(IT_OPEN):
        # "*Title*, Günter Hölbl, 2001.": a reading list's title first, then its author's name and the year, no house
        house = str(src.fields.get("publisher", ""))
        if plain_persons(house) and (persons := names_from_span(house)):
            names = ("author", persons)
            del src.fields["publisher"]
    if src.placeless and names and any("literal" in n and _no_body(str(n["literal"])) for n in names[1]):
        return None  # "Tariq Rashid. *Title*. Publisher, 2016.": a person in natural order opens no Chicago entry
    if paper is None and show:
        src.fields["container-title"] = show
    item: Item = {}
    if names:
        item[names[0]] = names[1]
    if kind:
        src.fields.setdefault("genre", kind.group("kind"))
    if title:
        # CSE's and NLM's "Title [thesis]. Athens (GA): …": the bracketed description closing the title is its kind
        if (desc := _CLOSING_DESCRIPTION.search(title)) and description_type(desc.group("desc")) is not None:
            title = title[: desc.start()]
            src.fields.setdefault("genre", desc.group("desc"))
        item["title"] = title
        if src.form == "book" and "edition" not in src.fields and (ed := _EDITION_IN_TITLE.search(title)):
            item["title"], item["edition"] = title[: ed.start()], edition_from_span(ed.group("edition"))
    for key, value in src.fields.items():
        item.setdefault(key, value)
    site = str(item.get("container-title", ""))
    if (
        src.form == "web"
        and "accessed" in ident
        and "publisher" not in item
        and (owned := SITE_AND_OWNER.fullmatch(site))
        and len(site.split()) <= SITE_WORDS
    ):
        # a note's "Pinterest Help, Pinterest, accessed February 13, 2022,": the site read that day, its owner
        item["container-title"], item["publisher"] = owned.group(1), owned.group(2)
    if src.form == "web" and _journal_online_first(item, ident):
        item["container-title"] = item.pop("publisher")
        src.form = "journal"
    if isinstance(item.get("container-title"), str) and (blog := blog_kind_apart(item["container-title"])):
        item["container-title"], src.blog = blog, True  # "*The Daily Vet (blog)*, June 9."
    issued = date if date is not None and (date.issued or date.no_date) else src.date
    if issued is not None and issued.issued:
        # author-date "(Spring)" / "April 17" add month and day to the year after the names
        item["issued"] = issued.issued
        if date is not None and date.issued and src.date is not None and src.date.issued:
            later = src.date.issued["date-parts"][0]
            if later[0] == date.issued["date-parts"][0][0]:
                item["issued"] = src.date.issued
    elif date is not None and date.status:
        item["status"] = date.status
    if head_year and "issued" not in item:
        item["issued"] = {"date-parts": [[int(head_year.group(1))]]}
    item.update({k: v for k, v in ident.items() if k not in item})
    _film_by_title(item)
    out: Item = {"type": _type(src, item)}
    out.update(item)
    data = biblio_data(out)
    data["source"] = text
    if handle := _HANDLE_OPENING.match(text):  # the author's account, kept beside the names
        data["handles"] = [handle.group(1)]
    if date is not None and date.year_suffix:
        data["year-suffix"] = date.year_suffix
    out = finish_record(out, src.leftover)
    if short_doi:
        add_note(out, short_doi)
    return out


def _film_by_title(item: Item) -> None:
    """A film whose title opens the entry and whose director follows the year: the opening group is the title."""
    authors = item.get("author")
    crew = _DIRECTED_BY.fullmatch(str(item.get("title", "")))
    if crew is None or not isinstance(authors, list) or len(authors) != 1 or "literal" not in authors[0]:
        return
    directors = names_from_span(crew.group("names"))
    if not directors or not all("family" in n for n in directors):
        return
    item["title"] = str(authors[0]["literal"])
    item["director"] = directors
    del item["author"]
