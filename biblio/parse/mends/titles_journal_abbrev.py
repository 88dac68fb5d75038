"""Mend of a journal's first abbreviation read at the end of the title in IOP's Harvard form, which
sets no mark between them: ``… the quantum origins of the classical Rev. Mod. Phys. 75 715``."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

# the words journals' abbreviations are made of ("Rev.", "Phys.", "Proc. Natl. Acad. Sci."): a title's
# own last word with a period ("… Republic of Congo.") is none of them
_JOURNAL_WORDS = frozenset(
    "Rev Phys Proc Lett Nucl Appl Chem Natl Acad Sci Ann Int Trans Bull Mod Math Comput Astrophys Astron Opt "
    "Mater Eur Biol Soc Res Commun Adv Theor Exp Stat Mech Rep Zool Eng Inf Quant Mol Med J Z".split()
)
_JOURNAL_WORD = rf"(?:{'|'.join(sorted(_JOURNAL_WORDS))})\."
_LAST_ABBREVIATIONS = re.compile(rf"\s(?P<abbr>{_JOURNAL_WORD}(?:\s+{_JOURNAL_WORD})*)\s*$")
_ABBREVIATION_LEAD = re.compile(r"\s*[A-Z][a-z]{0,8}\.\s")


def abbreviation_to_journal(spans: list[Span], text: str) -> list[Span]:
    """A title that ends in a journal's abbreviated words (``Rev.``, ``Proc. Natl.``) before a journal
    that opens with one (``Mod. Phys.``): the words are the journal's first."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label != "title" or t.label != "journal":
            continue
        if s.text.rstrip().rsplit(None, 1)[-1].rstrip(".") not in _JOURNAL_WORDS:
            return spans  # the cheap look first: the title's last word is no journal's word
        m = _LAST_ABBREVIATIONS.search(s.text)
        if m is None or not _ABBREVIATION_LEAD.match(text, t.start) or text[s.end : t.start].strip():
            return spans
        a = s.start + m.start("abbr")
        title = Span("title", text[s.start : a], s.start, a, s.confidence)
        journal = Span("journal", text[a : t.end], a, t.end, min(s.confidence, t.confidence))
        return [*spans[:k], title, journal, *spans[k + 2 :]]
    return spans
