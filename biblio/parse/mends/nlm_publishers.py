"""Mends of the NLM form that names the journal's publisher after the journal, as PLOS's style prints the
references manubot and PLOS render from CSL data: ``Title. Brief Bioinform. Oxford University Press; 2016;17:
23–32.``, ``… J R Soc Interface. The Royal Society; 2018;15: 20170387.``

NLM's own form puts the year right after the journal (``Brief Bioinform. 2016;17:23–32.``) and a book's
publisher before ``; 2011.`` with no volume after it; a name between the journal and ``; Year;Volume`` is the
journal's publisher. Read as one span with the journal (``J R Soc Interface. The Royal Society``), the words
after the journal's stop are the publisher; read as the publisher with the journal's name in the title
(``Crowdsourcing …: challenges and opportunities. Brief Bioinform``), the title's last sentence is the journal.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_JOURNALS = ("journal", "container-title")
# "; 2016;17: 23–32", "; 2018;7.": the year and the volume NLM joins with a semicolon, after the publisher
_YEAR_VOLUME = lazy_pattern(r"[\s.]*;\s*(?:1[5-9]|20)\d\d(?:\s+[A-Z][a-z]{2})?\s*;\s*\d")
# a journal's short name as NLM writes it: capitalised words, no stops ("Brief Bioinform", "PLoS Comput Biol", "eLife")
_SHORT_JOURNAL = lazy_pattern(r"^(?:[A-Z]|[a-z](?=[A-Z]))[\w'’&-]*(?:\s+(?:[A-Z][\w'’&()-]*|of|and|the|in|for)){0,7}$")
# the publisher's name after the journal's stop: words, perhaps an acronym in brackets, no digits
_PUBLISHER = lazy_pattern(r"^[A-Z][^\d.;:]*$")


@needs(any_label=_JOURNALS, marks=[";"])
def publisher_after_journal_stop(spans: list[Span], text: str) -> list[Span]:
    """``J R Soc Interface. The Royal Society; 2018;15`` read as the journal: the words after its stop are the
    journal's publisher."""
    for k, s in enumerate(spans):
        body = s.text.rstrip(" .,;")  # (the span may hold the semicolon after the publisher)
        if s.label not in _JOURNALS or _YEAR_VOLUME.match(text, s.start + len(body)) is None:
            continue
        cut = body.rfind(". ")
        if cut < 0:
            return spans
        journal, publisher = body[:cut].strip(), body[cut + 2 :].strip()
        if not (_SHORT_JOURNAL.match(journal) and _PUBLISHER.match(publisher)) or len(publisher.split()) > 8:
            return spans
        return divided(spans, k, cut, cut + 2, s.label, "publisher")
    return spans


@needs(labels=("title", "publisher"), without=_JOURNALS, marks=[";"])
def nlm_journal_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``… challenges and opportunities. Brief Bioinform`` read as the title before the publisher of ``Oxford
    University Press; 2016;17: 23–32``: the title's last sentence is the journal."""
    for k in range(len(spans) - 1):
        title, publisher = spans[k], spans[k + 1]
        if title.label != "title" or publisher.label != "publisher":
            continue
        named = publisher.start + len(publisher.text.rstrip(" .,;"))
        if _YEAR_VOLUME.match(text, named) is None or text[title.end : publisher.start].strip(" .") != "":
            return spans
        body = title.text.rstrip(" .")
        cut = body.rfind(". ")
        if cut < 0 or not _SHORT_JOURNAL.match(body[cut + 2 :]):
            return spans
        return divided(spans, k, cut, cut + 2, "title", "journal")
    return spans


# NLM's editors of an article, after its title: "Ouellette F, editor." (one or more names, then the role word)
_EDITORS_CLOSING_TITLE = lazy_pattern(
    r"\.\s+(?P<names>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*\s[A-Z]{1,3}(?:,\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*\s[A-Z]{1,3})*)"
    r",\s(?P<role>editors?)\.?$"
)
_ROLE_ALONE = lazy_pattern(r"^editors?\.?$")


@needs(labels=("title",), words=["editor"])
def nlm_editor_after_title(spans: list[Span], text: str) -> list[Span]:
    """NLM's ``Title. Ouellette F, editor. PLoS Comput Biol.`` (PLOS's references): the names before ``editor`` are
    the article's editors and the role word no part of the title, whether read into the title (``… Two Genes.
    Ellermeier CD, editor``) or as a title of its own after the editors' span (``editor.``)."""
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        if _ROLE_ALONE.match(s.text) and k and spans[k - 1].label == "editor":
            return [*spans[:k], Span("other", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        m = _EDITORS_CLOSING_TITLE.search(s.text)
        if m is None or not m.start():
            continue
        a, b, c = m.start("names"), m.end("names"), m.start("role")
        head = Span("title", s.text[: m.start() + 1], s.start, s.start + m.start() + 1, s.confidence)
        names = Span("editor", s.text[a:b], s.start + a, s.start + b, s.confidence)
        role = Span("other", s.text[c:], s.start + c, s.end, s.confidence)
        return [*spans[:k], head, names, role, *spans[k + 1 :]]
    return spans
