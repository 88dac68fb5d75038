"""A reference's language note, and the other edition of the work it points to.

The AMS styles mark a title in a language few readers read with ``(Russian)`` or ``(in Russian)``
after it and cite the translated journal behind ``English translation in``:
``Title (Russian). Mat. Sb. (N.S.) 117 (1982), 397–411. English translation in Math. USSR-Sb. 45
(1983), 397–410.``  The note closes the title (as the labelled data have it), and the translation's
journal, volume, year and pages are not the record's.  Computer-science lists likewise name a
paper's earlier edition after its journal: ``…, 2009. Conference version in SODA'08.``,
``Preliminary version in STOC'12.``
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import may_hold, needs
from biblio.parse.spans import Span

_LANGUAGES = (
    r"Russian|French|German|Italian|Spanish|Portuguese|Polish|Czech|Hungarian|Ukrainian|Bulgarian|"
    r"Romanian|Chinese|Japanese|Korean|Dutch|Swedish|Latin|Greek|Hebrew|Georgian|Armenian"
)
_LANGUAGE_NOTE = lazy_pattern(rf"\s*[(\[](?:in\s+)?(?:{_LANGUAGES})[)\]]\.?", re.I)
# "; English translation in", ". English transl. in", "Translated in", ". Preliminary version in"
_OTHER_EDITION = lazy_pattern(
    r"[.;,]?\s*(?<![^\W\d_])(?:(?:English\s+)?(?:translation|transl\.)\s+in|Translated\s+in|"
    r"(?:Preliminary|Conference|Journal|Full|Extended|Short)\s+version\s+(?:in|at|of|appeared\s+in)|"
    r"Extended\s+abstract\s+in)\b",
    re.I,
)
# a link or number that identifies the work cited stays what it is
_IDENTIFIERS = frozenset(["doi", "url", "isbn", "arxiv"])
_YEAR = lazy_pattern(r"^[\s,.;(]*(?:1[5-9]\d\d|20\d\d)[\s,.;)]*$")
_JOURNAL_VOLUME = lazy_pattern(r"^(?P<journal>.*?[^\W\d_].*?)\s+(?P<volume>\d{1,5})\s*,?\s*$")


@needs(labels=["title"], without=("journal", "container-title"))
def language_note_apart(spans: list[Span], text: str) -> list[Span]:
    """``Title (Russian). Mat. Sb. (N.S.) 117`` read as one title: the title ends with the note (the
    labelled data keep it there), and what follows it, where the model read no journal, is the
    journal and its volume."""
    if any(x.label in ("journal", "container-title") for x in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "title" or ")" not in s.text and "]" not in s.text:
            continue  # (the note closes on its bracket: most titles hold none)
        m = _LANGUAGE_NOTE.search(s.text)
        rest = s.text[m.end() :] if m else ""
        if m is None or not s.text[: m.start()].strip() or not rest.strip(" .,;"):
            continue
        title = Span("title", s.text[: m.end()], s.start, s.start + m.end(), s.confidence)
        a = s.start + m.end() + len(rest) - len(rest.lstrip())
        j = _JOURNAL_VOLUME.match(rest.strip())
        if j is None:
            return [*spans[:k], title, Span("journal", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
        z = a + j.end("journal")
        v = a + j.start("volume")
        journal = Span("journal", text[a:z], a, z, s.confidence)
        volume = Span("volume", j.group("volume"), v, v + len(j.group("volume")), s.confidence)
        return [*spans[:k], title, journal, volume, *spans[k + 1 :]]
    return spans


def _in_title_words(text: str, m: re.Match[str]) -> bool:
    """``in Canon and Modern Bible Translation in Interconfessional Perspective``: a bare ``Translation in`` after a
    word, with no stop, no ``English`` and no ``Translated``, is the title's own words."""
    found = m.group(0)
    word = found.lstrip().lower()
    return found[:1] not in ".;," and word.startswith("transl") and not word.startswith("translated") and (
        text[: m.start()].rstrip()[-1:].isalpha()
    )


@needs(words=("transl", "version", "abstract"))
def other_edition_apart(spans: list[Span], text: str) -> list[Span]:
    """``…, 397–411. English translation in Math. USSR-Sb. 45 (1983), 397–410.`` or ``…, 2009.
    Conference version in SODA'08.``: from these words on, the text cites another edition and goes
    into a note; a second title cut by them keeps only its year, as the date."""
    if not may_hold(text, "transl", "version", "abstract"):
        return spans  # every form names one of these words
    m = _OTHER_EDITION.search(text)
    if m is None or not any(s.end <= m.start() and s.label in ("journal", "container-title", "title") for s in spans):
        return spans
    if _in_title_words(text, m):
        return spans
    out: list[Span] = []
    for s in spans:
        if s.end <= m.start():
            out.append(s)
            continue
        if s.start < m.start():
            head = s.text[: m.start() - s.start]
            label = s.label
            if any(x.label == label for x in out) and label in ("title", "journal", "container-title"):
                dated = any(x.label == "date" for x in out)
                label = "date" if _YEAR.match(head) and not dated else "note"
            out.append(Span(label, head, s.start, m.start(), s.confidence))
        start = max(s.start, m.start())
        label = s.label if s.label in _IDENTIFIERS and start == s.start else "note"
        out.append(Span(label, text[start : s.end], start, s.end, s.confidence))
    return out


_SOURCES = frozenset(["journal", "container-title"])
# what may follow a closing note: more of it, and the work's links
_AFTER_NOTE = frozenset(["note", "doi", "url", "isbn", "arxiv"])


@needs(labels=("title", "date"), any_label=_SOURCES)
def note_after_year(spans: list[Span], text: str) -> list[Span]:
    """``Title. Invent. Math., 160(2):261–303, 2005. With an appendix by Imre Ruzsa.``: a second
    title after the journal and the year is the BibTeX or AMS note, not the work's title."""
    seen_title = seen_source = dated = False
    for k, s in enumerate(spans):
        if s.label == "title" and dated and seen_source and seen_title:
            if any(x.label not in _AFTER_NOTE for x in spans[k + 1 :]):
                return spans  # a second work's numbers follow: two references run together
            return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        seen_title = seen_title or s.label == "title"
        seen_source = seen_source or (seen_title and s.label in _SOURCES)
        dated = dated or (seen_source and s.label == "date")
    return spans
