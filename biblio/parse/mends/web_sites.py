"""Mend of a web page's site read as its publisher: ``"Our Policies", figshare, https://…``.

A page cited in commas with no date, ``Title, Site, https://…``, names the site it sits on between
the title and the address; the model reads that name as a publisher (as it would be in ``Publisher,
2019``), or with no quotes into the title. With no date, place or other work in the reference, the
short name closing on a comma right before the closing address is the site, the page's container.
"""

from __future__ import annotations

from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# any of these says the name may be a real imprint (a place, a date, a work it appeared in)
_IMPRINT_SIGNS = frozenset(["date", "location", "journal", "container-title", "collection-title", "volume", "issue"])
# a site's name is short; a longer last part is more likely the title's own
_MAX_SITE_WORDS = 4


def _site_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Title, Site, https://…`` read as one title: its last comma-separated part is the site."""
    title = spans[0]
    body = title.text.rstrip()
    if not body.endswith(",") or text[title.end : spans[1].start].strip():
        return spans
    cut = body.rfind(", ", 0, len(body) - 1)
    site = body[cut + 2 : -1]
    if cut <= 0 or not site or len(site.split()) > _MAX_SITE_WORDS or any(c in site for c in '"“”:;.?!()'):
        return spans
    head = Span("title", body[:cut], title.start, title.start + cut, title.confidence)
    a = title.start + cut + 2
    return [head, Span("container-title", body[cut + 2 :], a, title.start + len(body), title.confidence), spans[1]]


@needs(labels=["url"], without=_IMPRINT_SIGNS)
def site_before_address(spans: list[Span], text: str) -> list[Span]:
    """``Making your code citable, GitHub Guides, https://…`` with the site read as the publisher."""
    if len(spans) < 2 or spans[-1].label != "url" or any(s.label in _IMPRINT_SIGNS for s in spans):
        return spans
    if len(spans) == 2 and spans[0].label == "title":
        return _site_in_title(spans, text)
    if len(spans) < 3:
        return spans
    title, site = spans[-3], spans[-2]
    if title.label != "title" or site.label != "publisher":
        return spans
    # the commas of the form: the title closes on one, the site on another, right before the address
    if not title.text.rstrip().endswith(",") or not site.text.rstrip().endswith(","):
        return spans
    if text[site.end : spans[-1].start].strip():
        return spans
    return [*spans[:-2], Span("container-title", site.text, site.start, site.end, site.confidence), spans[-1]]


# what may follow a web page's site in Wikipedia's rendered citations: its date, the access note, the address
_AFTER_SITE = frozenset(["date", "accessed", "url", "note"])


@needs(labels=["title", "source"], without=_IMPRINT_SIGNS - {"date"})
def site_after_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """Wikipedia's ``Hudson, Alex (October 20, 2022). "Title". Exclaim!. Retrieved December 6, 2022.`` with the
    site after the quoted title read as a source (a database): the site is the page's container."""
    for k in range(len(spans) - 1):
        t, s = spans[k], spans[k + 1]
        if t.label != "title" or s.label != "source" or not t.text.rstrip().endswith(('".', "”.")):
            continue
        if not t.text.lstrip().startswith(('"', "“")) or any(x.label not in _AFTER_SITE for x in spans[k + 2 :]):
            return spans
        return [*spans[: k + 1], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 2 :]]
    return spans
