"""Mend of a named edition's sentence after the italic title of a book: Hungarian ``*Ókori lexikon*. Hasonmás
kiadás. 2 vols.`` (facsimile edition), German ``Nachdruck der Ausgabe 1890.``, French ``Réimpression.``, read into
the title (or as a container's name after it), the count of volumes with them.

Touches: the work's span (``title``, ``container-title``, ``journal``), ``edition``, ``volume`` (the count, which
the volumes' normaliser reads).
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.spans import Span

# the reprint's or facsimile's words as the languages of humanities lists name them
_NAMED = (
    r"(?:Hasonmás|Reprint|Facsimile|Fac-?similé|Réimpression|Reprografischer\s+Nachdruck|Nachdruck|Neudruck"
    r"|Ristampa(?:\s+anastatica)?|Reimpresión|Edición\s+facsímil)"
    r"(?:\s+(?:kiadás|edition|ed\.|reprint|der\s+Ausgabe(?:\s+(?:von\s+)?(?:1[5-9]|20)\d\d)?"
    r"|de\s+l['’]édition\s+de\s+(?:1[5-9]|20)\d\d))?"
)
# "Ókori lexikon*. Hasonmás kiadás. 2 vols.": the italic title's close, the edition's sentence, the count
_TITLE_THEN_EDITION = lazy_pattern(
    rf"^(?P<title>.*?[*_])\.\s+(?P<edition>{_NAMED})\.\s*(?P<count>\d{{1,3}}\s+(?:vols?|Bde|tomes|köt)\.)?\s*$"
)
_WORKS = frozenset(["title", "container-title", "journal"])


def named_edition_after_title(spans: list[Span], text: str) -> list[Span]:
    """``*Ókori lexikon*. Hasonmás kiadás. 2 vols.`` read as one title: the words after the italic title's
    closing mark are the edition's (and the count after them the volumes'), when no edition is read elsewhere."""
    if "*" not in text and "_" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label not in _WORKS or not s.text.rstrip().endswith("."):
            continue
        if (m := _TITLE_THEN_EDITION.match(s.text)) is None:
            continue
        titled = s.label != "title" and any(t.label == "title" for t in spans)
        if titled or any(t.label == "edition" for t in spans):
            return spans
        z, a, e = s.start + m.end("title"), s.start + m.start("edition"), s.start + m.end("edition") + 1
        out = [
            Span("title", text[s.start : z], s.start, z, s.confidence),
            Span("edition", text[a:e], a, e, s.confidence),
        ]
        if m["count"]:
            c, d = s.start + m.start("count"), s.start + m.end("count")
            out.append(Span("volume", text[c:d], c, d, s.confidence))
        return [*spans[:k], *out, *spans[k + 1 :]]
    return spans
