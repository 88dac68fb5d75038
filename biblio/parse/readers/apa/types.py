"""CSL type from the evidence the other units left.

Fields touched: ``type``, ``genre``/``medium`` (from ``[Description]`` brackets).

Order matters: an explicit description (``[Doctoral dissertation, X]``,
``[Video]``) beats structure; structure (container + volume) beats guesses.
Returns ``(type, certain)``; an uncertain type is flagged by the parser.
"""

from __future__ import annotations

import re
from typing import Any

_BRACKET_TYPES: list[tuple[re.Pattern[str], str, str]] = [
    # (pattern on the bracket text, CSL type, CSL variable the text goes to)
    (re.compile(r"dissertation|thesis|th[eè]se", re.I), "thesis", "genre"),
    (
        re.compile(
            r"paper presentation|conference (?:session|presentation|paper)|poster(?: session| presentation)?|"
            r"symposium|keynote",
            re.I,
        ),
        "paper-conference",
        "genre",
    ),
    (re.compile(r"data ?set|data file|dataset", re.I), "dataset", "medium"),
    (re.compile(r"software|computer program|app\b|mobile app|source code", re.I), "software", "medium"),
    (
        re.compile(r"\bfilm\b|video|motion picture|movie|documentary|dvd|blu-ray", re.I),
        "motion_picture",
        "medium",
    ),
    (re.compile(r"podcast|radio|tv series|television|episode|broadcast|audio", re.I), "broadcast", "medium"),
    (re.compile(r"blog post|blog", re.I), "post-weblog", "genre"),
    (
        re.compile(r"tweet|status update|facebook|instagram|online forum|post\b|thread|comment", re.I),
        "post",
        "genre",
    ),
    (re.compile(r"press release|fact sheet|report|brief|white paper|working paper", re.I), "report", "genre"),
    (re.compile(r"\bmap\b", re.I), "map", "genre"),
    (
        re.compile(r"photograph|painting|artwork|image|infographic|illustration|drawing", re.I),
        "graphic",
        "medium",
    ),
    (re.compile(r"lecture|slides|powerpoint|speech|address|webinar", re.I), "speech", "genre"),
    (re.compile(r"interview", re.I), "interview", "genre"),
    (re.compile(r"review of", re.I), "review", "genre"),
    (re.compile(r"manuscript|unpublished", re.I), "manuscript", "genre"),
    (re.compile(r"song|album|recording|music", re.I), "song", "medium"),
    (re.compile(r"letter to the editor|editorial|abstract|special issue|comment|erratum", re.I), "", "genre"),
]
NEWSPAPER = re.compile(
    r"\b(?:times|post|herald|tribune|guardian|gazette|telegraph|independent|chronicle|daily|news|newspaper|"
    r"observer|journal-constitution|globe|mail|star|sun|inquirer|le monde|die zeit|la repubblica|el pa[ií]s|"
    r"reuters|associated press|bbc|cnn|al jazeera)\b",
    re.I,
)
MAGAZINE = re.compile(
    r"\b(?:magazine|newsweek|time|the atlantic|new yorker|wired|forbes|economist|scientific american|"
    r"psychology today|national geographic|vogue|rolling stone|harper'?s|slate|vox|the conversation)\b",
    re.I,
)
REPORT_TITLE = re.compile(r"\b(?:report|white paper|policy brief|working paper|fact sheet)\b", re.I)
CONFERENCE = re.compile(
    r"\b(?:proceedings|proc\.|conference|symposium|workshop|congress|meeting|convention)\b", re.I
)
REPORT_PUBLISHER = re.compile(
    r"\b(?:office|department|ministry|bureau|agency|commission|council|institute|organi[sz]ation|"
    r"foundation|centre|center|bank|fund|board|authority|government|nations|watch|programme|program|"
    r"secretariat|administration)\b",
    re.I,
)


def bracket_type(brackets: list[str], item: dict[str, Any]) -> str | None:
    """Interpret ``[Description]`` texts; stores them as genre/medium."""
    found: str | None = None
    for text in brackets:
        for rx, csl_type, var in _BRACKET_TYPES:
            if rx.search(text):
                # "[Doctoral dissertation, University of X]": the university is the publisher
                if csl_type == "thesis":
                    m = re.match(r"^([^,]+),\s*(.+)$", text)
                    if m:
                        item["genre"] = m.group(1).strip()
                        item.setdefault("publisher", m.group(2).strip())
                    else:
                        item["genre"] = text
                elif csl_type == "paper-conference":
                    m = re.match(r"^([^,]+),\s*(.+)$", text)
                    item["genre"] = m.group(1).strip() if m else text
                    if m:
                        item.setdefault("event-title", m.group(2).strip())
                else:
                    item.setdefault(var, text)
                found = found or csl_type or None
                break
        else:
            item.setdefault("genre", text)
    return found


def infer_type(
    item: dict[str, Any], evidence: set[str], title_italic: bool, group_author: bool, from_bracket: str | None
) -> tuple[str, bool]:
    if from_bracket:
        return from_bracket, True
    genre = str(item.get("genre", ""))
    if "thesis" in evidence:
        return "thesis", True
    if "conference" in evidence:
        return "paper-conference", True
    cont = str(item.get("container-title", ""))
    if "chapter" in evidence:
        if CONFERENCE.search(cont) and "editor" not in item:
            return "paper-conference", True
        return "chapter", True
    if "periodical" in evidence:
        if "volume" not in item and "issue" not in item:
            if MAGAZINE.search(cont):
                return "article-magazine", True
            if NEWSPAPER.search(cont):
                return "article-newspaper", True
        if CONFERENCE.search(cont) and "volume" not in item:
            return "paper-conference", True
        return "article-journal", True
    if "report-number" in evidence or re.search(r"report|working paper|brief|white paper", genre, re.I):
        return "report", True
    if cont:
        if CONFERENCE.search(cont):
            return "paper-conference", "guessed-container" not in evidence
        if MAGAZINE.search(cont):
            return "article-magazine", "guessed-container" not in evidence
        if NEWSPAPER.search(cont):
            return "article-newspaper", "guessed-container" not in evidence
        if item.get("URL") and "container-italic" not in evidence:
            return "webpage", False
        return "article-journal", "guessed-container" not in evidence and "container-italic" in evidence
    if "genre-unit" in evidence and re.search(r"manuscript|mimeo", genre, re.I):
        return "manuscript", True
    title = str(item.get("title", ""))
    if group_author and (item.get("URL") or item.get("publisher")) and REPORT_TITLE.search(title):
        return "report", False
    if item.get("publisher"):
        pub = str(item["publisher"])
        if (
            item.get("URL")
            and not item.get("DOI")
            and not ({"edition", "editor", "publisher-place"} & set(item))
        ):
            # "*Title*. Site Name. URL": a page on a site (a report if an institution publishes it)
            if group_author and REPORT_PUBLISHER.search(pub):
                return "report", False
            return "webpage", False
        if group_author and item.get("URL") and REPORT_PUBLISHER.search(pub):
            return "report", False
        if "edition" in item or "editor" in item or title_italic or "publisher-place" in item:
            return "book", True
        if REPORT_PUBLISHER.search(pub) and not re.search(r"press|verlag|publish", pub, re.I):
            return "report", False
        return "book", False
    if item.get("URL") or item.get("DOI") and not title_italic:
        # a stand-alone page on the web: organisation pages, news sites
        return "webpage", bool(item.get("URL"))
    if "edition" in item or "editor" in item:
        return "book", True
    if title_italic:
        return "book", False
    return "document", False
