"""Mends of a personal communication cited in a Chicago note: ``John Coolidge, email message to
author, December 21, 2012.`` or ``letter to the author``. The words say what kind of message it was;
the message has no title."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_MESSAGE_TO_AUTHOR = lazy_pattern(
    r"^\s*(?:e-?mail(?:\s+message)?|letter|text\s+message|telephone\s+conversation|conversation)\s+"
    r"(?:to|with)\s+(?:the\s+)?author[\s.,;]*$",
    re.I,
)


# a person named in natural order before the comma: "Constance Conlon", "Joshua de Vries"
_PERSON = (
    r"[A-Z][\w'\u2019-]*\.?(?:\s+(?:[A-Z][\w'\u2019-]*\.?|de|van|von|da|di|du|del|der|la|le)){0,3}"
    r"\s+[A-Z][\w'\u2019-]+"
)
# CMOS's personal communications in a note, the person and what passed between them and the writer: "Constance
# Conlon, email message to author, April 17, 2000.", "Zachary Hutchison, Facebook direct message to author, …",
# "Andrew Macmillan (principal adviser, …, FAO), in discussion with the author, September 1998."
_COMMUNICATION_NOTE = lazy_pattern(
    rf"(?P<name>{_PERSON})(?:\s*(?P<role>\([^()]{{1,160}}\)))?,\s+"
    r"(?P<kind>(?:[\w-]+\s+){0,2}(?:message|letter|conversation|call)\s+(?:to|with)\s+(?:the\s+)?author"
    r"|in\s+(?:a\s+)?(?:discussion|conversation)\s+with\s+(?:the\s+)?author)\s*,\s*"
)
# CMOS's post to a mailing list, its sender first: "John Powell to Grapevine mailing list, April 23, 1998, no. 83, URL"
_LIST_POST = lazy_pattern(
    rf"(?P<name>{_PERSON})\s+to\s+(?P<list>[A-Z][^,]{{0,80}}?\s(?:mailing|discussion|e-?mail)\s+list)\s*,\s*"
)


def _named_opening(spans: list[Span], text: str, opening: list[Span], cut: int) -> list[Span]:
    """``opening`` read before ``cut``, the spans after it kept (one that runs across it cut there), if a date is
    read after it: a communication or a post is dated."""
    rest = []
    for s in spans:
        if s.end <= cut:
            continue
        if s.start < cut:
            if not text[cut : s.end].strip():
                continue
            s = Span(s.label, text[cut : s.end], cut, s.end, s.confidence)
        rest.append(s)
    if not any(s.label == "date" for s in rest):
        return spans
    return [*opening, *rest]


@needs(words=["author"])
def communication_note(spans: list[Span], text: str) -> list[Span]:
    """A note's personal communication, ``Name, email message to author, Date.``, with the name read into a title
    or a publisher: the name is the author, the words say what kind of message it was (its genre), a role in
    brackets after the name a note; the message has no title."""
    m = _COMMUNICATION_NOTE.match(text)
    if m is None:
        return spans
    opening = [Span("author", m["name"], m.start("name"), m.end("name"), 1.0)]
    if m["role"]:
        opening.append(Span("note", m["role"], m.start("role"), m.end("role"), 1.0))
    opening.append(Span("genre", m["kind"], m.start("kind"), m.end("kind"), 1.0))
    if [(s.label, s.start) for s in spans[: len(opening)]] == [(s.label, s.start) for s in opening]:
        return spans
    return _named_opening(spans, text, opening, m.end())


@needs(words=["list"])
def mailing_list_post(spans: list[Span], text: str) -> list[Span]:
    """CMOS's ``John Powell to Grapevine mailing list, April 23, 1998, no. 83, URL`` with the sender and the list
    read as one title: the sender is the author, the list the post's container."""
    m = _LIST_POST.match(text)
    if m is None:
        return spans
    opening = [
        Span("author", m["name"], m.start("name"), m.end("name"), 1.0),
        Span("container-title", m["list"], m.start("list"), m.end("list"), 1.0),
    ]
    if [(s.label, s.start) for s in spans[:2]] == [(s.label, s.start) for s in opening]:
        return spans
    return _named_opening(spans, text, opening, m.end())


# CMOS's comment on a post, shortened after the post's own note: "comment on Chicago Manual of Style, “singular they.”",
# the post's owner before its (shortened) title
_COMMENT_ON_OWNER = lazy_pattern(
    r"\W*comment\s+on\s+(?P<owner>[^\u201c\u201d\",]{2,80}),\s*"
    r"[\u201c\"](?P<title>[^\u201c\u201d\"]{1,200}?)[,.]?[\u201d\"][.,]?\s*"
)


@needs(any_label=["note", "title"], words=["comment on"])
def comment_on_post(spans: list[Span], text: str) -> list[Span]:
    """``Michele Truty, April 17, 2015, 1:09 p.m., comment on Chicago Manual of Style, “singular they.”`` with the
    comment's words read as a note or as the title: the quoted words after the post's owner name the post commented
    on, the title (the owner is a note)."""
    titles = [s for s in spans if s.label == "title"]
    for k, s in enumerate(spans):
        m = _COMMENT_ON_OWNER.fullmatch(s.text) if s.label in ("note", "title") else None
        if m is not None and all(t is s for t in titles):
            parts = [
                Span("note", s.text[: m.end("owner")], s.start, s.start + m.end("owner"), s.confidence),
                Span("title", m["title"], s.start + m.start("title"), s.start + m.end("title"), s.confidence),
            ]
            return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


@needs(labels=["title"], marks=["author"])
def message_to_author(spans: list[Span], text: str) -> list[Span]:
    """``email message to author`` read as the title: it is the communication's kind, its genre."""
    if "author" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label == "title" and _MESSAGE_TO_AUTHOR.match(s.text):
            return [*spans[:k], Span("genre", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the Elder's nation, treaty or home before the teaching's topic, in the template for citing Indigenous Elders and
# Knowledge Keepers that NorQuest College Library made and many Canadian libraries print: "Cardinal, D., Goodfish
# Lake Cree Nation. Treaty 6. Lives in Edmonton. Oral teaching. personal communication. April 4, 2004."
_ELDER_PLACE = lazy_pattern(r"\b(?:Nation|Treaty\s+\d{1,2}|Lives\s+in|Métis|Inuit|Territory)\b")
_SENTENCE_CUT = lazy_pattern(r"\.\s+(?=\S)")


@needs(labels=["title", "genre"], words=["personal communication"])
def elder_teaching_topic(spans: list[Span], text: str) -> list[Span]:
    """A title before the genre ``personal communication`` that opens with the Elder's nation, treaty or home: its
    last sentence is the teaching's topic, the title; the sentences before it say who the Elder is, a note."""
    for k, s in enumerate(spans[:-1]):
        after = spans[k + 1]
        if s.label != "title" or after.label != "genre" or not after.text.lower().startswith("personal comm"):
            continue
        cuts = list(_SENTENCE_CUT.finditer(s.text))
        if not cuts or not _ELDER_PLACE.search(s.text, 0, cuts[-1].start()):
            return spans
        cut = cuts[-1]
        note = Span("note", s.text[: cut.start() + 1], s.start, s.start + cut.start() + 1, s.confidence)
        topic = Span("title", s.text[cut.end() :], s.start + cut.end(), s.end, s.confidence)
        return [*spans[:k], note, topic, *spans[k + 1 :]]
    return spans
