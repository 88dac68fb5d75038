"""Mends of where the names end: a title's first word, or a last author's family name, read on the
wrong side of the boundary between the names and the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import WORD, emphasis_runs
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.names import has_org_name_word, known_given
from biblio.parse.review.lexicon import hardly_a_name
from biblio.parse.spans import Span

_NAMES = ("author", "editor")
# a name list that ends in a last author's initials alone: "…, and S." / ", J.-C."
_LONE_INITIALS = lazy_pattern(r"(?:^|,|\band|&)\s*(?:[A-Z]\.\s?)(?:-?[A-Z]\.\s?)*$")
# a title that opens with the rest of the names and a comma: "Hammarling, Algorithm 679: …",
# "Born and E. Wolf, Principles of Optics"
_FAMILY = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"
# a family name with its particle: "De Wolf", "van der Walt", "Le Bras"
_PARTICLE_FAMILY = (
    rf"(?:(?:[Dd]e|[Dd]a|[Dd]i|[Dd]u|[Dd]el|[Dd]ella|[Vv]an(?:\s+(?:der|den|de))?|[Vv]on|[Ll]e|[Ll]a)\s+)?{_FAMILY}"
)
_FAMILY_LEAD = lazy_pattern(
    rf"\s*({_PARTICLE_FAMILY}(?:(?:,\s+|,?\s+and\s+)(?:[A-Z]\.\s?)(?:-?[A-Z]\.\s?)*{_PARTICLE_FAMILY})*),\s+(?=\S)"
)
_FAMILY_BEFORE_JOURNAL = lazy_pattern(rf"\s*({_FAMILY})\s+(?=[A-Z][a-z]*\.\s)")
# "and M. Salamon Space Sci. Rev.": in a list of "I. Family" names, a word may open the journal
_FAMILY_BEFORE_WORD_JOURNAL = lazy_pattern(rf"\s*({_FAMILY})\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]*\.\s)")
_OPENS_ON_INITIALS = lazy_pattern(r"\s*[A-Z]\.\s?(?:-?[A-Z]\.\s?)*[A-Z][a-z]")
# "Shaoqing Ren, and Jian Sun. Deep residual …": the rest of a list of full names opening the title
_PERSON = r"(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+"
# the title after the list opens with a capital, or a quote or italics around it (Chicago's "Title.")
_NAMES_RUN_ON = lazy_pattern(rf"\s*(?:{_PERSON},\s+)*(?:and\s+)?{_PERSON}\.\s+(?=[A-Z\"“‘*_])")
# "Le, Tan, Tunstall "Randomizing …"": the last of a list of family names, then the title in quotes
_FAMILY_BEFORE_QUOTE = lazy_pattern(r"\s*[A-Z][^\W\d_][\w'’-]*\s+(?=[\"“‘][A-Z])")
# "Meyer, Somorovsky, Weiss," (after a "[Label]"): family names alone, one word each, with no initials
_FAMILIES_ALONE = lazy_pattern(r"\s*(?:\[[^\]]+\]\s*)?(?:[A-Z][^\W\d_][\w'’-]*,\s*)+")
# "… Schinzel, Tews: Revisiting …": after such a list, the last of them before the colon that opens the title
_FAMILY_BEFORE_COLON = lazy_pattern(r"\s*[A-Z][^\W\d_][\w'’-]*(?=:\s+[A-Z\d])")
# IOP's "Hunter J D 2007": a family name and initials without periods
_IOP_NAME = lazy_pattern(r"\s*[A-Z][\w'’-]+(?:\s+[A-Z]){1,3}(?:\s+et\s+al)?\s*")
# "R Development Core Team, " / "FLASH Center for Computational Science, ": a body's name and a comma
_BODY = lazy_pattern(r"\s*[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,7},\s*$")


def italic_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``J. Backus, *Can Programming be Liberated …*, Commun. ACM`` read with ``*Can`` among the
    names: an emphasis run that opens inside the names and closes in the title after them is the
    title (styles set titles, never names, in italics)."""
    for run in emphasis_runs(text):
        for k, s in enumerate(spans):
            if s.label not in _NAMES or not s.start < run.start < s.end:
                continue
            if not WORD.search(text[s.start : run.start]):
                break
            for j in range(k + 1, len(spans)):
                t = spans[j]
                if t.label == "title" and t.start < run.end <= t.end:
                    names = Span(s.label, text[s.start : run.start], s.start, run.start, s.confidence)
                    title = Span("title", text[run.start : t.end], run.start, t.end, min(s.confidence, t.confidence))
                    return [*spans[:k], names, title, *spans[j + 1 :]]
                if t.label not in (*_NAMES, "other"):
                    break
            break
    return spans


# Nature's and Vancouver's inverted names, "Smit, M., Williams, K. & van der Tol, J.": the initials close each name
_OPENS_INVERTED = lazy_pattern(
    r"^\s*[^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*){0,2},\s+(?:[A-Z]\.\s?-?){1,3}"
    r"(?:,|\s+&|\s+and|\s+et\s+al|$)"
)


@needs(any_label=("title", "journal"))
def initials_take_family(spans: list[Span], text: str) -> list[Span]:
    """``I. S. Duff, and S. Hammarling, Algorithm 679: …`` read with ``Hammarling,`` opening the
    title (or ``M. Born and E. Wolf, Principles of Optics`` with all but ``M.``, or ``and S. | De Wolf, All
    set …`` with the family's particle): names that end in
    an author's initials alone take the family name those initials belong to, and the names after
    it, up to the title's first comma; before a journal, the family name its abbreviation follows
    (``M.P. Teter Phys. Rev.``), or in a list of ``I. Family`` names one spelled-out word before it
    (``and M. Salamon Space Sci. Rev.``)."""
    j = 0
    for k, u in enumerate(spans):
        if u.label == "title" or u.label == "journal":
            j = k
            break
    if j > 0:
        s, t = spans[j - 1], spans[j]
        if s.label not in _NAMES or not s.text.rstrip().endswith(".") or not _LONE_INITIALS.search(s.text.rstrip()):
            return spans
        if _OPENS_INVERTED.match(s.text):
            return spans  # "… & van der Tol, J. | Past, present, and future …": the initials end an inverted name
        if t.label == "journal":
            # "and M.P. Teter Phys. Rev. B 50": the family name, then the journal's abbreviation
            f = _FAMILY_BEFORE_JOURNAL.match(text, t.start, t.end)
            if f is None and _OPENS_ON_INITIALS.match(s.text):
                f = _FAMILY_BEFORE_WORD_JOURNAL.match(text, t.start, t.end)
            if f is None:
                return spans
            names = Span(s.label, text[s.start : f.end(1)], s.start, f.end(1), min(s.confidence, t.confidence))
            journal = Span("journal", text[f.end() : t.end], f.end(), t.end, t.confidence)
            return [*spans[: j - 1], names, journal, *spans[j + 1 :]]
        m = _FAMILY_LEAD.match(text, t.start)
        if not m or m.end() >= t.end or not WORD.search(text[m.end() : t.end]):
            return spans
        cut = m.end(1) + 1  # the family name and its comma go to the names
        names = Span(s.label, text[s.start : cut], s.start, cut, min(s.confidence, t.confidence))
        title = Span("title", text[m.end() : t.end], m.end(), t.end, t.confidence)
        return [*spans[: j - 1], names, title, *spans[j + 1 :]]
    return spans


@needs(labels=("title",), any_label=_NAMES)
def family_opens_book_title(spans: list[Span], text: str) -> list[Span]:
    """Physics' book form ``R. W. Hockney and J. W. Eastwood, Computer Simulation Using Particles (McGraw-Hill,
    New York, 1981).`` with ``Eastwood,`` read as a container and the book's title as the publisher: once the
    book's title is settled (``titles.book_title``), names that end in initials alone take the family name
    that opens it, as ``initials_take_family`` does before a title read as such from the first.  Only a list of
    initials-first names: in ``Wilkes, J. Borg, omega, and kubernetes.`` the initials end an inverted name."""
    first = next((s for s in spans if s.label in _NAMES), None)
    if first is None or not _OPENS_ON_INITIALS.match(first.text):
        return spans
    return initials_take_family(spans, text)


@needs(any_label=("title", "container-title"), without=_NAMES)
def body_before_italics(spans: list[Span], text: str) -> list[Span]:
    """``R Development Core Team, *R: A Language …*, Vienna`` read as one title or container: with
    no names read, an organisation's name and a comma before the italic title that opens the
    reference is its author."""
    if not spans or spans[0].label not in ("title", "container-title") or not labels_of(spans).isdisjoint(_NAMES):
        return spans
    s = spans[0]
    if text[: s.start].strip():
        return spans
    for run in emphasis_runs(text):
        if not s.start < run.start < s.end:
            continue
        lead = text[s.start : run.start]
        if not _BODY.fullmatch(lead) or not has_org_name_word(lead) or any(c.isdigit() for c in lead):
            return spans
        body = Span("author", lead, s.start, run.start, s.confidence)
        title = Span("title", text[run.start : s.end], run.start, s.end, s.confidence)
        return [body, title, *spans[1:]]
    return spans


def _one_inverted_name(names: str) -> bool:
    """``Ernst, Wolfgang,``: two words, the second a given name, are one person's inverted name (MHRA's
    ``Ernst, Wolfgang, Chronopoetics: The Temporal …``), not two family names before a third."""
    parts = [p.strip() for p in names.split(",") if p.strip()]
    return len(parts) == 2 and known_given(parts[1])


def names_run_into_title(spans: list[Span], text: str) -> list[Span]:
    """``Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun. Deep residual …`` with the last names
    read into the title: names that end with a comma go on to the sentence that ends the list, or to the
    quoted title (``Le, Tan, Tunstall "Title"``), or, after family names alone, to the colon that opens the
    title (``Meyer, Somorovsky, Schinzel, Tews: Title``)."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label not in _NAMES or t.label != "title" or not s.text.rstrip().endswith(","):
            continue
        m = _NAMES_RUN_ON.match(text, t.start, t.end)
        if m is None or " and " not in m.group(0) and "," not in m.group(0):
            m = _FAMILY_BEFORE_QUOTE.match(text, t.start, t.end)
            if m is not None and hardly_a_name(m.group(0).strip()):
                m = None  # "K. Antoni, The “Green Wave” in …": a title's first word before its quoted words
        if m is None and _FAMILIES_ALONE.fullmatch(s.text) and not _one_inverted_name(s.text):
            m = _FAMILY_BEFORE_COLON.match(text, t.start, t.end)
        if m is None:
            return spans
        names = Span(s.label, text[s.start : m.end()], s.start, m.end(), min(s.confidence, t.confidence))
        title = Span("title", text[m.end() : t.end], m.end(), t.end, t.confidence)
        return [*spans[:k], names, title, *spans[k + 2 :]]
    return spans


def iop_names_as_journal(spans: list[Span], text: str) -> list[Span]:
    """IOP's ``Hunter J D 2007 Matplotlib …`` with ``Hunter J D`` read as a journal: a name and
    initials that open the reference before its year are the author."""
    if len(spans) < 3 or spans[0].label not in ("journal", "container-title") or spans[1].label != "date":
        return spans
    s = spans[0]
    if text[: s.start].strip() or not _IOP_NAME.fullmatch(text, s.start, s.end):
        return spans
    if not any(t.label in ("journal", "container-title") for t in spans[2:]):
        return spans
    return [Span("author", s.text, s.start, s.end, s.confidence), *spans[1:]]


# "et al." closing the names, then a title word run into them: "Bakir, B. B. et al. Low-loss (<1 dB) and …"
_ETAL_THEN_WORDS = lazy_pattern(r"\bet\s+al\.\s+(?=\S)")


@needs(labels=("title",), any_label=_NAMES, marks=("et al.",))
def etal_closes_names(spans: list[Span], text: str) -> list[Span]:
    """Nature's ``Bakir, B. B. et al. | Low-loss ( | <1 dB) and polarization-insensitive …`` with the title's first
    words read into the names: ``et al.`` closes the list, so what follows it is the title's."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label not in _NAMES or t.label != "title":
            continue
        m = _ETAL_THEN_WORDS.search(s.text)
        if m is None or not WORD.search(s.text[m.end() :]) or text[s.end : t.start].strip():
            return spans
        if not s.text[m.end() :][:1].isalnum():
            return spans  # "C.S. Hong et al. (Eds.) APNOMS 2009": the role closes the names
        cut = s.start + m.end()
        end = s.start + len(text[s.start : cut].rstrip())
        names = Span(s.label, text[s.start : end], s.start, end, s.confidence)
        title = Span("title", text[cut : t.end], cut, t.end, min(s.confidence, t.confidence))
        return [*spans[:k], names, title, *spans[k + 2 :]]
    return spans


# the words after "et al." up to their closing comma or stop, none of them abbreviated: a short title
_WORDS_AFTER_ETAL = lazy_pattern(r"[A-Z\d][^.,;:()\[\]]{0,80}[,.]?")


@needs(labels=("date",), any_label=_NAMES, marks=("et al.",), without=("title",))
def etal_then_title_before_date(spans: list[Span], text: str) -> list[Span]:
    """``F. Chollet et al. Keras, 2015. www.keras.io`` with the software's or page's short title read into the
    names, no title found: ``et al.`` closes the list, so the words after it and before the year are the title."""
    if any(s.label == "title" for s in spans):
        return spans  # (as its gate says: a title read elsewhere leaves the names alone)
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label not in _NAMES or t.label != "date":
            continue
        m = _ETAL_THEN_WORDS.search(s.text)
        if m is None or text[s.end : t.start].strip() or not _WORDS_AFTER_ETAL.fullmatch(s.text[m.end() :].rstrip()):
            return spans
        cut = s.start + m.end()
        end = s.start + len(text[s.start : cut].rstrip())
        names = Span(s.label, text[s.start : end], s.start, end, s.confidence)
        return [*spans[:k], names, Span("title", text[cut : s.end], cut, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a list's last part closed by a bare "+": "Alison Killing, Richard Rogers +" | "Architects (exhibition review)"
_PLUS_CLOSES = lazy_pattern(r",\s+(?P<firm>[^\W\d_][^,;:]{0,60}?\s\+)\s*$")


@needs(labels=("author",), any_label=("title", "journal", "container-title"), marks=(" +",))
def plus_joined_firm_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``Alison Killing, Richard Rogers + Architects (exhibition review), Blueprint`` with the firm's first name
    and its ``+`` read as a last author: a list of names never ends on ``+``, so the part after the list's last
    comma opens the title (a practice's name, ``Richard Rogers + Architects``, as the work's own words)."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label != "author":
            continue
        m = _PLUS_CLOSES.search(s.text)
        if m is None or t.label not in ("title", "journal", "container-title") or text[s.end : t.start].strip():
            return spans
        cut = s.start + m.start("firm")
        end = s.start + m.start()
        names = Span(s.label, text[s.start : end], s.start, end, s.confidence)
        return [*spans[:k], names, Span(t.label, text[cut : t.end], cut, t.end, t.confidence), *spans[k + 2 :]]
    return spans


# ISBD's area mark after the names: "ROBERT, Gilles, DUPONT, Kathleen . - Le Festival …"
_AREA_DASH = lazy_pattern(r"\s*\.\s+[-\u2013\u2014](?:\s+(?=[^\W\d_])|\s*$)")


@needs(labels=("title",), any_label=_NAMES, marks=(". -", ". \u2013", ". \u2014"))
def area_dash_closes_names(spans: list[Span], text: str) -> list[Span]:
    """French ISBD's ``ROBERT, Gilles, DUPONT, Kathleen . - Le Festival d'Aix … – Paris : …`` with the title's first
    word read into the names: a stop and a dash close the names' area, so the words after it open the title."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label not in _NAMES or t.label != "title":
            continue
        m = _AREA_DASH.search(s.text)
        if m is None or not WORD.search(s.text[: m.start()]) or text[s.end : t.start].strip():
            return spans
        cut, end = s.start + m.end(), s.start + m.start() + 1
        names = Span(s.label, text[s.start : end], s.start, end, s.confidence)
        if m.end() == len(s.text):  # the dash closed the names' span: the title was read apart already
            return [*spans[:k], names, *spans[k + 1 :]]
        return [*spans[:k], names, Span("title", text[cut : t.end], cut, t.end, t.confidence), *spans[k + 2 :]]
    return spans

