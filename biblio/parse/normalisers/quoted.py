"""A title in quotes ends at its closing quote; what follows it names the outlet.

Fields touched: ``title``, ``container-title``, ``publisher``.

Styles quote the title of a part (an article, a page, an entry) in the quotes of their language:
“…”, ‘…’, «…», „…“, ‚…‘, 「…」, 『…』.  The labeller, trained mostly on English quotes, may run such a
title on into the next field (``« Call Numbers. » Art & Architecture Thesaurus`` as one title).
The quoted text is the title; the sentence right after the closing quote is the site, journal or
outlet the part is in, which the record conventions put in ``container-title`` (not
``publisher``) when nothing else was read as the container.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.hosts import add_note
from biblio.parse.normalisers.markup import plain
from biblio.parse.normalisers.title import without_type_code
from biblio.parse.text import strip_value
from biblio.records.model import Item, keep_remainder

FIELDS = ("title", "container-title", "publisher")

# opening quote -> its closing quotes (German „…“ and ‚…‘, French «…», CJK corner brackets); a German low quote
# closed by a straight one ("„Title\"") as a plain keyboard types it
QUOTE_PAIRS = {"«": "»", "„": '“”"', "‚": "‘’", "「": "」", "『": "』", "“": "”", "‘": "’", '"': '"', "'": "'"}
_OPEN = lazy_pattern("|".join(re.escape(q) for q in QUOTE_PAIRS))
# the outlet's sentence ends at a period, or a comma before a date or a number ("GNU, 2018,"), or
# before a month and its year ("Academia StackExchange, October 2017,")
_SENTENCE_END = lazy_pattern(
    r"\.\s|,\s+(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b)|\.?$|\s+(?=https?://)"
)
_WORDS = lazy_pattern(r"\w+")
# a kind of work before its publisher ("PhD thesis, University of Oxford") is no outlet
_GENRE = lazy_pattern(r"\b(?:thesis|dissertation|report|diss|working paper|preprint)\b", re.I)
# a body that publishes rather than an outlet the part appeared in
_PUBLISHER = lazy_pattern(r"\b(?:universit\w*|press|verlag|publish\w*|books|editions?)\b", re.I)
# the rest of a Markdown link whose text is the quoted title: "](https://…)"
_LINK_TAIL = lazy_pattern(r"^\]\([^()\s]*\)")
# a quote closed on a word and followed by a word in lower case that opens no next field quotes only
# part of the title ("« Etat composé » ou décomposé ? La réforme …", "„…” и „…”")
_RUNS_ON = lazy_pattern(r"\s+(?!(?:in|dans|en|im|ed|eds|trans|tr|hrsg|dir|pp?|vol|no|s)(?![^\W\d_]))[^\W\d_]")


def _fold(s: str) -> str:
    return " ".join(_WORDS.findall(s.lower()))


def _first_of(s: str, chars: str, start: int) -> int:
    """The first index at or after ``start`` of any of ``chars`` in ``s``, or -1."""
    found = [i for i in (s.find(c, start) for c in chars) if i >= 0]
    return min(found) if found else -1


def _past_nested(source: str, end: int) -> int:
    """The closing straight quote of a title holding a quoted name (``"… los "Episodios"."``): a quote
    after a space and before a letter opens the inner quote; the title closes at the quote after its
    close, when one follows at once (``"."``, ``".``)."""
    while 0 < end < len(source) - 1 and source[end - 1] == " " and source[end + 1].isalpha():
        inner_close = source.find('"', end + 1)
        if inner_close < 0:
            return end
        after = source[inner_close + 1 : inner_close + 3]
        if after[:1] == '"' or after[:2] == '."' or after[:2] == '?"':
            return source.find('"', inner_close + 1)
        return end
    return end


def _closing(s: str, opening: str, close: str, start: int) -> int:
    """Where the quote opened by ``opening`` before ``start`` closes: a quote nested inside it with
    the same marks (« Le « staseis » di Turi ») closes first."""
    end = _first_of(s, close, start)
    if opening in close:
        return end
    while end >= 0:
        inner = s.find(opening, start, end)
        if inner < 0:
            return end
        start, end = end + 1, _first_of(s, close, end + 1)
    return end


# a version after the closing quote ("…repositories" v.1.1) is no part of the title
_VERSION_AFTER = lazy_pattern(r"\s+(?:v\.?\s?\d|version\s+\d)", re.I)


# German's quotation opening a title that runs on in a sentence of its own: "„… daß Handeln die Seele der Welt
# sei“. Über das Verhältnis …. In: Book", only where "In:" names the book or journal later ("„Die Stadt“.
# Zeitschrift 3: 4." closes on its journal)
_IN_AFTER = lazy_pattern(r"\.\s+In:\s")
_GERMAN_RUNS_ON = lazy_pattern(r"\.\s+(?!In\b|in\b|Im\b|im\b)[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]")


# quoted terms listed at a title's head, American commas inside their quotes, then the title's own words after a
# conjunction: "“Imitatio,” “intertextuality,” and early music" (each term short, no sentence inside)
_LISTED_TERMS = lazy_pattern(r"\s+(?:[“\"‘][^“”\"‘’.?!]{1,40}[,]?[”\"’],?\s+){0,4}(?:and|or|&)\s+[^\W\d_]")


def quote_runs_on(source: str, end: int) -> bool:
    """The quote closing at ``end`` on a word (or on a term's comma, as American punctuation sets it) is followed by
    more of the title: words in lower case that open no next field (``“Bricolage” and the novel``), or more quoted
    terms and a conjunction (``“Imitatio,” “intertextuality,” and early music``)."""
    last = source[:end].rstrip()[-2:]
    if last[-1:].isalnum():
        return bool(_RUNS_ON.match(source, end + 1)) and source[end + 1 :].lstrip()[:1].islower()
    return last[-1:] == "," and last[:1].isalnum() and _LISTED_TERMS.match(source, end + 1) is not None


def _part_of_title(source: str, end: int) -> bool:
    """The quote closing at ``end`` quotes only part of the title: a colon opens the subtitle after it, the
    quote closes on a word and the title runs on (``quote_runs_on``), or German's closing quote is followed by its
    full stop and the title's next sentence."""
    if _VERSION_AFTER.match(source, end + 1):
        return False
    if source[end] == "\u201c" and _GERMAN_RUNS_ON.match(source, end + 1) and _IN_AFTER.search(source, end + 1):
        return True
    if source[end + 1 : end + 3].lstrip()[:1] == ":":
        return True  # "‘The rigours of an arctic experiment’: the precarious authority …": a subtitle follows
    return quote_runs_on(source, end)


def quoted_span(source: str) -> tuple[str, str] | None:
    """The first quoted title of ``source`` (quotes removed) and the text after its closing quote."""
    for m in _OPEN.finditer(source):
        if m.group(0) == "'" and m.start() and not source[m.start() - 1].isspace():
            continue  # a straight single quote opens only after a space: "O'Brien", "Smiths' book"
        close = QUOTE_PAIRS[m.group(0)]
        end = _closing(source, m.group(0), close, m.end())
        if end < 0:
            continue
        # an apostrophe is no closing quote ("Carl’s"): a closing ’ is followed by no letter
        while close in "‘’'" and end + 1 < len(source) and source[end + 1].isalpha():
            end = _first_of(source, close, end + 1)
            if end < 0:
                break
        if end < 0:
            continue
        if close == '"':
            end = _past_nested(source, end)
        inner = without_type_code(strip_value(plain(source[m.end() : end])))
        if _part_of_title(source, end):
            return None
        if _WORDS.search(inner) and len(inner) >= 3:
            return inner, _LINK_TAIL.sub("", source[end + 1 :])
    return None


def quoted_title(item: Item, source: str) -> None:
    """Cut a title run past its closing quote; the outlet after it is the container."""
    found = quoted_span(source)
    if found is None:
        return
    inner, after = found
    title = str(item.get("title", ""))
    if not _fold(title):  # none, or only the opening quote
        item.pop("title", None)
        title = _title_from_neighbour(item, inner)
    if not title:
        return
    # a site's own name may be in lower case ("figshare"): taken where the model read it as the publisher
    lower_ok = _fold(str(item.get("publisher", ""))) == _fold(_outlet(after, lower_ok=True))
    rest = ""
    if _fold(title) == _fold(inner):
        if title != inner and plain(title).strip(" \"'“”„«»‘’-–—.,;:") == inner:
            item["title"] = inner  # the quotes and a separator after them ('"Title" -') read into the title
        outlet = _outlet(after, lower_ok)
    elif _fold(title).startswith(_fold(inner) + " "):
        if _question_heads_title(item, inner, title):
            return
        item["title"] = inner
        outlet = _outlet(after, lower_ok)
        rest = _after_words(title, len(_WORDS.findall(inner)))
    else:
        return
    if outlet:
        _place_outlet(item, title, outlet)
    if rest and not any(_fold(rest) in _fold(str(item.get(v, ""))) for v in ("container-title", "publisher")):
        keep_remainder(item, rest)  # the title ran on past its quote into words no field now holds


def _question_heads_title(item: Item, inner: str, title: str) -> bool:
    """A quoted question heading the title, its own words after it in sentence case (APA's ``"Why should I trust
    you?" Explaining the predictions of …`` before an italic journal or proceedings read apart): with the container
    read and the title's words after the quote not naming it, they are the title's, no outlet. (Words in italics or
    in title case after the quote name a book: MLA's ``"Title?" *Book*``.)"""
    container = _fold(str(item.get("container-title", "")))
    if inner[-1:] not in "?!" or not container:
        return False
    rest = title[title.find(inner[-6:]) + 6 :].lstrip(" \"'”’»") if inner[-6:] in title else ""
    words = rest.split()
    return (
        rest[:1].isalpha()
        and "*" not in rest
        and "_" not in rest
        and len(words) >= 2
        and not any(w[:1].isupper() for w in words[1:])
        and not _fold(rest).startswith(container[:12])
    )


# a dash after a quoted title setting off a note on it, or only the link after it: '„Title" – 12,82 €/h ab 2025',
# '"Title" - [https://…](…)' (the link already read as the URL)
_DASH_AFTER = lazy_pattern(r"^\s+[-–—](?:\s+(?P<note>\S.*?))?\s*$")


def quoted_title_dash_note(item: Item) -> None:
    """(In place.) A title read as its quotes and a dash-led note after them (a source list's ``Body (2025):
    „Title" – figure cited``): the quoted words are the title, the note after the dash is the record's note."""
    title = item.get("title")
    if not isinstance(title, str) or title[:1] not in QUOTE_PAIRS or title[:1] == "'" or " " not in title:
        return
    found = quoted_span(title)
    if found is None or (m := _DASH_AFTER.match(found[1])) is None:
        return
    item["title"] = found[0]
    if m["note"]:
        add_note(item, m["note"])


# GB/T 7714's type code after a quoted title's words, before its closing quote
_CODE_LEAD = lazy_pattern(r"^\s*\[[A-Z]{1,2}(?:/[A-Z]{2})?\]")
# what stands between a quoted title and the words after it: closing quotes, separators, a closing bracket
_LEADING_MARKS = lazy_pattern(r"^[^\w(\[]+")


def _after_words(title: str, n: int) -> str:
    """``title`` after its first ``n`` words, without the closing quote and separators."""
    words = list(_WORDS.finditer(title))
    if len(words) <= n:
        return ""
    return strip_value(_LEADING_MARKS.sub("", plain(title[words[n - 1].end() :])))


def _place_outlet(item: Item, title: str, outlet: str) -> None:
    """The outlet named after the quoted title as the container, where the record's fields show it is one."""
    container = str(item.get("container-title", ""))
    publisher = str(item.get("publisher", ""))
    folded = _fold(outlet)
    if (
        container
        and _fold(container) != folded
        and (
            _fold(container).endswith(" " + folded)
            and not _fold(container).startswith(folded + " ")  # "Phys. Chem. Chem. Phys.": cut at its first stop
            or _dated(_fold(container), folded)
        )
    ):
        item["container-title"] = outlet  # the outlet run together with a neighbour, or with a date
    elif (
        not container
        and publisher
        and not item.get("publisher-place")  # "Place: Publisher" is an imprint, not a site
        and not _PUBLISHER.search(publisher)
        and (folded == _fold(publisher) or folded.endswith(" " + _fold(publisher)) and not _GENRE.search(outlet))
    ):
        item["container-title"] = outlet  # a site or outlet named after the title
        del item["publisher"]
    elif not container and not publisher and _fold(title).endswith(" " + folded):
        item["container-title"] = outlet  # whole words: a closing "S. Name" is no outlet of "…Facilities"


def _dated(value: str, outlet: str) -> bool:
    """``re.fullmatch(re.escape(outlet) + r"[\\d ]+", value)``: the outlet, then only digits and spaces
    (a date or a number run on), tested without compiling a pattern per outlet."""
    rest = value[len(outlet) :] if value.startswith(outlet) else ""
    return bool(rest) and all(c == " " or c.isdecimal() for c in rest)


def _title_from_neighbour(item: Item, inner: str) -> str:
    """No title read: the quoted text read as the start of the publisher or container is the title."""
    for var in ("publisher", "container-title"):
        value = plain(str(item.get(var, "")))
        if _fold(value).startswith(_fold(inner)) and len(_fold(value)) > len(_fold(inner)):
            rest = value[value.lower().find(inner.lower()[-3:]) + 3 :] if inner.lower()[-3:] in value.lower() else ""
            rest = _CODE_LEAD.sub("", rest)  # the type code the quoted title left out: "[J],' Journal"
            rest = strip_value(_LINK_TAIL.sub("", rest.lstrip("\"”»’'.,: ")).lstrip(". "))
            if not rest:
                return ""
            item[var] = rest
            item["title"] = inner
            return inner
    return ""


_NOT_A_NAME = lazy_pattern(r"\d{3,}|https?://|\bpp?\.")


def _outlet(after: str, lower_ok: bool = False) -> str:
    """The sentence after the closing quote, when it is a name (no "In …", no date, no address)."""
    text = plain(after).lstrip(" .,:;")
    if not text or not (text[0].isupper() or lower_ok and text[0].isalpha()) or text.startswith(("In ", "in ")):
        return ""
    m = _SENTENCE_END.search(text)
    outlet = strip_value(text[: m.start()] if m else text)
    if not outlet or _NOT_A_NAME.search(outlet) or len(outlet.split()) > 12:
        return ""
    return outlet
