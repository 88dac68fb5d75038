"""Mends of identifiers: a bare DOI written after a web address is the DOI, not more of the address."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

# "https://github.com/…/tree/2017.08 10.5281/zenodo.838760": whitespace, then a DOI that ends the span
_DOI_AFTER = re.compile(r"\s+(?:doi:\s*)?(10\.\d{4,9}/\S+?)[\s.,;]*$", re.I)


def doi_after_address(spans: list[Span], text: str) -> list[Span]:
    """A ``url`` span that runs on past its address into a bare DOI, as the URL and a ``doi`` span."""
    if "10." not in text or any(s.label == "doi" for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "url" or not s.text.lstrip().startswith(("http", "www.")):
            continue
        m = _DOI_AFTER.search(s.text)
        if m is None or not s.text[: m.start()].strip():
            continue
        cut, a = m.start(), m.start(1)
        parts = [
            Span("url", s.text[:cut], s.start, s.start + cut, s.confidence),
            Span("doi", s.text[a:], s.start + a, s.end, s.confidence),
        ]
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans
