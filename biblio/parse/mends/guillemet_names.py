"""Mend of the French note ``Prénom Nom, « Titre », …`` (``Paris Time Machine, « Heurist … »,``) with the
names read into the title: the words before the comma that opens the guillemets are the author (the title
runs to the end of the span the guillemets are in, where the names' bracket was read apart)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# names (an organisation's acronym in brackets after them, ``(W3C)`` but no year) then ", «", opening the span
_NAMES_THEN_TITLE = lazy_pattern(r"(?P<names>[A-ZÀ-Þ][^\d«»\"“”,;:]{1,100}?(?:\s*\((?![\d\s])[^()]{1,20}\))?),\s+(?=«)")


@needs(any_label=("title", "journal"), marks=["«"])
def names_before_guillemets(spans: list[Span], text: str) -> list[Span]:
    """``Centre Informatique National … (CINES), « FACILE … », consulté le …`` read as one title opening
    the reference, or ``World Wide Web Consortium | (W3C), « 5 Star … »,`` as a title and a note: French
    notes write the author, a comma, then the title in guillemets."""
    if "«" not in text or not spans or spans[0].label not in ("title", "journal"):
        return spans
    s = spans[0]
    m = _NAMES_THEN_TITLE.match(text, s.start)
    if m is None or len(m.group("names").split()) > 12:
        return spans
    z, b = m.end("names"), m.end()
    k = 0 if b < s.end else 1  # the span the guillemets open in: the title, or the one after the names' bracket
    if k == 1 and (len(spans) < 2 or not s.end <= spans[1].start < z < spans[1].end):
        return spans
    end = spans[k].end
    if "»" not in text[b:end]:
        return spans
    return [
        Span("author", text[s.start : z], s.start, z, s.confidence),
        Span("title", text[b:end], b, end, spans[k].confidence),
        *spans[k + 1 :],
    ]


# French IEEE/ISO 690 web sources: "Docker Hub, « Docker Compose Documentation », Docker Docs, 2026."
# the body's name, the page's title in guillemets, then the site's name before the year
_NAMES_TITLE_SITE = lazy_pattern(
    r"(?P<names>[^\W\d_][^\d«»\"“”,;:]{0,80}?),\s+(?P<title>«[^«»]{2,300}»)\s*,\s+"
    r"(?P<site>[^\W\d_][^\d«»\"“”,;:()\[\]]{0,60}?)\s*,\s*$"
)
# the site's name alone after the guillemets' closing comma, read as a second author
_SITE_ONLY = lazy_pattern(r"^\s*[^\W\d_][^\d«»\"“”,;:()\[\]]{0,60}?\s*,\s*$")
_YEAR = lazy_pattern(r"^\s*\(?(?:1[5-9]\d\d|20\d\d)\b")


@needs(labels=["date"], marks=["»"])
def site_after_guillemets(spans: list[Span], text: str) -> list[Span]:
    """``Docker Hub, « Docker Compose Documentation », Docker Docs, 2026.`` read as one author's span, or
    ``Open WebUI Team, « Open WebUI Documentation », Open WebUI, 2026.`` with the site read as a second
    author: the words between the guillemets' closing comma and the year are the site's name."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if nxt.label != "date" or not _YEAR.match(nxt.text):
            continue
        if k == 0 and s.label == "author" and (m := _NAMES_TITLE_SITE.fullmatch(s.text)) is not None:
            a = s.start
            return [
                Span("author", m["names"], a + m.start("names"), a + m.end("names"), s.confidence),
                Span("title", m["title"], a + m.start("title"), a + m.end("title"), s.confidence),
                Span("container-title", m["site"], a + m.start("site"), a + m.end("site"), s.confidence),
                *spans[1:],
            ]
        if (
            k >= 2
            and s.label == "author"
            and spans[k - 1].label == "title"
            and spans[k - 1].text.rstrip().endswith("»,")
            and spans[k - 2].label == "author"
            and _SITE_ONLY.match(s.text)
        ):
            return [*spans[:k], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
