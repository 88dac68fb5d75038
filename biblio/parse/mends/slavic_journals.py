"""Journal imprints of Czech, Slovak and Polish reference lists, each number named by its word.

ČSN ISO 690: ``Title. Journal. 2022, roč. 34, č. 3, s. 19-42.`` (``roč.`` the volume, ``č.`` the issue,
``s.`` the pages); Polish humanities: ``Tytuł, „Czasopismo” 2010, t. 12, nr 3, s. 45–67`` (``t.`` the
volume, ``nr`` or ``z.`` the issue); ISO 690 in English (Zotero's styles): ``Title. Journal. 2019. Vol. 62,
no. 10, p. 89–99.``.  The sentence or the quotation before the year names the journal.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.mends.title_in_names import title_in_names_alone
from biblio.parse.spans import Span

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# each number with its word, so that nothing is left between the spans
_NUMBERS = (
    r"(?:,\s*(?P<volume>(?:roč\.|t\.|sv\.)\s*[\w/-]+))?(?:,\s*(?P<issue>(?:č\.|nr|z\.)\s*[\w/-]+))?"
    r"(?:,\s*(?P<pages>s\.\s*(?:\d[\d–—-]*\d|\d+)))?"
)
_CZECH = lazy_pattern(rf"(?<=[^\W_]\.\s)(?P<journal>[^.\[\]]+)\.\s+(?P<year>{_YEAR})(?=,\s*(?:roč\.|č\.))" + _NUMBERS)
_POLISH = lazy_pattern(rf"„(?P<journal>[^”]+)”,?\s+(?P<year>{_YEAR})(?=,\s*(?:t\.|nr|z\.))" + _NUMBERS)
# Polish humanities' number of the year: ``„Kresy” 4/2000 (44), s. 181-188``, ``„Czas Literatury” nr 1/2020 (9)``
# (the issue, its year, then the journal's running number, which no field holds)
_POLISH_ISSUE_OF_YEAR = lazy_pattern(
    rf"„(?P<journal>[^”]+)”,?\s+(?P<issue>(?:nr\s*)?\d{{1,3}})/(?P<year>{_YEAR})(?:\s*\(\d+\))?"
    r"(?:,\s*(?P<pages>s\.\s*(?:\d[\d–—-]*\d|\d+)))?(?![\w/])"
)
# ISO 690 in English: the year its own sentence, then "Vol." (the journal without a full stop of its own: an
# abbreviated one is not told from the title's last words)
_ENGLISH_NUMBERS = (
    r"(?P<volume>Vol\.\s*[\w/-]+)(?:,\s*(?P<issue>no\.\s*[\w/-]+))?(?:,\s*(?P<pages>pp?\.\s*(?:\d[\d–—-]*\d|\d+)))?"
)
_ENGLISH = lazy_pattern(
    rf"(?<=[^\W_][.?!]\s)(?P<journal>[^.?!\[\]]+)\.\s+(?P<year>{_YEAR})\.\s+(?=Vol\.\s)" + _ENGLISH_NUMBERS
)
_ABBREVIATION_BEFORE = lazy_pattern(r"(?<![^\W\d_])[A-Z][a-z]{0,5}\.\s$")
_LABELS = (("journal", "journal"), ("year", "date"), ("volume", "volume"), ("issue", "issue"), ("pages", "pages"))


@needs(marks=("č.", "„", "Vol."))
def named_numbers(spans: list[Span], text: str) -> list[Span]:
    """``Journal. 2022, roč. 34, č. 3, s. 19-42`` or ``„Czasopismo” 2010, nr 3, s. 45–67`` (``„Czasopismo”
    4/2000 (44), s. 181-188``) read with the words in the numbers: the journal, the year and each number as
    its word names it."""
    if "roč." not in text and "č." not in text and "„" not in text and ". Vol." not in text:
        return spans
    m = _CZECH.search(text) or _POLISH.search(text) or _ENGLISH.search(text)
    if m is None and "/" in text and "„" in text:
        m = _POLISH_ISSUE_OF_YEAR.search(text)
    if m is None or not ("volume" in m.re.groupindex and m.group("volume") or m.group("issue")):
        return spans
    if m.re.pattern == _ENGLISH.pattern and _ABBREVIATION_BEFORE.search(text, 0, m.start()):
        # "Commun. ACM. 2019. Vol. 62": the journal's first word, not the title's last; read as the publisher,
        # the name before the year is the journal all the same
        return [
            Span("journal", s.text, s.start, s.end, s.confidence)
            if s.label == "publisher" and m.end("journal") <= s.end <= m.end("journal") + 1
            else s
            for s in spans
        ]
    new = [Span(label, m.group(g), *m.span(g)) for g, label in _LABELS if g in m.re.groupindex and m.group(g)]
    out = replaced(spans, text, m.start(), m.end(), new)
    # the quoted journal was the only title read: the article's title is still in the names before it
    return out if any(s.label == "title" for s in out) else title_in_names_alone(out, text)
