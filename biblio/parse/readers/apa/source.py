"""The source element (everything after the title) -> container and locators.

Fields touched: ``container-title``, ``volume``, ``issue``, ``page``, ``number``,
``publisher``, ``publisher-place``, ``edition``, ``editor``, ``translator``,
``event-title``, ``genre``, ``collection-title``; plus evidence for types.py.

Three APA source shapes are recognised, tried in this order:
  chapter   ``In A. Editor (Ed.), *Book* (2nd ed., pp. 1-10). Publisher.``
  periodical ``*Journal*, 12(3), 45-67.`` / ``*Journal*, Article e123.`` / ``*The Times*.``
  stand-alone ``Location: Publisher.`` / ``Publisher.`` / ``Paper presented at ...``
Page ranges are stored with a hyphen (``45-67``), the usual CSL-JSON form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.licence_notes import LICENCE
from biblio.parse.mends.mla_imprints import BOOK_THEN_IMPRINT
from biblio.parse.normalisers.dates import ACCESS_LEAD, month_day, years_covered
from biblio.parse.normalisers.edition import edition_value
from biblio.parse.normalisers.genre import OTHER_THESIS_WORDS
from biblio.parse.normalisers.hosts import add_note
from biblio.parse.normalisers.names import (
    ORG_WORDS,
    inverted_editors,
    language_conjunctions,
    looks_personal,
    names_from_span,
    parse_names,
    parse_person_list,
)
from biblio.parse.normalisers.pages import clean_pages, number_is_issue
from biblio.parse.normalisers.places import REGIONS, is_place, linked_town, town_before_abnt_numbers
from biblio.parse.normalisers.publisher import AVAILABLE_AT, PUBLISHER_WORDS, campus_school, publisher_lead_off
from biblio.parse.normalisers.report_series import REVISION_WORD
from biblio.parse.normalisers.venues import MEETING_SHORT_NAME
from biblio.parse.readers.apa.identifiers import _accessed
from biblio.parse.readers.apa.style import NEWSPAPER_EDITION
from biblio.parse.readers.apa.title import BARE_DOCUMENT_CODE, DOCUMENT_CODE, DOCUMENT_SYMBOL, KIND_AND_NUMBER
from biblio.parse.readers.contributors import contributor_fields
from biblio.parse.text import (
    DASH_CLASS,
    IT_CLOSE,
    IT_OPEN,
    clean_space,
    fold_dashes,
    matching_close,
    sentence_end,
    sentence_units,
    strip_value,
    unmark,
)

CONTAINER_WORDS = lazy_pattern(
    r"\b(?:journal|proceedings|proc\.|review|quarterly|bulletin|magazine|times|news|newspaper|"
    r"post|herald|tribune|gazette|guardian|telegraph|chronicle|inquirer|conference|symposium|workshop|congress|"
    r"transactions|trans\.|"
    r"annals|letters|studies|research|science|sciences|international|j\.|rev\.|zeitschrift|"
    r"revue|revista|rivista|archives?|acta|annual|yearbook|jahrbuch|cahiers|forum|report|"
    r"reports|advances|perspectives|today|weekly|monthly|daily)\b",
    re.I,
)
_EDITOR_PAREN = lazy_pattern(
    r"\(\s*(?P<role>(?:[EÉ]ds?|Editors?|Reds?|Haz|Hrsg|Hg|Hgg|Coords?|Dirs?|Orgs?|Comps?|A\s+cura\s+di|Ed\.\s*&\s*Trans|"
    r"Trans|Eds\.\s*&\s*Trans|Executive\s+Producers?|Producers?|Hosts?|Chairs?)\.?)\s*\)",
    re.I,
)
# the people a series or show names in its "In …" part, by their CSL role
# (and a symposium's chairs, "In D. Johnston & M. Johnston (Chairs), *Symposium* [Symposium].", APA 10.5)
_MEDIA_ROLES = {"executive producer": "executive-producer", "producer": "producer", "host": "host", "chair": "chair"}
# an article's number with its journal's code before it (The Company of Biologists' "jeb184085", "dev201234")
_CODED_ARTICLE = r"[a-z]{2,4}\d{5,}"
# (an editorial's front-matter pages in small roman numerals: "35(2), i-v")
_PAGES = (
    rf"(?:{_CODED_ARTICLE}|[ivxlc]{{1,7}}\s*{DASH_CLASS}\s*[ivxlc]{{1,7}}\b|[A-Za-z]?\d+[A-Za-z]?(?:\s*{DASH_CLASS}+\s*[A-Za-z]?\d+[A-Za-z]?)?(?:\s*,\s*[A-Za-z]?\d+[A-Za-z]?"
    rf"(?:\s*{DASH_CLASS}+\s*[A-Za-z]?\d+)?)*)"
)
# pages: English "pp.", German "S.", Scandinavian and Turkish "s." and "ss.", Indonesian and Malay "hlm."/"hal."
# (a note's "pg. 9" too)
_PAGE_PREFIX = r"(?:[Pp]p?\.?\s*|[Pp]gs?\.\s*|[Pp]ages?\s+|[Ss]s?\.\s*|[Ss]eiten\s+|hlm\.\s*|hal\.\s*)"
_RANGE = rf"\d+[A-Za-z]?\s*{DASH_CLASS}+\s*\d+[A-Za-z]?"
# a town's state or country code closing a name: "…, Oak Ridge, TN"
_CLOSING_CODE = lazy_pattern(r",\s+(?P<code>[A-Z]{2,3})\s*$")


def _worded_issue_after_region(iss: str, cont: str) -> bool:
    """A bracket of words with no number after a name closed by a town's state code: a country, no issue."""
    if any(c.isdigit() for c in iss):
        return False
    return (m := _CLOSING_CODE.search(cont)) is not None and m.group("code").lower() in REGIONS


_PERIODICAL = lazy_pattern(
    rf"^(?P<cont>.+?)(?:,|\.|\s|(?=\())\s*(?:(?:Vol\.?|Volume|vol\.?|Bd\.?|Jg\.?|v\.(?=\s?\d))\s*(?::\s*)?)?"
    # (IEEE's lettered volumes, "C-20", as APA sets them in italics with the journal's name)
    rf"(?P<vol>\d+[A-Za-z]?(?:{DASH_CLASS}\d+)?|[IVXLC]+|[A-Z]{{1,2}}-\d{{1,4}}(?=\())?\s*"
    # (MLA's lower-case "no." too: "*Filmwork*, no. 41, pp. 12-30")
    rf"(?:\((?P<iss>[^()]{{1,30}})\)|,?\s*\b(?:No\.?|no\.|Issue|Nr\.?|H\.|n°|n\.)\s*(?::\s*)?(?P<iss2>\d[\w/-]*)"
    # "Proteins 53 Suppl 6: 491-6": a supplement after the volume (NLM, PLoS)
    rf"|(?P<iss3>Suppl\.?(?:\s*\d+)?))?\s*"
    rf"(?:(?:[,:.]\s*|(?<=[,.]\s)|(?<=[,.]))(?:(?P<pp>[Pp]p?\.|[Pp]p(?=\d)|[Pp]ages?|[Pp]gs?\.?|S\.)\s*)?(?P<pages>{_PAGES})"
    rf"|[,.]\s*(?P<art>(?:Article|Art\.?|Paper|e-?Article)\s*(?:No\.?\s*)?[\w.-]+))?\s*\.?$",
    re.S,
)
# the last character of any of _PERIODICAL's locators (a volume, issue, pages, article number): text that
# ends otherwise is no periodical's, told at once (the pattern tries its container's end at every character
# and its locators from each, and the reader tries it at every comma of a long title)
_ACRONYM = lazy_pattern(r"[A-Z][A-Z&]{1,7}")
# a programming language named by a letter and its marks: "C#", "F#", "C++"
_LANGUAGE_NAME = lazy_pattern(r"[A-Z][#+]{1,2}")
# a word in brackets after a work's container saying how or whether it appeared: no issue ("(online)", "(Invited)")
_STATUS_PAREN = lazy_pattern(
    r"online|print|electronic|invited|accepted|forthcoming|in\s+press|submitted|under\s+review", re.I
)
# a bracket after a container opening with the access word: the date the page was read ("(accessed February 2008)")
_ACCESS_PAREN = lazy_pattern(rf"\s*(?:{ACCESS_LEAD})\b", re.I)
_YEAR_ALONE = lazy_pattern(r"(?:1[5-9]|20)\d\d")
# the article word closing what the pattern took for a journal's name before a lone number
_ARTICLE_WORD_CLOSING = lazy_pattern(r"[,.]\s*(?:Article|e-?Article)(?:\s+No\.?)?$")
_YEAR_SPAN = lazy_pattern(r"(\d{4})\s?-\s?(\d{2}|\d{4})")
_LOCATOR_END = lazy_pattern(r"[\w.)/-]")
# two letters end only an issue or article number after its word ("No. 4b-ii", "Article e12ab"), a roman
# volume (after "Vol" it may follow a letter: "VolXI") or "Suppl"
_LETTERS_END = lazy_pattern(r"[^\W\d]{2}")
_NUMBER_WORD = lazy_pattern(r"No|Issue|Nr|H\.|n°|n\.|Art|Paper|Suppl|Vol|vol|Bd|Jg")
_ROMAN_END = lazy_pattern(r"[IVXLC]{2}|[ivxlc]{2}")
# a journal's town in brackets after its name, before the Iberian "v. 120, n. 4, p. 984-1009"
_TOWN_AFTER_JOURNAL = lazy_pattern(r"\s\((?P<town>[A-Z\u00c0-\u00de][^()\d.]{1,40})\)$")
_IBERIAN_NUMBERS = lazy_pattern(r",\s*[vn]\.\s?\d")
# the last comma part of a journal's name, where ABNT names its town: "Revista …, Belo Horizonte"
_TOWN_CLOSING_JOURNAL = lazy_pattern(r"(?<=\S)\s*,\s*(?P<town>[A-Z\u00c0-\u00de][^\d,;:()*]{1,40}?)\s*$")


def _may_be_periodical(u: str) -> bool:
    """False when ``u``'s end can be none of _PERIODICAL's locators (so the pattern need not run)."""
    end = (u[:-1] if u.endswith(".") else u).rstrip()[-2:]
    if not _LOCATOR_END.match(end[-1:]):
        return False
    return not _LETTERS_END.fullmatch(end) or bool(_ROMAN_END.fullmatch(end) or _NUMBER_WORD.search(u))


# "In J. Smith & K. Lee, eds., Book" / "In J. Smith, editor. Book": a role word after a comma
_EDITOR_BARE = lazy_pattern(
    r",\s*(?P<role>eds?|editors?|hrsg|hg|hgg|coords?|dirs?)\b\.?\s*(?:[,.:]\s*|\s+)(?=\S)", re.I
)
# the editors after "ed." with no comma before them, then the chapter's pages: "ed. Kevin Thurlow, pp. 27-66."
_ROLE_THEN_NAMES = lazy_pattern(
    rf"(?<=[^,:]\s)(?P<names>[^,()\d]{{3,120}}?),\s*(?:pp?\.\s*)?(?P<pages>{_PAGES})\s*(?:\.|$)"
)
# a trailing edition after a book title: "Book, 2nd edn" / "Book. 2. Aufl."
_TRAILING_EDITION = lazy_pattern(
    r"[,.]\s*((?:(?:rev(?:ised|\.)?|expanded|updated)\s+)?(?:\d{1,3}\s*(?:st|nd|rd|th|e|er|ème|\.)?\.?|first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s*(?:\w+\s+)?(?:ed|edn|edition|aufl|auflage|éd|édition)\.?)$",
    re.I,
)
_PLACE_PUBLISHER = lazy_pattern(r"^(?P<place>[^:;]{2,60}?)\s*:\s*(?P<pub>[^:]{2,})$")
# "ISBN: 9781577357384" closing the entry: the book's number, not "Place: Publisher"
_BOOK_NUMBER = lazy_pattern(r"^(?:e-?)?IS[BS]N(?:-1[03])?\s*:?\s*[\dXx][\dXx -]{7,20}$")
# (the kind of talk may come first: "Oral presentation presented at …", "Poster presentation presented to …")
_PRESENTED = lazy_pattern(
    r"^(?:(?:(?:Oral|Poster|Paper|Invited|Plenary|Conference)\s+)?"
    r"(?:Paper|Poster|Keynote|Symposium|Talk|Presentation|Lecture|Workshop|Sermon|Speech|Address)(?:\s+session)?\s+"
    # ("Lecture at Renovare International Conference, Denver, CO.": a lecture's verb may be left out)
    r"(?:was\s+)?(?:presented|given|delivered)\s+(?:at|to)\s+(?:the\s+)?|Lecture\s+at\s+(?:the\s+)?)(?P<event>.+)$",
    re.I,
)
_THESIS = lazy_pattern(
    r"^(?P<genre>(?:Unpublished\s+)?(?:doctoral\s+dissertation|dissertation|diss\b\.?|master'?s\s+thesis|"
    r"master['\u2019]s\s+thesis|ph\.?\s?d\.?\s+(?:thesis|dissertation)|(?:[dm]\.?\s?phil\.?|m\.?a\.?|m\.?sc\.?|b\.?a\.?|"
    r"bachelor['\u2019]?s?|honou?rs?|diploma|doctoral|senior)\s+thesis|thesis|th[eè]se(?:\s+de\s+doctorat)?|"
    r"m[ée]moire\s+de\s+(?:master|ma[îi]trise|licence|fin\s+d['\u2019][ée]tudes|DEA|DESS|M[12])|"
    r"dissertation\s+abstract\w*|(?:[^\W\d_]+\s+){0,3}(?:tesis|"
    + OTHER_THESIS_WORDS
    + r")))(?:\s*[,.]\s*(?P<pub>.+))?$",
    re.I,
)
_GENRE_UNIT = lazy_pattern(
    r"^(?:unpublished\s+(?:manuscript|report|paper|data|raw data|work)|working\s+paper|press\s+release|"
    r"white\s+paper|technical\s+report|tech\.\s+rep\.?|manuscript\s+(?:submitted|in\s+preparation)[^.]*|"
    r"(?:unpublished\s+)?(?:manuscript|report)|policy\s+brief|discussion\s+paper|preprint|"
    r"fact\s+sheet|brochure|pamphlet|mimeo\w*|lecture\s+notes?|github\s+repository)$",
    re.I,
)


@dataclass
class SourcePart:
    fields: dict[str, Any] = field(default_factory=dict)
    evidence: set[str] = field(default_factory=set)
    leftover: list[str] = field(default_factory=list)


# APA's contributors in a bracket after a title or a book: "(J. Strachey, Trans.)", "(H. Zohn, Trans.; pp. 217–251)"
CONTRIBUTOR_PAREN = lazy_pattern(
    r"^(?P<names>.+?),\s*(?P<role>Trans|Transl|Ed|Eds|Narr|Illus|Comp|Dir|Prod|Interviewer|Host)\.?"
    r"(?:\s*(?:&|and)\s*(?P<role2>Trans|Transl|Ed|Eds)\.?)?$",  # "(J. Strachey, Ed. & Trans.)"
    re.I,
)
CONTRIBUTOR_VAR = {
    "trans": "translator",
    "transl": "translator",
    "ed": "editor",
    "eds": "editor",
    "narr": "narrator",
    "illus": "illustrator",
    "comp": "compiler",
    "dir": "director",
    "prod": "producer",
    "interviewer": "interviewer",  # APA's podcast interview: "(E. Gross, Interviewer)"
    "host": "host",
}


_LOCATOR_SEPARATOR = lazy_pattern(
    r"[,;]\s*(?=(?:\d+\w*\.?\s+(?:ed|éd|aufl|überarb|rev)|\d+\.\s|Vols?\.|Bd\.|pp?\.|No\.|Rev|Vol|"
    r"Issue|Part|[Ss]s?\.\s*\d|hlm\.|hal\.|[A-Z][a-z]+\s+[Ee]d(?:ition)?\b|with\s+(?:a\s+)?new\s|yeni\s+önsöz))"
)
_LEAD_PIECE = lazy_pattern(r"^([^,;]+)[,;]\s*(.+)$")


def parse_locators(inner: str, out: SourcePart, unparsed: list[str] | None = None) -> bool:
    """``2nd ed., Vol. 3, pp. 1-10`` (a chapter's/book's parenthetical).  True if all parsed;
    the pieces that fit no locator are appended to ``unparsed`` when given."""
    pieces = [
        x.strip()
        for x in _LOCATOR_SEPARATOR.split(inner)
        if x.strip()
    ]
    # "(H. Zohn, Trans.; pp. 217–251)": the book's translator (or editor) before its pages, with APA's semicolon
    for k, piece in enumerate(pieces):
        if (role := CONTRIBUTOR_PAREN.match(piece)) is not None and (names := parse_names(role.group("names"))):
            out.fields.setdefault(CONTRIBUTOR_VAR.get(role.group("role").lower(), "editor"), names)
            del pieces[k]
            break
    if unparsed is not None:
        # "2n ed., Management series": a locator first, then free text
        lead = _LEAD_PIECE.match(pieces[0]) if pieces else None
        if lead and edition_value(lead.group(1)):
            pieces[0:1] = [lead.group(1), lead.group(2)]
    return _parse_pieces(pieces, out, unparsed)


# "(Report No. 12)", "(Technical Note No. 4)", APA's "(ISO Standard No. 31000:2018)" and "(U.S. Patent No.
# 10,123,456)": a document's kind and its number (an Australian catalogue's "(Cat. no: AUS 240)"); a US health
# agency's number names its fiscal years with a bracketed one: "(AHRQ Publication No. 11(12)-0059)"; a PDF's text
# may join the number with the hyphen U+2010 ("(Tech. Rep. No. 85‐739)"); Norwegian "(Publikasjonsnr. 3548123)"
_NUMBERED_DOCUMENT = lazy_pattern(
    r"((?:[\w./]+\s+){0,8}(?:Report|Paper|Brief|Note|Sheet|Publication|Bulletin|Series|Rep\.|Standard|Patent"
    r"|Cat\.|Catalogue|Catalog)\s+)?(?:No\.|Number:?|Nos\.|(?<=Cat\.\s)No:|(?<=Catalogue\s)No\b|(?:Publikasjons|Publikations)nr\.?)\s*((?:[A-Z]{2,3}\s(?=\d))?[\w./\u2010-]+(?:\(\d{1,4}\)[-/][\w./-]+)?(?:[:,][\w./-]+)*)",
    re.I,
)
# a statistics office named before its catalogue number: "Statistics Canada Catalogue number: 82-620-MWE2005001",
# "Statistics Canada, Catalogue no 82-620-MWE2005001"
_OFFICE_CATALOGUE = lazy_pattern(
    r"(?P<office>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}),?\s+(?P<kind>Cat\.|Catalogue)\s+(?:[Nn]o\b\.?|[Nn]umber\s*:?)\s*"
    r"(?P<no>\d[\w.]*(?:-\s?[\w.]+)*)"
)
_DOCUMENT_KIND = lazy_pattern(r"\b(?:Standard|Patent)\b", re.I)
# an agency's letters before its document number, lowercase "no." as some agencies print it: "(DEST no. 6891.HERC02A)"
_AGENCY_NUMBER = lazy_pattern(r"[A-Z]{2,8}\s+[Nn]o\.\s*([\w./-]*\d[\w./-]*)")
# a patent named by its office's letters and number, no "No.": "Patent SE 541500", "European Patent EP 1234567 B1"
_PATENT_NO_WORD = lazy_pattern(r"((?:[A-Z][\w.]*\s+){0,3}Patent)\s+((?:[A-Z]{2}\s?)?\d[\d,]*(?:\s?[A-Z]\d?)?)")
# a standard's code: its body's letters (joint bodies with a slash) and number, "ISO 45001:2018", "AS/NZS 5601.1:2013"
_STANDARD_CODE = lazy_pattern(r"(?:ISO|IEC|EN|AS|NZS|BS|DIN|ANSI|ASTM|IEEE|SAE)(?:/[A-Z]{2,4})*\s[A-Z]?\d[\w.:-]*")
_KIND_AND_NUMBER = lazy_pattern(KIND_AND_NUMBER)
_REVISION_PIECE = lazy_pattern(REVISION_WORD)


def patent_number(text: str) -> str | None:
    """The number of ``U.S. Patent No. 6,285,999`` when that is the whole text (APA 6 sets it in the title's
    place), else None."""
    m = _NUMBERED_DOCUMENT.fullmatch(text.strip(" ."))
    return m.group(2) if m and m.group(1) and "patent" in m.group(1).lower() else None


# a code alone, its digits and capitals mixed: "(51121E)", "(9B19A012)"
_BARE_CODE = lazy_pattern(BARE_DOCUMENT_CODE)
# "(NCES 2020-144)", "(RR-08-27)", "(GAO-21-123)": an agency's code and a number with its separator;
# "(A/RES/70/1)": the UN's document symbol; a code alone: "(13-10-0105-01)", "(9B19A012)"
_REPORT_CODE = lazy_pattern(
    rf"{DOCUMENT_CODE}|[A-Z]{{2,8}}\s\d{{3,}}|{DOCUMENT_SYMBOL}|{BARE_DOCUMENT_CODE}"
)


# an Australian agency's series number and catalogue number: "(Rural Health Series No. 4, Cat. No. PHE 262)"
_SERIES_AND_CATALOGUE = lazy_pattern(
    r"[^()]{2,80}?\bseries,?\s+no\.?\s*\d{1,4}[.,;]\s*cat\.\s*no\.\s*[A-Z]{1,5}\s*\d{1,5}", re.I
)


# an edition named by its word, not its number: "Rev. edn.", "Expanded edition", "(Anniversary ed.)"; Turkish
# "(gözden geçirilmiş baskı)" (revised), "(gözden geçirilmiş ve genişletilmiş baskı)" (revised and expanded)
_TURKISH_EDITION_WORD = r"(?:gözden\s+geçirilmiş|genişletilmiş|güncellenmiş|düzeltilmiş)"
_WORD_EDITION = lazy_pattern(
    r"((?:Rev|Revised|Expanded|Updated|Abridged|Unabridged|Special|International|Reprint|Anniversary|Student|Concise"
    r"|Annotated|Illustrated|Centennial|Facsimile)\w*\.?)\s*(?:ed|edn|edition)\.?"
    rf"|({_TURKISH_EDITION_WORD}(?:\s+ve\s+{_TURKISH_EDITION_WORD})*)\s+(?:baskı|basım)",
    re.I,
)


# an encyclopedia's archived edition named by its season: "(Spring 2019 ed.)"
_SEASON_EDITION = lazy_pattern(r"((?:Spring|Summer|Fall|Autumn|Winter)\s+\d{4})\s+(?:ed|edn|edition)\.?", re.I)


# a book's series named first in its bracket, before the book's volume in it: "(Lecture Notes in Computer Science,
# Vol. 12225, pp. 3-14)"
_SERIES_FIRST = lazy_pattern(r"[A-Z][^\d()\[\],;:]{2,80}")
_VOLUME_PIECE = lazy_pattern(r"(?:Vols?\.|Volume)\s*\d", re.I)


_TEXT_REVISION = lazy_pattern(r"text\s+rev(?:ision|\.)?\.?", re.I)
# what an edition adds, after its statement: "(Rev. ed., with a new preface)", Turkish "(güncellenmiş baskı, yeni
# önsözle)"
_EDITION_ADDITION = lazy_pattern(
    r"with\s+(?:a\s+)?new\s+(?:preface|foreword|introduction|afterword)(?:\s+by\s+\S.*)?|yeni\s+önsöz(?:le|\s+ile)",
    re.I,
)
_VERSION_PIECE = lazy_pattern(r"(?:Version|Ver\.|v\.)\s*([\w.-]+)", re.I)
# German APA's "(Bd. 1)", French and Spanish "(t. 2)", "(tomo 3)" as English "(Vol. 1)"
_VOLUME_PIECE_WORD = lazy_pattern(r"(?:Vols?\.|Volume|Bde?\.|Band|t\.|tome|tomo)\s*([\w-]+)(?:\s*[:,]\s*(.*))?", re.I)
_PAGES_PIECE = lazy_pattern(rf"(?:pp?\.?|pages?|ss?\.|hlm\.|hal\.)\s*({_PAGES})|({_PAGES})", re.I)


def _parse_pieces(pieces: list[str], out: SourcePart, unparsed: list[str] | None) -> bool:
    ok = True
    if len(pieces) > 1 and _SERIES_FIRST.fullmatch(pieces[0]) and _VOLUME_PIECE.match(pieces[1]):
        out.fields["collection-title"] = pieces[0].strip()
        pieces = pieces[1:]
    for piece in pieces:
        ed = edition_value(piece)
        if ed:
            out.fields["edition"] = ed
            continue
        if "edition" in out.fields and (_TEXT_REVISION.fullmatch(piece) or _EDITION_ADDITION.fullmatch(piece)):
            continue  # "(5th ed., text rev.)": the edition's revised text, no field of its own
        if _WORD_EDITION.fullmatch(piece):
            out.fields["edition"] = piece.rstrip(".")
            continue
        if season := _SEASON_EDITION.fullmatch(piece):
            out.fields["edition"] = season.group(1)
            continue
        m = _VERSION_PIECE.fullmatch(piece)
        if m:
            out.fields["version"] = m.group(1)
            continue
        m = _VOLUME_PIECE_WORD.fullmatch(piece)
        if m:
            out.fields["volume"] = fold_dashes(m.group(1))
            if m.group(2):
                out.fields["volume-title"] = strip_value(m.group(2))
            continue
        m = _PAGES_PIECE.fullmatch(piece)
        if m and not (m.group(2) and _BARE_CODE.fullmatch(piece)):  # (an industry report's "(51121E)": a code)
            out.fields["page"] = clean_pages(m.group(1) or m.group(2))
            continue
        if (office := _OFFICE_CATALOGUE.fullmatch(piece)) is not None:
            out.fields["publisher"] = office["office"]  # "(Statistics Canada Catalogue number: 82-620-X)"
            out.fields["number"] = office["no"]
            out.fields["genre"] = office["kind"]
            out.evidence.add("report-number")
            continue
        m = _NUMBERED_DOCUMENT.fullmatch(piece) or _KIND_AND_NUMBER.fullmatch(piece)
        if m:
            out.fields["number"] = m.group(2)
            if m.group(1):
                out.fields["genre"] = m.group(1).strip(" ,")
                kind = _DOCUMENT_KIND.search(m.group(1))
                out.evidence.add(f"{kind.group(0).lower()}-number" if kind else "report-number")
            continue
        if "number" in out.fields and _REVISION_PIECE.fullmatch(piece):
            out.fields["number"] += ", " + piece  # "(NIST Special Publication 800-53, Revision 5)"
            continue
        if (pat := _PATENT_NO_WORD.fullmatch(piece)) is not None:
            out.fields["number"] = pat.group(2)  # "(Patent SE 541500)": a patent office's number with no "No."
            out.fields["genre"] = pat.group(1)
            out.evidence.add("patent-number")
            continue
        if _STANDARD_CODE.fullmatch(piece):
            out.fields["number"] = piece  # "(ISO 45001:2018)", "(AS/NZS 5601.1:2013)": the standard's code
            out.evidence.add("standard-number")
            continue
        if _REPORT_CODE.fullmatch(piece) or _SERIES_AND_CATALOGUE.fullmatch(piece):
            out.fields["number"] = piece
            out.evidence.add("report-number")
            continue
        if (agency := _AGENCY_NUMBER.fullmatch(piece)) is not None:
            out.fields["number"] = agency.group(1)
            out.evidence.add("report-number")
            continue
        ok = False
        if unparsed is not None:
            unparsed.append(piece)
    return ok


# a UK command paper's or House paper's number: "Cm 9607", "Cmnd. 3410", "Cd 7", "HC 1229", "HC 1229-I", "HL 45"
PAPER_NUMBER_FORM = r"(?:Cm|Cmnd|Cmd|Cd|HC|HL)\.?\s?\d{1,5}(?:-[IVX]{1,4})?"
PAPER_NUMBER = lazy_pattern(PAPER_NUMBER_FORM)
_ARXIV_ID = lazy_pattern(r"(?:arXiv\s+preprint\s+)?arXiv:\s*[\w./-]+(?:\s*\[[\w.-]+\])?", re.I)
_ITALIC_NUMBER = lazy_pattern(IT_OPEN + r"(\d+[A-Za-z]?)" + IT_CLOSE)
# "*Journal, 84,* 191-215": the comma after the volume may be set in italics too
_NUMBER_IN_ITALICS = lazy_pattern(r",\s*(\d+[A-Za-z]?|[A-Z]{1,2}-\d{1,4}(?=" + IT_CLOSE + r"\())\s*(,?)" + IT_CLOSE)


def _normalise_italic_numbers(s: str) -> str:
    # "*Journal*, *12*(3)" and "*Journal, 12*(3)": volume italics carry no extra meaning
    if IT_CLOSE not in s:
        return s
    s = _ITALIC_NUMBER.sub(r"\1", s)
    return _NUMBER_IN_ITALICS.sub(IT_CLOSE + r", \1\2", s)


# a newspaper's day and month after its name, the year given at the head (UK Harvard)
_DAY_MONTH = r"\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}"
_DAY_MONTH_CLOSING = lazy_pattern(rf",\s*((?:{_DAY_MONTH}))\s*,?\s*$")
_DAY_MONTH_ALONE = lazy_pattern(_DAY_MONTH)


# MLA's web entry after a quoted title: the site, then the day it was posted, with its year ("“Title”.
# Quartz at Work, 8 Dec 2017, URL.", "@elotroalex, 7 June 2014")
# ("uploaded by pat dhens, YouTube, 6 Jul 2016": who uploaded a video comes before the site)
_DATED_SITE = lazy_pattern(
    r"^(?:(?:uploaded|posted)\s+by\s+[^,]+,\s*)?(?!(?:uploaded|posted)\s+by\b)"
    r"(?:(?P<site>[^,\d]{2,80}?),\s*)?(?P<md>\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}$"
)

# Harvard's (Cite Them Right) "“Title,” Scientific American, 1 June. Available at:": the outlet, then the day and
# month of a year given at the head
# (a magazine's month alone, "The Atlantic, November.", as well)
_SITE_DAY_MONTH = lazy_pattern(
    r"^(?P<site>[^,\d]{2,80}?),\s*(?P<md>\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}"
    r"|(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)))$"
)


def _container(cont: str, out: SourcePart) -> str:
    """Set the container's title; a newspaper's day and month after its name (UK Harvard's ``The Guardian,
    3 March, p. 12.``, the year at the head) go to the date. Returns the container's text."""
    day_month = _DAY_MONTH_CLOSING.search(cont)
    if day_month and (md := month_day(day_month.group(1))) and len(md) == 2:
        cont = cont[: day_month.start()]
        out.fields["issued-month-day"] = md
    out.fields["container-title"] = strip_value(cont)
    return cont


# words only a trade publisher's name holds (narrower than PUBLISHER_WORDS: a society's or a university's
# name is many a journal's)
_TRADE_PUBLISHER = lazy_pattern(
    r"\b(?:Press|Presses|Books|Publish\w*|Publications|Verlag|[EÉ]ditions|Editora|Prentice[- ]Hall)\b"
)


def trade_imprint(cont: str) -> bool:
    """``Altamira Press``, ``Oxford, Altamira Press`` or ``Altamira Press, Oxford``: a trade publisher's name,
    alone or with its town, is a book's imprint, never a journal."""
    parts = [p.strip() for p in cont.split(",")]
    if len(parts) > 2 or not all(parts) or not _TRADE_PUBLISHER.search(parts[-1] if is_place(parts[0]) else parts[0]):
        return False
    return len(parts) == 1 or is_place(parts[0]) or is_place(parts[1])


_ISSUE_BEFORE_PAGES = lazy_pattern(rf"(\d+[A-Za-z]?)\s*,\s*({_RANGE}|[A-Za-z]?\d+)")


_TWO_LETTERS = lazy_pattern(r"[^\W\d_]{2,}")
_LETTER = lazy_pattern(r"[^\W\d_]")
_NUMBER_RANGE = lazy_pattern(r"(\d+)-(\d+)")
_LAST_COMMA_PART = lazy_pattern(r",\s*\S+\s*\.?$")
_CLOSING_NUMBER = lazy_pattern(r",\s*(?:Vol\.?\s*)?\d+[A-Za-z]?\s*\.?$")


_ARTICLE_WORD = lazy_pattern(r"^(?:Article|Art\.?|Paper|e-?Article)\s*(?:No\.?\s*)?", re.I)


def _periodical(unit: str, out: SourcePart) -> bool:
    u = _normalise_italic_numbers(unit).strip()
    if not _may_be_periodical(u):
        return False
    m = _PERIODICAL.match(u)
    if not m or not (m.group("vol") or m.group("iss") or m.group("iss2") or m.group("pages") or m.group("art")):
        return False
    # "Title (FOR-2017-01-16-61)": a document's code in brackets, not an issue
    if m.group("iss") and not m.group("vol") and _REPORT_CODE.fullmatch(m.group("iss").strip()):
        return False
    # "Title, … youth are out of school (Fact Sheet No. 56)": a document's kind and number, not an issue
    if m.group("iss") and not m.group("vol") and _NUMBERED_DOCUMENT.fullmatch(m.group("iss").strip()):
        return False
    # "Understanding Models, Views, and Controllers (C#)": a programming language's name, not an issue
    if m.group("iss") and not (m.group("vol") or m.group("pages")) and _LANGUAGE_NAME.fullmatch(m.group("iss").strip()):
        return False
    # "Climate Data Store (CDS)": a body's acronym after its name, not an issue with no volume; a meeting's
    # "Advances in … Systems (NeurIPS), 2020." is no issue and page either: the year is the meeting's again
    iss = (m.group("iss") or "").strip()
    acronym = bool(_ACRONYM.fullmatch(iss) or MEETING_SHORT_NAME.fullmatch(iss))
    if acronym and not m.group("vol") and (not m.group("pages") or _YEAR_ALONE.fullmatch(m.group("pages"))):
        return False
    # "…risk factors, The Netherlands (2010-2014).": the years a title's study covers, not an issue
    yr = _YEAR_SPAN.fullmatch(fold_dashes(iss)) if iss and not (m.group("vol") or m.group("pages")) else None
    if yr is not None and years_covered(yr.group(1), yr.group(2)):
        return False
    cont = m.group("cont")
    # a container is words (or an italic name, however short: "*J*"), not a lone number, and not the
    # "In Editor (Ed.)" of a chapter
    if not _TWO_LETTERS.search(unmark(cont)) and not (IT_OPEN in cont and _LETTER.search(cont)):
        return False
    pp = _PLACE_PUBLISHER.match(strip_value(cont))
    if pp and is_place(pp.group("place")):
        return False  # "Boston: Harbor Books. pp. 15-19": a publisher, then the pages
    if trade_imprint(strip_value(cont)):
        return False  # "Title, Oxford, Altamira Press, p. 263": a book's place and publisher, then a page
    if m.group("pp") and not (m.group("vol") or iss or m.group("iss2")) and is_place(strip_value(cont)):
        return False  # Polish "Title. Subtitle. Warszawa, p. 162-169": a book's town alone, then its pages
    if (
        m.group("pages")
        and not (m.group("vol") or m.group("iss") or m.group("pp"))
        and m.group("pages").isdigit()
        and len(m.group("pages")) == 4
        and 1500 < int(m.group("pages")) < 2100
    ):
        return False  # "Place, 2011": a year, not a page
    g = m.groupdict()
    if g["iss"] and not (g["vol"] or g["pages"] or g["art"]) and _worded_issue_after_region(g["iss"], cont):
        return False  # "Laboratory (ORNL), Oak Ridge, TN (United States).": a town, its state and country

    vol_only = g["vol"] and not (g["iss"] or g["iss2"] or g["iss3"] or g["pages"] or g["art"])
    # "Telecommunications Policy, Article 102225": an article's number with no volume before it (a name with no
    # number of its own: "… Management 10 (1), pp. Article 5" holds its volume already)
    art_alone = _ARTICLE_WORD_CLOSING.search(cont) if vol_only else None
    if art_alone and any(c.isdigit() for c in cont[: art_alone.start()]):
        art_alone = None
    if art_alone:
        cont, vol_only = cont[: art_alone.start()], False
    rng = _NUMBER_RANGE.fullmatch(fold_dashes(g["vol"] or ""))
    # "Book or Journal, 321-362": a page range after a comma, not a volume
    page_range = bool(vol_only and rng and int(rng.group(1)) < int(rng.group(2)) and _LAST_COMMA_PART.search(u))
    if page_range and rng and years_covered(rng.group(1), rng.group(2)):
        return False  # "Traumatic pasts: history, …, 1870-1930.": the years a book's title covers, not pages
    # "Journal, 12." is a volume only when it is clearly a periodical
    if (
        vol_only
        and not page_range
        and not (
            (IT_OPEN in cont or CONTAINER_WORDS.search(cont)) and _CLOSING_NUMBER.search(u)
        )
    ):
        return False
    # "The Guardian (Aust. ed.), p. 5": a newspaper's edition in brackets is part of its name, no issue
    edition = bool(iss) and not m.group("vol") and NEWSPAPER_EDITION.fullmatch(iss) is not None
    if edition:
        cont = u[: u.find(")", m.end("iss")) + 1]
    town = _TOWN_AFTER_JOURNAL.search(cont) if cont.endswith(")") and _IBERIAN_NUMBERS.search(u) else None
    if town:
        # Catalan's and Spanish's "Caplletra (València), n. 50, p. 35-65": the town the journal is published in
        out.fields["publisher-place"] = town.group("town")
        cont = cont[: town.start()]
    elif (
        "," in cont
        and (town := _TOWN_CLOSING_JOURNAL.search(cont))
        and _IBERIAN_NUMBERS.search(u)
        and town_before_abnt_numbers(town.group("town"), u)
    ):
        # ABNT's "Revista …, Belo Horizonte, v. 36, n. 55": the town the journal is published in
        out.fields["publisher-place"] = town.group("town")
        cont = cont[: town.start()]
    cont = _container(cont, out)
    if IT_OPEN in cont:
        out.evidence.add("container-italic")
    vol = "" if art_alone else fold_dashes(m.group("vol") or "")
    pages = m.group("pages")
    lead = _ISSUE_BEFORE_PAGES.fullmatch(pages or "")
    iss_read = m.group("iss") or m.group("iss2") or m.group("iss3")
    if lead and lead.group(2).isdigit() and len(lead.group(2)) == 4 and 1500 < int(lead.group(2)) < 2100:
        lead = None  # "Newsletter, 12, 2019": a year, not a page
    if lead and not (vol or m.group("pp") or m.group("iss") or m.group("iss2")):
        # "Cornell L. Rev., 72, 936-1024" or "J. Plasma Phys., 85, 905850103" (an article's number): the first
        # number is the volume
        vol, pages = lead.group(1), lead.group(2)
    elif lead and vol and not (m.group("pp") or iss_read) and number_is_issue(lead.group(1), lead.group(2)):
        # Taylor & Francis's "Book History 1: 1, 3": the volume, a short number and a comma, the pages
        out.fields["issue"], pages = lead.group(1), lead.group(2)
    if page_range:
        out.fields["page"] = vol
    elif vol:
        out.fields["volume"] = vol
    iss = None if edition else m.group("iss") or m.group("iss2") or m.group("iss3")
    if iss and not vol and _ACCESS_PAREN.match(iss):
        return False  # "Guidelines, (accessed February 2008).": the date the page was read, no periodical's issue
    if iss and not vol and _YEAR_ALONE.fullmatch(iss.strip()):
        iss = None  # "BJS Open (2018).": the year written again after the journal's name, no issue
    if iss and not vol and iss[:1].isalpha() and (md := month_day(iss.strip())) and len(md) == 2:
        # INFORMS' "The New York Times Magazine Online (January 10), URL": the day of a year given at the head
        out.fields["issued-month-day"], iss = md, None
    if iss and not vol and _STATUS_PAREN.fullmatch(iss.strip()):
        out.fields["note"] = iss.strip()  # "Encyclopedia of Social Work (online).": how it appeared, no issue
    elif iss:
        out.fields["issue"] = fold_dashes(clean_space(iss))
    if pages:
        out.fields["page"] = clean_pages(pages)
    if art_alone:
        out.fields["number"] = g["vol"]
    elif m.group("art"):
        out.fields["number"] = _ARTICLE_WORD.sub("", m.group("art")).rstrip(".")
    out.evidence.add("periodical")
    return True


_OTHER_IN = lazy_pattern(r"^(?:I|Dalam)\s+(?=\S)")
# a reference work after Scandinavian APA's "I" ("in"): "I Oxford English Dictionary", "I Den Store Danske",
# "I Store norske leksikon", "I Nationalencyklopedin"
_NORDIC_REFERENCE_WORK = lazy_pattern(
    r"(?P<lead>I\s+)(?:[\w.'\u2019-]+\s+){0,5}?(?:[\w-]*(?:Dictionary|Encyclop\w*|Wikipedia|[Ll]eksikon|[Ll]exikon|"
    r"[Oo]rdbo[gk]|[Ee]ncyklop\w*)|Store\s+Danske)\b"
)
# Turkish APA names the book's editors first and closes its title with "içinde" ("in"):
# "M. Safran (Ed.), *Sosyal bilgiler öğretimi* içinde (s. 471-484). Ankara: Pegem."
_ICINDE = lazy_pattern(r"\s*\biçinde\b", re.I)


# Spanish chapters name the book's director (or coordinator, compiler) with no "En", given name first, after the
# chapter's title: "“Capítulo”. Graciela Maturo (Dir.). Libro. Buenos Aires: …"
_DIRECTOR_OPENS = lazy_pattern(
    r"[A-Z\u00c0-\u00de][^\W\d_]+(?:\s+(?:[A-Z\u00c0-\u00de][^\W\d_'\u2019-]+|de|del|y)){1,4}\s+\((?:Dirs?|Coords?|Comps?)\.\)\.\s"
)


# the chapter's "In" (or a French, Spanish, German one; "On" before an italic title)
_CHAPTER_IN = lazy_pattern(r"^(?:(?:In|IN|in|Dans|En|Im)\s*:?\s+(?=\S)|On\s+(?=" + IT_OPEN + "))")
_ICINDE_OPENING = lazy_pattern(r"^\s*içinde\b", re.I)
# the bracketed locators closing the book's title: "(pp. 1-10)", "(Vol. 2, pp. 3-4)", "(2nd ed.)"
_BOOK_LOCATORS = lazy_pattern(
    rf"\s*\((?=[^()]*\b(?:pp?\.|Vols?\.|ed\.|No\.|[Ss]s?\.\s*\d|hlm\.|hal\.|Aufl|Version\s+\d)|\s*{_PAGES}\s*\))"
    r"([^()]*)\)"
)
_CLOSING_PAGES = lazy_pattern(rf"[,.]\s*(?:pp?\.\s*)?({_PAGES})\s*\.?$")
_PAGES_SIGN = lazy_pattern(r"pp?\.|" + DASH_CLASS)
_CLOSING_VOLUME = lazy_pattern(r",\s*(?:Vol\.?|Volume)\s*(\d+[A-Za-z]?)\s*$")
# the linguistics house styles' volume and pages after the book: "In Name (ed.), Proceedings …, vol. 2, 909-924."
_VOLUME_THEN_PAGES = lazy_pattern(
    rf",\s*(?:[Vv]ol\.|[Vv]olume)\s*(?P<vol>\d+[A-Za-z]?|[IVXLC]+),\s*(?:pp?\.\s*)?(?P<pages>{_PAGES})\s*\.?$"
)
_PAGES_AFTER_BOOK = lazy_pattern(rf"^\s*,\s*(?:pp?\.\s*)?({_PAGES})\s*(?:\.|$)")
_PP_PAGES_OPENING = lazy_pattern(rf"^pp?\.\s*({_PAGES})\s*(?:\.|$)")


def _chapter(s: str, out: SourcePart) -> str | None:
    """``In Editors (Eds.), Book (pp. 1-10). Publisher.`` -> the text after the book part, or None."""
    # a song is "[Song]. On *Album*. Label.": APA's "On" before an album is a chapter's "In"
    m = _CHAPTER_IN.match(s)
    lead = m.end() if m else -1
    if lead < 0 and s[:2] == "I " and (rw := _NORDIC_REFERENCE_WORK.match(s)):
        lead = rw.end("lead")  # Danish and Norwegian "I Den Store Danske.": a reference work's entry, "In"
    if lead < 0:
        # Scandinavian "I", Indonesian and Malay "Dalam": a chapter's "In" only before editors with their
        # role; Turkish editors with no lead word, when "içinde" closes the book's title
        other = _OTHER_IN.match(s)
        lead = other.end() if other else 0
        em = _EDITOR_PAREN.search(s, lead)
        director = not lead and _DIRECTOR_OPENS.match(s) is not None
        if not director and not (
            em and em.start() - lead < 400 and looks_personal(language_conjunctions(s[lead : em.start()]))
        ):
            return None
        if not lead and not director and not (em and _ICINDE.search(s, em.end(), em.end() + 400)):
            return None
    icinde = not lead or bool(_ICINDE.search(s, lead, lead + 600))
    body = s[lead:]
    em = _EDITOR_PAREN.search(body)
    if not (
        em
        and em.start() < 400
        and looks_personal(language_conjunctions(body[: em.start()]))
        or (em and em.start() < 200)
    ):
        em = None
        bm = _EDITOR_BARE.search(body)
        if bm and bm.start() < 300 and (rm := _ROLE_THEN_NAMES.match(body, bm.end())) and _person_list(rm["names"]):
            # Chicago's older "In Book, ed. Name, pp. 27-66.": the role before the editors, the book before it
            out.fields["container-title"] = strip_value(body[: bm.start()])
            out.fields["editor"] = parse_person_list(language_conjunctions(rm["names"]))
            out.fields["page"] = clean_pages(rm["pages"])
            out.evidence.add("chapter")
            return body[rm.end() :].lstrip(" .,;")
        if bm and bm.start() < 300 and _person_list(body[: bm.start()]):
            em = bm
    if em is None and s[:lead].rstrip().endswith(":") and (gm := inverted_editors(body)):
        # German "In: Heyer, Peter u.a.: Titel": the names before the colon are the editors, with no role word
        out.fields["editor"] = names_from_span(gm.group("names"))
        body = body[gm.end() :]
    book_first = False
    if em:
        head = body[: em.start()]
        if split := _book_before_editors(head):
            # elsarticle's and LaTeXML's "In Book, P. Cizek and R. Weron (Eds.), pp. 1-10": the book comes first
            out.fields["container-title"] = strip_value(split[0])
            head, book_first = split[1], True
        # (German lists part the names with a slash, "Schmidt, Anna/Weber, Karl (Hrsg.)", which the names' own
        # reading parts)
        slashed = "/" in head and "," in head and "//" not in head
        names = names_from_span(head) if slashed else parse_person_list(language_conjunctions(head))
        role = em.group("role").lower()
        if names:
            if "trans" in role and not role.startswith("ed"):
                out.fields["translator"] = names
            elif media_role := _MEDIA_ROLES.get(role.rstrip("s. ").replace("  ", " ")):
                out.fields[media_role] = names  # a TV series' "(Executive Producers)", a podcast's "(Host)"
            else:
                out.fields["editor"] = names
                if "trans" in role:
                    out.fields["translator"] = names
        body = body[em.end() :].lstrip(" ,:.")
    out.evidence.add("chapter")
    if em is None and body.startswith(IT_OPEN) and (rest := _frontiers_chapter(body, out)) is not None:
        return rest
    # the book title: an italic span, or text up to "(pp." / sentence end
    if body.startswith(IT_OPEN):
        j = matching_close(body, 0)
        if j > 0:
            out.fields["container-title"] = strip_value(body[1:j])
            out.evidence.add("container-italic")
            body = body[j + 1 :]
            if icinde:
                body = _ICINDE_OPENING.sub("", body)
        else:
            body = body[1:]
    if "container-title" not in out.fields:
        pm = _BOOK_LOCATORS.search(body)
        end = sentence_end(body)
        # the book title may itself contain a period: the "(pp. ...)" parenthetical ends it
        cut = pm.start() if pm else (end if end >= 0 else len(body))
        cont = body[:cut]
        # non-APA "In Book, pp. 768-773" / "In Book, 13-35"
        tm = _CLOSING_PAGES.search(cont)
        if tm and not pm and (vp := _VOLUME_THEN_PAGES.search(cont)) is not None and _PAGES_SIGN.search(vp["pages"]):
            out.fields["volume"], out.fields["page"] = vp["vol"], clean_pages(vp["pages"])
            cont = cont[: vp.start()]
        elif tm and not pm and _PAGES_SIGN.search(tm.group(0)):
            out.fields["page"] = clean_pages(tm.group(1))
            cont = cont[: tm.start()]
        vm = _CLOSING_VOLUME.search(strip_value(cont))
        if vm:
            # "In Proceedings of X, Vol. 1, pp. 461-464"
            out.fields.setdefault("volume", vm.group(1))
            cont = strip_value(cont)[: vm.start()]
        edm = _TRAILING_EDITION.search(strip_value(cont))
        if edm and edition_value(edm.group(1)):
            out.fields.setdefault("edition", edition_value(edm.group(1)))
            cont = strip_value(cont)[: edm.start()]
        out.fields["container-title"] = strip_value(_ICINDE.sub("", cont) if icinde else cont)
        body = body[cut:]
    body = body.lstrip(" ,")
    if body.startswith("("):
        j = matching_close(body, 0)
        if j > 0:
            if not parse_locators(body[1:j], out):
                out.leftover.append(body[: j + 1])
            body = body[j + 1 :]
    # "Book, pp. 1-10." when the title was italic; "(Eds.), pp. 1-10." after the book and its editors
    tm = _PAGES_AFTER_BOOK.match(body) or (_PP_PAGES_OPENING.match(body) if book_first else None)
    if tm and "page" not in out.fields:
        out.fields["page"] = clean_pages(tm.group(1))
        body = body[tm.end() :]
    return body.lstrip(" .,;")


_PAGE_UNIT = lazy_pattern(rf"(?:{_PAGE_PREFIX}(?P<pages>{_PAGES})|(?P<range>{_RANGE}))")
_TRAILING_PAGES = lazy_pattern(
    rf"(?:,\s*|\.\s+|\s+)(?:(?:ch(?:ap(?:ter)?)?\.?\s*\d+\s*:\s*)|{_PAGE_PREFIX})(?P<pages>{_PAGES})$"
    rf"|,\s*(?P<range>{_RANGE})$"
)


def _cut_trailing_pages(unit: str, out: SourcePart) -> tuple[str, str]:
    """``Publisher, pp. 12-15`` / ``Place: Publisher, 224-27`` -> the unit without its pages."""
    bare = strip_value(unit)
    m = _TRAILING_PAGES.search(bare)
    if not m or "page" in out.fields:
        return unit, bare
    if m.group("range"):
        pm = _PAGE_UNIT.fullmatch(m.group("range"))
        if not pm:
            return unit, bare
    out.fields["page"] = clean_pages(m.group("pages") or m.group("range"))
    head = bare[: m.start()]
    return head, strip_value(head)


# a book's volume after its imprint or standing alone, as notes cite it: "London: Cassell & Co.; Vol. V.",
# "In *Dictionary of the Middle Ages*, volume 9"
_TRAILING_VOLUME = lazy_pattern(r"(?:^|[;,]\s*|\.\s+)(?:Vol\.?|vol\.|Volume|volume)\s*(?P<vol>[IVXLC]+|\d+[A-Za-z]?)$")


def _cut_trailing_volume(unit: str, bare: str, out: SourcePart) -> tuple[str, str]:
    """``Place: Publisher; Vol. V`` -> the unit without its volume, which is the book's."""
    m = _TRAILING_VOLUME.search(bare)
    if not m or "volume" in out.fields:
        return unit, bare
    out.fields["volume"] = m.group("vol")
    head = bare[: m.start()]
    return head, strip_value(head)


# editors written initials first: "P. Cizek", "W.K. Härdle", "M.A.H. Dempster"
_INITIAL_FIRST = lazy_pattern(r"^[A-Z]\.")
_COMMA = lazy_pattern(r",\s+")


def _book_before_editors(head: str) -> tuple[str, str] | None:
    """``Statistical Tools for Finance, P. Cizek, W.K. Härdle, and R. Weron`` before ``(Eds.)``: the book's
    title, then its editors with their initials first (elsarticle's and LaTeXML's order); None when the
    words before the role are the names alone (APA's ``In J. Doe & R. Roe (Eds.), *Book*``)."""
    if (c := head.find(", ")) > 0 and _INVERTED_LIST.fullmatch(head, c + 2) and not _INITIALS_ONLY.match(head, c + 2):
        # Harvard's "in Ethnomethodology, Turner, R. (ed.)": the book, then names written family first (a
        # family name opening APA's list would have its initials after its comma)
        return head[:c], head[c + 2 :]
    if looks_personal(language_conjunctions(head)):
        return None
    for m in _COMMA.finditer(head):
        book, names = head[: m.start()], head[m.end() :]
        if len(book.split()) >= 2 and _INITIAL_FIRST.match(names) and _person_list(names):
            return book, names
    return None


# names written family first, each with its initials: "Turner, R.", "Salaman, G. and Thompson, K."
_INVERTED_NAME = r"[A-Z][\w'’-]+,\s(?:[A-Z]\.\s?-?)+"
_INVERTED_LIST = lazy_pattern(rf"{_INVERTED_NAME}(?:,?\s(?:(?:and|&)\s)?{_INVERTED_NAME})*,?\s*")
_INITIALS_ONLY = lazy_pattern(r"(?:[A-Z]\.\s?)+")


_NOT_PERSON_MARK = lazy_pattern(r"[\d:()\[\]\"\u201c]")


# Frontiers' chapter after the italic book: "eds C. Edmondson and D. Edelstein (Liverpool: Liverpool University
# Press), 225–49." (the role word without its stop, the imprint in brackets, the pages after it)
_FRONTIERS_EDITORS = lazy_pattern(
    rf"\s*(?:eds?\.?|Eds?\.)\s+(?P<names>[^()\d]{{3,250}}?)\s+\((?P<place>[^():;\d]{{2,60}}):\s*(?P<pub>[^():;]{{2,100}})\)"
    rf"(?:\s*,\s*(?:pp?\.\s*)?(?P<pages>{_PAGES}))?(?=\s*(?:[.,;]|$))"
)


def _frontiers_chapter(body: str, out: SourcePart) -> str | None:
    """``*Book,* eds C. D. Hansen, … and H. Hagen (Berlin, NY: Springer), 3–27.``: the italic book, its editors
    after the role word, the bracketed place and publisher, then the pages; the rest of ``body`` after them."""
    j = matching_close(body, 0)
    if j <= 0 or (m := _FRONTIERS_EDITORS.match(body, j + 1)) is None or not _person_list(m["names"]):
        return None
    out.fields["container-title"] = strip_value(body[1:j])
    out.evidence.add("container-italic")
    out.fields["editor"] = parse_person_list(language_conjunctions(m["names"]))
    out.fields["publisher-place"] = strip_value(m["place"])
    out.fields["publisher"] = strip_value(m["pub"])
    if m["pages"]:
        out.fields["page"] = clean_pages(m["pages"])
    return body[m.end() :].lstrip(" .,;")


def _person_list(s: str) -> bool:
    """Does ``s`` read as a short list of person names (natural or inverted order)?"""
    t = clean_space(unmark(s))
    if not t or len(t) > 250 or _NOT_PERSON_MARK.search(t):
        return False
    names = parse_person_list(t)
    return bool(names) and all("literal" not in n for n in names)


_DOTTED_STATE_PLACE = lazy_pattern(r"^(?P<place>(?P<city>[^,]{2,40}),\s*(?:[A-Z]\.\s?){2,3})\s*(?P<pub>[A-Z].{1,80})$")


# a body's report series, then the body: "Reports on Special Business Projects, Statistics Canada", "Analytical
# Studies: Methods and References, Statistics Canada"; the series' abbreviation and the paper's number may follow it
# ("Research Discussion Paper (RDP) 2014-06, Reserve Bank of Australia")
_REPORT_SERIES_BODY = lazy_pattern(
    r"^(?P<series>(?:[A-Z][^,\d]{0,60}?\s)?(?:Reports?|Studies|(?:Working|Discussion|Research|Occasional)\s+Papers?)"
    r"\b[^,\d()]{0,50}?)(?:\s*\([A-Z]{2,8}\))?(?:\s+(?:No\.?\s*)?(?P<number>\d[\w./-]*))?"
    r",\s*(?P<pub>[A-Z][^,\d:]{1,60})$"
)


# (or a firm's name opening with its acronym: "CJ Entertainment, South Korea")
_ACRONYM_BEFORE_COUNTRY = lazy_pattern(r"(?:[A-Z]{4,8}|[A-Z]{2,4}\s[A-Z][a-z]{3,}),\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")


_DIGIT = lazy_pattern(r"\d")
_PUBLISHER_COMMA_PLACE = lazy_pattern(r"^(?P<pub>[^,]{2,80}),\s*(?P<place>[A-Z][^,\d]{1,30}(?:,\s*[A-Z][\w.]{1,20})?)$")
# "Deel I - Inventaris, Brussel": a volume's part word and its number open the title's last part, never a house's name
_PART_OPENING = lazy_pattern(r"^(?:Deel|Part|Teil|Band|Tome|Tomo|Volume|Vol\.|Libro|Livre)\s+(?:[IVXLC]+|\d+)\b")
_PLACE_COMMA_PUBLISHER = lazy_pattern(r"^(?P<place>[^,]{2,40}),\s*(?P<pub>[^,]{2,80})$")


def _publisher_unit(unit: str, out: SourcePart) -> bool:
    # (the words leading a house's name in, "Publisher:", "Ed: O'Reilly Media", are no place)
    u = publisher_lead_off(strip_value(unit)) if ":" in unit else strip_value(unit)
    if not u:
        return True
    if AVAILABLE_AT.match(u.rstrip(" :")) or _BOOK_NUMBER.match(u):
        out.leftover.append(unit)  # "Available at SSRN:" or "ISBN: 978…": where a copy is, or its number
        return True
    if "," in u and (series := _REPORT_SERIES_BODY.match(u)) and not is_place(series.group("pub")):
        out.fields.setdefault("collection-title", strip_value(series.group("series")))
        out.fields.setdefault("publisher", strip_value(series.group("pub")))
        if series.group("number"):
            out.fields.setdefault("number", series.group("number"))
        out.evidence.update(("publisher", "report-series"))
        return True
    m = _PLACE_PUBLISHER.match(u)
    if m and not _DIGIT.search(m.group("place")) and len(m.group("place").split()) <= 6:
        out.fields.setdefault("publisher-place", strip_value(m.group("place")))
        out.fields.setdefault("publisher", strip_value(m.group("pub")))
        out.evidence.add("publisher")
        return True
    # "Oxford University Press, Oxford" / "Morgan Kaufmann, San Francisco, CA" (non-APA):
    # a publisher word on the left only, or a known place on the right
    m = _PUBLISHER_COMMA_PLACE.match(u)
    place = m.group("place") if m else ""
    if (
        m
        and not is_place(m.group("pub"))
        and not _PART_OPENING.match(m.group("pub"))
        # "North-West University, Mafikeng Campus", "University of Nevada, Las Vegas": a university's campus is the
        # school's, no place
        and "ampus" not in place
        and not campus_school(u)
        # "Bethesda, Maryland, USA": a town, its state and country, no publisher (no body's word in the town)
        and not (
            is_place(u)
            and not PUBLISHER_WORDS.search(m.group("pub"))
            and not ORG_WORDS.search(m.group("pub"))
            and not _ACRONYM_BEFORE_COUNTRY.fullmatch(u)
        )
        and (
            is_place(place)
            # "Abbaye de Saint-André, Lophem-lez-Bruges": a town known by its compound shape
            or linked_town(place)
            # "IGES, Japan": a body's acronym (four capitals or more, no state's) before its country
            or _ACRONYM_BEFORE_COUNTRY.fullmatch(u) is not None and place.lower() in REGIONS
            or (
                PUBLISHER_WORDS.search(m.group("pub"))
                # "The Netherlands": a country's article is no body's
                and not (PUBLISHER_WORDS.search(place) or ORG_WORDS.search(place) and place.lower() not in REGIONS)
            )
        )
    ):
        out.fields.setdefault("publisher", m.group("pub").strip())
        out.fields.setdefault("publisher-place", m.group("place").strip())
        out.evidence.add("publisher")
        return True
    if is_place(u) and "publisher-place" not in out.fields:
        # "Ann Arbor, MI." standing alone: a place without a publisher
        out.fields["publisher-place"] = u
        out.evidence.add("publisher")
        return True
    # "Washington, D. C. MIT Press": a place whose state is abbreviated with periods, then the publisher
    m = _DOTTED_STATE_PLACE.match(u)
    if m and is_place(m.group("city")):
        out.fields.setdefault("publisher-place", m.group("place").strip())
        out.fields.setdefault("publisher", m.group("pub").strip())
        out.evidence.add("publisher")
        return True
    # "Paris, Gallimard" / "Strasbourg, Presses universitaires de Strasbourg" (French, Spanish order)
    m = _PLACE_COMMA_PUBLISHER.match(u)
    if m and is_place(m.group("place")) and not is_place(m.group("pub")):
        out.fields.setdefault("publisher-place", m.group("place").strip())
        out.fields.setdefault("publisher", m.group("pub").strip())
        out.evidence.add("publisher")
        return True
    out.fields.setdefault("publisher", u)
    out.evidence.add("publisher")
    return True


# a release stated on its own: "Version 2.1", R's "R package version 2.7.3"
# "Annual Meeting of X, Chicago, IL, United States": the place after the event's name
_EVENT_PLACE = lazy_pattern(
    r"^(.*?),\s*((?:[A-Z][\w.'-]*\s?){1,3}(?:,\s*(?:[A-Z]{2}|[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+){0,2}))*)$"
)
_EVENT_WORDS = lazy_pattern(r"\b(?:Conference|Meeting|Congress|Symposium|Convention|Workshop)\b")


# EndNote's "Paper presented at the Proceedings of …": the proceedings named are the book the paper is in
_PROCEEDINGS = lazy_pattern(r"(?:Proceedings|Proc\.)\s")


# a box and folder (or a collection's name) in brackets after the archive's name: "Rockefeller Archive Center (GEB
# Series 1.3, Box 371, Folder 3877), Tarrytown, NY, United States."
_HELD_AT = lazy_pattern(r"(?P<name>[^()]+?)\s*\((?P<where>[^()]+)\)(?P<rest>,\s*.+)$")
# an archive's or a library's name: the holder of an archived document, not its publisher
ARCHIVE_NAME = lazy_pattern(r"\b(?:Archives?|Archive Center|Special Collections)\b")


def holding_fields(holder: str) -> dict[str, str] | None:
    """``archive`` and ``archive-place`` of a museum or archive named with its place (APA's artwork and archival
    forms: ``[Painting]. The Museum of Modern Art, New York, NY, United States.``), the box or collection in brackets
    after its name the ``archive_location``; None without a place."""
    held = _HELD_AT.match(holder)
    pm = _EVENT_PLACE.match(held.group("name") + held.group("rest") if held else holder)
    if pm is None or CONTAINER_WORDS.search(pm.group(2)):
        return None
    fields = {"archive": pm.group(1), "archive-place": pm.group(2)}
    if held:
        fields["archive_location"] = held.group("where")
    return fields


def event_fields(event: str) -> dict[str, str]:
    """``event-title`` and, where a place closes it, ``event-place`` of a presentation's event (the
    ``container-title`` where the "event" named is the proceedings)."""
    pm = _EVENT_PLACE.match(event)
    if pm and not CONTAINER_WORDS.search(pm.group(2)) and not _EVENT_WORDS.search(pm.group(2)):
        fields = {"event-title": pm.group(1), "event-place": pm.group(2)}
    else:
        fields = {"event-title": event}
    if _PROCEEDINGS.match(fields["event-title"]):
        fields["container-title"] = fields.pop("event-title")
    return fields


_VERSION_UNIT = lazy_pattern(r"(?:\w+\s+package\s+)?(?:version|ver\.)\s*v?(\d[\w.-]*)", re.I)


# a whole work's length after its imprint: "Ullstein. 212 S.", "Norton. 448 pp.", "xii + 400 pp." (the labelled
# data keep it as the page, as the model reads it)
_PAGE_COUNT_UNIT = lazy_pattern(r"(?:[ivxlc]+\s*\+\s*)?(?P<n>\d{1,5})\s?(?:p|pp|pages|S|Seiten|s|с)\.?")


# a database's number of the copy, closing APA 6's dissertation or report: "(Order No. 10812345)", "(UMI No. 3312345)",
# "(ED123456)"
_DATABASE_NUMBER = lazy_pattern(
    r"\(\s*(?:(?:Order|UMI|Publication|Accession)\s+No\.?\s*)?(?P<n>(?:ED|EJ)?\d{5,})\s*\)\.?"
)
# APA 6's database a work was found in, named with no address: "Retrieved from ProQuest Dissertations and Theses
# database", "Retrieved from ERIC database"
# (or by its bare domain, as business guides name a subscription service: "Retrieved from IBISWorld.com")
# the day it was read may stand before "from", its comma left out: "Retrieved February 23, 2018 from IBISWorld database"
_FROM_DATABASE = lazy_pattern(
    r"(?:Retrieved|Available)(?:\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}),?)?\s+from\s+"
    r"(?P<db>[A-Z][^.:/]{1,80}?\s+databases?|[A-Za-z][\w-]{1,40}\.(?:com|org|net))",
    re.I,
)


# a site named with no address closing the reference, as students write APA's lead-in: "Retrieved from The World
# Bank", "Retrieved from Kaggle", "Retrieved from IMF": the site the work was read on
_RETRIEVED_FROM_SITE = lazy_pattern(
    r"Retrieved\s+from\s+(?P<site>(?:the\s+|The\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|for|&)){0,4})"
)


# the databases that publish nothing of their own: their name alone closing a report is where it was found
_ONLY_DATABASE = lazy_pattern(
    r"(?:ABI/INFORM|Business\s+Source|Academic\s+Search|EBSCOhost|Nexis\s+Uni|JSTOR|Project\s+MUSE|ERIC|ProQuest|"
    r"Psyc(?:INFO|ARTICLES|Net))(?:\s+[\w&/-]+){0,4}"
)


# a report's commissioning body, named in a sentence of its own before the publisher
_PREPARED_FOR = lazy_pattern(r"(?:Prepared|Commissioned|Submitted)\s+(?:for|to)\s+(?:the\s+)?[A-Z]")


# a show named with its kind after the episode's title, and the episode's number: "Title. Show Name [Podcast].
# Episode 12."
_SHOW_WITH_KIND = lazy_pattern(
    r"(?P<show>[^\[\]()]{2,100}?)\s*\[(?P<kind>(?:(?:audio|video)\s+)?podcast(?:\s+series)?)\]", re.I
)
_EPISODE_NUMBER = lazy_pattern(r"(?:Episode|Ep\.)\s*(?:No\.\s*)?(?P<no>\d{1,5})", re.I)


# a contributor statement run on into the imprint: "ed. by Carolin Ritter, Stuttgart: Reclam"
_ROLE_THEN_IMPRINT = lazy_pattern(
    r"(?P<roles>(?:[Ee]d\.|[Ee]dited|[Tt]rans\.|[Tt]ranslated|[Cc]ompiled)\s+by\s+[A-Z][^:;,]{1,60}?"
    r"(?:(?:,\s+|,?\s+and\s+)[A-Z][^:;,]{1,60}?)*),\s+(?P<town>[A-Z\u00c0-\u00de][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})"
    r"\s*:\s*[^:]{2,80}"
)


_CAPITAL_NO_DIGITS = lazy_pattern(r"[A-Z][^\d]*$")


_PRESENTED_TAIL = lazy_pattern(r"\s+(?:was\s+)?(?:presented|given|delivered).*$", re.I)


def _descriptive_unit(unit: str, out: SourcePart) -> bool:
    u = strip_value(unit)
    if u[-1:] == "]" and "container-title" not in out.fields and (sk := _SHOW_WITH_KIND.fullmatch(u)):
        out.fields["container-title"] = strip_value(unmark(sk.group("show")))
        out.fields["show-kind"] = sk.group("kind")
        return True
    if "show-kind" in out.fields and (ep := _EPISODE_NUMBER.fullmatch(u)):
        out.fields.setdefault("number", ep.group("no"))
        return True
    if unit.lstrip()[:1] == "(" and (dn := _DATABASE_NUMBER.fullmatch(unit.strip())):
        out.fields.setdefault("number", dn.group("n"))
        return True
    if (fd := _FROM_DATABASE.fullmatch(u)) is not None:
        out.fields.setdefault("archive", fd.group("db"))
        if fd.group("date") and (acc := _accessed(fd.group("date"))):
            out.fields.setdefault("accessed", acc)
        return True
    if (
        u[:9] == "Retrieved"
        and "container-title" not in out.fields
        and (fs := _RETRIEVED_FROM_SITE.fullmatch(u))
        and not _ONLY_DATABASE.match(fs.group("site"))
    ):
        out.fields["container-title"] = fs.group("site")
        out.evidence.add("retrieved-from-site")
        return True
    if u[:1] in "ABEJNP" and _ONLY_DATABASE.fullmatch(u):
        out.fields.setdefault("archive", u)  # "… [Industry profile]. ABI/INFORM Trade & Industry.": where it was found
        return True
    if u[:4] == "Lice" and LICENCE.match(u):
        add_note(out.fields, u)  # WHO's "License: CC BY-NC-SA 3.0 IGO": the terms of reuse, a note
        return True
    if u[:1] in "PCS" and _PREPARED_FOR.match(u):
        add_note(out.fields, u)  # "Prepared for the Office of …": whom a report was made for, not its publisher
        return True
    if u[-1:] in "psS." and (pc := _PAGE_COUNT_UNIT.fullmatch(unit.strip(" ,;"))):
        out.fields.setdefault("page", pc.group("n"))
        return True
    if u[:1] == "[" and u[-1:] == "]" and "]" not in u[1:-1] and len(u.split()) <= 4:
        out.fields.setdefault("medium", u[1:-1].strip())  # Cite Them Right's "2nd edn. [Kindle]. London: …"
        return True
    m = _VERSION_UNIT.fullmatch(u)
    if m:
        out.fields.setdefault("version", m.group(1).rstrip(".-"))
        return True
    m = _PRESENTED.match(u)
    if m:
        out.fields.update(event_fields(m.group("event")))
        out.fields["genre"] = _PRESENTED_TAIL.sub("", u[: m.start("event")]).strip()
        out.evidence.add("conference")
        return True
    m = _THESIS.match(u)
    if m:
        out.fields["genre"] = m.group("genre")
        if m.group("pub"):
            out.fields["publisher"] = strip_value(m.group("pub"))
        out.evidence.add("thesis")
        return True
    ed = edition_value(u)
    if ed:
        out.fields.setdefault("edition", ed)
        return True
    if u[:1] in "TEDCRPHNIFtec" and ": " in u and (ri := _ROLE_THEN_IMPRINT.fullmatch(u)) and is_place(ri["town"]):
        # "ed. by Carolin Ritter, Stuttgart: Reclam": the names end at the comma before the imprint's town
        roles = contributor_fields(ri["roles"])
        if roles and _publisher_unit(u[ri.start("town") :], out):
            for variable, value in roles.items():
                out.fields.setdefault(variable, value)
            return True
    if u[:1] in "TEDCRPHNIFtec" and (roles := contributor_fields(u)) is not None:
        # Harvard's and Chicago's "Title. Trans. T. Parsons. London: …" after an APA-like head
        for variable, value in roles.items():
            out.fields.setdefault(variable, value)
        return True
    if _WORD_EDITION.fullmatch(u.strip()):  # Harvard's "Rev. edn." after the title
        out.fields.setdefault("edition", u.strip().rstrip("."))
        return True
    if _GENRE_UNIT.match(u):
        out.fields.setdefault("genre", u)
        out.evidence.add("genre-unit")
        return True
    if "Resolution" in u and (resolution := _NUMBERED_RESOLUTION.fullmatch(u.strip(" ."))) is not None:
        # "Human Rights Council Resolution 28/16": the body's series of resolutions and the resolution's number
        out.fields.setdefault("collection-title", resolution["series"])
        out.fields.setdefault("number", resolution["number"])
        out.evidence.add("report-number")
        return True
    # "Working paper, California Institute of Technology", "Technical Report TR-2001-12, Dept. of Computing,
    # Imperial College": the kind of work and its number, then who issued it; biblatex's "Working Paper 33032."
    # alone before its issuer's sentence
    head, comma, issuer = u.partition(", ")
    numbered = _NUMBERED_GENRE.fullmatch(head)
    issued_by = comma and _CAPITAL_NO_DIGITS.match(issuer)
    if (issued_by and _GENRE_UNIT.match(head)) or (numbered and (issued_by or not comma)):
        out.fields.setdefault("genre", strip_value(numbered.group("genre")) if numbered else head)
        out.evidence.add("genre-unit")
        if numbered:
            out.fields.setdefault("number", numbered.group("number"))
            out.evidence.add("report-number")
        if comma:
            out.fields.setdefault("publisher", issuer)
            out.evidence.add("publisher")
        return True
    return False


# biblatex's "Tech. rep. National Bureau of Economic Research": its abbreviation for a report ends no sentence; a
# number after it ("Tech. rep. STAN-CS-TR-94-1511, Dept. …") is the report's own, read with the kind
_REPORT_KIND_FIRST = lazy_pattern(r"\s*(?P<kind>Tech(?:nical)?\.\s+rep\.)\s+(?P<rest>[A-Z][^\d]*)")


def _report_kind_apart(unit: str) -> list[str]:
    m = _REPORT_KIND_FIRST.fullmatch(unit)
    return [unit] if m is None else [m["kind"], m["rest"]]


# a state's gazette of its acts: "Official Journal of the European Union", "Official Gazette of the Republic of …"
_OFFICIAL_JOURNAL = lazy_pattern(r"Official\s+(?:Journal|Gazette)\s+of\s+(?:the\s+)?[A-Z][\w'’ -]*")


# Harvard's "Title. 7th ed. Publisher.": "ed." after an ordinal ends the edition's sentence, though the word
# "ed." ends none elsewhere ("ed. by", "(ed.)")
_ORDINAL_EDITION_FIRST = lazy_pattern(r"\s*(?P<ed>\d{1,3}(?:st|nd|rd|th)\s+ed\.)\s+(?P<rest>[A-Z].*)")


def _edition_apart(unit: str) -> list[str]:
    m = _ORDINAL_EDITION_FIRST.fullmatch(unit)
    return [unit] if m is None else [m["ed"], m["rest"]]


# a body's resolution and its number: "Human Rights Council Resolution 28/16", "General Assembly Resolution 217 A"
_NUMBERED_RESOLUTION = lazy_pattern(
    r"(?P<series>(?:[A-Z][\w'’-]*\s+){1,5}Resolution)\s+(?P<number>\d{1,5}(?:/\d{1,5})*(?:\s?[A-Z])?)"
)
_NUMBERED_GENRE = lazy_pattern(
    r"(?P<genre>tech(?:nical)?\.?\s+rep(?:ort)?\.?|technical\s+(?:memo(?:randum)?|note)|research\s+report|"
    # a market researcher's report and its number: "IBISWorld Industry Report 72221b"
    r"working\s+paper|discussion\s+paper|(?:[A-Z][\w&-]*\s+){0,2}industry\s+report)\s+(?:no\.\s*)?"
    r"(?P<number>[A-Z0-9][\w./-]*\d[\w./-]*)",
    re.I,
)


# APA 7 separates a work's companies with semicolons: "A24; Plan B Entertainment; Pastel", "American
# Playhouse; Killer Films; Film4 Productions" (digits in a company's name are no locator)
_COMPANIES = lazy_pattern(r"[A-Z][^\s;]*(?:\s+[A-Z&][^\s;]*){0,4}(?:;\s+[A-Z][^\s;]*(?:\s+[A-Z&][^\s;]*){0,4})+")


# a unit of the book's editors after its title, MLA's older "Eds. José Luís Garcia, João Teixeira Lopes e Teresa
# Duarte Martinho", "Ed. Miguel Ángel Garrido Gallardo"
_EDS_UNIT = lazy_pattern(r"Eds?\.\s+(?P<names>[A-Z\u00c0-\u00de][^\d()]{2,300})")


_NAMES_APART = lazy_pattern(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&|y|e|et|und)\s+")
_NAME_PARTICLES = frozenset("de da do dos das del della di van von der la le".split())


def _natural_names(s: str) -> bool:
    """``José Luís Garcia, João Teixeira Lopes e Teresa Duarte Martinho``, ``Miguel Ángel Garrido Gallardo``: names
    in natural order, each of two to five words, capitalised but for particles, none a body's."""
    for part in _NAMES_APART.split(s.strip(" .,;")):
        words = part.split()
        if not 2 <= len(words) <= 5 or not all(w[:1].isupper() or w in _NAME_PARTICLES for w in words):
            return False
        if ORG_WORDS.search(part):
            return False
    return True


_FOUR_DIGITS = lazy_pattern(r"\d{4}")
_NUMBER_START = lazy_pattern(r"\b\d")


# a book's translator named in a sentence of its own: "Transl. by W. J. Berg", "Translated by Anna Lind"
_TRANSLATED_BY = lazy_pattern(r"(?:Transl?\.|Translated)\s+by\s+(?P<names>[^\d()]{3,200})$")
_BLOG_WORD = lazy_pattern(r"\s+blog$")


def parse_source(s: str, title_italic: bool, title_quoted: bool = False) -> SourcePart:
    """The source after the title; after a quoted title (a part of a work, as Wikipedia's citations and
    Chicago set a web page or an article) a bare name alone is the work it is part of, not a publisher."""
    out = SourcePart()
    s = s.strip(" .,;")
    if not s:
        return out
    after_chapter = _chapter(s, out)
    units = sentence_units(after_chapter if after_chapter is not None else s, lead=".,;")
    if "rep." in s:
        units = [part for unit in units for part in _report_kind_apart(unit)]
    if " ed. " in s:
        units = [part for unit in units for part in _edition_apart(unit)]
    first = True
    i = 0
    while i < len(units):
        unit = units[i]
        i += 1
        if _descriptive_unit(unit, out):
            first = False
            continue
        if (
            unit[:5] == "Trans"
            and "translator" not in out.fields
            and (tm := _TRANSLATED_BY.match(strip_value(unit)))
            and _person_list(tm["names"])
        ):
            # "*Book*. Transl. by W. J. Berg. Madison, WI: Press.": the translator's sentence before the imprint
            out.fields["translator"] = parse_person_list(language_conjunctions(tm["names"]))
            first = False
            continue
        eds = (
            _EDS_UNIT.match(strip_value(units[i]))
            if first and title_quoted and after_chapter is None and i < len(units) and units[i].lstrip()[:2] == "Ed"
            else None
        )
        if eds and not _DIGIT.search(unit) and _natural_names(eds["names"]):
            # MLA-like "“Part.” Book. Eds. A, B, and C. Porto: Afrontamento. 89-101.": the book, then its editors
            out.fields["container-title"] = strip_value(unit)
            out.fields["editor"] = parse_person_list(language_conjunctions(eds["names"]))
            out.evidence.add("chapter")
            first = False
            i += 1
            continue
        if first and after_chapter is None:
            # abbreviated journal names contain periods: "Dev. Biol. 364: 236-248"
            k = _periodical_span(units, i - 1, out)
            if k:
                i = i - 1 + k
                first = False
                continue
        bare = strip_value(unit)
        if first and after_chapter is None and unit.lstrip().startswith(IT_OPEN) and not title_italic:
            # "Title. *The New York Times*." / "*Site Name*" / Harvard's "'Title', *BBC News*, 3 February."
            _container(bare, out)
            out.evidence.add("container-italic")
            first = False
            continue
        if bare.startswith("(") and bare.endswith(")") and parse_locators(bare[1:-1], out):
            continue
        if first and bare[:8] == "Official" and _OFFICIAL_JOURNAL.fullmatch(bare):
            # "*Directive 2012/27/EU …*. Official Journal of the European Union.": the act's gazette, a periodical
            _container(bare, out)
            out.evidence.add("gazette")
            first = False
            continue
        pm = _PAGE_UNIT.fullmatch(bare)
        if pm and "page" not in out.fields:
            # "pp. 12-15." / "p. 3." / "S. 4-9." standing alone
            out.fields["page"] = clean_pages(pm.group("pages") or pm.group("range"))
            continue
        unit, bare = _cut_trailing_pages(unit, out)
        unit, bare = _cut_trailing_volume(unit, bare, out)
        if not bare:
            continue
        day_month = first and title_quoted and after_chapter is None and _DAY_MONTH_ALONE.fullmatch(bare)
        if day_month and (md := month_day(bare)) and len(md) == 2:
            # UK Harvard's "'Title', 15 November. Available at:": a page's day and month, the year at the head
            out.fields["issued-month-day"] = md
            first = False
            continue
        site = None
        if first and title_quoted and after_chapter is None:
            site = (_DATED_SITE.match(bare) or _SITE_DAY_MONTH.match(bare)) if "," in bare else None
            if not site and i < len(units) and _FOUR_DIGITS.fullmatch(strip_value(units[i])):
                site = _DATED_SITE.match(f"{bare}. {strip_value(units[i])}")  # "31 Dec. 2014": cut at "Dec."
                i += 1 if site else 0
        if site and (md := month_day(site.group("md").rstrip(","))) and (len(md) == 2 or site.groupdict().get("month")):
            # "The Software Sustainability Institute blog, 22 May 2018": the word names the kind of page
            if site.group("site"):
                out.fields["container-title"] = strip_value(_BLOG_WORD.sub("", site.group("site").strip()))
            out.fields["issued-month-day"] = md
            first = False
            continue
        book = BOOK_THEN_IMPRINT.match(bare) if first and title_quoted and after_chapter is None else None
        if book and is_place(book.group("place")):
            # MLA-like "“Part.” Book, Abingdon-on-Thames: Routledge, pp. 117–44.": the book, then its imprint
            out.fields["container-title"] = strip_value(book.group("book"))
            out.fields["publisher-place"] = strip_value(book.group("place"))
            out.fields["publisher"] = strip_value(book.group("pub"))
            out.evidence.add("chapter")
            first = False
            continue
        if "number" not in out.fields and PAPER_NUMBER.fullmatch(bare):
            out.fields["number"] = bare  # Harvard's "Title. Cm 9607. London: TSO.": a UK parliamentary paper
            continue
        if ("arXiv" in bare or "arxiv" in bare) and _ARXIV_ID.fullmatch(bare):
            out.fields.setdefault("note", bare)  # "arXiv preprint arXiv:1207.0580": no place and publisher
            continue
        looks_pub = bool(_PLACE_PUBLISHER.match(bare) or PUBLISHER_WORDS.search(bare) or _COMPANIES.fullmatch(bare))
        if title_italic and not looks_pub and _series_before_imprint(bare, units, i, out):
            first = False
            continue  # "*Diodorus of Sicily*. Loeb Classical Library. Cambridge, MA: Harvard University Press."
        looks_cont = bool(CONTAINER_WORDS.search(bare)) and not _PLACE_PUBLISHER.match(bare)
        # (a digit inside a name is the name's: the studio "A24" after "[Film].")
        if "publisher" in out.fields or (not looks_pub and _NUMBER_START.search(bare) and not looks_cont):
            out.leftover.append(unit)
        elif (
            first
            and after_chapter is None
            and not title_italic
            and (looks_cont or title_quoted and i == len(units))  # the quoted part's work, named alone
            and not looks_pub
        ):
            _container(bare, out)
        else:
            if not looks_pub and not title_italic and after_chapter is None and not is_place(bare):
                # APA would mark a container with italics; a bare unit without
                # locators is more often a publisher, but we cannot be sure (a known town is the place).
                out.evidence.add("guessed-publisher")
            _publisher_unit(unit, out)
        first = False
    return out


# a book's series as a sentence of its own: capitalised words, no digit ("Loeb Classical Library", "Oxford
# Classical Texts")
_SERIES_SENTENCE = lazy_pattern(r"[A-Z][^\W\d_]+(?:\s+(?:[A-Z][^\W\d_]+|of|in|and|for|the|de|der|la))+")


def _series_before_imprint(bare: str, units: list[str], nxt: int, out: SourcePart) -> bool:
    """A book's series named alone between its italic title and its imprint (``Place: Publisher``), read as the
    series: the publisher is the next sentence's."""
    if "publisher" in out.fields or "collection-title" in out.fields or nxt >= len(units):
        return False
    if not _SERIES_SENTENCE.fullmatch(bare) or is_place(bare):
        return False
    m = _PLACE_PUBLISHER.match(strip_value(units[nxt]))
    if m is None or not is_place(m.group("place")):
        return False
    out.fields["collection-title"] = bare
    return True


_PAGES_SENTENCE = lazy_pattern(r"^\s*pp?\.\s*\d")
# one abbreviated word of a journal's name (``Epidemiol.``, ``Neuropsychopharmacol.``), and such a word opening
# the next unit
_LONG_ABBREVIATION = lazy_pattern(r"\s*[A-Z][^\W\d_]{1,15}\.\s*")
_ABBREVIATION_OPENS = lazy_pattern(r"\s*[A-Z][^\W\d_]{0,12}\.(?:\s|$)")


_ABBREVIATED_END = lazy_pattern(r"\b[^\W\d_]{1,8}\.$")


def _periodical_span(units: list[str], start: int, out: SourcePart) -> int:
    """Number of units (1-4) that together form a periodical locator, or 0."""
    for k in range(1, min(4, len(units) - start) + 1):
        if k > 1:
            prev = units[start + k - 2]
            # only short abbreviation-like units may be glued on ("Int. J.", "Fed.")
            if len(prev.split()) > 4 or not (
                _ABBREVIATED_END.search(prev)
                # a longer abbreviated word before another one: "Epidemiol. Infect. 144, 1983–1990"
                or _LONG_ABBREVIATION.fullmatch(prev) and _ABBREVIATION_OPENS.match(units[start + k - 1])
            ):
                return 0
            if _PAGES_SENTENCE.match(units[start + k - 1]):
                # Wikipedia's book "Title. John Wiley & Sons. pp. 12–15. ISBN …": the pages a sentence of
                # their own after a name ending on a short word are a book's, not an abbreviated journal's
                return 0
        if _periodical(" ".join(units[start : start + k]), out):
            return k
    return 0
