"""Mends of the model's spans where the text's own marks show where a field runs.

Each mend is a small function ``list[Span] -> list[Span]`` applied before assembly:

- ``whole_emphasis``: a title set in italics is one field; the model sometimes ends it before the
  closing mark (``*… de Philippe II*`` read with ``II*`` as an edition).
- ``address_apart``: a bare web address the model ran into a title, container or publisher is the
  work's URL; the words that only announced it ("Viewable online at:") go into no field.
"""

from __future__ import annotations

import re

from biblio.parse.connectors import loss
from biblio.parse.spans import Span
from biblio.parse.tokens import EMPHASIS

_WORK_TITLES = frozenset(["title", "journal", "container-title", "collection-title"])
# not a Markdown link's target (``links`` reads those); trailing sentence punctuation is no part of it
_BARE_URL = re.compile(r"(?<!\]\()(?<![\w/.@])(?:https?://|www\.)[^\s<>\"\]\[]+")
_URL_HOLDERS = frozenset(["title", "journal", "container-title", "publisher", "location"])


def whole_emphasis(spans: list[Span], text: str) -> list[Span]:
    """A title span that opens an emphasis run the next span closes takes the rest of the run."""
    if "*" not in text and "_" not in text and "<" not in text:
        return spans
    out = list(spans)
    for rx in EMPHASIS:
        for m in rx.finditer(text):
            a, z = m.start(2), m.end(2)  # the emphasised text, without its marks
            for k in range(len(out) - 1):
                s, nxt = out[k], out[k + 1]
                if s.label in _WORK_TITLES and s.start <= a < s.end < z <= nxt.end and nxt.label != s.label:
                    out[k] = Span(s.label, text[s.start : z], s.start, z, s.confidence)
                    rest = Span(nxt.label, text[z : nxt.end], z, nxt.end, nxt.confidence)
                    out[k + 1 : k + 2] = [rest] if rest.text.strip() else []
                    break
    return out


def address_apart(spans: list[Span]) -> list[Span]:
    """The first bare address inside a title, container or publisher, as a ``url`` span of its own."""
    if any(s.label in ("url", "doi") for s in spans):
        return spans
    for k, s in enumerate(spans):
        m = _BARE_URL.search(s.text) if s.label in _URL_HOLDERS else None
        if m is None:
            continue
        address = m.group(0).rstrip(".,;:")
        if address.endswith(")") and "(" not in address:
            address = address[:-1]
        a, z = m.start(), m.start() + len(address)
        parts = [Span(s.label, s.text[:a], s.start, s.start + a, s.confidence),
                 Span("url", address, s.start + a, s.start + z, s.confidence),
                 Span(s.label, s.text[z:], s.start + z, s.end, s.confidence)]
        return spans[:k] + [p for p in parts if p.label == "url" or loss(p.text)] + spans[k + 1 :]
    return spans


def mend(spans: list[Span], text: str) -> list[Span]:
    return address_apart(whole_emphasis(spans, text))
