"""Mend of a web page's site read as its publisher: ``"Our Policies", figshare, https://…``.

A page cited in commas with no date, ``Title, Site, https://…``, names the site it sits on between
the title and the address; the model reads that name as a publisher (as it would be in ``Publisher,
2019``), or with no quotes into the title. With no date, place or other work in the reference, the
short name closing on a comma right before the closing address is the site, the page's container.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.dates import ENGLISH_MONTH
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# any of these says the name may be a real imprint (a place, a date, a work it appeared in)
_IMPRINT_SIGNS = frozenset(["date", "location", "journal", "container-title", "collection-title", "volume", "issue"])
# a site's name is short; a longer last part is more likely the title's own
_MAX_SITE_WORDS = 4


def _closing_site(title: Span, nxt: Span, text: str, closes: tuple[str, ...] = (",",)) -> int:
    """Where the short last part of a title span closed by a comma (or another of ``closes``) begins, right before
    ``nxt`` (``Title, Site,``), as an offset into its text; -1 where there is none."""
    body = title.text.rstrip()
    if not body.endswith(closes) or text[title.end : nxt.start].strip():
        return -1
    cut = body.rfind(", ", 0, len(body) - 1)
    site = body[cut + 2 : -1]
    if cut <= 0 or not site or len(site.split()) > _MAX_SITE_WORDS or any(c in site for c in '"“”:;.?!()'):
        return -1
    return cut


def _site_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Title, Site, https://…`` read as one title: its last comma-separated part is the site."""
    title = spans[0]
    body = title.text.rstrip()
    if (cut := _closing_site(title, spans[1], text)) < 0:
        return spans
    head = Span("title", body[:cut], title.start, title.start + cut, title.confidence)
    a = title.start + cut + 2
    return [head, Span("container-title", body[cut + 2 :], a, title.start + len(body), title.confidence), spans[1]]


@needs(labels=["url"], without=_IMPRINT_SIGNS)
def site_before_address(spans: list[Span], text: str) -> list[Span]:
    """``Making your code citable, GitHub Guides, https://…`` with the site read as the publisher."""
    if len(spans) < 2 or spans[-1].label != "url" or any(s.label in _IMPRINT_SIGNS for s in spans):
        return spans
    if len(spans) == 2 and spans[0].label == "title":
        return _site_in_title(spans, text)
    if len(spans) < 3:
        return spans
    title, site = spans[-3], spans[-2]
    if title.label != "title" or site.label != "publisher":
        return spans
    # the commas of the form: the title closes on one, the site on another, right before the address
    if not title.text.rstrip().endswith(",") or not site.text.rstrip().endswith(","):
        return spans
    if text[site.end : spans[-1].start].strip():
        return spans
    return [*spans[:-2], Span("container-title", site.text, site.start, site.end, site.confidence), spans[-1]]


# Harvard's lead-in to the address ("Available at:", "Available from:", "Retrieved from")
_ADDRESS_LEAD_IN = lazy_pattern(r"^\s*(?:Available\s+(?:at|from|online)|Retrieved\s+from|URL)\b", re.I)
# a site's name in title case: capitalised words, "of", "and", "the", "&" between them
_TITLE_CASE_SITE = lazy_pattern(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|the|for|on|&))*")


@needs(labels=["title", "url"], without=("container-title", "journal", "publisher"))
def site_before_address_lead_in(spans: list[Span], text: str) -> list[Span]:
    """Harvard's ``Smith J (2019) The future of work, Harvard Business Review, Available at: https://…`` (or Cite Them
    Right's ``…, Game Dev Beginner. Available at:``) with the site read into the title: the title-case name after
    the title's last comma, right before the address's lead-in, is the site."""
    for k in range(len(spans) - 1):
        title, url = spans[k], spans[k + 1]
        if title.label != "title" or url.label != "url" or not _ADDRESS_LEAD_IN.match(url.text):
            continue
        body = title.text.rstrip()
        cut = _closing_site(title, url, text, (",", "."))
        site = body[cut + 2 : -1]
        if cut < 0 or not _TITLE_CASE_SITE.fullmatch(site):
            return spans
        # (after a full stop only a name of capitalised words: "The World's Women 2015, Trends and Statistics."
        # is one title)
        if body.endswith(".") and not all(w[:1].isupper() for w in site.split()):
            return spans
        if len(body[:cut].split()) < 3 or any(s.label in ("container-title", "journal", "publisher") for s in spans):
            return spans
        return divided(spans, k, cut, cut + 2, "title", "container-title")
    return spans


# what may follow a web page's site in Wikipedia's rendered citations: its date, the access note, the address
_AFTER_SITE = frozenset(["date", "accessed", "url", "note"])


@needs(labels=["title", "source"], without=_IMPRINT_SIGNS - {"date"})
def site_after_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """Wikipedia's ``Hudson, Alex (October 20, 2022). "Title". Exclaim!. Retrieved December 6, 2022.`` with the
    site after the quoted title read as a source (a database): the site is the page's container."""
    for k in range(len(spans) - 1):
        t, s = spans[k], spans[k + 1]
        if t.label != "title" or s.label != "source" or not t.text.rstrip().endswith(('".', "”.")):
            continue
        if not t.text.lstrip().startswith(('"', "“")) or any(x.label not in _AFTER_SITE for x in spans[k + 2 :]):
            return spans
        return [*spans[: k + 1], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 2 :]]
    return spans


# a note's web page or news item: a quoted title, the site's name (and its owner), the day (or month) it was
# posted, updated or read, the address: ``“Title,” Pew Research Center, October 9, 2014. https://…``, ``“Title.”
# Cision PR Network. November 12, 2019. https://…``, ``“Title,” *The HubSpot Marketing Blog*, HubSpot, updated
# January 20, 2022, https://…``, ``“Title,” Pinterest Help, Pinterest, accessed February 13, 2022, https://…``;
# a name is a run of words with no comma, quote, bracket or digit. A lone name with only an access date may be
# the site's owner (Chicago's ``"Yale Facts." Yale University. Accessed …``): left as read
_MONTH = ENGLISH_MONTH
_POSTED = rf"(?:{_MONTH} \d{{1,2}}, \d{{4}}|\d{{1,2}} {_MONTH} \d{{4}}|{_MONTH} \d{{4}})"
_SITE_NAME = r"\*?[A-Z][^\s,“”\"()\[\]:;\d*]*(?: [^\s,“”\"()\[\]:;\d*]+){0,7}\*?"
_NOTE_PAGE = lazy_pattern(
    rf"(?P<title>[“\"][^“”\"]{{3,300}}[,.?!]?[”\"])[,.]? (?P<site>{_SITE_NAME})(?:, (?P<owner>{_SITE_NAME}))?[,.] "
    rf"(?:(?P<date>(?:(?:last )?(?:updated|modified)|posted|published) {_POSTED})|(?P<accessed>accessed {_POSTED}))"
    rf"[,.] (?=(?:https?://|www\.)\S+(?: \((?:accessed|retrieved) [^()]+\))?\.?$)"
    rf"|(?P<title2>[“\"][^“”\"]{{3,300}}[,.?!]?[”\"])[,.]? (?P<site2>{_SITE_NAME})(?:, (?P<owner2>{_SITE_NAME}))?[,.] "
    rf"(?P<date2>{_POSTED})[,.] (?=(?:https?://|www\.)\S+(?: \((?:accessed|retrieved) [^()]+\))?\.?$)"
)
# a site's name never opens on these (a container's or an imprint's word)
_NOT_SITE = frozenset("in at from edited ed translated available accessed retrieved vol no".split())


def _site_read_as_place(span: Span, site: tuple[str, int, int]) -> bool:
    """``“Title,” Oberlo, October 26, 2020,`` with the site alone read as a place: a name no gazetteer knows."""
    return span.start >= site[1] and span.end <= site[2] + 1 and not is_place(site[0])


def _group(found: re.Match[str], name: str) -> tuple[str, int, int] | None:
    """The text and place of the first of ``name`` and ``name2`` the match holds."""
    for key in (name, name + "2"):
        if key in found.re.groupindex and found.group(key) is not None:
            return found.group(key), found.start(key), found.end(key)
    return None


_ROLES_READ = frozenset(["interviewer", "genre", "director"])


@needs(labels=["title", "url"], without=["volume", "issue", "pages"], marks=("“", '"'))
def site_before_posted_date(spans: list[Span], text: str) -> list[Span]:
    """A note's ``“Title,” Pew Research Center, October 9, 2014. https://…`` (or ``“Title,” *Blog*, Owner, updated
    …``) with the site between the quoted title and the date read as the publisher, or run with its owner and
    the date into one field: a web page names the site it sits on there, the page's container, and after it
    the site's owner, its publisher."""
    labels = {sp.label for sp in spans}
    if "title" not in labels or "url" not in labels or labels & {"volume", "issue", "pages"}:
        return spans
    found = _NOTE_PAGE.search(text)
    if found is None:
        return spans
    title, site, owner = _group(found, "title"), _group(found, "site"), _group(found, "owner")
    date, accessed = _group(found, "date"), _group(found, "accessed")
    if title is None or site is None or site[0].strip("*").split()[0].lower() in _NOT_SITE:
        return spans
    if accessed is not None and owner is None:  # a lone name read on a day: maybe the owner
        return spans
    a = title[1]
    # only names before the title: an opening that is anything else is not this form; a place read only in
    # the owner's name ("*Oberlo Blog*, Oberlo,")
    if any(sp.start < a and sp.label != "author" for sp in spans):
        return spans
    if any(
        sp.label == "location"
        and (owner is None or sp.start < owner[1] or sp.end > owner[2] + 1)
        and not _site_read_as_place(sp, site)
        for sp in spans
    ):
        return spans
    held = [sp for sp in spans if sp.start < site[2] and sp.end > site[1]]
    if any(sp.label in _ROLES_READ for sp in held):
        return spans  # MLA's "Interview by Andrew Purcell. The Guardian,": a role read there, no site's name
    conf = min((sp.confidence for sp in held), default=1.0)
    new = [Span("title", title[0], a, title[2], conf), Span("container-title", site[0], site[1], site[2], conf)]
    if owner is not None:
        new.append(Span("publisher", owner[0], owner[1], owner[2], conf))
    if date is not None:
        new.append(Span("date", date[0], date[1], date[2], conf))
    if accessed is not None:
        new.append(Span("accessed", accessed[0], accessed[1], accessed[2], conf))
    if [(sp.label, sp.start, sp.end) for sp in spans if a <= sp.start < found.end()] == [
        (sp.label, sp.start, sp.end) for sp in new
    ]:
        return spans
    return replaced(spans, text, a, found.end(), new)


# Citation Style 1 after a quoted title: the work (site) and its publisher, each closed by a full stop, then the
# date of the page and the access note: ``"Title". Red Hat Customer Portal. Red Hat. Retrieved May 12, 2021.``,
# ``"Title". splix.sourceforge.net.`` (a part holds no digit, quote, bracket, comma or colon: no address)
_CS1_PART = r"[^\s\"“”()\[\]\d,:;][^\"“”()\[\]\d,:;]*?"
_CS1_DATE = r"(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}-\d\d-\d\d|[A-Z][a-z]+ \d{4}|\d{4})"
_CS1_WORK = lazy_pattern(
    rf"(?<=[\"”]\. )(?P<work>{_CS1_PART})\.(?: (?P<publisher>{_CS1_PART})\.)?(?: {_CS1_DATE}\.)?"
    rf"(?: (?:Retrieved|Accessed) {_CS1_DATE}\.?)?\s*$"
)
# what may stand before the quoted title: the names and the date in brackets
_CS1_OPENING = frozenset(["author", "date"])
_CS1_MAX_WORDS = 8


@needs(labels=["title"], without=["journal", "volume", "issue", "pages", "location"], marks=('".', "”."))
def work_after_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """Wikipedia's ``"Title". splix.sourceforge.net.`` or ``"Title". Red Hat Customer Portal. Red Hat. Retrieved
    …`` with the work read into the title or a note, or the work and its publisher read as one site: after the
    quoted title the first sentence names the work the page is part of, a second its publisher."""
    if any(s.label in ("journal", "volume", "issue", "pages", "location") for s in spans):
        return spans
    found = _CS1_WORK.search(text)
    if found is None:
        return spans
    work, publisher = found.group("work"), found.group("publisher")
    if any(len(p.split()) > _CS1_MAX_WORDS for p in (work, publisher) if p):
        return spans
    a = found.start("work")
    title = next((s for s in spans if s.label == "title" and s.start < a), None)
    if title is None or any(s.label not in _CS1_OPENING for s in spans if s.end <= title.start):
        return spans
    new = [Span("container-title", work, a, found.end("work"), title.confidence)]
    if publisher:
        new.append(Span("publisher", publisher, found.start("publisher"), found.end("publisher"), title.confidence))
    z = new[-1].end + 1  # the part's closing full stop
    held = [(s.label, s.start, s.end) for s in spans if s.start < z and s.end > a]
    if held == [(s.label, s.start, s.end) for s in new]:
        return spans
    return replaced(spans, text, a, z, new)


# a quoted title and the site after its stop, read as one title: '"uncommon, adj. (and adv.)". OED Online.'
_QUOTED_THEN_SITE = lazy_pattern(
    r"(?P<title>[“\"][^“”\"]{2,300}[”\"])\.\s+"
    r"(?P<site>[A-Z][^\s.,;:()\[\]“”\"\d]*(?: [A-Z][^\s.,;:()\[\]“”\"\d]*){0,4})\.?\s*"
)


@needs(labels=["title", "date"], without=["container-title", "journal"])
def site_in_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """``Oxford University Press. "uncommon, adj. (and adv.)". OED Online. 2022.`` with the site (a dictionary, a
    database) after the quoted title's stop read into the title: the capitalised words after it are the site,
    the container of the entry."""
    if {"container-title", "journal"} & {s.label for s in spans} or not any(s.label == "date" for s in spans):
        return spans
    for k, t in enumerate(spans):
        if t.label != "title":
            continue
        m = _QUOTED_THEN_SITE.fullmatch(t.text)
        if m is None or m.group("site").lower().split()[0] in _NOT_SITE:
            return spans
        return divided(spans, k, m.end("title"), m.start("site"), "title", "container-title")
    return spans


# a reference that opens on its quoted title (after its number in the list: "[1] ", "1. ")
_QUOTE_OPENS = lazy_pattern(r"\s*(?:\[\d{1,4}\]\s*|\d{1,4}\.\s+)?[\"\u201c]")


@needs(labels=["title", "author", "url"])
def owner_after_opening_title(spans: list[Span], text: str) -> list[Span]:
    """IEEE's page with no author, ``"Python documentation," Python Software Foundation. Accessed: Jan. 5, 2024.
    [Online]. Available: URL``, with the name after the opening title read as the author: IEEE names no author
    there, and the body named after the title is the site that holds the page, its container."""
    if _QUOTE_OPENS.match(text) is None:
        return spans
    k = next((i for i, s in enumerate(spans) if s.label != "citation-number"), len(spans))
    if k + 2 >= len(spans) or spans[k].label != "title" or spans[k + 1].label != "author":
        return spans
    if not spans[k].text.lstrip().startswith(('"', "\u201c")):
        return spans
    after = [x.label for x in spans[k + 2 :]]
    if "url" not in after or any(label not in _AFTER_SITE for label in after):
        return spans
    owner = spans[k + 1]
    site = Span("container-title", owner.text, owner.start, owner.end, owner.confidence)
    return [*spans[: k + 1], site, *spans[k + 2 :]]


# what may close a web page's entry after its bracketed year (Elsevier's "(2021). https://… (accessed …)")
_AFTER_BRACKET_YEAR = frozenset(["url", "accessed", "note"])


@needs(labels=["title", "date", "url"], without=["container-title", "journal", "publisher", "volume", "pages"])
def site_before_bracketed_year(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's web page ``S. Basak, Drone Signals, GitHub (2021). https://…`` read as one title: the short
    last part after the title's comma, right before the bracketed year with no comma of its own (a page
    with no site reads ``Title, (2016).``), is the site."""
    if not any(s.label == "url" for s in spans):
        return spans  # a book's "Title, Octopus (1979)" names its publisher there: the page's address tells them apart
    for k in range(len(spans) - 1):
        title, date = spans[k], spans[k + 1]
        if title.label != "title":
            continue
        if date.label != "date" or not date.text.startswith("(") or text[title.end : date.start].strip():
            return spans
        if any(s.label not in _AFTER_BRACKET_YEAR for s in spans[k + 2 :]):
            return spans
        body = title.text.rstrip()
        cut = body.rfind(", ")
        site = body[cut + 2 :]
        if cut <= 0 or not site[:1].isupper() or len(site.split()) > _MAX_SITE_WORDS:
            return spans
        if any(c in site for c in '"“”:;.?!()') or len(body[:cut].split()) < 2:
            return spans
        return divided(spans, k, cut, cut + 2, "title", "container-title")
    return spans


# a site named by its host: "Xbox.com.", "news.example.org"
_HOST_NAME = lazy_pattern(r"\s*(?:[A-Za-z\d-]+\.)+(?:com|org|net|edu|gov|io|info)\.?\s*")


@needs(labels=["title", "date"], without=["container-title", "journal"])
def host_site_after_date(spans: list[Span], text: str) -> list[Span]:
    """The plain style's ``Title, May 2020. | Xbox.com. | URL: https://…`` with the site read as a second title: a
    host's name after the page's title and date is the site, the page's container."""
    for k in range(2, len(spans)):
        s = spans[k]
        if s.label != "title" or spans[k - 1].label != "date" or spans[k - 2].label != "title":
            continue
        if _HOST_NAME.fullmatch(s.text) is None:
            return spans
        return [*spans[:k], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a note's page in single or double quotes with the comma inside them, the site, maybe the day, then a sentence or
# more of the writer's own about the page before its address: ``Cognition Labs, 'Enterprise Security,' Devin
# Documentation. SOC 2 Type 2 certified … Available at: https://…``, ``UK Government, 'Title,' GOV.UK, 10 February
# 2025. Principle 4: … Available at: …``. The model reads the sentences as the title or the names, or the site with
# them as a note. A site has no digit (``Version 1.0`` is no site).
_COMMA_IN_QUOTES = (",'", ",\u2019", ',"', ",\u201d")
_ANNOTATED_PAGE = lazy_pattern(
    r"^(?P<names>[A-Z][^'‘\"“:;()\[\]\d]{1,80}?),\s['‘\"“](?P<title>[^'‘\"“][^\n]{1,300}?),['’\"”]\s"
    rf"(?P<site>[A-Z][^,;:()\[\]\d'‘’\"“”]{{1,60}}?)"
    rf"(?:,\s(?P<date>{_POSTED}|\d{{1,2}} {_MONTH} \d{{4}}))?\.\s+(?=[A-Z])"
)
# Harvard's lead-in closing the writer's sentences, right before the address: "… for 2023. Available at: https://…"
_LEAD_IN_CLOSES = lazy_pattern(r"\s*(?:Available\s+(?:at|from|online)|Retrieved\s+from)\s*:?\s*$", re.I)
# what the model made of the writer's sentences: they are a note
_ANNOTATION_READ_AS = frozenset(["title", "author", "container-title", "journal", "publisher", "source", "note"])


@needs(labels=["title", "url"])
def annotated_note_page(spans: list[Span], text: str) -> list[Span]:
    """``Body, 'Title,' Site[, Day Month Year]. Sentences about the page. Available at: URL`` with the sentences read
    as the title or the site left in a note: the names, the quoted title, the site (its container), the day, and
    the sentences as a note."""
    if not any(q in text for q in _COMMA_IN_QUOTES):
        return spans
    m = _ANNOTATED_PAGE.match(text)
    if m is None or len(m["site"].split()) > 6 or m["site"].split()[0].lower() in _NOT_SITE:
        return spans
    url = next((s for s in spans if s.label == "url" and s.start >= m.end()), None)
    if url is None:
        return spans
    between = [s for s in spans if m.end() <= s.start < url.start]
    if any(s.label not in _ANNOTATION_READ_AS for s in between):
        return spans  # a date, an access note or numbers after the site: another form
    conf = min((s.confidence for s in spans), default=1.0)
    a, z = m.start("title") - 1, m.end("title") + 2  # the title with its quotes and the comma inside them
    new = [Span("author", m["names"], 0, m.end("names"), conf), Span("title", text[a:z], a, z, conf)]
    new.append(Span("container-title", m["site"], m.start("site"), m.end("site"), conf))
    if m["date"]:
        new.append(Span("date", m["date"], m.start("date"), m.end("date"), conf))
    # the address's lead-in read into the sentences goes with the address, as the model reads it there
    lead = _LEAD_IN_CLOSES.search(text, m.end(), url.start)
    note_end = lead.start() if lead is not None else url.start
    while note_end > m.end() and text[note_end - 1].isspace():
        note_end -= 1
    if note_end > m.end():
        new.append(Span("note", text[m.end() : note_end], m.end(), note_end, conf))
    if lead is not None:
        a = lead.start() + len(lead.group()) - len(lead.group().lstrip())
        url = Span("url", text[a : url.end], a, url.end, url.confidence)
    new.append(url)
    if [(s.label, s.start, s.end) for s in spans if s.end <= url.end] == [(s.label, s.start, s.end) for s in new]:
        return spans
    return replaced(spans, text, 0, url.end, new)
