"""Parts of a title read as other fields.

A number inside a title that its word runs into: a chemical name's ``bis-dioxopiperazine(+)-1,2-bis(3,5-…)`` read
as an issue (or a bracket as a place and an issue) between two parts of the title. A field set apart from a title is
set apart by a space; spans glued to the title's words on both sides, with no space among them, are one word of it.

A numbered part of a work in several articles after the title's full stop (``… nutritional status. I: Ca, Cu, Fe, Mg,
and Zn. Clin Chem 1989;``) read as the journal's first words: the part's sentence closes the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_NUMBERS = frozenset(("issue", "volume", "pages"))


def _island_end(spans: list[Span], i: int, text: str) -> int:
    """The index of the title span that closes a glued run of spans from ``i``, or -1."""
    j = i
    while j < len(spans) and spans[j].label != "title":
        j += 1
    if j == len(spans) or not any(s.label in _NUMBERS for s in spans[i:j]):
        return -1
    stretch = text[spans[i - 1].end : spans[j].start]
    return j if stretch and not any(c.isspace() for c in stretch) else -1


@needs(labels=("title",), any_label=_NUMBERS)
def glued_number_in_title(spans: list[Span], text: str) -> list[Span]:
    """``title`` + numbers glued to it on both sides + ``title``: one title."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        j = _island_end(spans, i, text) if out and out[-1].label == "title" and spans[i].label != "title" else -1
        if j < 0:
            out.append(spans[i])
            i += 1
            continue
        head = out.pop()
        end = spans[j].end
        out.append(Span("title", text[head.start : end], head.start, end, min(head.confidence, spans[j].confidence)))
        i = j + 1
    return out


# a numbered part of a work in several articles opening a sentence: "I: Ca, Cu, Fe, Mg, and Zn." "Part II."
_PART_OPENS = lazy_pattern(r"(?:Part\s+)?[IVX]{1,4}[:.]\s+(?=[A-Z])")
# the part's sentence closed: a lower-case word, a word of two letters or more, or a bracket, then its full stop
_PART_CLOSES = lazy_pattern(r"(?:[^\W\d_]{2}|\))\.+\s+(?=[A-Z])")
_LOWER_WORD = lazy_pattern(r"\b[a-z]{2,}\b")
# a journal's abbreviated first words after the numeral: "J. Math. Soc. Japan", "Proc. Roy. Soc."
_ABBREVIATED_HEAD = lazy_pattern(r"[A-Z][a-z]{0,8}\.\s+[A-Z][a-z]{0,8}\.(?:\s|$)")


@needs(labels=("title", "journal"))
def numbered_part_in_journal(spans: list[Span], text: str) -> list[Span]:
    """``Title. | I: Ca, Cu, Fe, Mg, and Zn. Clin Chem | 1989;``: the numbered part's sentence read into the journal
    ends the title; the journal is what follows it."""
    for k in range(len(spans) - 1):
        title, journal = spans[k], spans[k + 1]
        if title.label != "title" or journal.label != "journal" or not title.text.rstrip().endswith("."):
            continue
        if (m := _PART_OPENS.match(journal.text)) is None or text[title.end : journal.start].strip():
            return spans
        if _ABBREVIATED_HEAD.match(journal.text, m.end()):  # "I. J. Math. Soc. Japan": the numeral alone
            cut = journal.start + m.end()
            end = journal.start + len(m.group().rstrip()) - 1  # its stop closes the title, as a title's own does
        else:
            close = _PART_CLOSES.search(journal.text, m.end())
            if close is None or not journal.text[close.end() :].strip(" ,.;"):
                return spans
            part = journal.text[m.end() : close.end()].rstrip()
            if ". " in part[:-1] or not _LOWER_WORD.search(part):
                return spans
            cut = journal.start + close.end()
            end = journal.start + close.start() + len(close.group().rstrip())
        head = Span("title", text[title.start : end], title.start, end, min(title.confidence, journal.confidence))
        rest = Span("journal", text[cut : journal.end], cut, journal.end, journal.confidence)
        return [*spans[:k], head, rest, *spans[k + 2 :]]
    return spans


@needs(labels=("title", "author"), marks=["="])
def formula_bracket_in_title(spans: list[Span], text: str) -> list[Span]:
    """The ACS's ``… Properties of H-MX2 (M = Cr, Mo, W; X = O, S, Se, Te) Monolayers: …`` with the bracket's
    symbols read as names between two parts of the title: a stretch with an equals sign is no list of names, and
    between two parts of the title it is the title's."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "author" or "=" not in s.text or spans[k - 1].label != "title" or spans[k + 1].label != "title":
            continue
        a, z = spans[k - 1].start, spans[k + 1].end
        return [*spans[: k - 1], Span("title", text[a:z], a, z, spans[k - 1].confidence), *spans[k + 2 :]]
    return spans
