"""Mends of a Vancouver (NLM) name list that opens a reference: ``Kahneman D. Thinking, fast and slow.``

Vancouver writes each name family first with its initials glued on, no dots (``Watkins CJCH``, ``van der
Berg A``), the names parted by commas and the list closed by a full stop. Where the title after that stop
looks like more names (``Thinking,``, ``Bitcoin:``) the model reads its first words into the list. A
reference that opens with such names, and goes on in the same form up to its first full stop, is a name
list; what follows the stop is the title, however it looks.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import PARTICLES, known_given
from biblio.parse.review.lexicon import row_of
from biblio.parse.spans import Span

# the list's full stop: the first period a space and a word follow (not a suffix's before the name's initials,
# ``Costa Jr. PT, Terracciano A``)
LIST_STOP = lazy_pattern(r"(?:(?<!\s[JS]r)\.|(?<=\s[JS]r)\.(?!\s+[A-Z]{1,4}[,.]))\s+(?=\S)")
# a family name's suffix before its initials
_SUFFIXES = frozenset(["Jr", "Jr.", "Sr", "Sr."])
_NAME_COMMA = lazy_pattern(r",\s*")
_ET_AL = lazy_pattern(r"et\s+al")
# one word, then a full stop, a comma and no word in lower case, a quote or italics, or "and" another name:
# ``Warren R. Greiff. Title``, ``Joseph A. Kechichian, “Title”``, ``Clifford M. Will, The Confrontation …`` are
# names in natural order, the middle initial closed by a dot; Vancouver's titles are in sentence case, and a
# comma inside one goes on in lower case (``Thinking, fast and slow``)
# (the family name may carry its suffix: ``Peyton Z. Peebles Jr., "Title"``)
_NATURAL_TAIL = lazy_pattern(
    r"\S+?(?:\s+(?:Jr|Sr|II|III|IV)\.?)?(?:\.\s|,(?!\s*[a-z])|\s*[\u201c\u2018\"'*_]|\s+(?:and|&)\s)"
)
# a word the table of labelled references holds in names at least this often (log, as ``row_of`` keeps it):
# ``Linton C. Freeman: Title`` names Freeman; ``Nakamoto S. Bitcoin: Title`` names a title
_NAME_LOG = -20
# a word the table holds in titles far more often than in names (``thinking``, not ``Vale`` or ``Will``),
# whatever follows it: a title's first word (log, as ``row_of`` keeps it: its class "title" against "author")
_TITLE_WORD_MARGIN = 15
# names going on past the full stop: a dotted initial (``Baker W. E., Faulkner R.``), a conjunction or
# "et al" (``Rafelski J. and Muller B.``, ``Komatsu E. et al.``)
_LIST_GOES_ON = lazy_pattern(r"[*_]?(?:and|et|und|y)\b|&")
# the words up to the next comma or full stop: a name's, where the list parts its names with full stops
_NEXT_PART = lazy_pattern(r"[^.,]+(?=[.,])")
_MAX_FAMILY_WORDS = 3
_MAX_INITIALS = 4


def _family_word(word: str) -> bool:
    """``Kahneman``, ``O'Neil``, ``Leaver-Fox``: capitalised, with a lower-case letter (not initials)."""
    return word[:1].isupper() and any(c.islower() for c in word) and all(c.isalpha() or c in "-'\u2019" for c in word)


def _vancouver_name(part: str) -> bool:
    """``Watkins CJCH``, ``van der Berg A``, ``Costa Jr. PT``: family words (lower-case particles before them, a
    suffix after them), then one to four capital initials with no dots."""
    words = part.split()
    if len(words) < 2:
        return False
    initials, family = words[-1], [w for w in words[:-1] if w not in PARTICLES and w not in _SUFFIXES]
    return (
        len(initials) <= _MAX_INITIALS
        and initials.isalpha()
        and initials.isupper()
        and 1 <= len(family) <= _MAX_FAMILY_WORDS
        and all(_family_word(w) for w in family)
    )


def vancouver_list(head: str) -> bool:
    """Whether ``head`` (the text before the list's full stop) is a Vancouver name list, ``et al`` closing it
    or not."""
    head = head.strip()
    if not _vancouver_name(head.partition(",")[0]):  # (the first name, tested first: most heads are not lists)
        return False
    parts = _NAME_COMMA.split(head)
    if len(parts) > 1 and _ET_AL.fullmatch(parts[-1]):
        parts.pop()
    return all(_vancouver_name(p) for p in parts)


def _list_goes_on(rest: str) -> bool:
    """Whether the text after the full stop still lists names: a dotted initial, a conjunction, or one more
    Vancouver name (``Goss DL. Moore JH.``)."""
    if _LIST_GOES_ON.match(rest) or rest[:1].isupper() and rest[1:2] == ".":
        return True
    part = _NEXT_PART.match(rest)
    return part is not None and _vancouver_name(part.group())


# "Pafnutii L. Chebyshev [Tchebichef]. Title": the family name, its other spelling in square brackets
_FAMILY_AND_SPELLING = lazy_pattern(
    r"(?P<name>[A-Z\u00c0-\u00de][^\W\d_]+)\s\[(?P<spelling>[A-Z\u00c0-\u00de][^\W\d_]+)\][.,]"
)
# how alike a name and its other spelling are at least (Chebyshev and Tchebichef 0.63; a title's translation,
# Vancouver's "Wypalenie [Burnout]", shares few letters with it)
_SPELLING_LIKENESS = 0.5


def _family_and_spelling(rest: str) -> bool:
    """Whether ``rest`` opens on a family name and its other spelling in brackets, not a one-word title and its
    translation."""
    m = _FAMILY_AND_SPELLING.match(rest)
    if m is None:
        return False
    return SequenceMatcher(None, m["name"].lower(), m["spelling"].lower()).ratio() >= _SPELLING_LIKENESS


def _natural_order(head: str, rest: str) -> bool:
    """``Thomas R. Ellison, “Title”``, ``Linton C. Freeman: Title``: one name with one initial, read as a
    given name, a middle initial and the family name after the dot. Vancouver's ``Kahneman D.`` has the same
    form; where the first word is a given name, or what follows reads as names, the names are taken to run
    on in natural order."""
    words = head.split()
    if len(words) != 2 or len(words[1]) != 1:
        return False
    if known_given(words[0]) or _family_and_spelling(rest):
        return True
    word = rest.split(maxsplit=1)[0].strip(",:;.").lower()  # (``Hypertension.``: a one-word title's stop)
    row = row_of(word) if len(word) > 1 else None  # (one letter is an initial in the table's names)
    if row is not None and row[1] - row[0] >= _TITLE_WORD_MARGIN:
        return False  # ``Kahneman D. Thinking, Fast And Slow.``: a title in title case, not a family name
    return _NATURAL_TAIL.match(rest) is not None or row is not None and row[0] >= _NAME_LOG


@needs(labels=["author"])
def vancouver_list_opening(spans: list[Span], text: str) -> list[Span]:
    """``Kahneman D. Thinking, fast and slow.`` read with ``Thinking,`` among the names (or ``Watkins CJCH,
    Dayan P.`` cut short): a Vancouver list that opens the reference ends at its first full stop, and the
    title starts after it."""
    k = 1 if spans and spans[0].label == "citation-number" else 0
    if k >= len(spans) or spans[k].label != "author":
        return spans
    names = spans[k]
    stop = LIST_STOP.search(text, names.start)
    if stop is None or not vancouver_list(text[names.start : stop.start()]):
        return spans
    end, title_at = stop.start() + 1, stop.end()
    rest = text[title_at:]
    if _list_goes_on(rest) or _natural_order(text[names.start : stop.start()], rest):
        return spans
    inside = [s for s in spans[k:] if s.start < end]
    crossing = [s for s in inside if s.end > title_at]
    author = Span("author", text[names.start : end], names.start, end, names.confidence)
    if not crossing:
        if len(inside) == 1 and inside[0].end <= end:
            return spans  # the model's list ends at its stop
        return replaced(spans, text, names.start, end, [author])
    cut = crossing[0]
    if cut.label not in ("author", "title", "journal"):
        return spans
    z = cut.end
    after = [s for s in spans if s.start >= z]
    if cut.label == "author" and after and after[0].label == "title":
        z = after[0].end  # ``Thinking,`` and the title's rest
    # (``…, Jameson JL, | Loscalzo J. Harrison's Principles … 19th ed.`` read as a journal keeps its reading past
    # the last name: the book's title then its edition, which later mends part)
    rest_label = "journal" if cut.label == "journal" else "title"
    title = Span(rest_label, text[title_at:z], title_at, z, cut.confidence)
    return replaced(spans, text, names.start, z, [author, title])


# "Morrison T. Beloved.": the list and one word with its full stop, read as one name in natural order
_LIST_AND_WORD = lazy_pattern(r"^(?P<head>.+?)\.\s+(?P<word>[^\W\d_][\w'\u2019-]*)\.$")
_IMPRINT = frozenset(["location", "publisher"])


@needs(labels=["author"], without=["title"])
def one_word_title_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """Vancouver's book ``Morrison T. Beloved. New York: Knopf; 1987.`` read as one name "T. Beloved" in
    natural order and no title: where the imprint follows at once, a name there would leave the book
    untitled, so the word after the list's full stop is the title."""
    k = 1 if spans and spans[0].label == "citation-number" else 0
    if k + 1 >= len(spans) or spans[k].label != "author" or spans[k + 1].label not in _IMPRINT:
        return spans
    names = spans[k]
    m = _LIST_AND_WORD.match(names.text)
    if m is None or not vancouver_list(m.group("head")):
        return spans
    a = names.start + m.start("word")
    end = names.start + m.end("head") + 1
    author = Span("author", text[names.start : end], names.start, end, names.confidence)
    return [*spans[:k], author, Span("title", text[a : names.end], a, names.end, names.confidence), *spans[k + 1 :]]

