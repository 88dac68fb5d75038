"""The title element after the date -> ``title`` plus its trailing descriptors.

Fields touched: ``title``; returns ``[Description]`` brackets and title-level
parentheticals (``(2nd ed.)``, ``(Report No. 12)``, ``(Vol. 2)``,
``(J. Smith, Trans.)``) for source.py/types.py to interpret.

Italics are the strongest evidence: an italic span right after the date is a
stand-alone work's title (book, report, webpage, thesis).  A plain title runs
to the first sentence boundary; quotes delimit it in non-APA styles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ACRONYM_COLON
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.normalisers.edition import NORDIC_EDITION
from biblio.parse.normalisers.genre import _BRACKET_TYPES, OTHER_THESIS_WORDS
from biblio.parse.normalisers.names import has_org_name_word
from biblio.parse.normalisers.places import is_place
from biblio.parse.normalisers.quoted import quote_runs_on
from biblio.parse.normalisers.report_series import REVISION
from biblio.parse.readers.contributors import contributor_fields
from biblio.parse.text import IT_OPEN, matching_close, sentence_end, strip_value

# a document symbol of the UN or an agency: "A/RES/70/1", "E/CN.4/2005/L.10", "WHO/HTM/TB/2019.15",
# "EPA/600/R-19/001"; the European
# Commission's "COM(2020) 102 final", "SWD(2021) 9"
DOCUMENT_SYMBOL = r"(?:[A-Z]{1,6}(?:/[A-Z0-9][\w.-]*){2,}|[A-Z]{1,4}\(\d{4}\)\s?\d+(?:\s+final)?)"
# an agency's code and number: "(NCES 2020-144)", "(RR-08-27)", "(NIST SP 800-88 Rev. 1)"; a letter group
# may part the numbers: "(EPA 430-R-22-003)"
DOCUMENT_CODE = rf"(?:[A-Z][A-Za-z]{{1,7}}[\s-]){{1,2}}\d+[-/.](?:[A-Z]{{1,3}}[-/.])?\d[\w./-]*{REVISION}"
# a code alone, no agency's letters nor kind before it: a statistics table's "(13-10-0105-01)" (three groups or
# more, so a span of years stays the title's), a case study's "(9B19A012)" (digits and capitals mixed); an ISO
# date is no code
BARE_DOCUMENT_CODE = (
    r"(?!\d{4}-\d\d-\d\d$)"
    r"(?:\d{1,4}(?:-\d{1,5}){2,}|(?=[0-9A-Z]{6,14}$)(?=(?:[A-Z]*\d){3})\d[0-9A-Z]*[A-Z][0-9A-Z]*)"
)
# the kind, then its number with no "No.": "(NIST Special Publication 800-88)", "(Working Paper 24)",
# "(Technical Report TR-2020-01)", "(NICE Guideline CG90)"; a series of reports before its comma:
# "(Current Population Reports, P60-273)"; the kind in sentence case after its qualifier: "(Research report 56)"; a
# statistics office's table: "(Table EC1723BASIC)"
KIND_AND_NUMBER = (
    r"((?:[\w.]+\s+){0,4}(?:Report|(?<=\w\s)report|Paper|Brief|Publication|Bulletin|Guideline|Guidance|Circular|Rep\.|Reports,|Table"
    r"|Papers,)\s+)"
    rf"((?:[A-Z]{{1,5}}[-\s]?)?\d[\w./-]*{REVISION})"
)
# a file's format, which a "(PDF version)" names: no release
_FILE_FORMAT = r"(?:PDF|HTML|XML|EPUB|DOC|DOCX|PPT|MP3|MP4|DVD|CD)"
# parentheticals that qualify a title rather than belong to it
_TITLE_PAREN = lazy_pattern(
    rf"^(?:\d+\S*\s*(?:[a-z]+\s+){{0,4}}(?:ed|edn|edition|éd|édition|aufl|auflage|edición|{NORDIC_EDITION})\b|(?:publikasjons|publikations)nr\b|\d+\.\s*\w+\s+(?:aufl|auflage)\b|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:ed|edn|edition)\b|(?:rev|revised|expanded|updated|abridged|special|international)\b.*\bed"
    # Turkish "(2. baskı)", "(gözden geçirilmiş baskı)", "(güncellenmiş baskı, yeni önsözle)"
    r"|(?:\d+\.\s*|(?:gözden\s+geçirilmiş|genişletilmiş|güncellenmiş|düzeltilmiş)\b.*\b)bas(?:kı|ım)\b"
    r"|(?:[\w.]+\s+)?ed\.|vols?\.|volume|bde?\.\s*\d|tomo\s+\d|no\.|report|tech\w*\.?\s+rep|working paper|"
    r"research paper|"
    r"policy brief|occasional paper|discussion paper|issue brief|series|pp?\.|"
    r"\d{1,5}\s?(?:pp?|pages)\.?$|[^()]*,\s*(?:trans|eds?|"
    r"narr|dir|prod|illus|comp|interviewer|host)\.?|(?:[\w./]+\s+){1,8}(?:report|paper|brief|note|sheet|publication|standard|patent)\s+no\.|"
    r"(?:DHHS|NIH|HHS|ISBN)|"
    # a report series' number and issue: "(Vital and Health Statistics Series 10, Issue 260)"
    r"(?:[\w.]+\s+){1,8}series\s+\d{1,4},\s*(?:issue|no\.?|number)\s*\d{1,5}$|"
    # a patent's office and number with no "No.": "(Patent SE 541500)"; a standard's code: "(ISO 45001:2018)"
    r"(?:[\w.]+\s+){0,3}patent\s+(?:[A-Z]{2}\s?)?\d[\d,]*\S*$|"
    # a UK command paper's number: "(Cm 9541)", "(Cmnd. 6404)"
    r"(?-i:Cm|Cmd|Cmnd)\.?\s?\d{1,5}$|"
    # an agency's letters and its document number: "(DEST no. 6891.HERC02A)"
    r"(?-i:[A-Z]{2,8})\s+no\.\s*[\w./-]*\d[\w./-]*$|"
    r"(?-i:(?:ISO|IEC|EN|AS|NZS|BS|DIN|ANSI|ASTM|IEEE|SAE)(?:/[A-Z]{2,4})*\s[A-Z]?\d[\w.:-]*)$|"
    r"original work published|serial no|season\s+\d|episode\s+\d|"
    # an encyclopedia's archived edition: "(Summer 2019 ed.)"
    r"(?:spring|summer|fall|autumn|winter)\s+\d{4}\s+(?:ed|edn|edition)\b|"
    r"(?:version|ver\.|v\.?)\s*v?\d[\w.-]*$|\d+(?:\.\d+)+[a-z]?$|"
    # a dated release of a model or an app, its word after it: "(Feb 14 version)", "(GPT-4 version)"
    r"(?=[^()]*\d)(?:[\w.-]+\s+){0,3}[\w.-]+\s+version$|"
    # a data archive's own release, named by its letters: "(ICPSR version)"
    rf"(?-i:(?!{_FILE_FORMAT}\s)[A-Z]{{2,8}})\s+version$|"
    # a data archive's study number: "(ICPSR 21600; Version V1)", "(ICPSR 6581, Version V1)"
    r"(?-i:[A-Z]{2,8}\s\d{3,}(?=[;,]|$))|"
    # a statistics agency's catalogue number: "(Cat. no: AUS 240)", "(Catalogue No. 8111.0)", the office named
    # before it: "(Statistics Canada Catalogue number: 82-620-MWE2005001)", "(Statistics Canada, Catalogue no 82-…)"
    r"(?:(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}),?\s+)?"
    r"cat(?:alogue)?\.?\s*(?:no[.:]?|number:?)\s*(?-i:[A-Z]{0,5})\s*\d[\w.]*(?:-\s?[\w.]+)*$|"
    # a named series and its number: "(Groningen Growth and Development Centre Monograph series no 5)", an
    # Australian agency's catalogue number after it: "(Australia's Health Series No. 18. Cat. No. AUS 240)"
    r"(?-i:(?:[A-Z][\w'\u2019&-]*\s+|of\s+|and\s+|for\s+){1,10})(?:monograph\s+)?series,?\s+no\.?\s*\d{1,4}"
    r"(?:[.,;]\s*cat\.\s*no\.\s*[A-Z]{1,5}\s*\d{1,5})?$|"
    # a document's code: "(NCES 2020-144)", "(RR-08-27)", "(FOR-2017-01-16-61)"
    rf"(?-i:{DOCUMENT_CODE})$|(?-i:{KIND_AND_NUMBER})$|(?-i:{BARE_DOCUMENT_CODE})$|"
    rf"(?-i:{DOCUMENT_SYMBOL})$)",
    re.I,
)
_VERSION_SENTENCE = lazy_pattern(r"\.\s+((?:\w+\s+package\s+)?(?:version|ver\.)\s*v?\d[\w.-]*?)\.?$", re.I)
# a release named after the software's or data set's title: "(Version 1.2.3)", "(v1.5.3)", "(1.0)"
VERSION_PAREN = lazy_pattern(
    r"(?:(?:version|ver\.|v\.?)\s*)?((?:v(?=\d))?\d+(?:\.\d+)*[a-z]?(?:[.-][\w.-]+)?)"
    # APA 7's dated release of a model or an app, the word after it: "(Mar 14 version)", "(GPT-4 version)"
    r"|(?=[^()]*\d)((?:[\w.-]+\s+){0,3}[\w.-]+)\s+version"
    # a data archive's own release, named by its letters: "(ICPSR version)"
    rf"|((?-i:(?!{_FILE_FORMAT}\s)[A-Z]{{2,8}}))\s+version",
    re.I,
)
# "(Unpublished doctoral dissertation)" is APA 6's form of a [Description]
_DESC_PAREN = lazy_pattern(
    rf"dissertation|\bdiss\b|\bthesis|th[eè]se|unpublished|\bmanuscript|press release|"
    rf"\b(?:tesis|tese|tesi|disserta[çc][ãa]o|{OTHER_THESIS_WORDS})\b",
    re.I,
)
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201c", "'": "'", "\u2018": "\u2019", "\u00ab": "\u00bb"}


@dataclass
class TitlePart:
    title: str | None = None
    italic: bool = False
    quoted: bool = False
    brackets: list[str] = field(default_factory=list)  # "[Doctoral dissertation, X]" contents
    parens: list[str] = field(default_factory=list)  # "(2nd ed.)" contents
    rest: str = ""


# a bracket closing the title, one bracket deep inside it ("(COM(2020) 102 final)")
_CLOSING_BRACKET = lazy_pattern(r"\s*([\[(])((?:[^\[\]()]|\([^()]*\))*)[\])]$")


# a title in another language whose own full stops come before the bracket translating it (APA 9.38): "Le
# metamorfosi del Pícaro. La ricezione della picaresca [The metamorphosis of Pícaro. The reception]. Serra."
_TRANSLATED_TITLE = lazy_pattern(
    r"[^\[\]\ue000\ue001]{2,400}?[\w)](?P<kinds>\s\[(?P<gloss>[A-Z][^\[\]]{2,400}?)\])\.(?=\s+[^\W\d_]|\s*$)"
)


# a contributor's bracket after the title with no full stop after it, the publisher's name run on: "The Trial
# (I. Parry, Trans.) Penguin Books Ltd."
_ROLE_PAREN_RUN_ON = lazy_pattern(r"(?P<paren>\([^()]{2,80},\s*(?:Trans|Eds?|Narr|Illus)\.\))\s+(?=[A-Z])")
# a data set's title holding a sentence of its own before its kind: "Nyfödda … efter namngivningsår. År 1998-2016
# [Dataset]." (a table's name and the years it covers, as the statistics office titles it)
_DATA_SET_TITLE = lazy_pattern(
    r"[^\[\]()\ue000\ue001]{2,300}?(?P<kinds>\s*\[(?:Data\s?set|Data file|Unpublished raw data)[^\[\]]{0,40}\])"
    r"\.(?:\s|$)",
    re.I,
)
# the services that carry others' videos and posts ("[Video]. YouTube.", "[Post]. X.")
PLATFORM = r"YouTube|Vimeo|TikTok|Instagram|Facebook|Twitter|X|LinkedIn|Reddit|Flickr|Tumblr"
# APA 10.15: a post's first twenty words stand as its title, whatever sentences they hold, then the bracketed
# description and the platform: "Toronto's tourism is thriving. Each year, … [Image attached] [Post]. X. URL" (some
# guides close the audiovisual bracket with its own full stop: "… [Video attached]. [Tweet]. Twitter."); a comment's
# bracket names the post it answers, at any length: "Hey Mr. Tingle! I'm … [Comment on the online forum post I'm
# NASA astronaut Scott Tingle. Ask me anything …!]. Reddit."
_POST_BEFORE_PLATFORM = lazy_pattern(
    rf"[^\[\]()\ue000\ue001]{{2,300}}?(?P<kinds>\s*\[(?:[^\[\]]{{2,60}}|Comment on [^\[\]]{{2,300}})\]"
    rf"(?:\.?\s*\[[^\[\]]{{2,60}}\])*)\.\s+(?:{PLATFORM})\.(?:\s|$)"
)


def post_title_follows(s: str) -> bool:
    """Whether ``s`` opens with a post's own words, its bracketed description and its platform (APA 10.15:
    ``Don't forget to come [Status update]. Facebook.``)."""
    return _POST_BEFORE_PLATFORM.match(s) is not None


# an edition statement closing the title's sentence after its comma: "The Media Monopoly, 6th edn", "A Course in
# Probability Theory, Third Edition", "The C Programming Language, Second edition"
_CLOSING_EDITION = lazy_pattern(
    r"[,.]\s*((?:\d+\s*(?:st|nd|rd|th|e|\.)?|[Rr]ev\.?|[Rr]evised|(?i:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth))\s*(?i:ed|edn|edition)\.?)$"
)


def _kind_of_work(inner: str) -> bool:
    """Whether a bracket's words say what kind of work it is (``Video``, ``Data set``), as APA's descriptions do."""
    return any(rx.search(inner) for rx, _, _ in _BRACKET_TYPES)


def _peel(s: str, part: TitlePart) -> str:
    """Move trailing ``[...]`` and qualifying ``(...)`` off the end of ``s``."""
    while True:
        t = s.rstrip(" .,")
        m = _CLOSING_BRACKET.search(t)
        if not m:
            return t
        inner = m.group(2).strip()
        if m.group(1) == "[" or _DESC_PAREN.search(inner):
            part.brackets.insert(0, inner)
        elif _TITLE_PAREN.match(inner):
            part.parens.insert(0, inner)
        else:
            return t
        s = t[: m.start()]


def _leading_descriptors(s: str, part: TitlePart, any_paren: bool = False) -> str:
    """Consume ``[...]``/``(...)`` right after an italic/quoted title."""
    while True:
        t = s.lstrip(" ")
        if t[:1] == "[":
            j = matching_close(t, 0)
            if j < 0:
                return s
            part.brackets.append(t[1:j].strip())
            s = t[j + 1 :]
        elif t[:1] == "(":
            j = matching_close(t, 0)
            inner = t[1:j].strip()
            if j < 0 or not (any_paren or _TITLE_PAREN.match(inner) or _DESC_PAREN.search(inner)):
                return s
            (part.brackets if _DESC_PAREN.search(inner) else part.parens).append(inner)
            s = t[j + 1 :]
        else:
            return s


# a numbered series set as a sentence of its own after the title, as Nordic university series are: "Title.
# (Acta Universitatis Ouluensis. F, Scripta academica, 12). University of Oulu." (a year is no series' number)
SERIES_AND_NUMBER = lazy_pattern(
    r"(?P<series>[A-Z][^()\d]{2,120}?),\s*(?:no\.\s*)?(?P<no>(?!(?:1[5-9]|20)\d\d\b)\d{1,5})"
)


# brackets after a title (closed by its question mark or full stop), up to the bracket saying what the work is
_PARENS_THEN_KIND = lazy_pattern(r"(?:\([^()]{1,60}\)\s*){1,3}\[[^\[\]]{2,60}\]")


def _own_sentence_paren(rest: str, part: TitlePart) -> str:
    """``rest`` past a bracket set as a sentence of its own right after the title's full stop that describes the
    work or qualifies its title (``Title. (Unpublished master's dissertation). University.``, ``Title. (2nd ed.).
    Publisher.``, ``Title. (Series, 12). Publisher.``), the bracket kept in ``part``; else ``rest`` unchanged."""
    j = matching_close(rest, 0)
    if j < 0:
        return rest
    if rest[j + 1 : j + 2] not in (".", ""):
        # "Title. (No. 18) [Audio podcast episode]. In …": its number's bracket, then the kind of work's
        run = _PARENS_THEN_KIND.match(rest)
        if run is None or not _kind_of_work(run.group()[run.group().rfind("[") + 1 : -1]):
            return rest
        return _leading_descriptors(rest, part).lstrip(" .,;")
    inner = rest[1:j].strip()
    if _DESC_PAREN.search(inner):
        part.brackets.append(inner)
    elif _TITLE_PAREN.match(inner) or SERIES_AND_NUMBER.fullmatch(inner):
        part.parens.append(inner)
    else:
        return rest
    return rest[j + 1 :].lstrip(" .,;")


_OWN_PARENS = lazy_pattern(r"(\((?:Part|Pt\.)\s[^()]{1,20}\))\s*")


_SENTENCE_STOP = lazy_pattern(r"[.?!](?=\s+\S)")


def glossed_title(title: str, gloss: str) -> bool:
    """Whether ``gloss`` translates the whole of ``title``, sentence for sentence: both hold the same number of
    full stops (one at least), and the gloss, three words or more, says no kind of work (``[Unpublished doctoral
    dissertation]``, ``[Data set and code book]``)."""
    stops = len(_SENTENCE_STOP.findall(title))
    return (
        stops > 0
        and stops == len(_SENTENCE_STOP.findall(gloss))
        and len(gloss.split()) >= 3
        and not _kind_of_work(gloss)
        and _DESC_PAREN.search(gloss) is None
    )


def _translated_title_end(s: str) -> int:
    """Where the bracket translating a title of several sentences closes (``_TRANSLATED_TITLE``), or -1."""
    m = _TRANSLATED_TITLE.match(s)
    if m is None or not glossed_title(s[: m.start("kinds")], m.group("gloss")):
        return -1
    return m.end("kinds")


_SEPARATED = lazy_pattern(r"^\s*(?:$|[.,;:?!]|\(|\[)")
_COLON_WORD = lazy_pattern(r"^:\s*\w")
_LOWER_WORD = lazy_pattern(r"\s+[a-z]")
_SUBTITLE_COLON = lazy_pattern(r"^[^.?!]{0,60}:(?!\s*\d)")


# a market researcher's kind and number set before the title, as business guides print an IBISWorld report:
# "IBISWorld Industry Report 52211. Commercial Banking in the US."
_INDUSTRY_REPORT_FIRST = lazy_pattern(
    r"(?P<kind>(?:[A-Z][\w&-]*\s+){0,3}[Ii]ndustry\s+[Rr]eport\s+[A-Z]{0,3}\d[\w.-]*?)\.\s+(?=[A-Z])"
)


def _scare_quote(inner: str) -> bool:
    """A quotation of one or two words, as a title quotes a term it opens on."""
    return 0 < len(inner) <= 30 and inner.count(" ") <= 1 and inner[-1:].isalnum()


def parse_title(s: str) -> TitlePart:
    part = TitlePart()
    s = s.lstrip(" .,:;")
    if not s:
        return part
    if s[:1].isupper() and "ndustry" in s and (lead := _INDUSTRY_REPORT_FIRST.match(s)) is not None:
        part.parens.append(lead["kind"])  # (its kind and number, read as a title's bracket would be)
        s = s[lead.end() :]
    if s.startswith(IT_OPEN):
        j = matching_close(s, 0)
        after = s[j + 1 :] if j > 0 else ""
        # the italic span is the whole title only if a separator follows it
        ended = j > 1 and s[j - 1] in ".?!"
        separated = ended or _SEPARATED.match(after)
        # (a colon after the run, or after the run's acronym in brackets, opens the title's subtitle)
        if j > 0 and separated and not _COLON_WORD.match(after) and not ACRONYM_COLON.match(after):
            part.title = strip_value(s[1:j])
            part.italic = True
            # "*A Policy on Geometric Design, 6th Edition.*": the edition set inside the italics after the comma
            if (em := _CLOSING_EDITION.search(part.title)) is not None and em.start() > 0:
                part.parens.append(em.group(1))
                part.title = strip_value(part.title[: em.start()])
            # "*Cleaning Data in Google Sheets [Video]*": the kind of work set inside the italics is no title
            kind = _CLOSING_BRACKET.search(part.title)
            if kind and kind.group(1) == "[" and kind.start() > 0 and _kind_of_work(kind.group(2)):
                part.brackets.append(kind.group(2).strip())
                part.title = part.title[: kind.start()].rstrip()
            # APA: any parenthetical right after an italic title describes it
            after = _leading_descriptors(after, part, any_paren=True)
            if after.lstrip(" .")[:1] == "[":  # "*Title*. [Paper presentation].": set after the title's full stop
                after = _leading_descriptors(after.lstrip(" ."), part)
            part.rest = after.lstrip(" .,;")
            return part
    if s[:1] in _QUOTES:
        close = _QUOTES[s[0]]
        j = s.find(close, 1)
        # a single-quote apostrophe inside a word is not a closing quote
        while j > 0 and close in "'\u2019" and j + 1 < len(s) and s[j + 1].isalpha():
            j = s.find(close, j + 1)
        # nor is a plural possessive's ("early years students' professional identities', *Journal*") where the
        # quotation closes later before a comma or a full stop
        if j > 0 and close in "'\u2019" and s[j - 1] == "s" and _LOWER_WORD.match(s[j + 1 :]):
            later = re.search(rf"{close}(?=[,.])", s[j + 1 :])
            if later is not None and IT_OPEN not in s[j + 1 : j + 1 + later.start()]:
                j = j + 1 + later.start()
        # a colon soon after it opens a subtitle ("‘Fake news’ and trust: a study"): the quote was only the
        # title's first words; a colon before a number is a journal's "103: 1651" ("…, Hale’, Yale Law J., 103:")
        # likewise a double-quoted word or two the title's words go on from, up to a colon ("\"Classical\" HVDC:
        # still continuing to evolve"): a scare quote opening the title, no title of its own
        opening = close in "'\u2019" or (
            s[j + 1 : j + 2] == " " and s[j + 2 : j + 3].isalpha() and _scare_quote(s[1:j])
        )
        # or a term or two quoted at the head of the title, which goes on after them ("“Bricolage” and the
        # novel", "“Imitatio,” “intertextuality,” and early music")
        if j > 0 and not (
            opening
            and _SUBTITLE_COLON.match(s[j + 1 :].lstrip())
            or _scare_quote(s[1:j].rstrip(","))
            and quote_runs_on(s, j)
        ):
            part.title = strip_value(s[1:j])
            part.quoted = True
            after = s[j + 1 :]
            if after[:1] and after[:1] in "?!":  # "" is in every string
                part.title += after[0]
                after = after[1:]
            after = _leading_descriptors(after.lstrip(" .,"), part)
            part.rest = after.lstrip(" .,;")
            return part
    end = sentence_end(s)
    if (post := _POST_BEFORE_PLATFORM.match(s)) is not None and end < post.end("kinds"):
        end = post.end("kinds")  # a post's words run to the bracket that says what it is, full stops and all
    if end > 0 and (data := _DATA_SET_TITLE.match(s)) is not None and end < data.end("kinds"):
        end = data.end("kinds")  # a data set's title runs to its bracket, its own full stops and all
    if end > 0 and "[" in s and (gloss := _translated_title_end(s)) > end:
        end = gloss  # the title runs to the bracket translating it, its own full stops and all
    if end > 0 and "(Vol" in s and (vol := _VOLUME_THEN_IMPRINT.match(s)) is not None and end < vol.end("head"):
        end = vol.end("head")  # "Platón. Diálogos IV. República (Vol. 94). Gredos.": the book's sentences all
    if (role := _ROLE_PAREN_RUN_ON.search(s, 0, end if end > 0 else len(s))) is not None:
        end = role.end("paren")  # "(I. Parry, Trans.) Penguin Books": the role's bracket closes the title
    head = s if end < 0 else s[:end]
    rest = "" if end < 0 else s[end:]
    if "), " in head and (ed := _EDITION_THEN_COMMA.search(head)) is not None and _TITLE_PAREN.match(ed["inner"]):
        # "Title (2nd ed.), Pearson.": a comma, not APA's full stop, after the edition's bracket: the publisher follows
        head, rest = head[: ed.end("paren")], f"{head[ed.end() :]}{rest}"
    # "… in R. R package version 2.7.3": a version statement is a sentence of its own, not the title's
    vm = _VERSION_SENTENCE.search(head)
    if vm:
        head, rest = head[: vm.start() + 1], vm.group(1) + ". " + rest.lstrip(" .")
    head = _peel(head, part)
    # the classicists' "Diary of a Country Priest, tr. Pamela Morris": a lower-case role word and its names after a
    # comma close the title's sentence, a statement of their own
    if "," in head and (rm := _ROLE_WORD_CLOSE.search(head)) is not None and contributor_fields(rm["unit"]):
        rest = f"{rm['unit']}. {rest.lstrip(' .')}"
        head = head[: rm.start()]
    # "The Media Monopoly, 6th edn" (non-APA edition inside the title sentence)
    em = _CLOSING_EDITION.search(head)
    if em:
        part.parens.append(em.group(1))
        head = head[: em.start()]
    part.title = strip_value(head) or None
    if part.title and head.count(IT_OPEN) and head.strip().startswith(IT_OPEN):
        part.italic = True
    rest = rest.lstrip(" .,;")
    if rest[:1] == "[":
        # "Child maltreatment 2019. [Report]. Publisher": the description set after the title's full stop
        rest = _leading_descriptors(rest, part).lstrip(" .,;")
    elif rest[:1] == "(" and head.rstrip()[-1:] in "?!" and (run := _PARENS_THEN_KIND.match(rest)):
        # "Who shot Mr. Burns? (Part one) (Season 6, Episode 25) [TV series episode].": a title closed by its own
        # question mark, its part's bracket, its numbers and its kind after it
        own = _OWN_PARENS.match(rest)
        if own and own.end() < run.end() and not _TITLE_PAREN.match(own.group(1).strip(" ()")):
            part.title = f"{part.title} {own.group(1).strip()}"
            rest = rest[own.end() :]
        rest = _leading_descriptors(rest, part, any_paren=True).lstrip(" .,;")
    elif rest[:1] == "(":
        rest = _own_sentence_paren(rest, part)
    part.rest = rest
    return part


# a book's title of several sentences, its volume in brackets and its publisher alone after it: "Platón. Diálogos
# IV. República (Vol. 94). Gredos."
_VOLUME_THEN_IMPRINT = lazy_pattern(
    r"(?P<head>(?!In\s)[^()\[\]*_]+?)\s\((?:Vols?\.|Volume)\s[\dIVXLC]+(?:[-–]\d+)?\)\.\s+[A-Z][^.\d()]{1,60}\.?\s*$"
)
# an edition's bracket closing the title, a comma after it and a name: "Courts in America (2nd ed.), Pearson."
_EDITION_THEN_COMMA = lazy_pattern(r"(?P<paren>\s\((?P<inner>[^()]{1,30}?\b(?:ed|edn|edition)\.?)\)),\s+(?=[A-Z])")
# a lower-case role word and its names closing the title's sentence: "…, tr. Pamela Morris"
_ROLE_WORD_CLOSE = lazy_pattern(r",\s+(?P<unit>(?:tr|trans|transl|edd)\.\s+[A-Z][^,;:()]*)$")
# Cell Press's book, ``(2000). Title (Publisher).``: the publisher alone in brackets closes the reference
_CLOSING_IMPRINT = lazy_pattern(r"^(?P<title>.{3,}?[^\s(])\s+\((?P<name>[A-Z][^()\d:;\[\]]{1,60}?)\)\s*\.?$")
# a bracket that belongs to the title or says what the copy is: its format, language or kind
_NOT_IMPRINT = lazy_pattern(
    r"\b(?:pdf|video|audio|abstract|slides?|poster|preprint|draft|letter|editorial|review|comment|erratum"
    r"|online|in\s+press|forthcoming|submitted|unpublished|translation|transl|in\s+[A-Z]\w+|english|french"
    r"|german|spanish|russian|chinese|japanese|italian|portuguese|part|pt|reprint|abridged|revised|illustrated|summary"
    r"|excerpts?|extended|updated|complete|selected"
    # a video's own kind: "Learn CSS Flexbox in 20 Minutes (Course)"
    r"|course(?!\s+Tech)|tutorial|lecture|webinar|trailer|documentary)\b",
    re.I,
)


# one word in capitals, or an acronym's plural (``(PPPs)``, ``(NGOs)``): the title's own words shortened
_ACRONYM = lazy_pattern(r"[^a-z-]+|[A-Z]{2,}s")


def closing_imprint(title: str) -> tuple[str, str] | None:
    """``Threshold Signals (McGraw–Hill)`` with nothing after it: the title and the publisher in Cell's
    brackets. Not an acronym of the title's words (``(PEAT)``, one word in capitals), nor a format,
    language or kind of the copy (``(PDF)``, ``(in Russian)``)."""
    m = _CLOSING_IMPRINT.match(title)
    if m is None or not imprint_name(name := m.group("name").strip(" ,.")):
        return None
    return strip_value(m.group("title")), name


def imprint_name(name: str) -> bool:
    """Whether the words in Cell's closing brackets name a publisher (see ``closing_imprint``): one name
    (``Payot``, ``McGraw–Hill``, ``ABC-CLIO``), or words of a firm or a body (``Pantheon Books``, ``Rowman &
    Littlefield``, ``NOAA National Weather Service``); a title's own words in brackets (``(Complete Samples)``)
    name none."""
    words = name.split()
    if len(words) > 6 or _NOT_IMPRINT.search(name) or len(words) == 1 and _ACRONYM.fullmatch(name):
        return False
    if is_place(name):
        return False  # "(Princeton)": a town in the closing bracket is the imprint's place, not its publisher
    return len(words) == 1 or "&" in name or bool(PUBLISHER_WORD.search(name)) or has_org_name_word(name)
