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
