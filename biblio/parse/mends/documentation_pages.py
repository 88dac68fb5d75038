"""Mends of a software's documentation cited by its name alone, as students' project reports list them:
``React.js Official Documentation, v18. Meta Platforms, Inc. Available at: https://react.dev/ [Accessed: 2025]``,
``TypeScript Handbook. Microsoft Corporation. Available at: …``, ``Vite Official Documentation, v5.x.
Available at: …``.

No author and no date: the labeller reads the name and its version as names (``Documentation, v18``) or the
body into the title. The name (a documentation's word, or a version after it) is the title, the ``v`` number
its version, and a body's name between it and ``Available at`` the publisher.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the list's number, then the name, its version and the body, each closed by a full stop, then the lead-in
_DOC_HEAD = lazy_pattern(
    r"^\s*(?:\[\d{1,4}\]\s*|\d{1,4}\.\s+)?(?P<title>[A-Z][^.\s]*(?:\.(?:js|io|py)\b)?(?:\s+[^\s.,;:()\[\]\"“”]+){0,7}?)"
    r"(?:,\s+(?P<version>v\d+(?:\.(?:\d+|x))*(?:\s+LTS)?))?\.\s+"
    r"(?:(?P<publisher>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4}(?:,\s+Inc\.?)?)\.?\s+)?(?P<lead>Available\s+at\b)",
    flags=0,
)
# a documentation's own words in its name
_DOC_WORDS = lazy_pattern(r"\b(?:Documentation|Docs|Handbook|API\s+Reference|Reference\s+Guide|Manual)\b", flags=0)
# a body's name: a firm or a foundation, never a person's
_BODY_WORDS = lazy_pattern(
    r"\b(?:Inc|Corporation|Corp|Foundation|Software|Ltd|LLC|Limited|Association|Group|Consortium|Project)\b\.?$",
    flags=0,
)
_HEAD_LABELS = frozenset(["author", "title", "publisher", "container-title", "version", "note"])


@needs(labels=("url",), marks=["Available at"])
def documentation_by_name(spans: list[Span], text: str) -> list[Span]:
    """``Node.js Documentation, v18 LTS. OpenJS Foundation. Available at: …`` read as names or one title: the
    name is the title, ``v18 LTS`` the version, the body the publisher."""
    m = _DOC_HEAD.match(text)
    if m is None or m.group("version") is None and not _DOC_WORDS.search(m.group("title")):
        return spans
    body = m.group("publisher")
    if body is not None and not _BODY_WORDS.search(body):
        return spans
    head_end = m.start("publisher") if body is not None else m.end("version") if m.group("version") else m.end("title")
    version = (m.start("version"), m.end("version") + 1) if m.group("version") else (0, 0)
    if any(s.label not in _HEAD_LABELS and not version[0] <= s.start < version[1] for s in spans if s.start < head_end):
        return spans  # (a version's ".4" read as a date or a number is the version's own)
    new = [Span("title", m.group("title"), m.start("title"), m.end("title"))]
    if m.group("version"):
        new.append(Span("version", m.group("version"), m.start("version"), m.end("version")))
    if body is not None:
        end = m.end("publisher")
        if text[end - 1] == ".":
            end -= 1
        new.append(Span("publisher", text[m.start("publisher") : end], m.start("publisher"), end))
    if [(s.label, s.start, s.end) for s in spans if s.start < new[-1].end] == [(n.label, n.start, n.end) for n in new]:
        return spans
    return replaced(spans, text, m.start("title"), m.start("lead"), new)
