"""Mend of a web page named as a browser or a search result shows it, its title and then its site after a bar:
``About Power BI Tenant settings | Microsoft Learn``, ``Power BI Security Baseline v2.0 | Microsoft benchmarks
GitHub repo``.

The model, which saw few such bars, reads the bar into the title and the site as the publisher (or the title as a
name). With one bar, a site of a few capitalised words after it and nothing but a link or a date after the site,
the words before the bar are the title and the site is the container. Only where the page's title opens the
entry: after an author's name and a full stop (MLA) the title is given whole, bar and all.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_BAR = lazy_pattern(r"\s\|\s")
# a site's name: a few words, the first capitalised, no digits but a product's number between words ("Microsoft
# Learn", "Microsoft benchmarks GitHub repo", "Microsoft 365 Blog")
_SITE = lazy_pattern(r"[A-Z][^\d|,;:()]{0,60}(?:\s\d{1,4}\s[A-Za-z][^\d|,;:()]{0,40})?")
_AFTER = frozenset(["url", "doi", "date", "accessed"])
# a quoted title keeps its bar ("‘Zotero | Groups > Digitised Newspapers’" is the page's own title, quoted whole)
_QUOTES = lazy_pattern(r"[\"“”‘]")
# what a page's title before the bar may have been read as
_BEFORE = frozenset(["title", "author", "publisher", "note", "journal", "container-title", "citation-number", "other"])


@needs(marks=("|",))
def site_after_bar(spans: list[Span], text: str) -> list[Span]:
    """``Title | Microsoft Learn`` read with the bar in the title and the site as the publisher: the title, then
    the site as the container."""
    bars = list(_BAR.finditer(text))
    if len(bars) != 1 or not spans:
        return spans
    bar = bars[0]
    opening = spans[0].end if spans[0].label == "citation-number" else 0
    # after names closed by a full stop the bar stays in the title: MLA's "Endangered Language Alliance. Neapolitan |
    # Endangered Language Alliance. URL" gives the page's title as the browser shows it (sci_real5's gold)
    if any(s.label == "author" and s.end <= bar.start() and s.text.rstrip().endswith(".") for s in spans):
        return spans
    after = [s for s in spans if s.start >= bar.end() and s.label in _AFTER]
    z = after[0].start if after else len(text)
    site = text[bar.end() : z].rstrip(" ,.;:<")  # "| Microsoft 365 Blog: <https://…>"
    title = text[opening : bar.start()].strip()
    if not title or len(site.split()) > 6 or not _SITE.fullmatch(site) or _QUOTES.search(text, opening, z):
        return spans
    if any(s.label not in _BEFORE for s in spans if s.start < z):
        return spans
    t0 = opening + len(text[opening : bar.start()]) - len(text[opening : bar.start()].lstrip())
    conf = min((s.confidence for s in spans if s.start < z), default=1.0)
    new = [
        Span("title", title, t0, t0 + len(title), conf),
        Span("container-title", site, bar.end(), bar.end() + len(site), conf),
    ]
    return [*(s for s in spans if s.end <= opening), *new, *(s for s in spans if s.start >= z)]
