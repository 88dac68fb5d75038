"""Mend of a journal's name run into the title with no mark between them, as a reference copied from a
publisher's web page reads (ScienceDirect's ``L. Haas, …, et al. National standards for diabetes
self-management education and support Diabetes Educ., 38 (2012), pp. 619-629``, a Vancouver list's
``… in an oocyte donation programme Human Reproduction 1995; 10:1387-91``): the journal is the run of
capitalised words closing the title whose words the labelled references hold in journals' names about as
often as in titles, and more than in places (``… for Mexican Americans | Diabetes Educ.``)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.review.lexicon import row_of
from biblio.parse.spans import Span

# the words a journal's name holds in lower case between its capitalised ones ("Journal of the …", "… & …")
_CONNECTORS = frozenset("of the and & in for on".split())
# a word of the run: capitalised, an abbreviation's stop at most after it ("Educ.", "J", "Nurs.")
_RUN_WORD = lazy_pattern(r"[A-Z][^\W_]*\.?")
_WORD = lazy_pattern(r"\S+")
# a title closing on an abbreviation's stop ("Trop."; not a numeral or an initial: "… packings I.")
_ABBREVIATION_END = lazy_pattern(r"\s[A-Z][a-z]{1,5}\.$")
_ABBREVIATION_LEAD = lazy_pattern(r"[A-Z][a-z]{0,8}\.(?:[\s,]|$)")
# the title's last word before the journal: in lower case, no mark after it ("programme", "self-care")
_PLAIN_LOWER = lazy_pattern(r"[a-z][\w-]*")
# a word of seven letters or more and its stop closing the span: no journal's abbreviation ("Educ.", "Nurs.")
_WORD_STOP = lazy_pattern(r"[^\W\d_]{7,}\.$")
_LONE_NUMBER = lazy_pattern(r"\d+,?")
# the ESA's chapter "Title. Pages 71–95 in Editors, editors. Book.": the pages open a book, no journal ends the title
_PAGES_IN_BOOK = lazy_pattern(r"[Pp]ages?\s[A-Za-z]?\d+(?:\s*[-\u2013\u2014]\s*[A-Za-z]?\d+)?\s+in\s")
# the numbers a journal's name comes before
_NUMBERS = frozenset(["volume", "issue", "pages"])
# how much likelier in titles than in journals' names a word of the run may be (log-ratio x 10: "Human" -3,
# "Diabetic" -8; "Asthma" -13, "Americans" -14 close titles)
_TITLE_LEANING = -12
# how much likelier in places a word in full may be ("Reproduction" 1; "Africa" 7, "Mexican" 19 close titles)
_PLACE_LEANING = 5


def journal_run_into_title(spans: list[Span], text: str) -> list[Span]:
    """A title that runs on, with no mark, into the journal's first words or its whole name before the
    volume, the date or the pages (the journal read after it with nothing between, or not read at all):
    the capitalised words closing it that journals' names hold are the journal's."""
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        journal = spans[k + 1] if k + 1 < len(spans) and spans[k + 1].label == "journal" else None
        if journal is not None and (text[s.end : journal.start].strip() or not _open_end(s.text, journal.text)):
            return spans
        if journal is None and any(t.label == "journal" for t in spans):
            return spans
        after = spans[k + 1 + (journal is not None) :]
        if not after or after[0].label not in (*_NUMBERS, "date") or not any(t.label in _NUMBERS for t in after):
            return spans
        if _PAGES_IN_BOOK.match(text, after[0].start):
            return spans
        end = journal.end if journal is not None else s.end
        # with no journal read, only words likelier in journals' names than in titles make one
        cut = _journal_start(text, s.start, _closed(text, s.start, end), 0 if journal is None else _TITLE_LEANING)
        if cut is None or (journal is not None and cut >= journal.start):
            return spans
        if journal is None and _WORD_STOP.search(text, s.start, _closed(text, s.start, end)):
            return spans  # "… kommunikativen Handelns. | 2 Bde.": a word in full and its stop close a title
        title_end = len(text[s.start : cut].rstrip()) + s.start
        title = Span("title", text[s.start : title_end], s.start, title_end, s.confidence)
        conf = s.confidence if journal is None else min(s.confidence, journal.confidence)
        return [*spans[:k], title, Span("journal", text[cut:end], cut, end, conf), *_volume_first(after)]
    return spans


def _volume_first(after: list[Span]) -> list[Span]:
    """The spans after the journal, a lone number read as pages before the pages themselves (``Lancet, 380
    (2012), pp. 44-50``) read as the volume."""
    first = after[0]
    if first.label == "pages" and _LONE_NUMBER.fullmatch(first.text) and any(t.label == "pages" for t in after[1:]):
        return [Span("volume", first.text, first.start, first.end, first.confidence), *after[1:]]
    return after


def _open_end(title: str, journal: str) -> bool:
    """Whether the title runs on into the journal: no mark closes it, or only an abbreviation's stop before a
    journal that opens with another (``… districts Trop. | Med. Int. Health``)."""
    return title[-1:].isalnum() or bool(_ABBREVIATION_END.search(title) and _ABBREVIATION_LEAD.match(journal))


def _closed(text: str, a: int, z: int) -> int:
    """``z`` moved back over the comma or semicolon that closes the field (an abbreviation's stop stays)."""
    while z > a and text[z - 1] in ",;: ":
        z -= 1
    return z


def _journal_start(text: str, a: int, z: int, leaning: int) -> int | None:
    """Where the run of a journal's words closing ``text[a:z]`` opens (each word's title leaning above
    ``leaning``); None if no such run, or if the title before it is not a sentence-case title of three words or
    more closing on a plain word in lower case (a title in title case, ``… Against Address Space Layout``, has
    no border its capitals show)."""
    words = list(_WORD.finditer(text, a, z))
    i = len(words)
    start = None
    while i > 0:
        word = words[i - 1].group()
        if word.lower() in _CONNECTORS and start is not None and i > 1:
            i -= 1
            continue
        if not (_RUN_WORD.fullmatch(word) and _journal_word(word, leaning)):
            break
        i -= 1
        start = i
    if start is None or start == len(words):
        return None
    while start < len(words) and words[start].group().lower() in _CONNECTORS:
        start += 1
    head = [w.group() for w in words[:start]]
    if len(head) < 3 or not _PLAIN_LOWER.fullmatch(head[-1]) or head[-1] in _CONNECTORS:
        return None
    if any(w.endswith(".") for w in head):
        return None  # "… approach. Multimedia Tools and": a stop closes the title, the journal follows it
    last_part = text[a : words[start].start()].rpartition(",")
    if last_part[1] and last_part[2].strip()[:1].isupper():
        return None  # "…, l’impôt pour l’armée, Bibliothèque de l’École des | Chartes": the comma set the journal off
    capitalised = sum(1 for w in head[1:] if w[:1].isupper())
    return words[start].start() if 4 * capitalised <= len(head) - 1 else None


def _journal_word(word: str, leaning: int) -> bool:
    """A word a journal's name may hold: unknown to the labelled references, or not much likelier in titles, and
    a word in full not clearly likelier in places (``Africa``, ``Mexican`` name places; an abbreviation, ``Build.``,
    is a journal's)."""
    row = row_of(word.rstrip(".").lower())
    if row is None:
        return True
    return row[2] - row[1] > leaning and (word.endswith(".") or row[4] - row[2] <= _PLACE_LEANING)
