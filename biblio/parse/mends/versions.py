"""Mends of versions: ``Version 2017.08`` or ``(Version 0.9.0)`` names a release, not a publisher or journal;
``MATLAB, version 7.10.0 (R2010a).`` read as a journal with volume ``7`` and issue ``.10.0`` names a program."""

from __future__ import annotations

import re

from biblio.parse.connectors import loss
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import closing_part_apart, group_spans, replaced, span_parts
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import has_org_name_word
from biblio.parse.spans import Span

# the word for a version after its capital: English "Version", Norwegian "Versjon", Dutch "Versie" (Czech "Verze", the
# Spanish "Versión" and Portuguese "Versão" where a pattern reads them)
_VERSION_WORD = r"ers(?:ion|jon|ie)"
_ROMANCE_VERSION_WORD = r"ersi[oó]n|ers[aã]o"
# "(Version 0.9.0).", "Version 2.1,", "version v1.4": the word, then a number
_VERSION = lazy_pattern(rf"\(?\s*\b[Vv](?:{_VERSION_WORD}|erze)\s+v?(\d[\w.-]*?)\s*\)?[.,;:]?(?=\s|$)")
# the word ending the span, its number read into the next one ("… Version" | "2017.08, August 2017,")
_WORD_AT_END = lazy_pattern(r"(?:^|(?<=\s))[Vv]ersion\W*$")
# the word cut short: the USGS's "ver. 1.1"
_VER_SHORT = lazy_pattern(r"\s*[Vv]er\.\s*(\d+(?:\.\d+)*)")
_NUMBER_LEAD = lazy_pattern(r"^\s*v?(\d+(?:\.\d+)+[a-z]?)[.,;:]?(?=\s|$)")
# fields a version is misread as; a title keeps its words ("Version Control with Git")
_HOLDERS = frozenset(["publisher", "container-title", "journal", "collection-title", "location", "edition"])


# a web page's numbered revision and the day it was made, as Chicago's web form writes it after the title: "Version
# 3, September 8.", Norwegian "Versjon 3, 8. september.", Dutch "Versie 2, 4 februari."
_DATED_VERSION = lazy_pattern(
    rf"(?P<version>V(?:{_VERSION_WORD}|{_ROMANCE_VERSION_WORD})\s+\d{{1,4}}(?:\.\d{{1,4}}){{0,2}}),\s+"
    r"(?P<date>(?:\d{1,2}\.?\s+[^\W\d_]{3,10}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\.?)\s*",
    re.I,
)


# ISO 690's program: the title, its bracketed medium and its version in a sentence of its own ("*WordPress*
# [software]. Verze 6.x.", "*Git* [software]. Version 2.x."), the unknown place and the firm after it read in
# with them ("… Verze 5.3.3. [b.m.]: Bootstrap Team")
_TITLE_MEDIUM_VERSION = lazy_pattern(
    r"(?P<title>.*?[^\s\[])\s*(?P<medium>\[[^\W\d_][^\]\[]{1,20}\])\.\s+"
    rf"(?P<version>V(?:{_VERSION_WORD}|erze|{_ROMANCE_VERSION_WORD})\s+v?\d[\w.-]*?)\.?"
    r"(?:\s+\[[bs]\.\s?[lm]\.\]\s*:\s*(?P<publisher>[^\W\d_][^\[\]:;,\d]*?)(?:,\s*(?P<date>\d{4}))?)?\s*"
)
_PROGRAM_TITLE_HOLDERS = frozenset(["title", "container-title", "journal"])


@needs(any_label=_PROGRAM_TITLE_HOLDERS, marks=["]. Ver"])
def medium_and_version_after_title(spans: list[Span], text: str) -> list[Span]:
    """ISO 690's ``*WordPress* [software]. Verze 6.x.`` read as one title (or as a container, with no title): the
    bracket is the medium and the sentence after it the version."""
    titled = any(s.label == "title" for s in spans)
    for k, s in enumerate(spans):
        if s.label not in _PROGRAM_TITLE_HOLDERS or s.label != "title" and titled:
            continue
        if (m := _TITLE_MEDIUM_VERSION.fullmatch(s.text)) is None:
            continue
        labels = ("title", "medium", "version", "publisher", "date")
        parts = span_parts(s, m, ((label, label) for label in labels))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# Dataverse's release: "V1", "V2.1"
_RELEASE_TAG = lazy_pattern(r"V(\d{1,3}(?:\.\d{1,3})?)")


def version_value(text: str) -> str | None:
    """The version number a ``version`` span states."""
    m = _VERSION.search(text) or _NUMBER_LEAD.search(text) or _VER_SHORT.match(text) or _RELEASE_TAG.fullmatch(text)
    return m.group(1).rstrip(".-") if m else None


@needs(any_label=_HOLDERS, marks=["ersion"])
def version_apart(spans: list[Span], text: str) -> list[Span]:
    """A version statement at the start or end of a publisher, journal or place, as a span of its own."""
    if "ersion" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label not in _HOLDERS or _DATED_VERSION.fullmatch(s.text):
            continue  # (a revision with its day is ``dated_version_apart``'s, after the access word is apart)
        end = _WORD_AT_END.search(s.text)
        nxt = spans[k + 1] if end is not None and k + 1 < len(spans) else None
        number = _NUMBER_LEAD.match(nxt.text) if nxt is not None else None
        if end is not None and nxt is not None and number is not None:
            a, z = end.start(), number.end()
            parts = [Span("version", text[s.start + a : nxt.start + z], s.start + a, nxt.start + z, s.confidence)]
            if loss(s.text[:a]):
                parts.insert(0, Span(s.label, s.text[:a], s.start, s.start + a, s.confidence))
            if loss(nxt.text[z:]):
                parts.append(Span(nxt.label, nxt.text[z:], nxt.start + z, nxt.end, nxt.confidence))
            return [*spans[:k], *parts, *spans[k + 2 :]]
        for m in _VERSION.finditer(s.text):
            a, z = m.start(), m.end()
            if s.text[:a].strip(" .,;:") and s.text[z:].strip(" .,;:"):
                continue  # inside the field's own words
            parts = [
                Span(s.label, s.text[:a], s.start, s.start + a, s.confidence),
                Span("version", s.text[a:z], s.start + a, s.start + z, s.confidence),
                Span(s.label, s.text[z:], s.start + z, s.end, s.confidence),
            ]
            return [*spans[:k], *(p for p in parts if p.label == "version" or loss(p.text)), *spans[k + 1 :]]
    return spans


_DATED_HOLDERS = _HOLDERS | {"note"}


@needs(any_label=_DATED_HOLDERS, marks=["ers"])
def dated_version_apart(spans: list[Span], text: str) -> list[Span]:
    """``"Title." Version 3, September 8. Accessed …`` with the revision and its day read as a publisher or a note:
    the revision is the version, its day (no year: the year is the work's date before the title) the date's."""
    for k, s in enumerate(spans):
        if s.label not in _DATED_HOLDERS or (m := _DATED_VERSION.fullmatch(s.text)) is None:
            continue
        a, z = s.start + m.start("date"), s.start + m.end("date")
        return [
            *spans[:k],
            Span("version", s.text[: m.end("version") + 1], s.start, s.start + m.end("version") + 1, s.confidence),
            Span("date", text[a:z], a, z, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


_PACKAGE = lazy_pattern(r"(?:[A-Z][\w+#-]*\s+)?[Pp]ackage")
_VERSION_WORD_END = lazy_pattern(r"(?P<name>.*?),?\s*\b(?:version|ver\.|v\.)\s*$", re.I)


def version_read_as_numbers(spans: list[Span], text: str) -> list[Span]:
    """A name that ends in ``version`` and the numbers after it: the name is the title, the numbers
    the program's version (a note), no volume or issue."""
    if "ersion" not in text and "ver." not in text:
        return spans
    for k in range(len(spans) - 1):
        s = spans[k]
        m = _VERSION_WORD_END.fullmatch(s.text) if s.label in ("journal", "container-title", "title") else None
        if m is None:
            continue
        j = k + 1
        while j < len(spans) and (
            spans[j].label in ("volume", "issue")
            # "Version | 2. | 0-12,": the rest of one number glued to the part before it
            or j > k + 1 and spans[j].label == "pages" and spans[j].start == spans[j - 1].end
        ):
            j += 1
        if j == k + 1 or not m.group("name").strip():
            return spans
        cut = s.start + len(m.group("name"))
        if _PACKAGE.fullmatch(m.group("name").strip()):
            # IEEE's "R Package Version 2.0-12,": the package's release, as "R package version 0.13-3" closing a title
            z = spans[j - 1].end
            whole = text[s.start : z].rstrip(" .,;:")
            return [*spans[:k], Span("version", whole, s.start, s.start + len(whole), s.confidence), *spans[j:]]
        name = Span("title", text[s.start : cut], s.start, cut, s.confidence)
        a, z = cut, spans[j - 1].end
        version = Span("note", text[a:z].lstrip(" ,"), z - len(text[a:z].lstrip(" ,")), z, s.confidence)
        return [*spans[:k], name, version, *spans[j:]]
    return spans


# "v1.4.0", "v2.2.4": a release's number with its "v" and at least one dot (Zenodo's and CRAN's software records)
# (the "v" written before the look-behind, which then looks past it: a pattern that opens on a literal is searched
# for that literal first, one that opens on a look-behind is tried at every place)
_RELEASE = lazy_pattern(r"v(?<![\w.]v)\d+(?:\.\d+)+(?![\w.]*\d)")
_NUMBERS = frozenset(["volume", "issue", "pages"])


def _title_before(spans: list[Span], text: str, a: int, z: int) -> Span | None:
    """The title that ends right before ``text[a:z]`` or runs into it (``seaborn/seaborn: v0.11`` | ``.0``)."""
    for s in spans:
        if s.label == "title" and s.start < a and (s.end <= a and not text[s.end : a].strip() or a < s.end < z):
            return s
    return None


@needs(marks=["v"])
def release_read_as_numbers(spans: list[Span], text: str) -> list[Span]:
    """``*rcarbon*. Package R, v1.4.0.`` with the release read as pages, or ``v2.2.4`` as volume ``v2`` and
    issue ``.2.4``: a ``v`` and a dotted number read only as numbers are the software's version; after a title's
    colon (Zenodo's ``jupyter/notebook: v6.4.0``) they close the title."""
    if "v" not in text:
        return spans
    for m in _RELEASE.finditer(text):
        a, z = m.start(), m.end()
        over = [k for k, s in enumerate(spans) if s.start < z and s.end > a]
        if not over:
            continue
        title = _title_before(spans, text, a, z)
        if title is not None and text[title.start : a].rstrip().endswith(":"):
            # Zenodo's release title "owner/repo: v6.4.0": the release is the title's own last part
            whole = Span("title", text[title.start : z], title.start, z, title.confidence)
            spans = replaced(spans, text, title.start, z, [whole])
            continue
        if any(spans[k].label not in _NUMBERS for k in over):
            continue
        first, last = spans[over[0]], spans[over[-1]]
        if first.start < a or text[z : last.end].strip(" .,;:()"):
            continue  # the numbers' span holds more than the release
        version = Span("version", text[a:z], a, z, min(spans[k].confidence for k in over))
        spans = [*spans[: over[0]], version, *spans[over[-1] + 1 :]]
    return spans


# a sentence closing a title that names a release: ". R package version 0.13-3,", ". Python package version 2.1.",
# inside the quotes of a title a Chicago style set in title case (". R Package Version 0.3.1.”")
_PACKAGE_VERSION_CLOSING = lazy_pattern(
    r"(?<=[^\W\d_]{2}[.?!])\s+(?P<part>(?:[A-Z][\w+#-]*\s+)?[Pp]ackage\s+[Vv]ersion\s+v?\d[\w.-]*?)[.,;:]?[\"”]?\s*$"
)


@needs(labels=["title"], marks=["ersion"])
def package_version_closing_title(spans: list[Span], text: str) -> list[Span]:
    """R's and Python's ``coda: Output Analysis … for MCMC. R package version 0.13-3, 2008.`` with the release
    read into the title: the sentence naming the package's version is the version. Inside a quoted title
    (``“Osmextract: …. R Package Version 0.3.1.”``) the closing quote went with the version: the title's opening
    one goes too."""
    out = closing_part_apart(spans, text, _PACKAGE_VERSION_CLOSING, "version")
    for k, s in enumerate(out):
        if k < len(spans) and s is spans[k]:
            continue  # (the spans before the title the part was cut from are the same objects)
        if s.label == "title" and s.text[:1] in "\"“" and s.text.count(s.text[0]) == 1 and "”" not in s.text:
            out[k] = Span("title", s.text[1:], s.start + 1, s.end, s.confidence)
        break
    return out


# AIP's and APS's program: "Wolfram Research, Inc., Mathematica, Version 13.2 (Champaign, IL, 2022)." -- the firm
# and its legal form, the program, its version, and the firm's town and the year in brackets
_FIRM_PROGRAM = lazy_pattern(
    r"(?P<firm>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4},\s+(?:Inc|Ltd|LLC|Corp|GmbH|plc)\.?),\s+"
    r"(?P<title>[A-Z][^,()]{0,60}?),\s+(?P<version>[Vv]ersion\s+v?\d[\w.-]*)\s+"
    r"(?P<place>\([^()]{2,60}?,)\s*(?P<date>(?:19|20)\d\d\)\.?)"
)


@needs(marks=["ersion"])
def firm_program_version(spans: list[Span], text: str) -> list[Span]:
    """AIP's ``Wolfram Research, Inc., Mathematica, Version 13.2 (Champaign, IL, 2022).`` read as one publisher (or
    the version's number as a place): the firm is the author, then the program's name, its version, the town and
    the year."""
    m = _FIRM_PROGRAM.fullmatch(text.strip())
    if m is None or not spans:
        return spans
    a = len(text) - len(text.lstrip())
    wanted = [("author", "firm"), ("title", "title"), ("version", "version"), ("location", "place"), ("date", "date")]
    if [s.label for s in spans] == [label for label, _ in wanted]:
        return spans
    sure = min(s.confidence for s in spans)
    return [Span(label, m[g], a + m.start(g), a + m.end(g), sure) for label, g in wanted]


# a bare release tag closing the reference after its address: "…/zenodo.14597326, v0.1.24."
_BARE_TAG = lazy_pattern(r"[\s,;]*(v\d+(?:\.\d+)+[a-z]?)[.,;]?\s*")


@needs(any_label=_HOLDERS, marks=[" v"])
def bare_tag_apart(spans: list[Span], text: str) -> list[Span]:
    """``Zenodo. | https://doi.org/… | , v0.1.24.``: a last span holding only a release tag (``v0.1.24``) is the
    version, not a second publisher or place."""
    if not spans or spans[-1].label not in _HOLDERS:
        return spans
    s = spans[-1]
    m = _BARE_TAG.fullmatch(s.text)
    if m is None:
        return spans
    return [*spans[:-1], Span("version", m.group(1), s.start + m.start(1), s.start + m.end(1), s.confidence)]


# Dataverse's citation after its quoted title: the address, the repository and the release, its unique numeric
# fingerprint after it: '"Title", https://doi.org/10.7910/DVN/ABC123, Harvard Dataverse, V1, UNF:6:…'; a
# guide's copy "«Title»,, CORA.Repositori de Dades de Recerca, V1. Accessed …"
_DATAVERSE_TAIL = lazy_pattern(
    r"[\u00bb\u201d\"]\s*,+\s*(?:(?:https?://|doi:)\S+?,\s*)?"
    r"(?P<publisher>[^\s,\u00ab\u00bb\u201c\u201d\"][^,\u00ab\u00bb\u201c\u201d\"]{1,79}?),\s*(?P<version>V\d{1,3}(?:\.\d{1,3})?)"
    r"(?:,\s*(?P<unf>UNF:\S+?))?[.,]?(?=\s+(?:Accessed|Retrieved)\b|\s*$)"
)


@needs(marks=[", V"])
def dataverse_release(spans: list[Span], text: str) -> list[Span]:
    """Dataverse's ``"Title", https://doi.org/…, Harvard Dataverse, V1`` with the repository and its release read as
    one publisher, a note or a source: after the quoted title and its address, the repository is the publisher and
    ``V1`` the version."""
    m = _DATAVERSE_TAIL.search(text)
    if m is None:
        return spans
    a = m.start("publisher")
    if any(s.label == "version" and s.start == m.start("version") for s in spans):
        return spans
    parts = group_spans(m, (("publisher", "publisher"), ("version", "version"), ("note", "unf")))
    return replaced(spans, text, a, parts[-1].end, parts)


# a data set's release closing its title, then the body that keeps it, before the address: "… models v1.0, University
# of New South Wales, https://…, 2021." (Copernicus's data references); the model may cut the tag at its dot
_TAG_THEN_BODY = lazy_pattern(r".*\sv\d+(?:\.\d+)+(?P<body>,\s+[A-Z][^\d,;:()]{3,80}?)[,.]?")


@needs(labels=("title", "note"), marks=[" v"])
def release_and_keeper_as_note(spans: list[Span], text: str) -> list[Span]:
    """``Title | v1.0, University of New South Wales, | https://…`` with the release tag and the body after it read
    as one note: the tag closes the title (where the data sets' own citations print it), the body publishes."""
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label != "note" or before.label != "title" or text[before.end : s.start].strip():
            continue
        m = _TAG_THEN_BODY.fullmatch(text, before.start, s.end)
        if m is None or m.start("body") < before.end - 1 or not has_org_name_word(m["body"]):
            return spans
        t, z = m.start("body"), m.end("body")
        a = t + len(m["body"]) - len(m["body"][1:].lstrip())
        title = Span("title", text[before.start : t], before.start, t, before.confidence)
        return [*spans[: k - 1], title, Span("publisher", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans
