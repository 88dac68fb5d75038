"""Mends of IOP's Harvard form without marks, as its journals print references:
``Rebentrost P, Mohseni M and Aspuru-Guzik A 2009 Environment-assisted quantum transport New J. Phys. 11 033003``
and books, ``Agrawal G P 2007 Nonlinear Fiber Optics 4th edn (Burlington, VA: Academic)``.

Nothing but a space parts the title, the journal, its volume and its page, so the model may read the
journal's first words into the title (``… transport New`` | ``J. Phys.``), the whole journal into it
(``… systems Molecules``), the title into the journal, or the closing numbers as a note. The title is
in sentence case and the journal in title case: the journal is the run of capitalised and abbreviated
words just before the two closing numbers.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import before_links
from biblio.parse.mends.degree_notes import DEGREE_KIND
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.normalisers.publisher import periodical_name
from biblio.parse.normalisers.types import periodical_site
from biblio.parse.spans import Span

# names as IOP sets them ("Chin A W, …, Huelga S F and Plenio M B", "Scholes G D et al"; Nuclear Fusion's
# "Beidler C.D. et al", "Jaboulay J.-C."), the year, then the title (and the journal)
_NAMES_YEAR = (
    r"^(?:\[\d{1,4}\]\s*)?(?P<names>[^\d\[\]()]+?\s(?:[A-Z](?:[\s-][A-Z]){0,3}|[A-Z]\.(?:\s?-?[A-Z]\.){0,3})"
    r"(?:\s+Jr)?(?:\s+et\s+al\.?)?)"
    r"\s+(?P<year>(?:1[6-9]|20)\d\d)[a-z]?\s+(?P<body>\S.*?)"
)
# an article: a volume and a page (or a range) close the reference
_IOP = lazy_pattern(
    _NAMES_YEAR
    + r"\s+(?P<volume>[A-Z]?\d{1,5}(?:-\d{1,5})?)"  # a double volume: Fusion Eng. Des.'s "109-111"
    + r"\s+(?P<pages>[A-Za-z]{0,2}\d{1,7}[A-Za-z]?(?:[-\u2013][A-Za-z]{0,2}\d{1,7})?)\.?\s*$"
)
# a book: its volume ("vol 24"), its edition, then the place and the publisher in brackets ("2nd edn (New York:
# Wiley)"), or the publisher alone ("(Routledge)", "(dpunkt.verlag)"; no gloss: "(in Russian)", "(Preprint)",
# "(Personal communication)", "(Accepted)"); a thesis: its kind ("PhD Thesis", "DPhil", "Unpublished master's
# thesis"), then the school
_IOP_BOOK = lazy_pattern(
    _NAMES_YEAR + r"(?:\s+vol\s+(?P<volume>\d{1,4}))?(?:\s+(?P<edition>\d{1,2}(?:st|nd|rd|th)\s+edn))?"
    rf"(?:\s+(?P<genre>{DEGREE_KIND}))?"
    r"\s+\((?:(?P<location>[^():\d/]+?):\s*)?(?!(?:In|Preprint|Online|Unpublished|Submitted|Forthcoming|Abstract|Accepted|Private|Personal|Invited)\b)"
    r"(?P<publisher>(?=[^\W\d_a-z]|[a-z]+\.[a-z])[^():\d/]+?)\s*\)\.?\s*$"
)
# the last two words of a text ``_IOP`` matches, the volume and the page (neither holds a space): read first,
# since the pattern's lazy names and body are tried at every split of a text that does not close so
_IOP_CLOSE = lazy_pattern(
    r"[A-Z]?\d{1,5}(?:-\d{1,5})?\s[A-Za-z]{0,2}\d{1,7}[A-Za-z]?(?:[-\u2013][A-Za-z]{0,2}\d{1,7})?\.?"
)
_WORD = lazy_pattern(r"\S+")
# a word a name may hold in lower case: a short link ("of", "and", "de la") or none of letters
_LONG_LETTERS = lazy_pattern(r"[^\W\d_]{4,}")
# a journal's word: abbreviated ("Phys.", "J.") or capitalised ("New", "Quantum", "IEEE", "A"), perhaps before
# the colon of a section's name ("J. Phys.: Condens. Matter", "J. Phys. A: Math. Theor.")
# (or hyphenated: "Neuro-Oncol.", "Bio-Med.")
_ABBREVIATED = lazy_pattern(r"[A-Z][A-Za-z]{0,9}(?:-[A-Z][A-Za-z]{0,9})?\.:?")
# (with Latin-1's letters: "Médico", "Études")
_CAPITALISED = lazy_pattern(r"(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]+|[A-Z]{1,6}):?")
# words after which a capitalised word is still the title's ("… in the Sun", "… of Mars")
_TITLE_LINKS = frozenset("the a an of in on at for with from to by and or into via".split())
# a journal's lead words before its first abbreviation ("New J. Phys.", "IEEE Photonics J.")
_MOST_LEAD = 2
# the words of a journal named in full with no head word ("World Archaeology", "Plant Cell Reports")
_MOST_WORDED = 4


def _journal_word(word: str) -> bool:
    return bool(_ABBREVIATED.fullmatch(word) or _CAPITALISED.fullmatch(word))


# a journal named in full opens on one of these words and its link ("Journal of", "Transactions on",
# "Advances in"), perhaps after a word or two ("Chicago Journal of", "IEEE Transactions on")
# (or, in other languages, "Archiv für", "Anales del", "Revue des", "Rivista di": these open the name, no word before
# them, as a German title's last noun may stand there: "… im späten Mittelalter Archiv für …")
_OTHER_HEADS = frozenset(
    "Archiv Archivo Archivio Anales Annales Annali Revista Revue Rivista Zeitschrift Jahrbuch Cuadernos Cahiers "
    "Mitteilungen Bollettino".split()
)
_HEADS = _OTHER_HEADS | frozenset(
    "Journal Transactions Proceedings Annals Bulletin Archives Advances Reviews Review Studies Progress "
    "Frontiers Topics Problems Memoirs Notices Communications Letters Acta Papers".split()
)
_HEAD_LINKS = frozenset("of on in for für de del della di des do da voor".split())
# words a journal's name holds between its capitalised ones ("… of the Association for Computational …",
# "Anales del Sistema Sanitario de Navarra")
_NAME_LINKS = frozenset("of on in for and the & für de del della di des du da do la y e et und voor".split())
# words a title's last word is not: a link a capitalised word may follow ("… in the Netherlands"), the articles of
# other languages ("… in der Schwarmintelligenz")
_ARTICLES = frozenset("der die das den dem des le la les el los il lo de du del van von".split())
# the noun a journal named in full ends on ("Endangered Species Research", "Physical Review Letters")
_TAILS = frozenset(
    "Research Review Reviews Letters Studies Reports Journal Quarterly Bulletin Sciences Communications".split()
)
_MOST_TAIL_RUN = 5


def _spelled_journal_start(words: list[str]) -> int | None:
    """Index of the word that opens a journal spelled in full at the end of ``words`` after a sentence-case
    title: ``Transactions of the Association for Computational Linguistics``, ``Endangered Species
    Research``; ``None`` when no such name closes them or where the title ends is not plain."""
    k = len(words)
    while k > 0 and (_CAPITALISED.fullmatch(words[k - 1]) or words[k - 1] in _NAME_LINKS):
        k -= 1
    # the rightmost head with its link whose words after it alternate link and capitalised words
    for i in range(len(words) - 3, max(k, 1) - 1, -1):
        if words[i] in _HEADS and words[i + 1] in _HEAD_LINKS and _CAPITALISED.fullmatch(words[-1]):
            lead = i
            while lead > max(k, 1) and lead > i - 2 and words[i] not in _OTHER_HEADS:
                if not _CAPITALISED.fullmatch(words[lead - 1]):
                    break
                lead -= 1
            # lead words join only after a sentence-case title ("… norms Chicago Journal of …")
            before = words[lead - 1]
            if lead < i and (not before[:1].islower() or before in _TITLE_LINKS or before in _ARTICLES):
                lead = i
            return lead if lead >= 2 else None
    k = len(words)
    while k > 0 and _CAPITALISED.fullmatch(words[k - 1]):
        k -= 1
    tail = words[-1] if words[-1] in _TAILS else words[-2] if len(words) > 1 and len(words[-1]) == 1 else ""
    before = words[k - 1] if k > 0 else ""
    if (
        tail in _TAILS
        and 2 <= len(words) - k <= _MOST_TAIL_RUN
        and k >= 2
        and before[:1].islower()
        and before not in _TITLE_LINKS
    ):
        return k
    return None


def _journal_start(words: list[re.Match[str]]) -> int | None:
    """Index of the word that opens the journal at the end of ``words`` (the title and journal), or
    ``None`` when the words do not end in a journal's words after a sentence-case title."""
    k = len(words)
    while k > 0 and _journal_word(words[k - 1].group()):
        k -= 1
    run = [w.group() for w in words[k:]]
    if not run or k < 2:
        return None
    abbreviated = [i for i, w in enumerate(run) if _ABBREVIATED.fullmatch(w)]
    if not abbreviated:
        spelled = _spelled_journal_start([w.group() for w in words])
        if spelled is not None:
            return spelled
        lead = len(run) - 1  # a journal of one word ("Molecules", "Science", "Nature")
        before = words[k - 1].group()
        # after a sentence-case title's own last word, the capitalised run whole ("… techniques World Archaeology")
        if 2 <= len(run) <= _MOST_WORDED and before[:1].islower() and before not in _TITLE_LINKS:
            lead = 0 if not run[0].isupper() else lead
    else:
        # a title's own capitalised words may precede the journal's lead words
        lead = max(0, abbreviated[0] - _MOST_LEAD)
        while lead < abbreviated[0] and run[lead].isupper() and lead + 1 == abbreviated[0]:
            lead += 1  # an acronym right before the abbreviation ("… at the LHC Phys. Rev. D") is the title's
    start = k + lead
    if words[start - 1].group().lower() in _TITLE_LINKS:
        return None  # "… in the Sun Astrophys. J.": where the title ends is not plain
    return start


@needs(any_label=("title", "journal", "container-title", "note", "date"))
def journal_before_iop_numbers(spans: list[Span], text: str) -> list[Span]:
    """IOP's ``Names Initials 2009 Title Journal Abbr. 11 033003`` with the journal's first words in the
    title, the journal in the title, the title in the journal or the numbers as a note: the capitalised
    and abbreviated words before the closing volume and page are the journal; a journal the model began
    earlier among them (``SIAM J. Appl. Math.``) keeps its beginning."""
    core = before_links(spans, text)  # (an address or an access date may close it)
    last = core.rsplit(None, 2)
    if len(last) < 3 or not _IOP_CLOSE.fullmatch(last[1] + " " + last[2]):
        return spans
    m = _IOP.match(core)
    if m is None:
        return spans
    words = list(_WORD.finditer(text, m.start("body"), m.end("body")))
    k = _journal_start(words)
    if k is None:
        return _journal_alone(spans, text, m, words)
    a = words[k].start()
    for s in spans:
        if (
            s.label in ("journal", "container-title")
            and words[0].end() < s.start < a
            and all(_journal_word(w.group()) for w in words if w.start() >= s.start)
        ):
            a = s.start  # the model's longer journal, all of it a journal's words
    title_end = words[max(i for i, w in enumerate(words) if w.start() < a)].end()
    new = [
        Span("author", m.group("names"), m.start("names"), m.end("names")),
        Span("date", m.group("year"), m.start("year"), m.end("year")),
        Span("title", text[m.start("body") : title_end], m.start("body"), title_end),
        Span("journal", text[a : m.end("body")], a, m.end("body")),
        Span("volume", m.group("volume"), m.start("volume"), m.end("volume")),
        Span("pages", m.group("pages"), m.start("pages"), m.end("pages")),
    ]
    return read_anew(spans, text, m.start("names"), m.end(), new)


def _journal_alone(spans: list[Span], text: str, m: re.Match[str], words: list[re.Match[str]]) -> list[Span]:
    """Nuclear Fusion's ``Dinklage A. et al 2007 Nucl. Fusion 47 1265``, no title printed: where every word
    between the year and the numbers is a journal's, one of them abbreviated (or a name of a word or two in
    full, ``2004 Science 306 666``), they are the journal."""
    names = [w.group() for w in words]
    if not names or not all(_journal_word(w) for w in names):
        return spans
    # (or opening on a journal's head word, its abbreviations written without stops: "2008 Acta Phys Slovaca 58")
    headed = names[0] in _HEADS and len(names) <= _MOST_WORDED
    short = len(names) <= 2 and names[0][1:].islower()
    if not any(_ABBREVIATED.fullmatch(w) for w in names) and not short and not headed:
        return spans
    new = [
        Span("author", m.group("names"), m.start("names"), m.end("names")),
        Span("date", m.group("year"), m.start("year"), m.end("year")),
        Span("journal", m.group("body"), m.start("body"), m.end("body")),
        Span("volume", m.group("volume"), m.start("volume"), m.end("volume")),
        Span("pages", m.group("pages"), m.start("pages"), m.end("pages")),
    ]
    return read_anew(spans, text, m.start("names"), m.end(), new)


def _abbreviates(name: str, before: str) -> bool:
    """Whether ``name`` is an acronym of the capitalised words just before its bracket: a body's short name
    (``Karlsruhe Institute of Technology (KIT)``), no publisher of its own."""
    if not name.isupper() or not name.isalpha():
        return False
    initials = [w[0] for w in before.replace("(", " ").split() if w[:1].isupper()]
    return "".join(initials[-len(name) :]) == name


def _named(publisher: str) -> bool:
    """A publisher named alone in brackets is a name: each of its long words capitalised ("World Scientific",
    "Presses de l'Université"), or a publisher's word ("dpunkt.verlag"); no remark ("Personal communication")."""
    return bool(PUBLISHER_WORD.search(publisher)) or all(
        w[:1].isupper() for w in publisher.split() if _LONG_LETTERS.match(w)
    )


@needs(any_label=("title", "publisher", "location"), marks=(")",))
def imprint_after_iop_title(spans: list[Span], text: str) -> list[Span]:
    """IOP's book ``Agrawal G P 2007 Nonlinear Fiber Optics 4th edn (Burlington, VA: Academic)`` with the
    edition or the imprint read into the title, or a last initial into it with the year: the names end
    at their initials before the year, the title runs to the edition, and the bracket holds the place
    and the publisher (or the publisher alone, ``(Routledge)``; after a thesis's kind, ``PhD Thesis (University
    of Bergen)``, the school)."""
    if not text.rstrip().removesuffix(".").endswith(")"):  # the bracket closes every match
        return spans
    m = _IOP_BOOK.match(text)
    if m is None:
        return spans
    if m.group("location") is None and (
        _abbreviates(m.group("publisher"), text[: m.start("publisher")])
        or m.group("genre") is None and not _named(m.group("publisher"))
    ):
        return spans
    new = [
        Span("author", m.group("names"), m.start("names"), m.end("names")),
        Span("date", m.group("year"), m.start("year"), m.end("year")),
        Span("title", m.group("body"), m.start("body"), m.end("body")),
    ]
    for group in ("volume", "edition", "genre", "location", "publisher"):
        if m.group(group):
            new.append(Span(group, m.group(group), m.start(group), m.end(group)))
    return read_anew(spans, text, m.start("names"), m.end(), new)


# a chapter: the title and the book, the book's volume and editors, the imprint in brackets, then the pages
# ("Oral histories as evidence Methods for the recovered past ed T Haddad (Palgrave Macmillan) pp 77–98")
_IOP_CHAPTER = lazy_pattern(
    _NAMES_YEAR + r"(?:\s+(?P<volume>vol\s+[\dIVXLC]{1,6}),?)?(?:\s+(?P<editors>eds?\s+[A-Z][^():\d]*?))?"
    r"\s+\((?:(?P<location>[^():\d]+?):\s*)?(?P<publisher>[^():\d]+?)\)"
    r"\s+(?P<pages>pp?\s+[A-Za-z]?\d{1,5}(?:[-\u2013][A-Za-z]?\d{1,5})?)\.?\s*$"
)


def _capital_after_word(word: str, before: str) -> bool:
    """Whether ``word`` is capitalised (no acronym) after ``before``, a lower-case word that is no link and
    closes no sentence or part: where a sentence-case text shows a new name begins."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and before[:1].islower()
        and before[-1:] not in ":.?!;"
        and before.lower() not in _TITLE_LINKS
        and before.lower() not in _ARTICLES
    )


def _book_start(words: list[str]) -> int | None:
    """Index of the word that opens the book after a sentence-case chapter title in ``words``: the first
    capitalised word after a lower-case word of the title that is no link (``… as evidence | Methods for the
    recovered past``); ``None`` where the title is not plainly in sentence case or the cut is not plain (a second
    such word further on: ``… a general Monte Carlo code for … transport MonteCarlo Methods …``)."""
    for i in range(1, len(words) - 1):
        word, before = words[i], words[i - 1]
        if not word[:1].isupper() or word.isupper() or before[-1:] in ":.?!" or before.lower() in _TITLE_LINKS:
            continue
        if before.lower() in _ARTICLES:
            continue
        if any(_capital_after_word(words[j], words[j - 1]) for j in range(i + 1, len(words))):
            return None
        title = words[1:i]
        if before[:1].isupper() and not before.isupper():
            return None  # two capitalised words running: a title in title case, the cut is not plain
        # a lower-case word of the title's own that is no link, and a title that does not end on a short word
        if not any(w[:1].islower() and w.lower() not in _TITLE_LINKS | _ARTICLES for w in title):
            return None
        if before[:1].islower() and len(before) <= 3:
            return None
        return i
    return None


# articles a title (in sentence or title case) writes in lower case inside it: capitalised after a title's word they
# open the book ("… in Convivio and De vulgari eloquentia | The Cambridge Companion to Dante")
_OPENING_ARTICLES = frozenset("A An The Der Die Das Le La Les Il Gli El Los Las".split())


def _article_start(words: list[str]) -> int | None:
    """Index of the one capitalised article in ``words`` (after the title's first word, two words at least
    before the end) that follows a word closing no sentence or part and no link; ``None`` where there is no
    such article or more than one."""
    found = [
        i
        for i in range(1, len(words) - 2)
        if words[i] in _OPENING_ARTICLES
        and words[i - 1][-1:] not in ":.?!;,\u2013\u2014-"
        and words[i - 1].lower() not in _TITLE_LINKS
        and words[i - 1].lower() not in _ARTICLES
    ]
    return found[0] if len(found) == 1 else None


@needs(labels=["pages"], marks=(") p",))
def book_in_iop_chapter(spans: list[Span], text: str) -> list[Span]:
    """IOP's chapter ``Okonkwo C 2015 Oral histories as evidence Methods for the recovered past ed T Haddad
    (Palgrave Macmillan) pp 77–98`` with the book read into the title: no mark parts them, but the title is in
    sentence case and the book opens on a capital, so the book runs from the first capitalised word after the
    title's own words to its editors, the bracketed imprint and the pages; in a title of either case, a capitalised
    article (``… eloquentia The Cambridge Companion to Dante``) opens the book."""
    if not text.rstrip().rstrip(".")[-1:].isdigit() or "*" in text:
        return spans  # (a book set in italics is no run of plain words: the marks part it)
    m = _IOP_CHAPTER.match(text)
    if m is None:
        return spans
    words = list(_WORD.finditer(text, m.start("body"), m.end("body")))
    plain = [w.group() for w in words]
    k = _article_start(plain) or _book_start(plain)
    if k is None:
        return spans
    groups = (("volume", "volume"), ("editors", "editor"), ("location", "location"), ("publisher", "publisher"),
              ("pages", "pages"))
    return _title_and_work(spans, text, m, (words[k - 1].end(), words[k].start()), "container-title", groups)


def _title_and_work(
    spans: list[Span], text: str, m: re.Match[str], cut: tuple[int, int], work: str, groups: tuple[tuple[str, str], ...]
) -> list[Span]:
    """The names, the year, the title up to ``cut[0]``, the work (labelled ``work``) from ``cut[1]`` to the body's
    end, and the spans of ``groups`` (a group of ``m`` and its label) that matched."""
    title_end, work_start = cut
    new = [
        Span("author", m.group("names"), m.start("names"), m.end("names")),
        Span("date", m.group("year"), m.start("year"), m.end("year")),
        Span("title", text[m.start("body") : title_end], m.start("body"), title_end),
        Span(work, text[work_start : m.end("body")], work_start, m.end("body")),
    ]
    new += [Span(label, m.group(group), m.start(group), m.end(group)) for group, label in groups if m.group(group)]
    return read_anew(spans, text, m.start("names"), m.end(), new)


# a paper in a conference series or proceedings: the title and the series, its volume, the publisher in
# brackets, then the page ("Title J. Phys. Conf. Ser. vol 1065 (IOP Publishing) p 052027"), or the title and
# the proceedings' name, then the pages ("Title Proc. Fifth Workshop RF Supercond. pp 518–526")
_IOP_SERIES = lazy_pattern(
    _NAMES_YEAR + r"(?:\s+vol\s+(?P<volume>\d{1,5})\s+\((?P<publisher>[^():\d]+?)\))?"
    r"\s+(?P<pages>pp?\s+[A-Za-z]{0,2}\d{1,7}(?:[-\u2013][A-Za-z]{0,2}\d{1,7})?)\.?\s*$"
)


@needs(marks=(" p",))
def series_before_iop_page(spans: list[Span], text: str) -> list[Span]:
    """IOP's ``Torokhtii K, … 2018 Q-factor of microwave resonators J. Phys. Conf. Ser. vol 1065 (IOP Publishing)
    p 052027`` and ``… 1991 Title Proc. Fifth Workshop RF Supercond. pp 518–526`` with the series read as a series
    or the proceedings' first word into the title: the abbreviated and capitalised words before ``vol`` (or
    before the pages, opening on ``Proc.``) are the work the paper is in."""
    core = before_links(spans, text)  # (an address or an access date may close it)
    if not core.rstrip().rstrip(".")[-1:].isdigit() or "*" in core:
        return spans
    m = _IOP_SERIES.match(core)
    if m is None:
        return spans
    words = list(_WORD.finditer(text, m.start("body"), m.end("body")))
    k = _journal_start(words)
    if k is None or (m.group("volume") is None and words[k].group() not in ("Proc.", "Proceedings")):
        return spans
    if not any(_ABBREVIATED.fullmatch(w.group()) for w in words[k:]):
        return spans
    groups = (("volume", "volume"), ("publisher", "publisher"), ("pages", "pages"))
    return _title_and_work(spans, text, m, (words[k - 1].end(), words[k].start()), "journal", groups)


# a work with no numbers (a web page, a post, a newspaper's article, an article published online only): the names,
# the year, the title and the site's or outlet's name, nothing after them
_IOP_BARE = lazy_pattern(_NAMES_YEAR + r"\.?\s*$")
# what opens no outlet's name: a thesis's kind (its school follows), a publisher in brackets, a number's closing
_NOT_OUTLET = lazy_pattern(rf"{DEGREE_KIND}|[()]|\d\.?\s*$")
_MOST_OUTLET = 4


@needs(any_label=("title", "journal", "container-title", "publisher", "location"))
def outlet_closing_iop_title(spans: list[Span], text: str) -> list[Span]:
    """IOP's web page, post or online article ``Okafor N 2019 Rising sea walls in coastal towns BBC News`` (no
    numbers, no mark between the title and the site) with the site read into the title or as a publisher: after a
    title in sentence case (a lower-case word of its own closes it, no link), the run of one to four capitalised
    words that closes the reference is the outlet where a newspaper's, a magazine's or a journal's words mark it
    (``BBC News``, ``The Guardian``), as is a journal spelled in full (``… models Transactions on Machine Learning
    Research``)."""
    core = before_links(spans, text).rstrip()
    if not core or not core[-1].isalpha() or _NOT_OUTLET.search(core):
        return spans
    m = _IOP_BARE.match(core)
    if m is None:
        return spans
    words = list(_WORD.finditer(text, m.start("body"), m.end("body")))
    plain = [w.group() for w in words]
    k = spelled = _spelled_journal_start(plain)
    if k is None:
        k = len(plain)
        while k > 0 and _CAPITALISED.fullmatch(plain[k - 1]) and not plain[k - 1].endswith(":"):
            k -= 1
        before = plain[k - 1] if k > 0 else ""
        if not 1 <= len(plain) - k <= _MOST_OUTLET or k < 2:
            return spans
        if not before[:1].islower() or before[-1:] in ":;," or before.lower() in _TITLE_LINKS | _ARTICLES:
            return spans
    # a title of the title's own lower-case words: two at least that are no links
    if sum(1 for w in plain[:k] if w[:1].islower() and w.lower() not in _TITLE_LINKS | _ARTICLES) < 2:
        return spans
    outlet = " ".join(plain[k:])
    if spelled is None and not (periodical_site(outlet) or periodical_name(outlet)):
        # capitalised words closing a title are as often its own proper names (``… in northern Kenya``,
        # ``… using Hubble Space Telescope``) or a book's house (``Oxford University Press``): only a name a
        # newspaper's, a magazine's or a journal's words mark is an outlet
        return spans
    return _title_and_work(spans, text, m, (words[k - 1].end(), words[k].start()), "container-title", ())
