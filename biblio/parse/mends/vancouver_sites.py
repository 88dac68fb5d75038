"""Mend of the site or magazine Vancouver names between a web page's title and its year.

NLM, BMJ, PLOS and the Vancouver styles print a web page, a post or an article with no volume as
``Basak S. Drone Signals. GitHub. 2021.`` or ``Huth M. Title. Nasdaq. 2021. https://…``: the sentence
just before the year is the site (the container), with no imprint around it. The model reads it into the
title, or as a place, since a book's ``Place: Publisher; 2021.`` stands there in the same lists. A book's
imprint has its colon and publisher; a lone short sentence before the year has neither.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH
from biblio.parse.mends.gated import needs
from biblio.parse.mends.vancouver_names import LIST_STOP, vancouver_list
from biblio.parse.spans import Span

# the year alone (NLM may add the month and day), closed by its stop; AMA's "January 12, 2021.", "Published
# online 2016." and a web page's "Published 2020.", the Lancet's "2016; published online Sept 1."
_YEAR_ALONE = lazy_pattern(
    rf"(?:Published(?:\s+online)?\s+)?(?:{ENGLISH_MONTH}\s+(?:[0-3]?\d,\s+)?)?(?:1[6-9]|20)\d\d"
    rf"(?:\s+[A-Z][a-z]{{2}}(?:\s+[0-3]?\d)?)?(?:;\s+published\s+online\s+{ENGLISH_MONTH}\s*[0-3]?\d)?\.?\s*"
)
# the title's last sentence: after its stop, up to five words
_LAST_SENTENCE = lazy_pattern(r"[.?!]\s+([^\W\d_][^\s.?!:;]*(?:\s+[^\s.?!:;]+){0,4})\.?\s*$")
# a last sentence that is part of the work's own statement, not a site: an edition, a part, a kind of work
_NOT_A_SITE = lazy_pattern(
    r"(?i)(?:\d+(?:st|nd|rd|th)\s+)?(?:ed|edn|edition|vol|volume|part|chapter|report|thesis|dissertation|"
    r"doctoral|master|preprint|abstract|editorial|letter|erratum|comment|supplement|appendix|internet|"
    r"available|accessed|cited|retrieved)\b"
)
# what may follow the year: nothing, an address or an identifier
_AFTER = frozenset(["url", "doi", "note", "accessed"])


def _site_at(title: Span, text: str) -> int:
    """Where the title's last sentence begins when it can name a site (else -1)."""
    body = text[title.start : title.end]
    m = _LAST_SENTENCE.search(body)
    if m is None or _NOT_A_SITE.match(m.group(1)):
        return -1
    head = body[: m.start()].split()
    return title.start + m.start(1) if len(head) >= 2 else -1


@needs(labels=("author", "title", "date"), without=("journal", "container-title", "publisher"), marks=(".",))
def site_before_year(spans: list[Span], text: str) -> list[Span]:
    """``Basak S. | Drone Signals. GitHub. | 2021.`` or ``Huth M. | Title. | Nasdaq. | 2021.``: after
    Vancouver names, the short sentence between the title and the lone year is the site."""
    # the reference opens with Vancouver names ("Basak S.", "Smith D, Dyson T, et al.") up to its first stop
    # (or a body as the author, where AMA's "Published 2020." names the site's date)
    stop = LIST_STOP.search(text)
    if stop is None or not vancouver_list(text[: stop.start()]) and "Published" not in text:
        return spans
    k = next((i for i, s in enumerate(spans) if s.label == "title"), -1)
    if k < 1 or spans[k - 1].label != "author" or k + 1 >= len(spans):
        return spans
    title, after = spans[k], spans[k + 1]
    tail = spans[k + 2 :]
    if after.label == "location" and after.text.rstrip().endswith(".") and not any(m in after.text for m in ":;,"):
        # "Title. | Nasdaq. | 2021.": a sentence read as a place with no publisher, before the year ("Paris,
        # 1994." is a place and its year)
        if not tail:
            return spans
        site, date, rest = after, tail[0], tail[1:]
        if not title.text.rstrip().endswith("."):
            return spans
        new = [title, Span("container-title", site.text, site.start, site.end, site.confidence)]
    else:
        date, rest = after, tail
        at = _site_at(title, text)
        if at < 0:
            return spans
        cut = at - 1
        while cut > title.start and text[cut - 1] == " ":
            cut -= 1
        new = [
            Span("title", text[title.start : cut], title.start, cut, title.confidence),
            Span("container-title", text[at : title.end], at, title.end, title.confidence),
        ]
    if date.label != "date" or not _YEAR_ALONE.fullmatch(date.text) or any(s.label not in _AFTER for s in rest):
        return spans
    if not vancouver_list(text[: stop.start()]) and not date.text.startswith("Published"):
        return spans
    used = 2 if after.label == "location" else 1
    return [*spans[:k], *new, *spans[k + used :]]
