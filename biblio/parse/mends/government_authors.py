"""Mends of a government author named body by body.

MLA's ``United States, Congress, Senate, Committee on Armed Services. Hearing on the
Nominations. Government Printing Office, 2007.`` or ``United States, Department of Agriculture. Dietary Guidelines
for Americans. 2015.``

MLA 9 names a government body by its jurisdiction first, then each body down to the one that wrote the work, all
with commas, closed by one full stop. The model ends the author at a comma (the rest read as the title) or runs
it on into the title; the name runs from the jurisdiction to the first full stop, every part after the
jurisdiction the name of a body.

Chicago's bibliography (CMOS 14.280) sets the same hierarchy off with full stops: ``U.S. Congress. House. Permanent
Select Committee on Intelligence. Title.``, ``U.S. Department of the Interior. National Park Service. Title.``,
``Canada. Royal Commission on Aboriginal Peoples. Report.``; the model ends the author at the first full stop and
reads the bodies after it into the title.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.names import has_org_name_word
from biblio.parse.normalisers.places import REGIONS
from biblio.parse.spans import Span

# the comma-separated parts up to the first full stop after a word (not an initial's: "U.S.")
_HEAD = lazy_pattern(r"^(?P<name>[A-Z][^.]*?(?:\.[^\s.][^.]*?)*[^\W\d_]{2})\.\s+(?=[A-Z\"“*])")
# nations the regions list leaves out, and a legislature's chambers
_NATIONS = frozenset(["united states", "united kingdom", "great britain", "u.s", "new zealand", "european union"])
_JURISDICTIONS = REGIONS | _NATIONS
_CHAMBERS = lazy_pattern(r"^(?:Congress|Senate|House(?:\s+of\s+\w+)?|Parliament|Assembly|Legislature)$")


def _body(part: str) -> bool:
    return bool(has_org_name_word(part) or _CHAMBERS.match(part))


@needs(labels=("author",), marks=(",",))
def government_body_in_parts(spans: list[Span], text: str) -> list[Span]:
    """``United States, Congress, Senate, | Committee on Armed Services. Hearing …`` with the body's name cut at a
    comma, or run on into the title: the jurisdiction and its bodies, to the first full stop, are one author."""
    # the name's first part is the text's up to its first comma: a jurisdiction's, or no name of this form
    if not spans or spans[0].label != "author":
        return spans
    if text.partition(",")[0].strip().lower().rstrip(".") not in _JURISDICTIONS or (m := _HEAD.match(text)) is None:
        return spans
    parts = [p.strip() for p in m.group("name").split(",")]
    if len(parts) < 2 or parts[0].lower().rstrip(".") not in _JURISDICTIONS or not all(map(_body, parts[1:])):
        return spans
    z = m.end("name") + 1
    if spans[0].end == z or spans[0].text.rstrip() == text[:z]:
        return spans
    author = Span("author", text[:z], 0, z, spans[0].confidence)
    out = replaced(spans, text, 0, z, [author])
    if len(out) > 1 and out[1].label == "author" and "title" not in labels_of(out):
        # the rest of a span run on past the name is the title
        out[1] = Span("title", out[1].text, out[1].start, out[1].end, out[1].confidence)
    return out


# a full stop closing a part of the hierarchy: after a word, not an initial's ("U.S. House")
_PART_STOP = lazy_pattern(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Z0-9\"“*])")
# a body under the jurisdiction, by the word that opens or closes its name: "House", "Senate", "Permanent Select
# Committee on Intelligence", "Bureau of the Census", "National Park Service", "Northeast Region"
_SUB_BODY = lazy_pattern(
    r"^(?:House|Senate|(?:(?:Permanent|Select|Joint|Special|Standing)\s+)*(?:Sub)?[Cc]ommittee\s+(?:on|of|for)\s.*"
    r"|(?:Royal\s+|National\s+)?(?:Bureau|Office|Department|Ministry|Division|Directorate|Agency|Administration|Commission"
    r"|Board|Cent(?:er|re)s?|Institutes?)\s+(?:of|for|on)\s.*"
    r"|(?:[A-Z][\w'’-]*\s+){1,4}(?:Service|Office|Bureau|Region|Administration|Agency|Division|Commission|Directorate))$"
)
# a body's name is words alone: no digit, italics, colon or bracket
_WORDS_ONLY = lazy_pattern(r"[^\d*_:;()\[\]\"\u201c\u201d]+")
# the jurisdiction's own body opening the name: "U.S. Congress", "U.S. Department of Agriculture"
_JURISDICTION_BODY = lazy_pattern(
    r"^(?:U\.\s?S\.|United States|US)\s+"
    r"(?:Congress|(?:Department|Bureau|Office)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,3})$"
)


@needs(labels=("author",))
def government_body_in_sentences(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``U.S. Department of the Interior. | National Park Service. America's Landscape Legacy.`` or
    ``Canada. | Royal Commission on Aboriginal Peoples. Report.`` with the bodies after the first full stop read into
    the title: each part that names a body is the author's."""
    if not spans or spans[0].label != "author":
        return spans
    opening = text[:20].lower()
    dot = text.find(". ")
    # the jurisdiction's own body ("U.S. Congress"), or a nation or region alone ("Canada.")
    nation = 2 < dot <= 30 and text[:dot].lower() in _JURISDICTIONS
    if not nation and "u.s." not in opening and "united states" not in opening:
        return spans
    stops = list(_PART_STOP.finditer(text))[:6]
    if len(stops) < 2:
        return spans
    head = text[: stops[0].start()]
    if not (nation and head.lower() in _JURISDICTIONS) and not _JURISDICTION_BODY.match(head):
        return spans
    z = stops[0].start()
    for here, nxt in zip(stops, stops[1:], strict=False):
        part = text[here.end() : nxt.start()]
        if not _SUB_BODY.match(part) or not _WORDS_ONLY.fullmatch(part):
            break  # ("Ministry of Defence, 2004. *Title*. London: TSO (Cm": a year, a title, an imprint are no body's)
        z = nxt.start()
    if z == stops[0].start() or spans[0].end == z:
        return spans
    author = Span("author", text[:z], 0, z, spans[0].confidence)
    if spans[0].end < z:
        return _work_named_after(replaced(spans, text, 0, z + 1, [author]))
    # the model ran the author on past the last body into the title's first words: they open the title
    at = z + 2
    title = spans[1] if len(spans) > 1 and spans[1].label in _WORK else None
    if title is None or text[spans[0].end : title.start].strip(" ,.") or not text[at : at + 1].isupper():
        return spans
    work = Span(title.label, text[at : title.end], at, title.end, title.confidence)
    return _work_named_after(replaced(spans, text, 0, title.end, [author, work]))


# the work named after the bodies, read as a title or (with no title read) as a container
_WORK = ("title", "container-title")


def _work_named_after(spans: list[Span]) -> list[Span]:
    """``spans`` with the work named right after the government author read as the title where the model read it
    as a container and no title: a body's publication, not a part of one."""
    if len(spans) < 2 or spans[1].label != "container-title" or any(s.label == "title" for s in spans):
        return spans
    work = spans[1]
    return [spans[0], Span("title", work.text, work.start, work.end, work.confidence), *spans[2:]]


@needs(labels=("author",), any_label=("title", "container-title"), marks=(",",))
def government_body_in_note(spans: list[Span], text: str) -> list[Span]:
    """Chicago's note, ``U.S. Department of Health and Human Services, | Office on Women's Health, The Healthy Woman
    (Washington, DC: …)``, the bibliography's hierarchy set off with commas: after the jurisdiction's own body, each
    comma part that names a body is the author's, and the title opens at the first part that names none."""
    opening = text[:20].lower()
    if not spans or spans[0].label != "author" or "u.s." not in opening and "united states" not in opening:
        return spans
    comma = text.find(", ")
    if comma < 0 or not _JURISDICTION_BODY.match(text[:comma]):
        return spans
    z, at = comma, comma + 2
    for _ in range(4):
        nxt = text.find(", ", at)
        part = text[at:nxt] if nxt > 0 else ""
        if not part or not _SUB_BODY.match(part) or not _WORDS_ONLY.fullmatch(part):
            break
        z, at = nxt, nxt + 2
    if z == comma or not text[at : at + 1].isupper():
        return spans
    title = next((s for s in spans if s.label in _WORK and s.end > at), None)
    if title is None or spans[0].end == z and title.start == at:
        return spans
    # (the parts the model read between the bodies and its title, as more names, open the title)
    if any(s.label not in ("author", *_WORK) for s in spans if s.start < title.start):
        return spans
    author = Span("author", text[:z], 0, z, spans[0].confidence)
    work = Span(title.label, text[at : title.end], at, title.end, title.confidence)
    return _work_named_after(replaced(spans, text, 0, title.end, [author, work]))


# a body's subdivision after its comma, closed by a full stop: "Population Division.", "Statistics Office."
_SUBDIVISION = lazy_pattern(
    r"(?:[A-Z][\w'’-]*\s+){1,4}(?:Division|Office|Bureau|Section|Unit|Branch|Directorate|Secretariat|Service)\.\s*"
)
_WORKS_AFTER = frozenset(["journal", "container-title", "collection-title"])


@needs(labels=("author", "title"), marks=(",",))
def subdivision_after_body_comma(spans: list[Span], text: str) -> list[Span]:
    """``United Nations Department of Economic and Social Affairs, | Population Division. | World Population
    Prospects 2022.`` with the subdivision read as the title and the work as a journal: a body's division after its
    comma belongs to its name (one author), and the work after the full stop is the title."""
    lead = 1 if spans and spans[0].label == "citation-number" else 0
    if len(spans) < lead + 3:
        return spans
    body, part, work = spans[lead], spans[lead + 1], spans[lead + 2]
    if body.label != "author" or part.label != "title" or not body.text.rstrip().endswith(","):
        return spans
    if work.label not in (*_WORKS_AFTER, "title") or not _SUBDIVISION.fullmatch(part.text):
        return spans
    if not has_org_name_word(body.text) or text[body.end : part.start].strip():
        return spans
    z = part.start + len(part.text.rstrip().rstrip("."))
    author = Span("author", text[body.start : z], body.start, z, body.confidence)
    title = Span("title", work.text, work.start, work.end, work.confidence)
    return [*spans[:lead], author, title, *spans[lead + 3 :]]
