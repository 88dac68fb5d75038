"""Mend of Durant's comma form, ``ABBOTT, F., The Common People of Ancient Rome, N. Y., 1911.``: the title, the town
and its state's dotted abbreviation, and the year, each closed by a comma. The model takes the title's last word,
a capitalised one before the comma, for the town (``Rome, N. Y.``); where the title runs up to that word with no
mark between and the town's comma part is a dotted state, the word closes the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_TITLES = frozenset(["title", "container-title"])
# a dotted state after the town's comma ("N. Y.", "Mass.", "Pa."), maybe the comma before the year
_STATE = lazy_pattern(r"(?:[A-Z]\.\s?){1,3},?|[A-Z][a-z]{1,4}\.,?")
_YEAR = lazy_pattern(r"(?:1[5-9]\d\d|20\d\d)\b")


@needs(labels=("location", "date"), marks=(".,",))
def word_before_state_read_as_town(spans: list[Span], text: str) -> list[Span]:
    """``…, The Common People of Ancient | Rome, N. Y., 1911.``: the capitalised word before the town's dotted state,
    with no mark between it and the title, closes the title; the state alone is the town."""
    for k in range(1, len(spans) - 1):
        title, town, date = spans[k - 1], spans[k], spans[k + 1]
        if town.label != "location" or title.label not in _TITLES or date.label != "date":
            continue
        if text[title.end : town.start].strip() or title.text[-1:] in ",;:" or not _YEAR.match(date.text):
            return spans
        comma = town.text.find(", ")
        if comma < 0 or not town.text[:1].isupper() or not town.text[:comma].isalpha():
            return spans
        if _STATE.fullmatch(town.text[comma + 2 :].rstrip()) is None:
            return spans
        if title.start < 2 or text[: title.start].rstrip()[-1:] != ",":
            return spans  # the comma form only: the names close on a comma before the title
        cut = town.start + comma
        state = town.start + comma + 2
        new_title = Span(title.label, text[title.start : cut], title.start, cut, title.confidence)
        new_town = Span("location", text[state : town.end], state, town.end, town.confidence)
        return [*spans[: k - 1], new_title, new_town, *spans[k + 1 :]]
    return spans


# Durant's whole form with a translator: the author in capitals (maybe his initials), the title, "tr." and the
# translator's names, the town (maybe with its dotted state, or the state alone), the year
_CAPS_AUTHOR = r"[A-Z][A-Z'\u2019-]+(?:\s[A-Z][A-Z'\u2019-]+){0,2}(?:,\s(?:[A-Z]\.\s?){1,3})?"
_TR_NAME = r"(?:[A-Z]\.\s?|[A-Z][^\W\d_]+\s){0,3}[A-Z][^\W\d_]+"
_TOWN = r"[A-Z][^\W\d_]+(?:,\s(?:[A-Z]\.\s?){1,3})?|(?:[A-Z]\.\s?){1,3}"
_TRANSLATED = lazy_pattern(
    rf"(?P<author>{_CAPS_AUTHOR}),\s(?P<title>[^\d]+?),\s(?P<tr>tr\.\s{_TR_NAME}(?:\s(?:and|&)\s{_TR_NAME})?),\s"
    rf"(?P<town>{_TOWN}),\s(?P<year>1[5-9]\d\d|20\d\d)\b"
)


@needs(marks=(", tr. ",))
def translated_comma_form(spans: list[Span], text: str) -> list[Span]:
    """Durant's ``APULEIUS, The Golden Ass, tr. W. Adlington, N. Y., 1927.`` read as one run of names: the author in
    capitals, the title, the translator after ``tr.``, the town and the year, each closed by a comma."""
    m = _TRANSLATED.match(text)
    if m is None or " tr. " in m["title"]:
        return spans
    labels = (("author", "author"), ("title", "title"), ("translator", "tr"), ("location", "town"), ("date", "year"))
    if all(any(s.label == label and s.start == m.start(g) for s in spans) for label, g in labels):
        return spans
    conf = min((s.confidence for s in spans if s.start < m.end()), default=1.0)
    new = [Span(label, m[g], m.start(g), m.end(g), conf) for label, g in labels]
    before = [s for s in spans if s.end <= m.start()]
    after = [s for s in spans if s.start >= m.end()]
    return [*before, *new, *after]
