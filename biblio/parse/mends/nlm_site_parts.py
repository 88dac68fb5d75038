"""Mend of a web page cited as a part of its site in NLM's order: ``RIVM. RIVM [Internet]. [cited 2025 Mar 7].
Covid-19 hospital admissions per municipality. Available from: https://…`` (or with the site's year before
``[cited …]``, or no author).

Reference managers' Vancouver styles write a web page's site first, marked ``[Internet]``, then the date it was read,
and the page's own title last before the address. The model, used to the title before ``[Internet]``, reads the site
as the title and the page's title as a container, a note or part of the address.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the site closed by the medium, its year (or year, month and day), the date read, the page's title, the address
_SITE_PART = lazy_pattern(
    r"(?:^|(?<=\.\s))(?P<site>[^.\[\]\s][^.\[\]]{1,200}?)\s*\[Internet\]\.\s*"
    r"(?:(?P<date>\d{4}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?)\s*)?"
    r"(?P<cited>\[(?:updated [^\]]{4,40}; )?cited [^\]]{4,40}\])\.\s+"
    r"(?P<part>[^\[\]\s][^\[\]]{2,300}?)\.\s+(?P<lead>Available (?:from|at)\b)"
)
# a count of pages or screens is no title
_COUNT = lazy_pattern(r"^\d+\s*(?:p|pp|screens?)$")


@needs(marks=("[Internet]",))
def site_before_page_title(spans: list[Span], text: str) -> list[Span]:
    """``Author. Site [Internet]. [cited 2025 Mar 7]. Page title. Available from: URL`` with the site read as the
    title: the site is the container, the words between the date read and ``Available from`` the page's title,
    the sentence before the site (when the model read no author there) its author."""
    m = _SITE_PART.search(text)
    if m is None or _COUNT.match(m.group("part")):
        return spans
    a = m.start("site")
    c = min((s.confidence for s in spans), default=1.0)
    authors = [s for s in spans if s.label == "author" and s.end <= a]
    head = text[:a].strip()
    if head and not authors:
        if ". " in head or not head.endswith("."):
            return spans  # more than one sentence before the site: another form
        z = len(text[:a].rstrip())
        authors = [Span("author", text[:z], 0, z, c)]
    out = [*authors, Span("container-title", m.group("site"), *m.span("site"), c)]
    if m.group("date"):
        out.append(Span("date", m.group("date"), *m.span("date"), c))
    out.append(Span("accessed", m.group("cited"), *m.span("cited"), c))
    out.append(Span("title", m.group("part"), *m.span("part"), c))
    lead = m.start("lead")
    for s in spans:
        if s.end <= lead:
            continue
        out.append(s if s.start >= lead else Span(s.label, text[lead : s.end], lead, s.end, s.confidence))
    return out
