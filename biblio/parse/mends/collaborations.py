"""Mend of a physics collaboration's paper cited by its title and an identifier alone, as high-energy physics
lists print a preprint or a conference note: ``Planck Collaboration, Planck 2015 results. XIII. Cosmological
parameters, arXiv:1502.01589.``, ``CMS collaboration, Splitting function in pp and PbPb collisions at 5.02
TeV, CMS-PAS-HIN-16-006 [INSPIRE].`` The labeller reads the whole as one note; the words between the
collaboration's comma and the identifier's are the title (the collaboration and the identifier stay notes,
as the labeller reads them where it finds the title)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import joined_pair, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "Planck Collaboration, " / "The ATLAS collaboration, ": a short name before the word
_COLLABORATION = lazy_pattern(r"^(?:The\s+)?[\w+-]+(?:\s+[\w+-]+){0,3}\s+[Cc]ollaboration\s*,\s+")
# ", arXiv:1502.01589." / ", CMS-PAS-HIN-16-006 [INSPIRE]." / ", ATLAS-CONF-2016-069." closing the reference
_IDENTIFIER = lazy_pattern(
    r"\s*,\s*(?:arXiv\s*:\s*\S.*|(?:hep|astro|gr|nucl)-[a-z]+/\d{7}.*|[A-Z][A-Za-z]*(?:\s*-\s*[A-Z0-9]+){2,}\s*(?:\[.*)?\.?)$"
)


# the names of the collaboration's authors after it: "PHOBOS Collaboration, B. B. Back et al., "Title," …"
_NAMES_OR_QUOTES = lazy_pattern(r"^[A-Z]\.\s|\bet al\b|[\"“”]")


_THREE_LETTERS = lazy_pattern(r"[^\W\d_]{3}")


@needs(labels=("note",), words=["collaboration"])
def collaboration_title_in_note(spans: list[Span], text: str) -> list[Span]:
    """``Planck Collaboration, Title, arXiv:1502.01589.`` read as one note (or with a title's numeral ``V.``
    as a name, or the identifier in the title): the words between the collaboration and the identifier
    are the title."""
    head = _COLLABORATION.match(text)
    if head is None or not spans or spans[0].label != "note":
        return spans
    tail = _IDENTIFIER.search(text, head.end())  # the first comma the identifier follows
    if tail is None:
        return spans
    a, z = head.end(), tail.start()
    if not _THREE_LETTERS.search(text[a:z]) or _NAMES_OR_QUOTES.search(text[a:z]):
        return spans
    if any(s.label == "title" and s.start == a and s.end in (z, z + 1) for s in spans):
        return spans
    if any(s.label not in ("note", "title", "author") for s in spans if s.start < z):
        return spans
    conf = min(s.confidence for s in spans)
    lead = text[:a].rstrip()
    rest = text[z:].lstrip(" ,")
    r = len(text) - len(rest)
    new = [Span("note", lead, 0, len(lead), conf), Span("title", text[a:z], a, z, conf)]
    return replaced(spans, text, 0, len(text), [*new, Span("note", rest, r, len(text), conf)])


# a collaboration's conference note cited by its number alone: "ATLAS Collaboration,ATLAS-CONF-2015-045."
_NOTE_NUMBER_ALONE = lazy_pattern(
    r"^(?P<group>(?:The\s+)?[\w+-]+(?:\s+[\w+-]+){0,3}\s+[Cc]ollaboration)\s*,\s*"
    r"(?P<number>[A-Z][A-Za-z]*(?:-[A-Z0-9]+){2,})\s*\.?\s*$"
)


@needs(labels=("note",), words=["collaboration"])
def collaboration_number_alone(spans: list[Span], text: str) -> list[Span]:
    """High-energy physics' ``ATLAS Collaboration,ATLAS-CONF-2015-045.`` read as one note: the collaboration is the
    author, its note's number the rest."""
    m = _NOTE_NUMBER_ALONE.match(text)
    if m is None or any(s.label != "note" for s in spans):
        return spans
    conf = min(s.confidence for s in spans)
    a, z = m.span("number")
    return [Span("author", m["group"], 0, m.end("group"), conf), Span("note", text[a:z], a, z, conf)]


# the whole of a note that is a collaboration's name: "Astropy Collaboration,"
# (or two joined by "and", or with the "et" of an "et al." the labeller cut: "ATLAS Collaboration et | al.,")
_COLLABORATION_ALONE = lazy_pattern(
    r"^(?:The\s+)?[\w+-]+(?:\s+[\w+-]+){0,3}\s+[Cc]ollaboration"
    r"(?:\s+and\s+(?:the\s+)?[\w+-]+(?:\s+[\w+-]+){0,3}\s+[Cc]ollaboration)?(?P<et>\s+et)?\s*,?\s*$"
)
_AL = lazy_pattern(r"^\s*al\.?[\s,.]*$")
# the persons after it inverted, as ADS's lists print them: "Robitaille, T. P., …" (high-energy physics'
# "PHOBOS Collaboration, B. B. Back et al." names the collaboration beside its authors, not as one)
# (or MNRAS's initials after the family name with no comma: "Aghanim N., …")
_INVERTED_NAME = lazy_pattern(
    r"^[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?(?:,\s+[^\W\d_]{1,2}\.|\s+(?:[A-Z]\.\s?){1,3},)"
)


@needs(labels=("note", "author"), words=["collaboration"])
def collaboration_opens_names(spans: list[Span], text: str) -> list[Span]:
    """Astronomy's ``Astropy Collaboration, Robitaille, T. P., Tollerud, E. J., et al. 2013,`` with the
    collaboration read as a note before the persons' names: it is the first author, one with them; so is
    ``Planck Collaboration et al., 2020,`` read as a note and the author ``al.``."""
    if len(spans) < 2 or spans[0].label != "note" or spans[1].label != "author":
        return spans
    m = _COLLABORATION_ALONE.match(spans[0].text)
    if m is None:
        return spans
    if m.group("et") and not _AL.match(spans[1].text) or not m.group("et") and not _INVERTED_NAME.match(spans[1].text):
        return spans
    return joined_pair(spans, 0, "author", text)


# where the title of INSPIRE's "Collaboration, Title, Journal 641 (2020) A6" ends: the journal or a link
_AFTER_TITLE = frozenset(["journal", "container-title", "url", "doi"])
# what the model makes of the title's words: "Planck 2018 results. VI." read as an access date and a name
_TITLE_READ_AS = frozenset(["note", "title", "accessed", "author", "date"])


@needs(labels=("note",), any_label=_AFTER_TITLE, words=["collaboration"])
def collaboration_title_whole(spans: list[Span], text: str) -> list[Span]:
    """INSPIRE's ``PLANCK collaboration, Planck 2018 results. VI. Cosmological parameters, Astron. Astrophys. 641
    (2020) A6`` (or ``SXS Collaboration, The SXS collaboration catalog of gravitational waveforms, http://…``) with
    the title's words read as a date, a name or a note: the words between the collaboration's comma and the journal
    (or the link) are the title."""
    head = _COLLABORATION.match(text)
    if head is None or not spans or spans[0].label != "note" or spans[0].start > head.start():
        return spans
    k = next((i for i, s in enumerate(spans) if s.start >= head.end() and s.label in _AFTER_TITLE), None)
    if k is None:
        return spans
    a = head.end()
    z = a + len(text[a : spans[k].start].rstrip(" ,"))
    inside = [s for s in spans[:k] if s.end > a]
    if len(inside) < 2 and all(s.label == "title" for s in inside) or not _THREE_LETTERS.search(text[a:z]):
        return spans
    if _NAMES_OR_QUOTES.search(text[a:z]):
        return spans  # "ALICE Collaboration, S. Acharya et al., Phys. Rev. Lett.": its authors, named after it
    if any(s.label not in _TITLE_READ_AS or s.start < a < s.end and s is not spans[0] for s in inside):
        return spans
    if any(s.label == "date" for s in inside) and not any(s.label == "date" for s in spans[k:]):
        return spans  # the only year is the reference's, not a word of its title
    conf = min(s.confidence for s in inside)
    lead = text[: a].rstrip()
    return [Span("note", lead, 0, len(lead), conf), Span("title", text[a:z], a, z, conf), *spans[k:]]


# the names closed by "et al." and the collaboration in square brackets: "I. Adachi et al. [Belle-II],"
_GROUP_AFTER_ET_AL = lazy_pattern(r"(?P<names>.*\bet\s+al\.?)\s*(?P<group>\[[^\[\]]{2,60}\])[\s,.;]*")


_GROUP_OPENS = lazy_pattern(r"\s*(?P<group>\[[^\[\]]{2,60}\])[,.;]?\s+(?=\S)")
_ET_AL_CLOSES = lazy_pattern(r"\bet\s+al\.?[\s,]*$")


@needs(labels=("author",), marks=("al. [", "al [", "al.["))
def bracketed_collaboration_after_names(spans: list[Span], text: str) -> list[Span]:
    """INSPIRE's ``I. Adachi et al. [Belle-II], Title`` with the bracketed collaboration read as a name: the
    bracket is a note beside the names, as ``[ATLAS Collaboration]`` is read."""
    for k, s in enumerate(spans):
        if s.label != "author":
            continue
        if k + 1 < len(spans) and (g := _GROUP_OPENS.match(spans[k + 1].text)) is not None and _ET_AL_CLOSES.search(
            s.text
        ):
            t = spans[k + 1]  # "G. Aad et al. | [ATLAS], Observation …": the bracket read into the title
            a, z = t.start + g.start("group"), t.start + g.end("group")
            rest = Span(t.label, text[t.start + g.end() : t.end], t.start + g.end(), t.end, t.confidence)
            return [*spans[: k + 1], Span("note", text[a:z], a, z, t.confidence), rest, *spans[k + 2 :]]
        if (m := _GROUP_AFTER_ET_AL.fullmatch(s.text)) is None:
            continue
        a, z = s.start + m.start("group"), s.start + m.end("group")
        names = Span("author", text[s.start : a], s.start, a, s.confidence)
        return [*spans[:k], names, Span("note", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans
