"""Mends of a reference with no title read whose work's name and title were read as one: a README's ``Wikipedia,
[UTF-8](https://en.wikipedia.org/wiki/UTF-8)`` or ``2ality.com, [Title](https://2ality.com/…)`` with the site and
the linked title read as one container or note, ``Bromeliads.info -- Page title: https://…`` with the site and the
title read as one title, and APS's ``Title, Wegner Hamiltonian Flow and Operator Growth,
Quantum 7, 1055 (2023).`` with a title holding commas read whole into a one-word journal's name."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import SITE_DOMAIN, WORD
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# a site's short name, a comma, then the page's words: "Wikipedia, UTF-8", "Stack Overflow, How to …"
_SITE_THEN_WORDS = lazy_pattern(
    r"(?P<site>[^\W_][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}),\s+(?P<title>[^\s\"“”'‘’*_][^\"“”]*?)[.,;]?\s*"
)
# the address's host: "https://en.wikipedia.org/…" -> "en.wikipedia.org"
_HOST = lazy_pattern(r"(?:https?://)?(?:www\.)?(?P<host>[^/\s?#:]+)", 0)


def names_site(site: str, url: str) -> bool:
    """Whether ``site`` is the site ``url`` points to: a domain itself (``2ality.com``) or the host's name as one word
    (``Wikipedia`` for ``en.wikipedia.org``; a person's name may be a host's too: ``Mathias Bynens``)."""
    if SITE_DOMAIN.match(site):
        return True
    if " " in site:
        return False
    m = _HOST.match(url.strip())
    key = "".join(c for c in site.lower() if c.isalnum())
    return m is not None and len(key) >= 4 and key in "".join(c for c in m["host"].lower() if c.isalnum())


def names_host(site: str, url: str) -> bool:
    """Whether a site's name is the site ``url`` points to: one word or a domain (``names_site``), or two or three
    words each a label of the host, as written or in the singular (``Android Developers`` for
    developer.android.com, ``Google Cloud`` for cloud.google.com)."""
    if names_site(site, url):
        return True
    m = _HOST.match(url.strip())
    words = site.lower().split()
    if m is None or not 2 <= len(words) <= 3:
        return False
    labels = set(m["host"].lower().split("."))
    return all(w in labels or (w.endswith("s") and w[:-1] in labels) for w in words)


@needs(labels=("url",), any_label=("container-title", "note"), without=("title", "author", "journal"))
def site_before_linked_title(spans: list[Span], text: str) -> list[Span]:
    """``Wikipedia, [UTF-8](https://en.wikipedia.org/wiki/UTF-8)`` (or ``Wikipedia, UTF-16. https://…``) read as
    one container or note before the address: a site the address points to, then the page's title."""
    if not labels_of(spans).isdisjoint(("title", "author", "journal")):
        return spans  # (a work already titled and named: an arXiv preprint's "arXiv, arXiv:… https://arxiv.org/…")
    k = next((i for i, s in enumerate(spans) if s.label in ("container-title", "note")), None)
    # (a link's address sits after the access date a Markdown link is followed by: "…](https://…), accessed 3 March")
    if k is None or k + 1 >= len(spans) or spans[k + 1].label not in ("url", "accessed"):
        return spans
    url = next((x for x in spans if x.label == "url"), None)
    s = spans[k]
    m = _SITE_THEN_WORDS.fullmatch(s.text)
    if m is None or url is None or not WORD.search(m["title"]) or not names_site(m["site"], url.text):
        return spans
    a, z = s.start + m.start("site"), s.start + m.end("site")
    b, e = s.start + m.start("title"), s.start + m.end("title")
    new = [Span("container-title", text[a:z], a, z, s.confidence), Span("title", text[b:e], b, e, s.confidence)]
    return [*spans[:k], *new, *spans[k + 1 :]]


# a site's name, a spaced double hyphen, then the page's title: "Bromeliads.info -- Getting to Know the Guzmania"
_SITE_DOUBLE_HYPHEN_TITLE = lazy_pattern(r"(?P<site>[^\W_][\w.&'’-]*) -- (?P<title>[^\s-].*?)[.,:;]?\s*")
# a work already named by a site, a person or a journal, or dated: no bare page of a site
_SITE_HEAD_BARS = ("container-title", "author", "journal", "date")


@needs(labels=("title", "url"), without=_SITE_HEAD_BARS, marks=(" -- ",))
def site_double_hyphen_title(spans: list[Span], text: str) -> list[Span]:
    """``Bromeliads.info -- Getting to Know the Guzmania Bromeliad: https://www.bromeliads.info/…`` read as one
    title: a site of one word that the address points to, a spaced double hyphen, then the page's title."""
    if len(spans) < 2 or spans[0].label != "title" or spans[1].label != "url":
        return spans
    if not labels_of(spans).isdisjoint(_SITE_HEAD_BARS):
        return spans
    s = spans[0]
    m = _SITE_DOUBLE_HYPHEN_TITLE.fullmatch(s.text)
    if m is None or not WORD.search(m["title"]) or not names_site(m["site"], spans[1].text):
        return spans
    a, z = s.start + m.start("site"), s.start + m.end("site")
    b, e = s.start + m.start("title"), s.start + m.end("title")
    new = [Span("container-title", text[a:z], a, z, s.confidence), Span("title", text[b:e], b, e, s.confidence)]
    return [*new, *spans[1:]]


# words a site's name is made of and a person's is not: "Stack Overflow", "MDN Web Docs", "Smashing Magazine"
_SITE_WORDS = frozenset(
    "docs doc web wiki overflow exchange stack magazine blog news tricks camp hub dev developer developers network "
    "academy school guide guides labs lab code online hacker hackers data science tech times post review daily "
    "python javascript java rust go css html linux tutorial tutorials point geeks medium world central reference "
    "community forum forums press digital weekly mag".split()
)
# hosts whose site is known by a name its host does not spell
_KNOWN_SITES = {"mdnwebdocs": "mozilla", "mozilladevelopernetwork": "mozilla", "mdn": "mozilla"}
# a site's name of two or three words opening the reference before its comma: "Stack Overflow, [How …]("
_SITE_AUTHOR_BARS = ("container-title", "journal", "date")
_SITE_WORDS_HEAD = lazy_pattern(r"(?P<site>[A-Z][\w&'’-]*(?: [A-Za-z][\w&'’-]*){1,2}),?\s*", 0)


def _site_of_host(site: str, url: str) -> bool:
    """Whether the words of ``site`` name the host of ``url`` and not a person (``Mathias Bynens`` for
    mathiasbynens.be stays a person): their letters joined are the host's (or its known name's) and one of them
    is a site's word."""
    m = _HOST.match(url.strip())
    if m is None:
        return False
    host = "".join(c for c in m["host"].lower() if c.isalnum())
    key = "".join(c for c in site.lower() if c.isalnum())
    known = _KNOWN_SITES.get(key)
    if known is not None:
        return known in host
    return len(key) >= 6 and key in host and any(w.lower() in _SITE_WORDS for w in site.split())


@needs(labels=("author", "title", "url"), without=_SITE_AUTHOR_BARS)
def site_author_before_linked_title(spans: list[Span], text: str) -> list[Span]:
    """``Stack Overflow, [How do I …](https://stackoverflow.com/q/1)`` with the site's two or three words read as
    the author (a link's marks are gone by then): a site the address points to is the container, the link's words
    the title."""
    if len(spans) < 3 or spans[0].label != "author" or spans[1].label != "title" or spans[2].label != "url":
        return spans
    if not labels_of(spans).isdisjoint(_SITE_AUTHOR_BARS):
        return spans
    s = spans[0]
    if any(c.isalpha() for c in text[spans[1].end : spans[2].start]):
        return spans  # "Body, "Title." Beschikbaar: https://…": words announce the address, no link's own title
    m = _SITE_WORDS_HEAD.fullmatch(s.text)
    if m is None or not _site_of_host(m["site"], spans[2].text):
        return spans
    a, z = s.start + m.start("site"), s.start + m.end("site")
    return [Span("container-title", text[a:z], a, z, s.confidence), *spans[1:]]


# journals whose whole name is one word (MDPI's and the open physics journals' among them)
_ONE_WORD_JOURNALS = frozenset(
    "Quantum Nature Science Entropy Symmetry Universe Galaxies Particles Axioms Mathematics Sensors Energies Atoms "
    "Photonics Crystals Materials Molecules Polymers Nanomaterials Fluids Optica Chaos Nonlinearity Physics Cell "
    "Neuron Genetics Biometrika Econometrica Automatica Pramana Metrologia Viruses Cancers Nutrients Algorithms "
    "Computers Robotics Fractals".split()
)
# the title's words, a comma, then the journal's one word: "…, Wegner Hamiltonian Flow and Operator Growth, Quantum"
_TITLE_THEN_ONE_WORD = lazy_pattern(r"(?P<title>\S.*\S),\s+(?P<journal>[A-Z][a-z]+)\s*")


@needs(labels=("author", "volume"), any_label=("journal", "title"), without=("container-title",))
def one_word_journal_after_title(spans: list[Span], text: str) -> list[Span]:
    """APS's ``N. Hörnedal, …, Geometric Operator Quantum Speed Limit, Wegner Hamiltonian Flow and Operator Growth,
    Quantum 7, 1055 (2023).`` with the title and the journal read as one journal (or one title): a journal known by
    one word, after the last comma, is the journal, the words before it the title."""
    works = [k for k, s in enumerate(spans) if s.label in ("journal", "title")]
    if len(works) != 1:
        return spans
    k = works[0]
    s = spans[k]
    if not 0 < k < len(spans) - 1 or spans[k - 1].label != "author" or spans[k + 1].label != "volume":
        return spans
    m = _TITLE_THEN_ONE_WORD.fullmatch(s.text)
    if m is None or m["journal"] not in _ONE_WORD_JOURNALS or len(WORD.findall(m["title"])) < 3:
        return spans
    a, z = s.start + m.start("title"), s.start + m.end("title")
    j, e = s.start + m.start("journal"), s.start + m.end("journal")
    new = [Span("title", text[a:z], a, z, s.confidence), Span("journal", text[j:e], j, e, s.confidence)]
    return [*spans[:k], *new, *spans[k + 1 :]]


# a page's title, its full stop, then a site's or body's name of one to four words: "Path traversal. Portswigger
# Academy." (the last full stop before a tail with none ends the title: "Node.js streams. Node Docs.")
_TITLE_THEN_SITE = lazy_pattern(r"(?P<title>\S.*?\S)\.\s+(?P<site>[A-Z][\w&'’-]*(?: [A-Za-z][\w&'’-]*){0,3})\.?\s*")
# a word of a title's running text, which a person's or a body's name has none of: "Path traversal", "Using the …"
_LOWER_WORD = lazy_pattern(r"(?<![\w'’-])[a-z]{3,}\b", 0)
# what a head read before the address may be read as
_HEAD_LABELS = frozenset(("author", "title", "publisher", "journal", "container-title"))
# the labels of a work whose head is more than a page and its site: dated, in a volume, with editors or pages
_PAGE_SITE_BARS = ("date", "volume", "issue", "pages", "editor", "location", "doi")


def _host_words(site: str, url: str) -> bool:
    """Whether a word of ``site`` (four letters or more) or its known name is in the host of ``url``:
    ``Portswigger Academy`` for portswigger.net, ``MDN Web Docs`` for developer.mozilla.org."""
    m = _HOST.match(url.strip())
    if m is None:
        return False
    host = "".join(c for c in m["host"].lower() if c.isalnum())
    known = _KNOWN_SITES.get("".join(c for c in site.lower() if c.isalnum()))
    if known is not None:
        return known in host
    return any(len(w) >= 4 and w.lower() in host for w in WORD.findall(site))


@needs(labels=("url",), any_label=tuple(_HEAD_LABELS), without=_PAGE_SITE_BARS)
def title_then_site_before_address(spans: list[Span], text: str) -> list[Span]:
    """A title-first web entry with no date, ``Path traversal. Portswigger Academy. Luettavissa: https://…`` (or
    ``Available at:``, ``Retrieved from``), read as one body or publisher, or as an author and a title: the words
    before the last full stop are the title, the name after it the site (a ``container-title``, as a site's word
    shows: ``Academy``, ``Docs``) or the body that publishes it (``OWASP Foundation``, not where an author and a
    title were read), where
    that name's word is in the address's host and no word of the title is."""
    if not labels_of(spans).isdisjoint(_PAGE_SITE_BARS):
        return spans
    k = next((i for i, s in enumerate(spans) if s.label == "url"), 0)
    if not 1 <= k <= 2 or any(s.label not in _HEAD_LABELS for s in spans[:k]):
        return spans
    first, url = spans[0], spans[k]
    m = _TITLE_THEN_SITE.fullmatch(text[first.start : spans[k - 1].end])
    if m is None:
        return spans
    a, z = first.start + m.start("title"), first.start + m.end("title")
    b, e = first.start + m.start("site"), first.start + m.end("site")
    if k == 2 and (b < first.end or any(c.isalnum() for c in text[spans[1].start : b])):
        return spans  # two spans, not parted where the title's full stop parts them
    title, site, address = m["title"], m["site"], url.text.split()[-1]  # (the span may hold "Available at:")
    if not _LOWER_WORD.search(title) or not _host_words(site, address) or _host_words(title, address):
        return spans
    label = "container-title" if any(w.lower() in _SITE_WORDS for w in site.split()) else "publisher"
    if k == 2 and (spans[1].label == label or label == "publisher" and first.label != "title"):
        return spans  # an author and a title read: a body's name after the title does not tell them wrong
    conf = first.confidence
    return [Span("title", text[a:z], a, z, conf), Span(label, text[b:e], b, e, conf), *spans[k:]]
