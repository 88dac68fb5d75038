"""Mends of a journal's first words read at the end of the title: IOP's Harvard form sets no mark
between them (``… the quantum origins of the classical Rev. Mod. Phys. 75 715``); Elsevier's numbered
form sets only a comma (``… methods, databases, and applications, Wiley Interdiscip. Rev. Comput.``)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import region_in_full
from biblio.parse.spans import Span

# the words journals' abbreviations are made of ("Rev.", "Phys.", "Proc. Natl. Acad. Sci."): a title's
# own last word with a period ("… Republic of Congo.") is none of them
_JOURNAL_WORDS = frozenset(
    "Rev Phys Proc Lett Nucl Appl Chem Natl Acad Sci Ann Int Trans Bull Mod Math Comput Astrophys Astron Opt "
    "Mater Eur Biol Soc Res Commun Adv Theor Exp Stat Mech Rep Zool Eng Inf Quant Mol Med J Z N "
    "Lond Am Roy Jpn Can Geophys Biochem Ecol Environ Psychol Econ Geol An".split()
)
_JOURNAL_WORD = rf"(?:{'|'.join(sorted(_JOURNAL_WORDS))})\."
_LAST_ABBREVIATIONS = lazy_pattern(rf"(?:^|\s)(?P<abbr>{_JOURNAL_WORD}(?:\s+{_JOURNAL_WORD})*)\s*$")
# a journal opening with its acronym, then abbreviated words, set after the title's full stop: "RAIRO Inform."
_ACRONYM_HEAD = lazy_pattern(r"[.?!]\s+(?P<abbr>[A-Z]{2,8}(?:\s+[A-Z][a-z]{1,8}\.)+)\s*$")
# or with a word in full, then abbreviated words: the JFM's "… layers. Fluid Dyn." before "Res."
_WORD_HEAD = lazy_pattern(r"[.?!]\s+(?P<abbr>[A-Z][a-z]{2,12}(?:\s+[A-Z][a-z]{1,8}\.)+)\s*$")
_ABBREVIATION_LEAD = lazy_pattern(r"\s*[A-Z][^\W\d_]{0,8}\.\s")
# a journal whose name opens with a word in full, then abbreviations (Copernicus's "Earth Syst. Sci.")
_WORD_THEN_ABBREVIATION = lazy_pattern(r"\s*[A-Z][a-z]+\s+[A-Z][a-z]{0,8}\.\s")
# the title's last clause when it is one to three capitalised words, or a word journals write in lower case
# (the RSC's "npj Comput. Mater.", "mBio", "eLife"): a journal's first words
# (an acronym opens one only with an abbreviated word after it: "AIP Conf.", "ICFA Beam Dyn."; "…, USA" ends titles)
_CAPITALISED_TAIL = lazy_pattern(
    r",\s+(?P<head>[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]*\.?){0,2}|[A-Z]\.?|[A-Z]{2,6}(?:\s+[A-Z][a-z]*){0,1}\s+[A-Z][a-z]{0,8}\."
    r"|(?!(?:in|and|of|the|for|with|on|to|at|by|from|en|et|und|im|dans|em)\s*$)[a-z]{1,4}[A-Z]?[a-z]{0,9})\s*$"
)


def abbreviation_to_journal(spans: list[Span], text: str) -> list[Span]:
    """A title that ends in a journal's abbreviated words (``Rev.``, ``Proc. Natl.``, or an acronym and
    abbreviations after the title's full stop, ``RAIRO Inform.``) before a journal that opens with one
    (``Mod. Phys.``, ``Théor. App.``): the words are the journal's first."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label != "title" or t.label != "journal":
            continue
        # "… representations. RAIRO Inform." before "Théor. App.", "… layers. Fluid Dyn." before "Res."
        m = _ACRONYM_HEAD.search(s.text) or _WORD_HEAD.search(s.text)
        if m is None and s.text.rstrip().rsplit(None, 1)[-1].rstrip(".") not in _JOURNAL_WORDS:
            return spans  # the cheap look first: the title's last word is no journal's word
        m = m or _LAST_ABBREVIATIONS.search(s.text)
        if m is None or not _ABBREVIATION_LEAD.match(text, t.start) or text[s.end : t.start].strip():
            return spans
        a = s.start + m.start("abbr")
        journal = Span("journal", text[a : t.end], a, t.end, min(s.confidence, t.confidence))
        if a == s.start:  # the chemists' "NAMES. An. Quim. 69, 847 (1973).": no title, the journal's head read as one
            return [*spans[:k], journal, *spans[k + 2 :]]
        title = Span("title", text[s.start : a], s.start, a, s.confidence)
        return [*spans[:k], title, journal, *spans[k + 2 :]]
    return spans


def _country_closing_title(head: str) -> bool:
    """Whether the clause is a country or a region written in full with the title's full stop (the ACS's "… a case
    study of southern Jiangsu, China. | Atmos. Environ."): the title's place, no journal's first word."""
    return head.endswith(".") and " " not in head and region_in_full(head[:-1])


def journal_head_after_comma(spans: list[Span], text: str) -> list[Span]:
    """A title whose last clause, after a comma, is a few capitalised words (``, Wiley Interdiscip.``,
    ``, Briefings``, APS's ``, AIP Conf. | Proc. 1086, 45``) or a lower-case head (``, npj``) before a journal
    that opens with an abbreviation (``Rev. Comput.``, ``Bioinf.``, ``Comput. Mater.``): the words are the
    journal's first, as Elsevier's numbered form writes ``Title, Journal 12 (2019)``. An abbreviation alone
    (Copernicus's ``…, Hydrol. | Earth Syst. Sci., 25,``) also heads a journal that opens with a word in full."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label != "title" or t.label != "journal":
            continue
        m = _CAPITALISED_TAIL.search(s.text)
        if m is None or text[s.end : t.start].strip() or _country_closing_title(m["head"]):
            return spans
        # "…, Hydrol. | Earth Syst. Sci.": a journal opening with a word in full takes an abbreviation alone
        abbreviated = m["head"].endswith(".") and " " not in m["head"].strip()
        word_first = abbreviated and _WORD_THEN_ABBREVIATION.match(text, t.start)
        # Copernicus's "…, P. Natl. Acad. Sci. USA" cut as "…, P | . Natl.": the initial's full stop opens the journal
        initial = len(m["head"]) == 1 and text[t.start : t.start + 1] == "."
        if not _ABBREVIATION_LEAD.match(text, t.start + initial) and not word_first:
            return spans
        if len(m["head"].rstrip(".")) == 1 and not (initial or m["head"].endswith(".")):
            return spans
        if len(s.text[: m.start()].split()) < (2 if m["head"].endswith(".") else 3):
            return spans  # a title of a word or two is not cut (two, where an abbreviation closes it: "…, Mach.")
        a = s.start + m.start("head")
        cut = s.start + m.start()
        title = Span("title", text[s.start : cut + 1], s.start, cut + 1, s.confidence)
        journal = Span("journal", text[a : t.end], a, t.end, min(s.confidence, t.confidence))
        return [*spans[:k], title, journal, *spans[k + 2 :]]
    return spans


# a journal's lower-case brand and its first words in full closing the title: "…, npj Quantum | Information 3"
_BRAND_HEAD = lazy_pattern(
    r",\s+(?P<head>(?!(?:in|and|of|the|for|with|on|to|at|by|from|via|its|an?)\s)[a-z]{2,4}[A-Z]?[a-z]{0,9}"
    r"(?:\s+[A-Z][a-z]+){1,2})\s*$"
)
_WORDS_IN_FULL = lazy_pattern(r"[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|and))*")


def brand_head_before_journal(spans: list[Span], text: str) -> list[Span]:
    """The APS's ``Title, npj Quantum Information 3, 2 (2017)`` cut as ``…, npj Quantum | Information``: a
    lower-case brand and capitalised words after the title's last comma, right before a journal in words
    that has its volume, open the journal (Nature's ``npj``, ``eLife``, ``mSystems``)."""
    for k in range(len(spans) - 2):
        s, t = spans[k], spans[k + 1]
        if s.label != "title" or t.label != "journal" or spans[k + 2].label != "volume":
            continue
        m = _BRAND_HEAD.search(s.text)
        if m is None or text[s.end : t.start].strip() or not _WORDS_IN_FULL.fullmatch(t.text.rstrip(" ,*")):
            return spans
        if len(s.text[: m.start()].split()) < 3:
            return spans
        a = s.start + m.start("head")
        title = Span("title", text[s.start : s.start + m.start()], s.start, s.start + m.start(), s.confidence)
        journal = Span("journal", text[a : t.end], a, t.end, min(s.confidence, t.confidence))
        return [*spans[:k], title, journal, *spans[k + 2 :]]
    return spans


# "Title: | A review, B. Am. Meteorol. Soc.": the subtitle in words, its comma, then the journal's abbreviations
_SUBTITLE_THEN_JOURNAL = lazy_pattern(r"(?P<sub>[^.,;]{3,80}?),\s+(?=[A-Z][a-z]{0,8}\.\s)")


def subtitle_read_into_journal(spans: list[Span], text: str) -> list[Span]:
    """Copernicus's ``Title: A review, B. Am. Meteorol. Soc., 80,`` with the subtitle read as the journal's
    first words: a title that closes on its colon goes on, and the words before the comma hold no abbreviation."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label != "title" or t.label != "journal":
            continue
        if not s.text.rstrip().endswith(":") or text[s.end : t.start].strip():
            return spans
        m = _SUBTITLE_THEN_JOURNAL.match(text, t.start)
        if m is None or m.end() >= t.end:
            return spans
        cut = m.end("sub") + 1
        title = Span("title", text[s.start : cut], s.start, cut, s.confidence)
        journal = Span("journal", text[m.end() : t.end], m.end(), t.end, t.confidence)
        return [*spans[:k], title, journal, *spans[k + 2 :]]
    return spans


_ABBREVIATION_ALONE = lazy_pattern(rf"\s*{_JOURNAL_WORD}\s*")
# a body's initials after the abbreviation: "IEEE", "ACM", "SPIE", "R. Soc."
_BODY_INITIALS = lazy_pattern(r"\s*[A-Z]{2,6}\s*[,.]?\s*")


def journal_abbreviation_before_body(spans: list[Span], text: str) -> list[Span]:
    """IEEE's ``“Title,” Proc. IEEE, 2020.`` (no numbers after it) read as a container ``Proc.`` and a publisher
    ``IEEE``: one abbreviated word names no journal; with the body's initials after it, it is the journal's name."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in ("container-title", "journal") or nxt.label != "publisher":
            continue
        if _ABBREVIATION_ALONE.fullmatch(s.text) and _BODY_INITIALS.fullmatch(nxt.text):
            joined = Span(s.label, text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
            return [*spans[:k], joined, *spans[k + 2 :]]
    return spans


# the journal's span's last clause in abbreviations, the APS's "…, Phys. Rev. Lett." / "…, Phys. Rev. B": an abbreviated
# word first, then abbreviated words, capital letters or joining words
_ABBREVIATED_LAST_CLAUSE = lazy_pattern(
    r",\s+(?P<journal>[A-Z][a-z]{0,7}\.(?:\s+(?:[A-Z][a-z]{0,9}\.|[A-Z]|of|and|&)){0,6})\s*$"
)
# a word a title holds and a journal's name in abbreviations does not: a lower-case word of two letters or more
_LOWER_WORD = lazy_pattern(r"(?:^|\s)[a-z]{2,}\b")


@needs(labels=["journal", "volume"], marks=(", ",))
def title_read_into_abbreviated_journal(spans: list[Span], text: str) -> list[Span]:
    """The APS's ``Names, New Class of Materials: Half-Metallic Ferromagnets, Phys. Rev. Lett. **50**, 2024`` (or
    ``…, in MnO, | MnS, and NiO, Phys. Rev. B 28``) with the title, or its last clauses, read into the journal
    before the volume: the journal is the last clause in abbreviations, the words before it the title's."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "journal" or nxt.label != "volume":
            continue
        m = _ABBREVIATED_LAST_CLAUSE.search(s.text)
        if m is None:
            return spans
        head = s.text[: m.start()]
        if len(head.split()) < 2 or not _LOWER_WORD.search(head):
            return spans
        first = k
        if k > 0 and spans[k - 1].label == "title" and not text[spans[k - 1].end : s.start].strip():
            first = k - 1
        elif k > 0 and spans[k - 1].label not in ("author", "editor") or len(head.split()) < 3:
            return spans
        a, cut, j = spans[first].start, s.start + m.start(), s.start + m.start("journal")
        title = Span("title", text[a:cut], a, cut, spans[first].confidence)
        journal = Span("journal", text[j : s.end], j, s.end, s.confidence)
        return [*spans[:first], title, journal, *spans[k + 1 :]]
    return spans
