"""AGU's journal set in italics with its volume (and issue) inside the run: ``*Science, 353(6296)*,``."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import emphasis_runs
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# ", 353(6296)" or ", 115" closing the run: the volume and its bracketed issue after the name's last comma
_YEAR = lazy_pattern(r"1[5-9]\d\d|20\d\d")
_CLOSING_NUMBERS = lazy_pattern(r",\s+(?P<volume>\d{1,5})(?:\((?P<issue>\d{1,6}(?:-\d{1,6})?)\))?[\s,]*$")


@needs(labels=["journal"], marks=("*",))
def volume_inside_italic_journal(spans: list[Span], text: str) -> list[Span]:
    """AGU's ``Title, *Science, 353(6296)*, doi:…`` read with the volume and issue in the journal: the run holds the
    journal's name, a comma and its numbers, which are the volume and the issue."""
    for run in emphasis_runs(text):
        if run.text_start - run.start != 1:
            continue  # bold, not italics
        for k, s in enumerate(spans):
            if s.label != "journal" or not (s.start <= run.text_start and run.text_end <= s.end):
                continue
            if text[run.text_end : s.end].strip(" *_,"):
                break  # the journal's span runs on after the italics
            m = _CLOSING_NUMBERS.search(text, run.text_start, run.text_end)
            if m is None or not any(c.isalpha() for c in text[run.text_start : m.start()]):
                break
            if _YEAR.fullmatch(m["volume"]):
                break  # (a year closing an italic title, "*Report …, 1917, 1918, 1919*", is the title's)
            journal = Span("journal", text[s.start : m.start()], s.start, m.start(), s.confidence)
            parts = [Span("volume", m["volume"], m.start("volume"), m.end("volume"), s.confidence)]
            if m["issue"]:
                parts.append(Span("issue", m["issue"], m.start("issue"), m.end("issue"), s.confidence))
            return [*spans[:k], journal, *parts, *spans[k + 1 :]]
    return spans


# what APS sets after its italic journal: the bold volume, the page
_AFTER_JOURNAL = frozenset(["volume", "pages", "issue"])


@needs(labels=["title", "journal"], marks=("*",))
def title_tail_before_italic_journal(spans: list[Span], text: str) -> list[Span]:
    """APS's ``Title: A review, *Rep. Prog. Phys.* **81**, 046401`` with the title's words after its colon (or its
    bracket, ``(review article),``) read into the journal: the journal is the italic run, the plain words and comma
    before it close the title."""
    for run in emphasis_runs(text):
        if run.text_start - run.start != 1:
            continue  # bold, not italics
        for k in range(1, len(spans) - 1):
            title, s, nxt = spans[k - 1], spans[k], spans[k + 1]
            if s.label != "journal" or not (s.start < run.start and run.text_end <= s.end):
                continue
            head = text[s.start : run.start].rstrip()
            if (
                title.label != "title"
                or "*" in head
                or "_" in head
                or nxt.label not in _AFTER_JOURNAL
                or not head.endswith(",")
                or text[run.text_end : s.end].strip(" *_,.")
            ):
                break
            words = text[title.start : run.start].rstrip(" ,")
            new_title = Span("title", words, title.start, title.start + len(words), title.confidence)
            journal = Span("journal", text[run.start : s.end], run.start, s.end, s.confidence)
            return [*spans[: k - 1], new_title, journal, *spans[k + 1 :]]
    return spans


# "[Sov. Phys. JETP **20**, 762 (1965)]." closing the reference: a translation's journal, numbers and year in brackets,
# or an erratum's ("[Phys.Rev.D 11,703 (1975)]"), an e-print's bracket ("[arXiv:1503.04677 [hep-ex]].") after it
_CITED_BRACKET = lazy_pattern(
    r"\[\s*[A-Z][^\[\]]*\d[^\[\]]*\(\s*(?:1[6-9]|20)\d\d\s*\)\s*\]"
    r"(?=\s*(?:\[\s*(?:arXiv|hep-|astro-ph|gr-qc|nucl-|physics/|cond-mat|quant-ph)[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)?\]\s*)?\.?\s*$)"
)


@needs(labels=["date"], marks=("[",))
def translation_bracket_apart(spans: list[Span], text: str) -> list[Span]:
    """APS's ``Zh. Eksp. Teor. Fiz. 35, 524 (1959) [Sov. Phys. JETP 8, 361 (1959)].`` with the translation's journal
    run into the article's (an erratum's ``Phys. Rev.D 10,275 (1974) [Phys.Rev.D 11,703 (1975)].`` likewise, an
    e-print's bracket after it or not): after the article's bracketed year, a bracket holding a second journal's
    numbers and year is a note."""
    m = _CITED_BRACKET.search(text)
    if m is None:
        return spans
    a, z = m.span()
    k = next((i for i, s in enumerate(spans) if s.end > a), len(spans))
    before = spans[:k]
    if k < len(spans) and spans[k].start < a:
        if text[a : spans[k].end].strip() != "[":  # the date's span holds the bracket's opening mark alone
            return spans
        s = spans[k]
        kept = text[s.start : a].rstrip()
        before = [*before, Span(s.label, kept, s.start, s.start + len(kept), s.confidence)]
        k += 1
    inside = [s for s in spans[k:] if s.start < z]
    after = spans[k + len(inside) :]
    if not before or before[-1].label != "date" or len(inside) < 2:
        return spans
    if not text[before[-1].start : before[-1].end].rstrip().endswith(")"):
        return spans
    if text[z : inside[-1].end].strip(" ."):
        return spans  # the bracket's last span runs on past it
    end = len(text.rstrip()) if not after else z
    return [*before, Span("note", text[a:end], a, end, min(s.confidence for s in inside)), *after]


# APS's bold volume: "**165&166**", "**T137**", "**24**"
_BOLD_VOLUME = lazy_pattern(r"\*\*(?P<volume>[A-Z]{0,2}\d{1,5}(?:&\d{1,5})?)\*\*")


@needs(labels=["journal"], marks=("**",))
def bold_volume_cut_in_journal(spans: list[Span], text: str) -> list[Span]:
    """APS's ``Physica B **165&166** , 1569-1570`` or ``Phys. Scr. **T137** , 014012`` with the bold volume read
    into the journal, or cut at its ampersand or letter: the bold run after the journal's name is the volume."""
    for m in _BOLD_VOLUME.finditer(text):
        if _YEAR.fullmatch(m["volume"]):
            continue  # MDPI's bold year, "*PLoS ONE* **2018**, *13*"
        a, z = m.span()
        k = next((i for i, s in enumerate(spans) if s.start < a < s.end), None)
        if k is None or spans[k].label != "journal" or not text[spans[k].start : a].strip():
            continue
        s = spans[k]
        rest = [t for t in spans[k + 1 :] if t.start < z]
        if text[z : s.end].strip(" ,.") or any(text[z : t.end].strip(" ,.") for t in rest):
            return spans  # a field runs on past the bold run
        name = text[s.start : a].rstrip()
        journal = Span("journal", name, s.start, s.start + len(name), s.confidence)
        volume = Span("volume", m["volume"], m.start("volume"), m.end("volume"), s.confidence)
        return [*spans[:k], journal, volume, *spans[k + 1 + len(rest) :]]
    return spans
