"""Mend of the dashes that repeat the author before a role: Chicago's and MLA's ``———, ed. *The Oxford
Handbook of Political Theory*. Oxford: …`` (``---, editor.``, ``——, trans.``).

A bibliography repeats the entry before's author with a run of dashes; the model knows the dashes alone
(``———. *Title*.``) but reads them with a role into the title. The dashes and the role stand for names the
text does not give here, so they become a names span of that role, which holds no name, and the title
starts after them.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the dashes (three em dashes, two or more, or hyphens as typed), a comma, the role
_REPEAT_ROLE = lazy_pattern(
    r"\s*(?:[\u2014\u2013]{2,}|-{2,}|_{3,})\s*,\s*(?P<role>eds?\.|editors?|trans\.|translators?|comp\.|compilers?)"
    r"[.,]?\s+"
)
# the dashes, a comma or full stop, a year or a span of years ("1994–98", "1985–2016") closed by a full stop
_REPEAT_YEARS = lazy_pattern(
    r"(?P<dashes>\s*(?:[\u2014\u2013]{2,}|-{2,}|_{3,})\s*[.,]?)\s*"
    r"(?P<date>(?:1[5-9]\d\d|20\d\d)\s*[-\u2013]\s*\d{2,4}\.?)\s*$"
)
# what the model reads the dashes, the role and the work into (a work alone is its title, mends.titles.book_title)
_WORK = frozenset(["title", "container-title", "source"])


@needs(any_label=("title", "container-title", "source"), marks=("\u2014\u2014", "\u2013\u2013", "--", "___"))
def dashes_with_role(spans: list[Span], text: str) -> list[Span]:
    """``———, ed. *Title*.`` read as one title (or work): the dashes and the role are the (unnamed) editors."""
    first = spans[0] if spans else None
    if first is None or first.label not in _WORK or not (m := _REPEAT_ROLE.match(first.text)):
        return spans
    label = "translator" if m.group("role").startswith("trans") else "editor"
    cut = first.start + m.end()
    dashes = text[first.start : cut].rstrip()
    head = Span(label, dashes, first.start, first.start + len(dashes), first.confidence)
    title = Span(first.label, text[cut : first.end], cut, first.end, first.confidence)
    return [head, title, *spans[1:]]


@needs(labels=("citation-number",), marks=("\u2014\u2014", "\u2013\u2013", "--", "___"))
def dashes_with_years(spans: list[Span], text: str) -> list[Span]:
    """``———, 1994–98. *Title*.`` read as a list's number: the dashes are the author before's, the years the date
    (as after a name, ``Macherey, Pierre, 1994–98.``)."""
    first = spans[0] if spans else None
    if first is None or first.label != "citation-number" or not (m := _REPEAT_YEARS.match(first.text)):
        return spans
    head = text[first.start : first.start + m.end("dashes")].strip()
    dashes = Span("author", head, first.start, first.start + len(head), first.confidence)
    start = first.start + m.start("date")
    date = Span("date", m.group("date"), start, start + len(m.group("date")), first.confidence)
    return [dashes, date, *spans[1:]]


# the dashes and their stop, then the work's words read on into the same names span
_DASHES_THEN_WORDS = lazy_pattern(r"(?P<dashes>\s*(?:[\u2014\u2013]{2,}|-{3,}|_{3,})\s*\.)\s+(?=[^\W\d_])")
# a work's title closed by its full stop, capitalised, no name's comma in it: "A Midsummer Night's Dream."
_WORK_IN_EDITION = lazy_pattern(r"\s*[A-Z][^,;:]*\.\s*$")


@needs(labels=["author"], marks=("\u2014\u2014", "\u2013\u2013", "---", "___"))
def title_read_into_dashes(spans: list[Span], text: str) -> list[Span]:
    """``———. Der Untergang des Abendlandes. 2 vols. …`` with the title read into the repeated author as a name: the
    dashes closed by their stop stand for the names; the words after them are the work's title."""
    first = spans[0] if spans else None
    if first is None or first.label != "author" or not (m := _DASHES_THEN_WORDS.match(first.text)):
        return spans
    cut = first.start + m.end()
    z = first.start + m.end("dashes")
    rest = text[cut : first.end]
    if not rest.strip(" .,"):
        return spans
    after = spans[1:]
    if after and after[0].label == "title":
        # MLA's ``---. A Midsummer Night's Dream. The Riverside Shakespeare, edited by …``: the work's own title,
        # then the edition or collection it is printed in
        if not _WORK_IN_EDITION.match(rest):
            return spans
        after = [Span("container-title", after[0].text, after[0].start, after[0].end, after[0].confidence), *after[1:]]
    return [
        Span("author", text[first.start : z], first.start, z, first.confidence),
        Span("title", rest, cut, first.end, first.confidence),
        *after,
    ]
