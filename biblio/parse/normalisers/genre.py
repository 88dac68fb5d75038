"""Genre and medium spans -> ``genre``, ``medium``; the words that name a kind of work.

Fields touched: ``genre``, ``medium``.

A description (``[Doctoral dissertation]``, ``PhD thesis``, ``[Video]``,
``Technical report``) is kept as written, without brackets, and tells
types.py the CSL type.  DESCRIPTIONS maps such words to (type, variable).
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.markup import plain
from biblio.parse.text import strip_value

FIELDS = ("genre", "medium")

# a thesis in Indonesian and Malay ("Skripsi", "Disertasi"), Turkish ("Yüksek lisans tezi"), Scandinavian
# ("Masteroppgave", "Doktorgradsavhandling", "Examensarbete", "Speciale") and Dutch ("Masterscriptie",
# "Proefschrift"); "Tesis" is Indonesian as well as Spanish
OTHER_THESIS_WORDS = (
    r"skripsi|disertasi|tezi|\w*oppgave|\w*avhandling|examensarbete|speciale|\w*afhandling|\w*scriptie|proefschrift"
)
# the kind of source a Finnish list names in a sentence of its own beside the title ("2018. Artikkeli. _Title_",
# "_Title?_ Keskustelufoorumi. Luettavissa: …"): article, web article, news article, web page, web site, discussion
# forum, web publication, e-book, blog post, web magazine, video recording, podcast episode
FINNISH_KINDS = (
    "Artikkeli|Verkkoartikkeli|Uutisartikkeli|Verkkosivu|Verkkosivusto|Verkkosivut|Keskustelufoorumi|Verkkojulkaisu"
    "|E-kirja|Blogikirjoitus|Blogiteksti|Verkkolehti|Videotallenne|Podcast-jakso"
)
FINNISH_KIND_OPENING = lazy_pattern(rf"^\s*(?P<kind>{FINNISH_KINDS})\.(?:\s+|$)")
DESCRIPTIONS: list[tuple[re.Pattern[str], str, str]] = [
    # (pattern on the bracket text, CSL type, CSL variable the text goes to)
    # a review names the kind of work it reviews ("[Review of the film *X*, by …]"): it is a review first
    (lazy_pattern(r"review of", re.I), "review", "genre"),
    # (with the Portuguese and Spanish words: "[Tesis de doctorado, …]", "Dissertação (Mestrado …)"; MLA's and
    # German's "Diss.")
    (
        lazy_pattern(
            rf"dissertation|\bdiss\b|thesis|th[eè]se|\btesis\b|\btese\b|\btesi\b|disserta[çc][ãa]o|"
            rf"\b(?:{OTHER_THESIS_WORDS})\b",
            re.I,
        ),
        "thesis",
        "genre",
    ),
    # an archive's picture described by its kind: "[Photographic postcard]", "[Watercolour sketch]", "[Illustrated
    # poster]" (a poster qualified as a printed picture is no conference's poster)
    (
        lazy_pattern(
            r"postcard|\bsketch\b|watercolou?r|(?:illustrated|propaganda|advertising|travel|war|film) poster", re.I
        ),
        "graphic",
        "medium",
    ),
    (
        lazy_pattern(
            r"paper presentation|conference (?:session|presentation|paper)|poster(?: session| presentation)?|"
            r"symposium|keynote|ponencia|comunicaci[óo]n oral",
            re.I,
        ),
        "paper-conference",
        "genre",
    ),
    (lazy_pattern(r"data ?set|data file|dataset", re.I), "dataset", "medium"),
    (
        # APA written in Spanish, Portuguese, German and French names the same: "[Código fuente]", "[Quellcode]"
        lazy_pattern(
            r"software|computer program|app\b|mobile app|source code|video game|c[óo]digo[- ]f(?:uente|onte)|"
            r"quellcode|code source|logiciel|programa inform[áa]tico",
            re.I,
        ),
        "software",
        "medium",
    ),
    (
        lazy_pattern(r"\bfilm\b|video|v[íi]deo|motion picture|movie|documentary|dvd|blu-ray|pel[íi]cula", re.I),
        "motion_picture",
        "medium",
    ),
    # CMOS's personal communications in a note: "email message to author", "Facebook direct message to author",
    # "in discussion with the author" (before the social sites: the message was private)
    (
        lazy_pattern(
            r"(?:message|letter|conversation|call)\s+(?:to|with)\s+(?:the\s+)?author|discussion with the author", re.I
        ),
        "personal_communication",
        "genre",
    ),
    # an audiobook or an e-book is a book read another way: its maker after the bracket is the publisher
    (lazy_pattern(r"audio\s?book|\be-?book|kindle", re.I), "book", "medium"),
    (lazy_pattern(r"podcast|radio|tv series|television|episode|broadcast|audio", re.I), "broadcast", "medium"),
    (lazy_pattern(r"blog post|blog", re.I), "post-weblog", "genre"),
    (
        lazy_pattern(r"tweet|status update|facebook|instagram|online forum|post\b|thread|comment", re.I),
        "post",
        "genre",
    ),
    (
        lazy_pattern(r"press release|fact sheet|report|brief|white paper|working paper|informe|relat[óo]rio", re.I),
        "report",
        "genre",
    ),
    (lazy_pattern(r"\bmap\b", re.I), "map", "genre"),
    (
        lazy_pattern(
            r"photograph|painting|artwork|image|infographic|illustration|drawing|sculpture|exhibition|"
            r"\b(?:oil|chalk|ink|tempera|watercolou?r|gouache|acrylic|pastel)\b[\w\s,]{0,30}"
            r"\bon (?:canvas|paper|panel|wood|board)\b",
            re.I,
        ),
        "graphic",
        "medium",
    ),
    (lazy_pattern(r"lecture|slides|powerpoint|speech|address|webinar", re.I), "speech", "genre"),
    (lazy_pattern(r"interview", re.I), "interview", "genre"),
    # "Mimeo": economists' circulated draft, mimeographed once
    (lazy_pattern(r"manuscript|unpublished|mimeo", re.I), "manuscript", "genre"),
    (lazy_pattern(r"song|album|recording|music", re.I), "song", "medium"),
    (lazy_pattern(r"letter to the editor|editorial|abstract|special issue|comment|erratum", re.I), "", "genre"),
    # an archived letter or memo described in place of its title: "[Letter to Robert M. Ogden]" (APA's archival form)
    (lazy_pattern(r"^(?:letters?|memo(?:randum)?|telegram)\b", re.I), "personal_communication", "genre"),
]
NEWSPAPER = lazy_pattern(
    r"\b(?:times|post|herald|tribune|guardian|gazette|telegraph|independent|chronicle|daily|news|newspaper|"
    r"observer|journal-constitution|globe|mail|star|sun|inquirer|le monde|die zeit|la repubblica|el pa[ií]s|"
    r"reuters|associated press|bbc|cnn|al jazeera)\b",
    re.I,
)
MAGAZINE = lazy_pattern(
    r"\b(?:magazine|newsweek|time|the atlantic|new yorker|wired|forbes|economist|scientific american|"
    r"psychology today|national geographic|vogue|rolling stone|harper'?s|slate|vox|the conversation)\b",
    re.I,
)
# a report's kind as its lists name it in a sentence of its own: "Interim Statement.", "Discussion Paper."
REPORT_KIND = (
    r"(?:(?:Interim|Final|Annual|Technical|Progress|Summary|Background|Consultation|Research|Special)\s+"
    r"(?:Statement|Report)|(?:Discussion|Working|Policy|Background|Issues?|Position|Consultation|Green|White)\s+"
    r"Paper|Policy\s+Brief|Fact\s+Sheet)"
)
REPORT_TITLE = lazy_pattern(r"\b(?:report|white paper|policy brief|working paper|fact sheet)\b", re.I)
CONFERENCE = lazy_pattern(
    r"\b(?:proceedings|conference|symposium|workshop|congress|meeting|convention|"
    r"anais|atas|actas|congresso|congreso|encontro|encuentro|simp[óo]sio|simposio|semin[áa]rio)\b"
    # the abbreviations: "Proc. of the …", "Proc. 36th Int. Conf. …", "Int. Symp. on …" (a journal named "Proc.",
    # "Proc. Natl. Acad. Sci.", names no meeting after it)
    r"|\bproc\.(?=\s+(?:of|the|\d))|\b(?:conf|symp|sympos|congr)\.",
    re.I,
)
REPORT_PUBLISHER = lazy_pattern(
    r"\b(?:office|department|ministry|bureau|agency|commission|council|institute|organi[sz]ation|"
    r"foundation|centre|center|bank|fund|board|authority|government|nations|watch|programme|program|"
    r"secretariat|administration)\b",
    re.I,
)


_BRACKET_TYPES = DESCRIPTIONS


_BRACKETS = lazy_pattern(r"^[(\[]\s*|\s*[)\]]$")


# Nature's "Preprint at https://…": the word that led to the address is no part of the description
_BEFORE_LINK = lazy_pattern(r"\s+at$")


def description_value(text: str) -> str | None:
    """A genre or medium as written, without brackets and the final period."""
    s = plain(text).strip(" ,;:.")
    if s[:1] in "([" or s.count("(") + s.count("[") < s.count(")") + s.count("]"):
        s = _BRACKETS.sub("", s)  # "[Video]", "(Doctoral dissertation)"; not "Tese (Doutorado em Letras)"
    return strip_value(_BEFORE_LINK.sub("", s)) or None


def description_type(text: str) -> tuple[str, str] | None:
    """``(CSL type, variable)`` a description names, or None; type "" means no type of its own."""
    for rx, csl_type, var in DESCRIPTIONS:
        if rx.search(text):
            return csl_type, var
    return None


def periodical_type(item: dict[str, object]) -> str:
    """The CSL type of an article in a periodical: a newspaper or magazine names no volume
    or issue; a proceedings without a volume is a conference paper."""
    cont = str(item.get("container-title", ""))
    if "volume" not in item and "issue" not in item:
        if MAGAZINE.search(cont):
            return "article-magazine"
        if NEWSPAPER.search(cont):
            return "article-newspaper"
    if CONFERENCE.search(cont) and "volume" not in item:
        return "paper-conference"
    return "article-journal"
