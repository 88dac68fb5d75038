"""Web citations as Russian and Polish Wikipedia print them: ``Title (англ.). Site (27 марта 2013). Дата
обращения: 3 мая 2014. Архивировано 3 мая 2014 года.`` and ``Title (ang.). Site. [dostęp 2018-07-07].``

The bracketed, abbreviated name of the cited item's language closes its title; the words after it, up
to a bracketed date or the access note, name the site (the container), and the bracketed date is the
item's.  ``Дата обращения:`` opens the access date; the archive note (``Архивировано …``) is no field.
A quoted title may close before the mark (``"Title". Site (англ.). 2015-04-16.``): then the site
stands between the quote and the mark.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "(англ.)", "(нем.)", "(ang.)", "(niem.)": an abbreviated language name, then the title's stop
_LANGUAGE_MARK = lazy_pattern(
    r"\s*\((?:англ|нем|фр|исп|итал|рус|укр|пол|яп|кит|ang|niem|fr|hiszp|wł|ros|ukr)\.\)(?:\s*\([^()]{0,40}\))*\.?"
)
_DATE = r"\d{1,2}\.?\s+[^\W\d_]+\s+\d{4}"
# the site after the mark: up to a bracketed date, the access or archive note, a bracket, or the end
_SITE = lazy_pattern(
    r"\s*(?P<site>[^()\[\]]+?)\s*"
    r"(?:\((?P<date>[^()]*\d{4}[^()]*)\)|(?=\.\s+(?:Дата обращения|Архивировано))|(?=\.?\s*\[)|\.?\s*$)"
)
_QUOTE_END = lazy_pattern(r"[\"”»]\.\s+")
_ACCESS = lazy_pattern(rf"Дата обращения:\s*(?P<date>{_DATE})\.?")
_ARCHIVE = lazy_pattern(rf"Архивировано(?:\s+из\s+оригинала)?\s+{_DATE}(?:\s+года)?\.?")
_ISO_DATE = lazy_pattern(r"^\d{4}-\d{2}-\d{2}$")
_MAX_SITE_WORDS = 6


def _title_to_mark(spans: list[Span], text: str, end: int) -> tuple[int, list[Span]]:
    """Where the title before the mark begins, and the spans that read the stretch up to the mark: the
    title (from the model's title, else after the names, else from the start) and, where a quoted
    title closes before the mark, the site between them."""
    titles = [s for s in spans if s.label == "title" and s.start < end]
    names = [s for s in spans if s.label == "author" and s.end <= end]
    a = titles[0].start if titles else names[-1].end if names else 0
    while a < end and text[a] in " .,;:":
        a += 1
    quote = _QUOTE_END.search(text, a, end)
    if quote is None:
        return a, [Span("title", text[a:end], a, end)]
    t = a + 1 if text[a] in '"“«' else a
    site = Span("container-title", text[quote.end() : end], quote.end(), end)
    return a, [Span("title", text[t : quote.start()], t, quote.start()), site]


@needs(marks=[".)"])
def language_mark_ends_title(spans: list[Span], text: str) -> list[Span]:
    """``Title (англ.). InfoQ (27 марта 2013). Дата обращения: …`` read with the mark, the site and the
    notes in the title or the imprint: the title ends at the mark, the site is the container."""
    if ".)" not in text:
        return spans  # no abbreviation closes a bracket: most references end here, cheaply
    mark = _LANGUAGE_MARK.search(text)
    if mark is None:
        return spans
    a, new = _title_to_mark(spans, text, mark.start())
    out = replaced(spans, text, a, mark.end(), new) if a < mark.start() else list(spans)
    site = _SITE.match(text, mark.end())
    if site is not None and site.group("site").strip(" .") and len(site.group("site").split()) <= _MAX_SITE_WORDS:
        a, z = site.start("site"), site.end("site")
        label = "date" if _ISO_DATE.match(site.group("site")) else "container-title"
        found = [Span(label, text[a:z], a, z)]
        if site.group("date"):
            found.append(Span("date", site.group("date"), site.start("date"), site.end("date")))
        out = replaced(out, text, a, site.end(), found)
    if access := _ACCESS.search(text):
        out = replaced(out, text, access.start(), access.end(), [Span("accessed", access.group(0), *access.span())])
    if archive := _ARCHIVE.search(text):
        out = replaced(out, text, archive.start(), archive.end(), [])
    return out
