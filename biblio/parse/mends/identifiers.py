"""Mends of identifiers: a bare DOI written after a web address is the DOI, not more of the address;
the word of a link whose address the copy lost ("(DOI)", "[PDF]") is no field; an address read in pieces
is one."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.identifiers import ADDRESS, ARXIV_ID, CORR_ID
from biblio.parse.spans import Span

# "https://github.com/…/tree/2017.08 10.5281/zenodo.838760": whitespace, then a DOI that ends the span
_DOI_AFTER = lazy_pattern(r"\s+(?:doi:\s*)?(10\.\d{4,9}/\S+?)[\s.,;]*$", re.I)


@needs(labels=["url"], without=["doi"], marks=["10."])
def doi_after_address(spans: list[Span], text: str) -> list[Span]:
    """A ``url`` span that runs on past its address into a bare DOI, as the URL and a ``doi`` span."""
    if "10." not in text or "doi" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "url" or not s.text.lstrip().startswith(("http", "www.")):
            continue
        m = _DOI_AFTER.search(s.text)
        if m is None or not s.text[: m.start()].strip():
            continue
        cut, a = m.start(), m.start(1)
        parts = [
            Span("url", s.text[:cut], s.start, s.start + cut, s.confidence),
            Span("doi", s.text[a:], s.start + a, s.end, s.confidence),
        ]
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# "DOI: 10.1371/journal.pone.0064079 https://journals.plos.org/…": a DOI, whitespace, then a web address
_ADDRESS_AFTER = lazy_pattern(r"(?<=\S)\s+(?:https?://|www\.)\S+$")


@needs(labels=["doi"], without=["url"], marks=("http", "www."))
def address_after_doi(spans: list[Span], text: str) -> list[Span]:
    """A ``doi`` span that runs on past the DOI into a web address (``DOI: 10.1016/j.chb.2018.08.017
    https://www.sciencedirect.com/…``, a publisher's page after the DOI): the address is the URL, which
    the normaliser keeps unless it is the DOI's own link."""
    for k, s in enumerate(spans):
        if s.label != "doi" or (m := _ADDRESS_AFTER.search(s.text)) is None or "10." not in s.text[: m.start()]:
            continue
        a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        parts = [
            Span("doi", s.text[: m.start()], s.start, s.start + m.start(), s.confidence),
            Span("url", s.text[a:], s.start + a, s.end, s.confidence),
        ]
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# "(DOI)", "[PDF]", "(link)": a link's words in brackets, its address lost when the text was copied
_LINK_WORDS = lazy_pattern(r"[(\[](?:doi|pdf|link|url|html|online)[)\]]", re.I)
_LINK_WORD = lazy_pattern(r"^\W*(?:doi|pdf|link|url|html|online)\W*$", re.I)
_KEPT = frozenset(["other", "note", "doi", "url"])


@needs(marks=["(", "["], words=("doi", "pdf", "link", "url", "html", "online"))
def link_words_apart(spans: list[Span], text: str) -> list[Span]:
    """A span that is only a link's bracketed word ("DOI)" read as a name) goes into no field."""
    # (the short spans first: a link's word is one; the text's test costs more)
    for s in spans:  # a loop, not any() over a generator: this runs on every reference
        if len(s.text) <= 8 and s.label not in _KEPT and _LINK_WORD.match(s.text):
            break
    else:
        return spans
    if not _LINK_WORDS.search(text):
        return spans
    return [
        Span("other", s.text, s.start, s.end, s.confidence)
        if len(s.text) <= 8 and s.label not in _KEPT and _LINK_WORD.match(s.text)
        else s
        for s in spans
    ]


# ", PMID: 27918531" / "PMCID: PMC6850630" / JMIR's "[Medline: 31933676]": an index's number (or its
# label, the number read apart), never a publisher or a place
_INDEX_NUMBER = lazy_pattern(r"^\W*(?:PMID|PMCID|Medline)\s*:?\s*(?:(?:PMC)?\d+)?\W*$", re.I)
_IMPRINT = frozenset(["publisher", "location"])


@needs(marks=("PMID", "PMCID", "Medline"))
def index_number_apart(spans: list[Span], text: str) -> list[Span]:
    """A publisher or place span that is only a PubMed number (``PMID: 27918531``, JMIR's ``[Medline:``) is
    a note."""
    if "PMID" not in text and "PMCID" not in text and "Medline" not in text:
        return spans
    out = [
        Span("note", s.text, s.start, s.end, s.confidence) if s.label in _IMPRINT and _INDEX_NUMBER.match(s.text) else s
        for s in spans
    ]
    return out


# "*arXiv preprint arXiv:1812.00532*", "arXiv:1905.08911": an arXiv number, with natbib's words before it
_ARXIV_NUMBER = lazy_pattern(rf"^[\W_]*(?:arXiv\s+preprint\s+)?(?:{ARXIV_ID.pattern})[\W_]*$", re.I)
_WORKS = frozenset(["journal", "container-title"])


@needs(marks=("abs/", "arXiv:", "arxiv:"))
def arxiv_number_is_no_journal(spans: list[Span], text: str) -> list[Span]:
    """A journal span that holds only an arXiv number (natbib's ``*arXiv preprint arXiv:1812.00532*``) is a
    note: the number names the preprint, not a container (``*arXiv* [Preprint]`` names the server and stays).
    DBLP's ``*CoRR*, abs/1711.07553`` (the arXiv number in the Computing Research Repository) is one note too."""
    if "abs/" in text:
        spans = _corr_number_apart(spans, text)
    if "arXiv:" not in text and "arxiv:" not in text:
        return spans
    if not any(s.label in _WORKS and _ARXIV_NUMBER.match(s.text) for s in spans):
        return spans
    return [
        Span("note", s.text, s.start, s.end, s.confidence) if s.label in _WORKS and _ARXIV_NUMBER.match(s.text) else s
        for s in spans
    ]



# AAAI's preprint: "2021. Training Verifiers to Solve Math Word Problems. CoRR, abs/2110.14168." (the title, then the
# number alone)
_PREPRINT_NUMBER = lazy_pattern(r"(?:arXiv:|CoRR,?\s+abs/)[\w./-]*\d[\w./-]*\.?")
_TITLE_THEN_NUMBER = lazy_pattern(r"(?P<title>[^\W\d_][^.]{8,}?[^\s.])\.\s+(?P<note>(?:arXiv:|CoRR,?\s+abs/)\S+)")
_TITLE_PIECES = frozenset(["journal", "container-title", "pages", "volume"])


@needs(labels=("date", "note"), marks=("arXiv:", "abs/"), without=("title",))
def title_before_preprint_number(spans: list[Span], text: str) -> list[Span]:
    """AAAI's ``Cobbe, K.; …; and Schulman, J. 2021. Title. CoRR, abs/2110.14168.`` or ``… 2023. Sparks of …:
    Early experiments with GPT-4. arXiv:2303.12712.`` with the title read into the note, or as a journal and its
    pages: between the year and the closing preprint number stands the title alone."""
    if any(s.label == "title" for s in spans):
        return spans  # a title read already: the note after it is no title's place
    d = next((i for i, s in enumerate(spans) if s.label == "date"), -1)
    if d < 0 or spans[-1].label != "note" or text[spans[-1].end :].strip():
        return spans
    last, mid = spans[-1], spans[d + 1 : -1]
    if not mid:
        m = _TITLE_THEN_NUMBER.fullmatch(last.text.strip())
        if m is None:
            return spans
        a = last.start + len(last.text) - len(last.text.lstrip())
        t_end, n_start = a + m.end("title"), a + m.start("note")
        title = Span("title", text[a:t_end], a, t_end, last.confidence)
        return [*spans[: d + 1], title, Span("note", text[n_start : last.end], n_start, last.end, last.confidence)]
    if not _PREPRINT_NUMBER.fullmatch(last.text.strip()) or any(s.label not in _TITLE_PIECES for s in mid):
        return spans
    if any(not any(c.isalpha() for c in s.text) for s in mid) or mid[0].text.startswith("In "):
        return spans  # a journal's numbers, or a proceedings' name
    if text[spans[d].end : mid[0].start].strip() or text[mid[-1].end : last.start].strip():
        return spans
    title = Span("title", text[mid[0].start : mid[-1].end], mid[0].start, mid[-1].end, min(s.confidence for s in mid))
    return [*spans[: d + 1], title, last]

# "CoRR*," then "abs/1711.07553,": DBLP's name of arXiv and the number it gives a paper
_CORR = lazy_pattern(r"^[\W_]*CoRR[\W_]*$")
_ABS_NUMBER = lazy_pattern(r"^\s*abs/[\w.-]*\d[\w.-]*[\s,.;]*$")


def _corr_number_apart(spans: list[Span], text: str) -> list[Span]:
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label in _WORKS and _CORR.match(s.text) and _ABS_NUMBER.match(nxt.text):
            note = Span("note", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
            return [*spans[:k], note, *spans[k + 2 :]]
    return _corr_number_pieced(spans, text)


def _corr_number_pieced(spans: list[Span], text: str) -> list[Span]:
    """``CoRR, abs/`` | ``2004.`` | ``10240``: a number whose first four digits look like a year, read as
    a date and pages; the journal span ends inside the identifier, which is one note."""
    m = CORR_ID.search(text)
    if m is None:
        return spans
    a, z = m.start(), m.end()
    inside = [s for s in spans if s.start < z and s.end > a]
    if len(inside) < 2 or not any(s.label in _WORKS and s.end < z for s in inside):
        return spans
    return replaced(spans, text, a, z, [Span("note", text[a:z], a, z, min(s.confidence for s in inside))])


@needs(labels=["doi"], marks=["<"])
def doi_runs_on(spans: list[Span], text: str) -> list[Span]:
    """A DOI span cut inside the angle brackets of an old SICI DOI (``…46:6<400::AID-ASI2`` |
    ``>3.0.CO;2-Y``): an opened ``<`` closes inside the DOI, which runs to the next space."""
    if "<" not in text:
        return spans
    for s in spans:
        if s.label != "doi" or s.text.count("<") <= s.text.count(">") or s.end >= len(text) or text[s.end].isspace():
            continue
        z = s.end
        while z < len(text) and not text[z].isspace():
            z += 1
        while text[z - 1] in ".,;":
            z -= 1
        return replaced(spans, text, s.start, z, [Span("doi", text[s.start : z], s.start, z, s.confidence)])
    return spans


_ADDRESS_MARKS = ("://", "www.", "/")


@needs(marks=["/"])
def address_whole(spans: list[Span], text: str) -> list[Span]:
    """A web address read in pieces (MLA 9's ``3 Mar. 2023, en.wikipedia.org/wiki/…`` with ``en`` read into
    the date): the whole address is the URL. The sentence's final stop is not part of it."""
    if "/" not in text:
        return spans
    for m in ADDRESS.finditer(text):
        a, z = m.start(), m.end()
        if a and not (text[a - 1].isspace() or text[a - 1] in "(<["):
            continue  # a piece of an address the PDF broke apart ("URLhttp ://host/~ name /path"): not whole
        while z > a and text[z - 1] in ".,;:":
            z -= 1
        inside = [s for s in spans if s.start < z and s.end > a]
        if len(inside) < 2 or "/" not in text[a:z]:
            continue
        confidence = min(s.confidence for s in inside)
        spans = replaced(spans, text, a, z, [Span("url", text[a:z], a, z, confidence)])
    return spans


@needs(labels=["citation-number"], marks=["://"])
def address_read_as_number(spans: list[Span], text: str) -> list[Span]:
    """A web address opening the reference (``http://host/Protocol -- The informal spec``, as POD's and
    plain-text lists give a link and then what it holds) read as the list's number: an address is never a
    number, it is the URL."""
    for s in spans:
        if s.label != "citation-number":
            continue
        m = ADDRESS.search(s.text)
        if m is None or "://" not in m.group(0):
            continue
        a, z = s.start + m.start(), s.start + m.end()
        while z > a and text[z - 1] in ".,;:":
            z -= 1
        return replaced(spans, text, a, z, [Span("url", text[a:z], a, z, s.confidence)])
    return spans


# "Doubleday ISBN 0-385-49531-5": a book's number closing another span, with no stop before it
_ISBN_TAIL = lazy_pattern(r"\s*[,.;]?\s+(?P<isbn>ISBN(?:-1[03])?:?\s*(?:97[89][-\s]?)?(?:\d[-\s]?){9}[\dXx])\W*$")


@needs(any_label=["publisher", "location", "title"], marks=["ISBN"])
def isbn_closing_span(spans: list[Span], text: str) -> list[Span]:
    """Wikipedia's ``New York: Doubleday ISBN 0-385-49531-5`` with the ISBN read into the publisher: the
    book's number is no part of its publisher's name (or place, or title)."""
    for k, s in enumerate(spans):
        if s.label not in ("publisher", "location", "title") or "ISBN" not in s.text:
            continue
        m = _ISBN_TAIL.search(s.text)
        if m is None or not s.text[: m.start()].strip(" ,.;:"):
            continue
        a = s.start + m.start()
        head = Span(s.label, text[s.start : a], s.start, a, s.confidence)
        b = s.start + m.start("isbn")
        return [*spans[:k], head, Span("isbn", text[b : s.end], b, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "S. 110-119 9783141621761": a bare ISBN-13 (its 978 or 979 prefix, hyphens or none) after the pages' range
_PAGES_THEN_ISBN = lazy_pattern(r"\d[.,;]?\s+(?P<isbn>97[89](?:[-\s]?\d){10})\W*$")


@needs(labels=["pages"])
def isbn_closing_pages(spans: list[Span], text: str) -> list[Span]:
    """``Braunschweig: Westermann, S. 110-119 9783141621761`` with the book's bare ISBN read into the pages: a
    thirteen-digit number of the ISBN's prefix is no page."""
    for k, s in enumerate(spans):
        if s.label != "pages" or len(s.text) < 16 or (m := _PAGES_THEN_ISBN.search(s.text)) is None:
            continue
        a = s.start + m.start() + 1
        b = s.start + m.start("isbn")
        z = s.start + m.end("isbn")
        head = Span("pages", text[s.start : a], s.start, a, s.confidence)
        return [*spans[:k], head, Span("isbn", text[b:z], b, z, s.confidence), *spans[k + 1 :]]
    return spans
