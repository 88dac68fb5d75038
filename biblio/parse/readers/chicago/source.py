"""Chicago's source element (everything after the title) -> container, locators, publication facts.

Fields touched: ``container-title``, ``collection-title``, ``volume``, ``issue``, ``page``,
``publisher``, ``publisher-place``, ``edition``, ``editor``, ``translator``, ``genre``,
``event-title``, ``number``, ``medium``, ``archive``; the date of a notes-bibliography entry.

The forms, each one sentence (or two for a chapter):
  journal      ``Journal 12, no. 3 (2019): 45–67.`` / author-date ``Journal 12 (3): 45–67.``
  chapter      ``In Book, edited by X Y, 33–45. Place: Publisher, 2019.``
  book         ``Place: Publisher, 2019.`` after optional ``Translated by …``, ``Edited by …``, ``2nd ed.``
               (older bibliographies: ``Title, ed. X Y.``, ``trans. X Y.``)
  periodical   ``Magazine, May 3, 2019.`` (a review first says ``Review of Book, by X.``)
  thesis       ``PhD diss., University, 2019.``
  paper        ``Paper presented at Meeting, Place, Month Day–Day.``
  lecture      ``Lecture, Host, Place, Month Day, Year.``
  web          ``Site. Owner. Month Day, Year.`` before the URL (``Accessed …`` is cut out with it)
A format or database after the form (``Kindle.``, ``Project MUSE.``) is ``medium`` / ``archive``.
``form`` stays None when no form fits: the text is not in Chicago's shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import DateResult, month_number, parse_date
from biblio.parse.normalisers.edition import edition_from_span, edition_value
from biblio.parse.normalisers.genre import NEWSPAPER
from biblio.parse.normalisers.names import ORG_WORDS, has_org_word, names_before_role, parse_person_list
from biblio.parse.normalisers.pages import clean_pages
from biblio.parse.normalisers.places import is_place, place_at_end, region_in_full
from biblio.parse.normalisers.publisher import PUBLISHER_WORDS, periodical_name, publisher_lead_off
from biblio.parse.readers.apa.conventions import _ORIGINAL as ORIGINAL_PUBLISHED
from biblio.parse.readers.apa.source import _PAGES as PAGES
from biblio.parse.readers.chicago.dates import YEAR, periodical_date, trailing_year
from biblio.parse.readers.contributors import CONTRIBUTOR, NAMES_ROLE, contributor_fields
from biblio.parse.text import IT_CLOSE, IT_OPEN, sentence_units, strip_value, unmark

# the pages, or an online journal's article number in their place ("6 (45): eabd0310")
# ACM's article number before each page ("11:1–11:8"), Science's volume-coded article ("341ps12-341ps12")
_NUMBERED_PAGES = r"(?:\d+:\d+\s*[-\u2013]\s*\d+:\d+|\d+[a-z]{1,3}\d+(?:\s*[-\u2013]\s*\d+[a-z]{1,3}\d+)?)"
_ARTICLE_PAGES = rf"(?:{_NUMBERED_PAGES}|{PAGES}|e[a-z]{{0,4}}\d{{3,}})"
# a journal's name holds no number, but for digits within a word ("*F1000Research* 3 (2016): 62")
_CONT_CHAR = r"(?:[^\d:;]|\d+(?=[^\W\d_]))"
# the name up to its first letter holds none, and it ends on no space before the spaces after it: one way to read a
# long name that fails, not one per letter (or space) and end
_CONT = rf"(?!In\s)(?:[^\w:;]|_|\d+(?=[^\W\d_]))*?[^\W\d_]{_CONT_CHAR}*?"
_JOURNAL = lazy_pattern(
    rf"^(?P<cont>{_CONT})(?:,|(?<!\s))\s+(?P<vol>\d+[A-Za-z]?)"
    rf"(?:,\s*no\.\s*(?P<no>[\w/\u2013-]+))?(?:\s*\((?P<paren>[^()]{{1,40}})\))?"
    rf"(?:\s*:\s*(?P<pages>{_ARTICLE_PAGES}))?\.?$"
)
# a journal numbered by issue alone: "*Granta*, no. 158 (Winter): 88–97"
# (older lists leave out the comma: "*Plays & Players* no. 350 (Nov. 1982): 45-46")
_ISSUE_ONLY = lazy_pattern(
    rf"^(?P<cont>{_CONT})(?:,\s*|(?<!\s)\s+)no\.\s*(?P<no>\d+)(?:\s*\((?P<paren>[^()]{{1,40}})\))?"
    rf"(?:\s*:\s*(?P<pages>{_ARTICLE_PAGES}))?\.?$"
)
# the series a journal's volume belongs to, after its name: "Journal, 2nd series, vol. 40: 263–76", "Journal, n.s., 3
# (2)", "Journal, 9e série, vol. 1: 47–245" (the series and "vol." no part of the name)
_SERIES_CLOSING = lazy_pattern(
    r",\s+(?:n\.\s?s\.?|(?:\d{1,2}(?:st|nd|rd|th|d|e|ème)|new|old)\s+(?:series|ser\.?|s[ée]rie|sér\.?))"
    r"(?:,\s*vol\.?)?$",
    re.IGNORECASE,
)
# a series' mark between the journal's name and its volume, which no field keeps: "*AJA*, ser. 2, 30 (1926)",
# "*Palladio*, n.s. 17 (1967)", "*Interscaena*, (n.s.) 3, no. 2 (1973)"
_SERIES_BEFORE_VOLUME = lazy_pattern(r",?\s+(?:\(n\.\s?s\.\)|n\.\s?s\.,?|ser\.\s*\d{1,2},)(?=\s+\d)")
_CHAPTER = lazy_pattern(r"^In:?\s+(?P<body>.+?)\.?$")  # biblatex writes "In:"
# the book's edition and volume after its editors: "edited by X and Y, 6th ed., vol. 6, 3583–87"
# (an online reference work's dated release: "edited by Edward N. Zalta, Fall 2020 ed.")
_SEASON_ED = rf"(?:Spring|Summer|Fall|Autumn|Winter)\s+{YEAR}\s+ed(?:ition)?\.?"
_BOOK_NUMBERS = lazy_pattern(rf",\s*(?:vol\.\s*(?P<vol>[\w.]+)|(?P<ed>\d+(?:st|nd|rd|th)\s+ed\.?|{_SEASON_ED}))$", re.I)
# the release as a sentence of its own after the work's editors, and where the sentence ends after it
_SEASON_EDITION = lazy_pattern(rf"^{_SEASON_ED}$")
# the volume of a work in several that holds the chapter, named before it: "In vol. 4 of *Book*, edited by …"
_VOLUME_OF_BOOK = lazy_pattern(r"^vol(?:ume)?\.?\s+(?P<vol>\d+|[IVXLC]+)\s+of\s+(?=\S)", re.I)
_SEASON_EDITION_END = lazy_pattern(rf"\b{_SEASON_ED}\s+(?=[A-Z])")
# an entry in a reference work named without "In" after a quoted title: "“Mohism.” *The Stanford Encyclopedia of
# Philosophy*, edited by Edward N. Zalta." (MLA's container runs on to its publisher and year: "*Book*, edited by
# Eric Foner, McKinley and Smith, 2011, pp. 1-9.")
_WORK_EDITED = lazy_pattern(rf"^{IT_OPEN}[^{IT_OPEN}\ue001]+\ue001,\s+edited by\s+[A-Z][^\d]*$")
# (Annual Reviews and the APSA name the editors after "ed" or "eds.": "In Book, ed CE Schaefer, SE Reid, pp. 39–66.",
# "In Book, ed. G. Lock. Amsterdam: …"; names hold no digit: "…, eds. ASTM STP 715" closes names before the role)
_CHAPTER_ROLE = lazy_pattern(
    r",\s*(?:(?:edited and translated|translated and edited|edited|ed\.|translated|trans\.)\s+by\s+"
    r"|(?-i:eds?)\.?\s+(?=[A-Z][^\d]*$))",
    re.I,
)
# the chapter's pages closing the book's element, "pp." as many write it before them ("edited by Jane Doe,
# pp. 45-67", "edited by Mereftess, N.D. pp. 496-565")
# (a volume of a work in several before the pages: "edited by Leo Hart, 2:113–40")
_CHAPTER_PAGES = lazy_pattern(
    rf"(?:,\s*(?:pp?\.\s*)?|\.?\s+pp?\.\s*)(?:(?P<vol>\d{{1,2}}):(?!\d+\s*[-\u2013]\s*\d+:))?"
    rf"(?P<pages>{_NUMBERED_PAGES}|{PAGES})$"
)
# the book's own author after its title, and a front matter's one page in roman numerals: ", by Tom Hart, ix"
_BOOK_BY = lazy_pattern(
    r",\s+by\s+(?P<names>[A-Z][^\d,]*(?:,\s+(?:and\s+)?[A-Z][^\d,]*)*?)(?:,\s*(?P<page>[ivxlc]{1,7}))?$"
)
_PAGES_THEN_YEAR = lazy_pattern(rf",\s*(?:pp?\.\s*)?\d+(?:\s*[-\u2013]\s*\d+)?,\s*(?P<year>{YEAR})$")
# Harvard's "Journal, 153: 4, 399-587": the issue after the volume's colon, then the pages (a page cited
# before a range of later pages is no form a list takes)
_ISSUE_THEN_PAGES = lazy_pattern(r"(?P<no>\d{1,3}),\s*(?P<pages>(?P<first>\d+)\s*[-\u2013]\s*\d+)")
_FACTS_PAGES = lazy_pattern(r"(?<=\d),\s*(?P<pages>\d+\s*[-\u2013]\s*\d+)$")
# the lower-case words a place name may hold ("Newcastle upon Tyne", "Frankfurt am Main")
_PLACE_PARTICLES = {"upon", "on", "am", "an", "der", "de", "la", "le", "sur", "en", "del", "di", "da", "im"}
_PLACE_PUBLISHER = lazy_pattern(r"^(?P<place>[^:\d]{2,60}):\s*(?P<pub>[^:]{2,}?)\.?$")
_THESIS = lazy_pattern(
    r"^(?P<genre>(?:PhD|Ph\.D\.|DPhil|EdD|doctoral)\s+(?:diss\.|dissertation|thesis)|(?:MA|MS|MSc|MPhil|Master['\u2019]s|"
    r"BA|senior|honors)\s+thesis)\s*,\s*(?P<pub>.+?)\.?$",
    re.I,
)
# the Unified Style Sheet for Linguistics names a thesis after its school:
# "Columbus, OH: The Ohio State University dissertation", "Amherst, MA: UMass MA thesis"
_SCHOOL_THESIS = lazy_pattern(
    r"^(?P<pub>.*?\b(?:Universit\w*|Institute|College|UMass|MIT|UCLA)\b.*?)\s+"
    r"(?P<genre>(?:(?:PhD|Ph\.D\.|doctoral|MA|MSc|MPhil|master['\u2019]s)\s+)?(?:dissertation|thesis))$",
    re.I,
)
# a town and a year after a meeting's name: "Firenze 1984", "New Orleans 2019"
_TOWN_YEAR = lazy_pattern(rf"(?P<town>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){{0,2}})\s+(?P<year>{YEAR})")
_PAPER = lazy_pattern(
    r"^(?:(?P<genre>(?:Paper|Poster|Lecture|Talk|Keynote)(?: address)?) (?:presented|delivered|given)"
    # a talk named by its kind alone: "Presentation at the Annual Convention of …"
    r"|(?P<talk>Presentation)(?: (?:presented|delivered|given))?) at "
    r"(?P<event>.+?)\.?$",
    re.I,
)
# a talk named by its kind before its host: "Lecture, Dalhousie University, Halifax, NS, March 3, 2019." (its notes
# or slides: "Lecture notes, MA Drama, University of …, October 2010."; a class's: "Class lecture at Bates College, …")
_LECTURE = lazy_pattern(
    r"^(?P<genre>(?:Public |Guest |Keynote |Class )?"
    r"(?:[Ll]ecture(?: notes| slides)?|[Tt]alk|[Ss]eminar|[Pp]resentation)|Keynote address)"
    r"(?:,\s+|\s+at\s+(?:the\s+)?(?=[A-Z]))(?P<rest>\S.+)$"
)
_EDITION_LEAD = lazy_pattern(
    r"^(?P<ed>(?:\d+(?:st|nd|rd|th)|[Rr]ev\.|[Rr]evised|[Ee]xpanded|[Uu]pdated|[A-Z][a-z]+)(?:\s+[\w.]+){0,2}?\s+ed\.)"
    r"(?:\s+(?P<rest>\S.*))?$"
)
# a book's series between its italic title and the publication facts: "*Title*. Routledge Studies in
# Anthropology 14. New York: Routledge."; a word that names a series in it (not "Vol. 5.", "Troisième édition.")
_SERIES = lazy_pattern(
    r"^(?!In\s)(?P<series>[A-Z][^\d:;()]{3,100}?)(?:,?\s+(?:[Vv]ol\.\s*|[Nn]o\.?\s*)?(?P<num>\d+))?$"
)
_TIME_OF_DAY = lazy_pattern(r"\d{1,2}:\d\d\s*(?:[ap]\.m|[AP]M)\.?")
# a video's or post's date after the word that says what happened then: "Posted May 2, 2019."
_POSTED = lazy_pattern(r"^(?:Posted|Uploaded|Published)\s+(?:on\s+)?(?=[A-Z\d])")
# (a volume with a title of its own: "Vol. 1, *The Period of the Philosophers*."; citation processors' Chicago
# may set the word in lower case, "vol. 7.")
_VOLUME_UNIT = lazy_pattern(
    rf"^(?:[Vv]ol|[Vv]olume)\.?\s+(?P<vol>\d+|[IVXLC]+)(?:\s+of\s+(?P<series>{IT_OPEN}[^{IT_OPEN}]+?\ue001)"
    rf"|,\s+(?P<own>{IT_OPEN}[^{IT_OPEN}]+?\ue001|[A-Z][^.{IT_OPEN}]+))?\.?$"
)
# a part of the volume just named, with a title of its own: "Vol. 2, *Province Lyonnaise*. Part 5, *Partie
# nord-ouest*.", "Vol. 4, *…*. Suppl. 3.1, *…*."
_PART_OF_VOLUME = lazy_pattern(
    rf"^(?:Part|Pt\.|Suppl\.|Supplement|Fasc\.|Fascicle|Tome|Book)\s+[\dIVXLC]+(?:\.\d+)?,\s+{IT_OPEN}[^{IT_OPEN}]+?\ue001\.?$"
)
# how many volumes a work has: "*Title*. 2 vols. Edinburgh: …"
_VOLUMES = lazy_pattern(r"^(?P<n>\d+)\s+vols\.?(?:\s+(?P<rest>\S.*))?$")
# a later printing's facts: "Reprint, Edinburgh: Lothian Press."
_REPRINT = lazy_pattern(r"^Reprint,\s+(?=\S)")
_SERIES_WORD = lazy_pattern(
    r"\b(?:Series|Studies|Library|Monographs?|Texts|Classics|Handbooks?|Lectures|Essays|Perspectives|Papers?"
    r"|Reports?)\b"
)
# a season or a month (and day) closing what reads as the journal's name, before a year read as its volume
_WHEN_CLOSING = lazy_pattern(r",\s*(?P<when>[A-Z][a-z]+\.?(?:\s+\d{1,2})?)$")
_YEAR_RANGE = lazy_pattern(rf"(?P<year>{YEAR})\s*[-\u2013/]\s*(?:\d\d|{YEAR})")
_REVIEW = lazy_pattern(r"^Review of\s+", re.I)
_SESSION = lazy_pattern(r"^\d+(?:st|nd|rd|th)\s+Cong\.(?:,\s*\d+(?:st|nd|rd|th)\s+sess\.)?$")
_BLOG = lazy_pattern(rf"^(?P<cont>{IT_OPEN}[^{IT_OPEN}]+?\ue001|[^,.]+?)\s*\(blog\)\.?$")
# (the Finnish "Luettu", "Viitattu", "Katsottu", with or without a colon: "Luettu: 03.09.2025.")
_ACCESSED = lazy_pattern(
    r"^(?:Accessed|Retrieved|Viewed|(?:Luettu|Viitattu|Katsottu|Haettu):?)\s+(?:on\s+)?(?P<date>.+?)\.?$", re.I
)
_BLOG_HOST = lazy_pattern(r"^(?P<blog>.+?)\s*\(blog\),\s*(?P<host>.+)$")
_MODIFIED = lazy_pattern(r"^(?:Last\s+(?:modified|updated|revised)|Updated|Modified)\s+(?P<date>.+?)\.?$", re.I)
# what may follow the form: an e-book format or a database ("ProQuest (AAT 3300426)")
_FORMAT = lazy_pattern(
    r"^(?:Kindle(?: edition)?|EPUB|PDF|e-?book|Nook(?: edition)?|Apple Books|Audiobook|CD-ROM|DVD|CD"
    r"|compact disc|LP|vinyl|cassette|\d+\S*\s*rpm)\.?$",
    re.I,
)
# a web recording's kind, after the show's name: "Podcast audio.", "Podcast video.", "Video file.",
# "Podcast, MP3 audio."
_RECORDING = lazy_pattern(r"^(?:podcast(?:,\s*MP3)?\s+(?:audio|video)|(?:audio|video)\s+(?:podcast|file))\.?$", re.I)
# a running time alone, after a film's facts: "1 hr., 42 min.", "102 min."
_RUNNING_TIME = lazy_pattern(r"^(?:\d+\s*hr\.?(?:,?\s*\d+\s*min\.?)?|\d+\s*min\.?|\d{1,2}:\d\d(?::\d\d)?)$")
# a film's or talk's medium and running time, as Chicago gives them: "Video, 77:57.", "TED video, 12:34.",
# "Video, 118 min.", "DVD, 2 hr., 10 min."
# (the site or service that carries it, one or two words before the kind: "Kanopy video", "YouTube music video",
# "Spotify streaming audio"; a podcast named by that word alone: "Podcast, 52:00.")
_MEDIUM_LENGTH = lazy_pattern(
    r"^(?P<medium>(?:(?:[A-Z][\w@.&-]*|streaming|online|digital|podcast|music|MP3)\s+){0,2}"
    r"(?:video|film|audio|recording)|Podcast|DVD|Blu-ray|MP3|VHS)"
    r"(?:,\s*(?P<length>\d{1,3}:\d\d(?::\d\d)?|\d+\s*(?:hr|min|minutes|hours?)\.?(?:,?\s*\d+\s*min\.?)?))?\.?$",
    re.I,
)
# an artwork's materials, a sentence of its own after its title (CMOS 14.235): "Oil on canvas.", "Gelatin silver print."
ART_MEDIUM = lazy_pattern(
    r"^(?:(?:Oil|Acrylic|Tempera|Watercolou?r|Gouache|Ink|Pastel|Charcoal|Pencil|Graphite|Enamel)"
    r"(?:(?:,|\s+and)\s+\w+)*\s+on\s+(?:canvas|paper|panel|board|wood|linen|silk)|Gelatin silver print|Bronze)\.?$",
    re.I,
)
# where and when a talk was filmed or recorded, before its medium: "Filmed February 2013 in Long Beach, CA."
_FILMED = lazy_pattern(r"^(?:Filmed|Recorded)\s+(?:at|in|on)?\s*\S.{0,80}$")
_FILMED_PLACE = lazy_pattern(r"\s+(?:in|at)\s+.*$")
_FILMED_WHEN = lazy_pattern(r"^(?:Filmed|Recorded)\s+[A-Z][a-z]+\.?(?:\s+\d{1,2},?)?\s+\d{4}\.?$")
_IN_PLACE = lazy_pattern(r"^[Ii]n\s+([A-Z][^\d:;]{1,60}?)\.?$")
# the kind of a recorded work, a sentence of its own after its title: "Motion picture.", "Television broadcast."
# Chicago's software: "Peripleo. Computer software. The British Library, released 2024.": the kind of work, and
# "released" (with the date of release, if any) closing the publisher
_SOFTWARE_KIND = lazy_pattern(r"^(?:Computer (?:software|program)|Software|Mobile app(?:lication)?)\.?$", re.I)
_RELEASED_BY = lazy_pattern(r"(?:^|,\s*)released\.?$", re.I)
_WORK_KIND = lazy_pattern(
    r"^(?:Motion picture|Feature film|Documentary(?: film)?|Film|Television (?:broadcast|program(?:me)?|series)"
    r"|Radio (?:broadcast|program(?:me)?))\.?$",
    re.I,
)
# an episode of a podcast or broadcast before its show (CMOS 14.280): "Season 1, episode 1.", "Episode 400."
_EPISODE = lazy_pattern(r"^(?:(?:Season|Series)\s+\d+[,.]?\s+episode\s+\d+|(?:Season|Series|Episode)\s+\d+)\.?$", re.I)
# the show and the episode's number in one sentence after the episode's title (CMOS 14.280's author-date form,
# MLA's): "Science Weekly, episode 230.", "*The Daily*, season 2, episode 7."
_SHOW_EPISODE = lazy_pattern(
    r"^(?P<show>[^,\d]{2,80}?),\s+(?:(?:season|series)\s+\d+,\s+)?episode\s+(?P<no>\d{1,5})\.?$", re.I
)
# when and on which network a broadcast went out (CMOS 14.263): "Aired September 15, 2013, on AMC.",
# "Aired 8 January 1972."
_AIRED = lazy_pattern(r"^Aired\s+(?P<date>[^,]+?(?:,\s*\d{4})?)(?:,?\s+on\s+(?P<network>[A-Z].*?))?\.?$")
# a show's name alone, italic, before its episode: "“Part 1: Reproductions.” *Ways of Seeing*. Episode 1."
_SHOW = lazy_pattern(rf"^{IT_OPEN}(?P<show>[^{IT_OPEN}\ue001]+)\ue001\.?$")
# a recording's track on its album (CMOS 14.276): "Track 8 on *Nancy and Lee*."
# (or its performer first, as the notes name them: "with Daniel Hamm (voice) on *Early Works*.")
_TRACK = lazy_pattern(
    rf"^(?:[Tt]rack\s+\d+|[Ww]ith\s+[^{IT_OPEN}]{{1,80}}?),?\s+on\s+(?P<album>{IT_OPEN}[^{IT_OPEN}\ue001]+\ue001)\.?$"
)
# the album's first release, before a later one's label: "Originally released 1991."
_RELEASED = lazy_pattern(rf"^[Oo]riginally released\s+(?P<year>{YEAR})\.?$")
# the record label and its catalogue number, the place first where given and the year after:
# "Reprise RS-6273.", "Hollywood, Reprise RS-6273.", "Elektra Nonesuch 9 79169-2.", "Bloodlines, 2012."
RECORD_LABEL = r"[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3}?"
CATALOGUE_NUMBER = r"[A-Z]{0,4}[- ]?\d[\d -]*[A-Z\d]"
_LABEL = lazy_pattern(
    rf"^(?:(?P<place>[A-Z][\w ]{{1,30}}?)[,:]\s+)?(?P<label>{RECORD_LABEL})"
    rf"(?:\s+(?P<num>{CATALOGUE_NUMBER}))?(?:,\s+(?P<year>{YEAR}))?\.?$"
)
_DATABASE = lazy_pattern(r"^[A-Z][\w&' -]{1,40}(?:\s*\([^()]{1,30}\))?\.?$")
# CMOS 14.276: a recording's performers and when it was recorded, sentences of their own after its title
# ("With Emanuel Feuermann (violoncello) and the Philadelphia Orchestra, conducted by Eugene Ormandy.",
# "Recorded February 24, 1940."): facts of the performance, no field of its release
_PERFORMERS = lazy_pattern(rf"^[Ww]ith\s+[^{IT_OPEN}]{{2,200}}$")
_RECORDED = lazy_pattern(
    r"^Recorded\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]+\.?\s+|[A-Z][a-z]+\.?\s+)?\d{4}\.?$"
)
# CMOS 14.250: an exhibition catalogue's note, which names where the show was held (its own dates and places)
_EXHIBITION = lazy_pattern(r"(?:^|(?<=[.\s]))Published\s+in\s+conjunction\s+with\s+(?:an|the)\s+exhibition\b.*$", re.S)
_ROLE_VAR = {"e": "editor", "t": "translator", "c": "editor"}


@dataclass
class Source:
    fields: dict[str, Any] = field(default_factory=dict)
    form: str | None = None  # "journal", "chapter", "book", "periodical", "thesis", "paper", "lecture", "web"
    date: DateResult | None = None
    leftover: list[str] = field(default_factory=list)
    review: bool = False
    blog: bool = False
    placeless: bool = False  # a book's "Publisher, Year." with no place (CMOS 18)
    year: int | None = None  # the year read before the source (author-date), to know it again at the end


def _names(text: str) -> list[dict[str, Any]]:
    return [n for n in parse_person_list(unmark(text)) if n]


def _contributor(unit: str, src: Source) -> bool:
    fields = contributor_fields(unit)
    if fields is None:
        return False
    for variable, value in fields.items():
        src.fields.setdefault(variable, value)
    return True


# "Review of *Swing Time*, by Zadie Smith": the work reviewed and its author
_REVIEWED = lazy_pattern(r"^Review of\s+(?P<title>.+?)(?:,?\s+by\s+(?P<names>[^,]+(?:,\s*[^,]+)*?))?\s*$", re.I)


def _reviewed(unit: str, src: Source) -> None:
    """The reviewed work's title and author, which Chicago names after ``Review of``."""
    m = _REVIEWED.match(unit)
    if m is None:
        return
    title = strip_value(unmark(m.group("title")))
    if title:
        src.fields["reviewed-title"] = title
    written = m.group("names") or ""
    if written.endswith(".") and written[-2:-1].islower():
        written = written[:-1]  # the sentence's full stop, not an initial's
    names = _names(written) if written else []
    if names:
        src.fields["reviewed-author"] = names


# a volume in roman numerals after the italic journal, before its number: "*Country Life* CXC, no. 24 (…)"
_ROMAN_VOLUME_AFTER_ITALICS = lazy_pattern(
    rf"{IT_CLOSE}\s+(?P<vol>(?=[IVXLC])C{{0,3}}(?:XC|XL|L?X{{0,3}})(?:IX|IV|V?I{{0,3}}))\s*$"
)


def _issue_only(unit: str, src: Source) -> bool:
    m = _ISSUE_ONLY.match(unit) if "no." in unit else None  # (the costly pattern only where its "no." is)
    if not m or not (m.group("paren") or m.group("pages")):
        return False
    paren = (m.group("paren") or "").strip()
    date = periodical_date(paren, src.year) if paren else None
    if paren and date is None:
        return False
    cont = m.group("cont")
    vol = _ROMAN_VOLUME_AFTER_ITALICS.search(cont) if IT_CLOSE in cont else None
    cont = strip_value(unmark(cont[: vol.start() + 1] if vol else cont))
    if not cont:
        return False
    if date is not None and date.issued:
        src.date = date
    src.fields["container-title"] = cont
    if vol:
        src.fields["volume"] = vol["vol"]
    src.fields["issue"] = m.group("no")
    if m.group("pages"):
        src.fields["page"] = clean_pages(m.group("pages"))
    src.form = "journal"
    return True


_YEAR_AFTER_PAGES = lazy_pattern(rf",\s*(?P<year>{YEAR})$")
_YEAR_ONLY = lazy_pattern(YEAR)


_SHORT_CODE = lazy_pattern(r"[\w/\u2013-]{1,12}")


# an italic journal numbered by its year alone: "*Notizie degli Scavi* (1901): 297–98", "*Bulletin* (1972–73): 37–47"
_YEAR_ONLY_JOURNAL = lazy_pattern(
    rf"^{IT_OPEN}(?P<cont>[^{IT_OPEN}{IT_CLOSE}]+){IT_CLOSE}\s*\((?P<paren>{YEAR}(?:\s*[-\u2013/]\s*(?:\d\d|{YEAR}))?)\)"
    rf"\s*:\s*(?P<pages>{_ARTICLE_PAGES})\.?$"
)


# a meeting's name is no journal's: "*Eurographics Conference on Visualization* (2015): E1-21" is left to the model
_MEETING_NAME = lazy_pattern(r"\b(?:Conference|Proceedings|Symposium|Workshop|Congress|Colloqui\w+)\b")


def _year_only_journal(unit: str, src: Source) -> bool:
    m = _YEAR_ONLY_JOURNAL.match(unit) if unit[:1] == IT_OPEN else None
    cont = strip_value(m.group("cont")) if m else ""
    if m is None or not cont or _MEETING_NAME.search(cont):
        return False
    years = _YEAR_RANGE.fullmatch(m.group("paren"))
    src.date = parse_date(years.group("year") if years else m.group("paren"))
    src.fields["container-title"] = cont
    src.fields["page"] = clean_pages(m.group("pages"))
    src.form = "journal"
    return True


def _journal(unit: str, src: Source) -> bool:
    if _issue_only(unit, src) or _year_only_journal(unit, src):
        return True
    if ("n." in unit or "ser." in unit) and (mark := _SERIES_BEFORE_VOLUME.search(unit)) is not None:
        unit = unit[: mark.start()] + unit[mark.end() :]
    m = _JOURNAL.match(unit)
    if m and _MEDIUM_LENGTH.match(unit):
        return False  # "Video, 77:57": a running time, not a volume and its pages
    if not m or not (m.group("no") or m.group("paren") or m.group("pages")):
        return False
    cont = strip_value(unmark(m.group("cont")))
    if "," in cont and (series := _SERIES_CLOSING.search(cont)) is not None and series.start() > 2:
        cont = cont[: series.start()]
    if not cont or len(cont) > 200:
        return False
    paren = (m.group("paren") or "").strip()
    issue = m.group("no")
    if paren and (years := _YEAR_RANGE.fullmatch(paren)):
        src.date = parse_date(years.group("year"))  # "Social Text 16 (1986–87): 36–80", a volume of two years
    elif (
        paren
        and not issue
        and _SHORT_CODE.fullmatch(paren)
        and not _YEAR_ONLY.fullmatch(paren)
        and month_number(paren) is None  # "Journal 49 (June): 103916": the month of the issue, a date
    ):
        issue = paren  # author-date "Journal 38 (1): 95–109"
    elif paren:
        date = periodical_date(paren, src.year)
        if date is None:
            return False
        if date.issued:
            src.date = date
    elif not m.group("pages") and not issue:
        return False
    vol = m.group("vol")
    when = _WHEN_CLOSING.search(cont)
    if when and vol and not issue and not paren and _YEAR_ONLY.fullmatch(vol):
        date = periodical_date(f"{when.group('when')} {vol}")
        if date is not None and date.issued:
            # a magazine's "Lutheran Forum, Winter 2008: 14-17": its season or month and year, no volume
            cont, vol, src.date = cont[: when.start()], None, date
    src.fields["container-title"] = cont
    if vol:
        src.fields["volume"] = vol
    if issue:
        src.fields["issue"] = issue
    pages = m.group("pages")
    ym = _YEAR_AFTER_PAGES.search(pages or "")
    if ym and pages:
        # "287(19): 2542-2551, 2002": the year after the pages (not Chicago's place for it)
        pages, src.date = pages[: ym.start()], parse_date(ym.group("year"))
    ip = _ISSUE_THEN_PAGES.fullmatch(pages or "") if not issue and not paren else None
    if ip and int(ip.group("no")) < int(ip.group("first")):
        src.fields["issue"], pages = ip.group("no"), ip.group("pages")
    if pages:
        src.fields["page"] = clean_pages(pages)
    src.form = "journal"
    return True


# the editors' surnames alone, two or more ("Prazniak and Dirlik", "Davidson, Hatcher, and Lee", "Smith et al.")
_SURNAME = r"[A-Z][^\W\d_'’-]*(?:[-'’][A-Z]?[^\W\d_]+)?"
_CROSS_REFERENCE = lazy_pattern(rf"{_SURNAME}(?:(?:,\s+{_SURNAME})*,?\s+(?:and|&)\s+{_SURNAME}|\s+et\s+al\.?)")

_SURNAMES_APART = lazy_pattern(r",?\s+(?:and|&)\s+|,\s+")
_ET_AL = lazy_pattern(r"\s+et\s+al\.?$")


# the town a meeting's proceedings name in brackets after their italic title, as Chicago's styles print the place
# of a paper in proceedings: "In *Proceedings of the Workshop* (Lille), 2021."
_TOWN_AFTER_ITALIC = lazy_pattern(
    rf"(?<={IT_CLOSE})\s*\((?P<town>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){{0,2}}(?:,\s[A-Z][^\W\d_]+)?)\)\s*$"
)


def _chapter(unit: str, src: Source, linked_last: bool = False) -> bool:
    """``linked_last``: the unit closes the entry and a URL or DOI was cut out of it."""
    m = _CHAPTER.match(unit)
    if not m:
        return False
    body = m.group("body")
    if (vo := _VOLUME_OF_BOOK.match(body)) is not None:
        src.fields.setdefault("volume", vo.group("vol"))
        body = body[vo.end() :]
    if (py := _PAGES_THEN_YEAR.search(body)) and src.date is None:
        # a proceedings' pages and year with no imprint: "In *Abstract Book of EACL 2014*, 62, 2014."
        body, src.date = body[: py.start("year")].rstrip(" ,"), parse_date(py.group("year"))
    pm = _CHAPTER_PAGES.search(body)
    if pm and not pm.group("vol") and "p" not in pm.group(0) and pm.group("pages") == str(src.year):
        body = body[: pm.start()]  # natbib's "2019. Title. In NIPS, 2019.": the year again, not a page
    elif (
        pm
        and (linked_last or "-" not in unit and "\u2013" not in unit)
        and src.date is None
        and src.year is None
        and not pm.group("vol")
        and "p" not in pm.group(0)
        and _YEAR_ONLY.fullmatch(pm.group("pages"))
    ):
        # a site's page dated after its link: "In *Principia Cybernetica Web*, http://…, 1999.": a year, no page;
        # an entry with no date but a year-like lone number after its book ("In KDD, 2016."): the year
        body, src.date = body[: pm.start()], parse_date(pm.group("pages"))
    elif pm:
        src.fields["page"] = clean_pages(pm.group("pages"))
        if pm.group("vol"):
            src.fields["volume"] = pm.group("vol")
        body = body[: pm.start()]
    while bn := _BOOK_NUMBERS.search(body):
        if bn.group("vol"):
            src.fields.setdefault("volume", bn.group("vol"))
        elif (edition := edition_value(bn.group("ed")) or edition_from_span(bn.group("ed"))) is not None:
            src.fields.setdefault("edition", edition)
        body = body[: bn.start()]
    rm = _CHAPTER_ROLE.search(body)
    named = None
    if rm:
        # "edited by Michael Holquist, translated by Caryl Emerson": each role names its own contributors
        rest = body[rm.end() :]
        for role_match, names_text in _roles_and_names(rm, rest):
            names = _names(names_text)
            if not names:
                return False
            role = role_match.lower()
            src.fields.setdefault("translator" if "trans" in role and "edit" not in role else "editor", names)
            if "edited and translated" in role or "translated and edited" in role:
                src.fields["translator"] = names
        body = body[: rm.start()]
    elif (named := _editors_before_role(body)) is not None:
        body, src.fields["editor"] = named
    if ", by " in body and (by := _BOOK_BY.search(body)) is not None and (authors := _names(by.group("names"))):
        # a foreword's or an introduction's book and its author (CMOS 14.110): "In *Manual*, by Gregory M. Scott
        # and Stephen M. Garrison, ix.", its one page in roman numerals
        src.fields["container-author"] = authors
        if by.group("page"):
            src.fields.setdefault("page", by.group("page"))
        body = body[: by.start()]
    if "(" in body and (town := _TOWN_AFTER_ITALIC.search(body)) is not None:
        src.fields.setdefault("publisher-place", town.group("town"))
        body = body[: town.start()]
    book = strip_value(unmark(body))
    if not book:
        return False
    if pm and not rm and not named and _CROSS_REFERENCE.fullmatch(book):
        # "In Prazniak and Dirlik, 15–51.": the short form pointing to the book's own entry names its editors
        surnames = _SURNAMES_APART.split(_ET_AL.sub("", book))
        src.fields["editor"] = [{"family": f} for f in surnames if f]
        src.form = "chapter"
        return True
    src.fields["container-title"] = book
    src.form = "chapter"
    return True


def _roles_and_names(first: re.Match[str], rest: str) -> list[tuple[str, str]]:
    """Each role of a book's contributors after ``first`` and the names it introduces (``, edited by X,
    translated by Y``)."""
    second = _CHAPTER_ROLE.search(rest)
    if second is None:
        return [(first.group(0), rest)]
    return [(first.group(0), rest[: second.start()]), (second.group(0), rest[second.end() :])]


def _editors_before_role(body: str) -> tuple[str, list[dict[str, Any]]] | None:
    """The book's title and its editors, where initialled names and "eds." close the element."""
    found = names_before_role(body)
    names = _names(body[found[0] : found[1]]) if found else []
    return (body[: found[0]].rstrip(" ,"), names) if found and names else None


# a number in a publisher's name is no fact of the imprint, save an ordinal ("20th Century Fox", "21st Century Books")
_NUMBER_IN_NAME = lazy_pattern(r"\d(?!\d*(?:st|nd|rd|th)\b)")
# save a company's registered year before its legal form ("New Contemporaries 1988 Ltd")
_COMPANY_YEAR = lazy_pattern(r"\b(?:1[89]|20)\d\d\s+(?=(?:Ltd|Limited|Inc|LLC|GmbH|Pty|plc)\b\.?)")


_AND = lazy_pattern(r"\s+and\s+")


def _publication_facts(unit: str, src: Source) -> bool:
    m = _PLACE_PUBLISHER.match(unit)
    if not m or len(m.group("place").split()) > 6:
        return False
    if unit.lstrip()[:1] in "*_\ue000":
        return False  # "*Archival Science: International Journal …*": a name in italics and its subtitle, no place
    place = m.group("place")
    if any(w[:1].islower() and w not in _PLACE_PARTICLES for w in place.split()) and not all(
        is_place(p)
        for p in _AND.split(place)  # "London and New York: Routledge"
    ):
        return False  # "Statistiques sociales : interaction …": a title and its subtitle, not a place
    pub = strip_value(m.group("pub"))
    pm = _FACTS_PAGES.search(pub)
    if pm:  # "New York: Holt, 1995, 1–20": a chapter's pages after the publication facts
        pub = pub[: pm.start()]
        src.fields.setdefault("page", clean_pages(pm.group("pages")))
    pub, date = trailing_year(pub)
    if not pub or _NUMBER_IN_NAME.search(_COMPANY_YEAR.sub("", pub)):
        return False
    if publisher_lead_off(f"{place}:").strip():  # ("Ed: O'Reilly Media": the house's label, no place)
        src.fields["publisher-place"] = strip_value(place)
    if (tm := _SCHOOL_THESIS.match(pub)) is not None:  # the Unified Style Sheet's thesis
        src.fields["genre"] = tm.group("genre")
        src.form, pub = "thesis", tm.group("pub")
    src.fields["publisher"] = pub
    if date is not None and date.issued:
        src.date = date
    src.form = src.form or "book"
    return True


def _thesis(unit: str, src: Source) -> bool:
    m = _THESIS.match(unit)
    if not m:
        return False
    pub, date = trailing_year(strip_value(m.group("pub")))
    src.fields["genre"] = m.group("genre")
    src.fields["publisher"] = pub
    if date is not None and date.issued:
        src.date = date
    src.form = "thesis"
    return True


# a course's name set as a sentence of its own before its lecture's: "History 1301: US History." (no italics, no stop)
_COURSE = lazy_pattern(r"^[A-Z][^.*_\[\]()]{2,80}\.?$")


def _lecture_unit(unit: str, year: int | None) -> bool:
    """Whether ``unit`` is a talk's kind, host, place and date (``Class lecture at Bates College, …, 2016.``;
    ``year``: author-date's year after the names, which dates a closing ``March 3``)."""
    return _lecture(unit, Source(year=year))


def _lecture(unit: str, src: Source) -> bool:
    """``Lecture, Dalhousie University, Halifax, NS, March 3, 2019.``: a talk's kind, its host, the place, the date
    (``Lecture, Course, University, …``: a course or series named before the host is the event)."""
    m = _LECTURE.match(unit)
    if not m:
        return False
    parts = [p.strip() for p in m.group("rest").rstrip(".").split(",")]
    date = None
    for k in (2, 1):  # "March 3, 2019" spans two parts, "March 2019" one
        # (author-date's "March 3" alone is dated by the year after the names)
        if len(parts) > k and (found := periodical_date(", ".join(parts[-k:]), src.year)) is not None and found.issued:
            date, parts = found, parts[:-k]
            break
    if date is None or not parts:
        return False
    k = place_at_end(parts)
    place, parts = (parts[-k:], parts[:-k]) if k else ([], parts)
    src.fields["genre"] = m.group("genre")
    src.fields["publisher"] = parts[-1]  # the host; a course or series before it is the event
    if parts[:-1]:
        src.fields["event-title"] = ", ".join(parts[:-1])
    if place:
        src.fields["publisher-place"] = ", ".join(place)
    src.date = date
    src.form = "lecture"
    return True


_DATE_PART = lazy_pattern(rf"\d|^{YEAR}$")


_DAY_RANGE_END = lazy_pattern(r"[\u2013-]\d{1,2}(?=,|$)")


def _paper(unit: str, src: Source) -> bool:
    m = _PAPER.match(unit)
    if not m:
        return False
    event = m.group("event")
    # the meeting's dates close the unit: "…, New Orleans, Louisiana, November 21–24"
    parts = [p.strip() for p in event.split(",")]
    while len(parts) > 1 and _DATE_PART.search(parts[-1]):
        if (town := _TOWN_YEAR.fullmatch(parts[-1])) and src.date is None:
            # the meeting's town and year with no comma between: "…, Firenze 1984."
            src.date = parse_date(town.group("year"))
            src.fields.setdefault("event-place", town.group("town"))
            parts.pop()
            continue
        # a year in brackets after an italic meeting: "Paper presented at *Meeting*, (2020)."
        date = periodical_date(_DAY_RANGE_END.sub("", parts[-1].strip("() ")))
        if date is not None and date.issued:
            src.date = date
        parts.pop()
    # the meeting's town before its dates: "…, San Francisco, CA, March 11-14, 2009"
    if 0 < (n := place_at_end(parts)) < len(parts):
        src.fields.setdefault("event-place", ", ".join(parts[-n:]))
        del parts[-n:]
    src.fields["genre"] = m.group("genre") or m.group("talk")
    src.fields["event-title"] = strip_value(unmark(", ".join(parts)))
    src.form = "paper"
    return True


# a newspaper's page after its date, its section's letter first and "+" where the article runs on: "C1+", "B2",
# "12", "pp. 4-5"
_NEWSPAPER_PAGE = lazy_pattern(r"(?:pp?\.\s*)?(?P<page>[A-Z]?\d{1,4}\+?(?:\s*[-\u2013]\s*[A-Z]?\d{1,4})?)")


# a newspaper's section after the date, numbered or lettered (CMOS 14.191): "sec. B6", "section 2"
_SECTION = lazy_pattern(r"(?:sec\.|section)\s+[A-Z]?\d{0,3}[A-Z]?$", re.I)


# a newspaper's city in brackets after its name (CMOS 14.193): "*Times* (London)", "*Age* (Melbourne)"
_PAPER_CITY = lazy_pattern(r"(.+?)\s*\(([A-Z][^()\d]{1,40})\)")


# a body's dated document named by its kind (CMOS 14.205): "Press release, October 19, 2022."
_RELEASE_KIND = lazy_pattern(r"(?:press|news|media)\s+release|fact\s+sheet|policy\s+brief", re.I)


# the year closing a paper's date and its page after a colon, as a journal's page follows its year
_YEAR_COLON_PAGE = lazy_pattern(r"(1[5-9]\d\d|20\d\d)\s*:\s*([A-Z]?\d{1,4}(?:[-\u2013][A-Z]?\d{1,4})?)")


# an article published before its issue: "ahead of print", "online ahead of print", "advance online publication"
_ONLINE_FIRST = lazy_pattern(r"(?:(?:online|epub)\s+)?ahead\s+of\s+print|advance\s+online\s+publication", re.I)


# a month's name opening a part, in any language's letters ("May 3", "Şubat 1")
_MONTH_WORD = lazy_pattern(r"[^\W\d_a-z][^\W\d_A-Z]+\.?(?:\s|$)")


_DIGIT = lazy_pattern(r"\d")


def _periodical(unit: str, src: Source) -> bool:
    """``Container, Month Day, Year[, Section]``: a newspaper's or magazine's date after its name."""
    parts = [p.strip() for p in unit.rstrip(".").split(",")]
    colon_page = None
    if len(parts) > 2 and (cp := _YEAR_COLON_PAGE.fullmatch(parts[-1])):
        parts[-1], colon_page = cp.group(1), cp.group(2)  # "The Australian, June 1, 2006: 3.": the page after
    for i in range(1, len(parts)):
        if not _MONTH_WORD.match(parts[i]):  # "May 3", "Şubat 1", or "June" before ", 2009"
            continue
        text = parts[i] + (", " + parts[i + 1] if i + 1 < len(parts) and _YEAR_ONLY.fullmatch(parts[i + 1]) else "")
        date = periodical_date(text, src.year)
        if date is None or not _DIGIT.search(text):
            continue
        cont = strip_value(unmark(", ".join(parts[:i])))
        if i > 1 and _ONLINE_FIRST.fullmatch(parts[i - 1]):
            # a journal's "Comptes Rendus Palevol, ahead of print, March 1.": the article's state, then its date
            src.fields["status"] = parts[i - 1]
            cont = strip_value(unmark(", ".join(parts[: i - 1])))
        if (city := _PAPER_CITY.fullmatch(unmark(", ".join(parts[:i])))) and is_place(city.group(2)):
            cont = strip_value(city.group(1))  # "*Age* (Melbourne)": the paper, its city added to tell it apart
        bm = _BLOG_HOST.match(cont)
        if bm:  # author-date "Blog (blog), Host Publication, Month Day, Year"
            src.blog = True
            src.fields["container-title"] = bm.group("blog")
            cont = bm.group("host")
        if not cont:
            return False
        if src.blog:
            src.fields["collection-title"] = cont
        elif POST_KIND.fullmatch(cont):
            # CMOS's "Instagram photo, April 1, 2016": the kind of post on the platform, not a periodical's name
            src.fields["medium"] = cont
        elif _RELEASE_KIND.fullmatch(cont):
            src.fields["genre"] = cont  # "Press release, October 19, 2022.": the kind of document, no periodical
        elif (owned := SITE_AND_OWNER.fullmatch(cont)) and len(cont.split()) <= SITE_WORDS:
            # a note's "Bizwomen, American City Business Journals, January 21, 2022": the site, then its owner
            src.fields["container-title"], src.fields["publisher"] = owned.group(1), owned.group(2)
        else:
            src.fields["container-title"] = cont
        if date.issued:
            src.date = date
        used = i + (2 if text != parts[i] else 1)
        if used < len(parts) and _TIME_OF_DAY.fullmatch(parts[used]):
            used += 1  # a post's time after its date: "Twitter, March 3, 2021, 9:14 p.m."
        if used == len(parts) - 1 and cont[:1].isupper() and (pm := _NEWSPAPER_PAGE.fullmatch(parts[used])):
            src.fields["page"] = pm.group("page")  # "Boston Globe, June 7, 1998, C1+": the page after the date
            used += 1
        if colon_page and used == len(parts):
            src.fields.setdefault("page", colon_page)
        if any(_DIGIT.search(p) and not _SECTION.match(p) for p in parts[used:]):
            return False  # "Dec 2001, Vol. 1 Issue 4, p259": locators after the date are no Chicago section
        if used < len(parts):
            src.fields["section"] = ", ".join(parts[used:])
        src.form = "journal" if "status" in src.fields else "periodical"
        return True
    return False


# a social-media post named by its platform and kind: "Instagram photo", "Twitter video", "Facebook post"
POST_KIND = lazy_pattern(
    r"(?:Instagram|Twitter|X|Facebook|TikTok|YouTube|LinkedIn|Flickr)\s+(?:photo|video|post|reel|story)"
)


# the most words of a site's name and its owner's together; each a name in capitals with no digit
SITE_WORDS = 12
SITE_AND_OWNER = lazy_pattern(r"([A-Z][^,\d]*[^\s,\d]), ([A-Z][^,\d]*[^\s,\d.])")


# the site's owner and, after a comma, the page's date: "BBC, November 7, 2014", "Encyclopædia Britannica, last
# modified May 17, 2021" (a change's month or year alone after its word: "The University of Chicago, last modified
# 2017")
_OWNER_DATED = lazy_pattern(
    rf"^(?P<owner>[A-Z][^,\d]{{1,80}}),\s+(?:(?P<modified>(?:last\s+)?(?:modified|updated|revised))\s+)?"
    rf"(?P<date>[A-Z][a-z]+\.?\s+\d{{1,2}},\s+{YEAR}|\d{{1,2}}\s+[A-Z][a-z]+\.?\s+{YEAR}"
    rf"|(?(modified)(?:[A-Z][a-z]+\.?\s+)?{YEAR}|(?!)))\.?$"
)
# an italic site and, after a comma, its owner in roman
_ITALIC_SITE_OWNER = lazy_pattern(rf"^{IT_OPEN}([^{IT_OPEN}\ue001]+)\ue001,\s+([A-Z][^,\d{IT_OPEN}]*[^\s,\d.])\.?$")


# the show an episode is "In", as the 18th edition writes a podcast's: "October 21, 2024. In *All in the Mind*."
_IN_SHOW = lazy_pattern(r"^In\s+(?=[A-Z\ue000])")


def _site(units: list[str], src: Source, whole_work: bool = False) -> bool:
    """The units before a URL: the site's name, its owner, what kind of recording it is, a date. After an italic
    title (``whole_work``: a report or book online) a body's name is its publisher, dated or not."""
    names: list[str] = []
    posted = False
    for unit in units:
        if unit[:1] in "AODSL" and ":" in unit and _ACCESS_LABEL.fullmatch(unit):
            continue  # "Available: <URL>.": the address's label (its address is read apart), no site's name
        if _RECORDING.match(unit):  # Chicago 16's "Podcast audio." or "Podcast video." after the show
            src.fields.setdefault("genre", strip_value(unit))
            continue
        if mm := _MEDIUM_LENGTH.match(unit):  # "Video, 77:57.": the medium, and the running time it states
            _medium_and_length(mm, src)
            continue
        if _FILMED.match(unit):
            src.fields.setdefault("note", strip_value(unit))
            filmed = periodical_date(_FILMED_PLACE.sub("", strip_value(unit)).split(None, 1)[-1])
            if filmed is not None and filmed.issued and src.date is None:
                src.date = filmed  # a talk's one date: when it was given
            continue
        if "medium" in src.fields and "dimensions" not in src.fields and _RUNNING_TIME.match(strip_value(unit)):
            src.fields["dimensions"] = strip_value(unit)  # "TED video. 20:49.": the medium's running time apart
            continue
        am = _ACCESSED.match(unit)
        if am:
            accessed = periodical_date(am.group("date"))
            if accessed is None or not accessed.issued:
                return False
            src.fields["accessed"] = accessed.issued
            continue
        m = _MODIFIED.match(unit)
        if m:
            date = periodical_date(m.group("date"))
            if date is None:
                return False
            src.fields.setdefault("note", strip_value(unit))  # "Last modified April 17, 2017.": kept as written
            if src.date is None and src.year is None and date.issued:
                src.date = date  # and, with no other date, when the page was written, as a note's form gives it
            continue
        date = periodical_date(_POSTED.sub("", unit), src.year)
        if date is not None and _DIGIT.search(unit):
            if date.issued:
                src.date = date
                posted = True
            continue
        if (om := _OWNER_DATED.match(unit)) and (dated := periodical_date(om.group("date"))) and dated.issued:
            # "Encyclopædia Britannica, last modified May 17, 2021": the owner, and when the page was written
            names.append(strip_value(unmark(om.group("owner"))))
            if om.group("modified"):  # kept as written too, as a "Last modified …" sentence is
                src.fields.setdefault("note", strip_value(unit[om.start("modified") :]))
            src.date = dated
            continue
        if _DIGIT.search(unit) or len(unit) > 100:
            return False
        if bm := _BLOG_HOST.match(unmark(unit)):  # "*Roots of Unity* (blog), *Scientific American*."
            src.blog = True
            src.fields["container-title"] = strip_value(bm.group("blog"))
            src.fields["collection-title"] = strip_value(bm.group("host"))
            continue
        if om := _ITALIC_SITE_OWNER.match(unit):  # "*Blog of the APA*, American Philosophical Association."
            names.extend(strip_value(om.group(k)) for k in (1, 2))
            continue
        if _contributor(unit, src):
            continue  # the 18th edition's podcast: "In *Show*. Produced by X. Podcast.": who made it, no site
        if name := strip_value(unmark(unit)):  # a stray bracket or mark names nothing
            names.append(_IN_SHOW.sub("", name) if not names else name)
    if len(names) > 2:
        return False
    if len(names) == 2:
        src.fields["container-title"], src.fields["publisher"] = names
    elif (
        names
        and (
            not posted
            and (ORG_WORDS.fullmatch(names[0].split()[-1]) or PUBLISHER_WORDS.fullmatch(names[0].split()[-1]))
            or whole_work
            and has_org_word(names[0])
        )
        # (a news site's name, "AP News", "The New York Times", not its owner)
        and not NEWSPAPER.fullmatch(names[0].split()[-1])
    ):
        # the site's owner ("Yale University", "McDonald's Corporation"), not the site's name; a page dated
        # when it was posted ("Cision PR Network. November 12, 2019.") names the site that posted it
        src.fields["publisher"] = names[0]
    elif names:
        src.fields["container-title"] = names[0]
    src.form = "web"
    return True


def _publisher_alone(unit: str, src: Source) -> bool:
    """A book's publisher named with no place (``State University of New York Press.``) after a chapter."""
    bare = strip_value(unmark(unit))
    if _DIGIT.search(bare) or len(bare.split()) > 8 or not PUBLISHER_WORDS.search(bare):
        return False
    src.fields["publisher"] = bare
    return True


# the label an address is given under, left once the address is read apart: "Available: <URL>.", "Online:", ISO 690's
# Czech, Slovak and Polish "Dostupné z:", "Dostupný na:", "Dostępne w:", the Finnish "Saatavissa:", "Luettavissa:"
_ACCESS_LABEL = lazy_pattern(
    r"(?:Available(?:\s+(?:at|from|online))?|Online|Dostupn[éýá]\s+(?:z|na)|Dostępne\s+w|Saatavi(?:ssa|lla)|Luettavissa)"
    r"\s*:?\s*\.?",
    re.I,
)


# a book's publisher alone, with no place and after the author-date year, as the 18th edition writes it:
# "*Title*. Chandos."; never a format, an access date or an address
_NOT_PUBLISHER = lazy_pattern(r"^(?:Accessed|Retrieved|Viewed|Last\s|Updated|Modified|Available|https?:|www\.)", re.I)


_DIGIT_OR_COLON = lazy_pattern(r"[\d:;]")


def _bare_publisher(unit: str, src: Source) -> bool:
    """The publisher of an author-date book (italic title) or chapter named with no place:
    ``Webb, Jela. 2008. *Title*. Chandos.``"""
    bare = publisher_lead_off(strip_value(unmark(unit)))
    words = bare.split()
    if (
        not 1 <= len(words) <= 8
        or not bare[:1].isupper()
        or _DIGIT_OR_COLON.search(bare)
        or _FORMAT.match(bare)
        or _RECORDING.match(bare)
        or _NOT_PUBLISHER.match(bare)
        or _MEDIUM_LENGTH.match(bare)
        or CONTRIBUTOR.match(bare)
    ):
        return False
    # an older book's place alone, its printer unnamed: "… Atlantic Ocean*. London.", "… Clavecin*. France, 1716."
    src.fields["publisher-place" if is_place(bare) or region_in_full(bare) else "publisher"] = bare
    src.form = src.form or "book"
    return True


# "The R Journal 4 (1): June": a journal's name followed by its volume, issue or month is no bare name
_NAME_THEN_LOCATORS = lazy_pattern(r"\s\d|[(:]")


def _publisher_year(unit: str, src: Source) -> bool:
    """The 18th edition's publication facts with no place, in a bibliography entry: ``Knopf, 1988.``"""
    pub, date = trailing_year(strip_value(unit))
    if date is None or not date.issued or "," in pub or is_place(pub):
        return False
    if periodical_name(pub) and not _NAME_THEN_LOCATORS.search(pub):
        # "*Title.* Bone & Joint Open, 2020.": a journal's name and year after an article's italic title
        src.fields["container-title"] = strip_value(unmark(pub))
        src.date, src.form = date, "journal"
        return True
    if not _bare_publisher(pub, src):
        return False
    src.date, src.placeless = date, True
    return True


def _track(unit: str, src: Source) -> bool:
    """``Track 8 on *Nancy and Lee*``: the album holds the track, as a book holds a chapter."""
    m = _TRACK.match(unit)
    if m is None:
        return False
    src.fields["container-title"] = strip_value(unmark(m.group("album")))
    src.form = "track"
    return True


def _album_facts(units: list[str], src: Source) -> int:
    """How many of ``units`` (after the track) give the album's release: its first year, its label and
    catalogue number, the year alone."""
    used = 0
    for unit in units:
        bare = strip_value(unit)
        if rm := _RELEASED.match(bare):
            src.date = parse_date(rm.group("year"))
        elif _YEAR_ONLY.fullmatch(bare):
            src.date = src.date or parse_date(bare)
        elif "publisher" not in src.fields and (lm := _LABEL.match(bare)):
            if lm.group("place") and not (is_place(lm.group("place")) or lm.group("num")):
                break  # (a catalogue number after the label marks what precedes it as the place)
            src.fields["publisher"] = lm.group("label")
            if lm.group("place"):
                src.fields["publisher-place"] = lm.group("place")
            if lm.group("num"):
                src.fields["number"] = lm.group("num")
            if lm.group("year"):
                src.date = src.date or parse_date(lm.group("year"))
        else:
            break
        used += 1
    return used


def _catalogued(units: list[str]) -> bool:
    """Whether ``units`` open on a record label with its catalogue number and name a format after it."""
    lm = _LABEL.match(strip_value(units[0])) if units else None
    return bool(lm and lm.group("num")) and any(_FORMAT.match(strip_value(u)) for u in units[1:])


def _add_note(src: Source, unit: str) -> None:
    note = src.fields.get("note")
    src.fields["note"] = f"{note}. {strip_value(unit)}" if note else strip_value(unit)


def _medium_and_length(m: re.Match[str], src: Source) -> None:
    src.fields.setdefault("medium", m.group("medium").strip())
    if m.group("length"):
        src.fields.setdefault("dimensions", m.group("length"))  # CSL's place for a running time


def _trailing_kind(unit: str) -> bool:
    """A format, a recording's kind or a broadcast's: never the name of who made or holds the work."""
    bare = strip_value(unit)
    return bool(_FORMAT.match(bare) or _RECORDING.match(bare) or _WORK_KIND.match(bare) or _MEDIUM_LENGTH.match(bare))


_BY = lazy_pattern(r"\bby\b")


def _trailing(unit: str, src: Source) -> bool:
    bare = strip_value(unit)
    if bare[:1] in "AOD" and ":" in unit and _ACCESS_LABEL.fullmatch(bare):
        return True  # "Available: <URL>.": the address's label, its address read apart
    if src.form == "broadcast" and _WORK_KIND.match(bare):
        src.fields.setdefault("genre", bare)  # "… on Channel 4. Television broadcast."
        return True
    # Chicago's own "Accessed May 5, 2022." after any form (ASA's "Retrieved …" before its bracketed link, cut
    # out with it, is read in a broadcast only)
    am = _ACCESSED.match(bare) if src.form == "broadcast" or bare.startswith("Accessed") else None
    if am and (seen := periodical_date(am.group("date"))) and seen.issued:
        src.fields.setdefault("accessed", seen.issued)
        return True
    if src.fields.get("number") and _contributor(unit, src):
        return True  # a podcast's "Produced by …" after its show
    if _FORMAT.match(bare):
        src.fields.setdefault("medium", bare)
        return True
    if _RECORDING.match(bare):
        src.fields.setdefault("genre", bare)
        return True
    if mm := _MEDIUM_LENGTH.match(bare):
        _medium_and_length(mm, src)
        return True
    if _RUNNING_TIME.match(bare):
        src.fields.setdefault("dimensions", bare)  # CSL's place for a running time
        return True
    if (mm := _MODIFIED.match(bare)) and (modified := periodical_date(mm.group("date"))) and modified.issued:
        # an online reference work's entry, "In Wikipedia. Last modified May 9, 2013.": when it was written
        src.fields.setdefault("note", bare)
        if src.date is None and src.year is None and len(modified.issued["date-parts"][0]) == 3:
            src.date = modified
        return True
    if (
        src.year
        and src.date is None
        and bare[-1:].isdigit()
        and (posted := periodical_date(bare, src.year)) is not None
        and posted.issued
        and len(posted.issued["date-parts"][0]) == 3
    ):
        src.date = posted  # author-date "… *Blog* (blog). September 27.": the post's day in the year given first
        return True
    if om := ORIGINAL_PUBLISHED.match(bare):  # "Originally published 1772.": the first edition's year
        src.fields.setdefault("original-date", {"date-parts": [[int(om.group("y"))]]})
        return True
    if src.fields.get("publisher") and "publisher-place" not in src.fields and is_place(bare):
        src.fields["publisher-place"] = bare  # "… Macmillan. New York.": the town after the firm, no archive
        return True
    if _DATABASE.match(bare) and not _BY.search(bare):  # "Transcript by NPR staff." names no database
        src.fields.setdefault("archive", bare)
        return True
    return False


_CATALOGUE_WORD = lazy_pattern(r"Cat(?:alogue)?\.")
_CATALOGUE_NO = lazy_pattern(r"no\.\s?((?:[A-Z]{1,5}\s)?\d[\w.-]*?)\.?")


_REVISION_WORD = lazy_pattern(r"[Rr]ev|[Ee]xp|[Uu]pd")


def parse_source(rest: str, author_date: bool, online: bool, book: bool = False, year: int | None = None) -> Source:
    """Read the source element; ``online``: the reference had a URL or DOI (cut out before); ``book``: the
    title was italic, the title of a whole work; ``year``: the year read before it, if any."""
    src = Source(year=year)
    if ex := _EXHIBITION.search(rest):  # "… Ltd. Published in conjunction with an exhibition …, held at …"
        src.fields["note"] = strip_value(rest[ex.start() :])
        rest = rest[: ex.start()]
    units = sentence_units(rest.strip(" .,;"))
    for k, unit in enumerate(units):
        if em := _SEASON_EDITION_END.search(unit):  # "…, Fall 2020 ed. Stanford, CA: …": two sentences
            units[k : k + 1] = [unit[: em.end()].rstrip(), unit[em.end() :]]
            break
    for k in range(len(units) - 1):
        if _FILMED_WHEN.match(units[k]) and (where := _IN_PLACE.match(units[k + 1])) and is_place(where.group(1)):
            # "Filmed June 2010. In Houston, TX.": one fact of the talk, cut at the date's stop
            units[k : k + 2] = [f"{units[k].rstrip('.')} in {where.group(1)}"]
            break
    for k, unit in enumerate(units):
        if rel := _RELEASED_BY.search(unit.strip()):
            units[k] = unit.strip()[: rel.start()]
    units = [u for u in units if u.strip(" .,")]
    for k, unit in enumerate(units):
        if "," in unit and (nr := NAMES_ROLE.match(unit)) and nr.end() < len(unit.rstrip()):
            # older MLA's "Karen Eales, trans. Cambridge: …": the role's stop ends the contributors' sentence
            units[k : k + 1] = [unit[: nr.end()], unit[nr.end() :].lstrip()]
    for k in range(len(units) - 1):
        if _CATALOGUE_WORD.fullmatch(units[k].strip()) and (cat := _CATALOGUE_NO.fullmatch(units[k + 1].strip())):
            # "Cat. no. HSE 168.": an agency's catalogue number, cut at its abbreviation's stop
            src.fields["number"] = cat.group(1)
            del units[k : k + 2]
            break
    i = 0
    # what qualifies the work before its source: review, contributors, edition, a session of Congress
    while i < len(units):
        unit = units[i]
        if _REVIEW.match(unit):
            src.review = True
            _reviewed(unit, src)
            i += 1
            continue
        if _SOFTWARE_KIND.match(unit.strip()):
            src.fields.setdefault("genre", strip_value(unit))
            i += 1
            continue
        if book and _WORK_KIND.match(unit):  # "*Star Warts*. Motion picture. Directed by …": what kind of work
            src.fields.setdefault("genre", strip_value(unit))
            i += 1
            continue
        if book and (_RECORDED.match(unit) or _PERFORMERS.match(unit) and not _TRACK.match(unit)):
            _add_note(src, unit)  # "With … conducted by Eugene Ormandy. Recorded February 24, 1940."
            i += 1
            continue
        if book and ART_MEDIUM.match(unit):  # "*Title*. Oil on canvas. Melbourne: …": what the work is made of
            src.fields.setdefault("medium", strip_value(unit))
            i += 1
            continue
        if _contributor(unit, src) or _SESSION.match(unit):
            if _SESSION.match(unit):
                src.fields["number"] = strip_value(unit)
            i += 1
            continue
        em = _EDITION_LEAD.match(unit)
        if em and edition_value(em.group("ed")) is not None or em and _REVISION_WORD.match(unit):
            src.fields["edition"] = edition_value(em.group("ed")) or em.group("ed")
            if em.group("rest"):
                units[i] = em.group("rest")
            else:
                i += 1
            continue
        vm = _VOLUME_UNIT.match(unit) if book else None
        if vm:  # "*Title*. Vol. 1. Sydney: Universal Press, 2056.": the volume of a work in several
            src.fields.setdefault("volume", vm.group("vol"))
            if vm.group("series"):  # "Vol. 2 of *Studies in Remembering*.": the work of which it is one
                src.fields["collection-title"] = strip_value(unmark(vm.group("series")))
            if vm.group("own"):
                src.fields["volume-title"] = strip_value(unmark(vm.group("own")))
            i += 1
            if i < len(units) and _PART_OF_VOLUME.match(units[i]):
                _add_note(src, unmark(units[i]))  # the volume's part: no number of the work's own
                i += 1
            continue
        nm = _VOLUMES.match(unit) if book else None
        if nm:  # (no sentence ends at the abbreviation: the facts may follow in the same unit)
            src.fields["number-of-volumes"] = nm.group("n")
            if nm.group("rest"):
                units[i] = nm.group("rest")
            else:
                i += 1
            continue
        if rm := _REPRINT.match(unit):  # the printing cited: its facts follow
            units[i] = unit[rm.end() :]
            src.fields.setdefault("note", "Reprint")
        sm = _SERIES.match(unit.rstrip(".")) if book and i + 1 < len(units) else None
        if sm and _SERIES_WORD.search(unit) and _PLACE_PUBLISHER.match(units[i + 1]) and not _BLOG.match(unit):
            src.fields["collection-title"] = strip_value(sm.group("series"))
            if sm.group("num"):
                src.fields["collection-number"] = sm.group("num")
            i += 1
            continue
        if (show := _SHOW.match(unit)) and i + 1 < len(units) and _EPISODE.match(units[i + 1]):
            src.fields["container-title"] = strip_value(show.group("show"))
            i += 1
            continue
        if (ep := _SHOW_EPISODE.match(unit.strip())) and "container-title" not in src.fields:
            src.fields["container-title"] = strip_value(unmark(ep.group("show")))
            src.fields["number"] = ep.group("no")
            src.form = "broadcast"
            i += 1
            if i < len(units) and (nd := _OWNER_DATED.match(units[i].strip())) and not nd.group("modified"):
                aired = periodical_date(nd.group("date"))  # "ABC, February 20, 2008.": the network and the day
                if aired is not None and aired.issued:
                    src.fields["publisher"], src.date = strip_value(nd.group("owner")), aired
                    i += 1
            continue
        if am := _AIRED.match(unit.strip()):
            aired = periodical_date(am.group("date"))
            if aired is None or not aired.issued:
                break
            src.date, src.form = aired, "broadcast"
            i += 1
            network = am.group("network")
            if network is None and i < len(units) and _DATABASE.match(units[i]) and not _trailing_kind(units[i]):
                network, i = units[i], i + 1  # "Aired 8 January 1972. BBC."
            if network:
                src.fields.setdefault("publisher", strip_value(network))
            continue
        if _EPISODE.match(unit):  # the episode, then the date it went out, before its show
            episode = strip_value(unit)
            src.fields["number"] = f"{src.fields['number']}, {episode}" if src.fields.get("number") else episode
            i += 1
            if i < len(units) and (aired := periodical_date(units[i].rstrip("."))) and aired.issued:
                src.date = aired
                i += 1
            continue
        if i + 1 < len(units) and _COURSE.match(unit.strip()) and _lecture_unit(units[i + 1], src.year):
            # "History 1301: US History. Class lecture at Panola College, …": the course the lecture was given in
            src.fields["event-title"] = strip_value(unit)
            i += 1
            continue
        bm = _BLOG.match(unit)
        if bm:
            src.blog = True
            src.fields["container-title"] = strip_value(unmark(bm.group("cont")))
            i += 1
            continue
        break
    if i < len(units):
        unit = units[i]
        if not book and _WORK_EDITED.match(unit):
            unit = "In " + unit
        if _chapter(unit, src, online and i == len(units) - 1):
            i += 1
            if i < len(units) and _SEASON_EDITION.match(units[i].strip()):
                src.fields.setdefault("edition", edition_from_span(units[i]))
                i += 1
            if i < len(units) and (vm := _VOLUME_UNIT.match(units[i])) and vm.group("series"):
                # "In *The Sea*, 23–40. Vol. 2 of *Northern Histories*.": the book is one volume of a work
                src.fields.setdefault("volume", vm.group("vol"))
                src.fields["collection-title"] = strip_value(unmark(vm.group("series")))
                i += 1
            if i < len(units) and (
                _publication_facts(units[i], src)
                or _publisher_alone(units[i], src)
                or author_date
                and _bare_publisher(units[i], src)
            ):
                i += 1
        elif _track(unit, src):
            i += 1
            i += _album_facts(units[i:], src)
        elif book and _catalogued(units[i:]):  # a whole recording: "Biddulph LAB 042, 1991. CD."
            src.form = "track"
            i += _album_facts(units[i:], src)
        elif (
            _journal(unit, src)
            or _thesis(unit, src)
            or _paper(unit, src)
            or _lecture(unit, src)
            or _publication_facts(unit, src)
            or _periodical(unit, src)
            or book
            and author_date
            and _bare_publisher(unit, src)
            or book
            and not author_date
            and _publisher_year(unit, src)
        ):
            i += 1
    elif src.blog:
        src.form = "periodical"
    if src.form is None and online and _site(units[i:], src, book):
        i = len(units)
    if src.blog and src.form is None:
        src.form = "periodical"
    for unit in units[i:]:
        if src.form is None or not _trailing(unit, src):
            src.leftover.append(unit)
    return src
