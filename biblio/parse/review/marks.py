"""Needs-review signals from the text's own marks at and inside the fields the reading made.

Between two words of a reference the text writes a mark or none: punctuation, the edge of italics,
quotes or brackets (``tokens`` attributes), a change of case.  How often each mark falls on a field
boundary, per label of the word before it, is counted on the gold labels of the TRAINING split of
``../shared/training`` (never dev nor calibration; ``marks.json``, built by
``python -m biblio.parse.training.review``, ``training/review_marks.py``).  A reading that puts a
boundary where the text has no mark such a field ends with (``Smith J Deep learning``), or runs a
field over a mark that field rarely holds inside (a title over ``. In:``), is likely one or two
words off, which the model's marginals, sure of both readings, need not betray.  Plain Python at
run time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.model.labeller import Reading
from biblio.parse.normalisers.dates import MONTHS
from biblio.parse.normalisers.names import LEGAL_FORM
from biblio.parse.review.notes import NOTE_MARKS
from biblio.parse.tokens import BRACKET, ITALIC, LINK, PAREN, QUOTED, Token

MARKS_PATH = Path(__file__).resolve().parent / "marks.json"
_EDGES = ITALIC | QUOTED | PAREN | BRACKET | LINK
_CONTENT = frozenset(("word", "url", "doi", "ent"))
# a mark's probability of being a boundary: its own counts, shrunk towards its coarser key's
PRIOR_WEIGHT = 4.0


def _form(text: str) -> str:
    """A word's form: an initial (one capital letter), capitalised, lower case, a number, other."""
    c = text[0]
    if c.isupper():
        return "I" if len(text) == 1 else "C"
    return "l" if c.islower() else "d" if c.isdigit() else "o"


def gaps(tokens: Sequence[Token], labels: Sequence[str]) -> Iterator[tuple[str, str, bool]]:
    """Per pair of neighbouring words (links and DOIs count as words): the mark between them as a
    fine key (the first word's label, the punctuation between them, the edges of italics, quotes,
    brackets or links crossed, and each word's form: an initial, capitalised, lower case, a number)
    and a coarse one (without the forms), and whether their labels differ.  Keys are joined by
    spaces, which no token holds."""
    content = _CONTENT
    prev = -1
    prev_form = ""
    for i, tok in enumerate(tokens):
        if tok.kind not in content:
            continue
        form = _form(tok.text)
        if prev >= 0:
            gap = i - prev
            # most pairs have no mark or one punctuation token between them
            punct = (
                ""
                if gap == 1
                else tokens[prev + 1].text[:4]
                if gap == 2
                else "".join(t.text for t in tokens[prev + 1 : i])[:4]
            )
            coarse = f"{labels[prev]} {punct} {(tokens[prev].attrs ^ tok.attrs) & _EDGES}"
            yield f"{coarse} {prev_form}{form}", coarse, labels[prev] != labels[i]
        prev, prev_form = i, form


@lru_cache(maxsize=1)
def table() -> dict[str, float]:
    """Per mark key (``gaps``), the probability that a field boundary falls there."""
    if not MARKS_PATH.exists():
        return {}
    data: dict[str, Any] = json.loads(MARKS_PATH.read_text(encoding="utf-8"))
    return dict(data["boundary"])


def _italics_run_on(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Two words both set in italics with a comma, colon or nothing between them: the text's own mark says one
    field runs on there (``*Thinking, Fast and Slow*``), which the counts, from labelled data without italics, take
    for a likely boundary. A full stop inside italics (a title run into a journal's name) and a number after the
    comma (APA's ``*Journal, 24*``) are left to the counts."""
    left, right = tokens[a], tokens[b]
    if not (left.attrs & right.attrs & ITALIC and left.text[:1].isalpha() and right.text[:1].isalpha()):
        return False
    return all(tok.text in (",", ":", ";") for tok in tokens[a + 1 : b])


# the years a title's period names ("1861-2011", "502–532", "1932")
_PERIOD = lazy_pattern(r"\d{3,4}(?:[-\u2013]\d{2,4})?")


def _span_run_on(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A title's comma before the period it names, inside the quotes or italics the title is set in (``*Rome and
    Persia at War, 502–532*``, ``"Italian National Accounts, 1861-2011"``): the text's own marks say the title runs on
    there (round flag20). Two words in quotes with a comma between are left to the counts: on the gold sets the comma
    is as often where a misread title went on past its end. Round flag21 added a full stop before the period
    (``*Edward Gibbon. 1737–1794*``: humanities_real4's right references flagged on it)."""
    if labels[a] != "title" or not all(tok.text in (",", ":", ";", ".") for tok in tokens[a + 1 : b]):
        return False
    left, right = tokens[a], tokens[b]
    return (
        left.text[:1].isalpha()
        and bool(left.attrs & right.attrs & (QUOTED | ITALIC))
        and bool(_PERIOD.fullmatch(right.text))
    )


def _italic_title_sentence(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A full stop between two words of a title set wholly in italics, the second capitalised: the title's own
    sentence end, a book's title and subtitle (``*Herodoti Historiae. Tomvs prior: …*``, ``*Cosa nostra. Storia
    della mafia siciliana*``), which the counts, from labelled data without italics, take for a likely boundary
    (humanities_real4's and romance_real's right references flagged on it; round flag16). Left to the counts: a
    title whose italics open inside it (``… nematode <italic>Globodera rostochiensis. Molecular Plant
    Pathology</italic>``: the journal's name run into the span), words all capitalised after a word in lower case
    (``*Globodera rostochiensis. Molecular Plant Pathology*``), two spans side by side (``*Title*. *Journal*``), an
    initial's full stop."""
    left, right = tokens[a], tokens[b]
    if labels[a] != "title" or b != a + 2 or tokens[a + 1].text != ".":
        return False
    # (or wholly in its quotes: "«Les Guides-Joanne. Ancêtres des Guides Bleus»", round hum42)
    mark = left.attrs & right.attrs & (ITALIC | QUOTED)
    if not mark or len(left.text) < 2 or not right.text[:1].isupper():
        return False
    dot = tokens[a + 1]
    if dot.start != left.end or right.start != dot.end + 1:
        return False
    first = a
    while first > 0 and labels[first - 1] == "title":
        first -= 1
    if not all(tok.attrs & mark for tok in tokens[first : a + 1] if tok.kind in _CONTENT):
        return False
    if left.text[:1].isupper():
        return True
    # after a word in lower case (a sentence-case title, or a species' name), words all capitalised are a journal's
    # name run into the span ("*Globodera rostochiensis. Molecular Plant Pathology*")
    last = b
    while last + 1 < len(tokens) and labels[last + 1] == "title" and tokens[last + 1].attrs & mark:
        last += 1
    rest = [tok.text for tok in tokens[b : last + 1] if tok.kind == "word" and tok.text[:1].isalpha()]
    return not all(word[:1].isupper() for word in rest)


_CONTAINERS = frozenset(("journal", "container-title"))


def _container_lead(tokens: Sequence[Token], a: int, b: int, label: str) -> bool:
    """A container's own ``in:`` before its italic name (``…, in: *Speculum* 45 (1970)``): the italics open on the
    name the lead word introduces, which the counts, from labelled data without italics, take for a likely
    boundary (humanities_real4's right references flagged on it; round flag13)."""
    left, right = tokens[a], tokens[b]
    if label not in _CONTAINERS or left.text.lower() != "in" or left.attrs & ITALIC or not right.attrs & ITALIC:
        return False
    return all(tok.text == ":" for tok in tokens[a + 1 : b])


# a day of the month, or a range of days ("4", "18–20")
_DAY = lazy_pattern(r"\d{1,2}(?:[-\u2013]\d{1,2})?")
_YEAR = lazy_pattern(r"(?:1[5-9]|20)\d\d")


def _date_own_mark(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """Inside a date, a day before its month's name (``29 May 2020``) or a day and a comma before the year (``June 4,
    2022``): the date's own marks, which the counts, keyed by the label before them, take for the boundary a date's
    number and comma mostly are (``2008, 45``: the year, then the volume). Read from the right references flagged on
    them (round flag19)."""
    if labels[a] != "date":
        return False
    right = tokens[b].text
    between = "".join(tok.text for tok in tokens[a + 1 : b])
    if _YEAR.fullmatch(tokens[a].text):
        # a year before its month's name (Vancouver's "2015 May 28"; scholar_forms' right references flagged on it,
        # round flag20)
        return not between and right.lower().rstrip(".") in MONTHS
    if not _DAY.fullmatch(tokens[a].text):
        return False
    if not between:
        return right.lower().rstrip(".") in MONTHS
    return between == "," and bool(_YEAR.fullmatch(right))


# a firm's legal form after a comma ("Erlbaum Associates, Inc", "Publishing Co., Inc"): the name's own
_LEGAL_FORM_WORD = lazy_pattern(LEGAL_FORM + r"\.?")
# an acronym alone in brackets after the name it abbreviates ("… Accessibility Guidelines (WCAG2ICT)", "… on Machine
# Learning (ICML)")
_ACRONYM = lazy_pattern(r"[A-Z][A-Z\d-]*[A-Z\d]")
_NAMED = frozenset(("title", "container-title", "journal", "publisher"))


def _named_own_mark(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A publisher's legal form after its comma, or a title's or container's acronym in brackets after its words:
    marks of the name itself, which the counts, keyed by the punctuation alone, take for a likely boundary (round
    flag19)."""
    label, right = labels[a], tokens[b]
    between = "".join(tok.text for tok in tokens[a + 1 : b])
    if label == "publisher" and between in (",", ".,"):
        return bool(_LEGAL_FORM_WORD.fullmatch(right.text))
    if label not in _NAMED or between != "(" or not _ACRONYM.fullmatch(right.text):
        return False
    return b + 1 < len(tokens) and tokens[b + 1].text.startswith(")")


def _subtitle_article(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A title's full stop after a word in lower case before a subtitle opening on the article ``A`` and a word in
    lower case (``… for paediatric anaesthesia. A survey of current practice``): the title's own sentence, not a name's
    initial (``A. Smith``) nor a field's capitalised name (round flag20)."""
    if labels[a] != "title" or b != a + 2 or tokens[a + 1].text != "." or tokens[b].text != "A":
        return False
    if not tokens[a].text[:1].islower() or b + 1 >= len(tokens):
        return False
    after = tokens[b + 1]
    return after.kind == "word" and after.text[:1].islower() and labels[b + 1] == "title"


def _names_et_al(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A name list's ``et al.`` after its last name, whatever mark the text puts before it (physics' ``F. Arute *et
    al.*``, the words in italics): the list's own words, which the counts, keyed by the edge of the italics, take for a
    likely boundary (physics_real8's right references flagged on it; round flag21)."""
    if labels[a] not in ("author", "editor") or tokens[b].text.lower() not in ("et", "et."):
        return False
    after = next((tok for tok in tokens[b + 1 :] if tok.kind in _CONTENT), None)
    return after is not None and after.text.lower().startswith("al")


# what opens a list of pages ("pp. 4, 583, 677")
_PAGES_WORD = frozenset(("p", "pp", "pages"))


def _page_list(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A comma between two numbers of a page field the text opens on ``pp.`` (``pp. 4, 583, 677``) or between two
    ranges (``70–73,97–98``): a list of pages, whose commas the counts, keyed by the label before them, take for the
    boundary a volume's and a page's comma mostly are (``2024, 7, 24``). Read from the right references flagged on it
    (round flag21)."""
    if labels[a] != "pages" or "".join(tok.text for tok in tokens[a + 1 : b]) != ",":
        return False
    left, right = tokens[a].text, tokens[b].text
    if not (left[:1].isdigit() and right[:1].isdigit()):
        return False
    if _RANGE.fullmatch(left) and _RANGE.fullmatch(right):
        return True
    first = a
    while first > 0 and labels[first - 1] == "pages":
        first -= 1
    if tokens[first].text.lower() not in _PAGES_WORD:
        return False
    # the word, its full stop, then numbers one comma apart up to the pair ("Page 603 13, 603" is no list)
    rest = [tok.text for tok in tokens[first + 1 : b + 1]]
    if rest[:1] == ["."]:
        rest = rest[1:]
    return all(_PAGE_NUMBER.fullmatch(t) for t in rest[0::2]) and all(t == "," for t in rest[1::2])


_RANGE = lazy_pattern(r"\d+[-\u2013]\d+")
_PAGE_NUMBER = lazy_pattern(r"\d+(?:[-\u2013]\d+)?")


# the fields whose normalisers keep only their numbers
_NUMBER_FIELDS = frozenset(("pages", "volume", "issue", "date"))


def _access_note_after_number(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A page, volume, issue or date run over the access note after it (``*Notes* (June 2011): 789-792. Available
    online.``): the normalisers keep the field's numbers and set the note aside, so the mark says nothing of the value,
    as the note's own label doubt says nothing (``notes.py``; humanities_real8's right references flagged on it; round
    flag21)."""
    return labels[a] in _NUMBER_FIELDS and tokens[b].text.lower() in NOTE_MARKS


# a body's word a publisher abbreviates ("Univ. Press", "Inst. of Physics", "Natl. Acad. Sci.")
_BODY_ABBREVIATIONS = frozenset("univ uni inst dept assoc soc natl nat intl int acad coll bros publ pub".split())


def _publisher_abbreviation(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A publisher's abbreviated word and its full stop before the next capitalised word (``Princeton Univ. Press``,
    ``Cambridge Uni. Press``): the name's own mark, which the counts, keyed by the punctuation, take for a likely
    boundary (right references of the gold sets flagged on it; round flag21)."""
    if labels[a] != "publisher" or [tok.text for tok in tokens[a + 1 : b]] != ["."]:
        return False
    return tokens[a].text.lower() in _BODY_ABBREVIATIONS and tokens[b].text[:1].isupper()


_NAME_LISTS = frozenset(("author", "editor"))


def _list_or_reprint(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """The semicolon between two names of a list (German and Brazilian lists' ``Lovink, Geert; Tkacz, Nathaniel``) and
    the bracket closing a first edition's year before the reprint's (Chicago's ``[1859] 1911``): marks of the field
    itself, which the counts, keyed by the punctuation, take for a likely boundary (right references of the gold sets
    flagged on them; round flag21)."""
    between = "".join(tok.text for tok in tokens[a + 1 : b])
    if labels[a] in _NAME_LISTS:
        return between == ";" and tokens[b].text[:1].isupper()
    return (
        labels[a] == "date"
        and between == "]"
        and a > 0
        and tokens[a - 1].text.endswith("[")
        and bool(_YEAR.fullmatch(tokens[a].text))
        and bool(_YEAR.fullmatch(tokens[b].text))
    )


def _field_own_mark(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """The mark between words ``a`` and ``b`` of one field is one the field writes inside it, whatever the counts."""
    return (
        _italics_run_on(tokens, a, b)
        or _span_run_on(tokens, labels, a, b)
        or _subtitle_article(tokens, labels, a, b)
        or _container_lead(tokens, a, b, labels[a])
        or _italic_title_sentence(tokens, labels, a, b)
        or _date_own_mark(tokens, labels, a, b)
        or _named_own_mark(tokens, labels, a, b)
        or _names_et_al(tokens, labels, a, b)
        or _page_list(tokens, labels, a, b)
        or _access_note_after_number(tokens, labels, a, b)
        or _publisher_abbreviation(tokens, labels, a, b)
        or _list_or_reprint(tokens, labels, a, b)
        or _low_quote(tokens, a, b)
        or _ordinal_dot(tokens, a, b)
        or _dotted_name(tokens, a, b)
        or _volume_own_mark(tokens, labels, a, b)
        or _journal_abbreviations(tokens, labels, a, b)
        or _title_period_range(tokens, labels, a, b)
        or _title_list(tokens, labels, a, b)
        or _place_region(tokens, labels, a, b)
        or _year_before_volume(tokens, labels, a, b)
        or _title_bracket(tokens, labels, a, b)
        or _closing_key(tokens, labels, a, b)
        or _link_after_number(tokens, labels, a, b)
        or _container_date(tokens, labels, a, b)
        or _series_number(tokens, labels, a, b)
        or _container_qualifier(tokens, labels, a, b)
        or _access_words_in_date(tokens, labels, a, b)
        or _title_abbreviation(tokens, labels, a, b)
        or _title_designation(tokens, labels, a, b)
    )


# a site's domain or a file's or package's extension (not a journal's abbreviation glued to the next, "Phys.lett")
_NAME_SUFFIXES = frozenset(
    "com org net edu gov info io eu de fr uk sk cz pl nl ch ca au nz jp cn ru jl js py rs pdf html htm txt csv xml "
    "json".split()
)


def _dotted_name(tokens: Sequence[Token], a: int, b: int) -> bool:
    """A full stop with no space either side before a domain's or an extension's word: a package's, file's or site's
    own name (``MPSKit.jl``, ``TVNT.net``, ``xilinx.com``), no sentence's end (round flag46: right references of the
    gold sets flagged on it)."""
    if b != a + 2 or tokens[a + 1].text != "." or tokens[a + 1].space_before or tokens[b].space_before:
        return False
    return tokens[b].text in _NAME_SUFFIXES and tokens[a].text[-1:].isalnum()


# a volume's count ("3 vols.", "2 Bde.")
_VOLUMES_WORD = frozenset(("vol", "vols", "volumes", "bde", "bd", "tomes", "voll"))


def _volume_own_mark(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """Inside a volume, Google Scholar's volume and issue before the year's bracket (``Physical Review B 57.13
    (1998)``), which the normaliser takes apart, and a count of volumes (``3 vols.``): the numbers' own marks, which
    the counts, keyed by the label before them, take for the boundary a volume's mark mostly is (round flag46: right
    references flagged on them)."""
    if labels[a] != "volume" or not tokens[a].text.isdigit():
        return False
    right = tokens[b].text
    if b == a + 1:
        return right.lower() in _VOLUMES_WORD
    if b != a + 2 or not right.isdigit() or b + 1 >= len(tokens) or not tokens[b + 1].text.startswith("("):
        return False
    # (the ACM's "7, 3 (2019)" is left to the counts: on the labelled data, whose gold often reads no issue there, it
    # marked as many references read otherwise as right ones)
    mark = tokens[a + 1]
    return mark.text == "." and not mark.space_before and not tokens[b].space_before


def _journal_abbreviations(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """An abbreviated journal's full stop and comma before its next abbreviated word (``Angew. Chem., Int. Ed.``,
    ``Math. Operationsforsch. Statist., Ser. Statistics``): the name's own marks (round flag46)."""
    if labels[a] not in _CONTAINERS or "".join(tok.text for tok in tokens[a + 1 : b]) != ".,":
        return False
    right = tokens[b].text
    return right[:1].isupper() and right.isalpha() and b + 1 < len(tokens) and tokens[b + 1].text == "."


_PERIOD_RANGE = lazy_pattern(r"\d{4}[-\u2013]\d{2,4}")


def _title_period_range(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A title's comma before the span of years it names with its words going on after (``Under-five Mortality
    Estimates, 1990–2019 for …``): the title's period, set in no quotes or italics (``_span_run_on``), which the
    counts take for a date's boundary (round flag46)."""
    if labels[a] != "title" or [tok.text for tok in tokens[a + 1 : b]] != [","]:
        return False
    if not _PERIOD_RANGE.fullmatch(tokens[b].text) or b + 1 >= len(tokens):
        return False
    after = tokens[b + 1]
    return after.kind == "word" and labels[b + 1] == "title" and after.text[:1].isalpha()


def _ordinal_dot(tokens: Sequence[Token], a: int, b: int) -> bool:
    """The full stop of a German ordinal after a word of the phrase (``des 14. Jahrhunderts``, ``Der XI.
    Jahres-Ausstellung``): a number of one or two digits or a Roman one, no year and no volume after its own mark."""
    if b != a + 2 or tokens[a + 1].text != "." or tokens[a + 1].space_before or a == 0:
        return False
    number, before = tokens[a].text, tokens[a - 1]
    ordinal = number.isdigit() and len(number) <= 2 or _ROMAN_ORDINAL.fullmatch(number) is not None
    phrase = before.kind == "word" and before.text.isalpha() and tokens[b].text[:1].isalpha()
    return ordinal and phrase and tokens[a].space_before


_ROMAN_ORDINAL = lazy_pattern(r"[IVX]{1,5}")


def _low_quote(tokens: Sequence[Token], a: int, b: int) -> bool:
    """A comma with a space before it and none after, glued to the word it opens (German ``zum ,Nuwen Parzifal’``):
    the low opening quote typed as a comma, no boundary (the gold sets' German titles flagged on it; round hum42)."""
    if b != a + 2 or tokens[a + 1].text != ",":
        return False
    comma, word = tokens[a + 1], tokens[b]
    return comma.space_before and not word.space_before and word.text[:1].isalpha()


def _italic_edge(tokens: Sequence[Token], a: int, b: int) -> bool:
    """One of two neighbouring words set in italics and the other not: the span's edge is a boundary the text marks
    itself (``*Exporting Caravaggio …* Giles Press``), which the counts, from labelled data with few italics, know
    mostly by the punctuation alone, or not at all (gold sets: 11 right references flagged on such a boundary, 1 wrong;
    round flag19)."""
    return bool((tokens[a].attrs ^ tokens[b].attrs) & ITALIC)


def _marked_cut(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A title after an author's initial and its comma, the title's first word followed by another word (``Rawlins,
    William K., Friendship Matters``, ``Murtaugh, J. C., Shock metamorphism``): the cut a list of names in inverted
    order makes before a title, which the counts, keyed by the punctuation and the words' forms, take for the comma
    between two names (``Smith, J., Jones, K.``, whose next word is a comma; calibration's right references flagged on
    it; round flag21)."""
    if labels[b] != "title" or labels[a] != "author" or len(tokens[a].text) != 1 or not tokens[a].text.isupper():
        return False
    after = tokens[b + 1] if b + 1 < len(tokens) else None
    return "".join(tok.text for tok in tokens[a + 1 : b]) == ".," and after is not None and after.kind == "word"


def mark_signals(reading: Reading) -> dict[str, float]:
    """The least likely boundary the reading put, by the text's mark there (``marks:odd-boundary``,
    1 - P(boundary)), and the likeliest boundary mark it ran a field over (``marks:odd-inside``,
    P(boundary)); marks the table does not know say nothing."""
    known = table()
    cut_doubt = inside = 0.0
    tokens = reading.tokens
    words = [i for i, tok in enumerate(tokens) if tok.kind in _CONTENT]
    pairs = list(zip(words[:-1], words[1:], strict=True))  # the neighbouring words gaps() pairs, in its order
    for (fine, coarse, cut), (a, b) in zip(gaps(tokens, reading.labels), pairs, strict=True):
        p = known.get(fine)
        if p is None:
            p = known.get(coarse)
            if p is None:
                continue
        if cut:
            if 1.0 - p > cut_doubt and not _italic_edge(tokens, a, b) and not _marked_cut(tokens, reading.labels, a, b):
                cut_doubt = 1.0 - p
        elif p > inside and not _field_own_mark(tokens, reading.labels, a, b):
            inside = p
    return {"marks:odd-boundary": cut_doubt, "marks:odd-inside": inside}


_LIST_CLOSE = frozenset(("and", "&", "or"))


def _title_list(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A comma between two capitalised words of a title whose list of single words the title closes on ``and``, ``&``
    or ``or`` (``Cybertypes: Race, Ethnicity, and Identity``, ``Staging Mozart, Verdi, Wagner, and …``): the
    commas of a list of names the title holds, which the counts take for a field's end (round flag46: right
    references of the gold sets flagged on them)."""
    if labels[a] != "title" or [tok.text for tok in tokens[a + 1 : b]] != [","] or not tokens[b].text[:1].isupper():
        return False
    # each item one word, the commas between them ("Quantum Computers, Quantum Science and Technology" is a title and a
    # series' name)
    word = True
    for i in range(b + 1, min(b + 8, len(tokens) - 1)):
        text = tokens[i].text
        if labels[i] != "title":
            return False
        if text.lower() in _LIST_CLOSE:
            return labels[i + 1] == "title" and tokens[i + 1].kind == "word"
        if text == "," and word:
            word = False
        elif tokens[i].kind == "word" and not word and text[:1].isupper():
            word = True
        else:
            return False
    return False


_STATE_CODE = lazy_pattern(r"[A-Z]{2}")


def _place_region(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A place's state or province after its town, by a comma and a two-letter code (``Lincoln, NE``) or in brackets
    (``Lévis (Quebec)``): the place's own marks, which the counts take for the end of the place (round flag46: right
    references flagged on them)."""
    if labels[a] != "location" or labels[b] != "location":
        return False
    between = [tok.text for tok in tokens[a + 1 : b]]
    right = tokens[b].text
    if between == [","]:
        return _STATE_CODE.fullmatch(right) is not None
    if between != ["("] or not right[:1].isupper() or b + 1 >= len(tokens):
        return False
    return tokens[b + 1].text.startswith(")")


def _year_before_volume(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """The ACS's and RSC's year, comma and volume before the issue's bracket read as one volume (``J. Am. Chem. Soc.
    2012, 134 (51), 20681``, ``J. Chem. Phys., 2010, 132(15)``): the normaliser takes the year apart, and the comma is
    the style's own, no boundary the reading ran over (round flag47: right references of the gold sets and the
    calibration split flagged on it, no wrong one)."""
    if labels[a] != "volume" or b != a + 2 or tokens[a + 1].text != "," or not _YEAR.fullmatch(tokens[a].text):
        return False
    return tokens[b].text.isdigit() and b + 1 < len(tokens) and tokens[b + 1].text.startswith("(")


def _title_bracket(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A title's bracket the title's words go on after (``Current Epidemic Growth Status (Based on Rt) for States``,
    ``Corporate Value Chain (Scope 3) Standard``): the words in it are the title's own, whatever the counts say of a
    bracket after a capitalised word; a bracket closing the title (a series', an edition's) is left to them (round
    flag47)."""
    if labels[a] != "title" or [tok.text for tok in tokens[a + 1 : b]] != ["("]:
        return False
    for i in range(b + 1, min(b + 8, len(tokens) - 1)):
        if labels[i] != "title":
            return False
        if tokens[i].text.startswith(")"):
            after = tokens[i + 1]
            return tokens[i].text == ")" and labels[i + 1] == "title" and after.kind == "word" and after.text.isalpha()
    return False


def _closing_key(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A number in square brackets closing the reference after its link (the OECD's ``…, https://doi.org/10.1787/….
    [3]``): the list's own key to the citations, which no field keeps, no boundary the link ran over (round flag47)."""
    if labels[a] not in ("url", "doi") or "".join(tok.text for tok in tokens[a + 1 : b]) not in (".[", "[", ". ["):
        return False
    rest = tokens[b + 1 :]
    return (
        tokens[b].text.isdigit()
        and bool(rest)
        and rest[0].text.startswith("]")
        and all(tok.kind not in _CONTENT for tok in rest)
    )


def _link_after_number(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A page, volume, issue or date run over the link after it (``pp. 1026–1034, https://doi.org/…``): the link is
    taken apart from the text whatever its label and the normalisers keep the field's numbers, so the mark says nothing
    of the value (round flag49: right references of the gold sets flagged on it, no wrong one)."""
    return labels[a] in _NUMBER_FIELDS and tokens[b].kind in ("url", "doi")


def _container_date(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A meeting's date inside the proceedings' name, a day or a range of days after its month's name and a comma
    before the year (``…, Italy, May 13-15, 2010, volume …``): the date's own comma, which the counts, keyed by the
    label before it, take for the container's end (round flag49)."""
    if labels[a] not in _CONTAINERS or a == 0 or "".join(tok.text for tok in tokens[a + 1 : b]) != ",":
        return False
    month = tokens[a - 1].text.lower().rstrip(".")
    return month in MONTHS and bool(_DAY.fullmatch(tokens[a].text)) and bool(_YEAR.fullmatch(tokens[b].text))


_NUMBER_WORDS = frozenset(("No", "no", "Nr", "nr", "Nos", "nos"))


def _series_number(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A series' number word and its full stop before the number (``IZA Discussion Paper No. 12853``): the series'
    own mark (round flag49)."""
    if labels[a] not in _CONTAINERS or tokens[a].text not in _NUMBER_WORDS:
        return False
    return [tok.text for tok in tokens[a + 1 : b]] == ["."] and tokens[b].text[:1].isdigit()


# a role's word in brackets is no part of a journal's name ("(Eds.)", "(Hrsg.)")
_ROLE_WORDS = frozenset(("ed", "eds", "hrsg", "hg", "dir", "coord", "trans", "comp"))


def _container_qualifier(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A journal's bracketed qualifier after its name (``Polymers (Basel)``, ``Journal of Geophysical Research
    (Planets)``): words of the name in a bracket that closes within the container, which the counts, keyed by the
    bracket after a capitalised word, take for its end (round flag49)."""
    label = labels[a]
    if label not in _CONTAINERS or [tok.text for tok in tokens[a + 1 : b]] != ["("]:
        return False
    right = tokens[b].text
    if not (right[:1].isupper() and right.isalpha()) or right.lower() in _ROLE_WORDS:
        return False
    for i in range(b + 1, min(b + 4, len(tokens))):
        if tokens[i].text.startswith(")"):
            return True
        if labels[i] != label or tokens[i].kind != "word" or not tokens[i].text[:1].isupper():
            return False
    return False


# an access note's last word before its date ("Acesso em: 23 de maio", "Accessed on: 12 May")
_ACCESS_LEADS = frozenset("em on am le el accessed acesso consulté consultado accedido zugriff abgerufen".split())


def _access_words_in_date(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """An access note's words and colon before the day it names, read into the date (``Acesso em: 23 de maio``): the
    note's own mark; the date's normaliser keeps the date (round flag49)."""
    if labels[a] != "date" or tokens[a].text.lower() not in _ACCESS_LEADS:
        return False
    return [tok.text for tok in tokens[a + 1 : b]] == [":"] and tokens[b].text[:1].isdigit()


def _title_abbreviation(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A full stop between two capitals with no space either side inside a title (``The U.S. District Courts``): an
    abbreviation's own, no sentence's end (round flag49)."""
    if labels[a] != "title" or b != a + 2 or tokens[a + 1].text != "." or tokens[a + 1].space_before:
        return False
    left, right = tokens[a].text, tokens[b].text
    return len(left) == 1 and left.isupper() and len(right) == 1 and right.isupper() and not tokens[b].space_before


# the bodies and words that open a standard's or a filing's designation ("IEC 19757-3:2025", "Form 8-K", "RFC 9110")
_DESIGNATION_HEADS = frozenset("ISO IEC EN DIN BS ANSI IEEE RFC NIST SP AS NZS ASTM ITU-T Form".split())


def _title_designation(tokens: Sequence[Token], labels: Sequence[str], a: int, b: int) -> bool:
    """A comma after a standard's or a filing's designation inside the title, before the words that name it (``IEC
    19757-3:2025, Information technology``, ``Form 8-K, Current Report``): the title's own comma, which the counts take
    for the boundary a number's comma mostly is (round flag49: realworld's right references flagged on it)."""
    if labels[a] != "title" or [tok.text for tok in tokens[a + 1 : b]] != [","] or not tokens[b].text[:1].isupper():
        return False
    start = a
    while start > 0 and not tokens[start].space_before and labels[start - 1] == "title":
        start -= 1
    if start == 0 or not any(ch.isdigit() for ch in tokens[start].text):
        return False
    return tokens[start - 1].text in _DESIGNATION_HEADS
