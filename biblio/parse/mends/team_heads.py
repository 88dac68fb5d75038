"""Mend of a software's or a collaboration's team opening the reference: ``The pandas development team.
pandas-dev/pandas: Pandas (v2.0.3). Zenodo, 2023.``, ``The Astropy Collaboration. Astropy: A community …``.
The model, which meets such a body in lower case or after ``The`` in few labelled references, reads it into the
title; a first sentence naming a team, a community or a collaboration is the author."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "The pandas development team.", "The SciPy community.", "Astropy Collaboration.": at most five words, the last a
# word for a body of people
_TEAM_SENTENCE = lazy_pattern(
    r"^\s*(?P<team>(?:[Tt]he\s+)?[\w.+-]+(?:\s+[\w.+-]+){0,3}\s+"
    r"(?:development\s+team|dev\s+team|core\s+team|team|developers|contributors|community|collaboration|consortium))"
    r"\.\s+(?=\S)",
    re.I,
)
# the APS's "The pandas development team, pandas-dev/pandas: …", "Qiskit contributors, Qiskit: …": the team set off by
# a comma (only the words no title's opening clause ends on: not "community")
_TEAM_COMMA = lazy_pattern(
    r"^\s*(?P<team>(?:[Tt]he\s+)?[\w.+-]+(?:\s+[\w.+-]+){0,2}\s+"
    r"(?:development\s+team|dev\s+team|core\s+team|developers|contributors|collaboration))"
    r",\s+(?=\S)",
    re.I,
)


@needs(labels=["title"], without=["author", "editor"])
def team_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``The pandas development team. pandas-dev/pandas: …`` (or, the APS's, ``…team, pandas-dev/pandas: …``) read
    as one title: the team before the first full stop (or comma) is the author, the rest the title."""
    k = 1 if spans and spans[0].label == "citation-number" else 0
    if k >= len(spans) or spans[k].label != "title" or any(s.label in ("author", "editor") for s in spans):
        return spans
    s = spans[k]
    m = _TEAM_SENTENCE.match(s.text) or _TEAM_COMMA.match(s.text)
    if m is None or not s.text[m.end() :].strip():
        return spans
    a, z = s.start + m.start("team"), s.start + m.end("team") + 1
    team = Span("author", text[a:z], a, z, s.confidence)
    title = Span("title", text[s.start + m.end() : s.end], s.start + m.end(), s.end, s.confidence)
    return [*spans[:k], team, title, *spans[k + 1 :]]
