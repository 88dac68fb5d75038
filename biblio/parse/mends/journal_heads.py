"""Mend of a journal's abbreviated head read into the names: ``Dehnen, W., Binney, J., Mon. | Not.
R. Astron. Soc. 294`` or ``P. Muggli and M. J. Hogan, C.R. | Phys. 10``.

Physics and chemistry lists set the journal's abbreviation straight after the names. The model
may end the names one or two abbreviations late. A list of names has one form throughout
(``I. Family``, ``Family, I.`` or bare family names); what follows the list's last whole name and
reads as an abbreviation (``Mon.``, ``C.R.``, ``Brain Pathol.``) opens the journal.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

_NAMES = ("author", "editor")
_INITIALS = r"[A-Z]\.(?:\s?-?[A-Z]\.)*"
_FAMILY = r"(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos)\s+)*[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*"
_SEP = r"(?:\s*[,;]\s*|,?\s+(?:and|&|et|und)\s+)"
_ET_AL = r"(?:,?\s+et\s+al\.?)?"
# the three forms a list keeps throughout
_FORMS = (
    rf"{_INITIALS}\s?{_FAMILY}",  # "M. J. Hogan"
    rf"{_FAMILY},\s?{_INITIALS}",  # "Binney, J."
    rf"{_FAMILY}",  # "Cloughesy"
)
# abbreviated words, or capitalised words before an abbreviation: "Mon.", "C.R.", "Brain Pathol."
_ABBREVIATION = r"[A-Z][a-z]{0,6}\.(?:[A-Z]\.)*"
# a name's suffix or role is no journal's head
_NOT_A_HEAD = r"(?!(?:Jr|Sr|Jun|Sen|Ed|Eds|Hrsg|Hg|Dir|Coord|Esq)\.)"
_HEAD = rf"{_NOT_A_HEAD}(?:[A-Z][a-z]+\s+)?{_ABBREVIATION}(?:\s*{_ABBREVIATION})*"
_INITIALS_ONLY = lazy_pattern(rf"{_INITIALS}")
_LISTS = tuple(
    # (the RSC sets a comma inside a journal's name: "Angew. Chem., Int. Ed.")
    lazy_pattern(rf"\s*(?P<names>{form}(?:{_SEP}{form})*?{_ET_AL})(?:,|\.)?\s+(?P<head>{_HEAD}),?\s*")
    for form in _FORMS
)
# "… and Cloughesy": the list's last name after "and"
_CLOSED = lazy_pattern(rf"\s(?:and|&|et|und)\s+{_FAMILY}$|\s(?:and|&|et|und)\s+{_INITIALS}\s?{_FAMILY}$")
# "W. Powell." after a given name with no comma between: a middle initial (or a given name's two letters, "Stefan
# Th. Gries."), then the family name
_MIDDLE_INITIAL = lazy_pattern(r"[A-Z][a-z]?\.\s+[A-Z][^\W\d_]+\.?")
# "Jillian R.": a given name and a middle initial
_GIVEN_INITIAL = lazy_pattern(r"[A-Z][a-z]+\s+[A-Z]\.")
# what may follow a journal's head in the reading (or a volume read as a page before the year)
_AFTER = ("journal", "volume", "date")
_VOLUME_READ_AS_PAGE = lazy_pattern(r"\d{1,4},?")
# "98 (1999)" read as one date: a volume, then the year in brackets
_VOLUME_IN_DATE = lazy_pattern(r"(?P<volume>\d{1,4}),?\s+(?=\(\s*(?:1[5-9]|20)\d\d\s*\)\s*$)")


@needs(any_label=_NAMES)
def journal_head_in_names(spans: list[Span], text: str) -> list[Span]:
    """``Dehnen, W., Binney, J., Mon. | Not. R. Astron. Soc.`` read with ``Mon.`` among the names:
    abbreviations after a whole list of names, before the journal or its numbers, open the journal (Elsevier's
    ``[23] J.C. Wallwork, D.B. Milne, J. Nutr. 113 (1983) 1895-1905.`` too, its volume read as a page)."""
    lead = spans[:1] if spans and spans[0].label == "citation-number" else []
    rest = spans[len(lead) :]
    if len(rest) < 2 or rest[0].label not in _NAMES:
        return spans
    numbered = _VOLUME_READ_AS_PAGE.fullmatch(rest[1].text) and len(rest) > 2 and rest[2].label == "date"
    if rest[1].label not in _AFTER and not (rest[1].label == "pages" and numbered):
        return spans
    s, t = rest[0], rest[1]
    for rx in _LISTS:
        m = rx.fullmatch(s.text)
        if m is None:
            continue
        listed = m.group("names")
        if rx is _LISTS[2] and not _CLOSED.search(listed):
            return spans  # bare family names run on unless "and" closes the list
        # "J." after "Hogan, M." is a name's initials; after "I. Family" names closed by "and", no one's
        if _INITIALS_ONLY.fullmatch(m.group("head")) and (rx is not _LISTS[0] or not _CLOSED.search(listed)):
            return spans
        if t.label != "journal" and len(m.group("head").split()) < 2:
            return spans  # "…, and Michael Jordan. | 1994.": one word before the date may end a name
        spaced = text[s.start + m.start("head") - 1] == " "
        # "J. Nutr. 98 (1999)": a number before the bracketed year follows a journal, never a name
        volume = _VOLUME_IN_DATE.match(t.text) if t.label == "date" else None
        if volume is None and t.label == "date" and spaced and _MIDDLE_INITIAL.fullmatch(m.group("head")):
            return spans  # "…, and Walter W. Powell. | 1991.": a middle initial and a family name end a name
        inverted = _GIVEN_INITIAL.fullmatch(m.group("head")) and _CLOSED.search(listed)
        if volume is None and t.label == "date" and inverted:
            return spans  # MLA's "…, and Cavanaugh, Jillian R. (2012)": the last author's given name, inverted
        cut = s.start + m.end("names")
        a = s.start + m.start("head")
        names = Span(s.label, text[s.start : cut], s.start, cut, s.confidence)
        if t.label == "journal":
            journal = Span("journal", text[a : t.end], a, t.end, min(s.confidence, t.confidence))
            return [*lead, names, journal, *rest[2:]]
        journal = Span("journal", text[a : s.end], a, s.end, s.confidence)
        if t.label == "pages":  # Elsevier's "J. Nutr. 113 (1983) 1895-1905": the number before the year
            t = Span("volume", t.text, t.start, t.end, t.confidence)
        elif volume is not None:
            v, d = t.start + volume.end("volume"), t.start + volume.end()
            vol = Span("volume", text[t.start : v], t.start, v, t.confidence)
            return [*lead, names, journal, vol, Span("date", text[d : t.end], d, t.end, t.confidence), *rest[2:]]
        return [*lead, names, journal, t, *rest[2:]]
    return spans


# "Y. Li, L. Li and J. Yu, Chem," — given-first names closed by "and", then unabbreviated words (one to three:
# "PLoS One,"; after a closed list of ``I. Family`` names, capitalised words without initials name no one)
_WORD_AFTER_NAMES = lazy_pattern(
    rf"\s*(?P<names>{_FORMS[0]}(?:{_SEP}{_FORMS[0]})*?),\s+"
    rf"(?P<head>(?!(?:Jr|Sr|Eds?|Editors?)\b)[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){{0,2}}),?\s*"
)


@needs(labels=("author", "date"), without=("journal", "container-title", "title"))
def word_journal_after_names(spans: list[Span], text: str) -> list[Span]:
    """The RSC's ``Y. Li, L. Li and J. Yu, Chem, 2017, 3, 928`` read with the one-word journal
    (``Chem``, ``Matter``, ``Nature``) as a last name: after a list closed by ``and I. Family``, a
    capitalised word set off by commas before the year is the journal."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "date":
        return spans
    if not labels_of(spans).isdisjoint(("journal", "container-title", "title")):
        return spans
    s = spans[0]
    m = _WORD_AFTER_NAMES.fullmatch(s.text)
    if m is None or not _CLOSED.search(m.group("names")):
        return spans
    cut, a = s.start + m.end("names"), s.start + m.start("head")
    return [
        Span("author", text[s.start : cut], s.start, cut, s.confidence),
        Span("journal", text[a : s.end], a, s.end, s.confidence),
        *spans[1:],
    ]


# "I. Cikotiene, M. Jonusis and V." — given-first names whose last one has only its initials
_INITIALS_CLOSE_NAMES = lazy_pattern(rf"\s*{_FORMS[0]}(?:{_SEP}{_FORMS[0]})*{_SEP}{_INITIALS}\s*")
# "Jakubkiene, Beilstein J. Org. Chem.," — a family name set off by a comma before the journal's name
_FAMILY_OPENS = lazy_pattern(rf"(?P<family>{_FAMILY}),\s+(?=[A-Z])")


@needs(labels=("author",), any_label=("journal", "title"))
def family_opening_journal(spans: list[Span], text: str) -> list[Span]:
    """The RSC's ``I. Cikotiene, M. Jonusis and V. | Jakubkiene, Beilstein J. Org. Chem., 2013`` with the
    last family name read into the journal: after given-first names whose last has only initials, the
    capitalised word and comma that open the journal (or title) are that name's family name."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label not in ("journal", "title"):
        return spans
    s, t = spans[0], spans[1]
    if _INITIALS_CLOSE_NAMES.fullmatch(s.text) is None or text[s.end : t.start].strip():
        return spans
    m = _FAMILY_OPENS.match(t.text)
    if m is None:
        return spans
    cut, rest = t.start + m.end("family"), t.start + m.end()
    names = Span("author", text[s.start : cut + 1], s.start, cut + 1, min(s.confidence, t.confidence))
    after = Span(t.label, text[rest : t.end], rest, t.end, t.confidence)
    return [names, after, *spans[2:]]
